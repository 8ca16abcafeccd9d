#!/usr/bin/env bash
# Fuzzes every parser that reads files from outside, each target for SECONDS (default 300), and
# prints per target the executions, the executions per second, the corpus and the crashes.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Needs the nightly toolchain (rustup toolchain install nightly) and cargo-fuzz
# (cargo install cargo-fuzz --locked). The starting corpus is made fresh from the hostile test
# corpora (tests/fixtures/hostile), the seed packs, the questionnaire and the scoring fixtures;
# the corpus the fuzzer grows is kept in fuzz/corpus/ between runs (not committed). A crash
# input lands in fuzz/artifacts/<target>/: copy it to fuzz/regressions/<target>/, where the
# ordinary test run replays it (tests/fuzz.rs), and fix the crash.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(export_zip export_csv benchmark_pack answer_file instrument_definition)

seed() {
    local target="$1" dir="corpus/$1"
    mkdir -p "$dir"
    local hostile=../tests/fixtures/hostile
    case "$target" in
        export_zip) cp -n "$hostile"/exports/*.zip "$dir"/ ;;
        export_csv)
            python3 - "$hostile/exports" "$dir" <<'PY'
import sys, zipfile, pathlib, hashlib
src, out = map(pathlib.Path, sys.argv[1:])
for z in sorted(src.glob("*.zip")):
    try:
        archive = zipfile.ZipFile(z)
    except zipfile.BadZipFile:
        continue
    for info in archive.infolist():
        if info.filename.endswith(".csv") and info.file_size < 1 << 20:
            try:
                data = archive.read(info)
            except Exception:
                continue
            (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
            ;;
        benchmark_pack) cp -n "$hostile"/packs/*.json ../assets/benchmarks/*.json "$dir"/ ;;
        answer_file) cp -n "$hostile"/answers/*.json ../tests/fixtures/scoring/*.answers.json "$dir"/ ;;
        instrument_definition)
            # The first byte picks the definition file the rest replaces.
            find "$hostile/instruments" ../assets/instrument -name '*.toml' | sort | while read -r f; do
                for pick in 0 1 2 3 4 5 6 7; do
                    name="$(printf '%s' "$f" | sha1sum | cut -c1-16)-$pick"
                    [ -e "$dir/$name" ] || { printf "\\x0$pick"; cat "$f"; } > "$dir/$name"
                done
            done
            ;;
    esac
}

# -a: debug assertions and overflow checks on, so an overflow is a crash, not a wrap.
cargo +nightly fuzz build -a
report=()
for t in "${targets[@]}"; do
    seed "$t"
    mkdir -p "artifacts/$t"
    before=$(find "artifacts/$t" -type f | wc -l)
    log="artifacts/$t.log"
    echo "==> $t: ${seconds}s"
    # -rss_limit_mb: a parser that blows up memory is a crash too.
    cargo +nightly fuzz run -a "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        >"$log" 2>&1 || true
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    corpus=$(find "corpus/$t" -type f | wc -l)
    crashes=$(( $(find "artifacts/$t" -type f | wc -l) - before ))
    report+=("$(printf '%-22s %12s execs %8s/s  corpus %6s  new crashes %s' "$t" "$execs" "$rate" "$corpus" "$crashes")")
    [ "$crashes" -gt 0 ] && tail -40 "$log"
done
echo
echo "fuzzing, ${seconds}s per target, $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || true)"
printf '%s\n' "${report[@]}"
