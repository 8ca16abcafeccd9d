#!/usr/bin/env bash
# Installs what is missing (Debian 12 / Ubuntu), builds the UI and the desktop app, and opens
# the window. The first build takes several minutes (Tauri and WebKitGTK bindings).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

install_system_packages
install_rust
install_node

echo "==> building the UI"
(cd ui && npm ci --no-audit --no-fund && npm run build)
echo "==> building the app"
cargo build --release --locked -p digiready-desktop
exec ./target/release/digiready-desktop "$@"
