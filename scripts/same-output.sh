#!/usr/bin/env bash
# Checks that a change to Parley's code leaves what it extracts and stores byte for byte the same.
#
#   scripts/same-output.sh record DIR   # before the change: write the outputs of this build to DIR
#   scripts/same-output.sh check DIR    # after: write them again and compare (exit 1 on a difference)
#
# The outputs: `parley extract --format jsonl` over every corpus of ../shared (the seed with its
# publication day, WiNER-fr, English Wikinews 2019, French Wikinews 2012, the dev texts, and the
# Reuters-21578 stories converted by scripts/bench-corpus.py), and `parley dump` of one store ingested
# from all of them. PARLEY=path/to/parley overrides the binary (default: the debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
dir="${2:-}"
if [ -z "$dir" ] || { [ "$mode" != record ] && [ "$mode" != check ]; }; then
  echo "usage: scripts/same-output.sh record|check DIR" >&2
  exit 2
fi
. scripts/env.sh
if [ -z "${PARLEY:-}" ]; then
  cargo build --quiet
  PARLEY="$CARGO_TARGET_DIR/debug/parley"
fi
shared=../shared
corpus=$shared/corpus
out="$dir"
[ "$mode" = check ] && out="$dir/now"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

reuters="$dir/reuters-input.jsonl"
if [ ! -s "$reuters" ]; then
  python3 - "$corpus" "$reuters" <<'EOF'
import importlib.util, json, pathlib, sys
spec = importlib.util.spec_from_file_location("bench_corpus", "scripts/bench-corpus.py")
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for rec in m.reuters(pathlib.Path(sys.argv[1])):
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
EOF
fi

extract() {
  local name=$1
  shift
  "$PARLEY" extract --format jsonl "$@" >"$out/$name.jsonl" 2>"$out/$name.err" || [ $? -eq 1 ]
}
extract seed --published 2022-01-08 $shared/seed/*.txt
extract winer-fr $corpus/winer-fr
extract wikinews-en $corpus/wikinews-en/wikinews_2019.csv
extract wikinews-fr-2012 $corpus/wikinews-fr-2012/documents
extract dev-texts $shared/eval/dev-texts.jsonl
extract reuters "$reuters"

store="$work/store"
for input in "$corpus/winer-fr" "$corpus/wikinews-en/wikinews_2019.csv" \
  "$corpus/wikinews-fr-2012/documents" "$shared/eval/dev-texts.jsonl" "$reuters"; do
  "$PARLEY" --store "$store" ingest "$input" >/dev/null 2>&1 || [ $? -eq 1 ]
done
"$PARLEY" --store "$store" ingest --published 2022-01-08 $shared/seed/*.txt >/dev/null 2>&1 || [ $? -eq 1 ]
"$PARLEY" --store "$store" dump >"$out/dump.nq"

if [ "$mode" = record ]; then
  wc -l "$out"/*.jsonl "$out/dump.nq" | tail -n 1
  exit 0
fi
status=0
for f in "$dir"/*.jsonl "$dir/dump.nq"; do
  name=$(basename "$f")
  [ "$name" = reuters-input.jsonl ] && continue
  if cmp -s "$f" "$out/$name"; then
    echo "same       $name"
  else
    echo "DIFFERENT  $name" >&2
    diff <(python3 -m json.tool --json-lines "$f" 2>/dev/null || cat "$f") \
      <(python3 -m json.tool --json-lines "$out/$name" 2>/dev/null || cat "$out/$name") | head -n 40 >&2 || true
    status=1
  fi
done
exit $status
