#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds DigiReady and starts it. Until the desktop
# window lands, "starting" means the command-line tool: arguments are passed to it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cc >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq build-essential pkg-config ca-certificates curl
fi
if ! command -v cargo >/dev/null 2>&1; then
    curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
fi
cargo build --release --locked --bin digiready
if [ $# -eq 0 ]; then
    set -- --help
fi
exec ./target/release/digiready "$@"
