#!/usr/bin/env python3
"""Writes a benchmark corpus as JSONL from the real corpora in ../shared/corpus.

    scripts/bench-corpus.py --articles 100000 > /tmp/bench.jsonl

Sources, in this order: Reuters-21578 (19,043 English wire stories with a body, 1987), French
Wikinews from WiNER-fr (2016-2017), English Wikinews 2019 (CSV) and French Wikinews 2012 (HTML,
tags stripped). When --articles asks for more than the corpora hold, the whole sequence is repeated
with distinct ids (`...#copy-K`), so every record is real news text and every key is unique.
Deterministic: the same arguments give the same bytes.
"""

import argparse
import csv
import html
import json
import re
import sys
from pathlib import Path

MONTHS = {m: i for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


def reuters(root):
    story = re.compile(r"<REUTERS [^>]*NEWID=\"(\d+)\">(.*?)</REUTERS>", re.S)
    for path in sorted((root / "reuters-21578" / "sgm-data").glob("*.sgm")):
        data = path.read_bytes().decode("latin-1")
        for newid, body in story.findall(data):
            text = re.search(r"<BODY>(.*?)</BODY>", body, re.S)
            if not text:
                continue
            title = re.search(r"<TITLE>(.*?)</TITLE>", body, re.S)
            date = re.search(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})", body)
            rec = {"id": f"reuters-21578-{newid}", "lang": "en",
                   "source": "Reuters-21578"}
            if title:
                rec["title"] = html.unescape(title.group(1)).strip()
            if date:
                d, m, y = date.groups()
                rec["published"] = f"{y}-{MONTHS[m]:02d}-{int(d):02d}"
            # control characters of the wire format are not text
            body_text = html.unescape(text.group(1))
            rec["text"] = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", body_text)
            yield rec


def winer(root):
    for path in sorted((root / "winer-fr").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        yield {"id": f"winer-fr/{path.name}", "lang": "fr", "source": "Wikinews fr (WiNER)",
               "text": text}


def wikinews_en(root):
    with open(root / "wikinews-en" / "wikinews_2019.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield {"url": row["url"], "published": row["date"][:10], "title": row["title"],
                   "lang": "en", "source": "Wikinews en", "text": row["text"]}


def wikinews_fr_2012(root):
    folder = root / "wikinews-fr-2012"
    for path in sorted(folder.rglob("*.html")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        text = re.sub(r"[ \t]+", " ", text)
        text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
        yield {"id": f"wikinews-fr-2012/{path.name}", "lang": "fr",
               "source": "Wikinews fr 2012", "text": text}


def main():
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--corpus", type=Path, default=here.parent / "shared" / "corpus")
    args = ap.parse_args()
    base = [r for src in (reuters, winer, wikinews_en, wikinews_fr_2012)
            for r in src(args.corpus)]
    if not base:
        sys.exit(f"no articles under {args.corpus}")
    out = sys.stdout
    written = 0
    copy = 0
    while written < args.articles:
        for rec in base:
            if written == args.articles:
                break
            if copy:
                rec = dict(rec)
                for key in ("id", "url"):
                    if key in rec:
                        rec[key] = f"{rec[key]}#copy-{copy}"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1
        copy += 1
    print(f"bench-corpus: {written} articles ({len(base)} distinct texts, {copy} passes)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
