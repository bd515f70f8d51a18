#!/usr/bin/env bash
# Checks that a change to Parley's code leaves what it shows of a store byte for byte the same:
# `export` (every format, with and without filters), `timeline` (every format and filter), `query`
# (every catalogue query, in several result formats, and the error of a bad name) and `serve`
# (the page, catalogue and SPARQL queries with content negotiation, the timeline and the exports,
# and the errors), on a store ingested from examples/.
#
#   scripts/same-views.sh record DIR   # before the change: write the outputs of this build to DIR
#   scripts/same-views.sh check DIR    # after: write them again and compare (exit 1 on a difference)
#
# Standard output, standard error and the exit code of each command are recorded; for the server,
# the status, the Content-Type and the body of each answer. PARLEY=path/to/parley overrides the
# binary (default: the debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
dir="${2:-}"
if [ -z "$dir" ] || { [ "$mode" != record ] && [ "$mode" != check ]; }; then
  echo "usage: scripts/same-views.sh record|check DIR" >&2
  exit 2
fi
if [ -z "${PARLEY:-}" ]; then
  . scripts/env.sh
  cargo build --quiet
  PARLEY="$CARGO_TARGET_DIR/debug/parley"
fi
out="$dir"
[ "$mode" = check ] && out="$dir/now"
rm -rf "$out/cases"
mkdir -p "$out/cases"
work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
store="$work/store"
"$PARLEY" --store "$store" ingest examples/fr examples/en examples/press.jsonl >/dev/null 2>&1

# run NAME ARGS…: parley's stdout, stderr and exit code for these arguments
run() {
  local name=$1
  shift
  local code=0
  "$PARLEY" --store "$store" "$@" >"$out/cases/$name.out" 2>"$out/cases/$name.err" || code=$?
  echo "$code" >"$out/cases/$name.code"
}

filters=(
  "all:"
  "actor:--actor Trump"
  "actor-fr:--actor Poutine"
  "country:--country US"
  "country-name:--country Syrie"
  "dates:--from 2019-01-01 --to 2019-12-31"
  "act:--speech-act criticize"
  "lang:--lang fr"
  "bad-act:--speech-act nonsense"
  "bad-actor:--actor Zzyzx"
)
for f in "${filters[@]}"; do
  name=${f%%:*}
  read -r -a opts <<<"${f#*:}"
  for format in graphml gexf dot json; do
    run "export-$format-$name" export --format "$format" "${opts[@]}"
    run "export-$format-$name-aggregate" export --format "$format" --aggregate "${opts[@]}"
    run "export-$format-$name-by-country" export --format "$format" --by-country "${opts[@]}"
  done
  for how in "" --aggregate --by-country; do
    csv="$out/cases/export-csv-$name${how:+-${how#--}}"
    run "export-csv-$name${how:+-${how#--}}" export --format csv --output "$csv.dir" $how "${opts[@]}"
  done
  for format in table csv json markdown html; do
    run "timeline-$format-$name" timeline --format "$format" "${opts[@]}"
  done
done
run timeline-about timeline --format csv --about Syria
run timeline-about-actor timeline --format json --about Trump --from 2019-10-01
run timeline-default timeline

run query-list query --list
for q in queries/*.rq; do
  name=$(basename "$q" .rq)
  params=()
  case $name in
    article_statements) params=(--param article=https://en.wikinews.org//wiki/Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast) ;;
    articles) params=(--param language=fr) ;;
    articles_published_between) params=(--param from=2016-01-01 --param to=2019-12-31) ;;
    dyad) params=(--param a=US --param b=Chine) ;;
    statements_about | statements_by | timeline) params=(--param actor=Trump) ;;
    who_said_what_about_whom) params=(--param act=warn) ;;
  esac
  for format in table csv tsv json xml; do
    run "query-$name-$format" query "$name" --format "$format" "${params[@]}"
  done
done
run query-articles-all query articles --format csv
run query-who-all query who_said_what_about_whom --format csv
run query-statements-by-country query statements_by --format csv --param actor=Russie
run query-bad-name query no_such_query
run query-bad-actor query statements_by --param actor=Zzyzx
run query-construct query 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> ; ?p ?o } }' --format nquads
run query-ask query 'ASK { ?s ?p ?o }' --format json

# the server, on a free port
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PARLEY" --store "$store" serve --bind "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done
# get NAME PATH [CURL OPTIONS…]: the status, Content-Type and body of one answer
get() {
  local name=$1 path=$2
  shift 2
  curl -s -o "$out/cases/serve-$name.body" -w '%{http_code} %{content_type}\n' "$@" \
    "http://127.0.0.1:$port$path" >"$out/cases/serve-$name.head"
}
get page /
get not-found /nowhere
get query-post-wrong-type /query -X POST -H 'Content-Type: text/plain' --data 'ASK {}'
get update-refused /update -X POST -H 'Content-Type: application/sparql-update' --data 'CLEAR ALL'
get no-query /query
get bad-name '/query?name=nothing'
get ask '/query?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D'
for q in top_speakers top_targets country_pairs criticism_network languages countries_mentioned; do
  get "name-$q" "/query?name=$q"
  get "name-$q-csv" "/query?name=$q" -H 'Accept: text/csv'
  get "name-$q-xml" "/query?name=$q&format=xml"
done
get name-by "/query?name=statements_by&actor=Trump" -H 'Accept: text/tab-separated-values'
get name-dyad "/query?name=dyad&a=US&b=CN&format=csv"
get name-bad-actor "/query?name=statements_by&actor=Zzyzx"
get construct-ttl '/query' --data-urlencode 'query=CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> ; ?p ?o } }'
get construct-nq '/query' -H 'Accept: application/n-quads' -H 'Content-Type: application/sparql-query' \
  --data 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> ; ?p ?o } }'
get not-acceptable '/query?name=languages' -H 'Accept: image/png'
for t in "all:" "actor:actor=Trump" "country:country=US&format=csv" "json:about=Syria&format=json" \
  "md:from=2019-01-01&to=2019-12-31&format=markdown" "table:speech_act=warn&format=table" \
  "bad-format:format=pdf" "refused:output=x" "bad-option:nope=1" "bad-actor:actor=Zzyzx"; do
  get "timeline-${t%%:*}" "/timeline?${t#*:}"
done
for e in graphml gexf; do
  for o in "all:" "aggregate:aggregate=1" "by-country:by_country=true&from=2019-01-01" \
    "actor:actor=Trump" "refused:format=dot" "bad-flag:aggregate=maybe" "bad-act:speech_act=x"; do
    get "export-$e-${o%%:*}" "/export.$e?${o#*:}"
  done
done
get timeline-post /timeline -X POST --data ''

if [ "$mode" = record ]; then
  ls "$out/cases" | wc -l
  exit 0
fi
status=0
same=0
for f in "$dir"/cases/*; do
  name=$(basename "$f")
  if diff -r "$f" "$out/cases/$name" >/dev/null 2>&1; then
    same=$((same + 1))
  else
    echo "DIFFERENT  $name" >&2
    diff -r "$f" "$out/cases/$name" | head -n 20 >&2 || true
    status=1
  fi
done
for f in "$out"/cases/*; do
  [ -e "$dir/cases/$(basename "$f")" ] || { echo "NEW        $(basename "$f")" >&2; status=1; }
done
echo "$same outputs the same"
exit $status
