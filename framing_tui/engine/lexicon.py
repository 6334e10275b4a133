"""Reading lexicon modules (TOML data files) into typed entries, with validation.

The schema is documented in docs/lexicon-schema.md. Errors carry `file:line` so a user
can fix their own lexicon; `load_modules` collects them instead of stopping at the first.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon_types import TERM_KINDS, Entry, LexiconError, Module
from .report import CATEGORIES, FRAME_IDS

LIST_KINDS = (
    "abbreviations",
    "sentence_starters",
    "speaker_roles",
    "negators",
    "anonymous_sources",
)
MATCH_KINDS = ("stem", "word", "regex")
STANCES = ("neutral", "sceptical", "concessive", "endorsing", "emotive")
POLARITIES = ("negative", "positive", "neutral")
MAX_PHRASE_WORDS = 6

MODULE_FIELDS = {
    "id", "kind", "title", "description", "source", "license", "category",
    "subcategory", "frame", "default_match", "weight", "voice", "voice_cue",
}  # fmt: skip
ENTRY_FIELDS = {
    "terms", "term", "id", "match", "case_sensitive", "category", "subcategory",
    "weight", "polarity", "lean", "counterparts", "stance", "explanation",
    "alternatives", "examples", "counterexamples", "not_followed_by",
    "not_preceded_by", "voice", "negation", "unless_named_source", "source", "voice_cue",
}  # fmt: skip
# A group that holds a quantifier and is itself quantified: (a+)+, (\w*x)*, (a|b+){2,}
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]")
SLUG_RE = re.compile(r"[a-z0-9_]+")


def slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", term.lower()).strip("_") or "term"


def _line_of(raw: str, needle: str, after: int) -> tuple[int, int]:
    """(line number, position) of the first `needle` at or after `after` in `raw`."""
    pos = raw.find(needle, after)
    if pos < 0:
        return 0, after
    return raw.count("\n", 0, pos) + 1, pos + 1


_DECL = re.compile(r'\bterms?\s*=\s*\[?\s*"((?:[^"\\]|\\.)*)"')


class _Lines:
    """Line numbers of positions in one file, and where each entry's first term is written
    (`terms = ["x"` or `term = "x"`), found in one pass over the file."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.newlines = [m.start() for m in re.finditer("\n", raw)]
        self.decls = [(m.start(), m.group(1)) for m in _DECL.finditer(raw)]
        self.next_decl = 0

    def line(self, pos: int) -> int:
        return bisect_right(self.newlines, pos - 1) + 1

    def entry(self, first_term: str) -> tuple[int, int]:
        """(line, position) of the next declaration of `first_term`; (0, 0) if not found."""
        for k in range(self.next_decl, len(self.decls)):
            pos, term = self.decls[k]
            if term == first_term or term.replace('\\"', '"') == first_term:
                self.next_decl = k + 1
                return self.line(pos), pos
        return 0, 0


def _as_list(value: Any, name: str, err) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        err(f"'{name}' must be a string or a list of strings")
        return ()
    return tuple(value)


def load_module(path: Path, errors: list[LexiconError]) -> Module | None:
    """Parse and validate one module file; problems are appended to `errors`."""
    shown = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except UnicodeDecodeError:
        errors.append(LexiconError(shown, 1, "not UTF-8 text"))
        return None
    except OSError as e:
        errors.append(LexiconError(shown, 1, f"cannot read: {e.strerror or e}"))
        return None
    except tomllib.TOMLDecodeError as e:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(e))) else 1
        errors.append(LexiconError(shown, line, f"invalid TOML: {e}"))
        return None

    head = data.get("module")
    head_line = _line_of(raw, "[module]", 0)[0] or 1
    if not isinstance(head, dict):
        errors.append(LexiconError(shown, 1, "missing [module] table"))
        return None

    def module_err(msg: str) -> None:
        errors.append(LexiconError(shown, head_line, msg))

    # `entries = [...]` or `items = [...]` written after the [module] header belong to that
    # table in TOML; accept them there as well as at the top level.
    head = dict(head)
    for key in ("entries", "items"):
        if key in head:
            if key in data:
                module_err(f"'{key}' is given twice (inside [module] and at the top level)")
            data = {**data, key: head.pop(key)}

    for key in sorted(set(data) - {"module", "entries", "items"}):
        module_err(f"unknown top-level key '{key}'")
    for key in sorted(set(head) - MODULE_FIELDS):
        module_err(f"unknown module field '{key}'")
    mid = head.get("id")
    if not isinstance(mid, str) or not SLUG_RE.fullmatch(mid):
        module_err("module 'id' is required: lowercase letters, digits and _")
        return None
    kind = head.get("kind", "terms")
    if kind not in TERM_KINDS + LIST_KINDS:
        module_err(f"unknown module kind '{kind}'")
        return None
    for req in ("title", "description", "source"):
        if not isinstance(head.get(req), str) or not head[req].strip():
            module_err(f"module '{req}' is required")
    category = head.get("category", "")
    frame = head.get("frame", "")
    if kind == "terms" and category not in CATEGORIES:
        module_err(f"module 'category' must be one of {', '.join(CATEGORIES)}")
    if kind == "frame_cues" and frame not in FRAME_IDS:
        module_err(f"module 'frame' must be one of the 14 frame ids, not '{frame}'")
    module = Module(
        id=mid,
        kind=kind,
        title=str(head.get("title", "")),
        description=str(head.get("description", "")),
        source=str(head.get("source", "")),
        license=str(head.get("license", "MIT (written for framing-tui)")),
        path=shown,
        category=category if kind == "terms" else ("frame" if kind == "frame_cues" else ""),
        frame=frame,
    )
    if kind in LIST_KINDS:
        items = data.get("items")
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            module_err("a list module needs 'items', a list of strings")
            return module
        module.items = [i.strip().lower() for i in items if i.strip()]
        return module

    raw_entries = data.get("entries", [])
    if not isinstance(raw_entries, list):
        module_err("'entries' must be an array of tables")
        return module
    lines = _Lines(raw)
    for i, raw_entry in enumerate(raw_entries):
        entry = _entry(raw_entry, i, module, head, lines, errors)
        if entry is not None:
            module.entries.append(entry)
    return module


def _entry(
    e: Any,
    i: int,
    module: Module,
    head: dict[str, Any],
    lines: _Lines,
    errors: list[LexiconError],
) -> Entry | None:
    shown = module.path
    if not isinstance(e, dict):
        errors.append(LexiconError(shown, 1, f"entry {i + 1} is not a table"))
        return None
    terms = e.get("terms", e.get("term"))
    first = terms if isinstance(terms, str) else (terms[0] if terms else "")
    line, entry_pos = lines.entry(first) if isinstance(first, str) else (0, 0)
    line = line or 1

    def err(msg: str, key: str | None = None) -> None:
        at = line
        if key is not None:  # point at the field itself where it can be found
            m = re.compile(rf"(?m)\b{re.escape(key)}\s*=").search(lines.raw, entry_pos)
            if m and lines.line(m.start()) - line < 40:
                at = lines.line(m.start())
        errors.append(LexiconError(shown, at, msg))

    for key in sorted(set(e) - ENTRY_FIELDS):
        err(f"unknown entry field '{key}'", key)
    terms_t = _as_list(terms, "terms", err)
    if not terms_t:
        err("entry needs 'terms' (or 'term')")
        return None
    match = e.get("match", head.get("default_match", "stem"))
    if match not in MATCH_KINDS:
        err(f"'match' must be one of {', '.join(MATCH_KINDS)}", "match")
        return None
    ok = True
    for t in terms_t:
        ok &= _check_term(t, match, err)
    category = e.get("category", module.category)
    if module.kind == "terms" and category not in CATEGORIES:
        err(f"'category' must be one of {', '.join(CATEGORIES)}", "category")
        ok = False
    eid = e.get("id", slug(terms_t[0]))
    if not isinstance(eid, str) or not SLUG_RE.fullmatch(eid):
        err("'id' must be lowercase letters, digits and _", "id")
        ok = False
    weight = e.get("weight", head.get("weight", 1.0))
    if not isinstance(weight, int | float) or not 0 <= weight <= 1:
        err("'weight' must be a number from 0 to 1", "weight")
        ok = False
    explanation = e.get("explanation", "")
    if module.kind == "terms" and (not isinstance(explanation, str) or not explanation.strip()):
        err(f"entry '{terms_t[0]}' needs an 'explanation'")
    polarity = e.get("polarity", "")
    if polarity and polarity not in POLARITIES:
        err(f"'polarity' must be one of {', '.join(POLARITIES)}", "polarity")
    stance = e.get("stance", "")
    if stance and stance not in STANCES:
        err(f"'stance' must be one of {', '.join(STANCES)}", "stance")
    lean = e.get("lean", "")
    if lean and lean not in ("left", "right"):
        err("'lean' must be 'left' or 'right'", "lean")
    voice = e.get("voice", head.get("voice", "any"))
    if voice not in ("any", "author"):
        err("'voice' must be 'any' or 'author'", "voice")
    voice_cue = e.get("voice_cue", head.get("voice_cue", False))
    if not isinstance(voice_cue, bool):
        err("'voice_cue' must be true or false", "voice_cue")
    negation = e.get("negation", "keep")
    if negation not in ("keep", "block", "flip"):
        err("'negation' must be 'keep', 'block' or 'flip'", "negation")
    if not ok:
        return None
    prefix = f"frame.{module.frame}" if module.kind == "frame_cues" else category
    entry = Entry(
        rule=f"{prefix}.{eid}",
        module=module.id,
        category=category,
        subcategory=str(e.get("subcategory", head.get("subcategory", ""))),
        terms=terms_t,
        match=match,
        weight=float(weight),
        explanation=str(explanation).strip(),
        alternatives=_as_list(e.get("alternatives"), "alternatives", err),
        case_sensitive=bool(e.get("case_sensitive", False)),
        polarity=str(polarity),
        lean=str(lean),
        counterparts=_as_list(e.get("counterparts"), "counterparts", err),
        stance=str(stance),
        examples=_as_list(e.get("examples"), "examples", err),
        counterexamples=_as_list(e.get("counterexamples"), "counterexamples", err),
        not_followed_by=_as_list(e.get("not_followed_by"), "not_followed_by", err),
        not_preceded_by=_as_list(e.get("not_preceded_by"), "not_preceded_by", err),
        voice=voice,
        negation=negation,
        unless_named_source=bool(e.get("unless_named_source", False)),
        voice_cue=voice_cue is True,
        source=str(e.get("source", "")),
        frame=module.frame,
        path=shown,
        line=line,
    )
    return entry


def _check_term(term: str, match: str, err) -> bool:
    from .tokens import term_words

    if match == "regex":
        if NESTED_QUANTIFIER.search(term):
            err(f"regex '{term}' nests quantifiers and could backtrack catastrophically")
            return False
        try:
            re.compile(term)
        except re.error as e:
            err(f"regex '{term}' does not compile: {e}")
            return False
        return True
    words = term_words(term)
    if not [w for w in words if w != "*"]:
        err(f"term '{term}' has no words")
        return False
    if words[0] == "*" or words[-1] == "*":
        err(f"term '{term}': a * wildcard must stand between words")
        return False
    if len(words) > MAX_PHRASE_WORDS:
        err(f"term '{term}' is longer than {MAX_PHRASE_WORDS} words")
        return False
    return True


def module_files(paths: list[Path]) -> list[Path]:
    """TOML files named by `paths` (files, or folders searched recursively), in a stable order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.rglob("*.toml")))
        else:
            out.append(p)
    return out


def load_modules(paths: list[Path]) -> tuple[list[Module], list[LexiconError]]:
    """Load every module under `paths`, in order, with all the problems found.

    Within one path, two entries with the same rule id are an error. Across paths a
    later one overrides: a module with the same id replaces the earlier module, and an
    entry with the same rule id replaces the earlier entry (that is how a newsroom's
    own lexicon changes what ships).
    """
    errors: list[LexiconError] = []
    by_id: dict[str, Module] = {}
    final: dict[str, Entry] = {}
    for root in paths:
        if not root.exists():
            errors.append(LexiconError(str(root), 0, "no such file or folder"))
            continue
        seen: dict[str, Entry] = {}
        for f in module_files([root]):
            m = load_module(f, errors)
            if m is None:
                continue
            for entry in m.entries:
                other = seen.get(entry.rule)
                if other is not None:
                    errors.append(
                        LexiconError(
                            entry.path,
                            entry.line,
                            f"rule '{entry.rule}' is already defined at {other.path}:{other.line}",
                        )
                    )
                seen[entry.rule] = entry
            by_id[m.id] = m
        final.update(seen)
    modules = list(by_id.values())
    for m in modules:
        m.entries = [e for e in m.entries if final.get(e.rule) is e]
    return modules, errors


@lru_cache(maxsize=1)
def shipped_dir() -> Path:
    """The lexicons that ship with the tool: inside the wheel, or the repo's folder.

    Cached: every `analyze()` call asks, and resolving the path costs 20 us."""
    here = Path(__file__).resolve().parent.parent
    inside = here / "_lexicons"
    return inside if inside.is_dir() else here.parent / "lexicons"
