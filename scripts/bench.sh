#!/usr/bin/env bash
# Parley's end-to-end benchmark: builds the release binary, writes a corpus of real news from
# ../shared/corpus (scripts/bench-corpus.py), and prints throughput, peak memory, store size and
# query latencies. Nothing here is a test: run it by hand and copy the figures into docs/performance.md.
#
#   scripts/bench.sh                 # 100,000 articles in /tmp/parley-bench
#   ARTICLES=20000 WORK=/data/bench scripts/bench.sh
#
# The first release build compiles RocksDB (about 10 minutes on 2 cores); later runs take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

ARTICLES="${ARTICLES:-100000}"
WORK="${WORK:-/tmp/parley-bench}"
RUNS="${RUNS:-5}"
command -v /usr/bin/time >/dev/null 2>&1 || [ -x /usr/bin/time ] || {
  echo "bench: installing GNU time (for peak memory)" >&2
  apt-get install -y -qq time >&2
}

cargo build --release --quiet
parley="$CARGO_TARGET_DIR/release/parley"
mkdir -p "$WORK"
corpus="$WORK/corpus-$ARTICLES.jsonl"
if [ ! -s "$corpus" ]; then
  python3 scripts/bench-corpus.py --articles "$ARTICLES" >"$corpus"
fi
bytes=$(stat -c %s "$corpus")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
store="$WORK/store"

# runs a command under GNU time; prints seconds and peak RSS (MB) as "S RSS"
measure() {
  local log="$WORK/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>"$WORK/stderr.log" || {
    echo "bench: failed: $*" >&2
    cat "$WORK/stderr.log" >&2
    exit 1
  }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$log"
}

rate() { # seconds → "articles/s, MB/s"
  python3 -c "s=max($1,1e-9); print(f'{$ARTICLES/s:,.0f} articles/s, {$bytes/1e6/s:.1f} MB/s')"
}

echo "# Parley benchmark: $(date -u +%F)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo), $(uname -sr)"
echo "corpus: $corpus ($ARTICLES articles, $mb MB of JSONL: Reuters-21578 and Wikinews, real text)"
echo

store_line() {
  echo "store: $(du -sh "$store" | cut -f1) on disk; $("$parley" --store "$store" stats --format json --quads |
    python3 -c 'import json,sys; s=json.load(sys.stdin); print("{:,} articles, {:,} statements, {:,} quads".format(s["articles"], s["statements"], s["quads"]))')"
}

if [ -n "${QUERIES_ONLY:-}" ] && [ -d "$store" ]; then
  store_line
else
read -r s rss < <(measure "$parley" extract -q --threads 1 "$corpus")
echo "extract, 1 thread:        ${s} s  $(rate "$s")  peak RSS ${rss} MB"
read -r s rss < <(measure "$parley" extract -q "$corpus")
echo "extract, $(nproc) threads:       ${s} s  $(rate "$s")  peak RSS ${rss} MB"

rm -rf "$store"
read -r s rss < <(measure "$parley" --store "$store" ingest -q "$corpus")
echo "ingest, fresh store:      ${s} s  $(rate "$s")  peak RSS ${rss} MB"
read -r s rss < <(measure "$parley" --store "$store" ingest -q "$corpus")
echo "re-ingest, unchanged:     ${s} s  $(rate "$s")  peak RSS ${rss} MB"
store_line
fi
echo

# one value of each parameter, taken from the store itself
# a person who speaks often (Reuters 1987: the US Treasury Secretary), else the top speaker
actor="${ACTOR:-James Baker}"
"$parley" --store "$store" query statements_by --param "actor=$actor" >/dev/null 2>&1 ||
  actor=$("$parley" --store "$store" query top_speakers --format csv | sed -n 2p | cut -d, -f1)
# the corpus's first article (sorting the store's 520,000 ids to pick one would take longer than any
# query measured here)
some_article=$(head -n 1 "$corpus" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "query latency, median of $RUNS runs of the whole command (process start, store open, query, output):"
latency() {
  local name="$1"
  shift
  local times=()
  local runs="$RUNS"
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$parley" --store "$store" "$@" >"$WORK/out" 2>/dev/null || true
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  # rows: lines of output less the header (a table, CSV); for exports, lines of the file
  printf '  %-30s %7s ms  %8s lines\n' "$name" "$median" "$(wc -l <"$WORK/out")"
}
latency "stats" stats
# a person with a few hundred statements, as most actors of a real archive have (the corpus repeats
# its texts, so the first one is a very prolific one)
typical=$("$parley" --store "$store" query 'PREFIX parley: <https://w3id.org/parley/ns#> SELECT ?s WHERE { { SELECT ?s (COUNT(?st) AS ?n) WHERE { ?st parley:speaker ?s } GROUP BY ?s } FILTER(CONTAINS(STR(?s), "/person/") && ?n >= 200 && ?n <= 400) } ORDER BY ?s LIMIT 1' --format tsv | sed -n 2p | tr -d '<>')
latency "statements_by" query statements_by --param "actor=$actor"
latency "statements_by (typical person)" query statements_by --param "actor=$typical"
latency "timeline --actor (typical)" timeline --actor "$typical" --format csv
latency "statements_about" query statements_about --param "actor=$actor"
latency "timeline (query)" query timeline --param "actor=$actor"
latency "dyad US-JP" query dyad --param a=US --param b=JP
latency "article_statements" query article_statements --param "article=$some_article"
latency "articles_published_between" query articles_published_between --param from=1987-03-01 --param to=1987-03-07
latency "articles_published_between (a day)" query articles_published_between --param from=1987-03-02 --param to=1987-03-02
latency "timeline --from --to (a day)" timeline --from 1987-03-02 --to 1987-03-02 --format csv
latency "the same, --speech-act criticize" timeline --from 1987-03-02 --to 1987-03-02 --speech-act criticize --format csv
latency "export --from --to (a day)" export --format graphml --from 1987-03-02 --to 1987-03-02
# a quiet day (Wikinews, 2016): a date window with a few hundred statements, as most days of an
# archive that is not a wire service have
latency "timeline, a quiet day" timeline --from 2016-11-16 --to 2016-11-16 --format csv
latency "export, a quiet day" export --format graphml --from 2016-11-16 --to 2016-11-16
latency "articles_published_between, a quiet day" query articles_published_between --param from=2016-11-16 --param to=2016-11-16
latency "who_said_what_about_whom" query who_said_what_about_whom --param act=criticize
latency "top_speakers" query top_speakers
latency "top_targets" query top_targets
latency "criticism_network" query criticism_network
latency "countries_mentioned" query countries_mentioned
latency "languages" query languages
latency "country_pairs" query country_pairs
latency "timeline --actor" timeline --actor "$actor" --format csv
latency "statements_by JP (a country)" query statements_by --param actor=JP
latency "timeline --country JP" timeline --country JP --format csv
latency "export graphml --actor" export --format graphml --actor "$actor"
latency "export --country JP --aggregate" export --format graphml --country JP --aggregate
RUNS=1 latency "export graphml --by-country" export --format graphml --by-country
RUNS=1 latency "articles (every article, sorted)" query articles --timeout 0
echo "(actor: $actor; typical person: $typical; article: $some_article; whole export and every article: one run)"
