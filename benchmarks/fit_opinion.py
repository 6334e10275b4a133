"""Fit the sentence opinion model's weights on labelled sentences; print them as TOML.

    python benchmarks/fit_opinion.py DATA.jsonl [DATA2.jsonl ...] > framing_tui/engine/opinion_model.toml

Each input line needs `text` and either `label` (SUBJ / OBJ) or `opinion` (opinion /
factual; other values are skipped). Every input set counts equally, whatever its size.
The model is an L2-regularised logistic regression over the readable features of
`framing_tui.engine.labels.features` (fitted by Newton's method, pure Python), and the
threshold is the one that maximises the mean macro-F1 over the sets. A two-fold split
by a stable hash of the text reports how much the fit depends on the sentences it saw.
The data is read for fitting only; nothing from it is written anywhere but the weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from framing_tui import analyze
from framing_tui.engine.labels import features
from framing_tui.engine.lexicon_cache import load_lexicon

L2 = 0.5  # regularisation strength, chosen by the two-fold check (0.5, 2, 5, 10 tried)
ROUND = 2


def author_text(text: str, quotes, s, e) -> str:
    chars = list(text[s:e])
    for q in quotes:
        for i in range(max(q.start, s), min(q.end, e)):
            chars[i - s] = " "
    return "".join(chars)


class Item(dict):
    """Element-wise max of the features of an item's author-voice sentences (for fitting),
    with each sentence's own features kept in `.sentences` (for the decision: the item is
    opinion when any one sentence is, as the tool decides)."""

    sentences: list[dict[str, float]]


def item_features(text: str, lex) -> Item | None:
    """The item's features, or None when every sentence is reported or boilerplate."""
    r = analyze(text, lexicons=lex)
    out: Item | None = None
    for n, s in enumerate(r.sentences):
        if s.label in ("reported", "boilerplate"):
            continue
        fs = [f for f in r.findings if f.sentence == n and f.voice == "author"]
        feats = features(author_text(text, r.quotes, s.start, s.end), fs)
        if out is None:
            out = Item()
            out.sentences = []
        out.sentences.append(feats)
        for k, v in feats.items():
            out[k] = max(out.get(k, 0.0), v)
    return out


def gold(row: dict) -> bool | None:
    if "label" in row:
        return row["label"] == "SUBJ"
    if row.get("opinion") in ("opinion", "factual"):
        return row["opinion"] == "opinion"
    return None


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(xs: list[list[float]], ys: list[float], ws: list[float], iters: int = 12, l2: float = L2) -> list[float]:
    """Weighted L2 logistic regression by Newton's method; the first column is the bias."""
    d = len(xs[0])
    beta = [0.0] * d
    for _ in range(iters):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, w in zip(xs, ys, ws, strict=True):
            z = sum(b * v for b, v in zip(beta, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = w * (y - p), w * p * (1 - p)
            for i in range(d):
                if x[i]:
                    grad[i] += g * x[i]
                    row = hess[i]
                    for j in range(d):
                        if x[j]:
                            row[j] += h * x[i] * x[j]
        for i in range(1, d):
            grad[i] -= l2 * beta[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
    return beta


def macro_f1(gold_: list[bool], pred: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold_, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold_, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold_, pred, strict=True))
    tn = len(gold_) - tp - fp - fn

    def f(a, b, c):
        return 2 * a / (2 * a + b + c) if a else 0.0

    return (f(tp, fp, fn) + f(tn, fn, fp)) / 2


def scores(beta, names, rows):
    """Each item's score: the highest of its sentences' scores (-1 when all are reported)."""
    out = []
    for item in rows:
        if item is None:
            out.append(-1.0)
            continue
        best = -1.0
        for feats in item.sentences:
            z = beta[0] + sum(b * feats.get(n, 0.0) for b, n in zip(beta[1:], names, strict=True))
            best = max(best, 1.0 / (1.0 + math.exp(-z)))
        out.append(best)
    return out


def best_threshold(sets, beta, names) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in [x / 100 for x in range(20, 81)]:
        m = sum(macro_f1(g, [s >= t for s in scores(beta, names, r)]) for g, r in sets) / len(sets)
        if m > best[1]:
            best = (t, m)
    return best


def run(sets_rows: list[list[tuple[bool, dict | None]]], names: list[str]) -> tuple[list[float], float, float]:
    xs, ys, ws = [], [], []
    for rows in sets_rows:
        usable = [(g, f) for g, f in rows if f is not None]
        for g, f in usable:
            xs.append([1.0] + [f.get(n, 0.0) for n in names])
            ys.append(1.0 if g else 0.0)
            ws.append(1000.0 / len(usable))  # each set counts equally
    beta = fit(xs, ys, ws)
    sets = [([g for g, _ in rows], [f for _, f in rows]) for rows in sets_rows]
    t, m = best_threshold(sets, beta, names)
    return beta, t, m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="+", type=Path)
    args = ap.parse_args()
    lex = load_lexicon(strict=False)
    sets_rows = []
    for path in args.data:
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            g = gold(row)
            if g is not None:
                rows.append((g, item_features(row["text"], lex), row["text"]))
        sets_rows.append(rows)
        print(f"# {path.name}: {len(rows)} sentences", file=sys.stderr)
    names = sorted({k for rows in sets_rows for _, f, _ in rows if f for k in f})
    beta, t, m = run([[(g, f) for g, f, _ in rows] for rows in sets_rows], names)
    print(f"# fitted on all: mean macro-F1 {m:.3f} at threshold {t:.2f}", file=sys.stderr)
    for path, rows in zip(args.data, sets_rows, strict=True):
        each = macro_f1([g for g, _, _ in rows], [s >= t for s in scores(beta, names, [f for _, f, _ in rows])])
        print(f"#   {path.name}: macro-F1 {each:.3f}", file=sys.stderr)

    def half(text: str) -> int:
        return hashlib.sha1(text.encode()).digest()[0] & 1

    for k in (0, 1):
        train = [[(g, f) for g, f, x in rows if half(x) != k] for rows in sets_rows]
        test = [
            ([g for g, f, x in rows if half(x) == k], [f for g, f, x in rows if half(x) == k]) for rows in sets_rows
        ]
        b, tt, _ = run(train, names)
        each = [macro_f1(g, [s >= tt for s in scores(b, names, r)]) for g, r in test]
        per_set = ", ".join(f"{p.stem} {v:.3f}" for p, v in zip(args.data, each, strict=True))
        print(
            f"# fold {k}: fitted on one half, mean macro-F1 on the other {sum(each) / len(each):.3f} ({per_set})",
            file=sys.stderr,
        )

    print("# Weights of the sentence opinion model (log-odds per unit of each feature).")
    print(f"# Fitted by benchmarks/fit_opinion.py (L2 {L2}) on: {', '.join(p.name for p in args.data)}.")
    print("# See framing_tui/engine/labels.py for the features.")
    print(f"bias = {round(beta[0], ROUND)}")
    print(f"threshold = {t}")
    print("\n[weights]")
    for n, b in zip(names, beta[1:], strict=True):
        print(f'"{n}" = {round(b, ROUND)}')
    return 0


if __name__ == "__main__":
    sys.exit(main())
