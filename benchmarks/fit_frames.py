"""Fit the per-frame models of the frame scores; print them as TOML.

    python benchmarks/fit_frames.py FRAMES.jsonl > framing_tui/engine/frame_model.toml

Each input line needs `text` and `frames` (the frame ids present). For each of the 14
frames, an L2-regularised logistic regression over four readable numbers (log cue mass,
share of all cue mass, headline use, distinct cue terms; see framing_tui/engine/frames.py) is fitted, and its
bias is then shifted so that the decision threshold that maximises the frame's F1 (on a
coarse grid) lands on 0.5. A two-fold split by a stable hash of the text shows how well
the models carry over to articles they were not fitted on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from fit_opinion import fit

from framing_tui.engine import frames as fr
from framing_tui.engine.analyze import analyze_parts
from framing_tui.engine.matcher import load_lexicon
from framing_tui.engine.report import FRAME_IDS

GRID = [x / 20 for x in range(2, 19)]
L2 = 0.3  # three or four features and ~300 articles: light regularisation


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def prob(p, x) -> float:
    if x[0] == 0:
        return 0.0
    z = p[0] + sum(a * b for a, b in zip(p[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def fit_frame(fid, rows) -> tuple[float, ...]:
    xs = [[1.0, *ev[fid]] for _, ev in rows]
    ys = [1.0 if fid in g else 0.0 for g, _ in rows]
    beta = fit(xs, ys, [1.0] * len(xs), l2=L2)

    def score(t: float) -> float:
        tp = sum(1 for (g, ev) in rows if fid in g and prob(beta, ev[fid]) >= t)
        fp = sum(1 for (g, ev) in rows if fid not in g and prob(beta, ev[fid]) >= t)
        fn = sum(1 for (g, ev) in rows if fid in g and prob(beta, ev[fid]) < t)
        return f1(tp, fp, fn)

    t = max(GRID, key=lambda t: (score(t), -abs(t - 0.5)))
    beta[0] -= math.log(t / (1 - t))  # move the best threshold to 0.5
    return tuple(round(b, 3) for b in beta)


def evaluate(rows, model) -> tuple[float, float, dict[str, float]]:
    per = {f: [0, 0, 0] for f in FRAME_IDS}
    for g, ev in rows:
        for f in FRAME_IDS:
            p = prob(model[f], ev[f]) >= 0.5
            per[f][0] += f in g and p
            per[f][1] += f not in g and p
            per[f][2] += f in g and not p
    tp, fp, fn = (sum(v[i] for v in per.values()) for i in range(3))
    each = {f: f1(*v) for f, v in per.items()}
    return f1(tp, fp, fn), sum(each.values()) / len(each), each


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    lex = load_lexicon(strict=False)
    rows, texts = [], []
    for line in args.data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        parts = analyze_parts(row["text"], lex)
        rows.append((set(row["frames"]), fr.evidence(*parts)))
        texts.append(row["text"])
    model = {f: fit_frame(f, rows) for f in FRAME_IDS}
    micro, macro, each = evaluate(rows, model)
    print(f"# {args.data.name}: {len(rows)} articles; fitted: micro-F1 {micro:.3f}, macro-F1 {macro:.3f}", file=sys.stderr)
    for f, v in each.items():
        print(f"#   {f:46s} F1 {v:.3f}", file=sys.stderr)
    half = [hashlib.sha1(t.encode()).digest()[0] & 1 for t in texts]
    for k in (0, 1):
        train = [r for r, h in zip(rows, half, strict=True) if h != k]
        test = [r for r, h in zip(rows, half, strict=True) if h == k]
        mi, ma, _ = evaluate(test, {f: fit_frame(f, train) for f in FRAME_IDS})
        print(f"# fold {k}: fitted on one half, on the other: micro-F1 {mi:.3f}, macro-F1 {ma:.3f}", file=sys.stderr)
    print("# Per-frame logistic models: [bias, log cue mass, share of cue mass, headline, log distinct cues].")
    print(f"# Fitted by benchmarks/fit_frames.py on {args.data.name}; the bias is shifted so")
    print("# that each frame's best F1 threshold is 0.5. See framing_tui/engine/frames.py.")
    print("[frames]")
    for fid in FRAME_IDS:
        print(f"{fid} = {list(model[fid])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
