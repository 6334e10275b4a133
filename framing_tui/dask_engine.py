"""Batch analysis on Dask: the same pure `batch.process`, one task a partition of documents.

The document stream is cut into partitions of `partition_size` documents as it is read;
a bounded number of partitions is in flight at a time and results are gathered in input
order, so memory does not grow with the corpus and the output lines are exactly those of
the local engine. Workers rebuild the lexicon from its picklable `LexiconSpec`, once each.

Dask is an optional extra (`pip install 'framing-tui[dask]'`), imported only here and only
when this engine runs. No UI package is imported.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from .batch import Doc, process
from .engine.lexicon_cache import LexiconSpec
from .engine.matcher import Lexicon

MISSING = "the dask engine needs: pip install 'framing-tui[dask]'"
PARTITION_SIZE = 100  # documents a task: ~1-2 s of work, so the per-task overhead is lost
IN_FLIGHT_PER_THREAD = 2  # partitions queued per worker thread: busy workers, bounded memory
WAIT_FOR_WORKERS = 60  # seconds to wait for a first worker on a scheduler that has none


class DaskEngineError(Exception):
    """Dask is missing, or the cluster cannot run this analysis (one line for the user)."""


def require_distributed() -> Any:
    """The `distributed` module, or DaskEngineError with the install line."""
    try:
        import distributed
    except ImportError:
        raise DaskEngineError(MISSING) from None
    return distributed


# Worker side -----------------------------------------------------------------------------

_LEXICONS: dict[LexiconSpec, Lexicon] = {}
_LOCK = threading.Lock()


def _worker_lexicon(spec: LexiconSpec) -> Lexicon:
    lex = _LEXICONS.get(spec)
    if lex is None:
        with _LOCK:
            lex = _LEXICONS.get(spec)
            if lex is None:
                # load_lexicon skips a module path that does not exist; on a remote worker
                # that would silently change the reports, so say so instead.
                for p in spec.extra:
                    if not Path(p).exists():
                        where = socket.gethostname()
                        raise DaskEngineError(f"{p}: lexicon not found on the dask worker {where}")
                lex = _LEXICONS[spec] = spec.load()
    return lex


def _process_partition(docs: list[Doc], spec: LexiconSpec) -> list[tuple[str, bool]]:
    lex = _worker_lexicon(spec)
    return [process(d, lex) for d in docs]


def _worker_version() -> str:
    from . import __version__

    return __version__


# Client side -----------------------------------------------------------------------------


def _check_workers(client: Any) -> None:
    """Every worker must run this framing-tui, or the reports would differ."""
    from . import __version__

    try:
        versions = client.run(_worker_version)
    except Exception as e:
        raise DaskEngineError(
            f"the dask workers cannot run framing-tui (install it on every worker): {type(e).__name__}: {e}"
        ) from None
    wrong = sorted({v for v in versions.values() if v != __version__})
    if wrong:
        raise DaskEngineError(
            f"the dask workers run framing-tui {', '.join(wrong)} and this client "
            f"{__version__}: install the same version everywhere"
        )


def _connect(scheduler: str | None, jobs: int) -> tuple[Any, Any]:
    """A Client (and the LocalCluster it owns, or None) for `scheduler`, or a local cluster."""
    distributed = require_distributed()
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError, ValueError) as e:
            raise DaskEngineError(f"cannot reach the dask scheduler at {scheduler}: {e}") from None
    cluster = distributed.LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,  # not the warnings about tasks cancelled on an early stop
    )
    try:
        return distributed.Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def run_dask(
    docs: Iterable[Doc],
    spec: LexiconSpec | None = None,
    *,
    scheduler: str | None = None,
    jobs: int = 1,
    partition_size: int | None = None,
) -> Iterator[tuple[str, bool]]:
    """Output lines in input order, analysed on Dask; the same lines as `batch.run`.

    With `scheduler` (`tcp://host:port`) the work goes to that cluster; otherwise to a
    LocalCluster of `jobs` single-threaded worker processes, shut down at the end (also
    when the caller stops early).
    """
    spec = spec or LexiconSpec()
    spec.load()  # fail early, here, on a broken user lexicon
    size = partition_size or PARTITION_SIZE
    client, cluster = _connect(scheduler, max(1, jobs))
    try:
        if scheduler and not client.nthreads():
            try:
                client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
            except TimeoutError:
                raise DaskEngineError(f"no dask worker joined {scheduler} in time") from None
        _check_workers(client)
        threads = sum(client.nthreads().values()) or 1
        limit = max(2, threads * IN_FLIGHT_PER_THREAD)
        it = iter(docs)
        window: deque = deque()
        while part := list(islice(it, size)):
            window.append(client.submit(_process_partition, part, spec, pure=False))
            if len(window) >= limit:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
