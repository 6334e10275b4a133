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

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


VOID = _words("area base br col embed hr img input keygen link meta param source track wbr")
# Whole subtrees that never hold article prose.
DROP_TAGS = _words(
    """script style noscript template svg math iframe frame frameset object embed canvas
    form button select option textarea input label nav aside footer dialog menu head
    figcaption audio video map"""
)
# Elements that end an open <p> (as in the HTML standard), and those that start a new block.
P_CLOSERS = _words(
    """address article aside blockquote details div dl fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul li"""
)
BLOCKS = P_CLOSERS | _words("br dd dt td th tr caption body html title")
PARAGRAPHS = _words("p pre blockquote")
DROP_ROLES = _words("navigation complementary banner contentinfo search dialog alertdialog menu menubar")
PROTECTED = frozenset(("html", "body", "main"))

# Class and id words of page furniture. A word matches a whole token of the class or id
# ("ad-slot" → "ad", "slot") or, for the longer stems, the start of a token.
_NEG_TOKENS = _words(
    """ad ads adv advert adverts adsense adunit dfp nav navbar menu menus bio bios tags tag
    share shares sharing social sidebar footer masthead breadcrumb breadcrumbs pagination
    pager popup modal promo promos sponsor sponsored outbrain taboola trending popular
    recirc newsletter subscribe signup cookie cookies consent gdpr
    comment comments commentlist disqus respond replies related recommended recommendations
    readmore read-more more-stories widget widgets toolbar skip sr-only
    visually-hidden"""
)
_NEG_PREFIXES = tuple(
    _words(
        """advert comment- comments- commentlist disqus related recommend newsletter subscri
        social sponsor cookie outbrain taboola sidebar breadcrumb widget promo sharing share-
        adslot ad-slot adsbygoogle"""
    )
)
# A class that names the article's own body wins over any furniture word beside it
# ("article-body subscriber-only").
_ARTICLE_CLASS = re.compile(r"(?i)\b(?:article|story|post|entry)[-_]?(?:body|content|text)\b")
_TOKEN_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])(?=[A-Z])")
_BYLINE_TOKENS = frozenset(("byline", "byline-name", "author", "author-name", "authors", "byl"))
_AD_LABEL = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below"
    r"(?: this)? advertisement|continue reading(?: below)?|skip (?:advert|advertisement|ad))$",
    re.IGNORECASE,
)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•-]|::)\s+")
SITE_NAME_MAX_WORDS = 5
_INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u00ad": None})

# An article container must hold this share of the page's paragraph text.
MIN_CONTAINER_SHARE = 0.3
# A block is left out when this share of its text is link text.
MAX_LINK_SHARE = 0.6
# Paragraphs shorter than this do not count towards a container's score.
MIN_PARAGRAPH_CHARS = 25
MAX_BYLINE_WORDS = 14
# In the article's <header>, shorter blocks are labels and dates ("Transport", "5 March");
# longer ones are a standfirst, which is kept.
MIN_HEADER_WORDS = 6
# How far up the open elements an end tag or an implied end looks (real pages need a few
# levels; a bound keeps pathological nesting linear).
SCOPE = 64


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


class _Node:
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

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Node | str] = []
        self.dropped = False
        self.holds_h1 = False
        self.in_article = False  # inside <article>, <main> or an articleBody
        self.p_len = 0  # characters of paragraph text inside (not dropped)
        self.link_len = 0  # characters of link text inside (not dropped)
        self.score = 0.0
        self.text_len = 0  # characters of text inside (not dropped)

    def get(self, key: str) -> str:
        return self.attrs.get(key) or ""


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: implied end tags for <p> and <li>, stray end tags ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in P_CLOSERS:
            self._close_implied(tag)
        node = _Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
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


def extract(page: str) -> Extracted:
    """The article in the HTML `page`."""
    builder = _TreeBuilder()
    try:
        builder.feed(page)
        builder.close()
    except AssertionError:  # a parser corner not covered above: keep what was read so far
        pass
    root = builder.root
    nodes = list(_walk_all(root))
    head = _head_facts(nodes)
    h1s = [n for n in nodes if n.tag == "h1"]
    _mark_dropped(nodes, h1s)
    _measure(nodes)
    container = _find_container(nodes, root)
    byline_node = _find_byline_node(nodes, container)
    blocks = _blocks(container, skip=byline_node)
    title = _title(container, nodes, head)
    byline = _byline(byline_node, head)
    paragraphs = [b for b in blocks if not (title and _same(b, title)) and not (byline and _same_byline(b, byline))]
    return Extracted(title, byline, tuple(paragraphs))


# --- the tree ---------------------------------------------------------------------------


def _walk_all(root: _Node):
    """Every element in document order (iterative: pages nest deeply)."""
    todo: list[_Node] = [root]
    while todo:
        node = todo.pop()
        yield node
        todo.extend(c for c in reversed(node.children) if isinstance(c, _Node))


def _tokens(node: _Node) -> list[str]:
    raw = f"{node.get('class')} {node.get('id')}".strip()
    return [t.lower() for t in _TOKEN_SPLIT.split(raw) if t]


def _is_furniture(node: _Node) -> bool:
    if node.tag in PROTECTED or _is_body(node) or _ARTICLE_CLASS.search(node.get("class")):
        return False
    for tok in _tokens(node):
        parts = tok.split("-")
        if tok in _NEG_TOKENS or tok.startswith(_NEG_PREFIXES):
            return True
        if any(p in _NEG_TOKENS or p.startswith(_NEG_PREFIXES) for p in parts if p):
            return True
    return False


def _is_hidden(node: _Node) -> bool:
    if "hidden" in node.attrs or node.get("aria-hidden").lower() == "true":
        return True
    style = node.get("style").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _mark_dropped(nodes: list[_Node], h1s: list[_Node]) -> None:
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


def _is_body(node: _Node) -> bool:
    return node.get("itemprop").lower() == "articlebody"


def _measure(nodes: list[_Node]) -> None:
    """Paragraph and link text lengths of every kept element, and the paragraph scores."""
    for node in reversed(nodes):  # children before parents
        if node.dropped:
            continue
        own = sum(len(c.strip()) for c in node.children if isinstance(c, str))
        kids = [c for c in node.children if isinstance(c, _Node) and not c.dropped]
        node.text_len = own + sum(k.text_len for k in kids)
        node.p_len = node.text_len if node.tag in PARAGRAPHS else sum(k.p_len for k in kids)
        node.link_len = node.text_len if node.tag == "a" else sum(k.link_len for k in kids)
    for node in nodes:
        if node.dropped or node.tag not in PARAGRAPHS or node.p_len < MIN_PARAGRAPH_CHARS:
            continue
        text = _text(node)
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        score *= 1 - min(1.0, node.link_len / max(1, node.p_len))
        if node.parent is not None:
            node.parent.score += score
            if node.parent.parent is not None:
                node.parent.parent.score += score / 2


def _strings(node: _Node):
    """The text inside `node`: inline elements run together, blocks apart."""
    todo: list[_Node | str] = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            yield item
        elif not item.dropped:
            if item.tag in BLOCKS:
                yield " "
                todo.append(" ")
            todo.extend(reversed(item.children))


def _text(node: _Node) -> str:
    return _clean("".join(_strings(node)))


def _clean(s: str) -> str:
    return " ".join(s.translate(_INVISIBLE).split())


# --- the article ------------------------------------------------------------------------


def _find_container(nodes: list[_Node], root: _Node) -> _Node:
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


def _with_siblings(best: _Node) -> _Node:
    """Widen to the parent when sibling blocks carry article text too (split bodies)."""
    parent = best.parent
    if parent is None or parent.tag in ("html", "#root"):
        return best
    siblings = [c for c in parent.children if isinstance(c, _Node) and c is not best and not c.dropped]
    good = [
        s
        for s in siblings
        if s.score >= 0.2 * best.score or (s.tag == "p" and s.p_len >= 80 and s.link_len < 0.25 * s.p_len)
    ]
    if not good:
        return best
    # A shallow copy of the parent that keeps only the best node and the good siblings.
    keep = {id(best), *(id(s) for s in good)}
    merged = _Node(parent.tag, parent.attrs, parent.parent)
    merged.children = [c for c in parent.children if isinstance(c, _Node) and id(c) in keep]
    return merged


def _blocks(container: _Node, skip: _Node | None) -> list[str]:
    """The text of `container` block by block, in document order."""
    out: list[str] = []
    buf: list[str] = []
    link_chars = 0
    from_header = False

    def flush() -> None:
        nonlocal link_chars, from_header
        text = _clean("".join(buf))
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
    todo: list[tuple[_Node | str, bool, bool, bool]] = [(container, False, False, False)]
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


# --- headline and byline ----------------------------------------------------------------


def _head_facts(nodes: list[_Node]) -> dict[str, str]:
    """og:title, meta author, <title>, JSON-LD headline and author (read before dropping)."""
    facts: dict[str, str] = {}
    for node in nodes:
        if node.tag == "meta":
            key = (node.get("property") or node.get("name")).lower()
            content = _clean(node.get("content"))
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
            facts["title"] = _clean(" ".join(c for c in node.children if isinstance(c, str)))
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
            facts.setdefault("ld:headline", _clean(d["headline"]))
        authors = d.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [_clean(n) for n in names if isinstance(n, str) and n.strip()]
        if names:
            facts.setdefault("ld:author", " and ".join(names))


def _title(container: _Node, nodes: list[_Node], head: dict[str, str]) -> str | None:
    inside = next((n for n in _walk_all(container) if n.tag == "h1" and not n.dropped), None)
    if inside is not None and _text(inside):
        return _text(inside)
    for key in ("og:title", "twitter:title", "ld:headline"):
        if head.get(key):
            return head[key]
    first = next((n for n in nodes if n.tag == "h1" and not n.dropped and _text(n)), None)
    if first is not None:
        return _text(first)
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


def _find_byline_node(nodes: list[_Node], container: _Node) -> _Node | None:
    """The element that holds the byline: classed byline/author, or itemprop/rel author."""
    inside = {id(n) for n in _walk_all(container)}
    candidates = []
    for node in nodes:
        if node.dropped or node.tag in ("html", "body", "article", "main"):
            continue
        tokens = set(_tokens(node))
        if tokens & _BYLINE_TOKENS or node.get("rel").lower() == "author" or node.get("itemprop").lower() == "author":
            text = _text(node)
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
            and (set(_tokens(parent)) & _BYLINE_TOKENS or parent.get("itemprop").lower() == "author")
            and len(_text(parent).split()) <= MAX_BYLINE_WORDS
        ):
            break
        best = parent
    return best


def _byline(node: _Node | None, head: dict[str, str]) -> str | None:
    text = _text(node) if node is not None else ""
    if not text:
        for key in ("author", "ld:author", "dc.creator", "byl", "article:author"):
            value = head.get(key, "")
            if value and "://" not in value and len(value.split()) <= MAX_BYLINE_WORDS:
                text = value
                break
    if not text:
        return None
    return text if re.match(r"(?i)by\b", text) else f"By {text}"


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _same_byline(block: str, byline: str) -> bool:
    bare = re.sub(r"(?i)^by\s+", "", byline)
    return _same(block, byline) or _same(block, bare)
