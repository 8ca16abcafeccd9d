#!/usr/bin/env bash
# Runs every check and test of DigiReady. Installs what is missing first (Debian 12).
# Used by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

here_apt_install() {
    # Installs Debian packages that are not there yet (root or sudo).
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "==> installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# C compiler for the bundled SQLite; pkg-config for -sys crates; poppler-utils (pdftotext,
# pdffonts) to read back the PDFs the tests make.
here_apt_install build-essential pkg-config ca-certificates curl poppler-utils

if ! command -v cargo >/dev/null 2>&1; then
    echo "==> installing the Rust toolchain (rustup)"
    curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
fi
rustup component add rustfmt clippy >/dev/null 2>&1 || true

echo "==> cargo fmt --check"
cargo fmt --all --check

echo "==> cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

echo "==> tests"
if command -v cargo-nextest >/dev/null 2>&1; then
    # nextest does not run doctests; run them first so the run closes on nextest's summary.
    cargo test --locked --doc
    cargo nextest run --locked --no-fail-fast
else
    cargo test --locked --no-fail-fast
fi
