#!/usr/bin/env python3
"""Checks the house rules that a reader of the code relies on (HOUSE-STYLE.md and issues 14, 19):

- no non-test function longer than 80 lines (in src/extract/ by default; --all for all of src/);
- no non-test file longer than 600 lines (with --all);
- at most 80 word-like string literals in the non-test Rust of src/extract/ (language data lives in
  ontology/, not in code);
- no import cycle between the modules of src/ (scripts/import-cycles.py).

Exit 1 when a rule is broken, listing what breaks it.
"""
import argparse, os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MAX_FN, MAX_FILE, MAX_LITERALS = 80, 600, 80


def non_test(src):
    """The text of a file before its test module (`#[cfg(test)]` at the start of a line)."""
    m = re.search(r'^#\[cfg\(test\)\]', src, re.M)
    return src[:m.start()] if m else src


def functions(path):
    """(name, first line, lines) of each fn of a file's non-test part, by brace matching."""
    lines = non_test(open(path, encoding='utf-8').read()).split('\n')
    out = []
    for i, line in enumerate(lines):
        m = re.match(r'\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?fn\s+(\w+)', line)
        if not m:
            continue
        depth, started, j = 0, False, i
        while j < len(lines):
            code = re.sub(r'"(?:[^"\\]|\\.)*"|//.*', '', lines[j])
            code = re.sub(r"'(?:[^'\\]|\\.)'", '', code)
            depth += code.count('{') - code.count('}')
            if '{' in code:
                started = True
            if started and depth <= 0:
                break
            if not started and code.rstrip().endswith(';'):
                break
            j += 1
        out.append((m.group(1), i + 1, j - i + 1))
    return out


def literals(path):
    src = re.sub(r'//[^\n]*', '', non_test(open(path, encoding='utf-8').read()))
    return [l for l in re.findall(r'"((?:[^"\\]|\\.)*)"', src)
            if re.fullmatch(r"[^\W\d_][\w'’.\- ]*", l)]


def rust_files(folder):
    for root, _, files in os.walk(os.path.join(ROOT, folder)):
        for f in sorted(files):
            if f.endswith('.rs') and f not in ('tests.rs', 'testing.rs'):
                yield os.path.join(root, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--all', action='store_true', help='all of src/, not only src/extract/')
    a = ap.parse_args()
    broken = []
    for path in rust_files('src' if a.all else 'src/extract'):
        rel = os.path.relpath(path, ROOT)
        for name, line, n in functions(path):
            if n > MAX_FN:
                broken.append(f'{rel}:{line}: fn {name} has {n} lines (max {MAX_FN})')
        if a.all:
            n = len(non_test(open(path, encoding='utf-8').read()).split('\n'))
            if n > MAX_FILE:
                broken.append(f'{rel}: {n} non-test lines (max {MAX_FILE})')
    words = [(os.path.relpath(p, ROOT), l) for p in rust_files('src/extract') for l in literals(p)]
    if len(words) > MAX_LITERALS:
        broken.append(f'src/extract/: {len(words)} word-like string literals (max {MAX_LITERALS}): '
                      + ', '.join(sorted({l for _, l in words})))
    print(f'src/extract/: {len(words)} word-like string literals')
    cycles = subprocess.run([sys.executable, os.path.join(ROOT, 'scripts', 'import-cycles.py')],
                            capture_output=True, text=True)
    print(cycles.stdout.strip())
    if cycles.returncode:
        broken.append('import cycle')
    for b in broken:
        print(b)
    sys.exit(1 if broken else 0)


main()
