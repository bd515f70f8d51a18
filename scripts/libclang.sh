# Sourced by scripts/env.sh (and by the test of this check): parley_find_libclang prints a
# libclang that bindgen can load when it builds RocksDB's bindings, or fails. It follows the
# search of clang-sys 1.9 (build/common.rs and build/dynamic.rs, loaded at run time), so that a
# machine without one is told so before RocksDB compiles for ten minutes:
# - file names libclang.so, libclang-*.so, libclang.so.*, libclang-*.so.*, but never one with
#   "-cpp." in it (libclang-cpp.so.14 is another library, installed with other clang packages);
# - a 64-bit ELF file (clang-sys checks the ELF class);
# - with LIBCLANG_PATH set, that file or directory only, nothing else;
# - otherwise `$LLVM_CONFIG_PATH --prefix` (default llvm-config) /bin, /lib and /lib64, the
#   directories of LD_LIBRARY_PATH and LIBRARY_PATH, then the directories matching
#   /usr/local/llvm*/lib*, /usr/local/lib*/*/*, /usr/local/lib*/*, /usr/local/lib*,
#   /usr/lib*/*/*, /usr/lib*/*, /usr/lib* (without regard to case).
# An argument ROOT puts those last directories under ROOT (for the test, which builds a fake tree).

# The libclang files of one directory that clang-sys would take, one a line.
parley_libclang_in() (
  dir=$1
  [ -d "$dir" ] || return 0
  shopt -s nullglob dotglob
  for f in "$dir"/libclang.so "$dir"/libclang-*.so "$dir"/libclang.so.* "$dir"/libclang-*.so.*; do
    case "${f##*/}" in *-cpp.*) continue ;; esac
    # a 64-bit ELF shared object: \x7fELF then class 2 (a dangling link reads nothing)
    [ "$(head -c 5 "$f" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 7f454c4602 ] || continue
    echo "$f"
  done
)

parley_find_libclang() (
  root=${1:-}
  found() { [ -n "$1" ] && printf '%s\n' "${1%%$'\n'*}" && exit 0; }
  if [ -n "${LIBCLANG_PATH:-}" ]; then
    if [ -f "$LIBCLANG_PATH" ]; then
      found "$(parley_libclang_in "$(dirname "$LIBCLANG_PATH")" | grep -Fx -- "$(dirname "$LIBCLANG_PATH")/$(basename "$LIBCLANG_PATH")")"
    fi
    found "$(parley_libclang_in "$LIBCLANG_PATH")"
    exit 1
  fi
  prefix=$("${LLVM_CONFIG_PATH:-llvm-config}" --prefix 2>/dev/null | head -n 1) || prefix=
  if [ -n "$prefix" ]; then
    for d in "$prefix/bin" "$prefix/lib" "$prefix/lib64"; do
      found "$(parley_libclang_in "$d")"
    done
  fi
  for list in "${LD_LIBRARY_PATH:-}" "${LIBRARY_PATH:-}"; do
    IFS=: read -r -a dirs <<<"$list"
    for d in "${dirs[@]}"; do
      [ -n "$d" ] && found "$(parley_libclang_in "$d")"
    done
  done
  shopt -s nullglob nocaseglob dotglob
  for pattern in "$root"/usr/local/llvm*/lib* "$root"/usr/local/lib*/*/* "$root"/usr/local/lib*/* \
    "$root"/usr/local/lib* "$root"/usr/lib*/*/* "$root"/usr/lib*/* "$root"/usr/lib*; do
    [ -d "$pattern" ] && found "$(parley_libclang_in "$pattern")"
  done
  exit 1
)

# Shared libraries named libclang*.so* in the usual places, to say what was found instead when
# none is one bindgen loads (libclang-cpp.so.14, say).
parley_libclang_lookalikes() (
  root=${1:-}
  shopt -s nullglob
  n=0
  # the first five, counted rather than cut by head: a pipe cut short would fail the caller's
  # pipefail with SIGPIPE when there are more
  for f in "$root"/usr/lib/llvm-*/lib/libclang*.so* "$root"/usr/lib/*/libclang*.so* \
    "$root"/usr/lib/libclang*.so*; do
    echo "$f"
    n=$((n + 1))
    [ "$n" -lt 5 ] || break
  done
)
