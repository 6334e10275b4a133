"""The one-shot Rich view: the article with its highlights, a legend, and the summary.

Article text only ever enters Rich as `Text` objects styled by offsets, never as markup,
and it is made visible (control characters replaced) first.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..engine.report import FRAME_NAMES, Report
from ..safety import visible
from .styles import LABEL_COLOUR, SENTENCE_STYLE, VOICE_CUE_STYLE, bar, finding_style

SIDE_BY_SIDE_MIN_WIDTH = 130
SUMMARY_WIDTH = 52
FRAMES_SHOWN = 6


def article_text(report: Report) -> Text:
    """The whole article as one styled Text, paragraphs separated by blank lines."""
    out = Text()
    text = report.text
    sentences_by_block: dict[int, list[int]] = {}
    for n, s in enumerate(report.sentences):
        sentences_by_block.setdefault(s.block, []).append(n)
    marks = report.voice_cues + report.findings  # findings last: they win where both style a word
    findings_by_sentence: dict[int, list[int]] = {}
    for k, f in enumerate(marks):
        findings_by_sentence.setdefault(f.sentence, []).append(k)
    for b_index, block in enumerate(report.blocks):
        if b_index:
            out.append("\n\n")
        para = Text(visible(text[block.start : block.end]))
        if block.kind == "headline":
            para.stylize("bold underline")
        for n in sentences_by_block.get(b_index, []):
            s = report.sentences[n]
            style = SENTENCE_STYLE.get(s.label, "")
            if style:
                para.stylize(style, s.start - block.start, s.end - block.start)
            for k in findings_by_sentence.get(n, []):
                f = marks[k]
                style = VOICE_CUE_STYLE if k < len(report.voice_cues) else finding_style(f.category, f.voice)
                para.stylize(style, f.start - block.start, f.end - block.start)
        if block.kind != "body" and block.kind != "headline":
            para = Text(f"[{block.kind}] ", style="dim") + para
        out.append_text(para)
    return out


def legend() -> Text:
    t = Text("Legend: ", style="bold")
    for cat in ("loaded", "partisan", "editorial", "weasel", "presupposition", "hedge", "booster"):
        t.append(cat, style=finding_style(cat, "author"))
        t.append("  ")
    t.append("voice cue", style=VOICE_CUE_STYLE)
    t.append("  ")
    t.append("quoted words dimmer", style="dim")
    t.append("  ")
    t.append("opinion sentence", style=SENTENCE_STYLE["opinion"])
    t.append("  ")
    t.append("reported sentence", style=SENTENCE_STYLE["reported"])
    return t


WHY_SHOWN = 8  # opinion sentences listed with their reasons under the article


def why_list(report: Report) -> Text:
    """The author's opinion sentences, strongest first, each with the reasons for its label."""
    ranked = sorted((s for s in report.sentences if s.label == "opinion"), key=lambda s: -s.opinion_score)[:WHY_SHOWN]
    out = Text()
    if not ranked:
        return out
    out.append("Why these sentences read as the author's opinion\n", style="bold")
    for s in ranked:
        snippet = " ".join(report.text[s.start : s.end].split())
        snippet = snippet if len(snippet) <= 70 else snippet[:69] + "…"
        out.append(f"  {s.opinion_score:.2f} ", style=LABEL_COLOUR["opinion"])
        out.append(visible(snippet), style="italic")
        out.append("\n      " + (", ".join(s.reasons[:4]) or "—") + "\n", style="dim")
    return out


def summary_panel(report: Report, width: int = SUMMARY_WIDTH) -> RenderableType:
    s = report.summary
    bar_w = max(10, width - 24)
    parts: list[RenderableType] = []

    voice = Table.grid(padding=(0, 1))
    voice.add_column(width=9)
    voice.add_column()
    voice.add_column(justify="right")
    for label in ("opinion", "reported", "factual"):
        share = s["shares"][label]
        voice.add_row(
            Text(label, style=LABEL_COLOUR[label]), Text(bar(share, bar_w), style=LABEL_COLOUR[label]), f"{share:.0%}"
        )
    parts.append(Text("Whose voice (body sentences)", style="bold"))
    parts.append(voice)

    frames = Table.grid(padding=(0, 1))
    frames.add_column(width=18, no_wrap=True, overflow="ellipsis")
    frames.add_column()
    frames.add_column(justify="right")
    ranked = sorted(report.frames, key=lambda f: -f.score)[:FRAMES_SHOWN]
    for f in ranked:
        style = "bold" if f.present else "dim"
        frames.add_row(Text(FRAME_NAMES[f.id], style=style), Text(bar(f.score, bar_w - 9)), f"{f.score:.2f}")
    parts += [Text("\nFrames", style="bold"), frames]
    dominant = [f for f in ranked if f.present]
    if dominant:
        cues = ", ".join(dominant[0].cues[:5])
        parts.append(Text(f"evidence for {FRAME_NAMES[dominant[0].id]}: {visible(cues)}", style="dim"))

    loaded = s["loaded_per_100_words"]
    cert = s["certainty"]
    parts.append(Text("\nLanguage", style="bold"))
    parts.append(Text(f"loaded terms per 100 words: author {loaded['author']:.1f}, quoted {loaded['quoted']:.1f}"))
    parts.append(
        Text(
            f"hedges {cert['hedges']} vs boosters {cert['boosters']} "
            f"(author: {cert['author']['hedges']} vs {cert['author']['boosters']})"
        )
    )

    if s["top_terms"]:
        terms = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        terms.add_column("term", overflow="fold")
        terms.add_column("author", justify="right")
        terms.add_column("quoted", justify="right")
        terms.add_column("instead", overflow="fold")
        for t in s["top_terms"][:8]:
            terms.add_row(
                Text(visible(t["term"]), style=finding_style(t["category"], "author")),
                str(t["author"]),
                str(t["quoted"]),
                Text(visible(", ".join(t["alternatives"][:2])), style="dim"),
            )
        parts += [Text("\nTop loaded terms", style="bold"), terms]

    src = s["sources"]
    parts.append(
        Text(
            f"\nSources: {src['named']} named, {src['anonymous']} anonymous, "
            f"{src['organization']} organisations; {src['quoted_share']:.0%} of words quoted",
            style="bold",
        )
    )
    if src["top"]:
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        table.add_column("source", overflow="fold")
        table.add_column("kind")
        table.add_column("quotes", justify="right")
        table.add_column("words", justify="right")
        for row in src["top"]:
            table.add_row(Text(visible(row["name"])), row["kind"], str(row["quotes"]), str(row["words"]))
        parts.append(table)

    part = s.get("partisan")
    if part and part["terms"]:
        line = Text("\nPartisan vocabulary: ", style="bold")
        line.append(f"left-coded {part['left']}, right-coded {part['right']}")
        parts.append(line)
        for t in part["terms"][:5]:
            row = Text(
                f"  {visible(t['term'])} ({t['lean']}, {t['count']}×)", style=finding_style("partisan", "author")
            )
            if t["counterparts"]:
                row.append(f"  other side: {visible(', '.join(t['counterparts'][:2]))}", style="dim")
            parts.append(row)
        parts.append(Text(part["caveat"], style="dim italic"))

    tone = s.get("tone") or []
    if tone:
        parts.append(Text("\nTone toward those named (author's words)", style="bold"))
        for t in tone[:5]:
            v = t["tone"]
            colour = "green" if v > 0.05 else "red" if v < -0.05 else "white"
            parts.append(Text(f"  {visible(t['name'])}: {v:+.2f} over {t['mentions']} sentence(s)", style=colour))

    head = s.get("headline")
    if head:
        note = Text("\nHeadline: ", style="bold")
        note.append(visible(head["text"]), style="italic")
        if head["rules"]:
            note.append("\n  flags: " + ", ".join(head["rules"]), style="yellow")
        for n in head.get("notes", []):
            note.append("\n  ⚠ " + visible(n["message"]), style="yellow")
        parts.append(note)

    inten = s.get("intensity")
    if inten:
        parts.append(Text(f"\nFraming intensity: {inten['score']}/100", style="bold magenta"))
        parts.append(Text(bar(inten["score"] / 100, bar_w), style="magenta"))
        parts.append(Text("= " + inten["formula"], style="dim"))
    return Panel(Group(*parts), title="Framing summary", border_style="blue", width=width)


def render(report: Report, console: Console) -> None:
    """Print the article view and the summary, side by side when the terminal is wide."""
    words = report.summary["words"]
    header = Text(f"{words} words · {len(report.sentences)} sentences · {len(report.findings)} findings", style="dim")
    for w in report.warnings:
        console.print(Text(f"warning: {visible(w)}", style="yellow"))
    article = Group(article_text(report), Text(""), legend(), header, Text(""), why_list(report))
    if console.width >= SIDE_BY_SIDE_MIN_WIDTH:
        grid = Table.grid(padding=(0, 2), expand=True)
        grid.add_column(ratio=1)
        grid.add_column(width=SUMMARY_WIDTH)
        grid.add_row(article, summary_panel(report))
        console.print(grid)
    else:
        console.print(article)
        console.print()
        console.print(summary_panel(report, width=min(console.width, 100)))
