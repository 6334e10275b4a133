"""`framing tui`: the interactive view. Textual is imported only when the app runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import guarded
from .inputs import DEFAULT_MAX_BYTES, InputError, read_source

NO_TERMINAL = "no terminal to run the TUI in: {why} (use 'framing analyze' for a report)"


def tui_command(
    source: Annotated[
        str | None,
        typer.Argument(
            metavar="SOURCE",
            help="The article: a path, or - for standard input. Without one, piped input is read; "
            "at a terminal the start screen opens.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option(metavar="TEXT", help="The headline, when it is not the text's first line.")
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", "-l", metavar="PATH", help="An extra lexicon module (file or folder); repeatable."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(metavar="BYTES", help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Read an article with its framing laid open: highlights, a summary, and their reasons.

    [bold]Examples[/bold]

      framing tui examples/wire-report.txt
      cat article.txt | framing tui
      framing tui                      [dim]# the start screen: open, paste or pick an example[/dim]
    """
    guarded(lambda: run_tui(source, title=title, lexicons=lexicon or [], max_bytes=max_bytes))


def run_tui(source: str | None, *, title: str | None, lexicons: list[Path], max_bytes: int) -> None:
    """Read the article (if any), make sure a terminal is there for the keyboard, run the app."""
    if not sys.stdout.isatty():
        raise InputError(NO_TERMINAL.format(why="standard output is not a terminal"))
    piped = source == "-" or (source is None and sys.stdin is not None and not sys.stdin.isatty())
    text: str | None = None
    name = ""
    if source is not None or piped:
        article = read_source(source, max_bytes=max_bytes)
        text, name = article.text, article.name
        for w in article.warnings:
            from ..safety import visible

            print(f"framing: warning: {visible(w)}", file=sys.stderr)
    if sys.stdin is None or not sys.stdin.isatty():
        attach_terminal()
    from .settings import lexicon_spec

    # The same settings and --lexicon modules as `framing analyze`, checked now: a broken
    # settings file or module is a one-line error here, not a notification in the app.
    spec = lexicon_spec(lexicons)
    spec.load()
    from ..tui import create_app

    create_app(text, name, title=title, lexicon_spec=spec).run()


def attach_terminal() -> None:
    """Standard input held the article; point fd 0 at the terminal so the app reads keys.

    Textual reads the keyboard from file descriptor 0, so the controlling terminal is opened
    and duplicated onto it (the usual trick of pagers such as `less`).
    """
    if os.name != "posix":
        raise InputError(NO_TERMINAL.format(why="reading keys after piped input needs /dev/tty (POSIX only)"))
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError as e:
        raise InputError(NO_TERMINAL.format(why=f"/dev/tty cannot be opened ({e.strerror or e})")) from None
    try:
        os.dup2(fd, 0)
    finally:
        os.close(fd)
    sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the process
