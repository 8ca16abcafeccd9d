"""The plan PDF, side by side: DigiReady's renderer against headless Chromium printing the
same report from HTML (issue 8, "Performance, side by side"; goal: our PDF at least 20× faster).

What is timed, per report (the two fixtures of benches/report.rs, each in en, vi and lo):

- ours, in process: `report::render` (text, shaping, line breaking, layout, PDF with subset
  fonts) in the release build of benches/report.rs — the median of 5 renders, taken right
  before each browser run (the bench's own median over --our-runs renders is in the JSON);
- ours, whole process: `target/release/digiready report --assessment ID --out FILE` for a stored
  assessment with the fixture's answers (process start, opening the database, analysis,
  render, the file written and synced) — the cold-for-cold comparison with the browser;
- Chromium, cold: `chromium --headless ... --print-to-pdf=FILE file:///.../plan.html` with a
  new profile folder each run (browser start, page load, layout, print, exit);
- Chromium, warm: one browser kept running under chromedriver; each run loads the page
  (WebDriver "Navigate To") and prints it (WebDriver "Print Page", which returns the PDF) —
  what a server that keeps a browser open pays per report; "print only" prints the page
  already loaded again.

Runs are paired: in each run our figures and the browser's are taken one right after the
other, and a ratio is the median of the runs' ratios, so that the load of a shared machine
(other builds) moves both sides of a ratio alike. Times are medians over the runs.

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

Options: --runs N (paired runs per report; default 10), --our-runs N (renders per report
in the bench's own run, which also writes the content; default 30), --cases (comma-separated,
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

sys.dont_write_bytecode = True  # no __pycache__ left in bench/
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


def report_bench(args) -> str:
    """The report bench's executable (built by `our_render`), to render one case on demand."""
    done = run(
        [args.cargo, "bench", "--bench", "report", "--no-run", "--message-format=json"],
        cwd=ROOT, capture_output=True, text=True,
    )
    for line in done.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "report":
            if message.get("executable"):
                return message["executable"]
    raise RuntimeError("cargo did not name the report bench's executable")


def ours_now(bench: str, case: str, work: pathlib.Path) -> float:
    """Our in-process render time right now: the median of 5 renders of `case` (the report
    bench run for that case alone; its start-up is not timed)."""
    figures = work / "ours" / "now.json"
    run([bench, "--case", case, "--runs", "5", "--json", str(figures)], stdout=subprocess.DEVNULL)
    return json.loads(figures.read_text())["cases"][0]["median_ms"]


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


def cold_for_cold(args, work: pathlib.Path, case: str, bench: str, cli: tuple) -> dict:
    """Per run, one after the other: our render in process, our CLI process, a cold Chromium
    (so that all three meet the same machine load); the samples."""
    html = work / "html" / f"{case}.html"
    pdf = work / "chromium" / f"{case}.cold.pdf"
    cmd, our_pdf = cli
    samples = {"ours": [], "cli": [], "cold": []}
    for _ in range(args.runs):
        samples["ours"].append(ours_now(bench, case, work))
        samples["cli"].append(time_process(cmd, CLI_ENV))
        samples["cold"].append(chromium_cold(args, html, pdf))
    return samples | {"cli_pdf": our_pdf, "cold_pdf": pdf}


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


def chromium_warm(args, driver: WebDriver, work: pathlib.Path, case: str, bench: str) -> dict:
    """Per run, one after the other: our render in process, Chromium loading and printing the
    page, and printing it again without loading; the samples."""
    url = (work / "html" / f"{case}.html").as_uri()
    for _ in range(2):  # warm-up, not counted
        driver.navigate(url)
        driver.print_pdf()
    samples = {"ours": [], "warm": [], "print_only": []}
    data = b""
    for _ in range(args.runs):
        samples["ours"].append(ours_now(bench, case, work))
        start = time.perf_counter()
        driver.navigate(url)
        data = driver.print_pdf()
        samples["warm"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        driver.print_pdf()
        samples["print_only"].append((time.perf_counter() - start) * 1000)
    pdf = work / "chromium" / f"{case}.warm.pdf"
    pdf.write_bytes(data)
    return samples | {"warm_pdf": pdf}


def paired_ratio(numerator: list[float], denominator: list[float]) -> float:
    """The median of the runs' ratios (each run's two times were taken one after the other)."""
    return statistics.median(n / d for n, d in zip(numerator, denominator))


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
    parser.add_argument("--runs", type=int, default=10, help="paired runs per report")
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
        bench = report_bench(args)
        cold = {}
        for case in cases:
            cold[case] = cold_for_cold(args, work, case, bench, commands[case])
            log(f"  {case}: medians ours {statistics.median(cold[case]['ours']):.1f} ms, "
                f"digiready report {statistics.median(cold[case]['cli']):.0f} ms, "
                f"chromium cold {statistics.median(cold[case]['cold']):.0f} ms")
        warm = {}
        profile = tempfile.mkdtemp(prefix="chromium-warm-")
        driver = WebDriver(args.chromedriver, args.chromium, profile)
        try:
            for case in cases:
                warm[case] = chromium_warm(args, driver, work, case, bench)
                log(f"  {case}: medians ours {statistics.median(warm[case]['ours']):.1f} ms, "
                    f"chromium warm {statistics.median(warm[case]['warm']):.0f} ms")
        finally:
            driver.close()
            shutil.rmtree(profile, ignore_errors=True)
        pages = {}
        for case in cases:
            pages[case] = {
                name: {"pages": pdf_pages(data), "kb": len(data) / 1024}
                for name, path in (
                    ("ours", work / "ours" / f"{case}.pdf"),
                    ("ours_cli", cold[case]["cli_pdf"]),
                    ("chromium_cold", cold[case]["cold_pdf"]),
                    ("chromium_warm", warm[case]["warm_pdf"]),
                )
                for data in [path.read_bytes()]
            }
    finally:
        if temporary:
            temporary.cleanup()

    rows = []
    for case in cases:
        c, w = cold[case], warm[case]
        rows.append({
            "case": case,
            "pages": {k: v["pages"] for k, v in pages[case].items()},
            "kb": {k: round(v["kb"], 1) for k, v in pages[case].items()},
            "ours_bench_median_ms": ours[case]["median_ms"],
            "ours_in_process_ms": statistics.median(c["ours"] + w["ours"]),
            "ours_cli_process_ms": statistics.median(c["cli"]),
            "chromium_cold_ms": statistics.median(c["cold"]),
            "chromium_warm_ms": statistics.median(w["warm"]),
            "chromium_warm_print_only_ms": statistics.median(w["print_only"]),
            "ratio_cold_vs_in_process": paired_ratio(c["cold"], c["ours"]),
            "ratio_cold_vs_cli": paired_ratio(c["cold"], c["cli"]),
            "ratio_warm_vs_in_process": paired_ratio(w["warm"], w["ours"]),
            "ratio_warm_print_only_vs_in_process": paired_ratio(w["print_only"], w["ours"]),
            "samples_ms": {
                "cold_runs": {k: c[k] for k in ("ours", "cli", "cold")},
                "warm_runs": {k: w[k] for k in ("ours", "warm", "print_only")},
            },
        })

    print(f"# {host['cpu']}, {host['cores']} cores; load average at start "
          f"{host['load_average'][0]:.2f}; {version(args.chromium)}")
    print(f"# {args.runs} runs per report; times are medians in ms, ratios the median of the "
          "runs' ratios")
    header = ("case", "pages o/c", "ours", "ours CLI", "chr cold", "chr warm", "warm print",
              "cold/ours", "cold/CLI", "warm/ours", "print/ours")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print(
            f"| {r['case']} | {r['pages']['ours']}/{r['pages']['chromium_cold']} "
            f"| {r['ours_in_process_ms']:.1f} | {r['ours_cli_process_ms']:.0f} "
            f"| {r['chromium_cold_ms']:.0f} | {r['chromium_warm_ms']:.0f} "
            f"| {r['chromium_warm_print_only_ms']:.0f} "
            f"| {r['ratio_cold_vs_in_process']:.1f}× | {r['ratio_cold_vs_cli']:.1f}× "
            f"| {r['ratio_warm_vs_in_process']:.1f}× "
            f"| {r['ratio_warm_print_only_vs_in_process']:.1f}× |"
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
            "ours_bench": ours,
        }
        args.json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        log(f"results written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
