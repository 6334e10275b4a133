"""Batch analysis: documents in (JSONL, folders, files), one JSON report a line out, in order.

Streaming at both ends: documents are read lazily and results are written as they come
back, with a bounded number of chunks in flight, so memory does not grow with the corpus.
Worker processes each compile the lexicons once.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, Any

from .engine import analyze
from .engine.lexicon_cache import LexiconSpec
from .engine.matcher import Lexicon
from .safety import dumps

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json")
CHUNK = 16  # documents sent to a worker at a time: enough to amortise the pickling
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker: keeps cores busy, memory bounded


@dataclass(frozen=True, slots=True)
class Doc:
    id: Any
    text: str | None
    error: str | None = None


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="strict")
    return path.open(encoding="utf-8")


def iter_jsonl(stream: Iterable[str], where: str) -> Iterator[Doc]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        fallback = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Doc(fallback, None, f"line {n}: invalid JSON: {e.msg}")
            continue
        if not isinstance(obj, dict):
            yield Doc(fallback, None, f"line {n}: expected an object with 'id' and 'text'")
            continue
        doc_id = obj.get("id", fallback)
        text = obj.get("text")
        if not isinstance(text, str):
            yield Doc(doc_id, None, f"line {n}: 'text' is missing or not a string")
        else:
            yield Doc(doc_id, text)


def iter_inputs(inputs: list[str], stdin: IO[str] | None = None) -> Iterator[Doc]:
    """Documents from each input in order: '-' (JSONL on stdin), JSONL files, folders, files."""
    from .cli.inputs import InputError, decode

    for inp in inputs:
        if inp == "-":
            if stdin is not None:
                yield from iter_jsonl(stdin, "<stdin>")
            continue
        p = Path(inp)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.suffix in TEXT_SUFFIXES and x.is_file()):
                yield _file_doc(f, decode, InputError)
        elif p.name.endswith(JSONL_SUFFIXES):
            try:
                with _open_text(p) as stream:
                    yield from iter_jsonl(stream, inp)
            except (OSError, UnicodeDecodeError, EOFError) as e:
                yield Doc(inp, None, f"cannot read: {e}")
        else:
            yield _file_doc(p, decode, InputError)


def _file_doc(path: Path, decode, input_error) -> Doc:
    try:
        text, _ = decode(path.read_bytes(), str(path))
    except OSError as e:
        return Doc(str(path), None, f"cannot read: {e.strerror or e}")
    except input_error as e:
        return Doc(str(path), None, str(e))
    return Doc(str(path), text)


def process(doc: Doc, lex: Lexicon) -> tuple[str, bool]:
    """One output line for one document, and whether it is a report (not an error)."""
    if doc.error is not None:
        return dumps({"schema_version": 1, "id": doc.id, "error": doc.error}), False
    try:
        return dumps(analyze(doc.text or "", lexicons=lex).to_dict(id=doc.id)), True
    except Exception as e:  # one bad document must not stop the corpus
        return dumps({"schema_version": 1, "id": doc.id, "error": f"{type(e).__name__}: {e}"}), False


_WORKER_LEX: Lexicon | None = None


def _init_worker(spec: LexiconSpec) -> None:
    global _WORKER_LEX
    _WORKER_LEX = spec.load()


def _process_chunk(docs: list[Doc]) -> list[tuple[str, bool]]:
    assert _WORKER_LEX is not None
    return [process(d, _WORKER_LEX) for d in docs]


def run(docs: Iterable[Doc], *, jobs: int = 1, spec: LexiconSpec | None = None) -> Iterator[tuple[str, bool]]:
    """Output lines in input order. `jobs` > 1 analyses in that many processes."""
    spec = spec or LexiconSpec()
    lex = spec.load()  # fail early on a broken user lexicon
    if jobs <= 1:
        for d in docs:
            yield process(d, lex)
        return
    it = iter(docs)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(spec,)) as pool:
        window: deque = deque()
        while chunk := list(islice(it, CHUNK)):
            window.append(pool.submit(_process_chunk, chunk))
            if len(window) >= jobs * IN_FLIGHT_PER_JOB:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def count_docs(inputs: list[str]) -> int | None:
    """How many documents the inputs hold (for a progress bar), or None when unknown."""
    total = 0
    for inp in inputs:
        p = Path(inp)
        if inp == "-":
            return None
        if p.is_dir():
            total += sum(1 for x in p.rglob("*") if x.suffix in TEXT_SUFFIXES)
        elif p.name.endswith(JSONL_SUFFIXES):
            try:
                with _open_text(p) as f:
                    total += sum(1 for line in f if line.strip())
            except (OSError, UnicodeDecodeError, EOFError):
                total += 1
        else:
            total += 1
    return total
