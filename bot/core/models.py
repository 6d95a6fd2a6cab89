"""Plain data shared by the core and every adapter. No behaviour beyond formatting helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """One article in `seeds/`, with what is known about where it came from."""

    id: str
    title: str
    author: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    paragraphs: tuple[str, ...]  # content paragraphs only, whitespace cleaned, in article order
    path: str
    # What fans call the source when they point at it ("in the interview", "on the podcast").
    called: tuple[str, ...] = ()

    def citation(self) -> str:
        """Return a one-line, link-free citation: title, author, outlet, date."""
        parts = [f"\u201c{self.title}\u201d"]
        if self.author:
            parts.append(f"by {self.author}")
        if self.outlet:
            parts.append(self.outlet)
        if self.published:
            parts.append(f"{self.published:%B} {self.published.day}, {self.published.year}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation found in an article: who said it, where, and the sentence around it."""

    id: str  # "<source id>#<n>", stable while the article text is unchanged
    source_id: str
    text: str
    speaker: str | None  # a person's full name, or None when the article does not say
    paragraph: int  # 1-based, counting the article's content paragraphs
    sentence: str
    is_fragment: bool  # a few words quoted inside the writer's own sentence


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A curated claim's support: a verbatim span of one article."""

    source_id: str
    quote: str


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """A curated question with its phrasings, the bot's answer and the quotes behind it."""

    id: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    guild_id: int | None = None  # None for the shipped pack; a server's own entries carry its id


@dataclass(frozen=True, slots=True)
class Role:
    """A character someone played, with fans' names for it and its sources."""

    character: str
    aliases: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    # What the sources make the character to another one, as fans say it: "Luke's nephew".
    described_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the sources name: aliases, pronoun, roles and what the sources say of them."""

    id: str
    name: str
    aliases: tuple[str, ...]
    pronoun: str | None
    about: str | None
    roles: tuple[Role, ...]
    sources: tuple[SourceRef, ...]
    # What voice typing writes for the name ("my low" for "Milo"): read as the name in
    # questions, never shown as one.
    misheard_as: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One question of the revival test, and the answer that speaks for a revival."""

    id: str
    question: str
    favourable: bool  # the answer that speaks for doing the revival
    why: str
    source: SourceRef


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the test concludes, in the bot's words, with Milo's quote."""

    key: str  # "worth-it", "mixed" or "wrong-reasons"
    text: str
    source: SourceRef


@dataclass(frozen=True, slots=True)
class Checklist:
    """The revival test: its questions in order and its three verdicts."""

    title: str
    intro: str
    items: tuple[ChecklistItem, ...]
    verdicts: dict[str, Verdict]


class Status(StrEnum):
    """How sure the engine is of an answer."""

    ANSWERED = "answered"
    UNCERTAIN = "uncertain"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Citation:
    """A quote as shown to a fan: the words, who said them, and the article."""

    quote: str
    speaker: str | None
    source: Source

    def to_json(self) -> dict[str, Any]:
        """The source as `showfaq ask --json` shows it."""
        return {
            "title": self.source.title,
            "author": self.source.author,
            "published": self.source.published.isoformat() if self.source.published else None,
            "quote": self.quote,
            "url": self.source.url,
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A question the fan may have meant, or could ask instead."""

    entry_id: str
    question: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The suggestion as `showfaq ask --json` shows it."""
        return {"entry_id": self.entry_id, "question": self.question, "score": round(self.score, 1)}


@dataclass(frozen=True, slots=True)
class Answer:
    """The engine's reply to one question; adapters decide how it looks."""

    question: str
    status: Status
    entry_id: str | None = None
    entry_question: str | None = None
    text: str | None = None
    score: float = 0.0
    citations: tuple[Citation, ...] = ()
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """Return the documented JSON contract of `showfaq ask --json`."""
        return {
            "question": self.question,
            "status": self.status.value,
            "entry_id": self.entry_id,
            "answer": self.text if self.status is not Status.UNKNOWN else None,
            "score": round(self.score, 1),
            "sources": [c.to_json() for c in self.citations],
            "suggestions": [s.to_json() for s in self.suggestions],
        }
