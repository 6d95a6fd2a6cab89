"""Render the core's reply objects as Discord embeds, always inside Discord's limits.

Nothing here decides anything: the engine and the checklist already did. Every builder
ends with `fit`, so a long answer, quote or title is cut cleanly with an ellipsis
instead of being rejected by Discord.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import discord

from bot.core.checklist import ChecklistSession
from bot.core.knowledge import Pack
from bot.core.models import Answer, Citation, Person, Quote, Role, Source, SourceRef, Status, Suggestion
from bot.core.text import strip_chat_noise, truncate

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
FIELD_COUNT_LIMIT = 25
TOTAL_LIMIT = 6000

ANSWERED_COLOUR = discord.Colour(0x2E8B57)
UNCERTAIN_COLOUR = discord.Colour(0xE0A526)
UNKNOWN_COLOUR = discord.Colour(0x8A8F98)
REVIVAL_COLOUR = discord.Colour(0x8E5FBF)

MAX_CITATIONS = 3
SOURCES_FOOTER = "showfaq answers only from its sources."
_BLANK = "\u200b"  # Discord rejects empty field names and values

Cite = Callable[[SourceRef], Citation]


# --- limits ---------------------------------------------------------------------------------


def _cut(data: dict[str, Any], key: str, limit: int) -> None:
    value = data.get(key)
    if isinstance(value, str) and len(value) > limit:
        data[key] = truncate(value, limit)


def _total(data: dict[str, Any]) -> int:
    fields = data.get("fields", [])
    return (
        len(data.get("title", ""))
        + len(data.get("description", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in fields)
        + len(data.get("footer", {}).get("text", ""))
        + len(data.get("author", {}).get("name", ""))
    )


def fit(embed: discord.Embed) -> discord.Embed:
    """Return `embed` cut to every one of Discord's limits, each cut marked with an ellipsis."""
    data = embed.to_dict()
    _cut(data, "title", TITLE_LIMIT)
    _cut(data, "description", DESCRIPTION_LIMIT)
    fields = data.get("fields", [])[:FIELD_COUNT_LIMIT]
    for field in fields:
        field["name"] = truncate(field.get("name") or _BLANK, FIELD_NAME_LIMIT)
        field["value"] = truncate(field.get("value") or _BLANK, FIELD_VALUE_LIMIT)
    if fields:
        data["fields"] = fields
    if "footer" in data:
        _cut(data["footer"], "text", FOOTER_LIMIT)
    if "author" in data:
        _cut(data["author"], "name", AUTHOR_LIMIT)
    # Over the total: the answer matters most, so drop trailing fields first (keeping the
    # first, usually the supporting quote), then shorten the description, then the rest.
    while _total(data) > TOTAL_LIMIT and len(data.get("fields", [])) > 1:
        data["fields"].pop()
    for key in ("description", "fields", "title"):
        excess = _total(data) - TOTAL_LIMIT
        if excess <= 0:
            break
        if key == "fields":
            for field in data.get("fields", []):
                field["value"] = truncate(field["value"], max(1, len(field["value"]) - excess))
        elif data.get(key):
            data[key] = truncate(data[key], max(1, len(data[key]) - excess))
    return discord.Embed.from_dict(data)


# --- pieces -----------------------------------------------------------------------------------


def block_quote(text: str, speaker: str | None = None, *, limit: int = FIELD_VALUE_LIMIT) -> str:
    """Format a quotation as a Markdown block quote, with its speaker, within `limit` characters."""
    attribution = f"\n> \u2014 {speaker}" if speaker else ""
    room = max(20, limit - len(attribution) - 4)
    words = truncate(" ".join(text.split()), room)
    return f"> \u201c{words}\u201d{attribution}"


def source_line(source: Source) -> str:
    """The link-free citation of `source`, plus its URL only when it has one."""
    line = source.citation()
    if source.url:
        line += f"\n[Read the article]({source.url})"
    return line


def citation_value(citation: Citation) -> str:
    """A field value: the quote as a block quote with its speaker, then where it comes from."""
    where = truncate(source_line(citation.source), FIELD_VALUE_LIMIT // 2)
    quote = block_quote(citation.quote, citation.speaker, limit=FIELD_VALUE_LIMIT - len(where) - 1)
    return f"{quote}\n{where}"


def _add_citations(embed: discord.Embed, citations: Sequence[Citation]) -> None:
    for citation in citations[:MAX_CITATIONS]:
        name = f"{citation.speaker} said" if citation.speaker else "From the source"
        embed.add_field(name=name, value=citation_value(citation), inline=False)


def _bullets(suggestions: Sequence[Suggestion]) -> str:
    return "\n".join(f"\u2022 {s.question}" for s in suggestions)


# --- answers ----------------------------------------------------------------------------------


def answer_embed(answer: Answer) -> discord.Embed:
    """Render an engine answer: the answer, its supporting quotes and sources, or a kind 'I don't know'."""
    if answer.status is Status.UNKNOWN:
        return unknown_embed(answer)
    embed = discord.Embed(
        title=answer.entry_question or strip_chat_noise(answer.question),
        description=answer.text or "",
        colour=ANSWERED_COLOUR if answer.status is Status.ANSWERED else UNCERTAIN_COLOUR,
    )
    if answer.status is Status.UNCERTAIN:
        embed.set_author(name="I'm not sure this is what you asked; it is my best guess.")
    _add_citations(embed, answer.citations)
    others = [s for s in answer.suggestions if s.entry_id != answer.entry_id]
    if others:
        embed.add_field(name="Or did you mean", value=_bullets(others), inline=False)
    embed.set_footer(text=SOURCES_FOOTER)
    return fit(embed)


def unknown_embed(answer: Answer) -> discord.Embed:
    """Say kindly that the sources don't cover the question, and suggest questions that exist."""
    # As fans read it: the question without the mentions, emoji and markdown around it.
    asked = truncate(strip_chat_noise(answer.question), 300)
    text = (
        f"My sources don't answer \u201c{asked}\u201d, and I only answer from them, "
        "so I'd rather say so than guess."
    )
    if answer.suggestions:
        text += "\n\n**Questions I can answer:**\n" + _bullets(answer.suggestions)
    embed = discord.Embed(title="I don't know that one", description=text, colour=UNKNOWN_COLOUR)
    embed.set_footer(text="Use /about to see what I know.")
    return fit(embed)


def help_embed() -> discord.Embed:
    """The short help given to a mention with no question in it."""
    embed = discord.Embed(
        title="Ask me about Gilmore Girls",
        description=(
            "Mention me with a question, like **@showfaq who played Jess?**, or use **/ask**.\n"
            "I answer only from my sources and show the quote each answer comes from.\n\n"
            "More: **/quote**, **/cast**, **/revival** and **/about**."
        ),
        colour=ANSWERED_COLOUR,
    )
    return fit(embed)


# --- quotes and people ------------------------------------------------------------------------


def quotes_embed(quotes: Sequence[Quote], sources: dict[str, Source], *, topic: str | None) -> discord.Embed:
    """Render quotes from the quote index, each with its speaker and article."""
    title = f"Quotes about \u201c{topic}\u201d" if topic and len(quotes) > 1 else "From the sources"
    first, *rest = quotes
    embed = discord.Embed(
        title=title,
        description=citation_value(Citation(first.text, first.speaker, sources[first.source_id])),
        colour=ANSWERED_COLOUR,
    )
    for quote in rest[: FIELD_COUNT_LIMIT - 1]:
        citation = Citation(quote.text, quote.speaker, sources[quote.source_id])
        embed.add_field(name=quote.speaker or "From the source", value=citation_value(citation), inline=False)
    embed.set_footer(text=SOURCES_FOOTER)
    return fit(embed)


def _role_line(person: Person) -> str:
    roles = ", ".join(role.character for role in person.roles)
    return f"{person.name} played {roles}" if roles else person.name


def people_embed(people: Sequence[Person], cite: Cite) -> discord.Embed:
    """Render who played whom: one person in full with sources, or a list of several."""
    if len(people) > 1:
        lines = "\n".join(f"\u2022 {_role_line(person)}" for person in people)
        embed = discord.Embed(title="Who played whom", description=lines, colour=ANSWERED_COLOUR)
        embed.set_footer(text="Use /cast with a name for the sources. " + SOURCES_FOOTER)
        return fit(embed)
    person = people[0]
    embed = discord.Embed(
        title=person.name,
        description="\n\n".join(part for part in (_role_line(person), person.about) if part),
        colour=ANSWERED_COLOUR,
    )
    for role in person.roles:
        also = f" (also {', '.join(role.aliases)})" if role.aliases else ""
        for ref in role.sources[:1]:
            embed.add_field(name=f"As {role.character}{also}", value=citation_value(cite(ref)), inline=False)
    for ref in person.sources[:MAX_CITATIONS]:
        embed.add_field(name="Source", value=citation_value(cite(ref)), inline=False)
    embed.set_footer(text=SOURCES_FOOTER)
    return fit(embed)


def unplayed_character_embed(character: Role, cite: Cite) -> discord.Embed:
    """Render a character the sources name without saying who played them."""
    also = f" (also called {', '.join(character.aliases)})" if character.aliases else ""
    embed = discord.Embed(
        title=f"{character.character}{also}",
        description="My sources name this character but don't say who played them.",
        colour=ANSWERED_COLOUR,
    )
    for ref in character.sources[:MAX_CITATIONS]:
        embed.add_field(name="Source", value=citation_value(cite(ref)), inline=False)
    embed.set_footer(text=SOURCES_FOOTER)
    return fit(embed)


# --- the revival checklist --------------------------------------------------------------------


def _checklist_title(title: str, show: str | None) -> str:
    return f"{title}: {show}" if show else title


def checklist_question_embed(session: ChecklistSession) -> discord.Embed:
    """Render the question now asked, with the checklist's introduction on the first one."""
    item = session.current()
    if item is None:
        raise ValueError("the checklist is finished; render its outcome instead")
    checklist = session.checklist
    text = f"**{item.question}**"
    if session.step == 1:
        text = f"{checklist.intro}\n\n{text}"
    embed = discord.Embed(
        title=_checklist_title(checklist.title, session.show), description=text, colour=REVIVAL_COLOUR
    )
    embed.set_footer(text=f"Question {session.step} of {session.total}")
    return fit(embed)


def outcome_embed(session: ChecklistSession, cite: Cite) -> discord.Embed:
    """Render a finished checklist's verdict, which answers decided it and why, in Milo's own words."""
    outcome = session.outcome()
    verdict = outcome.verdict
    citation = cite(verdict.source)
    description = f"{verdict.text}\n\n{block_quote(citation.quote, citation.speaker)}"
    embed = discord.Embed(
        title=_checklist_title(session.checklist.title, outcome.show),
        description=description,
        colour=REVIVAL_COLOUR,
    )
    for mark, items in (("In favour", outcome.for_it), ("Against", outcome.against_it)):
        for item in items:
            said = cite(item.source)
            value = f"{item.why}\n{block_quote(said.quote, said.speaker, limit=600)}"
            embed.add_field(name=f"{mark}: {item.question}", value=value, inline=False)
    embed.set_footer(text=source_line(citation.source))
    return fit(embed)


# --- about ------------------------------------------------------------------------------------


def about_embed(pack: Pack) -> discord.Embed:
    """What showfaq knows (sources and counts) and how to use it."""
    full_quotes = sum(1 for q in pack.quotes if not q.is_fragment)
    checklist = f", and a {len(pack.checklist.items)}-question revival checklist" if pack.checklist else ""
    embed = discord.Embed(
        title="About showfaq",
        description=(
            "I answer Gilmore Girls questions **only** from the articles below, and show the quote "
            "each answer comes from. When my sources don't say, I tell you so.\n\n"
            f"I know {len(pack.entries)} questions, {full_quotes} quotes, "
            f"{len(pack.people)} people{checklist}."
        ),
        colour=ANSWERED_COLOUR,
    )
    embed.add_field(
        name="How to use me",
        value=(
            "**/ask** a question (suggestions appear as you type)\n"
            "**@showfaq** your question, in any channel I can read\n"
            "**Apps \u2192 Answer with showfaq** on a fan's message answers it for them\n"
            "**/quote** [topic], **/cast** [name], **/revival** [show]"
        ),
        inline=False,
    )
    citations = [source.citation() for source in pack.sources.values()]
    for number, citation in enumerate(citations[: FIELD_COUNT_LIMIT - 1], start=1):
        name = "Source" if len(citations) == 1 else f"Source {number}"
        embed.add_field(name=name, value=citation, inline=False)
    return fit(embed)
