#!/usr/bin/env python3
"""Lists import cycles between the modules of src/ (exit 1 if there is one).

A module is a top-level module of the library (`extract`, `rdf`, `store`, …); module A depends on B
when a file of A names `crate::B` (in a `use` or a path). `--depth 2` looks one level deeper
(`extract::mentions`, `rdf::ids`), where a cycle inside one top-level module is reported too.
"""
import argparse, os, re, sys

def module_of(path, depth):
    rel = os.path.relpath(path, 'src')[:-3].split(os.sep)
    if rel[-1] in ('mod', 'lib', 'main'):
        rel = rel[:-1]
    return '::'.join(rel[:depth]) if rel else 'crate'

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--depth', type=int, default=1)
    a = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    edges = {}
    modules = set()
    for root, _, files in os.walk('src'):
        for f in files:
            if f.endswith('.rs'):
                modules.add(module_of(os.path.join(root, f), 99))
    def owner(parts):
        """The module a path names: its longest prefix that is a module of src/."""
        for n in range(len(parts), 0, -1):
            if '::'.join(parts[:n]) in modules:
                return '::'.join(parts[:min(n, a.depth)])
        return None
    for root, _, files in os.walk('src'):
        for f in files:
            if not f.endswith('.rs') or f in ('tests.rs', 'testing.rs'):
                continue
            path = os.path.join(root, f)
            src = open(path, encoding='utf-8').read()
            cut = src.find('#[cfg(test)]')
            if cut >= 0:
                src = src[:cut]
            src = re.sub(r'//[^\n]*', '', src)
            me = module_of(path, a.depth)
            targets = set()
            for m in re.finditer(r'crate::((?:\w+::)*\w+)', src):
                targets.add(owner(m.group(1).split('::')))
            # `use crate::x::{a, b::c}`: each name of the group
            for m in re.finditer(r'crate::((?:\w+::)*)\{([^}]*)\}', src):
                base = m.group(1).rstrip(':').split('::')
                for name in re.findall(r'\b(\w+)\b', m.group(2)):
                    targets.add(owner(base + [name]))
            targets.discard(None)
            for t in targets:
                if t != me and not me.startswith(t + '::') and not t.startswith(me + '::'):
                    edges.setdefault(me, set()).add(t)
    mods = set(edges) | {t for ts in edges.values() for t in ts}
    known = {m for m in mods if m in edges or any(m == t for t in mods)}
    # strongly connected components (Tarjan)
    index, low, stack, on, out = {}, {}, [], set(), []
    def visit(v):
        index[v] = low[v] = len(index); stack.append(v); on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))
    sys.setrecursionlimit(10000)
    for v in sorted(known):
        if v not in index:
            visit(v)
    for comp in out:
        inner = [f'{x} -> {y}' for x in comp for y in sorted(edges.get(x, ())) if y in comp]
        print('cycle: ' + ', '.join(inner))
    if not out:
        print(f'no import cycle between {len(known)} modules (depth {a.depth})')
    sys.exit(1 if out else 0)

main()
