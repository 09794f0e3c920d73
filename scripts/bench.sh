#!/usr/bin/env bash
# Benchmark: generates corpora with gxcorpus and times gxsite builds on them.
# Usage: scripts/bench.sh [sizes…]   (default: 1000 10000 100000); BENCH_DIR (default /tmp/gxsite-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product gxsite >/dev/null
swift build -c release --product gxcorpus >/dev/null
bin=.build/release
dir=${BENCH_DIR:-/tmp/gxsite-bench}
sizes=${*:-1000 10000 100000}
mkdir -p "$dir"
printf '%-8s %8s %8s %9s %9s %10s %9s %9s %8s\n' reports wall_s cpu_s peak_MB pages_s noop_s onefile_s cmark_s cmark_%
for n in $sizes; do
  content="$dir/content-$n"
  site="$dir/site-$n"
  if [ ! -f "$content/.complete" ]; then
    rm -rf "$content"
    "$bin/gxcorpus" --count "$n" --seed 1 --output "$content" >/dev/null
    rm -f "$content/ground-truth.json"
    touch "$content/.complete"
  fi
  rm -rf "$site"
  run() {
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$bin/gxsite" build --content "$content" --output "$site" --no-search --quiet --timings 2>/dev/null >"$dir/out.txt" || true
    read -r wall user sys rss < "$dir/time.txt"
  }
  run
  full_wall=$wall; cpu=$(awk "BEGIN{print $user + $sys}"); peak=$((rss / 1024))
  pages=$(find "$site" -name '*.html' | wc -l)
  cmark=$(grep -o 'cmark-gfm [0-9.]*' "$dir/out.txt" | awk '{print $2}')
  run; noop=$wall
  first=$(ls "$content" | grep -m1 '\.txt$')
  printf '\n附记。\n' >> "$content/$first"
  run; onefile=$wall
  # Put the edited file back so the corpus stays the same for the next run.
  rm -f "$content/.complete"
  printf '%-8s %8.2f %8.2f %9d %9.0f %10.2f %9.2f %9.2f %7.0f%%\n' "$n" "$full_wall" "$cpu" "$peak" \
    "$(awk "BEGIN{print $pages / $full_wall}")" "$noop" "$onefile" "$cmark" "$(awk "BEGIN{print 100 * $cmark / $full_wall}")"
done
