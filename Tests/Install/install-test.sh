#!/usr/bin/env bash
# Installs gxsite into a temporary prefix, moves the build folder aside, and with the installed binary alone: scaffolds
# a portal with `gxsite init` in an empty folder, builds it (theme, divisions and Pagefind found from the install),
# serves it, and checks the manual and the shell completions. The debug build `swift test` left is installed, so no
# release build is needed here.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
tmp=$(mktemp -d /tmp/gxsite-install-XXXXXX)
prefix=$tmp/prefix
PREFIX=$prefix CONFIGURATION=${CONFIGURATION:-debug} bash scripts/install.sh >/dev/null

aside=$repo/.build-aside-install
restore() { if [ -d "$aside" ]; then mv "$aside" "$repo/.build"; fi; rm -rf "$tmp"; }
trap restore EXIT
mv "$repo/.build" "$aside"

fail() { echo "install-test: $*" >&2; exit 1; }
gxsite=$prefix/bin/gxsite
cd "$tmp"
env -i PATH=/usr/bin:/bin HOME="$tmp" "$gxsite" init portal >/dev/null
cp "$repo/Content/003_096eb810ffb81dcc.txt" portal/Content/
cd portal
env -i PATH=/usr/bin:/bin HOME="$tmp" "$gxsite" build --quiet || fail "the installed gxsite did not build the portal"
[ -f Site/index.html ] || fail "no Site/index.html"
cmp -s Site/assets/style.css "$repo/Themes/default/assets/style.css" || fail "the built-in theme's style.css differs"
grep -q '宁波市' Site/regions/index.html || fail "regions not resolved (the divisions table)"
if [ -x "$prefix/libexec/gxsite/pagefind_extended" ]; then
  [ -f Site/pagefind/pagefind.js ] || fail "the installed Pagefind did not index the site"
fi

port=$((20000 + RANDOM % 20000))
env -i PATH=/usr/bin:/bin HOME="$tmp" "$gxsite" serve --no-search --port "$port" >/dev/null 2>&1 &
server=$!
page=""
for _ in $(seq 1 100); do
  page=$(python3 -c "import urllib.request,sys; print(urllib.request.urlopen('http://127.0.0.1:$port/').read().decode())" 2>/dev/null) && break
  sleep 0.2
done
kill "$server"; wait "$server" 2>/dev/null || true
[[ "$page" == *"__gxsite/version"* ]] || fail "the installed gxsite serve did not serve the site"

head -1 "$prefix/share/man/man1/gxsite.1" | grep -q 'swift-argument-parser' || fail "no manual"
grep -q 'init' "$prefix/share/man/man1/gxsite.1" || fail "the manual lacks init"
for completion in share/bash-completion/completions/gxsite share/zsh/site-functions/_gxsite share/fish/vendor_completions.d/gxsite.fish; do
  grep -q 'serve' "$prefix/$completion" || fail "no completions in $completion"
done
echo "install-test: the installed gxsite builds and serves a portal made by gxsite init, with the build folder moved aside"
