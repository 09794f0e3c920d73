#!/usr/bin/env bash
# `make demo`: a city's worth of generated reports (宁波市 and its districts and counties, several years, some
# injected errors, a roster) built into a portal in .build-demo/Site, so a newcomer sees trends, rankings, badges and
# the validation dashboard with real-looking figures.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gxsite
swift build -c release --product gxcorpus
demo=.build-demo
rm -rf "$demo"
mkdir -p "$demo"
regions=(宁波市 余姚市 慈溪市 宁海县 象山县 宁波市镇海区 宁波市北仑区 宁波市鄞州区 宁波市海曙区 宁波市江北区 宁波市奉化区)
.build/release/gxcorpus --count "${DEMO_REPORTS:-400}" --error-rate 0.15 --seed 7 "${regions[@]/#/--region=}" \
  --roster "$demo/roster.toml" --output "$demo/Content" >/dev/null
rm -f "$demo/Content/ground-truth.json"
cat > "$demo/gxsite.toml" <<'TOML'
title = "宁波市政府信息公开工作年度报告（演示）"
organisation = "演示数据：由 gxcorpus 生成，并非真实报告"
roster = "roster.toml"
[regions]
order = ["宁波市"]
names = { "宁波市镇海区" = "镇海区", "宁波市北仑区" = "北仑区", "宁波市鄞州区" = "鄞州区", "宁波市海曙区" = "海曙区", "宁波市江北区" = "江北区", "宁波市奉化区" = "奉化区" }
TOML
# The search index: Pagefind from the repository's .venv (scripts/ensure-deps.sh installs it), found by name.
pagefind=$(ls "$PWD"/.venv/lib/python3*/site-packages/pagefind_bin_extended/pagefind_extended 2>/dev/null | head -1 || true)
if [ -n "$pagefind" ]; then export GXSITE_PAGEFIND=$pagefind; fi
(cd "$demo" && ../.build/release/gxsite build --quiet 2>findings.log) || [ $? -eq 1 ]
echo "Findings of the injected errors: $demo/findings.log ($(grep -c . "$demo/findings.log") lines)."
echo "Demo portal built into $demo/Site: serve it with  (cd $demo && ../.build/release/gxsite serve)  or  python3 -m http.server -d $demo/Site 8000"
