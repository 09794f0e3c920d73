#!/usr/bin/env bash
# Benchmark: generates corpora with gxcorpus and times gxsite builds on them (search indexing off: it is timed apart).
# Usage: scripts/bench.sh [sizes…]   (default: 1000 10000 100000); BENCH_DIR (default /tmp/gxsite-bench).
# For each size: a cold build (no output, no cache), a --clean rebuild (everything rendered, the spare folder recycled),
# a rebuild with nothing changed, and a rebuild after editing one report. Phase timings go to $BENCH_DIR/log-<n>.txt.
# val_KB is the size of the validation dashboard's first page (validation/index.html), which must stay under 300 KB.
# reuse_s is the time text reuse took in the cold build and, after the slash, in the rebuild after the edit (both are
# part of cold_s and 1file_s); a rebuild with nothing changed does no text reuse at all. 1file_cmp is how many reports
# the edit's rebuild compared again for text reuse (a first build compares all).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product gxsite >/dev/null
swift build -c release --product gxcorpus >/dev/null
bin=$PWD/.build/release
# shellcheck source=scripts/bench-corpus.sh
source scripts/bench-corpus.sh
theme=$PWD/Themes/default
dir=${BENCH_DIR:-/tmp/gxsite-bench}
sizes=${*:-1000 10000 100000}
mkdir -p "$dir"
# The benchmark's own config: the repository's sample gxsite.toml (roster, aliases) is not part of it.
printf 'title = "基准测试"\n' > "$dir/gxsite.toml"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf '%-8s %7s %7s %8s %7s %8s %7s %8s %7s %7s %11s %9s %7s\n' reports cold_s cpu_s peak_MB pages/s clean_s noop_s 1file_s cmark_s cmark% reuse_s 1file_cmp val_KB
for n in $sizes; do
  content="$dir/content-$n"
  site="$dir/site-$n"
  log="$dir/log-$n.txt"
  bench_corpus "$n" "$content"
  # The last run's site is moved aside and deleted at the end, not right before the cold build: ext4 without a journal
  # (this machine's) skips inodes freed in the last minutes one by one on every file it creates, so a cold build right
  # after deleting the previous site would time the file system rather than gxsite (docs/benchmarks.md).
  mkdir -p "$dir/trash"
  for old in "$site" "$dir/.gxsite-cache/site-$n"; do
    if [ -e "$old" ]; then mv "$old" "$(mktemp -d "$dir/trash/XXXXXX")/"; fi
  done
  : > "$log"
  run() {
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$bin/gxsite" build --config "$dir/gxsite.toml" --theme "$theme" \
      --content "$content" --output "$site" --no-search --quiet --timings "$@" 2>/dev/null >"$dir/out.txt" || true
    read -r wall user sys rss < <(tail -1 "$dir/time.txt")
    { echo "$* wall $wall s, user $user s, sys $sys s, peak $((rss / 1024)) MB"; tail -1 "$dir/out.txt"; } >> "$log"
  }
  run
  cold=$wall; cpu=$(awk "BEGIN{print $user + $sys}"); peak=$((rss / 1024))
  pages=$(find "$site" -name '*.html' | wc -l)
  cmark=$(grep -o 'cmark-gfm [0-9.]*' "$dir/out.txt" | awk '{print $2}')
  reuse=$(grep -o 'text reuse [0-9.]*' "$dir/out.txt" | awk '{print $3}')
  dashboard=$(( $(stat -c %s "$site/validation/index.html") / 1024 ))
  run --clean; clean=$wall
  run; noop=$wall
  # The first report by name (a glob: a pipe into grep -m1 would end ls with SIGPIPE under pipefail).
  for first in "$content"/*.txt; do break; done
  cp "$first" "$dir/saved.txt"
  printf '\n附记。\n' >> "$first"
  run; onefile=$wall
  reuse="$reuse/$(grep -o 'text reuse [0-9.]*' "$dir/out.txt" | awk '{print $3}')"
  compared=$(grep -o '([0-9]* of [0-9]* reports compared)' "$dir/out.txt" | tr -d '(' | awk '{print $1}')
  # The corpus stays as generated for the next run.
  cp "$dir/saved.txt" "$first"
  printf '%-8s %7.2f %7.2f %8d %7.0f %8.2f %7.2f %8.2f %7.2f %6.0f%% %11s %9s %7d%s\n' "$n" "$cold" "$cpu" "$peak" \
    "$(awk "BEGIN{print $pages / $cold}")" "$clean" "$noop" "$onefile" "$cmark" "$(awk "BEGIN{print 100 * $cmark / $cold}")" \
    "$reuse" "${compared:-?}" "$dashboard" "$([ "$dashboard" -lt 300 ] || echo '  (over the 300 KB target)')"
done
rm -rf "$dir/trash"

# PDF reading: every PDF report under PDF_SAMPLES (default: the team's sample reports beside the repository), each
# copied PDF_COPIES times (default 20), read and validated
# by `gxsite check` (no site written): pages read per second, on all cores.
mapfile -t samples < <(find "${PDF_SAMPLES:-../shared/samples}" -name '*.pdf' 2>/dev/null | sort)
if [ ${#samples[@]} -gt 0 ]; then
  pdfs="$dir/content-pdf"
  rm -rf "$pdfs"; mkdir -p "$pdfs"
  copies=${PDF_COPIES:-20}
  pages=0
  for f in "${samples[@]}"; do
    n=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    for i in $(seq 1 "$copies"); do cp "$f" "$pdfs/$(basename "$f" .pdf)-$i.pdf"; pages=$((pages + n)); done
  done
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$bin/gxsite" check --content "$pdfs" >/dev/null 2>&1 || true
  read -r wall user sys rss < <(tail -1 "$dir/time.txt")
  printf 'pdf: %d files, %d pages read and validated in %.2f s (%.1f s CPU, peak %d MB): %.0f pages/s\n' \
    "$(ls "$pdfs" | wc -l)" "$pages" "$wall" "$(awk "BEGIN{print $user + $sys}")" "$((rss / 1024))" "$(awk "BEGIN{print $pages / $wall}")"
fi
