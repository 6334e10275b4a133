"""The error and the result type shared by the readers."""

from __future__ import annotations

from dataclasses import dataclass

# Zero-width characters and soft hyphens split words for the tokenizer: text a reader derives
# (from HTML or Markdown) drops them.
INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u00ad": None})


def clean(s: str) -> str:
    """`s` without invisible characters, its whitespace collapsed to single spaces."""
    return " ".join(s.translate(INVISIBLE).split())


class ReadError(Exception):
    """Input that cannot be read: the message is one line naming the input."""


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader made of an input: the text to analyse and what it found around it."""

    text: str
    format: str = "text"  # "text", "markdown" or "html"
    title: str | None = None
    byline: str | None = None
    warnings: tuple[str, ...] = ()
