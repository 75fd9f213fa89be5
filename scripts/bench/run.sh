#!/usr/bin/env bash
# Broadsheet's side of the "Archive scale" benchmark: clean builds next to Hugo and Eleventy, then our warm rebuilds.
#   scripts/bench/run.sh N
# Works from any cwd. Steps: install hugo + GNU time if missing (apt-get), npm run compile, run the
# peer harness (PEERS_HARNESS=/path/to/run-peers.sh) N with our --no-cache build (output teed to a
# log), then time our own rebuilds on the same corpus: cold build filling the cache, WARM_RUNS x
# nothing changed, WARM_RUNS x one article body edited, 1 x one template partial changed.
# The corpus is ours (scripts/gen-corpus.mjs), handed to the harness as CORPUS so every tool builds
# the same files. Without PEERS_HARNESS the peer comparison is skipped (there is no default path).
# Env: PEERS_HARNESS BENCH_CACHE (~/.cache/ssg-bench) WARM_RUNS (3) OUT_BASE (/dev/shm)
#      LOG_DIR ($BENCH_CACHE/logs), plus the harness's RUNS, PEERS, SEED, KHMER_FRACTION, SEARCH, ...
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $# -eq 1 && $1 =~ ^[0-9]+$ ]] || usage
N=$1
PEERS_HARNESS=${PEERS_HARNESS:-}
if [[ -n $PEERS_HARNESS && ! -x $PEERS_HARNESS ]]; then
  echo "run.sh: PEERS_HARNESS=$PEERS_HARNESS is not an executable file" >&2
  exit 2
fi
CACHE=${BENCH_CACHE:-$HOME/.cache/ssg-bench}
WARM_RUNS=${WARM_RUNS:-3}
LOG_DIR=${LOG_DIR:-$CACHE/logs}
CLI="$REPO/lib/cli/main.js"
CONFIG="$HERE/bench-config.json"
# shellcheck source=corpus.sh
source "$HERE/corpus.sh"

# ---- (a) tools ----
missing=()
[[ -z $PEERS_HARNESS ]] || command -v hugo >/dev/null || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  sudo=(); ((EUID == 0)) || sudo=(sudo)
  echo "installing ${missing[*]} with apt-get ..." >&2
  "${sudo[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}" >&2
fi

# ---- (b) compile ----
(cd "$REPO" && npm run --silent compile) >&2

echo "# broadsheet bench N=$N  $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# host: nproc $(nproc), $(free -m | awk '/Mem:/{printf "%.1f GiB", $2 / 1024}') RAM, node $(node -v), $(uname -sr)"

if [[ -n ${CORPUS:-} ]]; then CONTENT=$(cd "$CORPUS" && pwd); else CONTENT=$(corpus_dir "$N"); fi

# ---- (c) side by side with the peers ----
mkdir -p "$LOG_DIR"
PEERS_LOG="$LOG_DIR/run-peers-n$N-$(date -u +%Y%m%dT%H%M%SZ).log"
OURS="node $(printf '%q' "$CLI") build --no-cache --content {content} --out {out} --config $(printf '%q' "$CONFIG") --quiet"
hugo_median=
if [[ -n $PEERS_HARNESS ]]; then
  echo "# run-peers: $PEERS_HARNESS $N '$OURS'  (log: $PEERS_LOG; SEARCH=${SEARCH:-})"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  peers_rc=0
  CORPUS="$CONTENT" "$PEERS_HARNESS" "$N" "$OURS" 2>&1 | tee "$PEERS_LOG" || peers_rc=$?
  ((peers_rc == 0)) || echo "# the harness exited $peers_rc; continuing with the warm rebuilds"
  hugo_median=$(awk '$1 == "hugo" && $3 ~ /^[0-9.]+$/ { print $3 }' "$PEERS_LOG")
else
  echo "# no PEERS_HARNESS: peer comparison skipped"
fi

# ---- (d) our warm rebuilds ----
OUT_BASE=${OUT_BASE:-/dev/shm}
SCRATCH=$(mktemp -d "$OUT_BASE/broadsheet-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
OUT="$SCRATCH/out"; BCACHE="$SCRATCH/cache"; SITE="$SCRATCH/content"; TPL="$SCRATCH/templates"
cp -r "$CONTENT" "$SITE" # the edit scenario writes into the content, so every warm build reads this copy
RES="$SCRATCH/results.tsv"; : >"$RES"

# One timed build: scenario, run number, extra CLI flags. Appends "scenario wall rss summary" to $RES.
timed_build() {
  local scenario=$1 run=$2 log="$SCRATCH/build.log" tf="$SCRATCH/time" rc=0 wall rss summary
  shift 2
  /usr/bin/time -f '%e %M' -o "$tf" node "$CLI" build --content "$SITE" --out "$OUT" --cache-dir "$BCACHE" \
    --timings "$@" >"$log" 2>&1 || rc=$?
  read -r wall rss < <(tail -n1 "$tf")
  if ((rc != 0)); then
    echo "$scenario run $run: FAILED rc=$rc after ${wall}s; log tail:" >&2
    tail -n 20 "$log" >&2
    wall=NA
  fi
  summary=$(grep -m1 '^broadsheet:' "$log" || echo '(no summary line)')
  printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$wall" "$rss" "$summary" "$(grep -m1 '^timings' "$log" || true)" >>"$RES"
  printf '%-16s run %d  %7ss  %5d MiB  %s\n' "$scenario" "$run" "$wall" $((rss / 1024)) "$summary" >&2
}

# Articles are sorted so the edited one is the same on every machine; drafts are skipped (they are not built).
EDITED=$(cd "$SITE" && grep -rLx 'draft: true' --include='*.md' . | LC_ALL=C sort | sed -n 1p)
# The change is markup every page prints (a class on the footer's wrapper), not a word: words come
# from the translation catalogue, and a template change is what this scenario measures.
sed 's/<footer class="site-footer">/<footer class="site-footer bench-changed">/' "$REPO/templates/partials/site-footer.hbs" >"$SCRATCH/site-footer.hbs"
if cmp -s "$SCRATCH/site-footer.hbs" "$REPO/templates/partials/site-footer.hbs"; then
  echo "run.sh: could not change templates/partials/site-footer.hbs (no '<footer class=\"site-footer\">' in it)" >&2
  exit 1
fi
mkdir -p "$TPL/partials" && mv "$SCRATCH/site-footer.hbs" "$TPL/partials/site-footer.hbs"
node -e 'const fs = require("fs"); const c = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  c.templates = process.argv[2]; fs.writeFileSync(process.argv[3], JSON.stringify(c, null, 2));' \
  "$CONFIG" "$TPL" "$SCRATCH/template-config.json"

echo
echo "# warm rebuilds: corpus copied to $SITE, --out $OUT, --cache-dir $BCACHE"
echo "# edited article: ${EDITED#./}; template change: partials/site-footer.hbs gets a class on its <footer>"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed_build cold-with-cache 1 --config "$CONFIG"
for ((i = 1; i <= WARM_RUNS; i++)); do timed_build nothing-changed "$i" --config "$CONFIG"; done
for ((i = 1; i <= WARM_RUNS; i++)); do
  printf '\nAn extra sentence added by the benchmark, edit %d.\n' "$i" >>"$SITE/$EDITED"
  timed_build one-body-edited "$i" --config "$CONFIG"
done
timed_build template-changed 1 --config "$SCRATCH/template-config.json"

echo
printf '%-16s %4s %9s %10s\n' scenario runs median_s maxRSS_MiB
awk -F'\t' '
  { k = $1; if (!(k in c)) order[++n] = k; c[k] += 0
    if ($2 != "NA") { c[k]++; w[k, c[k]] = $2 } else fail[k]++
    if ($3 > rss[k]) rss[k] = $3 }
  END {
    for (i = 1; i <= n; i++) { k = order[i]; m = c[k]
      if (!m) { printf "%-16s %4d %9s\n", k, 0, "FAIL"; continue }
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (w[k, b] < w[k, a]) { x = w[k, a]; w[k, a] = w[k, b]; w[k, b] = x }
      med = (m % 2) ? w[k, (m + 1) / 2] : (w[k, m / 2] + w[k, m / 2 + 1]) / 2
      printf "%-16s %4d %9.2f %10.0f%s\n", k, m, med, rss[k] / 1024, fail[k] ? sprintf("  (%d failed)", fail[k]) : "" } }' "$RES"
echo "# median_s = wall s per fresh process (node start included); maxRSS = peak over that scenario's runs"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n $hugo_median ]]; then
  awk -v h="$hugo_median" 'BEGIN { printf "# warm target: under one third of Hugo'\''s median full build (%.2f s) = %.2f s\n", h, h / 3 }'
fi
echo
echo "# our summary line and stage timings, last run of each scenario:"
awk -F'\t' '{ last[$1] = $4 "\n    " $5; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  END { for (i = 1; i <= n; i++) printf "%-16s %s\n", order[i], last[order[i]] }' "$RES"
