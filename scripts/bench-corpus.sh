# Sourced by the benchmarks: bench_corpus N FOLDER makes FOLDER a generated corpus of N reports (gxcorpus, seed 1,
# ground truth removed) unless a complete one is there already; $bin is the folder holding gxcorpus.
bench_corpus() {
  if [ ! -f "$2/.complete" ]; then
    rm -rf "$2"
    "$bin/gxcorpus" --count "$1" --seed 1 --output "$2" >/dev/null
    rm -f "$2/ground-truth.json"
    touch "$2/.complete"
  fi
}
