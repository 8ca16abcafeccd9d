#!/usr/bin/env python3
"""Where the page's start goes: for each app, N starts through tauri-driver (WebDriver), then the
page's own clock read back — when navigation started after the launch, and the first
contentful paint after navigation start — with DigiReady's `performance.mark`s if it set any.

    python3 bench/page_timeline.py [--runs 8] APP [APP ...]

A diagnostic beside desktop_start.py (whose pixel probe is the figure BENCHMARKS.md quotes):
it splits a start into what comes before the page (process, window, WebKit's processes) and
what the page itself costs. WebDriver adds its own overhead, so its absolute times are a little
longer than desktop_start.py's. Needs Xvfb and tauri-driver (installed by scripts/test.sh).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

PAGE = """const paint = performance.getEntriesByType('paint')
    .filter(e => e.name === 'first-contentful-paint').map(e => e.startTime);
return JSON.stringify({origin: performance.timeOrigin, fcp: paint[0] ?? null,
    marks: performance.getEntriesByType('mark').map(e => [e.name, Math.round(e.startTime)])});"""


def call(method, url, body=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=timeout).read())["value"]


def one_run(app, display, port):
    """One start; tried up to three times (WebKitWebDriver now and then drops a session)."""
    for attempt in range(3):
        try:
            return start_once(app, display, port)
        except OSError:
            if attempt == 2:
                raise
    return None


def start_once(app, display, port):
    data = tempfile.mkdtemp()
    Path(data, "settings.json").write_text(json.dumps({"language": "en", "text_size": "normal"}))
    env = dict(os.environ, DISPLAY=display, DIGIREADY_DATA_DIR=data, GDK_BACKEND="x11")
    driver = subprocess.Popen([shutil.which("tauri-driver") or "tauri-driver", "--port", str(port),
                               "--native-port", str(port + 1)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 10
        while True:
            try:
                call("GET", base + "/status", timeout=1)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.05)
        launched = time.time() * 1000
        sid = call("POST", base + "/session",
                   {"capabilities": {"alwaysMatch": {"tauri:options": {"application": str(app)}}}}
                   )["sessionId"]
        run = None
        while time.time() * 1000 - launched < 20000:
            run = json.loads(call("POST", f"{base}/session/{sid}/execute/sync",
                                  {"script": PAGE, "args": []}))
            if run["fcp"] is not None:
                break
            time.sleep(0.1)
        call("DELETE", f"{base}/session/{sid}")
        return {"navigation_ms": run["origin"] - launched, "fcp_ms": run["fcp"],
                "marks": run["marks"]}
    finally:
        driver.terminate()
        driver.wait()
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=8)
    ap.add_argument("apps", nargs="+", type=Path)
    args = ap.parse_args()
    display = ":76"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        runs = {app: [] for app in args.apps}
        for _ in range(args.runs):
            for app in args.apps:  # interleaved
                runs[app].append(one_run(app, display, 4470))
        for app, rs in runs.items():
            nav = statistics.median(r["navigation_ms"] for r in rs)
            fcp = statistics.median(r["fcp_ms"] for r in rs)
            print(f"{app}: navigation starts {nav:.0f} ms after the launch, first contentful "
                  f"paint {fcp:.0f} ms after that (medians of {len(rs)}); marks of the last run: "
                  f"{rs[-1]['marks']}")
    finally:
        xvfb.terminate()


if __name__ == "__main__":
    main()
