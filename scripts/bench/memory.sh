#!/usr/bin/env bash
# Scale check of Broadsheet alone (no peers): cold --no-cache builds of a 10,000-article corpus and an
# N-article one in the same run; reports wall s, peak RSS and time per article for each.
#   scripts/bench/memory.sh [N]        (N defaults to 100000)
# Targets checked: peak RSS at N under 1.5 GB; time per article at N within 1.3x of that at 10,000.
# Corpora come from scripts/gen-corpus.mjs, generated once ($BENCH_CACHE/broadsheet-corpus/n<N>-s1-k0.02-<hash>).
# Env: BENCH_CACHE (~/.cache/ssg-bench) RUNS (1 build per size)
#      BASE_N (10000) OUT_BASE (/dev/shm) SEED KHMER_FRACTION. Works from any cwd.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $# -le 1 ]] || usage
N=${1:-100000}
[[ $N =~ ^[0-9]+$ ]] || usage
BASE_N=${BASE_N:-10000}
RUNS=${RUNS:-1}
CLI="$REPO/lib/cli/main.js"
CONFIG="$HERE/bench-config.json"
RSS_LIMIT_MIB=1536 # "1.5 GB" read as 1.5 GiB
RATIO_LIMIT=1.3
# shellcheck source=corpus.sh
source "$HERE/corpus.sh"

[[ -x /usr/bin/time ]] || { echo "memory.sh: GNU time missing: apt-get install -y time" >&2; exit 1; }
(cd "$REPO" && npm run --silent compile) >&2

echo "# broadsheet memory/scale check  $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# host: nproc $(nproc), $(free -m | awk '/Mem:/{printf "%.1f GiB", $2 / 1024}') RAM, node $(node -v), $(uname -sr)"
SIZES=("$BASE_N")
[[ $N == "$BASE_N" ]] || SIZES+=("$N")
declare -A CONTENT
for n in "${SIZES[@]}"; do CONTENT[$n]=$(corpus_dir "$n"); done

OUT_BASE=${OUT_BASE:-/dev/shm}
SCRATCH=$(mktemp -d "$OUT_BASE/broadsheet-memory.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
RES="$SCRATCH/results.tsv"; : >"$RES"
echo "# command: node $CLI build --no-cache --content <corpus> --out $SCRATCH/out --config $CONFIG --timings"

for n in "${SIZES[@]}"; do
  articles=$(find "${CONTENT[$n]}" -name '*.md' | wc -l)
  echo "# corpus n=$n: ${CONTENT[$n]} ($articles files, $(du -sm "${CONTENT[$n]}" | cut -f1) MB)"
  for ((r = 1; r <= RUNS; r++)); do
    rm -rf "$SCRATCH/out"
    rc=0 load0=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %M %U %S' -o "$SCRATCH/time" node "$CLI" build --no-cache --content "${CONTENT[$n]}" \
      --out "$SCRATCH/out" --config "$CONFIG" --timings >"$SCRATCH/log" 2>&1 || rc=$?
    read -r wall rss usr sys < <(tail -n1 "$SCRATCH/time")
    if ((rc != 0)); then
      echo "n=$n run $r: FAILED rc=$rc after ${wall}s; log tail:"
      tail -n 20 "$SCRATCH/log"
      continue
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$articles" "$wall" "$rss" "$(awk -v u="$usr" -v s="$sys" 'BEGIN { print u + s }')" >>"$RES"
    echo "n=$n run $r: ${wall}s wall, $((rss / 1024)) MiB peak RSS, cpu $usr+$sys s, load before/after: $load0 / $(cut -d' ' -f1 /proc/loadavg)"
    sed -n 's/^/    /; /^    \(broadsheet:\|timings\)/p' "$SCRATCH/log"
  done
done

echo
printf '%-8s %8s %9s %10s %8s %14s %15s\n' N articles median_s maxRSS_MiB cpu_s ms_per_article cpu_ms_per_art
awk -F'\t' -v base="$BASE_N" -v top="$N" -v rl="$RSS_LIMIT_MIB" -v tl="$RATIO_LIMIT" '
  { k = $1; if (!(k in c)) order[++n] = k; c[k]++; w[k, c[k]] = $3; u[k, c[k]] = $5; art[k] = $2; if ($4 > rss[k]) rss[k] = $4 }
  END {
    for (i = 1; i <= n; i++) { k = order[i]; m = c[k]
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) {
        if (w[k, b] < w[k, a]) { x = w[k, a]; w[k, a] = w[k, b]; w[k, b] = x }
        if (u[k, b] < u[k, a]) { x = u[k, a]; u[k, a] = u[k, b]; u[k, b] = x } }
      med[k] = (m % 2) ? w[k, (m + 1) / 2] : (w[k, m / 2] + w[k, m / 2 + 1]) / 2
      cpu = (m % 2) ? u[k, (m + 1) / 2] : (u[k, m / 2] + u[k, m / 2 + 1]) / 2
      per[k] = 1000 * med[k] / art[k]; cper[k] = 1000 * cpu / art[k]
      printf "%-8s %8d %9.2f %10.0f %8.2f %14.3f %15.3f\n", k, art[k], med[k], rss[k] / 1024, cpu, per[k], cper[k] }
    print "# ms_per_article = median wall / article files (drafts included); node start-up is in both sizes"
    print "# cpu_ms_per_art = median user+sys / article files: less sensitive to other load on the machine"
    if (!(top in per)) { print "# no successful build at N=" top ": targets not measured"; exit }
    r = rss[top] / 1024
    printf "# target: peak RSS at %d under %d MiB: %.0f MiB -> %s\n", top, rl, r, (r < rl ? "MET" : "NOT YET MET")
    if (top != base && base in per) {
      q = per[top] / per[base]
      printf "# target: time per article at %d within %.1fx of %d: %.3f / %.3f ms = %.2fx -> %s\n",
        top, tl, base, per[top], per[base], q, (q <= tl ? "MET" : "NOT YET MET")
      printf "#   same ratio on CPU time: %.3f / %.3f ms = %.2fx\n", cper[top], cper[base], cper[top] / cper[base] } }' "$RES"
