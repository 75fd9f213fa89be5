# Sourced by run.sh, memory.sh and search.sh: locate (or generate once) a corpus made by our own
# scripts/gen-corpus.mjs.
#   corpus_dir N   -> prints $BENCH_CACHE/broadsheet-corpus/n$N-s$SEED-k$KHMER_FRACTION[-w$WORDS]-<generator hash>
# WORDS (unset: the generator's 350 to 1,200) gives every article about that many words.
# The generator's hash is in the name, so a changed generator never reuses an old corpus.
corpus_dir() {
  local n=$1 cache=${BENCH_CACHE:-$HOME/.cache/ssg-bench} seed=${SEED:-1} khmer=${KHMER_FRACTION:-0.02}
  local words=${WORDS:-} gen hash dir
  gen="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/gen-corpus.mjs"
  hash=$(sha256sum "$gen" | cut -c1-10)
  dir="$cache/broadsheet-corpus/n$n-s$seed-k$khmer${words:+-w$words}-$hash"
  if [[ ! -f $dir.done ]]; then
    echo "generating corpus of $n articles into $dir ..." >&2
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$cache/broadsheet-corpus"
    node "$gen" --count "$n" --seed "$seed" --khmer-fraction "$khmer" ${words:+--words "$words"} --out "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
    touch "$dir.done"
  fi
  printf '%s\n' "$dir"
}
