"""The article in an HTML page: its headline, byline and body text, without the page around it.

Written on the standard library's `html.parser` (no dependency). The page is parsed into a
small tree; then:

1. Page furniture is dropped: scripts, styles, forms, frames, `<nav>`, `<aside>`,
   `<footer>`, a `<header>` outside the article, figure captions, hidden elements, ARIA
   navigation/complementary/banner/contentinfo regions, and elements whose class or id
   names an ad, comments, related or recommended links, sharing, a newsletter box, a
   cookie banner, a sidebar or a menu (unless the element holds the page's `<h1>`, as an
   article wrapper does).
2. The article is found: an `itemprop="articleBody"`, else the `<article>` with the most
   paragraph text, else `<main>`, each only if it holds a fair share of the page's
   paragraph text; else the element whose paragraphs score highest for length and commas
   (less their share of link text), with sibling blocks that score nearly as well.
3. Its text is taken block by block (`<p>`, headings, list items, quotes, and loose text
   between `<br>`s), whitespace collapsed; blocks that are mostly link text and lone
   "Advertisement" labels are left out.
4. The headline is the article's `<h1>`, else `og:title`, the JSON-LD headline, the page's
   first `<h1>`, or `<title>` without the site's name; the byline is an element classed
   `byline` or `author`, a `rel="author"` link, `<meta name="author">` or the JSON-LD
   author, written "By …".

The result is the headline, the byline and the paragraphs, separated by blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import html_meta as meta
from .base import clean
from .html_tree import BLOCKS, Node, TreeBuilder, class_tokens, text_of, walk_all, words

# Whole subtrees that never hold article prose.
DROP_TAGS = words(
    """script style noscript template svg math iframe frame frameset object embed canvas
    form button select option textarea input label nav aside footer dialog menu head
    figcaption audio video map"""
)
PARAGRAPHS = words("p pre blockquote")
DROP_ROLES = words("navigation complementary banner contentinfo search dialog alertdialog menu menubar")
PROTECTED = frozenset(("html", "body", "main"))

# Class and id words of page furniture. A word matches a whole token of the class or id
# ("ad-slot" → "ad", "slot") or, for the longer stems, the start of a token.
_NEG_TOKENS = words(
    """ad ads adv advert adverts adsense adunit dfp nav navbar menu menus bio bios tags tag
    share shares sharing social sidebar footer masthead breadcrumb breadcrumbs pagination
    pager popup modal promo promos sponsor sponsored outbrain taboola trending popular
    recirc newsletter subscribe signup cookie cookies consent gdpr
    comment comments commentlist disqus respond replies related recommended recommendations
    readmore read-more more-stories widget widgets toolbar skip sr-only
    visually-hidden"""
)
_NEG_PREFIXES = tuple(
    words(
        """advert comment- comments- commentlist disqus related recommend newsletter subscri
        social sponsor cookie outbrain taboola sidebar breadcrumb widget promo sharing share-
        adslot ad-slot adsbygoogle"""
    )
)
# A class that names the article's own body wins over any furniture word beside it
# ("article-body subscriber-only").
_ARTICLE_CLASS = re.compile(r"(?i)\b(?:article|story|post|entry)[-_]?(?:body|content|text)\b")
_AD_LABEL = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below"
    r"(?: this)? advertisement|continue reading(?: below)?|skip (?:advert|advertisement|ad))$",
    re.IGNORECASE,
)

# An article container must hold this share of the page's paragraph text.
MIN_CONTAINER_SHARE = 0.3
# A block is left out when this share of its text is link text.
MAX_LINK_SHARE = 0.6
# Paragraphs shorter than this do not count towards a container's score.
MIN_PARAGRAPH_CHARS = 25
# In the article's <header>, shorter blocks are labels and dates ("Transport", "5 March");
# longer ones are a standfirst, which is kept.
MIN_HEADER_WORDS = 6


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    byline: str | None
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """Headline, byline, paragraphs, separated by blank lines."""
        head = [x for x in (self.title, self.byline) if x]
        return "\n\n".join([*head, *self.paragraphs])


def extract(page: str) -> Extracted:
    """The article in the HTML `page`."""
    builder = TreeBuilder()
    try:
        builder.feed(page)
        builder.close()
    except AssertionError:  # a parser corner not covered above: keep what was read so far
        pass
    root = builder.root
    nodes = list(walk_all(root))
    head = meta.head_facts(nodes)
    h1s = [n for n in nodes if n.tag == "h1"]
    _mark_dropped(nodes, h1s)
    _measure(nodes)
    container = _find_container(nodes, root)
    byline_node = meta.find_byline_node(nodes, container)
    blocks = _blocks(container, skip=byline_node)
    title = meta.headline(container, nodes, head)
    byline = meta.byline_text(byline_node, head)
    paragraphs = [
        b for b in blocks if not (title and meta.same(b, title)) and not (byline and meta.same_byline(b, byline))
    ]
    return Extracted(title, byline, tuple(paragraphs))


# --- page furniture ---------------------------------------------------------------------


def _is_furniture(node: Node) -> bool:
    if node.tag in PROTECTED or _is_body(node) or _ARTICLE_CLASS.search(node.get("class")):
        return False
    for tok in class_tokens(node):
        parts = tok.split("-")
        if tok in _NEG_TOKENS or tok.startswith(_NEG_PREFIXES):
            return True
        if any(p in _NEG_TOKENS or p.startswith(_NEG_PREFIXES) for p in parts if p):
            return True
    return False


def _is_hidden(node: Node) -> bool:
    if "hidden" in node.attrs or node.get("aria-hidden").lower() == "true":
        return True
    style = node.get("style").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _mark_dropped(nodes: list[Node], h1s: list[Node]) -> None:
    for h in h1s:
        p = h.parent
        while p is not None and not p.holds_h1:
            p.holds_h1 = True
            p = p.parent
    for node in nodes:  # document order: parents before children
        parent = node.parent
        if parent is not None:
            node.in_article = parent.in_article or parent.tag in ("article", "main") or _is_body(parent)
            if parent.dropped:
                node.dropped = True
                continue
        tag = node.tag
        if tag in DROP_TAGS or _is_hidden(node) or node.get("role").lower() in DROP_ROLES:
            node.dropped = True
        elif tag == "header":
            node.dropped = not node.in_article
        elif _is_furniture(node) and not node.holds_h1:
            node.dropped = True


def _is_body(node: Node) -> bool:
    return node.get("itemprop").lower() == "articlebody"


def _measure(nodes: list[Node]) -> None:
    """Paragraph and link text lengths of every kept element, and the paragraph scores."""
    for node in reversed(nodes):  # children before parents
        if node.dropped:
            continue
        own = sum(len(c.strip()) for c in node.children if isinstance(c, str))
        kids = [c for c in node.children if isinstance(c, Node) and not c.dropped]
        node.text_len = own + sum(k.text_len for k in kids)
        node.p_len = node.text_len if node.tag in PARAGRAPHS else sum(k.p_len for k in kids)
        node.link_len = node.text_len if node.tag == "a" else sum(k.link_len for k in kids)
    for node in nodes:
        if node.dropped or node.tag not in PARAGRAPHS or node.p_len < MIN_PARAGRAPH_CHARS:
            continue
        text = text_of(node)
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        score *= 1 - min(1.0, node.link_len / max(1, node.p_len))
        if node.parent is not None:
            node.parent.score += score
            if node.parent.parent is not None:
                node.parent.parent.score += score / 2


# --- the article ------------------------------------------------------------------------


def _find_container(nodes: list[Node], root: Node) -> Node:
    kept = [n for n in nodes if not n.dropped]
    total = root.p_len
    if total == 0:
        return next((n for n in kept if n.tag == "body"), root)
    for pick in (
        _is_body,
        lambda n: n.tag == "article",
        lambda n: n.tag == "main" or n.get("role").lower() == "main",
    ):
        found = [n for n in kept if pick(n)]
        if found:
            best = max(found, key=lambda n: n.p_len)
            if best.p_len >= MIN_CONTAINER_SHARE * total:
                return best
    scored = [n for n in kept if n.score > 0]
    if not scored:
        return next((n for n in kept if n.tag == "body"), root)
    best = max(scored, key=lambda n: n.score * (1 - min(1.0, n.link_len / max(1, n.text_len))))
    return _with_siblings(best)


def _with_siblings(best: Node) -> Node:
    """Widen to the parent when sibling blocks carry article text too (split bodies)."""
    parent = best.parent
    if parent is None or parent.tag in ("html", "#root"):
        return best
    siblings = [c for c in parent.children if isinstance(c, Node) and c is not best and not c.dropped]
    good = [
        s
        for s in siblings
        if s.score >= 0.2 * best.score or (s.tag == "p" and s.p_len >= 80 and s.link_len < 0.25 * s.p_len)
    ]
    if not good:
        return best
    # A shallow copy of the parent that keeps only the best node and the good siblings.
    keep = {id(best), *(id(s) for s in good)}
    merged = Node(parent.tag, parent.attrs, parent.parent)
    merged.children = [c for c in parent.children if isinstance(c, Node) and id(c) in keep]
    return merged


def _blocks(container: Node, skip: Node | None) -> list[str]:
    """The text of `container` block by block, in document order."""
    out: list[str] = []
    buf: list[str] = []
    link_chars = 0
    from_header = False

    def flush() -> None:
        nonlocal link_chars, from_header
        text = clean("".join(buf))
        if (
            text
            and link_chars < MAX_LINK_SHARE * len(text.replace(" ", ""))
            and not _AD_LABEL.match(text)
            and not (from_header and len(text.split()) < MIN_HEADER_WORDS)
        ):
            out.append(text)
        buf.clear()
        link_chars = 0
        from_header = False

    # A stack of (item, closing, in a link, in a header): closing marks the end of a block.
    todo: list[tuple[Node | str, bool, bool, bool]] = [(container, False, False, False)]
    while todo:
        item, closing, in_link, in_header = todo.pop()
        if isinstance(item, str):
            buf.append(item)
            from_header = from_header or (in_header and bool(item.strip()))
            if in_link:
                link_chars += len(item.strip().replace(" ", ""))
            continue
        if item.dropped or item is skip:
            continue
        if item.tag in BLOCKS:
            flush()
        if closing:
            continue
        if item.tag in BLOCKS:
            todo.append((item, True, in_link, in_header))
        link = in_link or item.tag == "a"
        header = in_header or item.tag in ("header", "hgroup")
        todo.extend((c, False, link, header) for c in reversed(item.children))
    flush()
    return out
