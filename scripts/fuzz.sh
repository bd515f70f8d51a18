#!/usr/bin/env bash
# Fuzzes Parley's readers and extraction pipeline with cargo-fuzz (libFuzzer), each target for
# SECONDS (default 600), two at a time, seeded with the example corpus. Stable Rust is enough: no
# sanitizer (-s none; Rust code is memory-safe, what is looked for is panics, hangs and blow-ups),
# and the library is built without RocksDB. Prints one line per target; crashes are kept in
# fuzz/artifacts/TARGET/ and reproduced with `cargo fuzz run -s none -O TARGET FILE`.
#
#   scripts/fuzz.sh            # 10 minutes a target
#   SECONDS_EACH=60 scripts/fuzz.sh read_html extract
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
. ../scripts/env.sh
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
each="${SECONDS_EACH:-600}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(read_txt read_html read_jsonl read_csv extract)
cargo fuzz build -s none -O >&2
mkdir -p seeds/txt seeds/html seeds/jsonl seeds/csv
cp ../examples/fr/*.txt seeds/txt/
cp ../examples/fr/*.html seeds/html/
cp ../examples/press.jsonl seeds/jsonl/
head -c 20000 ../examples/en/wikinews-2019.csv >seeds/csv/wikinews-head.csv
run() {
  local t="$1" seeds
  seeds="seeds/${t#read_}"
  [ "$t" = extract ] && seeds=seeds/txt
  mkdir -p "corpus/$t"
  local log="corpus/$t.log"
  if cargo fuzz run -s none -O "$t" "corpus/$t" "$seeds" -- \
    -max_total_time="$each" -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1; then
    echo "$t: no crash in $each s, $(grep -o 'Done [0-9]* runs' "$log" | tail -1 | cut -d' ' -f2) runs, corpus of $(ls "corpus/$t" | wc -l) inputs"
  else
    echo "$t: FAILED, see fuzz/$log and fuzz/artifacts/$t/"
    return 1
  fi
}
export -f run
export each
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'run {}'
