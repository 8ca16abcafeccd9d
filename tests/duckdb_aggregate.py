"""DuckDB's figures for `digiready aggregate --by BY`, from the exported CSV files as they
are, compared with what digiready wrote (scores.csv, practices.csv).

Usage: duckdb_aggregate.py EXPORTS_DIR SCORES_CSV PRACTICES_CSV [BY]
EXPORTS_DIR holds one folder per unzipped export; BY is digiready's --by (default
country,sector,size). Prints "agree" with the time DuckDB took to read and aggregate, and exits
0 when every cell, measure and practice matches; otherwise prints the differences and exits 1.
"""

import csv
import sys
import time

import duckdb

MIN_FIRMS = 5
TOLERANCE = 1e-9


def main() -> int:
    exports, scores_path, practices_path = sys.argv[1:4]
    by = (sys.argv[4] if len(sys.argv) > 4 else "country,sector,size").split(",")
    # digiready's dimension names → the export's columns.
    column_of = {"size": "size_band"}
    keys = ", ".join(column_of.get(d, d) for d in by)
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute(
        f"""CREATE TABLE a AS SELECT DISTINCT ON (record_id) *
            FROM read_csv('{exports}/*/assessments.csv', header = true,
                          union_by_name = true)"""
    )
    columns = [r[0] for r in con.execute("DESCRIBE a").fetchall()]
    areas = [c[len("score_"):] for c in columns if c.startswith("score_")]
    practices = [c[len("practice_"):] for c in columns if c.startswith("practice_")]
    cells = f"""cells AS (SELECT {keys}, count(*) AS firms FROM a
                          GROUP BY ALL HAVING count(*) >= {MIN_FIRMS})"""
    qualified = ", ".join(f"a.{column_of.get(d, d)}" for d in by)
    n_keys = len(by)
    # A generalised record has no province: NULL keys form a cell of their own, as in digiready.
    join = " AND ".join(
        f"a.{column_of.get(d, d)} IS NOT DISTINCT FROM cells.{column_of.get(d, d)}" for d in by
    )

    duck_scores = {}
    for measure, column in [("overall", "overall_score")] + [(x, f"score_{x}") for x in areas]:
        value = f"TRY_CAST(a.\"{column}\" AS DOUBLE)"
        for row in con.execute(
            f"""WITH {cells}
                SELECT {qualified}, any_value(cells.firms), count({value}) AS n,
                       avg({value}), quantile_cont({value}, [0.1, 0.25, 0.5, 0.75, 0.9])
                FROM a JOIN cells ON {join}
                GROUP BY ALL HAVING count({value}) >= {MIN_FIRMS}"""
        ).fetchall():
            key, (firms, n, mean, quantiles) = row[:n_keys], row[n_keys:]
            duck_scores[(*key, measure)] = [firms, n, mean, *quantiles]

    duck_practices = {}
    for practice in practices:
        value = f"TRY_CAST(a.\"practice_{practice}\" AS INTEGER)"
        for row in con.execute(
            f"""WITH {cells}
                SELECT {qualified}, any_value(cells.firms),
                       count({value}) AS known, sum({value}) AS following
                FROM a JOIN cells ON {join}
                GROUP BY ALL HAVING count({value}) >= {MIN_FIRMS}"""
        ).fetchall():
            key, (firms, known, following) = row[:n_keys], row[n_keys:]
            duck_practices[(*key, practice)] = [firms, known, following, following / known]
    seconds = time.perf_counter() - started

    def ours(path, key_columns, value_columns):
        with open(path, encoding="utf-8-sig", newline="") as f:
            return {
                tuple(r[c] or None for c in key_columns): [float(r[c]) for c in value_columns]
                for r in csv.DictReader(f)
            }

    our_scores = ours(
        scores_path,
        [*by, "measure"],
        ["firms", "n", "mean", "p10", "p25", "p50", "p75", "p90"],
    )
    our_practices = ours(
        practices_path,
        [*by, "practice"],
        ["firms", "known", "following", "share"],
    )

    def order(key):
        return tuple("" if part is None else str(part) for part in key)

    problems = []
    for name, duck, mine in [
        ("scores", duck_scores, our_scores),
        ("practices", duck_practices, our_practices),
    ]:
        if set(duck) != set(mine):
            problems.append(
                f"{name}: only DuckDB {sorted(set(duck) - set(mine), key=order)}; "
                f"only digiready {sorted(set(mine) - set(duck), key=order)}"
            )
        for key in sorted(set(duck) & set(mine), key=order):
            if any(abs(float(d) - m) > TOLERANCE for d, m in zip(duck[key], mine[key])):
                problems.append(f"{name} {key}: DuckDB {duck[key]} digiready {mine[key]}")
    if problems:
        print("\n".join(problems))
        return 1
    print(
        f"agree: {len(duck_scores)} score rows and {len(duck_practices)} practice rows "
        f"(DuckDB {duckdb.__version__}, {seconds:.3f} s to read and aggregate)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
