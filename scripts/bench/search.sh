#!/usr/bin/env bash
# Pagefind at archive scale: what search adds to a build of N articles (default 10,000).
#   scripts/bench/search.sh [N]
# Steps: npm run compile; cold build with "search": "none" (reference); cold build with Pagefind
# (the default) into a fresh output and cache; index size (files, bytes, what a first search
# downloads); one article body edited, rebuilt (Pagefind re-indexes every article page);
# nothing changed, rebuilt (the index is kept as it is).
# Env: BENCH_CACHE (~/.cache/ssg-bench) OUT_BASE (/dev/shm)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
N=${1:-10000}
[[ $N =~ ^[0-9]+$ ]] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
# shellcheck source=corpus.sh
source "$HERE/corpus.sh"
CLI="$REPO/lib/cli/main.js"
(cd "$REPO" && npm run --silent compile) >&2
CONTENT=$(corpus_dir "$N")
SCRATCH=$(mktemp -d "${OUT_BASE:-/dev/shm}/broadsheet-search-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
cp -r "$CONTENT" "$SCRATCH/content"
config_with_search() { # the bench config with one key added
  node -e 'const c = require(process.argv[1]); c.search = process.argv[2]; process.stdout.write(JSON.stringify(c))' "$HERE/bench-config.json" "$1"
}
config_with_search none > "$SCRATCH/off.json"
config_with_search pagefind > "$SCRATCH/on.json"
run() { # label config out cache
  local label=$1 config=$2 out=$3 cache=$4 t0 t1 line
  t0=$(date +%s.%N)
  line=$(node "$CLI" build --content "$SCRATCH/content" --config "$config" --out "$out" --cache-dir "$cache" --timings)
  t1=$(date +%s.%N)
  printf '%-22s %7.2f s  %s\n' "$label" "$(echo "$t1 - $t0" | bc)" "$(echo "$line" | tr '\n' ' ')"
}

echo "# broadsheet search bench N=$N  $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# host: nproc $(nproc), node $(node -v), pagefind $(node -p "require('$REPO/node_modules/pagefind/package.json').version"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "cold, search none" "$SCRATCH/off.json" "$SCRATCH/out-off" "$SCRATCH/cache-off"
run "cold, pagefind" "$SCRATCH/on.json" "$SCRATCH/out-on" "$SCRATCH/cache-on"
PF="$SCRATCH/out-on/pagefind"
files=$(find "$PF" -type f | wc -l)
bytes=$(du -sb "$PF" | cut -f1)
fragments=$(find "$PF/fragment" -type f | wc -l)
first=$(du -cb "$PF"/pagefind.js "$PF"/pagefind-ui.js "$PF"/pagefind-ui.css "$PF"/pagefind-entry.json "$PF"/wasm.*.pagefind "$PF"/pagefind.*.pf_meta | tail -1 | cut -f1)
printf 'index: %d files, %.1f MiB on disk (%d fragments); the search UI, wasm and metadata a first search loads: %.0f KiB\n' \
  "$files" "$(echo "$bytes / 1048576" | bc -l)" "$fragments" "$(echo "$first / 1024" | bc -l)"
edited=$(find "$SCRATCH/content" -name '*.md' | sort | awk 'NR == 1')
printf '\nEdited paragraph for the benchmark.\n' >> "$edited"
run "one body edited" "$SCRATCH/on.json" "$SCRATCH/out-on" "$SCRATCH/cache-on"
run "nothing changed" "$SCRATCH/on.json" "$SCRATCH/out-on" "$SCRATCH/cache-on"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
