#!/usr/bin/env bash
# What text reuse adds to a full build: cold builds of one generated corpus by this gxsite and by gxsite as it was
# before text reuse (BASE_REV, default 9ba99b7, built once in .build-base/), alternated ROUNDS times (default 8), so
# that both meet the same moments of a machine whose speed varies, the first of each round taking turns. Prints every
# build's wall time, CPU time and peak memory, then the medians, the ratios of the medians, the median of each
# round's ratio and the ratio of the fastest builds.
# Usage: scripts/bench-reuse.sh [reports]   (default 10000); BENCH_DIR (default /tmp/gxsite-bench), ROUNDS, BASE_REV;
# SEARCH=1 builds with the search index, as `gxsite build` does by default (Pagefind from .venv), not without it.
# The output goes to a folder in /dev/shm when there is room, so the disk's speed is not measured.
# The base carries scripts/bench-reuse-base.patch: fixes made since BASE_REV to what both builds share (the dashboard
# writing finding lists nothing links to), so that the difference is text reuse alone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
n=${1:-10000}
rounds=${ROUNDS:-8}
search=--no-search
[ "${SEARCH:-0}" = 1 ] && search=
rev=${BASE_REV:-9ba99b7}
patch=$PWD/scripts/bench-reuse-base.patch
# The folder is named by the revision and the patch, so a base built with another patch is not taken for this one.
base_dir=.build-base/$rev-$(sha256sum "$patch" | cut -c1-12)
dir=${BENCH_DIR:-/tmp/gxsite-bench}
swift build -c release --product gxsite >/dev/null
swift build -c release --product gxcorpus >/dev/null
bin=$PWD/.build/release
# shellcheck source=scripts/bench-corpus.sh
source scripts/bench-corpus.sh
if [ ! -x "$base_dir/gxsite" ]; then
  rm -rf .build-base/src
  git worktree prune
  git worktree add --detach .build-base/src "$rev" >/dev/null
  git -C .build-base/src apply "$patch"
  swift build -c release --product gxsite --package-path .build-base/src --scratch-path .build-base/build >/dev/null
  mkdir -p "$base_dir"
  cp .build-base/build/release/gxsite "$base_dir/gxsite"
  # Built with its own theme, which has no place for text reuse.
  cp -r .build-base/src/Themes/default "$base_dir/theme"
  git worktree remove --force .build-base/src
fi
base=$PWD/$base_dir/gxsite
mkdir -p "$dir"
printf 'title = "基准测试"\n' > "$dir/gxsite.toml"
content="$dir/content-$n"
bench_corpus "$n" "$content"
out=$dir
[ -d /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 {print $4}')" -gt $((n * 200)) ] && out=/dev/shm/gxsite-bench-reuse
mkdir -p "$out"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $n reports, $rounds rounds, ${search:-with the search index}"
printf '%-6s %-9s %7s %7s %8s\n' round build wall_s cpu_s peak_MB
results="$dir/reuse-rounds.txt"
: > "$results"
for round in $(seq 1 "$rounds"); do
  # Which build goes first alternates, so that neither always meets the machine just after the other's build.
  order="before after"
  [ $((round % 2)) -eq 0 ] && order="after before"
  for which in $order; do
    exe=$bin/gxsite theme=$PWD/Themes/default
    [ "$which" = before ] && exe=$base theme=$PWD/$base_dir/theme
    # The folder sits in the cache folder's parent, so its cache is the build's own and is removed with it.
    site="$out/site-$which"
    rm -rf "$site" "$out/.gxsite-cache/site-$which"
    # $search unquoted: nothing at all when the index is built.
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$exe" build --config "$dir/gxsite.toml" --theme "$theme" \
      --content "$content" --output "$site" $search --quiet >/dev/null 2>&1 || true
    read -r wall user sys rss < <(tail -1 "$dir/time.txt")
    cpu=$(awk "BEGIN{print $user + $sys}")
    printf '%-6s %-9s %7.2f %7.2f %8d\n' "$round" "$which" "$wall" "$cpu" $((rss / 1024))
    echo "$round $which $wall $cpu $((rss / 1024))" >> "$results"
    rm -rf "$site" "$out/.gxsite-cache/site-$which"
  done
done
python3 - "$results" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def column(which, i):
    return [float(r[i]) for r in rows if r[1] == which]
for name, i in (("wall", 2), ("cpu", 3), ("peak", 4)):
    before, after = column("before", i), column("after", i)
    ratios = [a / b for a, b in zip(after, before)]
    print(f"{name:5} median before {statistics.median(before):.2f}, after {statistics.median(after):.2f}: "
          f"{100 * (statistics.median(after) / statistics.median(before) - 1):+.1f}%; "
          f"median of the rounds' ratios {100 * (statistics.median(ratios) - 1):+.1f}%")
    # The machine can only slow a build, not speed it: each binary's fastest build is the steadiest of these figures.
    if name != "peak":
        print(f"{name:5} fastest before {min(before):.2f}, after {min(after):.2f}: {100 * (min(after) / min(before) - 1):+.1f}%")
EOF
rm -rf "$out"
