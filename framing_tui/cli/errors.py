"""Exit codes, and turning failures into one clear line instead of a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import IntEnum
from typing import TypeVar

import typer

from ..engine.lexicon_types import LexiconError
from ..safety import visible
from .inputs import InputError

T = TypeVar("T")


class Exit(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2


def fail(message: str, code: Exit = Exit.USAGE) -> typer.Exit:
    """Print `framing: error: message` on one line to stderr; return the Exit to raise."""
    line = " ".join(visible(message).split())
    print(f"framing: error: {line}", file=sys.stderr)
    return typer.Exit(int(code))


def guarded(work: Callable[[], T]) -> T:
    """Run `work`; bad input exits 2 with one line, anything else exits 1 with one line.

    Set FRAMING_DEBUG=1 to see the traceback of an internal error.
    """
    try:
        return work()
    except (InputError, LexiconError) as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        raise fail("interrupted", Exit.INTERNAL) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other Unix tools do.
        sys.stderr.close()
        raise typer.Exit(0) from None
    except typer.Exit:
        raise
    except Exception as e:
        if os.environ.get("FRAMING_DEBUG"):
            raise
        raise fail(
            f"internal error: {type(e).__name__}: {e} (set FRAMING_DEBUG=1 for details)", Exit.INTERNAL
        ) from None
