"""`framing lexicons`: check, list and look up the lexicon modules."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import Exit, guarded

app = typer.Typer(help="Check, list and look up lexicon modules.", no_args_is_help=True)


class ListFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("check")
def check_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH...", help="Module files or folders (default: the shipped lexicons).", show_default=False
        ),
    ] = None,
) -> None:
    """Validate modules: schema, duplicates, regexes, and every entry's examples.

    Problems print as file:line: message; the exit status is 1 if there are any.

    [bold]Example[/bold]

      framing lexicons check my-newsroom.toml
    """

    def work() -> None:
        from ..engine.lexicon_check import check
        from ..safety import visible

        modules, errors = check(list(paths) if paths else None)
        for e in errors:
            print(visible(str(e)))
        n = sum(m.size for m in modules)
        status = "ok" if not errors else f"{len(errors)} problems"
        print(f"{len(modules)} modules, {n} entries: {status}", file=sys.stderr)
        if errors:
            raise typer.Exit(int(Exit.INTERNAL))

    guarded(work)


@app.command("list")
def list_command(
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="text or json")] = ListFormat.text,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", "-l", metavar="PATH", help="Extra module (file or folder); repeatable."),
    ] = None,
) -> None:
    """List the modules with their category and number of entries."""

    def work() -> None:
        from ..safety import dumps, visible
        from .settings import lexicon_spec

        lex = lexicon_spec(lexicon).load()
        rows = [
            {
                "id": m.id,
                "category": m.category or m.kind,
                "kind": m.kind,
                "entries": m.size,
                "title": m.title,
                "path": m.path,
            }
            for m in lex.modules
        ]
        if format is ListFormat.json:
            print(dumps(rows, indent=2))
            return
        width = max((len(r["id"]) for r in rows), default=10)
        cat = max((len(r["category"]) for r in rows), default=10)
        for r in rows:
            print(f"{r['id']:<{width}}  {r['category']:<{cat}}  {r['entries']:>5}  {visible(r['title'])}")
        print(f"{'total':<{width}}  {'':<{cat}}  {sum(r['entries'] for r in rows):>5}")

    guarded(work)


@app.command("show")
def show_command(
    term: Annotated[
        str,
        typer.Argument(
            metavar="TERM|RULE", help="A word or phrase (as it appears in text), or a rule id such as loaded.slam."
        ),
    ],
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", "-l", metavar="PATH", help="Extra module (file or folder); repeatable."),
    ] = None,
) -> None:
    """Explain a term or rule: which modules flag it, why, what to say instead, where it came from."""

    def work() -> None:
        from ..safety import visible
        from .settings import lexicon_spec

        lex = lexicon_spec(lexicon).load()
        entries = [lex.entries[term]] if term in lex.entries else []
        if not entries:
            seen = set()
            for m in lex.find(term):
                if m.entry.rule not in seen:
                    seen.add(m.entry.rule)
                    entries.append(m.entry)
        if not entries:
            raise typer.Exit(_none(term))
        for e in entries:
            print(f"{e.rule}  ({e.category}{' / ' + e.subcategory if e.subcategory else ''}, module {e.module})")
            print(f"  terms: {visible(', '.join(e.terms))}  [match: {e.match}, weight {e.weight:g}]")
            if e.explanation:
                print(f"  why: {visible(e.explanation)}")
            if e.alternatives:
                print(f"  instead: {visible(', '.join(e.alternatives))}")
            if e.lean:
                print(f"  lean: {e.lean}; counterparts: {visible(', '.join(e.counterparts))}")
            if e.stance:
                print(f"  stance: {e.stance}")
            if e.voice_cue:
                print("  voice cue: marks the author's own voice; counts toward the sentence's label, listed apart")
            print(f"  defined at: {e.path}:{e.line}" + (f"; guided by: {visible(e.source)}" if e.source else ""))

    guarded(work)


def _none(term: str) -> int:
    from ..safety import visible

    print(f"framing: no lexicon entry matches {visible(term)!r}", file=sys.stderr)
    return 1
