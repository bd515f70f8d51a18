#!/usr/bin/env python3
"""Measures extraction on every evaluation set of ../shared/eval with its reference scorer, and prints
one table (Markdown) of the figures the issues track.

usage: scripts/eval_sets.py [--parley BIN] [--work DIR] [--sets seed,fr-dev,...] [--save FILE.json]
                            [--compare BEFORE.json]

Sets: seed, fr-dev, en-dev (the dev gold), polnear-dev, polnear-train (converted from a local snapshot
of github networkdynamics/PolNeAR by ../shared/eval/polnear_to_gold.py into --work; give its git
directory with --polnear or $POLNEAR_GIT), winer-2017, winer-2016 (person and organisation spans).
PolNeAR has no licence: its texts and annotations stay in --work (default /tmp/parley-eval), never
in the repository.

--save writes the figures as JSON; --compare prints each figure beside the one of an earlier --save
(before -> after), which is how a change to the extractor is judged on every set at once.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(REPO), 'shared')
EVAL = os.path.join(SHARED, 'eval')
CORPUS = os.path.join(SHARED, 'corpus')
ALL_SETS = ['seed', 'fr-dev', 'en-dev', 'polnear-dev', 'polnear-train', 'winer-2017', 'winer-2016']


def run(cmd, out=None):
    with open(out, 'w', encoding='utf-8') if out else open(os.devnull, 'w') as f:
        r = subprocess.run(cmd, stdout=f if out else subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f'eval_sets: {" ".join(cmd[:3])} … failed ({r.returncode}): {r.stderr[-2000:]}')
    return r.stdout


def extract(parley, inputs, out, extra=()):
    run([parley, 'extract', '--format', 'jsonl', *extra, *inputs], out)


def score(gold, pred, texts):
    out = run(['python3', os.path.join(EVAL, 'score.py'), gold, pred, '--texts', texts, '--json'])
    return json.loads(out)


def statements_set(name, parley, work):
    pred = os.path.join(work, f'{name}-pred.jsonl')
    texts = os.path.join(EVAL, 'dev-texts.jsonl')
    if name == 'seed':
        extract(parley, sorted(glob.glob(os.path.join(SHARED, 'seed', '*.txt'))), pred,
                ['--published', '2022-01-08'])
        return score(os.path.join(EVAL, 'seed.jsonl'), pred, texts)
    if name in ('fr-dev', 'en-dev'):
        gold = os.path.join(EVAL, f'{name}.jsonl')
        docs = [json.loads(l)['doc'] for l in open(gold, encoding='utf-8') if l.strip()]
        inputs = sorted({os.path.join(CORPUS, d) for d in docs if not d.startswith('http')})
        if any(d.startswith('http') for d in docs):
            inputs.append(os.path.join(CORPUS, 'wikinews-en', 'wikinews_2019.csv'))
        extract(parley, inputs, pred)
        return score(gold, pred, texts)
    split = name.split('-')[1]
    snapshot = os.environ.get('POLNEAR_GIT') or ARGS.polnear
    gold = os.path.join(work, f'polnear-{split}-gold.jsonl')
    if not os.path.exists(gold):
        if not snapshot:
            sys.exit('eval_sets: PolNeAR needs --polnear GIT_DIR (or $POLNEAR_GIT): a fetched snapshot '
                     'of github networkdynamics/PolNeAR')
        run(['python3', os.path.join(EVAL, 'polnear_to_gold.py'), '--snapshot', snapshot,
             '--split', split, '--out-dir', work])
    inputs = sorted(glob.glob(os.path.join(work, 'polnear', split, 'text', '*.txt')))
    extract(parley, inputs, pred)
    return score(gold, pred, os.path.join(work, f'polnear-{split}-texts.jsonl'))


def mentions_set(name, parley, work):
    year = name.split('-')[1]
    gold_dir = os.path.join(CORPUS, 'winer-fr', year)
    pred = os.path.join(work, f'{name}-pred.jsonl')
    inputs = sorted(glob.glob(os.path.join(gold_dir, '??', f'{year}_*.txt')))
    extract(parley, inputs, pred)
    out = run(['python3', os.path.join(EVAL, 'score_mentions.py'), pred, '--gold-dir', gold_dir, '--json'])
    return json.loads(out)


def rows(name, r):
    """(figure, value) pairs of one set's result."""
    if name.startswith('winer'):
        return [(f'{c} exact F1', r[c]['exact'][2]) for c in ('Person', 'Organization')] + \
               [(f'{c} overlap F1', r[c]['overlap'][2]) for c in ('Person', 'Organization')]
    out = [('attribution F1', r['attribution'][2]), ('attribution P', r['attribution'][0]),
           ('attribution R', r['attribution'][1]), ('detection F1', r['detection'][2])]
    if not name.startswith('polnear'):
        out += [('speech act', r['speech_act_accuracy']), ('mode', r['mode_accuracy']),
                ('quote exact', r['quote_exact']), ('date', r['date_accuracy']),
                ('targets F1', r['targets'][2]), ('speaker country', r['speaker_country_accuracy']),
                ('identity/actor', r['actor_consistency']), ('actor/identity', r['actor_purity'])]
    return out


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--parley', default=os.path.join(os.environ.get('CARGO_TARGET_DIR') or
                                                     os.path.expanduser('~/.cache/parley-target'),
                                                     'debug', 'parley'))
    ap.add_argument('--work', default='/tmp/parley-eval')
    ap.add_argument('--polnear', default=None)
    ap.add_argument('--sets', default=','.join(ALL_SETS))
    ap.add_argument('--save')
    ap.add_argument('--compare')
    ARGS = ap.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    results = {}
    for name in ARGS.sets.split(','):
        if name not in ALL_SETS:
            sys.exit(f'eval_sets: no set {name!r} (sets: {", ".join(ALL_SETS)})')
        f = mentions_set if name.startswith('winer') else statements_set
        results[name] = dict(rows(name, f(name, ARGS.parley, ARGS.work)))
    if ARGS.save:
        with open(ARGS.save, 'w', encoding='utf-8') as f:
            json.dump(results, f, indent=1, sort_keys=True)
    before = json.load(open(ARGS.compare, encoding='utf-8')) if ARGS.compare else {}
    for name, figures in results.items():
        print(f'\n{name}')
        for k, v in figures.items():
            old = before.get(name, {}).get(k)
            if old is None:
                print(f'  {k:18} {v:.3f}')
            else:
                mark = '+' if v > old + 1e-9 else ('-' if v < old - 1e-9 else ' ')
                print(f'  {k:18} {old:.3f} -> {v:.3f} {mark}')


if __name__ == '__main__':
    main()
