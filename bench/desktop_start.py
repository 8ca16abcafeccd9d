#!/usr/bin/env python3
"""Start time and memory of the DigiReady window against a bare Tauri 2 window, in one run.

Each app is started on a private Xvfb display, N times in turn; the clock stops when the
app's first screen is painted (a pixel of the header bar / page in the app's colour #155e75,
read from the X display), then after 2 s the proportional set size (PSS) of the app and all
its child processes (WebKit's web and network processes) is summed from /proc.

    python3 bench/desktop_start.py [--runs 10]

Needs: Xvfb, Pillow (pip install pillow), release builds of both apps:
    (cd ui && npm run build) && cargo build --release -p digiready-desktop
    cp Cargo.lock bench/bare-tauri/ && CARGO_TARGET_DIR=target cargo build --release \
        --manifest-path bench/bare-tauri/Cargo.toml
DigiReady starts on its home screen (language chosen, empty database in a temporary folder).
"""
import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import ImageGrab

ROOT = Path(__file__).resolve().parent.parent
APPS = {
    "digiready": ROOT / "target/release/digiready-desktop",
    "bare-tauri": ROOT / "target/release/bare-tauri",
}
COLOUR = (0x15, 0x5E, 0x75)
PROBE = (640, 30)  # inside DigiReady's header bar and the bare page


def children(pid):
    out = [pid]
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                out += children(int(p.name))
    return out


def pss_kib(pid):
    total = 0
    for p in children(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def one_run(exe, display):
    data = tempfile.mkdtemp()
    Path(data, "settings.json").write_text(json.dumps({"language": "en", "text_size": "normal"}))
    env = dict(os.environ, DISPLAY=display, DIGIREADY_DATA_DIR=data, GDK_BACKEND="x11")
    start = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ready = None
    while time.perf_counter() - start < 30:
        px = ImageGrab.grab(xdisplay=display).getpixel(PROBE)
        if tuple(px[:3]) == COLOUR:
            ready = time.perf_counter() - start
            break
        time.sleep(0.005)
    time.sleep(2)
    memory = pss_kib(proc.pid) / 1024
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(data, ignore_errors=True)
    return ready, memory


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    display = ":77"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    time.sleep(1)
    try:
        results = {name: [] for name in APPS}
        for _ in range(args.runs):
            for name, exe in APPS.items():  # interleaved: both see the same machine state
                results[name].append(one_run(exe, display))
        for name, runs in results.items():
            starts = [r[0] * 1000 for r in runs if r[0] is not None]
            mems = [r[1] for r in runs]
            print(f"{name:11} start median {statistics.median(starts):7.0f} ms "
                  f"(min {min(starts):.0f}, max {max(starts):.0f}, {len(starts)}/{len(runs)} painted); "
                  f"PSS median {statistics.median(mems):6.1f} MiB")
        size = {n: e.stat().st_size / 2**20 for n, e in APPS.items()}
        print("binary size: " + ", ".join(f"{n} {s:.1f} MiB" for n, s in size.items()))
    finally:
        xvfb.terminate()


if __name__ == "__main__":
    main()
