#!/usr/bin/env bash
# Installs exactly what is missing, at pinned versions; prints what it does.
#   tools.sh build    what the app's build needs: the Rust wasm target, trunk, wasm-bindgen-cli,
#                     wasm-split-cli, and build/package.json's npm packages (wasm-opt, terser)
#   tools.sh test     the test tools: package.json's npm packages (Playwright, axe, Redocly, Prism)
#   tools.sh browser  Debian's chromium and chromium-driver
#   tools.sh engines  the other engines: Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver,
#                     with WebKitGTK's MiniBrowser) and xvfb to give it a display; geckodriver
#   tools.sh server   Debian's nginx with its brotli_static module, for the hosting test
#   tools.sh python   schemathesis (PyPI) in .venv, for the live contract check
#   tools.sh bench    Lighthouse (npm) in tests/bench and openssl, for `make bench` only
# Several at once (`tools.sh browser engines server`) install their Debian packages in one
# apt-get run: each run updates the package lists and runs dpkg's triggers again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version in Cargo.lock (checked below) and build/versions.mjs.
WASM_BINDGEN_VERSION=0.2.130
# Cuts the release WebAssembly into chunks (src/platform/split.rs, build/wasm.mjs); the splitter
# of leptos's `wasm_split_helpers`, the one cargo-leptos uses. build/versions.mjs assumes it too.
WASM_SPLIT_VERSION=0.2.4

have_version() { # command, expected version substring
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

# Debian packages wanted by the steps asked for, installed together at the end.
DEBIAN_PACKAGES=()
DEBIAN_WHY=()
want_debian() { # what they are for, packages…
  DEBIAN_WHY+=("$1")
  shift
  DEBIAN_PACKAGES+=("$@")
}
install_debian() {
  [ ${#DEBIAN_PACKAGES[@]} -eq 0 ] && return 0
  local what
  printf -v what '%s; ' "${DEBIAN_WHY[@]}"
  echo "==> installing Debian's ${what%; }"
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${DEBIAN_PACKAGES[@]}"
}

build_tools() {
  locked=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
  if [ "$locked" != "$WASM_BINDGEN_VERSION" ]; then
    echo "Cargo.lock has wasm-bindgen $locked but tools.sh pins $WASM_BINDGEN_VERSION: update both together." >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "==> adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! have_version trunk "trunk $TRUNK_VERSION"; then
    echo "==> installing trunk $TRUNK_VERSION"
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
  fi
  if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    echo "==> installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: one of its locked dependencies is not in the registry here.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! cargo install --list | grep -qxF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    echo "==> installing wasm-split-cli (wasm_split_cli_support $WASM_SPLIT_VERSION)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  fi
  npm_ci build "the build's npm packages (wasm-opt, terser)"
}

# Installs the npm packages of a folder's package-lock.json, unless that lock is installed.
npm_ci() { # folder, what
  stamp="$1/node_modules/.okaeri-lock-sha"
  want=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "==> installing $2 from $1/package-lock.json"
    # prism-cli pulls in @scarf/scarf, which would phone home on install: off. webdriverio
    # depends on npm packages that would download browser drivers from the web: not here.
    SCARF_ANALYTICS=false GECKODRIVER_SKIP_DOWNLOAD=true EDGEDRIVER_SKIP_DOWNLOAD=true npm ci --prefix "$1" --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

test_tools() {
  npm_ci . "the test tools"
}

browser_tools() {
  # Japanese fonts too: layout, tap-target and print checks must see the text real users see.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    want_debian "chromium, chromium-driver and fonts-noto-cjk" chromium chromium-driver fonts-noto-cjk
  fi
}

# Firefox's WebDriver server, from crates.io (the npm package of that name downloads one).
GECKODRIVER_VERSION=0.37.1
engine_tools() {
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
    || ! ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    want_debian "firefox-esr, webkit2gtk-driver and xvfb" firefox-esr webkit2gtk-driver xvfb xauth
  fi
  # By its path: node_modules/.bin, first on make's PATH, has that npm package's geckodriver.
  # Read whole before matching: it prints several lines, and `grep -q` stopping early would
  # fail the pipe (pipefail).
  installed=$("${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver" --version 2>/dev/null || true)
  if ! grep -qF "geckodriver $GECKODRIVER_VERSION" <<<"$installed"; then
    echo "==> installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
}

server_tools() {
  if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    want_debian "nginx and libnginx-mod-http-brotli-static" nginx libnginx-mod-http-brotli-static
  fi
}

SCHEMATHESIS_VERSION=4.32.5
python_tools() {
  if ! .venv/bin/schemathesis --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
    echo "==> installing schemathesis $SCHEMATHESIS_VERSION into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}

bench_tools() {
  npm_ci tests/bench "the benchmark's npm packages (Lighthouse)"
  # The benchmark's host makes its TLS certificate with openssl (tests/bench/host.mjs).
  if ! command -v openssl >/dev/null; then
    want_debian "openssl" openssl
  fi
}

for step in "${@:-build}"; do
  case "$step" in
    build) build_tools ;;
    test) test_tools ;;
    browser) browser_tools ;;
    engines) engine_tools ;;
    server) server_tools ;;
    python) python_tools ;;
    bench) bench_tools ;;
    *) echo "usage: tools.sh build|test|browser|engines|server|python|bench …" >&2; exit 2 ;;
  esac
done
install_debian
