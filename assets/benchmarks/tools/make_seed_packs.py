#!/usr/bin/env python3
"""Builds the seed benchmark packs (vn-seed.json, la-seed.json) from the published figures in
shared/data/seed-statistics.md, as described in METHOD.md ("Seed benchmarks").

Run from the repository root, then seal each pack:
    python3 assets/benchmarks/tools/make_seed_packs.py
    digiready benchmarks seal assets/benchmarks/vn-seed.json
    digiready benchmarks seal assets/benchmarks/la-seed.json
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]
VERSION = "2026.1"
PUBLISHED = "2026-11-23"

WBES_SOURCE = ("World Bank Enterprise Survey, Viet Nam 2023, indicator {ind}; read from a third-party "
               "extraction of the survey's indicator tables (GitHub TrinhQuocNguyen/WBES_INCOTEH_2026, "
               "data/Pivoted_Data.csv); original: World Bank Enterprise Surveys, Viet Nam 2023")
WBES_POP = "formal private firms with 5 or more employees in manufacturing and services (about 1,028 firms); farms not covered"

# WBES 2023 Viet Nam: own website % (t5), sales paid electronically % (fin28).
WBES = {
    "all": (44.13, 65.92),
    "small": (42.31, 65.38),
    "medium": (42.38, 64.54),
    "large": (66.26, 76.40),
    "retail": (41.05, 65.56),
    "food manufacturing": (34.45, 54.61),
    "garments": (51.98, 81.39),
    "fabricated metal products": (25.85, 77.15),
    "other manufacturing": (53.21, 73.44),
    "other services": (49.08, 61.41),
    "Mekong River Delta": (23.56, 46.71),
    "Red River Delta": (45.34, 75.96),
    "Southeast": (48.07, 62.58),
}
MANUFACTURING = ["food manufacturing", "garments", "fabricated metal products", "other manufacturing"]

AREAS = ["ecommerce", "epayments", "cloud", "connectivity", "skills", "security", "strategy"]
# Normal quantiles (z) for p10, p25, p50, p75, p90.
Z = [-1.2816, -0.6745, 0.0, 0.6745, 1.2816]
SPREAD = 20.0  # standard deviation, score points


def prov(kind, source, population, method, year=2023, secondary=False, provisional=False):
    return {"kind": kind, "source": source, "year": year, "population": population,
            "method": method, "secondary": secondary, "provisional": provisional}


def quantiles(median):
    return [round(min(100.0, max(0.0, median + z * SPREAD)), 1) for z in Z]


def group_figures():
    """Our groups -> (website %, e-paid %, how it was obtained, published or modelled)."""
    g = {}
    g[(None, None, None)] = (*WBES["all"], "as published for all firms", "published")
    bands = ("the survey's size bands (small 5-19, medium 20-99, large 100+ employees) are not the "
             "Decree 80/2021 bands; the survey's {band} band stands in for DigiReady's {band} band")
    g[(None, "small", None)] = (*WBES["small"], bands.format(band="small"), "modelled")
    g[(None, "medium", None)] = (*WBES["medium"], bands.format(band="medium"), "modelled")
    g[(None, "large", None)] = (*WBES["large"], bands.format(band="large"), "modelled")
    g[(None, "micro", None)] = (*WBES["small"], "micro firms are not surveyed; the figure for small firms (5-19 employees) stands in", "modelled")
    g[("retail_wholesale", None, None)] = (*WBES["retail"], "the figure for retail firms stands in for retail and wholesale (wholesale is not published separately)", "modelled")
    mw = round(sum(WBES[s][0] for s in MANUFACTURING) / 4, 2)
    mp = round(sum(WBES[s][1] for s in MANUFACTURING) / 4, 2)
    g[("manufacturing", None, None)] = (mw, mp, "unweighted mean of the published figures for food manufacturing, garments, fabricated metal products and other manufacturing", "modelled")
    g[("other_services", None, None)] = (*WBES["other services"], "as published for other services", "published")
    for s in ["tourism", "logistics"]:
        g[(s, None, None)] = (*WBES["other services"], "not published for this sector; the figure for other services stands in", "modelled")
    g[("agriculture", None, None)] = (*WBES["Mekong River Delta"], "farms are not surveyed; the figure for firms in the Mekong River Delta (the most agricultural region published) stands in", "modelled")
    for key, name in [("mekong_river_delta", "Mekong River Delta"), ("red_river_delta", "Red River Delta"), ("southeast", "Southeast")]:
        g[(None, None, key)] = (*WBES[name], f"as published for firms in the {name} region", "published")
    return g


def vn_pack():
    rows = []
    for (sector, size, region), (web, epaid, how, kind) in group_figures().items():
        base = {"sector": sector, "size": size, "region": region}
        rows.append({**base, "metric": {"kind": "practice", "id": "own-website"}, "value": round(web / 100, 4),
                     "provenance": prov(kind, WBES_SOURCE.format(ind="t5 (firms with their own website)"), WBES_POP,
                                        f"Share of firms with their own website: {how}.", secondary=True)})
        rows.append({**base, "metric": {"kind": "indicator", "id": "share-sales-electronic"}, "value": epaid,
                     "provenance": prov(kind, WBES_SOURCE.format(ind="fin28 (% of sales paid by customers electronically)"), WBES_POP,
                                        f"Mean share of sales paid electronically: {how}.", secondary=True)})
        anchors = {"ecommerce": web, "epayments": epaid}
        mean_anchor = round((web + epaid) / 2, 2)
        for area in AREAS:
            median = anchors.get(area, mean_anchor)
            if area in anchors:
                what = ("share of firms with their own website (WBES t5)" if area == "ecommerce"
                        else "mean share of sales paid electronically (WBES fin28)")
                method = (f"Modelled, not measured: median score set to the {what} for this group ({how}); "
                          f"p10-p90 from a normal spread of {SPREAD:g} points around it, clipped to 0-100. "
                          "To be replaced by scores aggregated from assessments.")
            else:
                method = ("Modelled, not measured: no published figure for this area; median score set to the mean of "
                          f"this group's two anchors (own website {web}%, sales paid electronically {epaid}%; {how}); "
                          f"p10-p90 from a normal spread of {SPREAD:g} points, clipped to 0-100. "
                          "To be replaced by scores aggregated from assessments.")
            rows.append({**base, "metric": {"kind": "area", "id": area}, "quantiles": quantiles(median),
                         "provenance": prov("modelled", WBES_SOURCE.format(ind="t5 and fin28"), WBES_POP, method, secondary=True)})
    # VECOM E-Business Index 2013 (press): 12% of surveyed firms sold on e-marketplaces.
    rows.append({"sector": None, "size": None, "region": None, "metric": {"kind": "practice", "id": "sells-on-marketplace"},
                 "value": 0.12,
                 "provenance": prov("published", "VECOM E-Business Index 2013 survey, as reported in the press", "firms surveyed for the VECOM E-Business Index 2013",
                                    "Share of surveyed firms selling on e-marketplaces, as reported; old (2013) and likely far below today's level.",
                                    year=2013, secondary=True)})
    return {"format": 1, "id": "vn-seed", "name": "Viet Nam: seed benchmarks from published statistics",
            "version": VERSION, "country": "VN", "publisher": "DigiReady, from published statistics (see METHOD.md)",
            "published": PUBLISHED, "rows": rows}


def la_pack():
    # No firm-level figure for Lao PDR: provisional stand-ins from the Mekong River Delta of Viet
    # Nam (the lowest region published), until Lao aggregated assessments replace them.
    web, epaid = WBES["Mekong River Delta"]
    how = ("provisional: no firm-level figure exists for Lao PDR; the figure for firms in Viet Nam's Mekong River "
           "Delta stands in until benchmarks aggregated from Lao assessments replace it")
    base = {"sector": None, "size": None, "region": None}
    rows = [
        {**base, "metric": {"kind": "practice", "id": "own-website"}, "value": round(web / 100, 4),
         "provenance": prov("modelled", WBES_SOURCE.format(ind="t5"), WBES_POP, f"Share of firms with their own website: {how}.", secondary=True, provisional=True)},
        {**base, "metric": {"kind": "indicator", "id": "share-sales-electronic"}, "value": epaid,
         "provenance": prov("modelled", WBES_SOURCE.format(ind="fin28"), WBES_POP, f"Mean share of sales paid electronically: {how}.", secondary=True, provisional=True)},
    ]
    anchors = {"ecommerce": web, "epayments": epaid}
    for area in AREAS:
        median = anchors.get(area, round((web + epaid) / 2, 2))
        rows.append({**base, "metric": {"kind": "area", "id": area}, "quantiles": quantiles(median),
                     "provenance": prov("modelled", WBES_SOURCE.format(ind="t5 and fin28"), WBES_POP,
                                        f"Modelled, not measured, and {how}; median from the anchors as for Viet Nam (see METHOD.md), "
                                        f"normal spread of {SPREAD:g} points.", secondary=True, provisional=True)})
    return {"format": 1, "id": "la-seed", "name": "Lao PDR: provisional seed benchmarks",
            "version": VERSION, "country": "LA", "publisher": "DigiReady, provisional (see METHOD.md)",
            "published": PUBLISHED, "rows": rows}


for name, pack in [("vn-seed.json", vn_pack()), ("la-seed.json", la_pack())]:
    (OUT / name).write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name, len(pack["rows"]), "rows")
