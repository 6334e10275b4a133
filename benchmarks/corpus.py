"""Synthetic news-like articles for the benchmarks: deterministic, written from templates.

Every sentence is assembled from templates and the word lists in corpus_words.py, written for this
project (fictional towns, people and bodies); no text comes from any outlet or data set.
The articles have what the engine looks at: headlines, bylines, datelines, direct and
indirect quotes with attributions, anonymous sources, loaded words, hedges, numbers.

    python benchmarks/corpus.py corpus corpus.jsonl -n 10000    # JSONL of {"id", "text"}
    python benchmarks/corpus.py doc big.txt --size 1MB          # one long article
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

from corpus_words import (
    ANON,
    BODIES,
    BODY,
    BOOSTERS,
    DAYS,
    DOCS,
    EFFECTS,
    FIRST,
    GROUPS,
    HEADLINES,
    HEDGES,
    LAST,
    LOADED_ADJ,
    LOADED_NOUN,
    LOADED_VERB,
    MONTHS,
    QUOTE_BODIES,
    REASONS,
    ROLES,
    SAY,
    TOPICS,
    TOWNS,
    WEASELS,
)


class _Article:
    """One article's cast and setting, so names and places recur within it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.town = rng.choice(TOWNS)
        self.body = rng.choice(BODIES)
        self.topic = rng.choice(TOPICS)
        self.cast = [(rng.choice(ROLES), rng.choice(FIRST), rng.choice(LAST)) for _ in range(4)]
        self.curly = rng.random() < 0.3

    def money(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"${r.randint(2, 480)} million",
                f"${r.randint(120, 990)},000",
                f"${r.randint(1, 9)}.{r.randint(1, 9)} billion",
            )
        )

    def fields(self) -> dict[str, object]:
        r = self.rng
        role, first, last = r.choice(self.cast)
        ladj = r.choice(LOADED_ADJ)
        anon = r.choice(ANON)
        f = dict(
            town=self.town,
            body=self.body,
            topic=self.topic,
            group=r.choice(GROUPS),
            day=r.choice(DAYS),
            month=r.choice(MONTHS),
            year=r.randint(2015, 2029),
            dd=r.randint(1, 28),
            v1=r.randint(4, 9),
            v2=r.randint(0, 4),
            yrs=r.randint(2, 30),
            pct=r.randint(11, 89),
            pct2=r.randint(11, 89),
            num=f"{r.randint(1, 40) * 250:,}",
            money=self.money(),
            money2=self.money(),
            effect=r.choice(EFFECTS),
            reason=r.choice(REASONS),
            doc=r.choice(DOCS),
            anon=anon,
            anon_cap=anon[0].upper() + anon[1:],
            loaded_adj=ladj,
            loaded_adj_cap=ladj.capitalize(),
            a_loaded_adj=("an " if ladj[0] in "aeiou" else "a ") + ladj,
            loaded_noun=r.choice(LOADED_NOUN),
            loaded_verb=r.choice(LOADED_VERB),
            booster=r.choice(BOOSTERS),
            hedge=r.choice(HEDGES),
            weasel=r.choice(WEASELS),
            say=r.choice(SAY),
            say_pre=r.choice(("said", "added")),
            role=role,
            full=f"{first} {last}",
            name=r.choice((last, f"{first} {last}")),
        )
        f["quote"] = r.choice(QUOTE_BODIES).format(**f)
        f["quote2"] = r.choice(QUOTE_BODIES).format(**f)
        return f

    def sentence(self) -> str:
        s = self.rng.choice(BODY).format(**self.fields())
        if self.curly:
            s = _curl(s)
        return s

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))

    def head(self) -> list[str]:
        f = self.fields()
        role, first, last = self.cast[0]
        headline = self.rng.choice(HEADLINES).format(**f)
        byline = f"By {self.rng.choice(FIRST)} {self.rng.choice(LAST)}, Staff Writer"
        lede = (
            f"{self.town.upper()} — The {self.body} took up the {self.topic} on {f['day']}, "
            f"a measure {role} {first} {last} has called {f['a_loaded_adj']} test of the "
            f"city's finances."
        )
        return [headline[0].upper() + headline[1:], byline, lede]


def _curl(s: str) -> str:
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def article(rng: random.Random, words: int | None = None) -> str:
    """One article of about `words` words (random 350-1100 when None)."""
    a = _Article(rng)
    target = words if words is not None else rng.randint(350, 1100)
    paras = a.head()
    n = sum(len(p.split()) for p in paras)
    while n < target:
        p = a.paragraph()
        paras.append(p)
        n += len(p.split())
    return "\n\n".join(paras) + "\n"


def document(size: int, seed: int = 8) -> str:
    """One long article of at least `size` bytes of UTF-8 (stops within a paragraph of it)."""
    rng = random.Random(seed)
    a = _Article(rng)
    paras = a.head()
    n = sum(len(p.encode()) + 2 for p in paras)
    while n < size:
        if rng.random() < 0.02:  # a long document changes its subject now and then
            a = _Article(rng)
        p = a.paragraph()
        paras.append(p)
        n += len(p.encode()) + 2
    return "\n\n".join(paras) + "\n"


def corpus(n: int, seed: int = 8) -> Iterator[dict[str, str]]:
    """`n` articles as {"id", "text"} records; the first k of a seed are the same for any n."""
    rng = random.Random(seed)
    for i in range(n):
        yield {"id": f"synth-{i:05d}", "text": article(rng)}


def write_jsonl(path: Path, n: int, seed: int = 8) -> int:
    """Write `n` articles to `path`; returns the bytes of article text written."""
    total = 0
    with path.open("w", encoding="utf-8") as f:
        for rec in corpus(n, seed):
            total += len(rec["text"].encode())
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return total


def parse_size(s: str) -> int:
    s = s.strip().upper().removesuffix("B")
    mult = {"K": 1000, "M": 1000_000, "G": 1000_000_000}.get(s[-1:], 1)
    return int(float(s.rstrip("KMG")) * mult)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus", help="write N articles as JSONL")
    c.add_argument("out", type=Path)
    c.add_argument("-n", type=int, default=10_000)
    d = sub.add_parser("doc", help="write one long article of about SIZE (10KB, 1MB, ...)")
    d.add_argument("out", type=Path)
    d.add_argument("--size", default="1MB")
    for p in (c, d):
        p.add_argument("--seed", type=int, default=8)
    a = ap.parse_args(argv)
    if a.cmd == "corpus":
        total = write_jsonl(a.out, a.n, a.seed)
        print(f"{a.out}: {a.n} articles, {total / 1e6:.1f} MB of text")
    else:
        text = document(parse_size(a.size), a.seed)
        a.out.write_text(text, encoding="utf-8")
        print(f"{a.out}: {len(text.encode()) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
