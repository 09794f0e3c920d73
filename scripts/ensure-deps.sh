#!/usr/bin/env bash
# Installs what gxsite needs from Debian when it is missing; does nothing when all is present.
set -euo pipefail
need=()
pkg-config --exists libcmark-gfm 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} …"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
