"""The `framing` command: Typer app, one module per command, joined here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from .analyze_cmd import analyze_command
from .batch_cmd import batch_command
from .lexicons_cmd import app as lexicons_app
from .tui_cmd import tui_command

# Options only the one-shot report has: `framing FILE --format json` is never the TUI.
ONE_SHOT_OPTIONS = frozenset({"--format", "-f", "--color"})


def route(args: list[str], commands: Any) -> list[str]:
    """Pick a command when none is named.

    `framing` opens the TUI at a terminal and reports on piped input; `framing FILE` opens the
    TUI when standard output is a terminal and prints the report otherwise. Anything else
    (a command, --help, --version, a mistyped command) goes to Click unchanged.
    """
    if not args:
        return ["tui"] if sys.stdin is not None and sys.stdin.isatty() else ["analyze"]
    first = args[0]
    is_source = first == "-" or (not first.startswith("-") and Path(first).exists())
    looks_like_path = not first.startswith("-") and ("/" in first or "." in first)
    if first not in commands and looks_like_path and not is_source:
        return ["analyze", *args]  # a missing file: analyze says so in one line
    if first in commands or not is_source:
        return args
    one_shot = first == "-" or not sys.stdout.isatty() or any(a.split("=")[0] in ONE_SHOT_OPTIONS for a in args)
    return ["analyze" if one_shot else "tui", *args]


class RoutingGroup(TyperGroup):
    """The root group, choosing `tui` or `analyze` for `framing` and `framing FILE`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, route(list(args), self.commands))


app = typer.Typer(
    cls=RoutingGroup,
    name="framing",
    help=(
        "See how a news article frames its story: loaded terms, whose voice each sentence is, "
        "and the frames that dominate."
    ),
    rich_markup_mode="rich",
    epilog=(
        "[bold]Examples[/bold]  framing article.txt (interactive at a terminal) · "
        "framing analyze article.txt · cat article.txt | framing analyze --format json · "
        "framing batch corpus.jsonl -o reports.jsonl -j 2 · framing lexicons show slammed"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from ..engine.compiled import is_compiled

        engine = "compiled engine" if is_compiled() else "pure-Python engine"
        typer.echo(f"framing-tui {__version__} ({engine})")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """See how a news article frames its story.

    With no command: [bold]framing FILE[/bold] opens the TUI on FILE at a terminal (and prints
    the report when output is piped); [bold]framing[/bold] alone opens the TUI's start screen,
    or reports on piped input.

    [bold]Examples[/bold]

      framing examples/wire-report.txt
      framing analyze examples/wire-report.txt
      cat article.txt | framing analyze --format json
      framing batch corpus.jsonl --output reports.jsonl --jobs 2
    """


app.command(name="analyze")(analyze_command)
app.command(name="batch")(batch_command)
app.command(name="tui")(tui_command)
app.add_typer(lexicons_app, name="lexicons")


def main() -> None:
    app()
