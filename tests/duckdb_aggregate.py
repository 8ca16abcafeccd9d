"""DuckDB's figures for `digiready aggregate --by country,sector,size`, from the exported CSV
files as they are, compared with what digiready wrote (scores.csv, practices.csv).

Usage: duckdb_aggregate.py EXPORTS_DIR SCORES_CSV PRACTICES_CSV
EXPORTS_DIR holds one folder per unzipped export. Prints "agree" and exits 0 when every cell,
measure and practice matches; otherwise prints the differences and exits 1.
"""

import csv
import sys

import duckdb

MIN_FIRMS = 5
TOLERANCE = 1e-9


def main() -> int:
    exports, scores_path, practices_path = sys.argv[1:4]
    con = duckdb.connect()
    con.execute(
        f"""CREATE VIEW a AS SELECT DISTINCT ON (record_id) *
            FROM read_csv('{exports}/*/assessments.csv', header = true,
                          union_by_name = true, all_varchar = true)"""
    )
    columns = [r[0] for r in con.execute("DESCRIBE a").fetchall()]
    areas = [c[len("score_"):] for c in columns if c.startswith("score_")]
    practices = [c[len("practice_"):] for c in columns if c.startswith("practice_")]
    cells = f"""cells AS (SELECT country, sector, size_band, count(*) AS firms FROM a
                          GROUP BY ALL HAVING count(*) >= {MIN_FIRMS})"""

    duck_scores = {}
    for measure, column in [("overall", "overall_score")] + [(x, f"score_{x}") for x in areas]:
        value = f"TRY_CAST(a.\"{column}\" AS DOUBLE)"
        for row in con.execute(
            f"""WITH {cells}
                SELECT a.country, a.sector, a.size_band, any_value(cells.firms), count({value}) AS n,
                       avg({value}), quantile_cont({value}, [0.1, 0.25, 0.5, 0.75, 0.9])
                FROM a JOIN cells USING (country, sector, size_band)
                GROUP BY ALL HAVING count({value}) >= {MIN_FIRMS}"""
        ).fetchall():
            country, sector, size, firms, n, mean, quantiles = row
            duck_scores[(country, sector, size, measure)] = [firms, n, mean, *quantiles]

    duck_practices = {}
    for practice in practices:
        value = f"TRY_CAST(a.\"practice_{practice}\" AS INTEGER)"
        for row in con.execute(
            f"""WITH {cells}
                SELECT a.country, a.sector, a.size_band, any_value(cells.firms),
                       count({value}) AS known, sum({value}) AS following
                FROM a JOIN cells USING (country, sector, size_band)
                GROUP BY ALL HAVING count({value}) >= {MIN_FIRMS}"""
        ).fetchall():
            country, sector, size, firms, known, following = row
            duck_practices[(country, sector, size, practice)] = [
                firms, known, following, following / known,
            ]

    def ours(path, key_columns, value_columns):
        with open(path, encoding="utf-8-sig", newline="") as f:
            return {
                tuple(r[c] for c in key_columns): [float(r[c]) for c in value_columns]
                for r in csv.DictReader(f)
            }

    our_scores = ours(
        scores_path,
        ["country", "sector", "size", "measure"],
        ["firms", "n", "mean", "p10", "p25", "p50", "p75", "p90"],
    )
    our_practices = ours(
        practices_path,
        ["country", "sector", "size", "practice"],
        ["firms", "known", "following", "share"],
    )

    problems = []
    for name, duck, mine in [
        ("scores", duck_scores, our_scores),
        ("practices", duck_practices, our_practices),
    ]:
        if set(duck) != set(mine):
            problems.append(
                f"{name}: only DuckDB {sorted(set(duck) - set(mine))}; "
                f"only digiready {sorted(set(mine) - set(duck))}"
            )
        for key in sorted(set(duck) & set(mine)):
            if any(abs(float(d) - m) > TOLERANCE for d, m in zip(duck[key], mine[key])):
                problems.append(f"{name} {key}: DuckDB {duck[key]} digiready {mine[key]}")
    if problems:
        print("\n".join(problems))
        return 1
    print(
        f"agree: {len(duck_scores)} score rows and {len(duck_practices)} practice rows "
        f"(DuckDB {duckdb.__version__})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
