"""`framing batch`: a corpus in, one JSON report a line out, in input order."""

from __future__ import annotations

import gzip
import io
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from .analyze_cmd import LexiconOpt
from .errors import guarded
from .inputs import InputError

if TYPE_CHECKING:
    from ..batch import Doc
    from ..engine.lexicon_cache import LexiconSpec


class Engine(StrEnum):
    local = "local"
    dask = "dask"


ENGINE_HELP = "local: processes here; dask: Dask workers (needs framing-tui\\[dask])."
SCHEDULER_HELP = "With --engine dask: a Dask scheduler, tcp://host:port (default: local workers)."


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help=(
                'JSONL files of {"id", "text"} lines (.gz too), folders of .txt/.md files, '
                "single files, or - for JSONL on stdin."
            ),
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Where to write the JSONL reports (.gz compresses); - is stdout."
        ),
    ] = "-",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=256, metavar="N", help="Worker processes.")] = 1,
    lexicon: LexiconOpt = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
    ] = None,
    engine: Annotated[Engine, typer.Option("--engine", help=ENGINE_HELP)] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", help=SCHEDULER_HELP, show_default=False),
    ] = None,
) -> None:
    """Analyse many articles; one report (or error record) a line, in input order.

    A bad line or file gives an error record with its id, and the rest go on.

    [bold]Examples[/bold]

      framing batch corpus.jsonl --output reports.jsonl --jobs 2
      framing batch articles/ -o reports.jsonl.gz
      cat corpus.jsonl | framing batch - > reports.jsonl
      framing batch corpus.jsonl -o reports.jsonl --engine dask -j 4
    """
    guarded(lambda: _run(inputs, output, jobs, lexicon or [], progress, engine, scheduler))


def _run(
    inputs: list[str],
    output: str,
    jobs: int,
    lexicons: list[Path],
    progress: bool | None,
    engine: Engine = Engine.local,
    scheduler: str | None = None,
) -> None:
    from ..batch import count_docs, iter_inputs, run
    from .settings import lexicon_spec

    if scheduler and engine is not Engine.dask:
        raise InputError("--scheduler needs --engine dask")
    if engine is Engine.dask:
        run = _dask_run(scheduler)
    for inp in inputs:
        if inp != "-" and not Path(inp).exists():
            raise InputError(f"{inp}: no such file or folder")
    show = sys.stderr.isatty() if progress is None else progress
    total = count_docs(inputs) if show else None
    results = run(iter_inputs(inputs, sys.stdin), jobs=jobs, spec=lexicon_spec(lexicons))
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

        bar = Progress(
            TextColumn("analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = bar.add_task("batch", total=total)
        bar.start()
    try:
        for line, ok in results:
            out.write(line + "\n")
            done += 1
            errors += not ok
            if bar is not None:
                bar.advance(task)
    finally:
        results.close()  # stop the workers now, also when the reader went away
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


def _dask_run(scheduler: str | None) -> Callable[..., Iterator[tuple[str, bool]]]:
    """`batch.run` on the Dask engine; without dask installed, exit 2 with the install line."""
    from ..dask_engine import DaskEngineError, require_distributed, run_dask

    try:
        require_distributed()
    except DaskEngineError as e:
        raise InputError(str(e)) from None

    def run(docs: Iterable[Doc], *, jobs: int, spec: LexiconSpec) -> Iterator[tuple[str, bool]]:
        try:
            yield from run_dask(docs, spec, scheduler=scheduler, jobs=jobs)
        except DaskEngineError as e:
            raise InputError(str(e)) from None

    return run


def _open_output(output: str) -> IO[str]:
    if output == "-":
        return sys.stdout
    try:
        if output.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(output, "wb"), encoding="utf-8")
        return open(output, "w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"{output}: cannot write: {e.strerror or e}") from None
