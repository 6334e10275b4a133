"""The `framing` command: Typer app, one module per command, joined here."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from .analyze_cmd import analyze_command
from .batch_cmd import batch_command
from .lexicons_cmd import app as lexicons_app

app = typer.Typer(
    name="framing",
    help="See how a news article frames its story: loaded terms, whose voice each sentence is, and the frames that dominate.",
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"framing-tui {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """See how a news article frames its story.

    [bold]Examples[/bold]

      framing analyze examples/wire-report.txt
      cat article.txt | framing analyze --format json
      framing batch corpus.jsonl --output reports.jsonl --jobs 2
    """


app.command(name="analyze")(analyze_command)
app.command(name="batch")(batch_command)
app.add_typer(lexicons_app, name="lexicons")


def main() -> None:
    app()
