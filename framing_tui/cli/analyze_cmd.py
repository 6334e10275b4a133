"""`framing analyze`: one article, one report, printed as Rich, JSON, Markdown or text."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import guarded
from .inputs import DEFAULT_MAX_BYTES, read_source


class Format(StrEnum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    text = "text"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicon", "-l", metavar="PATH", help="An extra lexicon module (file or folder); repeatable."),
]


def analyze_command(
    source: Annotated[
        str | None,
        typer.Argument(
            metavar="SOURCE", help="The article: a path, or - for standard input (read when piped).", show_default=False
        ),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output: rich (default at a terminal), json, markdown, or text (default when piped)."
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option(metavar="TEXT", help="The headline, when it is not the text's first line.")
    ] = None,
    lexicon: LexiconOpt = None,
    color: Annotated[
        Color, typer.Option(help="Colour in Rich output: auto (terminal and NO_COLOR decide), always, never.")
    ] = Color.auto,
    max_bytes: Annotated[
        int, typer.Option(metavar="BYTES", help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Analyse one article and print its framing.

    [bold]Examples[/bold]

      framing analyze examples/opinion-column.txt
      cat article.txt | framing analyze --format json > report.json
      framing analyze story.txt --format markdown --lexicon my-style.toml
    """
    guarded(lambda: _run(source, format, title, lexicon or [], color, max_bytes))


def _run(
    source: str | None, format: Format | None, title: str | None, lexicons: list[Path], color: Color, max_bytes: int
) -> None:
    from ..engine import analyze
    from .settings import lexicon_spec

    article = read_source(source, max_bytes=max_bytes)
    for w in article.warnings:
        from ..safety import visible

        print(f"framing: warning: {visible(w)}", file=sys.stderr)
    lex = lexicon_spec(lexicons).load()
    report = analyze(article.text, title=title, lexicons=lex)
    fmt = format or (Format.rich if sys.stdout.isatty() else Format.text)
    if fmt is Format.json:
        from ..safety import dumps

        sys.stdout.write(dumps(report.to_dict(), indent=2) + "\n")
    elif fmt is Format.markdown:
        from ..render.plain import to_markdown

        sys.stdout.write(to_markdown(report, article.name))
    elif fmt is Format.text:
        from ..render.plain import to_text

        sys.stdout.write(to_text(report, article.name))
    else:
        from rich.console import Console

        from ..render.rich_view import render

        console = Console(
            force_terminal=True if color is Color.always else None,
            no_color=True if color is Color.never else None,
            highlight=False,
            emoji=False,
        )
        render(report, console)
    sys.stdout.flush()
