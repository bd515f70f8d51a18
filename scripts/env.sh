# Sourced by scripts/quickstart and scripts/test (and so by .ci/run): makes sure the machine can
# build Parley, and keeps the build directory outside the checkout so that every clone and every CI
# run on this machine reuses one RocksDB build.
set -euo pipefail

# Oxigraph's RocksDB binding runs bindgen, which needs libclang.
if ! ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q libclang; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "parley: installing libclang-dev (needed to build RocksDB bindings)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-dev >&2
  else
    echo "parley: libclang is missing; run: sudo apt-get install -y libclang-dev" >&2
    exit 2
  fi
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parley-target}"
