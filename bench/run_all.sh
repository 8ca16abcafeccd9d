#!/usr/bin/env bash
# Every side-by-side figure of BENCHMARKS.md in one run on one machine (issue 8):
#   1. start to first screen and memory (PSS) of the app vs a bare Tauri 2 window
#   2. the plan PDF vs headless Chromium printing the same plan from HTML
#   3. autosave latency per answer vs a raw SQLite insert
#   4. 1M-record import + aggregation vs DuckDB
#   5. the .deb vs the bare Tauri .deb
# then a table of every figure against its goal (summary.md).
#
#   bench/run_all.sh [--runs N] [--out DIR] [--skip start,pdf,autosave,agency,deb]
#
# Needs what scripts/setup.sh installs, plus Debian's chromium and chromium-driver (for 2) and
# tauri-cli (for 5: cargo install tauri-cli --version '^2' --locked). A step whose tools are
# missing is recorded as skipped, not faked. Takes about 25 minutes on 2 cores once built.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
runs=10
out="target/bench/$(date -u +%Y%m%dT%H%MZ)"
skip=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --skip) skip="$2"; shift 2 ;;
        *) echo "usage: bench/run_all.sh [--runs N] [--out DIR] [--skip step,...]" >&2; exit 2 ;;
    esac
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
export DIGIREADY_PYTHON="${DIGIREADY_PYTHON:-$root/target/pyenv/bin/python}"
wanted() { [[ ",$skip," != *",$1,"* ]]; }
step() { echo; echo "==> $*"; }
skipped() { printf '{"skipped": "%s"}\n' "$2" > "$out/$1.json"; echo "skipped: $2"; }

step "machine"
python3 - "$out/machine.json" <<'PY'
import json, os, platform, subprocess, sys
def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return None
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), None)
mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), None)
info = {
    "date": run("date", "-u", "+%Y-%m-%d %H:%M UTC"),
    "commit": run("git", "rev-parse", "--short", "HEAD"),
    "dirty": bool(run("git", "status", "--porcelain", "--untracked-files=no")),
    "cpu": cpu, "cores": os.cpu_count(), "memory_mib": mem,
    "kernel": platform.release(), "os": run("sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"),
    "rustc": run("rustc", "--version"), "load_at_start": os.getloadavg(),
    "disk": run("df", "-hT", "target"),
}
json.dump(info, open(sys.argv[1], "w"), indent=2)
print(json.dumps(info, indent=2))
PY

step "builds (release): UI, app, bare Tauri window, benches"
(cd ui && npm run build >/dev/null)
cargo build --release --locked -p digiready-desktop --bin digiready-desktop
cargo build --release --locked --bin digiready
cp Cargo.lock bench/bare-tauri/Cargo.lock
CARGO_TARGET_DIR="$root/target" cargo build --release --manifest-path bench/bare-tauri/Cargo.toml
git checkout -q -- bench/bare-tauri/Cargo.lock 2>/dev/null || true
cargo bench --locked --no-run --bench autosave --bench agency --bench report

if wanted start; then
    step "1. start and memory: app vs bare Tauri window ($runs runs each, interleaved)"
    # WebKitGTK's default rendering (compositing mode on), then both apps without it: the
    # difference is mostly the composited page's tiles (BENCHMARKS.md, section 1).
    python3 bench/desktop_start.py --runs "$runs" --json-out "$out/start.json" | tee "$out/start.txt"
    python3 bench/desktop_start.py --runs "$runs" --compositing off \
        --json-out "$out/start-off.json" | tee "$out/start-off.txt"
fi

if wanted pdf; then
    step "2. plan PDF vs headless Chromium ($runs paired runs)"
    if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
        python3 bench/pdf_vs_chromium.py --runs "$runs" --json-out "$out/pdf.json" | tee "$out/pdf.txt"
    else
        skipped pdf "chromium and chromedriver not installed (apt-get install chromium chromium-driver)"
    fi
fi

if wanted autosave; then
    step "3. autosave vs raw SQLite insert"
    cargo bench --locked --bench autosave -- --answers 2000 --json "$out/autosave.json" | tee "$out/autosave.txt"
fi

if wanted agency; then
    step "4. 1,000 files x 1,000 records: import + aggregation vs DuckDB"
    if "$DIGIREADY_PYTHON" -c 'import duckdb' 2>/dev/null; then
        cargo bench --locked --bench agency -- --json "$out/agency.json" | tee "$out/agency.txt"
    else
        skipped agency "DuckDB not installed in $DIGIREADY_PYTHON (scripts/setup.sh installs it)"
    fi
fi

if wanted deb; then
    step "5. .deb packages: DigiReady vs bare Tauri window"
    if cargo tauri --version >/dev/null 2>&1; then
        rm -f target/release/bundle/deb/*.deb
        (cd src-tauri && cargo tauri build --bundles deb) >"$out/deb-app.log" 2>&1
        app_deb=$(ls target/release/bundle/deb/DigiReady_*.deb)
        (cd bench/bare-tauri && cp "$root/Cargo.lock" Cargo.lock \
            && CARGO_TARGET_DIR="$root/target" cargo tauri build --bundles deb) >"$out/deb-bare.log" 2>&1
        git checkout -q -- bench/bare-tauri/Cargo.lock 2>/dev/null || true
        bare_deb=$(ls target/release/bundle/deb/bare-tauri_*.deb)
        python3 - "$app_deb" "$bare_deb" "$out/deb.json" <<'PY'
import json, os, subprocess, sys
app, bare, out = sys.argv[1:]
def contents(deb):
    listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True).stdout
    files = []
    for line in listing.splitlines():
        parts = line.split(None, 5)
        if len(parts) == 6 and not parts[0].startswith("d"):
            files.append((parts[5], int(parts[2])))
    return sorted(files, key=lambda f: -f[1])[:5]
result = {name: {"file": os.path.basename(p), "bytes": os.path.getsize(p), "largest": contents(p)}
          for name, p in (("digiready", app), ("bare-tauri", bare))}
json.dump(result, open(out, "w"), indent=2)
for name, r in result.items():
    print(f"{name:11} {r['bytes'] / 2**20:6.2f} MiB  {r['file']}")
PY
    else
        skipped deb "tauri-cli not installed (cargo install tauri-cli --version '^2' --locked)"
    fi
fi

step "summary"
python3 bench/summary.py "$out" | tee "$out/summary.md"
echo
echo "figures in $out"
