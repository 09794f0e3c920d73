#!/usr/bin/env bash
# Compares two gxsite binaries back to back: interleaved runs on one generated corpus, medians of each.
# Usage: scripts/bench-compare.sh OLD_BINARY NEW_BINARY [reports (10000)] [rounds (5)]; BENCH_DIR (default
# /tmp/gxsite-compare). Each round runs, for each binary in turn: a cold build (no output, no cache), a rebuild with
# nothing changed, and a rebuild after editing one report (the edit is undone after each binary's run, and each binary
# keeps its own output and cache). Prints the medians of wall time and peak memory, and checks that the two sites are
# identical (`diff -r`).
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1"); new=$(realpath "$2"); n=${3:-10000}; rounds=${4:-5}
dir=${BENCH_DIR:-/tmp/gxsite-compare}
theme=$PWD/Themes/default
mkdir -p "$dir/trash"
printf 'title = "基准测试"\n' > "$dir/gxsite.toml"
content="$dir/content-$n"
if [ ! -f "$content/.complete" ]; then
  swift build -c release --product gxcorpus >/dev/null
  rm -rf "$content"
  .build/release/gxcorpus --count "$n" --seed 1 --output "$content" >/dev/null
  rm -f "$content/ground-truth.json"
  touch "$content/.complete"
fi
for first in "$content"/*.txt; do break; done
cp "$first" "$dir/saved.txt"
: > "$dir/runs.txt"
run() { # name binary kind site
  /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$2" build --config "$dir/gxsite.toml" --theme "$theme" --content "$content" \
    --output "$4" --no-search --quiet >/dev/null 2>&1 || true
  # time(1) puts "Command exited with non-zero status" first when a build skipped inputs: the figures are the last line.
  read -r wall rss < <(tail -1 "$dir/time.txt")
  echo "$1 $3 $wall $((rss / 1024))" >> "$dir/runs.txt"
}
for round in $(seq 1 "$rounds"); do
  for name in old new; do
    bin=$old; [ "$name" = new ] && bin=$new
    site="$dir/site-$name"
    # Moved aside, not deleted right before the cold build: deleting a site's many inodes slows the next creation of
    # files on some file systems, which would time the file system rather than gxsite.
    for stale in "$site" "$dir/.gxsite-cache/site-$name"; do
      if [ -e "$stale" ]; then mv "$stale" "$(mktemp -d "$dir/trash/XXXXXX")/"; fi
    done
    run "$name" "$bin" cold "$site"
    run "$name" "$bin" noop "$site"
    printf '\n附记。\n' >> "$first"
    run "$name" "$bin" edit "$site"
    cp "$dir/saved.txt" "$first"
  done
  rm -rf "$dir/trash"; mkdir -p "$dir/trash"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $n reports, $rounds rounds"
printf '%-6s %-5s %9s %9s %12s\n' binary kind median_s range_s median_MB
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }
for kind in cold noop edit; do
  for name in old new; do
    times=$(awk -v k="$kind" -v b="$name" '$1 == b && $2 == k { print $3 }' "$dir/runs.txt")
    peaks=$(awk -v k="$kind" -v b="$name" '$1 == b && $2 == k { print $4 }' "$dir/runs.txt")
    printf '%-6s %-5s %9s %4s–%-4s %12s\n' "$name" "$kind" "$(median <<< "$times")" "$(sort -n <<< "$times" | head -1)" \
      "$(sort -n <<< "$times" | tail -1)" "$(median <<< "$peaks")"
  done
done
# The last runs built the edited corpus: both sites are built again from the corpus as generated, then compared.
for name in old new; do
  bin=$old; [ "$name" = new ] && bin=$new
  "$bin" build --config "$dir/gxsite.toml" --theme "$theme" --content "$content" --output "$dir/site-$name" --no-search --quiet >/dev/null 2>&1 || true
done
if diff -r -q "$dir/site-old" "$dir/site-new" >/dev/null; then
  echo "sites identical (diff -r)"
else
  echo "sites DIFFER:"; diff -r -q "$dir/site-old" "$dir/site-new" | head -20
fi
