"""The headline and byline of an HTML page: from the article, the page's metadata or JSON-LD."""

from __future__ import annotations

import json
import re

from .base import clean
from .html_tree import Node, class_tokens, text_of, walk_all

_BYLINE_TOKENS = frozenset(("byline", "byline-name", "author", "author-name", "authors", "byl"))
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•-]|::)\s+")
SITE_NAME_MAX_WORDS = 5
MAX_BYLINE_WORDS = 14


def head_facts(nodes: list[Node]) -> dict[str, str]:
    """og:title, meta author, <title>, JSON-LD headline and author (read before dropping)."""
    facts: dict[str, str] = {}
    for node in nodes:
        if node.tag == "meta":
            key = (node.get("property") or node.get("name")).lower()
            content = clean(node.get("content"))
            if content and key in (
                "og:title",
                "twitter:title",
                "author",
                "article:author",
                "dc.creator",
                "byl",
            ):
                facts.setdefault(key, content)
        elif node.tag == "title" and "title" not in facts:
            facts["title"] = clean(" ".join(c for c in node.children if isinstance(c, str)))
        elif node.tag == "script" and "ld+json" in node.get("type").lower():
            _json_ld(" ".join(c for c in node.children if isinstance(c, str)), facts)
    return facts


def _json_ld(raw: str, facts: dict[str, str]) -> None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return
    items = data if isinstance(data, list) else [data]
    items += [x for d in items if isinstance(d, dict) and isinstance(d.get("@graph"), list) for x in d["@graph"]]
    for d in items:
        if not isinstance(d, dict):
            continue
        kind = d.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report")) for k in kinds):
            continue
        if isinstance(d.get("headline"), str):
            facts.setdefault("ld:headline", clean(d["headline"]))
        authors = d.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [clean(n) for n in names if isinstance(n, str) and n.strip()]
        if names:
            facts.setdefault("ld:author", " and ".join(names))


def headline(container: Node, nodes: list[Node], head: dict[str, str]) -> str | None:
    inside = next((n for n in walk_all(container) if n.tag == "h1" and not n.dropped), None)
    if inside is not None and text_of(inside):
        return text_of(inside)
    for key in ("og:title", "twitter:title", "ld:headline"):
        if head.get(key):
            return head[key]
    first = next((n for n in nodes if n.tag == "h1" and not n.dropped and text_of(n)), None)
    if first is not None:
        return text_of(first)
    title = head.get("title")
    if not title:
        return None
    return _without_site_name(title)


def _without_site_name(title: str) -> str:
    """ "Mayor approves plan | The Daily" → "Mayor approves plan" (also with the name first)."""
    seps = list(_TITLE_SEPARATOR.finditer(title))
    if not seps:
        return title
    last, first = seps[-1], seps[0]
    tail, head = title[last.end() :], title[: first.start()]
    before, after = title[: last.start()], title[first.end() :]
    if len(tail.split()) <= SITE_NAME_MAX_WORDS and len(before.split()) > len(tail.split()):
        return before.strip()
    if len(head.split()) <= SITE_NAME_MAX_WORDS and len(after.split()) > len(head.split()):
        return after.strip()
    return title


def find_byline_node(nodes: list[Node], container: Node) -> Node | None:
    """The element that holds the byline: classed byline/author, or itemprop/rel author."""
    inside = {id(n) for n in walk_all(container)}
    candidates = []
    for node in nodes:
        if node.dropped or node.tag in ("html", "body", "article", "main"):
            continue
        tokens = set(class_tokens(node))
        if tokens & _BYLINE_TOKENS or node.get("rel").lower() == "author" or node.get("itemprop").lower() == "author":
            text = text_of(node)
            if text and len(text.split()) <= MAX_BYLINE_WORDS:
                candidates.append((id(node) not in inside, node))
                if len(candidates) >= 20:
                    break
    if not candidates:
        return None
    # Prefer one in the article; of those, the outermost (the whole "By … | date" line).
    candidates.sort(key=lambda c: c[0])
    best = candidates[0][1]
    for _ in range(3):
        parent = best.parent
        if not (
            parent is not None
            and (set(class_tokens(parent)) & _BYLINE_TOKENS or parent.get("itemprop").lower() == "author")
            and len(text_of(parent).split()) <= MAX_BYLINE_WORDS
        ):
            break
        best = parent
    return best


def byline_text(node: Node | None, head: dict[str, str]) -> str | None:
    text = text_of(node) if node is not None else ""
    if not text:
        for key in ("author", "ld:author", "dc.creator", "byl", "article:author"):
            value = head.get(key, "")
            if value and "://" not in value and len(value.split()) <= MAX_BYLINE_WORDS:
                text = value
                break
    if not text:
        return None
    return text if re.match(r"(?i)by\b", text) else f"By {text}"


def same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def same_byline(block: str, byline: str) -> bool:
    bare = re.sub(r"(?i)^by\s+", "", byline)
    return same(block, byline) or same(block, bare)
