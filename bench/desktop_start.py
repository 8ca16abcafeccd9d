#!/usr/bin/env python3
"""Start time and memory of the DigiReady window against a bare Tauri 2 window, in one run.

Each app is started on a private Xvfb display, N times in turn; the clock stops when the
app's first screen is painted (a pixel of the header bar / page in the app's colour #155e75,
read from the X display), then after 2 s the proportional set size (PSS) of the app and all
its child processes (WebKit's web and network processes) is summed from /proc.

    python3 bench/desktop_start.py [--runs 10] [--json-out FILE]

Needs: Xvfb and libX11 (read through ctypes), release builds of both apps:
    (cd ui && npm run build) && cargo build --release -p digiready-desktop
    cp Cargo.lock bench/bare-tauri/ && CARGO_TARGET_DIR=target cargo build --release \
        --manifest-path bench/bare-tauri/Cargo.toml
DigiReady starts on its home screen (language chosen, empty database in a temporary folder).

--compositing chooses WebKitGTK's compositing mode for both apps alike: `default` leaves it to
WebKit (on: under Xvfb it renders through Mesa's software OpenGL), `off` and `on` set
WEBKIT_DISABLE_COMPOSITING_MODE to 1 or 0 for both.
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

import ctypes
import ctypes.util

ROOT = Path(__file__).resolve().parent.parent
APPS = {
    "digiready": ROOT / "target/release/digiready-desktop",
    "bare-tauri": ROOT / "target/release/bare-tauri",
}
COLOUR = (0x15, 0x5E, 0x75)
PROBE = (640, 30)  # inside DigiReady's header bar and the bare page


class Screen:
    """One X connection; reads single pixels (XGetImage of 1×1) without leaking connections."""

    def __init__(self, display):
        x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XGetImage.restype = ctypes.c_void_p
        x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x11.XGetPixel.restype = ctypes.c_ulong
        x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        x11.XDestroyImage.argtypes = [ctypes.c_void_p]
        x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                   ctypes.POINTER(ctypes.c_uint)]
        x11.XFree.argtypes = [ctypes.c_void_p]
        self.x11 = x11
        self.dpy = x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {display}")
        self.root = x11.XDefaultRootWindow(self.dpy)

    def windows(self):
        """Top-level windows on the display (a window appears when the app maps it)."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        self.x11.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent),
                            ctypes.byref(children), ctypes.byref(n))
        if children:
            self.x11.XFree(children)
        return n.value

    def pixel(self, x, y):
        all_planes, z_pixmap = 0xFFFFFFFF, 2
        img = self.x11.XGetImage(self.dpy, self.root, x, y, 1, 1, all_planes, z_pixmap)
        value = self.x11.XGetPixel(img, 0, 0)
        self.x11.XDestroyImage(img)
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)


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


COMPOSITING = {"default": None, "off": "1", "on": "0"}


def one_run(exe, display, screen, compositing):
    data = tempfile.mkdtemp()
    Path(data, "settings.json").write_text(json.dumps({"language": "en", "text_size": "normal"}))
    env = dict(os.environ, DISPLAY=display, DIGIREADY_DATA_DIR=data, GDK_BACKEND="x11")
    env.pop("WEBKIT_DISABLE_COMPOSITING_MODE", None)
    if COMPOSITING[compositing] is not None:
        env["WEBKIT_DISABLE_COMPOSITING_MODE"] = COMPOSITING[compositing]
    start = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ready = window = None
    before = screen.windows()
    while time.perf_counter() - start < 30:
        if window is None and screen.windows() > before:
            window = time.perf_counter() - start
        if screen.pixel(*PROBE) == COLOUR:
            ready = time.perf_counter() - start
            break
        time.sleep(0.002)
    time.sleep(2)
    memory = pss_kib(proc.pid) / 1024
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(data, ignore_errors=True)
    return ready, memory, window


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json-out", type=Path, help="write the figures as JSON")
    ap.add_argument("--compositing", choices=sorted(COMPOSITING), default="default",
                    help="WebKitGTK's compositing mode for both apps (default: as shipped)")
    args = ap.parse_args()
    display = ":77"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists() and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    try:
        screen = Screen(display)
        results = {name: [] for name in APPS}
        for _ in range(args.runs):
            for name, exe in APPS.items():  # interleaved: both see the same machine state
                results[name].append(one_run(exe, display, screen, args.compositing))
        for name, runs in results.items():
            starts = [r[0] * 1000 for r in runs if r[0] is not None]
            mems = [r[1] for r in runs]
            windows = [r[2] * 1000 for r in runs if r[2] is not None]
            print(f"{name:11} start median {statistics.median(starts):7.0f} ms "
                  f"(min {min(starts):.0f}, max {max(starts):.0f}, {len(starts)}/{len(runs)} painted); "
                  f"PSS median {statistics.median(mems):6.1f} MiB; "
                  f"window created after {statistics.median(windows) if windows else float('nan'):5.0f} ms")
        size = {n: e.stat().st_size / 2**20 for n, e in APPS.items()}
        print("binary size: " + ", ".join(f"{n} {s:.1f} MiB" for n, s in size.items()))
        if args.json_out:
            summary = {"compositing": args.compositing}
            for name, runs in results.items():
                starts = [r[0] * 1000 for r in runs if r[0] is not None]
                summary[name] = {
                    "runs": len(runs),
                    "painted": len(starts),
                    "start_ms_median": statistics.median(starts) if starts else None,
                    "start_ms": starts,
                    "pss_mib_median": statistics.median([r[1] for r in runs]),
                    "pss_mib": [r[1] for r in runs],
                    "binary_mib": size[name],
                }
            args.json_out.parent.mkdir(parents=True, exist_ok=True)
            args.json_out.write_text(json.dumps(summary, indent=2) + "\n")
    finally:
        xvfb.terminate()


if __name__ == "__main__":
    main()
