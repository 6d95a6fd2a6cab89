"""An incremental inverted index over analysed documents, with typo correction.

Documents are FAQ entries and quotes. Retrieval walks the postings of the question's
informative terms to find a few dozen candidates; only those are scored in full. Adding,
editing or removing a document touches its own postings, never the whole index.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA


@dataclass(frozen=True, slots=True)
class Phrasing:
    """One way of asking for a document: its terms, and the same terms as a string for rapidfuzz."""

    terms: tuple[str, ...]
    text: str

    @property
    def term_set(self) -> frozenset[str]:
        return frozenset(self.terms)


@dataclass(frozen=True)
class Document:
    key: str  # entry id, or quote id
    is_quote: bool
    guild_id: int | None
    phrasings: tuple[Phrasing, ...]
    body: frozenset[str]  # terms of the answer, tags and sources: they count, but less than phrasings

    def asked_terms(self) -> frozenset[str]:
        return frozenset(t for p in self.phrasings for t in p.terms)

    def terms(self) -> frozenset[str]:
        return self.asked_terms() | self.body

    @cached_property
    def terms_set(self) -> frozenset[str]:
        return self.terms()

    @cached_property
    def asked_terms_set(self) -> frozenset[str]:
        return self.asked_terms()

    @cached_property
    def phrasings_by_term(self) -> dict[str, tuple[int, ...]]:
        """For each term, the positions of the phrasings that use it."""
        found: dict[str, list[int]] = {}
        for position, phrasing in enumerate(self.phrasings):
            for term in set(phrasing.terms):
                found.setdefault(term, []).append(position)
        return {term: tuple(positions) for term, positions in found.items()}

    @cached_property
    def typicality(self) -> dict[str, float]:
        """Share of this document's phrasings that use each term: what it is mostly asked about."""
        counts = Counter(t for p in self.phrasings for t in set(p.terms))
        return {t: n / len(self.phrasings) for t, n in counts.items()}


class Vocabulary:
    """Surface words the knowledge uses, for telling typos from words it has never seen."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._counts: Counter[str] = Counter()
        self._by_initial: dict[str, list[str]] | None = None
        self.names = frozenset(names)  # words of people's and characters' names
        self.add(self.names)

    def add(self, words: Iterable[str]) -> None:
        new = False
        for word in words:
            if self._counts[word] == 0:
                new = True
            self._counts[word] += 1
        if new:
            self._invalidate()

    def remove(self, words: Iterable[str]) -> None:
        gone = False
        for word in words:
            self._counts[word] -= 1
            if self._counts[word] <= 0:
                del self._counts[word]
                gone = True
        if gone:
            self._invalidate()

    def _invalidate(self) -> None:
        self._by_initial = None
        self.correct.cache_clear()

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    @lru_cache(maxsize=8192)  # noqa: B019 - one vocabulary lives as long as its engine
    def correct(self, word: str) -> str | None:
        """Return the known word `word` is most likely a typo of, or None.

        One edit up to six letters, two from seven on; words under four letters are left
        alone. Ties go to the commoner word.
        """
        if len(word) < 4 or word.isdigit():
            return None
        if self._by_initial is None:
            buckets: dict[str, list[str]] = {}
            for known in sorted(self._counts):
                buckets.setdefault(known[0], []).append(known)
            self._by_initial = buckets
        max_edits = 1 if len(word) <= 6 else 2
        best: tuple[int, int, str] | None = None
        for choices in (self._by_initial.get(word[0], []),):
            for known, distance, _ in process.extract_iter(
                word, choices, scorer=OSA.distance, score_cutoff=max_edits
            ):
                if abs(len(known) - len(word)) > max_edits or len(known) < 4:
                    continue
                # Short real words sit one letter apart ("tall", "talk"): fix those only into names.
                if len(word) <= 4 and known not in self.names:
                    continue
                rank = (distance, -self._counts[known], known)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None


def idf(document_frequency: int, total: int) -> float:
    """BM25's inverse document frequency: rare terms weigh more, never below zero."""
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))


class InvertedIndex:
    """Postings per term, with slots that are tombstoned on removal and reclaimed in bulk."""

    def __init__(self) -> None:
        self._docs: list[Document | None] = []
        self._slot_of: dict[str, int] = {}
        self._postings: dict[str, array[int]] = {}
        self._df: Counter[str] = Counter()
        # Weights come from what documents are asked about (their phrasings), not what they
        # mention in passing: a name every answer mentions is still what a question is about.
        self._df_asked: Counter[str] = Counter()
        self._weights: dict[str, float] = {}
        self._phrasing_weights: dict[str, tuple[float, ...]] = {}
        self._dead = 0

    def __len__(self) -> int:
        return len(self._slot_of)

    def __iter__(self) -> Iterator[Document]:
        return (doc for doc in self._docs if doc is not None)

    def get(self, key: str) -> Document | None:
        slot = self._slot_of.get(key)
        return self._docs[slot] if slot is not None else None

    def add(self, doc: Document) -> None:
        """Add `doc`, replacing any document with the same key."""
        self.remove(doc.key)
        slot = len(self._docs)
        self._docs.append(doc)
        self._slot_of[doc.key] = slot
        for term in doc.terms():
            self._postings.setdefault(term, array("I")).append(slot)
            self._df[term] += 1
        self._df_asked.update(doc.asked_terms())
        self._changed()

    def remove(self, key: str) -> Document | None:
        slot = self._slot_of.pop(key, None)
        if slot is None:
            return None
        doc = self._docs[slot]
        self._docs[slot] = None
        self._dead += 1
        assert doc is not None
        for term in doc.terms():
            self._df[term] -= 1
            if self._df[term] <= 0:
                del self._df[term]
                self._postings.pop(term, None)
        self._df_asked.subtract(doc.asked_terms())
        self._changed()
        if self._dead > 1024 and self._dead > len(self._docs) // 4:
            self._compact()
        return doc

    def _compact(self) -> None:
        docs = [doc for doc in self._docs if doc is not None]
        self._docs, self._slot_of, self._postings, self._dead = [], {}, {}, 0
        self._df.clear()
        self._df_asked.clear()
        for doc in docs:
            self.add(doc)

    def document_frequency(self, term: str) -> int:
        return self._df.get(term, 0)

    def weight(self, term: str) -> float:
        """How informative `term` is; a term no document is asked about weighs the most."""
        cached = self._weights.get(term)
        if cached is None:
            cached = self._weights[term] = idf(max(self._df_asked.get(term, 0), 0), max(len(self), 1))
        return cached

    def phrasing_weights(self, doc: Document) -> tuple[float, ...]:
        """Each phrasing's total weight, kept until the index next changes."""
        cached = self._phrasing_weights.get(doc.key)
        if cached is None:
            cached = tuple(sum(self.weight(t) for t in set(p.terms)) or 1.0 for p in doc.phrasings)
            self._phrasing_weights[doc.key] = cached
        return cached

    def _changed(self) -> None:
        # Weights depend on every document's terms, so any change makes them stale.
        self._weights.clear()
        self._phrasing_weights.clear()

    def candidates(self, terms: Iterable[str], *, limit: int, common_share: float) -> list[Document]:
        """Return up to `limit` live documents sharing the most informative weight with `terms`.

        Terms found in more than `common_share` of the documents are skipped while
        gathering (they would visit most of the index), unless nothing else is asked.
        """
        total = max(len(self), 1)
        unique = sorted(set(terms))
        informative = [t for t in unique if 0 < self._df.get(t, 0) <= max(50, common_share * total)]
        walk = informative or [t for t in unique if t in self._df]
        scores: dict[int, float] = {}
        for term in walk:
            weight = self.weight(term)
            for slot in self._postings.get(term, ()):
                scores[slot] = scores.get(slot, 0.0) + weight
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        found: list[Document] = []
        for slot, _ in best:
            doc = self._docs[slot]
            if doc is not None:
                found.append(doc)
                if len(found) >= limit:
                    break
        return found
