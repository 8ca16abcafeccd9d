"""The plan PDF, side by side: DigiReady's renderer against headless Chromium printing the
same report from HTML (issue 8, "Performance, side by side"; goal: our PDF at least 20× faster).

What is timed, per report (the two fixtures of benches/report.rs, each in en, vi and lo):

- ours, in process: `cargo bench --bench report` (release build), the median of its renders
  (`report::render`: text, shaping, line breaking, layout, PDF with subset fonts);
- ours, whole process: `target/release/digiready report --assessment ID --out FILE` for a stored
  assessment with the fixture's answers (process start, opening the database, analysis,
  render, the file written and synced) — the cold-for-cold comparison with the browser;
- Chromium, cold: `chromium --headless ... --print-to-pdf=FILE file:///.../plan.html` with a
  new profile folder each run (browser start, page load, layout, print, exit);
- Chromium, warm: one browser kept running under chromedriver; each run loads the page
  (WebDriver "Navigate To") and prints it (WebDriver "Print Page", which returns the PDF) —
  what a server that keeps a browser open pays per report. "print only" prints the page
  already loaded again.

The CLI process and the cold Chromium take turns (one run each, N times per report), so that
both meet the same load on a shared machine; the two tables give the medians and the best of
the runs (the least disturbed by other work).

The HTML is made by bench/plan_html.py from the report's own content (`report::content`,
written by the bench with `--out`): the same blocks and texts in the same language, the same
fonts (assets/fonts/, loaded with @font-face from file URLs), A4 pages with the same margins;
the page counts of both PDFs are in the table.

Needs (Debian 12): the Rust toolchain (cargo), Python 3.11 (standard library only),
`apt-get install chromium chromium-driver` (Chromium and chromedriver of the same version) and
`fonts-noto-core` (the system's Noto Sans and Noto Sans Lao, for the running header and page
number: see bench/plan_html.py; it was already installed on the benchmark machine).

Usage (from the repository root):

    python3 bench/pdf_vs_chromium.py --runs 10 --json-out target/bench/pdf_vs_chromium.json

Options: --runs N (Chromium and CLI runs per report; default 10),
--our-runs N (renders per report in the Rust bench; default 30), --cases (comma-separated,
e.g. vn-retail-micro.vi,la-agriculture-small.lo; default all six), --work DIR (where the
HTML, PDFs and databases go; default a temporary folder, removed afterwards), --chromium,
--chromedriver, --cargo (executables). The figures depend on the machine and on what else
runs on it: the output's first line gives the load average at the start.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import pathlib
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import plan_html  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ["vn-retail-micro", "la-agriculture-small"]
LOCALES = ["en", "vi", "lo"]
# The enterprise the Rust bench puts on its reports; the stored assessments use the same.
ENTERPRISE = "Tạp hóa Minh Anh / ຮ້ານ ນາງແກ້ວ"
PROVINCE = {"VN": "Cần Thơ", "LA": "Champasak"}
CLI_ENV = dict(os.environ, DIGIREADY_LOCALE="en")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def pdf_pages(data: bytes) -> int:
    """Page objects (`/Type /Page`, not `/Pages`), with or without the space."""
    count = 0
    for marker in (b"/Type/Page", b"/Type /Page"):
        start = 0
        while (at := data.find(marker, start)) >= 0:
            start = at + len(marker)
            if data[start : start + 1] != b"s":
                count += 1
    return count


def summary(times_ms: list[float]) -> dict:
    ordered = sorted(times_ms)
    return {
        "median_ms": statistics.median(ordered),
        "min_ms": ordered[0],
        "max_ms": ordered[-1],
        "runs": len(ordered),
    }


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)


# ---- ours ----


def our_render(args, work: pathlib.Path) -> dict:
    """Runs the Rust bench; returns its figures by case and leaves PDFs and content in work."""
    out = work / "ours"
    out.mkdir(parents=True, exist_ok=True)
    figures = out / "report.json"
    log(f"cargo bench --bench report -- --runs {args.our_runs} --out {out} --json {figures}")
    run(
        [args.cargo, "bench", "--bench", "report", "--", "--runs", str(args.our_runs),
         "--out", str(out), "--json", str(figures)],
        cwd=ROOT,
        stdout=sys.stderr,
    )
    return {c["case"]: c for c in json.loads(figures.read_text())["cases"]}


def target_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def our_cli(args, work: pathlib.Path, cases: list[str]) -> dict:
    """Stores an assessment with each fixture's answers; returns per case the command that
    writes its report (`digiready report`) and the PDF it writes."""
    log("cargo build --release --bin digiready")
    run([args.cargo, "build", "--release", "--bin", "digiready"], cwd=ROOT, stdout=sys.stderr)
    exe = str(target_dir() / "release" / "digiready")
    questions = json.loads(
        run([exe, "instrument", "show", "--json"], capture_output=True, env=CLI_ENV).stdout
    )["questions"]
    commands = {}
    for fixture in sorted({c.split(".")[0] for c in cases}):
        file = json.loads((ROOT / "tests/fixtures/plans" / f"{fixture}.answers.json").read_text())
        db = work / "cli" / f"{fixture}.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        if db.exists():
            db.unlink()
        cli = [exe, "--db", str(db)]

        def call(*more: str) -> dict:
            done = run(cli + list(more), capture_output=True, env=CLI_ENV)
            return json.loads(done.stdout) if "--json" in more else {}

        enterprise = call(
            "enterprise", "add", "--name", ENTERPRISE, "--sector", file["sector"], "--size",
            file["size"], "--country", file["country"], "--province", PROVINCE[file["country"]],
            "--json",
        )["id"]
        assessment = call(
            "assessment", "start", "--enterprise", str(enterprise), "--assessor", "Lan", "--json"
        )["id"]
        # In questionnaire order, so that a question is answered after those it depends on.
        for q in questions:
            value = file["answers"].get(q["id"])
            if value is None:
                continue
            if isinstance(value, list):
                text = ",".join(value)
            elif isinstance(value, (int, float)):
                text = f"{value:g}"
            else:
                text = value
            call("assessment", "answer", str(assessment), q["id"], text)
        for case in [c for c in cases if c.startswith(fixture + ".")]:
            pdf = work / "cli" / f"{case}.pdf"
            locale = case.split(".")[1]
            commands[case] = (
                cli + ["--locale", locale, "report", "--assessment", str(assessment), "--out",
                       str(pdf)],
                pdf,
            )
    return commands


def time_process(cmd: list[str], env: dict | None = None) -> float:
    """Wall-clock time of a whole process, in ms."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    return (time.perf_counter() - start) * 1000


def pdf_summary(times: list[float], pdf: pathlib.Path) -> dict:
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise RuntimeError(f"no PDF written: {pdf}")
    data = pdf.read_bytes()
    return summary(times) | {"pages": pdf_pages(data), "bytes": len(data)}


# ---- Chromium, cold ----


def chromium_cold(args, html: pathlib.Path, pdf: pathlib.Path) -> float:
    """One print by a new browser with a new profile; its wall-clock time in ms."""
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        if pdf.exists():
            pdf.unlink()
        return time_process([args.chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                             "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()])
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def cold_for_cold(args, work: pathlib.Path, cases: list[str], cli: dict) -> tuple[dict, dict]:
    """Our CLI process and a cold Chromium, run after one another N times per case (so both
    meet the same machine load); their figures by case."""
    ours, chromium = {}, {}
    for case in cases:
        html = work / "html" / f"{case}.html"
        pdf = work / "chromium" / f"{case}.cold.pdf"
        cmd, our_pdf = cli[case]
        our_times, chromium_times = [], []
        for _ in range(args.runs):
            our_times.append(time_process(cmd, CLI_ENV))
            chromium_times.append(chromium_cold(args, html, pdf))
        ours[case] = pdf_summary(our_times, our_pdf)
        chromium[case] = pdf_summary(chromium_times, pdf)
        log(f"  {case}: digiready report {ours[case]['median_ms']:.0f} ms, "
            f"chromium cold {chromium[case]['median_ms']:.0f} ms (medians)")
    return ours, chromium


# ---- Chromium, warm (WebDriver over plain HTTP) ----


class WebDriver:
    """Just enough of the W3C WebDriver protocol: a session, Navigate To, Print Page."""

    def __init__(self, chromedriver: str, chromium: str, profile: str):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen(
            [chromedriver, f"--port={self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if self.call("GET", "/status")["value"].get("ready"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.process.kill()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        binary = shutil.which(chromium) or chromium
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": binary,
                        "args": CHROMIUM_FLAGS + [f"--user-data-dir={profile}"],
                    },
                }
            }
        }
        self.session = self.call("POST", "/session", caps)["value"]["sessionId"]

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read())

    def navigate(self, url: str) -> None:
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def print_pdf(self) -> bytes:
        # A4; margins 0 so that the page's own @page margins apply, as in the cold print.
        body = {
            "background": True,
            "shrinkToFit": False,
            "page": {"width": 21.0, "height": 29.7},
            "margin": {"top": 0, "bottom": 0, "left": 0, "right": 0},
        }
        value = self.call("POST", f"/session/{self.session}/print", body)["value"]
        return base64.b64decode(value)

    def close(self) -> None:
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def chromium_warm(args, driver: WebDriver, html: pathlib.Path, pdf: pathlib.Path) -> dict:
    url = html.as_uri()
    for _ in range(2):  # warm-up, not counted
        driver.navigate(url)
        driver.print_pdf()
    load_print, print_only = [], []
    data = b""
    for _ in range(args.runs):
        start = time.perf_counter()
        driver.navigate(url)
        data = driver.print_pdf()
        load_print.append((time.perf_counter() - start) * 1000)
    for _ in range(args.runs):
        start = time.perf_counter()
        driver.print_pdf()
        print_only.append((time.perf_counter() - start) * 1000)
    pdf.write_bytes(data)
    return summary(load_print) | {
        "pages": pdf_pages(data),
        "bytes": len(data),
        "print_only": summary(print_only),
    }


# ---- the run ----


def machine() -> dict:
    cpu = ""
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "os": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": os.getloadavg(),
    }


def version(exe: str) -> str:
    done = subprocess.run([exe, "--version"], capture_output=True, text=True)
    return done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(
        description="The plan PDF: DigiReady's renderer against headless Chromium printing HTML."
    )
    parser.add_argument("--runs", type=int, default=10, help="Chromium and CLI runs per report")
    parser.add_argument("--our-runs", type=int, default=30, help="renders per report (Rust)")
    parser.add_argument("--cases", help="comma-separated <fixture>.<lang> (default: all six)")
    parser.add_argument("--json-out", type=pathlib.Path, help="write the results here")
    parser.add_argument("--work", type=pathlib.Path, help="keep HTML, PDFs, databases here")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--chromedriver", default="chromedriver")
    parser.add_argument("--cargo", default="cargo")
    args = parser.parse_args()
    if args.runs < 1 or args.our_runs < 1:
        parser.error("runs must be at least 1")
    all_cases = [f"{f}.{lang}" for f in FIXTURES for lang in LOCALES]
    cases = args.cases.split(",") if args.cases else all_cases
    unknown = [c for c in cases if c not in all_cases]
    if unknown:
        parser.error(f"unknown cases {unknown}; known: {all_cases}")
    for exe in (args.chromium, args.chromedriver, args.cargo):
        if shutil.which(exe) is None:
            parser.error(f"{exe} not found (apt-get install chromium chromium-driver)")

    host = machine()
    temporary = None
    if args.work:
        work = args.work.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.TemporaryDirectory(prefix="pdf-vs-chromium-")
        work = pathlib.Path(temporary.name)
    try:
        ours = our_render(args, work)
        commands = our_cli(args, work, cases)
        (work / "html").mkdir(exist_ok=True)
        (work / "chromium").mkdir(exist_ok=True)
        for case in cases:
            content = json.loads((work / "ours" / f"{case}.content.json").read_text())
            html = work / "html" / f"{case}.html"
            html.write_text(plan_html.page(content), encoding="utf-8")
        cli, cold = cold_for_cold(args, work, cases, commands)
        warm = {}
        profile = tempfile.mkdtemp(prefix="chromium-warm-")
        driver = WebDriver(args.chromedriver, args.chromium, profile)
        try:
            for case in cases:
                html = work / "html" / f"{case}.html"
                warm[case] = chromium_warm(args, driver, html, work / "chromium" / f"{case}.warm.pdf")
                log(f"  chromium warm {case}: median {warm[case]['median_ms']:.0f} ms")
        finally:
            driver.close()
            shutil.rmtree(profile, ignore_errors=True)
    finally:
        if temporary:
            temporary.cleanup()

    # Medians, and the best of the runs (less moved by other work on a shared machine).
    rows = []
    for case in cases:
        o, c, w, p = ours[case], cold[case], warm[case], cli[case]
        row = {
            "case": case,
            "pages": {"ours": o["pages"], "chromium": c["pages"]},
            "kb": {"ours": o["bytes"] / 1024, "chromium": c["bytes"] / 1024},
        }
        for stat in ("median", "min"):
            k = f"{stat}_ms"
            row[stat] = {
                "ours_in_process_ms": o[k],
                "ours_cli_process_ms": p[k],
                "chromium_cold_ms": c[k],
                "chromium_warm_ms": w[k],
                "chromium_warm_print_only_ms": w["print_only"][k],
                "ratio_cold_vs_in_process": c[k] / o[k],
                "ratio_cold_vs_cli": c[k] / p[k],
                "ratio_warm_vs_in_process": w[k] / o[k],
                "ratio_warm_print_only_vs_in_process": w["print_only"][k] / o[k],
            }
        rows.append(row)

    print(f"# {host['cpu']}, {host['cores']} cores; load average at start "
          f"{host['load_average'][0]:.2f}; {version(args.chromium)}")
    print(f"# ours: {args.our_runs} renders in process; everything else {args.runs} runs; ms")
    header = ("case", "pages o/c", "ours", "ours CLI", "chr cold", "chr warm", "warm print",
              "cold/ours", "cold/CLI", "warm/ours")
    for stat, title in (("median", "medians"), ("min", "best of the runs")):
        print(f"\n{title}:\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            r = row[stat]
            print(
                f"| {row['case']} | {row['pages']['ours']}/{row['pages']['chromium']} "
                f"| {r['ours_in_process_ms']:.1f} | {r['ours_cli_process_ms']:.0f} "
                f"| {r['chromium_cold_ms']:.0f} | {r['chromium_warm_ms']:.0f} "
                f"| {r['chromium_warm_print_only_ms']:.0f} "
                f"| {r['ratio_cold_vs_in_process']:.1f}× | {r['ratio_cold_vs_cli']:.1f}× "
                f"| {r['ratio_warm_vs_in_process']:.1f}× |"
            )
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "machine": host,
            "chromium": version(args.chromium),
            "chromedriver": version(args.chromedriver),
            "runs": args.runs,
            "our_runs": args.our_runs,
            "cases": rows,
            "detail": {"ours": ours, "ours_cli": cli, "chromium_cold": cold, "chromium_warm": warm},
        }
        args.json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        log(f"results written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
