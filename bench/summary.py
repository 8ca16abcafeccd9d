#!/usr/bin/env python3
"""The table of issue 8's goals from one bench/run_all.sh run: every figure, its yardstick,
the goal and whether it is met. Reads the JSON files run_all.sh wrote into DIR.

    python3 bench/summary.py DIR
"""
import json
import sys
from pathlib import Path


def load(out, name):
    path = out / f"{name}.json"
    if not path.exists():
        return {"skipped": "not run"}
    return json.loads(path.read_text())


def verdict(ok):
    return "**met**" if ok else "**not met**"


def main():
    out = Path(sys.argv[1])
    m = load(out, "machine")
    print(f"# Side by side, {m.get('date')} at {m.get('commit')}{' (+ local changes)' if m.get('dirty') else ''}")
    print()
    print(f"{m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_mib')} MiB; {m.get('os')}, "
          f"kernel {m.get('kernel')}; {m.get('rustc')}; load average at start "
          f"{m.get('load_at_start', [0])[0]:.2f}.")
    print()
    print("| measure | DigiReady | yardstick | ratio / difference | goal | |")
    print("|---|---|---|---|---|---|")
    rows = []

    for name, label in [("start", "WebKit's default rendering"),
                        ("start-off", "both without compositing")]:
        s = load(out, name)
        if "skipped" in s:
            if name == "start":
                rows.append(("start to first screen", "—", "—", "—", "≤ 1.1× bare Tauri",
                             s["skipped"]))
            continue
        a, b = s["digiready"], s["bare-tauri"]
        ratio = a["start_ms_median"] / b["start_ms_median"]
        rows.append((f"start to first screen (median), {label}", f"{a['start_ms_median']:.0f} ms",
                     f"bare Tauri {b['start_ms_median']:.0f} ms", f"{ratio:.2f}×",
                     "≤ 1.1×", verdict(ratio <= 1.1)))
        extra = a["pss_mib_median"] - b["pss_mib_median"]
        rows.append((f"memory, PSS of all processes (median), {label}",
                     f"{a['pss_mib_median']:.1f} MiB", f"bare Tauri {b['pss_mib_median']:.1f} MiB",
                     f"{extra:+.1f} MiB", "≤ bare + 40 MB",
                     verdict(extra * 1.048576 <= 40)))

    p = load(out, "pdf")
    if "skipped" in p:
        rows.append(("plan PDF", "—", "—", "—", "≥ 20× Chromium", p["skipped"]))
    else:
        cases = p["cases"]
        def span(key, fmt="{:.1f}"):
            values = [c[key] for c in cases]
            return fmt.format(min(values)) + " to " + fmt.format(max(values))
        worst = min(c["ratio_cold_vs_in_process"] for c in cases)
        rows.append((f"plan PDF, render in process ({len(cases)} reports)",
                     span("ours_in_process_ms") + " ms",
                     "Chromium cold " + span("chromium_cold_ms", "{:.0f}") + " ms",
                     span("ratio_cold_vs_in_process") + "×", "≥ 20×", verdict(worst >= 20)))
        worst = min(c["ratio_cold_vs_cli"] for c in cases)
        rows.append(("plan PDF, whole `digiready report` process",
                     span("ours_cli_process_ms", "{:.0f}") + " ms",
                     "Chromium cold " + span("chromium_cold_ms", "{:.0f}") + " ms",
                     span("ratio_cold_vs_cli") + "×", "≥ 20×", verdict(worst >= 20)))
        worst = min(c["ratio_warm_vs_in_process"] for c in cases)
        rows.append(("plan PDF, against a running browser",
                     span("ours_in_process_ms") + " ms",
                     "Chromium warm " + span("chromium_warm_ms", "{:.0f}") + " ms",
                     span("ratio_warm_vs_in_process") + "×", "≥ 20×", verdict(worst >= 20)))

    a = load(out, "autosave")
    if "skipped" in a:
        rows.append(("autosave p99", "—", "—", "—", "≤ 5 ms", a["skipped"]))
    else:
        ours = next(x for x in a["sides"] if x["side"].startswith("record_answer"))
        raw = next(x for x in a["sides"] if x["side"].startswith("raw"))
        for q in ("p50", "p99"):
            rows.append((f"autosave of one answer, {q} ({a['answers']} answers)",
                         f"{ours[q + '_ms']:.2f} ms", f"raw SQLite insert {raw[q + '_ms']:.2f} ms",
                         f"{ours[q + '_ms'] / raw[q + '_ms']:.2f}×",
                         "p99 ≤ 5 ms" if q == "p99" else "",
                         verdict(ours["p99_ms"] <= 5) if q == "p99" else ""))
        desktop = next((x for x in a["sides"] if x["side"].startswith("desktop")), None)
        if desktop:
            rows.append(("autosave, the desktop command's work, p99", f"{desktop['p99_ms']:.2f} ms",
                         f"raw SQLite insert {raw['p99_ms']:.2f} ms",
                         f"{desktop['p99_ms'] / raw['p99_ms']:.2f}×", "", ""))

    g = load(out, "agency")
    if "skipped" in g:
        rows.append(("1M records, import + aggregation", "—", "—", "—", "≤ 2× DuckDB", g["skipped"]))
    else:
        rows.append((f"{g['records']:,} records in {g['files']:,} files: import + aggregation",
                     f"{g['digiready_s']:.1f} s (import {g['import_s']:.1f} s)",
                     f"DuckDB {g['duckdb_s']:.1f} s", f"{g['ratio']:.2f}×", "≤ 2×",
                     verdict(g["ratio"] <= 2)))

    d = load(out, "deb")
    if "skipped" in d:
        rows.append((".deb size", "—", "—", "—", "≤ 8 MB", d["skipped"]))
    else:
        a, b = d["digiready"]["bytes"], d["bare-tauri"]["bytes"]
        rows.append((".deb package", f"{a / 2**20:.2f} MiB", f"bare Tauri {b / 2**20:.2f} MiB",
                     f"+{(a - b) / 2**20:.2f} MiB", "≤ 8 MB", verdict(a <= 8_000_000)))

    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
