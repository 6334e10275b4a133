"""Engine benchmarks: latency, throughput, growth with size, memory, cold start, batch, peers.

    python benchmarks/bench_engine.py            # quick: 2,000 generated articles
    python benchmarks/bench_engine.py --full     # the 10,000-article corpus

Run by hand, not in the test suite; see benchmarks/README.md for what each row means.
Peers (TextBlob, VADER, proselint) are optional and belong in a throwaway venv.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus as gen  # noqa: E402

PEER_HINT = "pip install textblob vaderSentiment proselint   # into the bench venv, see README"
ROWS: list[tuple[str, str, str, str]] = []


def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
    ROWS.append((name, value, target, "" if ok is None else ("ok" if ok else "MISS")))
    print(f"  {name}: {value}", file=sys.stderr, flush=True)


def median_s(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def framing_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("framing")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "framing_tui"]


def child_size(size: int, seed: int) -> None:
    """Run in a fresh process: one analyze() of a `size`-byte document; JSON to stdout."""
    from framing_tui import analyze

    analyze("Warm up. The council met on Tuesday.")
    text = gen.document(size, seed)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, c = time.perf_counter(), time.process_time()
    rep = analyze(text)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    traced = None
    if size == 1_000_000:  # Python allocations of analyze() alone (slow: run after timing)
        del rep
        tracemalloc.start()
        rep = analyze(text)
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    print(
        json.dumps(
            {
                "bytes": len(text.encode()),
                "s": dt,
                "cpu": cpu,
                "rss_before_mb": before / 1024,
                "rss_peak_mb": peak / 1024,
                "traced_peak_mb": traced,
                "sentences": len(rep.sentences),
            }
        )
    )


def bench_examples(analyze, repeat: int) -> None:
    for f in sorted((ROOT / "examples").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        s = median_s(lambda text=text: analyze(text), repeat)
        row(f"analyze() examples/{f.name} ({len(text.encode()) / 1000:.1f} KB)", f"{s * 1e3:.1f} ms", "warm, median")
    text = gen.article(random.Random(1000), words=1000)
    words = len(text.split())
    s = median_s(lambda: analyze(text), repeat)
    row(f"analyze() {words}-word article", f"{s * 1e3:.1f} ms", "<= 10 ms", s <= 0.010)


def bench_corpus(analyze, docs: list[str], prose_docs: int) -> None:
    nbytes = [len(d.encode()) for d in docs]
    total_mb = sum(nbytes) / 1e6
    sents: list[list[str]] = []
    per_doc: list[float] = []
    t0 = time.perf_counter()
    for d in docs:
        t = time.perf_counter()
        rep = analyze(d)
        per_doc.append(time.perf_counter() - t)
        sents.append([d[s.start : s.end] for s in rep.sentences])
    ours = time.perf_counter() - t0
    nsent = sum(map(len, sents))
    row(
        f"analyze() corpus: {len(docs)} articles, {total_mb:.1f} MB, {nsent} sentences",
        f"{total_mb / ours:.2f} MB/s, {len(docs) / ours:.0f} docs/s ({ours:.1f} s)",
    )
    flat = [s for ss in sents for s in ss]
    peers_sentence(flat, ours, total_mb)
    peer_proselint(docs[:prose_docs], sum(per_doc[:prose_docs]), sum(nbytes[:prose_docs]) / 1e6)


def peers_sentence(flat: list[str], ours: float, total_mb: float) -> None:
    try:
        from textblob import TextBlob
    except ImportError:
        row("TextBlob subjectivity per sentence", "skipped: not installed", PEER_HINT)
    else:
        _ = TextBlob("A warm-up sentence, quite good.").sentiment.subjectivity
        t = time.perf_counter()
        for s in flat:
            TextBlob(s).sentiment.subjectivity  # noqa: B018
        tb = time.perf_counter() - t
        row("TextBlob(s).sentiment.subjectivity, same sentences", f"{total_mb / tb:.2f} MB/s")
        row("ratio ours / TextBlob (throughput)", f"{tb / ours:.2f}x", ">= 1.5x", tb / ours >= 1.5)
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        row("VADER polarity_scores per sentence", "skipped: not installed", PEER_HINT)
    else:
        sia = SentimentIntensityAnalyzer()
        sia.polarity_scores("A warm-up sentence, quite good.")
        t = time.perf_counter()
        for s in flat:
            sia.polarity_scores(s)
        vd = time.perf_counter() - t
        row("VADER polarity_scores, same sentences", f"{total_mb / vd:.2f} MB/s")
        row("ratio ours / VADER (throughput)", f"{vd / ours:.2f}x", "reported")


def _proselint_lint():
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        try:
            from proselint.tools import lint  # proselint < 0.16
        except ImportError:
            return None
        return lint
    CheckRegistry().register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}  # no early stop: every check runs to the end
    return lambda text: LintFile("<bench>", text).lint(config)


def peer_proselint(docs: list[str], ours: float, mb: float) -> None:
    lint = _proselint_lint()
    if lint is None:
        row("proselint whole text", "skipped: not installed", PEER_HINT)
        return
    lint(docs[0])
    t = time.perf_counter()
    for d in docs:
        lint(d)
    pl = time.perf_counter() - t
    row(f"proselint whole text, first {len(docs)} articles", f"{mb / pl:.2f} MB/s")
    row("ratio ours / proselint (throughput)", f"{pl / ours:.2f}x", "reported")


def bench_sizes(sizes: list[int], seed: int, timeout: float) -> None:
    times: dict[int, float] = {}
    for size in sizes:
        label = _size_label(size)
        cmd = [sys.executable, __file__, "--child-size", str(size), "--seed", str(seed)]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            row(f"analyze() one {label} document", f"> {timeout:.0f} s (timed out)")
            continue
        except subprocess.CalledProcessError as e:
            row(f"analyze() one {label} document", f"failed: {e.stderr.strip()[-200:]}")
            continue
        r = json.loads(out.stdout)
        times[size] = r["s"]
        target, ok = ("<= 2 s", r["s"] <= 2.0) if size == 1_000_000 else ("", None)
        row(
            f"analyze() one {label} document ({r['sentences']} sentences)",
            f"{r['s']:.2f} s ({r['bytes'] / 1e6 / r['s']:.2f} MB/s; cpu {r['cpu']:.2f} s)",
            target,
            ok,
        )
        if size == 1_000_000:
            peak = r["rss_peak_mb"]
            row(
                "peak memory, process analysing the 1 MB document",
                f"{peak:.0f} MB RSS ({r['traced_peak_mb']:.0f} MB traced in analyze())",
                "<= 300 MB",
                peak <= 300,
            )
    for a, b in itertools.pairwise(sizes):
        if a in times and b in times:
            g = times[b] / times[a]
            target, ok = ("<= 12x", g <= 12) if (a, b) == (1_000_000, 10_000_000) else ("", None)
            row(f"growth {_size_label(a)} -> {_size_label(b)} ({b // a}x the text)", f"{g:.1f}x", target, ok)


def _size_label(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def bench_cold_start(runs: int) -> None:
    cmd = [*framing_cmd(), "analyze", str(ROOT / "examples/wire-report.txt"), "--format", "json"]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    s = statistics.median(times)
    row(
        "`framing analyze wire-report.txt --format json` cold start",
        f"{s:.2f} s",
        f"<= 0.6 s, median of {runs}",
        s <= 0.6,
    )
    probe = (
        "import sys; from framing_tui.cli import main; sys.argv = ['framing', 'analyze', "
        f"{str(ROOT / 'examples/wire-report.txt')!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "m = sys.modules; print(int('textual' in m), sum(k.startswith('nltk') for k in m))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    textual, nltk = out.stdout.split()[-2:]
    row(
        "modules loaded by `framing analyze`",
        f"textual {'yes' if textual == '1' else 'no'}, {nltk} nltk modules",
        "textual: no",
        textual == "0",
    )


def bench_batch(docs: list[str], tmp: Path) -> None:
    src = tmp / "corpus.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": i, "text": d}, ensure_ascii=False) + "\n")
    walls = {}
    for jobs in (1, 2):
        cmd = [
            *framing_cmd(),
            "batch",
            str(src),
            "-o",
            str(tmp / f"out{jobs}.jsonl"),
            "--jobs",
            str(jobs),
            "--no-progress",
        ]
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls[jobs] = time.perf_counter() - t
        row(
            f"`framing batch --jobs {jobs}`, {len(docs)} articles",
            f"{walls[jobs]:.1f} s ({len(docs) / walls[jobs]:.0f} docs/s)",
        )
    same = (tmp / "out1.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()
    r = walls[1] / walls[2]
    row("speed-up --jobs 2 / --jobs 1", f"{r:.2f}x (outputs identical: {same})", ">= 1.7x", r >= 1.7 and same)


def source_stamp() -> float:
    """Newest modification time of the engine and lexicons (others may edit them mid-run)."""
    files = [*(ROOT / "framing_tui").rglob("*.py"), *(ROOT / "lexicons").rglob("*.toml")]
    return max((f.stat().st_mtime for f in files), default=0.0)


def print_table() -> None:
    head = ("measure", "value", "target", "")
    widths = [max(len(r[i]) for r in [head, *ROWS]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for r in [head, *ROWS]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if r is head:
            print(line)
    print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="corpus subset (default 2000)")
    ap.add_argument("--full", action="store_true", help="the whole 10,000-article corpus")
    ap.add_argument("--repeat", type=int, default=21, help="runs per latency median")
    ap.add_argument("--sizes", default="10KB,100KB,1MB,10MB", help="single-document sizes")
    ap.add_argument("--size-timeout", type=float, default=1800, help="seconds per size")
    ap.add_argument("--proselint-docs", type=int, default=300, help="articles given to proselint")
    ap.add_argument("--no-batch", action="store_true", help="skip the `framing batch` rows")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--child-size", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child_size:
        child_size(a.child_size, a.seed)
        return
    n = 10_000 if a.full else a.articles

    import framing_tui

    print(
        f"python {platform.python_version()} on {platform.platform()}, "
        f"{os.cpu_count()} CPUs (load {os.getloadavg()[0]:.1f}), "
        f"framing-tui {framing_tui.__version__}"
    )
    stamp = source_stamp()
    from framing_tui.engine.compiled import is_compiled

    row("engine measured", "compiled (mypyc)" if is_compiled() else "pure Python (FRAMING_PURE_PYTHON or not built)")
    t = time.perf_counter()
    framing_tui.analyze("Warm up. The council met on Tuesday.")
    row("first analyze() call in this process (lexicon compile)", f"{(time.perf_counter() - t) * 1e3:.0f} ms")
    bench_examples(framing_tui.analyze, a.repeat)
    print(f"generating {n} articles (seed {a.seed}) ...", file=sys.stderr, flush=True)
    docs = [r["text"] for r in gen.corpus(n, a.seed)]
    bench_corpus(framing_tui.analyze, docs, min(a.proselint_docs, n))
    bench_sizes([gen.parse_size(s) for s in a.sizes.split(",")], a.seed, a.size_timeout)
    bench_cold_start(5)
    if not a.no_batch:
        with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
            bench_batch(docs, Path(tmp))
    print_table()
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if source_stamp() != stamp:
        print("WARNING: framing_tui/ or lexicons/ changed during the run; rows are not comparable")


if __name__ == "__main__":
    main()
