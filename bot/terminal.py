"""Render the core's replies as plain text for a terminal: no Discord, no colour, 88 columns.

Every function is pure and returns a string; `bot.__main__` decides where it goes.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Mapping, Sequence

from bot.core.checklist import ChecklistSession, Outcome
from bot.core.engine import QUOTE_PREFIX
from bot.core.models import (
    Answer,
    Checklist,
    Citation,
    Person,
    Quote,
    Role,
    Source,
    SourceRef,
    Status,
    Suggestion,
)

WIDTH = 88
UNKNOWN_TEXT = "I don't know \u2014 the sources don't say."
_BLOCK = "  > "  # a quotation, set off from the bot's own words


def _wrap(text: str, *, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,  # keep URLs and long names whole
        break_on_hyphens=False,
    )


def format_date(day: dt.date) -> str:
    """Return `day` the way fans write it, e.g. "September 16, 2021"."""
    return f"{day:%B} {day.day}, {day.year}"


def source_line(source: Source) -> str:
    """Return "— title, author, outlet, Month D, YYYY (url)", leaving out what is not known."""
    parts = [source.title]
    parts += [part for part in (source.author, source.outlet) if part]
    if source.published:
        parts.append(format_date(source.published))
    line = "\u2014 " + ", ".join(parts)
    if source.url:
        line += f" ({source.url})"
    return _wrap(line, indent="    ", first="  ")


def quote_block(text: str, heading: str | None = None) -> str:
    """Return a quotation as an indented block, under a heading such as "Milo Ventimiglia said:"."""
    block = _wrap(f"\u201c{text}\u201d", indent=_BLOCK)
    return f"{_wrap(heading, indent='  ')}\n{block}" if heading else block


def _grouped(blocks: Iterable[tuple[Source, str]]) -> str:
    """Join quote blocks, printing each article's source line after its run of quotes."""
    runs: list[tuple[Source, list[str]]] = []
    for source, block in blocks:
        if runs and runs[-1][0].id == source.id:
            runs[-1][1].append(block)
        else:
            runs.append((source, [block]))
    return "\n\n".join("\n\n".join(run) + "\n" + source_line(source) for source, run in runs)


def _said(speaker: str | None) -> str:
    return f"{speaker} said:" if speaker else "The article says:"


def render_citations(citations: Sequence[Citation]) -> str:
    """Return the quotes behind an answer, each with its speaker, then the article they come from."""
    return _grouped((c.source, quote_block(c.quote, _said(c.speaker))) for c in citations)


def render_refs(refs: Sequence[SourceRef], sources: Mapping[str, Source]) -> str:
    """Return curated source spans as quote blocks with their articles; unknown sources are skipped."""
    seen: set[tuple[str, str]] = set()
    blocks: list[tuple[Source, str]] = []
    for ref in refs:
        if ref.source_id not in sources or (ref.source_id, ref.quote) in seen:
            continue
        seen.add((ref.source_id, ref.quote))
        blocks.append((sources[ref.source_id], quote_block(ref.quote)))
    return _grouped(blocks)


def choices_for(answer: Answer) -> tuple[Suggestion, ...]:
    """Return the questions to offer after `answer`, in the order they are numbered from 1."""
    if answer.status is Status.ANSWERED:
        return ()
    return tuple(s for s in answer.suggestions if s.entry_id != answer.entry_id)


def _numbered(header: str, choices: Sequence[Suggestion], hint: str | None) -> str:
    lines = [header]
    for number, choice in enumerate(choices, start=1):
        lines.append(_wrap(choice.question, indent="     ", first=f"  {number:>2}. "))
    if hint:
        lines.append(hint)
    return "\n".join(lines)


def render_answer(answer: Answer, *, choices: Sequence[Suggestion] = (), hint: str | None = None) -> str:
    """Return an answer as a fan reads it: the answer, its quotes and article, or what to ask instead."""
    parts: list[str] = []
    if answer.status is Status.UNKNOWN:
        parts.append(UNKNOWN_TEXT)
        if choices:
            parts.append(_numbered("Questions I can answer:", choices, hint))
        return "\n\n".join(parts)
    if answer.status is Status.UNCERTAIN:
        guess = (answer.entry_question or "").rstrip("?")
        if answer.entry_id and answer.entry_id.startswith(QUOTE_PREFIX):
            parts.append("I'm not sure, but this quote may be what you're after:")
        else:
            parts.append(_wrap(f"Did you mean: {guess}?"))
    if answer.text:
        parts.append(_wrap(answer.text))
    if answer.citations:
        parts.append(render_citations(answer.citations))
    if answer.status is Status.UNCERTAIN and choices:
        parts.append(_numbered("Or perhaps:", choices, hint))
    return "\n\n".join(parts)


def render_quote(quote: Quote, source: Source) -> str:
    """Return one quotation with its speaker, paragraph number and article."""
    where = f"paragraph {quote.paragraph}"
    heading = (
        f"{quote.speaker} said ({where}):"
        if quote.speaker
        else f"The article quotes, without naming who ({where}):"
    )
    block = quote_block(quote.text, heading)
    return block + "\n" + source_line(source)


def render_person(person: Person, sources: Mapping[str, Source]) -> str:
    """Return what the sources say about a person: names, roles, a short note and the backing quotes."""
    heading = person.name
    if person.aliases:
        heading += f" (also {', '.join(person.aliases)})"
    lines = [_wrap(heading)]
    for role in person.roles:
        played = f"Played {role.character}"
        if role.aliases:
            played += f" (also called {', '.join(role.aliases)})"
        lines.append(_wrap(played, indent="  "))
    if person.about:
        lines.append(_wrap(person.about, indent="  "))
    refs = [ref for role in person.roles for ref in role.sources] + list(person.sources)
    quotes = render_refs(refs, sources)
    return "\n".join(lines) + (f"\n\n{quotes}" if quotes else "")


def render_unplayed_character(character: Role, sources: Mapping[str, Source]) -> str:
    """Return what the sources say of a character whose actor they do not name: that they name it."""
    heading = character.character
    if character.aliases:
        heading += f" (also called {', '.join(character.aliases)})"
    lines = [_wrap(heading), _wrap("The sources name this character but not who played them.", indent="  ")]
    quotes = render_refs(character.sources, sources)
    return "\n".join(lines) + (f"\n\n{quotes}" if quotes else "")


def render_checklist_intro(checklist: Checklist, show: str | None = None) -> str:
    """Return the checklist's title, the show it is run for, and its introduction."""
    title = checklist.title + (f": {show}" if show else "")
    return f"{_wrap(title)}\n\n{_wrap(checklist.intro)}"


def render_prompt(session: ChecklistSession) -> str:
    """Return the current checklist question, numbered, e.g. "[1/4] Is it coming back...?"."""
    item = session.current()
    if item is None:
        return ""
    return _wrap(f"[{session.step}/{session.total}] {item.question}", indent="      ", first="")


def render_outcome(outcome: Outcome, citation: Citation) -> str:
    """Return the verdict, the answers that decided it, and Milo's words with their source."""
    label = f"Verdict for {outcome.show}" if outcome.show else "Verdict"
    parts = [_wrap(f"{label}: {outcome.verdict.text}")]
    decided: list[str] = []
    for header, items in (("In favour:", outcome.for_it), ("Against:", outcome.against_it)):
        if items:
            decided.append(header)
            decided += [_wrap(item.question, indent="    ", first="  - ") for item in items]
    parts.append("\n".join(decided))
    parts.append(render_citations([citation]))
    return "\n\n".join(parts)


def render_source_summary(source: Source, *, quotes: int, entries: int) -> str:
    """Return one article's id, metadata and how much of the pack rests on it."""
    lines = [source.id, _wrap(source.title, indent="  ")]
    byline = ", ".join(
        part for part in (source.author, format_date(source.published) if source.published else None) if part
    )
    if byline:
        lines.append(f"  by {byline}")
    if source.outlet:
        lines.append(f"  outlet: {source.outlet}")
    if source.url:
        lines.append(f"  url: {source.url}")
    if source.called:
        lines.append(f"  called: {', '.join(source.called)}")
    quote_word = "quote" if quotes == 1 else "quotes"
    entry_word = "FAQ entry" if entries == 1 else "FAQ entries"
    lines.append(f"  {quotes} {quote_word}, cited by {entries} {entry_word}")
    return "\n".join(lines)
