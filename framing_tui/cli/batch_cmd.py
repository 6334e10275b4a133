"""`framing batch`: a corpus in, one JSON report a line out, in input order."""

from __future__ import annotations

import gzip
import io
import sys
import time
from pathlib import Path
from typing import IO, Annotated

import typer

from .analyze_cmd import LexiconOpt
from .errors import guarded
from .inputs import InputError


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSONL files of {\"id\", \"text\"} lines (.gz too), folders of .txt/.md files, single files, or - for JSONL on stdin.", show_default=False),
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write the JSONL reports (.gz compresses); - is stdout.")] = "-",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=256, help="Worker processes.")] = 1,
    lexicon: LexiconOpt = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal).")] = None,
) -> None:
    """Analyse many articles; one report (or error record) a line, in input order.

    A bad line or file gives an error record with its id, and the rest go on.

    [bold]Examples[/bold]

      framing batch corpus.jsonl --output reports.jsonl --jobs 2
      framing batch articles/ -o reports.jsonl.gz
      cat corpus.jsonl | framing batch - > reports.jsonl
    """
    guarded(lambda: _run(inputs, output, jobs, lexicon or [], progress))


def _run(inputs: list[str], output: str, jobs: int, lexicons: list[Path], progress: bool | None) -> None:
    from ..batch import count_docs, iter_inputs, run
    from .settings import lexicon_spec

    for inp in inputs:
        if inp != "-" and not Path(inp).exists():
            raise InputError(f"{inp}: no such file or folder")
    show = sys.stderr.isatty() if progress is None else progress
    total = count_docs(inputs) if show else None
    out = _open_output(output)
    done = errors = 0
    t0 = time.perf_counter()
    bar = None
    if show:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        bar = Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        task = bar.add_task("batch", total=total)
        bar.start()
    try:
        for line, ok in run(iter_inputs(inputs, sys.stdin), jobs=jobs, spec=lexicon_spec(lexicons)):
            out.write(line + "\n")
            done += 1
            errors += not ok
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    wall = time.perf_counter() - t0
    rate = done / wall if wall else 0.0
    where = "" if output == "-" else f" -> {output}"
    print(f"framing batch: {done} documents, {errors} errors, {wall:.1f} s, {rate:.1f} docs/s{where}", file=sys.stderr)


def _open_output(output: str) -> IO[str]:
    if output == "-":
        return sys.stdout
    try:
        if output.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(output, "wb"), encoding="utf-8")
        return open(output, "w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"{output}: cannot write: {e.strerror or e}") from None
