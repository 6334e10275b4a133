"""Markdown and plain-text reports, for pipelines, notes and review threads."""

from __future__ import annotations

from ..engine.report import FRAME_NAMES, Report
from ..safety import visible


def _clip(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _md_cell(s: str) -> str:
    return visible(s).replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report, name: str = "") -> str:
    s = report.summary
    lines = [f"# Framing report{': ' + _md_cell(name) if name else ''}", ""]
    if s.get("headline"):
        lines += [f"**Headline:** {_md_cell(s['headline']['text'])}", ""]
    lines += [
        f"{s['words']} words, {len(report.sentences)} sentences, {len(report.findings)} findings.",
        "",
        "## Whose voice",
        "",
        "| voice | sentences | share of body |",
        "|---|---:|---:|",
    ]
    for label in ("opinion", "reported", "factual"):
        lines.append(f"| {label} | {s['sentences'][label]} | {s['shares'][label]:.0%} |")
    lines.append(f"| boilerplate (left out) | {s['sentences']['boilerplate']} | |")
    lines += ["", "## Frames", "", "| frame | score | present | cues |", "|---|---:|:-:|---|"]
    for f in sorted(report.frames, key=lambda f: -f.score):
        mark = "yes" if f.present else ""
        lines.append(f"| {FRAME_NAMES[f.id]} | {f.score:.2f} | {mark} | {_md_cell(', '.join(f.cues[:5]))} |")
    lines += ["", "## Findings", ""]
    if report.findings:
        lines += ["| term | category | voice | rule | instead | why |", "|---|---|---|---|---|---|"]
        for f in report.findings:
            lines.append(
                f"| {_md_cell(f.term)} | {f.category} | {f.voice} | `{f.rule}` | "
                f"{_md_cell(', '.join(f.alternatives[:3]))} | {_md_cell(f.message)} |"
            )
    else:
        lines.append("No findings.")
    if report.voice_cues:
        lines += ["", "## Voice cues", "", "Words that make a sentence the author's own view, not words to change.", ""]
        lines += ["| words | rule | kind |", "|---|---|---|"]
        for f in report.voice_cues:
            lines.append(f"| {_md_cell(f.term)} | `{f.rule}` | {_md_cell(f.subcategory)} |")
    src = s["sources"]
    lines += [
        "",
        "## Sources",
        "",
        f"{src['named']} named, {src['anonymous']} anonymous, {src['organization']} organisations; "
        f"{src['quoted_share']:.0%} of body words are quoted.",
        "",
    ]
    if src["top"]:
        lines += ["| source | kind | quotes | words |", "|---|---|---:|---:|"]
        for row in src["top"]:
            lines.append(f"| {_md_cell(row['name'])} | {row['kind']} | {row['quotes']} | {row['words']} |")
    part = s.get("partisan")
    if part and part["terms"]:
        lines += ["", "## Partisan vocabulary", "", f"Left-coded {part['left']}, right-coded {part['right']}.", ""]
        lines += ["| term | lean | count | the other side says |", "|---|---|---:|---|"]
        for t in part["terms"]:
            lines.append(
                f"| {_md_cell(t['term'])} | {t['lean']} | {t['count']} | {_md_cell(', '.join(t['counterparts']))} |"
            )
        lines += ["", f"*{part['caveat']}*"]
    if s.get("tone"):
        lines += ["", "## Tone toward those named", "", "| name | tone (-1..1) | sentences |", "|---|---:|---:|"]
        for t in s["tone"]:
            lines.append(f"| {_md_cell(t['name'])} | {t['tone']:+.2f} | {t['mentions']} |")
    head = s.get("headline")
    if head and head.get("notes"):
        lines += ["", "## Headline notes", ""] + [f"- {_md_cell(n['message'])}" for n in head["notes"]]
    if s.get("intensity"):
        i = s["intensity"]
        lines += ["", f"**Framing intensity: {i['score']}/100** = {i['formula']}", ""]
        lines += [f"- {k}: {v} ({i['explained'][k]})" for k, v in i["parts"].items()]
    lines += ["", "## Sentences", ""]
    for n, sent in enumerate(report.sentences, 1):
        why = f" ({', '.join(sent.reasons[:3])})" if sent.reasons else ""
        lines.append(
            f"{n}. **{sent.label}** {sent.opinion_score:.2f}{why}: "
            f"{_md_cell(_clip(report.text[sent.start : sent.end]))}"
        )
    return "\n".join(lines) + "\n"


def to_text(report: Report, name: str = "") -> str:
    s = report.summary
    out = [f"framing report{' for ' + visible(name) if name else ''}"]
    if s.get("headline"):
        out.append(f"headline: {visible(s['headline']['text'])}")
    out.append(
        "voice: "
        + ", ".join(f"{label} {s['shares'][label]:.0%}" for label in ("opinion", "reported", "factual"))
        + f" (boilerplate sentences left out: {s['sentences']['boilerplate']})"
    )
    present = [f for f in sorted(report.frames, key=lambda f: -f.score) if f.present]
    out.append("frames: " + (", ".join(f"{f.id} {f.score:.2f}" for f in present) or "none clearly present"))
    lp = s["loaded_per_100_words"]
    out.append(f"loaded terms per 100 words: author {lp['author']}, quoted {lp['quoted']}")
    out.append(f"hedges {s['certainty']['hedges']}, boosters {s['certainty']['boosters']}")
    if s.get("intensity"):
        out.append(f"framing intensity: {s['intensity']['score']}/100 = {s['intensity']['formula']}")
    if s.get("partisan") and s["partisan"]["terms"]:
        p = s["partisan"]
        out.append(f"partisan terms: left {p['left']}, right {p['right']} (US-centred, time-bound)")
    for n in (s.get("headline") or {}).get("notes", []):
        out.append(f"headline: {visible(n['message'])}")
    src = s["sources"]
    out.append(f"sources: {src['named']} named, {src['anonymous']} anonymous, {src['organization']} organisations")
    out.append("")
    for f in report.findings:
        alt = f" -> {', '.join(f.alternatives[:2])}" if f.alternatives else ""
        out.append(f"{f.start}-{f.end}\t{f.category}\t{f.voice}\t{visible(f.term)}\t{f.rule}{visible(alt)}")
    for f in report.voice_cues:
        out.append(f"{f.start}-{f.end}\tvoice cue\t{f.voice}\t{visible(f.term)}\t{f.rule}")
    out.append("")
    for sent in report.sentences:
        out.append(f"[{sent.label} {sent.opinion_score:.2f}] {visible(_clip(report.text[sent.start : sent.end], 120))}")
    return "\n".join(out) + "\n"
