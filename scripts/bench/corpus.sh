# Sourced by run.sh and memory.sh: locate (or generate once) a corpus in run-peers.sh's cache layout.
#   corpus_dir N   -> prints $BENCH_CACHE/corpus/n$N-s$SEED-k$KHMER_FRACTION-<gen-corpus hash>
# Needs SHARED_DIR set. Same naming and .done marker as shared/bench/run-peers.sh, so either script reuses
# what the other generated.
corpus_dir() {
  local n=$1 cache=${BENCH_CACHE:-$HOME/.cache/ssg-bench} seed=${SEED:-1} khmer=${KHMER_FRACTION:-0.02}
  local gen="$SHARED_DIR/bench/gen-corpus.mjs" hash dir
  hash=$(sha256sum "$gen" | cut -c1-10)
  dir="$cache/corpus/n$n-s$seed-k$khmer-$hash"
  if [[ ! -f $dir.done ]]; then
    echo "generating corpus of $n articles into $dir ..." >&2
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$cache/corpus"
    node "$gen" --count "$n" --seed "$seed" --khmer-fraction "$khmer" --out "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
    touch "$dir.done"
  fi
  printf '%s\n' "$dir"
}
