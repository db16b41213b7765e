#!/usr/bin/env bash
# Install kg into .venv on a fresh machine. With --test, also what the tests
# need: pytest, Playwright's Python driver, and Debian's chromium with CJK
# fonts for the browser tests (Playwright's own browser download is not used).
set -euo pipefail
cd "$(dirname "$0")/.."

# True when chromium and a CJK font are installed. grep reads the whole font
# list (no -q): `grep -q` stops at the first match, fc-list then dies of
# SIGPIPE, and under pipefail the check failed though the font was there.
have_browser() {
  command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -i "noto.*cjk" >/dev/null
}

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [[ "${1:-}" == "--test" ]]; then
  .venv/bin/python -m pip install --quiet -e '.[test]'
  if ! have_browser; then
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    # Wait (up to 10 minutes) for another apt or dpkg run to finish rather than fail on its lock.
    APT=(apt-get -o DPkg::Lock::Timeout=600)
    $SUDO "${APT[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
else
  .venv/bin/python -m pip install --quiet -e .
fi
