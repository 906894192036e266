#!/usr/bin/env bash
# Times Warta against Hugo on the same generated corpus, alternating runs, and prints medians as a Markdown table.
# Everything it makes stays under target/bench/. See BENCHMARKS.md for what the figures mean.
#
#   src/bench/run.sh [--sizes "1000 10000"] [--runs 5] [--modes "existing empty warm"] [--seed N] [--huge]
#                    [--serve] [--no-maven]
#
#   --sizes     corpus sizes to time (default "1000 10000"); a size ending in u ("10000u") is a corpus whose
#               read-also lines mostly name articles it does not hold, as imported archives do
#   --runs      timed runs per tool and mode, after one warm-up each (default 5)
#   --modes     which builds to time (default "existing empty warm"): cold into an existing output folder, cold
#               into an empty one, and warm (one article edited, build cache present)
#   --seed      corpus seed (default: the generator's)
#   --huge      also build 100,000 articles with Warta under -Xmx1g (takes a while)
#   --serve     also time `warta serve` on 10,000 articles: from saving an edit to the reload event
#   --no-maven  skip the Maven start-up comparison on the seed site
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES="1000 10000"
RUNS=5
MODES="existing empty warm"
SEED=""
HUGE=false
SERVE=false
MAVEN=true
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --modes) MODES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --huge) HUGE=true; shift ;;
    --serve) SERVE=true; shift ;;
    --no-maven) MAVEN=false; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1; see --help" >&2; exit 2 ;;
  esac
done

BENCH=target/bench
OUT=$BENCH/out
RESULTS=$BENCH/results.md
RUNLOG=$BENCH/runs.tsv
BASE_URL=https://bench.example/
mkdir -p "$OUT"

# --- tools ---------------------------------------------------------------------------------------------------
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f target/warta.jar ]; then
  echo "building target/warta.jar" >&2
  mvn -q -B package -DskipTests
fi
if [ ! -f target/test-classes/id/warta/bench/CorpusGenerator.class ]; then
  mvn -q -B test-compile
fi

# --- helpers -------------------------------------------------------------------------------------------------
# measure LABEL LOG -- COMMAND...: runs COMMAND under /usr/bin/time -v; prints "wall_seconds max_rss_kb".
measure() {
  local label="$1" log="$2"; shift 3
  local timing="$log.time"
  sync
  if ! /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1; then
    echo "run.sh: $label failed; its output is in $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    /User time \(seconds\)/ { cpu += $2 }
    /System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %d %.2f\n", wall, rss, cpu }' "$timing"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# stats TOOL SIZE MODE: "median_wall median_rss_mb median_cpu" from the run log.
stats() {
  local rows; rows=$(awk -v t="$1" -v n="$2" -v m="$3" '$1 == t && $2 == n && $3 == m' "$RUNLOG")
  local wall rss cpu
  wall=$(echo "$rows" | awk '{ print $5 }' | median)
  rss=$(echo "$rows" | awk '{ print $6 }' | median)
  cpu=$(echo "$rows" | awk '{ print $7 }' | median)
  awk -v w="$wall" -v r="$rss" -v c="$cpu" 'BEGIN { printf "%.2f %.0f %.2f\n", w, r / 1024, c }'
}

# corpus LABEL: generates target/bench/corpus-LABEL once; LABEL is a size, with u for the unmatched corpus.
corpus() {
  local n="${1%u}" dir="$BENCH/corpus-$1" unmatched=""
  [ "$n" != "$1" ] && unmatched="--unmatched"
  local stamp="$dir/.generated-${SEED:-default}"
  if [ ! -f "$stamp" ]; then
    rm -rf "$dir"
    mkdir -p "$dir/hugo"
    cp -r src/bench/hugo/. "$dir/hugo/"
    # Hugo serves Warta's own stylesheet, so both sites ship the same bytes.
    mkdir -p "$dir/hugo/static/assets"
    cp templates/assets/style.css "$dir/hugo/static/assets/style.css"
    java -cp target/test-classes id.warta.bench.CorpusGenerator "$n" "$dir/warta" "$dir/hugo/content" $SEED \
      $unmatched >&2
    touch "$stamp"
  fi
}

# The two commands timed; Hugo reads --destination relative to its source, so it gets an absolute path.
# Each sets CMD to the command line for a content folder and an output folder.
warta_cmd() { CMD=(bin/warta build --content "$1" --output "$2" --base-url "$BASE_URL" --now 2025-01-01); }
hugo_cmd() { CMD=(hugo --source "$1" --destination "$(realpath -m "$2")" --quiet); }

# edit CONTENT R: the daily case before a warm build: one article's body, one headline, or one new article.
edit() {
  local first; first=$(ls "$1" | grep '^0' | sed -n "$((1 + $2 * 37))p")
  case $(($2 % 3)) in
    0) printf '\nRedaksi menambahkan paragraf ini pada suntingan ke-%s.\n' "$2" >>"$1/$first" ;;
    1) sed -i "s/^title: \"\(.*\)\"\$/title: \"\1 Diperbarui $2\"/" "$1/$first" ;;
    2) printf -- '---\ntitle: "Berita Baru Nomor %s Hari Ini"\ndate: 2024-12-31T08:00:00+07:00\ntags: [ekonomi]\n---\nJAKARTA - Berita baru nomor %s ditulis pagi ini.\n' "$2" "$2" >"$1/zz_baru_$2.txt" ;;
  esac
}

# run_pair N MODE R: one timed run of each tool, the order swapped every other run so neither always goes first.
# "existing" and "empty" are cold builds (no build cache); "warm" edits one article of a copy of the corpus and
# builds with the cache of the build before (Hugo has no such cache: it rebuilds everything).
run_pair() {
  local n="$1" mode="$2" r="$3" dir="$BENCH/corpus-$1"
  local order=(warta hugo)
  [ $((r % 2)) -eq 0 ] && order=(hugo warta)
  for tool in "${order[@]}"; do
    local dest="$OUT/$tool-$n-$mode"
    [ "$mode" = empty ] && rm -rf "$dest"
    local result content="$dir/warta"
    if [ "$mode" = warm ]; then
      content="$BENCH/warm-$n/warta"
      [ "$tool" = warta ] && edit "$content" "$r"
    else
      rm -rf "$dir/.warta-cache"
    fi
    if [ "$tool" = warta ]; then warta_cmd "$content" "$dest"; else hugo_cmd "$dir/hugo" "$dest"; fi
    result=$(measure "$tool $n" "$OUT/$tool-$n.log" -- "${CMD[@]}")
    printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$mode" "$r" "${result// /$'\t'}" >>"$RUNLOG"
    echo "  $tool $n $mode run $r: $result (wall s, max RSS kB, CPU s)" >&2
  done
}

# --- Warta against Hugo --------------------------------------------------------------------------------------
: >"$RUNLOG"
for n in $SIZES; do
  corpus "$n"
  echo "== $n articles" >&2
  rm -rf "$BENCH/warm-$n"
  mkdir -p "$BENCH/warm-$n"
  cp -r "$BENCH/corpus-$n/warta" "$BENCH/warm-$n/warta"   # warm runs edit this copy, never the corpus
  for mode in $MODES; do
    # The warm-up fills the page cache and, for "existing" and "warm", leaves the previous site in place.
    rm -rf "$OUT/warta-$n-$mode" "$OUT/hugo-$n-$mode" "$BENCH/corpus-$n/.warta-cache"
    content="$BENCH/corpus-$n/warta"
    [ "$mode" = warm ] && content="$BENCH/warm-$n/warta"
    warta_cmd "$content" "$OUT/warta-$n-$mode"
    measure "warta $n warm-up" "$OUT/warta-$n.log" -- "${CMD[@]}" >/dev/null
    hugo_cmd "$BENCH/corpus-$n/hugo" "$OUT/hugo-$n-$mode"
    measure "hugo $n warm-up" "$OUT/hugo-$n.log" -- "${CMD[@]}" >/dev/null
    for r in $(seq 1 "$RUNS"); do
      run_pair "$n" "$mode" "$r"
    done
  done
done

[ -n "${SIZES// /}" ] && {
  echo "| articles | build | Warta wall (s) | Hugo wall (s) | Warta / Hugo | Warta CPU (s) | Hugo CPU (s) | Warta max RSS (MB) | Hugo max RSS (MB) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    for mode in $MODES; do
      read -r ww wr wc < <(stats warta "$n" "$mode")
      read -r hw hr hc < <(stats hugo "$n" "$mode")
      awk -v n="$n" -v m="$mode" -v ww="$ww" -v hw="$hw" -v wr="$wr" -v hr="$hr" -v wc="$wc" -v hc="$hc" 'BEGIN {
        printf "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d |\n", n, m, ww, hw, ww / hw, wc, hc, wr, hr }'
    done
  done
  echo
  echo "Medians of $RUNS alternating runs each, after one warm-up run per tool and mode (/usr/bin/time -v)."
} >"$RESULTS"
[ -n "${SIZES// /}" ] || : >"$RESULTS"

# --- Maven's own start-up, on the seed site --------------------------------------------------------------------
if $MAVEN; then
  echo "== Maven start-up on the seed site (content/)" >&2
  for r in $(seq 1 "$RUNS"); do
    result=$(measure "bin/warta" "$OUT/seed-jar.log" -- bin/warta build --no-cache --output "$OUT/seed-jar")
    printf 'jar\tseed\tseed\t%s\t%s\n' "$r" "${result// /$'\t'}" >>"$RUNLOG"
    result=$(measure "mvn exec:java" "$OUT/seed-mvn.log" -- \
      mvn -q -B compile exec:java -Dexec.args="build --output $OUT/seed-mvn")
    printf 'mvn\tseed\tseed\t%s\t%s\n' "$r" "${result// /$'\t'}" >>"$RUNLOG"
  done
  read -r jw jr < <(stats jar seed seed)
  read -r mw mr < <(stats mvn seed seed)
  {
    echo
    echo "| seed site (1 article) | wall (s) | max RSS (MB) |"
    echo "|---|---:|---:|"
    echo "| \`bin/warta build --no-cache\` | $jw | $jr |"
    echo "| \`mvn -q compile exec:java\` | $mw | $mr |"
    awk -v j="$jw" -v m="$mw" 'BEGIN { printf "| Maven overhead | %.2f | |\n", m - j }'
  } >>"$RESULTS"
fi

# --- 100,000 articles in 1 GB of heap -------------------------------------------------------------------------
if $HUGE; then
  n=100000
  corpus "$n"
  echo "== $n articles with -Xmx1g" >&2
  rm -rf "$OUT/warta-$n"
  log="$OUT/warta-$n.log"
  if WARTA_JAVA_OPTS=-Xmx1g /usr/bin/time -v -o "$log.time" bin/warta build --content "$BENCH/corpus-$n/warta" \
      --output "$OUT/warta-$n" --base-url "$BASE_URL" >"$log" 2>&1; then
    status="built"
  else
    status="FAILED (exit $?; see $log)"
  fi
  read -r hw hr < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
    /Maximum resident set size/ { r = $2 }
    END { printf "%.2f %.0f\n", w, r / 1024 }' "$log.time")
  {
    echo
    echo "| 100,000 articles, \`WARTA_JAVA_OPTS=-Xmx1g bin/warta build\`, empty output dir | result | wall (s) | max RSS (MB) |"
    echo "|---|---|---:|---:|"
    echo "| Warta | $status | $hw | $hr |"
  } >>"$RESULTS"
fi

# --- warta serve: saving an edit to the reload event, 10,000 articles ------------------------------------------
if $SERVE; then
  n=10000
  corpus "$n"
  echo "== warta serve on $n articles: edit to reload" >&2
  rm -rf "$BENCH/serve"
  mkdir -p "$BENCH/serve"
  cp -r "$BENCH/corpus-$n/warta" "$BENCH/serve/content"   # the edits change the copy, never the corpus
  java -cp target/test-classes id.warta.bench.ServeLatency "$BENCH/serve/content" "$BENCH/serve/cache" 12 \
    | tee "$OUT/serve.log" >&2
  {
    echo
    echo "| warta serve, $n articles | edit saved → \`reload\` event |"
    echo "|---|---:|"
    echo "| $(grep '^first build' "$OUT/serve.log") | |"
    grep '^median' "$OUT/serve.log" | sed 's/^/| /; s/$/ | |/'

  } >>"$RESULTS"
fi

echo >&2
cat "$RESULTS"
echo >&2
echo "Every run is in $RUNLOG (tool, size, mode, run, wall seconds, max RSS kB); the table is in $RESULTS." >&2
