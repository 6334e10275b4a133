"""The page as a small tree: a forgiving HTML tree builder and the text inside its elements.

Written on the standard library's `html.parser`; used by `html.extract`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .base import clean


def words(s: str) -> frozenset[str]:
    return frozenset(s.split())


VOID = words("area base br col embed hr img input keygen link meta param source track wbr")
# Elements that end an open <p> (as in the HTML standard), and those that start a new block.
P_CLOSERS = words(
    """address article aside blockquote details div dl fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul li"""
)
BLOCKS = P_CLOSERS | words("br dd dt td th tr caption body html title")
TOKEN_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])(?=[A-Z])")

# How far up the open elements an end tag or an implied end looks (real pages need a few
# levels; a bound keeps pathological nesting linear).
SCOPE = 64


class Node:
    __slots__ = (
        "attrs",
        "children",
        "dropped",
        "holds_h1",
        "in_article",
        "link_len",
        "p_len",
        "parent",
        "score",
        "tag",
        "text_len",
    )

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []
        self.dropped = False
        self.holds_h1 = False
        self.in_article = False  # inside <article>, <main> or an articleBody
        self.p_len = 0  # characters of paragraph text inside (not dropped)
        self.link_len = 0  # characters of link text inside (not dropped)
        self.score = 0.0
        self.text_len = 0  # characters of text inside (not dropped)

    def get(self, key: str) -> str:
        return self.attrs.get(key) or ""


class TreeBuilder(HTMLParser):
    """A forgiving tree builder: implied end tags for <p> and <li>, stray end tags ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in P_CLOSERS:
            self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - SCOPE), -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def parse_html_declaration(self, i: int) -> int:
        # The standard parser asserts on a malformed "<![…" or "<!…"; browsers read it as a
        # bogus comment up to the next ">", and so does this (the page is fed in one piece).
        # An unterminated one would swallow the rest of the page as text.
        try:
            k = super().parse_html_declaration(i)
        except AssertionError:
            k = -1
        if k >= 0:
            return k
        j = self.rawdata.find(">", i + 2)
        return -1 if j < 0 else j + 1

    def _close_implied(self, tag: str) -> None:
        # <p> ends at the next block; <li> at the next <li> of the same list.
        stop = {"li": ("ul", "ol", "menu"), "p": ("button", "td", "th", "table")}
        for closing in ("p", "li") if tag == "li" else ("p",):
            for i in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - SCOPE), -1):
                t = self.stack[i].tag
                if t == closing:
                    del self.stack[i:]
                    break
                if t in stop[closing] or (closing == "p" and t in ("div", "article", "section")):
                    break


def walk_all(root: Node):
    """Every element in document order (iterative: pages nest deeply)."""
    todo: list[Node] = [root]
    while todo:
        node = todo.pop()
        yield node
        todo.extend(c for c in reversed(node.children) if isinstance(c, Node))


def class_tokens(node: Node) -> list[str]:
    raw = f"{node.get('class')} {node.get('id')}".strip()
    return [t.lower() for t in TOKEN_SPLIT.split(raw) if t]


def strings(node: Node):
    """The text inside `node`: inline elements run together, blocks apart."""
    todo: list[Node | str] = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            yield item
        elif not item.dropped:
            if item.tag in BLOCKS:
                yield " "
                todo.append(" ")
            todo.extend(reversed(item.children))


def text_of(node: Node) -> str:
    return clean("".join(strings(node)))
