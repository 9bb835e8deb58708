# Shared helpers for scripts/*. Sourced, not run.
# Detects the toolchain and installs only what is missing. Never starts a
# download that hangs on an offline machine (no `rustup target add`).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen crate in Cargo.lock
BINARYEN_VERSION="132"

say()  { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# run_step "description" cmd... : runs a step, and on failure names it.
run_step() {
  local what="$1"; shift
  say "$what"
  if ! "$@"; then fail "install step failed: $what (command: $*)"; fi
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else fail "need root for: $*"; fi; }

APT_UPDATED=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || fail "missing Debian packages ${missing[*]} and no apt-get to install them"
  if [ $APT_UPDATED = 0 ]; then run_step "apt-get update" as_root apt-get update -q; APT_UPDATED=1; fi
  run_step "apt-get install ${missing[*]}" as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# Chooses the Rust toolchain that can build wasm32 and exports CARGO and
# WASM_BUILD_ARGS. Preference: an installed rustup wasm32 target, then
# Debian's rustc-web with std built from source (see ../shared/TOOLCHAIN.md).
setup_rust() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    CARGO="$(command -v cargo)"; WASM_BUILD_ARGS=(); export RUSTC="$(rustup which rustc)"
    IMMEDIATE_ABORT=0
    return 0
  fi
  apt_install rustc-web cargo-web rust-web-src lld-22
  local src; src="$(ls -d /usr/src/rustc-* 2>/dev/null | sort -V | tail -1)"
  [ -n "$src" ] || fail "rust-web-src is installed but /usr/src/rustc-* is missing"
  local sysroot; sysroot="$(/usr/bin/rustc --print sysroot)"
  if [ "$(readlink "$sysroot/lib/rustlib/src/rust" 2>/dev/null)" != "$src" ]; then
    run_step "link std sources for -Zbuild-std" as_root ln -sfn "$src" "$sysroot/lib/rustlib/src/rust"
  fi
  CARGO=/usr/bin/cargo; export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
  WASM_BUILD_ARGS=(-Zbuild-std=std,panic_abort)
  # The pages' modules (editor, tools) trap on a panic instead of formatting
  # it (−17 KB gzip on the editor); their pages show the crash notice from
  # JS (crash.js). Needs std built here with the same strategy, so only on
  # this route; with a prebuilt std they keep the Rust panic hook.
  IMMEDIATE_ABORT=1
}

setup_wasm_bindgen() {
  if ! command -v wasm-bindgen >/dev/null 2>&1 || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    run_step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min)" \
      "$CARGO" install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
  fi
}

# npm packages listed in package.json (binaryen's wasm-opt, playwright-core, ...)
setup_node() {
  command -v node >/dev/null || apt_install nodejs npm
  if [ ! -d node_modules ] || [ package.json -nt node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then
    if [ -f package-lock.json ]; then run_step "npm ci" npm ci --no-audit --no-fund
    else run_step "npm install" npm install --no-audit --no-fund; fi
    touch node_modules/.installed
  fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

setup_chromium() {
  if [ -z "${CHROMIUM:-}" ]; then
    if [ -x /usr/bin/chromium ]; then CHROMIUM=/usr/bin/chromium
    else apt_install chromium; CHROMIUM=/usr/bin/chromium; fi
  fi
  export CHROMIUM
}
