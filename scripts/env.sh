# Sourced by scripts/quickstart and scripts/test (and so by .ci/run): makes sure the machine can
# build Parley, and keeps the build directory outside the checkout so that every clone and every CI
# run on this machine reuses one RocksDB build.
set -euo pipefail

# Oxigraph's RocksDB binding runs bindgen, which loads libclang: checked before anything compiles,
# exactly as bindgen's clang-sys looks for it (scripts/libclang.sh), so that a machine with only
# libclang-cpp (installed with other clang packages) is not found out after RocksDB has compiled.
. "$(dirname "${BASH_SOURCE[0]}")/libclang.sh"
if ! parley_find_libclang >/dev/null; then
  others=$(parley_libclang_lookalikes | tr '\n' ' ')
  if [ -n "$others" ] && [ -z "${LIBCLANG_PATH:-}" ]; then
    echo "parley: no libclang that bindgen can load (found only ${others% }: not libclang itself)" >&2
  fi
  if [ -n "${LIBCLANG_PATH:-}" ]; then
    echo "parley: LIBCLANG_PATH=$LIBCLANG_PATH holds no libclang.so, libclang-*.so, libclang.so.* or libclang-*.so.*" >&2
    exit 2
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "parley: installing libclang-dev (needed to build RocksDB bindings)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-dev >&2
    if ! parley_find_libclang >/dev/null; then
      echo "parley: libclang-dev is installed but bindgen would still find no libclang; set LIBCLANG_PATH to the directory of libclang.so" >&2
      exit 2
    fi
  else
    echo "parley: libclang is missing; run: sudo apt-get install -y libclang-dev (or set LIBCLANG_PATH to the directory of libclang.so)" >&2
    exit 2
  fi
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parley-target}"
