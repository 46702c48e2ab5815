#!/usr/bin/env bash
# GoOnline Desktop: set up this checkout and start the app, or run the whole test suite.
#
#   ./dev.sh start   install what is missing, then start the app (SQLite in your data folder)
#   ./dev.sh test    install what is missing, then run every check CI runs
#   ./dev.sh setup   only install
#
# Works on a fresh Debian 12 / Ubuntu 22.04+ machine. System packages come from apt (with
# sudo when not root); Python packages go into .venv beside this file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Qt offscreen + xcb window under Xvfb (STACK-NOTES), camera backend, PDF/PNG tools, fonts,
# CUPS with a PDF printer, PostgreSQL for the server's integration tests.
APT_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  libpulse0 poppler-utils fonts-dejavu-core sqlite3
  postgresql cups-daemon cups-client printer-driver-cups-pdf
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup_system() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
}

setup_python() {
  local py=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    echo "== creating .venv"
    "$py" -m venv .venv
  fi
  local stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
  if [ ! -f "$stamp" ]; then
    echo "== installing Python packages"
    .venv/bin/python -m pip install -q --upgrade pip
    # sqlcipher3-binary (used until 2026-11-28) installs the same "sqlcipher3" package as
    # sqlcipher3-wheels: an older .venv must drop it first or the two would mix files.
    .venv/bin/python -m pip uninstall -q -y sqlcipher3-binary 2>/dev/null || true
    .venv/bin/python -m pip install -q -e ".[dev,server]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
}

run_tests() {
  export PYTHONDONTWRITEBYTECODE=1
  echo "== layering contracts (import-linter)"
  .venv/bin/lint-imports --no-cache
  echo "== lint (ruff)"
  .venv/bin/ruff check .
  echo "== tests (pytest)"
  # A real X server for the screenshot tests; everything else runs offscreen.
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m pytest "$@"
}

cmd=${1:-start}
shift || true
case "$cmd" in
  setup) setup_system; setup_python ;;
  start) setup_system; setup_python; exec .venv/bin/golonline-desktop "$@" ;;
  test) setup_system; setup_python; run_tests "$@" ;;
  *) echo "usage: ./dev.sh [start|test|setup]" >&2; exit 2 ;;
esac
