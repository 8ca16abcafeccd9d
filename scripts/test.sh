#!/usr/bin/env bash
# Runs every check and test of DigiReady: formatting, lints, the UI type-check, the core's
# tests, the shell's IPC tests and the end-to-end tests of the real app under Xvfb.
# Installs what is missing first (Debian 12). Used by the README's test command and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

install_system_packages
install_rust
install_node
install_tauri_driver
install_python_tools

echo "==> UI: install, type-check, build"
(cd ui && npm ci --no-audit --no-fund && npm run check && npm run build)

echo "==> cargo fmt --check"
cargo fmt --all --check

echo "==> cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "==> tests"
# One `cargo test`-style invocation for the whole workspace, so the app binary the end-to-end
# tests start is built with the same features as the tests (no second build of tauri).
if command -v cargo-nextest >/dev/null 2>&1; then
    # nextest does not run doctests; run them first so the run closes on nextest's summary.
    cargo test --workspace --locked --doc
    cargo nextest run --workspace --locked --no-fail-fast
else
    cargo test --workspace --locked --no-fail-fast
fi
