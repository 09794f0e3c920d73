#!/usr/bin/env bash
# Installs what gxsite needs when it is missing; does nothing when all is present.
#   bash scripts/ensure-deps.sh            build needs (libcmark-gfm, jemalloc), search (Pagefind in .venv) and legacy
#                                          inputs (.doc, .wps, .rtf, .odt: LibreOffice Writer and a Chinese font)
#   bash scripts/ensure-deps.sh --browser  also the browser tests' parts: Chromium, chromedriver, nginx,
#                                          a Chinese font (Debian) and Selenium, axe-core, pytest (.venv)
# Python packages go into .venv in the repository (pinned in scripts/requirements*.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
browser=0
[ "${1:-}" = "--browser" ] && browser=1

need=()
pkg-config --exists libcmark-gfm 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
pkg-config --exists jemalloc 2>/dev/null || need+=(libjemalloc-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
# Legacy inputs are converted by a headless LibreOffice, installed without its recommends (no desktop, no Java);
# its PDF export needs a CJK font, or Chinese text comes out as boxes.
lean=()
command -v soffice >/dev/null || command -v libreoffice >/dev/null || lean+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || lean+=(fonts-wqy-zenhei)
if [ $browser -eq 1 ]; then
  command -v chromium >/dev/null || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  [ -x /usr/sbin/nginx ] || need+=(nginx)
fi
if [ ${#need[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ${lean[*]} …"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  if [ ${#need[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  if [ ${#lean[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  fi
fi

# Python packages: reinstalled only when the pinned list changes (a stamp in .venv records it).
requirements=(scripts/requirements.txt)
[ $browser -eq 1 ] && requirements+=(scripts/requirements-browser.txt)
[ -x .venv/bin/python ] || python3 -m venv .venv
for req in "${requirements[@]}"; do
  stamp=".venv/.installed-$(basename "$req")"
  if ! cmp -s "$req" "$stamp"; then
    echo "Installing Python packages of $req into .venv …"
    .venv/bin/pip install -q --disable-pip-version-check -r "$req"
    cp "$req" "$stamp"
  fi
done
