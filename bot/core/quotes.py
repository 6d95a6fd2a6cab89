"""Build the quote index from article text: every quotation, who said it, and where.

Speakers are found the way a reader finds them: a speech verb next to a name or pronoun
("Milo responded", "he continued", "As he put it"), else the sentence's first person
mentioned, else the person speaking just before. Pronouns resolve to the last speaker
who goes by that pronoun, or to the person the article mentions most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.models import Person, Quote

_SPEECH_VERBS = (
    "said|says|say|responded|replied|remarked|shared|added|continued|explained|noted|told|tells|"
    "asked|asks|asking|wrote|writes|elaborated|joked|admitted|recalled|revealed|insisted|"
    "acknowledged|confessed|teased|quipped|answered|put it|gushed|laughed|stated|declared|"
    "mused|reflected|offered"
)
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they"}
_FRAGMENT_WORDS = 5
# A double quote of either style; the text keeps its typography, so both occur.
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # index of the opening mark
    end: int  # index just past the closing mark (or the paragraph end)

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.end > self.start + 1 else self.end


def _quote_spans(paragraph: str) -> list[_Span]:
    """Pair quotation marks; an unclosed final quote runs to the paragraph's end."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(paragraph)]
    spans = [_Span(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        spans.append(_Span(marks[-1], len(paragraph) + 1))
    return spans


def _sentence_bounds(paragraph: str, spans: Sequence[_Span]) -> list[tuple[int, int]]:
    """Split a paragraph into sentences, never inside a quotation."""

    def inside_quote(pos: int) -> bool:
        return any(s.start < pos < s.end - 1 for s in spans)

    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?][\"\u201d')]*\s+(?=[\"\u201c'A-Z])", paragraph):
        end = match.end()
        # Judge by the last mark: `why wouldn't I?" He` ends a sentence, `young... You're` does not.
        if inside_quote(match.start() + len(match.group().rstrip()) - 1):
            continue
        bounds.append((start, end))
        start = end
    bounds.append((start, len(paragraph)))
    return [(a, b) for a, b in bounds if paragraph[a:b].strip()]


class _Gazetteer:
    """Finds people in text by their names and aliases, longest name first."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.people = {p.name: p for p in people}
        names = sorted(
            ((alias, p.name) for p in self.people.values() for alias in p.names()),
            key=lambda pair: -len(pair[0]),
        )
        self._by_alias = {alias.casefold(): name for alias, name in names}
        alternatives = "|".join(re.escape(alias) for alias, _ in names) or r"(?!x)x"
        pronouns = "|".join(_PRONOUNS)
        self._mention = re.compile(
            rf"\b(?:(?P<name>{alternatives})|(?P<pronoun>{pronouns}))\b", re.IGNORECASE
        )
        who = rf"(?:{alternatives}|{pronouns})"
        self._speech = re.compile(
            rf"\b(?P<who>{who})\s+(?:\w+ly\s+)?(?:{_SPEECH_VERBS})\b"
            rf"|\b(?:{_SPEECH_VERBS})\s+(?P<who_after>{who})\b"
            rf"|\bas\s+(?P<who_as>{who})\s+(?:put|puts)\s+it\b",
            re.IGNORECASE,
        )

    def resolve(self, mention: str) -> tuple[str | None, str | None]:
        """Return (person name, pronoun) for a mention; one of them is None."""
        lowered = mention.casefold()
        if lowered in _PRONOUNS:
            return None, _PRONOUNS[lowered]
        return self._by_alias.get(lowered), None

    def speech_attribution(self, text: str) -> str | None:
        match = self._speech.search(text)
        if not match:
            return None
        return match["who"] or match["who_after"] or match["who_as"]

    def mentions(self, text: str) -> list[str]:
        return [m.group(0) for m in self._mention.finditer(text)]

    def count_names(self, paragraphs: Iterable[str]) -> Counter[str]:
        counts: Counter[str] = Counter()
        for paragraph in paragraphs:
            for match in self._mention.finditer(paragraph):
                if match["name"]:
                    counts[self._by_alias[match["name"].casefold()]] += 1
        return counts


def extract_quotes(source_id: str, paragraphs: Sequence[str], people: Iterable[Person]) -> list[Quote]:
    """Return every quotation in the article's content paragraphs, in order, with its speaker."""
    gazetteer = _Gazetteer(people)
    mention_counts = gazetteer.count_names(paragraphs)
    main_subject = min(mention_counts, key=lambda n: (-mention_counts[n], n)) if mention_counts else None
    last_speaker_by_pronoun: dict[str, str] = {}
    last_speaker: str | None = main_subject

    def resolve(mention: str | None) -> str | None:
        if mention is None:
            return None
        name, pronoun = gazetteer.resolve(mention)
        if name:
            return name
        if pronoun in last_speaker_by_pronoun:
            return last_speaker_by_pronoun[pronoun]
        candidates = [n for n in mention_counts if gazetteer.people[n].pronoun == pronoun]
        return min(candidates, key=lambda n: (-mention_counts[n], n)) if candidates else None

    quotes: list[Quote] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        spans = _quote_spans(paragraph)
        if not spans:
            continue
        for start, end in _sentence_bounds(paragraph, spans):
            in_sentence = [s for s in spans if start <= s.start < end]
            if not in_sentence:
                continue
            # Attribution is read from the writer's words, with the quotations blanked out.
            narration = "".join(
                " " if any(s.start <= i < s.end for s in in_sentence) else ch
                for i, ch in enumerate(paragraph[start:end], start=start)
            )
            mention = gazetteer.speech_attribution(narration)
            if mention is None:
                found = gazetteer.mentions(narration)
                mention = found[0] if found else None
            speaker = resolve(mention) if mention else last_speaker
            if speaker:
                last_speaker = speaker
                pronoun = gazetteer.people[speaker].pronoun
                if pronoun:
                    last_speaker_by_pronoun[pronoun] = speaker
            sentence = paragraph[start:end].strip()
            for span in in_sentence:
                inner_start, inner_end = span.inner
                text = paragraph[inner_start:inner_end].strip().rstrip(",")
                if not text:
                    continue
                quotes.append(
                    Quote(
                        id=f"{source_id}#{len(quotes) + 1}",
                        source_id=source_id,
                        text=text,
                        speaker=speaker,
                        paragraph=number,
                        sentence=sentence,
                        is_fragment=len(text.split()) < _FRAGMENT_WORDS,
                    )
                )
    return quotes
