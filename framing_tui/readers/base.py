"""The error and the result type shared by the readers."""

from __future__ import annotations

from dataclasses import dataclass


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
