# Shared by start.sh and test.sh: installs what DigiReady needs on Debian 12 / Ubuntu.
# Sourced, not run.

apt_install() {
    # Installs the Debian packages that are not there yet (as root, or with sudo).
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

install_system_packages() {
    # Tauri on Linux: WebKitGTK 4.1 and friends. Tests: poppler-utils (pdftotext, pdffonts,
    # pdftoppm) to read back PDFs; Xvfb and WebKitWebDriver for the end-to-end tests.
    apt_install build-essential pkg-config ca-certificates curl file \
        libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libssl-dev \
        poppler-utils xvfb xauth webkit2gtk-driver
}

install_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        echo "==> installing the Rust toolchain (rustup)"
        curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
        # shellcheck disable=SC1091
        . "$HOME/.cargo/env"
    fi
    rustup component add rustfmt clippy >/dev/null 2>&1 || true
}

install_node() {
    # The UI is built with Vite 8, which needs Node.js 20.19 or newer.
    if ! command -v node >/dev/null 2>&1; then
        apt_install nodejs npm
    fi
    if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
        echo "Node.js $(node --version) is too old: DigiReady's UI needs Node.js 20.19 or newer." >&2
        exit 1
    fi
}

install_tauri_driver() {
    # The WebDriver bridge for the end-to-end tests (the 2.x line; the latest is a 3.0 alpha).
    export PATH="$HOME/.cargo/bin:$PATH"
    if ! command -v tauri-driver >/dev/null 2>&1; then
        echo "==> installing tauri-driver"
        cargo install tauri-driver --version '^2' --locked
    fi
}

install_python_tools() {
    # DuckDB from PyPI, for the test that checks `digiready aggregate` against DuckDB SQL over
    # the exported CSV files. In a virtual environment under target/, not the system Python.
    local venv="$PWD/target/pyenv"
    if ! "$venv/bin/python" -c 'import duckdb' >/dev/null 2>&1; then
        echo "==> installing DuckDB (PyPI) into $venv"
        command -v python3 >/dev/null 2>&1 || apt_install python3
        python3 -m venv "$venv" >/dev/null 2>&1 || { apt_install python3-venv && python3 -m venv "$venv"; }
        "$venv/bin/pip" install -q --disable-pip-version-check duckdb==2.0.0
    fi
    export DIGIREADY_PYTHON="$venv/bin/python"
}
