"""Pathological inputs finish in linear time: each shape at size n and 2n, and the ratio.

    python benchmarks/bench_pathological.py            # sizes as in issue 7
    python benchmarks/bench_pathological.py --scale 0.2

A ratio near 2 means linear; near 4 would mean quadratic. Run by hand; not a test.
"""

from __future__ import annotations

import argparse
import time

from framing_tui import analyze
from framing_tui.engine.lexicon_cache import load_lexicon

SHAPES = {
    "one line, no punctuation (5 MB)": lambda n: ("word " * (n // 5)).strip(),
    "quotation marks only (100,000)": lambda n: '"a" ' * (n // 4),
    "nested brackets (10,000 deep)": lambda n: "(" * (n // 2) + "x" + ")" * (n // 2),
    "quotes with attributions": lambda n: '"It works," Mayor Ann Lee said. ' * (n // 32),
    "a long run-on sentence with commas": lambda n: "and then, " * (n // 10),
}
BASE = {  # the sizes issue 7 names, in characters
    "one line, no punctuation (5 MB)": 5_000_000,
    "quotation marks only (100,000)": 400_000,
    "nested brackets (10,000 deep)": 20_000,
    "quotes with attributions": 1_000_000,
    "a long run-on sentence with commas": 1_000_000,
}


def timed(text: str, lex) -> float:
    t0 = time.perf_counter()
    analyze(text, lexicons=lex)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the sizes (default 1)")
    args = ap.parse_args()
    lex = load_lexicon()
    analyze("Warm up the caches.", lexicons=lex)
    print(f"{'shape':40s} {'size n':>10s} {'time n':>8s} {'time 2n':>8s} {'ratio':>6s}")
    for name, make in SHAPES.items():
        n = int(BASE[name] * args.scale)
        small, big = make(n // 2), make(n)
        a, b = timed(small, lex), timed(big, lex)
        print(f"{name:40s} {len(big):>10,d} {a:8.2f} {b:8.2f} {b / a if a else 0:6.2f}")


if __name__ == "__main__":
    main()
