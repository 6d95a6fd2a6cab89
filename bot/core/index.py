"""An incremental inverted index over analysed documents, with typo correction.

Documents are FAQ entries and quotes. Retrieval walks the postings of the question's
informative terms to find a few dozen candidates; only those are scored in full. Adding,
editing or removing a document touches its own postings, never the whole index.
"""

from __future__ import annotations

import heapq
import math
import string
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Hashable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import chain, islice, pairwise, takewhile
from typing import NamedTuple, TypeVar

from jellyfish import metaphone
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.text import WH_WORDS

_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def remember(cache: dict[_Key, _Value], key: _Key, value: _Value, limit: int) -> _Value:
    """Keep `value` under `key` in a cache that forgets everything once it holds `limit` items:
    bounded however many different questions, words or entries pass through it, and cheap."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value


class Document(NamedTuple):
    """An entry or quote as the index holds it: its phrasings and the terms it uses.

    A large pack holds a hundred thousand of these, so each is a few flat tuples of strings
    (cheap to build, small, and soon ignored by the garbage collector); what scoring needs
    beyond that is derived for the few candidates a question scores (`InvertedIndex.profile`).
    """

    key: str  # entry id, or quote id
    is_quote: bool
    guild_id: int | None
    # Each phrasing's terms joined by spaces, as rapidfuzz compares them (a term is one word).
    phrasings: tuple[str, ...]
    body: tuple[str, ...]  # terms of the answer, tags and sources that no phrasing uses, once each
    asked_terms: tuple[str, ...]  # every term of every phrasing, once each
    # People in `body` only as the actor of a character the document names, or the reverse.
    related: tuple[str, ...] = ()


class Profile(NamedTuple):
    """A document as a question is scored against it: its terms as sets, its phrasings as terms."""

    # The document's distinct phrasings (curated alternates often read the same once analysed),
    # first come first: as the document holds them, and as terms.
    texts: tuple[str, ...]
    phrasings: tuple[tuple[str, ...], ...]
    # Each phrasing's terms in sorted order, joined by spaces: what rapidfuzz's token_sort_ratio
    # compares it as, so a question's phrasings are compared with plain `ratio` (a third of the
    # cost: the question is sorted once, not once per phrasing, and each phrasing only once).
    sorted_texts: tuple[str, ...]
    exact: frozenset[str]  # the same texts, for telling a question asked word for word
    # For each term, the phrasings that use it and the share of each one's weight it carries,
    # times the index's `precision_weight`: what the term adds to each phrasing's score.
    shares: dict[str, tuple[tuple[int, float], ...]]
    typicality: dict[str, float]  # share of the phrasings that use each term: what it is mostly asked about
    body: frozenset[str]
    asked_terms: frozenset[str]
    # The first and last term of each phrasing: "when" or "where" there asks ("when was it",
    # "milo said it where"); in between, it opens a clause ("how old was he when he said it").
    ends: frozenset[str]

    def mentions(self, term: str) -> bool:
        """True when any phrasing, the answer or a source uses `term`."""
        return term in self.asked_terms or term in self.body


class _Shape(NamedTuple):
    """What of a document's profile does not depend on the index's weights."""

    document: Document  # the document it was derived from: an edit replaces the object
    distinct: list[tuple[str, ...]]  # each phrasing's distinct terms, in the order written
    positions: dict[str, list[int]]  # the phrasings that use each term
    profile: Profile  # all but the shares


class Vocabulary:
    """Surface words the knowledge uses, for telling typos from words it has never seen."""

    def __init__(
        self,
        names: Iterable[str] = (),
        *,
        english_words: Collection[str] = frozenset(),
        common_words: Container[str] = frozenset(),
        other_languages: Container[str] = frozenset(),
        reads_as: Callable[[str], Hashable] = str,
        full_names: Iterable[tuple[str, str]] = (),
        curated_words: Iterable[str] = (),
    ) -> None:
        """`names` are words of people's and characters' names; `english_words` the language's
        words, and `common_words` those too common to be anyone's typo; `other_languages` the
        pack's words of other languages; `reads_as` what a word stands for (falsy: nothing, as a
        stopword); `full_names` first and last names, as words ("scott", "patterson");
        `curated_words` the words of the pack's lexicon ("revival", "opiniao")."""
        self._english_words = english_words
        self._common_words = common_words
        self._other_languages = other_languages
        self._reads_as = reads_as
        self._counts: Counter[str] = Counter()
        # Words by first letter and length, kept up to date word by word: a typo rarely hits
        # the first letter, and a word two edits away is at most two letters longer or shorter.
        self._buckets: dict[tuple[str, int], dict[str, str]] = {}
        self._corrections: dict[str, str | None] = {}
        # Words by how they sound, for fans who spell by ear ("akter", "relashun").
        self._by_sound: dict[str, set[str]] = {}
        english = frozenset(english_words)
        self._english_by_sound = _words_grouped(english, _sound_of)
        self._english_by_start = _words_by_start_and_length(english)
        self.names = frozenset(names)  # words of people's and characters' names
        # Everyday words, names and the lexicon's words by their consonants, for fans who type
        # without vowels ("plyd", "intrvw", "jss", "rvvl"): the words text-speak shortens. Not
        # every word the pack uses, which would cost every word of a large pack's build.
        everyday = frozenset(word for word in english if word in common_words)
        said_daily = everyday | self.names | frozenset(curated_words)
        self._everyday_by_consonants = _words_grouped(said_daily, _consonants_of)
        # The same words as baby talk says them, "w" for "r" and "l" ("wowy", "miwo").
        self._everyday_with_w = _words_grouped(said_daily, _with_w_for_r_and_l)
        self.add(self.names)
        # Each word of a full name, with the words it is written beside: after a first name, the
        # last names it goes with; before a last name, the first names.
        self._last_names: dict[str, set[str]] = {}
        self._first_names: dict[str, set[str]] = {}
        for first, last in full_names:
            self._last_names.setdefault(first, set()).add(last)
            self._first_names.setdefault(last, set()).add(first)
        self._in_full_names = frozenset(self._last_names.keys() | self._first_names.keys())

    def add(self, words: Iterable[str]) -> None:
        """Count `words` in (a word seen for the first time becomes a correction target)."""
        counts = self._counts
        known = len(counts)
        counts.update(words)
        counts.pop("", None)
        if len(counts) > known:
            # Counting puts a word seen for the first time at the end of the (insertion-ordered)
            # table, so the new words are the last ones: no second pass over a pack's words.
            for word in islice(reversed(counts), len(counts) - known):
                self._buckets.setdefault((word[0], len(word)), {})[word] = word
                if (sound := _sound_of(word)) is not None:
                    self._by_sound.setdefault(sound, set()).add(word)
            self._corrections.clear()

    def remove(self, words: Iterable[str]) -> None:
        """Count `words` out; a word no document uses any more is forgotten."""
        for word in words:
            if self._counts.get(word, 0) <= 0:
                continue
            self._counts[word] -= 1
            if self._counts[word] == 0:
                del self._counts[word]
                del self._buckets[(word[0], len(word))][word]
                if (sound := _sound_of(word)) is not None:
                    self._by_sound[sound].discard(word)
                self._corrections.clear()

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    def correct(self, word: str) -> str | None:
        """Return the known word `word` is most likely a typo of, or None.

        One edit up to six letters, two from nine on; two at seven or eight letters only when no
        English word one edit away reads otherwise ("revivle" is "revival", but "matried" is
        "married", not the pack's "matched"). A word that spells an English word
        is fixed only into a name: the pack not using it does not make it a typo ("drive" is
        not "driven", "dinner" not "diner", "tall" not "talk"). Words under three letters are
        left alone, three letters are fixed only into a name missing one ("jes"), and from
        four letters a word that spells no word ("actr") into any known word, when the
        closest known words all read the same. A name plus "s" is the name. Ties go to the
        commoner word, and from a word of another language to any other. A word missing the "g"
        of "-ing" ("tellin") is the English word with it, known or not. A word that spells no
        English word and is no slip of the fingers from a known one is the known everyday word
        or name that sounds the same ("akter" is "actor", not "after"), unless an English word
        as alike, or two edits away, reads otherwise.
        """
        if word in self._corrections:
            return self._corrections[word]
        return remember(self._corrections, word, self._closest(word), _CORRECTIONS_KEPT)

    def _spelt_by_ear(self, word: str, *, nothing_known_near: bool) -> str | None:
        """The known everyday word or name that `word`, which spells no English word, sounds
        like ("akter" is "actor", "condishuns" "conditions"), when no English word that sounds
        the same is as like it in letters and reads otherwise ("munny" might be "many" or
        "manny"), nor, with `nothing_known_near`, any English word two edits away ("galat" is a
        letter from "gala", "oultast" two from "outlast", neither a word the pack uses); or
        None."""
        if word in self._english_words or (sound := _sound_of(word)) is None or len(sound) < 2:
            return None
        # Fans spell by ear the words they say, everyday words and names: "matried" sounds like
        # the pack's "matured", but is a slip of "married".
        known = [
            each for each in self._by_sound.get(sound, ()) if each in self._common_words or each in self.names
        ]
        if not known:
            return None
        likeness, _, meant = max((fuzz.ratio(word, each), self._counts[each], each) for each in known)
        reading = self._reads_as(meant)
        if not reading:
            return None
        for other in chain(known, self._english_by_sound.get(sound, ())):
            if other != meant and fuzz.ratio(word, other) >= likeness and self._reads_as(other) != reading:
                return None
        if nothing_known_near and any(
            self._reads_as(near) != reading for near, _ in _within_edits(word, self._english_by_start, 2, 2)
        ):
            return None
        return meant

    def _closest(self, word: str) -> str | None:
        # A word fans type every day is the word they meant: "i'm dead" is not Dean.
        if len(word) < 3 or word.isdigit() or word in self._common_words:
            return None
        # Fans drop a possessive's apostrophe ("lukes actor"): a name plus "s" is that name,
        # however common a word one letter from it ("lukel") may be in a big pack.
        if word.endswith("s") and word[:-1] in self.names:
            return word[:-1]
        # A pet name is the name: "jessie" is Jess, "scotty" Scott.
        for ending in _PET_NAME_ENDINGS:
            if word.endswith(ending) and len(name := word[: -len(ending)]) >= 4 and name in self.names:
                return name
        fixed = self._closest_known(word)
        # Chat drops the "g" of "-ing" ("goin", "tellin", "experiencin"): the word with it is the
        # word meant, known to the pack or not, as "thin" is not "thing". A known word as close
        # comes first: "agin" is "again", not "aging".
        if (
            word.endswith("in")
            and (with_g := word + "g") in self._english_words
            and (fixed is None or OSA.distance(word, fixed, score_cutoff=1) > 1)
        ):
            return with_g
        # A slip of the fingers keeps a word's sound; a fan who spells by ear keeps only that:
        # "akter" is one letter from "after", but a "k" is nowhere near an "f".
        if fixed is None:
            # Nor slip nor spelling by ear: a missed space ("whoplayedluke", "goodmatch").
            return (
                self._spelt_by_ear(word, nothing_known_near=True)
                or self._swapped(word)
                or self._vowels_dropped(word)
                or self._said_with_w(word)
                or self._run_together(word)
            )
        if (
            OSA.distance(word, fixed, score_cutoff=1) == 1
            and not _slipped_into(fixed, word)
            and _sound_of(fixed) != _sound_of(word)
        ):
            return self._spelt_by_ear(word, nothing_known_near=False) or fixed
        return fixed

    def _swapped(self, word: str) -> str | None:
        """The one word the pack uses that short `word` spells with two neighbouring letters the
        other way round, when that word reads as nothing (a stopword), or None.

        Read where no known word is closest ("waht": "what", "wait", "want") or only names are
        fixed into ("teh"): the little words typed fastest are the ones most often swapped.
        Not a word that means something: "plas" might be "pals", or "plays" with a letter
        dropped. "adn" might be "and" or "dan": neither."""
        if len(word) > _SWAPPED_ONLY:
            return None
        swapped = {each for each in _swaps(word) if each in self._counts}
        if len(swapped) != 1:
            return None
        meant = swapped.pop()
        return None if self._reads_as(meant) else meant

    def _vowels_dropped(self, word: str) -> str | None:
        """The word `word` is typed from without its vowels, as text-speak types ("plyd" is
        "played", "intrvw" "interview", "jss" "jess"; a first or last vowel may stay: "mlo";
        from five letters, some may: "calld"), among everyday English words, names and the
        lexicon's words, when all such words read the same ("thnk" might be "think" or "thank":
        neither); or None. (Short words with a vowel inside stand for too many: "fam" is not
        "fame".)"""
        if (
            len(word) < 3
            or (consonants := _consonants_of(word)) is None
            or (len(word) < _SOME_VOWELS_DROPPED_FROM and any(vowel in word[1:-1] for vowel in _VOWELS))
            or self._spells_english(word)
        ):
            return None
        return self._read_alike(
            each
            for each in self._everyday_by_consonants.get(consonants, ())
            if len(each) > len(word) and _is_subsequence(word, each)
        )

    def _said_with_w(self, word: str) -> str | None:
        """The word `word` is typed from as baby talk says it, "w" for "r" and "l" ("wowy" is
        "rory", "wevivaw" "revival", "cawwed" "called"), among everyday English words, names and
        the lexicon's words, when all such words read the same ("wead" might be "read" or
        "lead": neither); or None."""
        if len(word) < 3 or "w" not in word or not word.isascii() or self._spells_english(word):
            return None
        return self._read_alike(self._everyday_with_w.get(word.translate(_R_AND_L_AS_W), ()))

    def _read_alike(self, candidates: Iterable[str]) -> str | None:
        """Of `candidates` (the words a typed form may stand for), the one the pack uses most
        (a word it uses before one it does not), when they all read the same; else None."""
        found = [(each in self._counts, self._counts[each], each) for each in candidates]
        if not found or len({self._reads_as(each) or () for _, _, each in found}) > 1:
            return None
        return max(found)[2]

    def _run_together(self, word: str) -> str | None:
        """`word` read as words typed without the spaces between them, each a word the pack uses,
        a name with a dropped possessive "s" (read as the name), an everyday word or a number
        ("whoplayedluke" is "who played luke", "milosage" "milo age"); or None. An English word
        is never read apart ("however" is not "how ever"), nor into a part under two letters.
        The fewest parts win, then those with most words the pack uses, then the longest."""
        if not _RUN_TOGETHER_LENGTHS[0] <= len(word) <= _RUN_TOGETHER_LENGTHS[1] or self._spells_english(
            word
        ):
            return None
        # A slip from an English word the pack never uses is that word: "heores" is "heroes",
        # not "he or es". (A word with a letter more, "whoare" beside "whore", is not: a space
        # missed leaves every letter typed.)
        if any(len(near) >= len(word) for near, _ in _within_edits(word, self._english_by_start, 1, 1)):
            return None
        # best[end]: the best reading of word[:end] as (parts, -pack words, -sum of squared part
        # lengths) with where its last part starts and how that part reads.
        best: list[tuple[tuple[int, int, int], int, str] | None] = [None] * (len(word) + 1)
        best[0] = ((0, 0, 0), 0, "")
        for end in range(1, len(word) + 1):
            for start in range(end):
                if (before := best[start]) is None:
                    continue
                part = word[start:end]
                if len(part) < 2 and not part.isdigit():
                    continue
                if part in self._counts and (len(part) > 2 or part not in self._other_languages):
                    read, known = part, 1
                elif part.endswith("s") and part[:-1] in self.names:
                    read, known = part[:-1], 1
                elif (len(part) >= 3 and part in self._common_words) or part.isdigit():
                    read, known = part, 0
                else:
                    continue
                (parts, unknown, squares), _, _ = before
                value = (parts + 1, unknown - known, squares - len(part) ** 2)
                if (current := best[end]) is None or value < current[0]:
                    best[end] = (value, start, read)
        # Every part but one is a word the pack uses: "mailbag" is no "mail bag" to it.
        if (found := best[-1]) is None or not 2 <= (parts := found[0][0]) <= _RUN_TOGETHER_PARTS:
            return None
        if parts + found[0][1] > 1:
            return None
        read_apart = []
        end = len(word)
        while end:
            _, start, read = best[end]  # type: ignore[misc]
            read_apart.append(read)
            end = start
        return " ".join(reversed(read_apart))

    def _spells_english(self, word: str) -> bool:
        """True when `word` is an English word, or one with an ending the word list leaves out
        ("reprising", "relayed", "mailbags")."""
        english = self._english_words
        # "reprise" + "ing", "relay" + "ing", "stop" + "p" + "ing"
        return word in english or any(
            word.endswith(ending)
            and len(base := word[: -len(ending)]) >= 3
            and (base in english or base + "e" in english or (base[-1] == base[-2] and base[:-1] in english))
            for ending in _INFLECTIONS
        )

    def _closest_known(self, word: str) -> str | None:
        """The known word `word` is most likely a typo of (see `correct`), or None."""
        max_edits = 1 if len(word) <= _ONE_EDIT_ONLY else 2
        # Real words sit one letter apart ("tall", "talk"; "drive", "driven"): one is fixed only
        # into a name, as is any word of three letters, which is only ever a name missing one
        # ("jes"), not chat's own ("idc").
        short = len(word) <= 4
        names_only = len(word) < 4 or word in self._english_words
        found: list[tuple[int, bool, int, str]] = []
        # Two edits that both add or both drop a letter are rare in words this short: looking
        # only one letter longer or shorter keeps the search as cheap as for one edit.
        spread = 1 if len(word) <= _ONE_EDIT_AT_MOST_FROM_ENGLISH else max_edits
        for known, distance in _within_edits(word, self._buckets, max_edits, spread, shortest=4):
            is_name = known in self.names
            if names_only and not is_name:
                continue
            # A short word's names come first, as when it could be fixed only into one.
            found.append((distance, short and not is_name, -self._counts[known], known))
        if not found:
            return None
        best = min(found)
        # The pack's few words of other languages are there for fans who type them: a typo as
        # close to an English word is that word ("ator" is "actor", not "autor"). Alone, they
        # are typed with slips too ("porrque").
        english = [choice for choice in found if choice[3] not in self._other_languages]
        if len(english) < len(found) and english and min(english)[0] == best[0]:
            found = english
            best = min(found)
        if (
            best[0] > 1
            and len(word) <= _ONE_EDIT_AT_MOST_FROM_ENGLISH
            and not self._reads_like_its_neighbours(word, best[3])
        ):
            return None
        # Four letters leave many words one letter away, and a stopword among the closest would
        # read as nothing: then the closest must all read the same ("whee" might be "when" or
        # "where", "wgere" "were" or "where"; "whta" is "what" or "that", nothing either way).
        closest = [choice[3] for choice in found if choice[0] == best[0]]
        if len(closest) == 1:
            return best[3]
        readings = {self._reads_as(known) or () for known in closest}
        if (best[1] or () in readings) and len(readings) > 1:
            # Fingers slip to a neighbouring key, swap, double or drop a letter far more often
            # than they add one that belongs nowhere near or hit a key far from the one
            # meant: "woild" is "would", not "wild"; "wgere" is "where", not "were". Where
            # only such slips explain the typo, and all read the same, that is the word meant
            # ("thnk" is "think" or "thank", a letter dropped either way: neither).
            slipped = [choice for choice in found if choice[0] == best[0] and _slipped_into(choice[3], word)]
            if not slipped or len({self._reads_as(choice[3]) or () for choice in slipped}) > 1:
                return None
            return min(slipped)[3]
        return best[3]

    def name_autocorrected(self, word: str) -> str | None:
        """The name `word`, a word capitalised inside a sentence, stands for when a phone's
        autocorrect made it an everyday word ("Mild said ..." for "Milo said ..."): a name of
        four letters or more, with its first letter and one other letter changed, and the only
        one; None for a word the pack uses or one no name is so near. (Not one letter more or
        less: "Jesus" is no autocorrected "Jess".)"""
        if len(word) < 4 or word in self._counts or word not in self._common_words:
            return None
        # Known words are kept by first letter and length: the names among them are the ones.
        near = [
            name
            for name in self._buckets.get((word[0], len(word)), ())
            if name in self.names and OSA.distance(word, name, score_cutoff=1) == 1
        ]
        return near[0] if len(near) == 1 else None

    def complete_names(self, words: Sequence[str]) -> dict[str, str]:
        """Words of `words` (as read, typos fixed, in order) typed for a word of a full name they
        stand beside, each with the word meant: "scott peterson" is Scott Patterson and "alexa
        bledel" Alexis Bledel, though "peterson" and "alexa" are words (names) of their own, and
        more than one slip from the name. Beside the other half of the name, nothing else is
        meant. A word the knowledge uses is meant as written ("milo said")."""
        if self._in_full_names.isdisjoint(words):
            return {}
        meant: dict[str, str] = {}
        for before, after in pairwise(words):
            if (lasts := self._last_names.get(before)) and (last := _slip_of_one(after, lasts, self)):
                meant[after] = last
            elif (firsts := self._first_names.get(after)) and (first := _slip_of_one(before, firsts, self)):
                meant[before] = first
        return meant

    def typed_apart(self, words: Sequence[str], phrase_words: Container[str] = frozenset()) -> dict[str, str]:
        """Neighbouring words of `words` (as typed, in order) that are one word the pack uses
        typed with a space inside ("re vival", "relation ship", "pod cast"), as "before after"
        with the word meant; `phrase_words` are the lexicon's words, which count as used. Not
        after a question word ("who ever"), nor a name's word, nor into under six letters
        ("a go")."""
        found: dict[str, str] = {}
        for before, after in pairwise(words):
            joined = before + after
            if (
                len(joined) >= _TYPED_APART_SHORTEST
                and (joined in self._counts or joined in phrase_words)
                and before not in _QUESTION_WORDS
                and before not in self.names
                and after not in self.names
                and joined.isalpha()
            ):
                found[f"{before} {after}"] = joined
        return found

    def _reads_like_its_neighbours(self, word: str, known: str) -> bool:
        """True when every English word one edit from `word` reads as `known` does: then `word`
        is no closer to a word the pack never uses than to `known` ("revivle" is one from
        "revive", which reads as "revival"; "matried" is one from "married", not "matched")."""
        reading = self._reads_as(known)
        return all(self._reads_as(near) == reading for near in _one_edit(word) if near in self._english_words)


def _slip_of_one(typed: str, names: Iterable[str], known: Container[str]) -> str | None:
    """The one of `names` that `typed`, a word `known` does not hold, is a slip of: the same first
    letter, and at most two edits from a name of five letters or more, one from a name of four
    (a phone's autocorrect makes "milo ventimiglia" "mild ventimiglia"), or the name with up to
    two letters added, as in a pet name ("jessie" for "jess"); None when none is, or several are."""
    if typed in known or len(typed) < 3:
        return None
    # A possessive typed without its apostrophe is the name's ("scott pattisons podcast").
    spellings = (typed, typed[:-1]) if typed.endswith("s") else (typed,)
    close = [
        name
        for name in names
        if name[0] == typed[0]
        and any(
            OSA.distance(spelt, name, score_cutoff=2) <= (2 if len(name) >= 5 else 1 if len(name) == 4 else 0)
            or (spelt.startswith(name) and len(spelt) - len(name) <= 2)
            for spelt in spellings
        )
    ]
    return close[0] if len(close) == 1 else None


# Keys touching each key on a QWERTY keyboard: beside it, and above or below (rows are offset
# by about half a key, so each key touches two in the row above and two below).
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_TOUCHING: dict[str, frozenset[str]] = {
    key: frozenset(
        other
        for other_row, others in enumerate(_KEYBOARD_ROWS)
        if abs(other_row - row) <= 1
        for other_column, other in enumerate(others)
        if other != key
        and (
            (other_row == row and abs(other_column - column) == 1)
            or (other_row == row - 1 and other_column - column in (0, 1))
            or (other_row == row + 1 and column - other_column in (0, 1))
        )
    )
    for row, keys in enumerate(_KEYBOARD_ROWS)
    for column, key in enumerate(keys)
}


def _within_edits(
    word: str,
    by_start_and_length: Mapping[tuple[str, int], Collection[str]],
    max_edits: int,
    spread: int,
    *,
    shortest: int = 0,
) -> Iterator[tuple[str, int]]:
    """The words with `word`'s first letter (a typo rarely hits it), up to `spread` letters
    longer or shorter and of at least `shortest` letters, that are at most `max_edits` edits
    from it, each with its distance. `by_start_and_length` groups words by first letter and
    length (a dict of them, or a collection)."""
    for size in range(max(shortest, len(word) - spread), len(word) + spread + 1):
        choices = by_start_and_length.get((word[0], size))
        if not choices:
            continue
        # All matches at once: rapidfuzz's batch is a third cheaper than its iterator, and the
        # order they come in does not matter to the callers.
        for known, distance, _ in process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        ):
            yield known, distance


def _sound_of(word: str) -> str | None:
    """How an English reader would say `word` (its Metaphone key), or None for a word that is
    not all ASCII letters or shorter than four: too few sounds to tell words apart."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return None
    return metaphone(word)


@lru_cache(maxsize=4)
def _words_grouped(words: frozenset[str], key: Callable[[str], str | None]) -> dict[str, tuple[str, ...]]:
    """`words` grouped by `key` (how they sound, their consonants), leaving out those it gives
    None for; once per word list and key."""
    grouped: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        if (found := key(word)) is not None:
            grouped[found].append(word)
    return {found: tuple(sorted(group)) for found, group in grouped.items()}


def _with_w_for_r_and_l(word: str) -> str | None:
    """`word` with "w" for each "r" and "l" ("wowy" for "rory"), for a word of ASCII letters with
    an "r" or an "l"; None otherwise."""
    if not word.isascii() or not word.isalpha() or ("r" not in word and "l" not in word):
        return None
    return word.translate(_R_AND_L_AS_W)


def _consonants_of(word: str) -> str | None:
    """`word`'s first letter and the consonants after it ("plyd" for "played"), for a word of
    all ASCII letters; None otherwise."""
    if not word.isascii() or not word.isalpha():
        return None
    return word[0] + word[1:].translate(_WITHOUT_VOWELS)


def _is_subsequence(short: str, long: str) -> bool:
    """True when the letters of `short` appear in `long` in the same order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


@lru_cache(maxsize=2)
def _words_by_start_and_length(words: frozenset[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    """`words` grouped by first letter and length, once per word list."""
    grouped: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
    for word in words:
        grouped[word[0], len(word)].append(word)
    return {start: tuple(sorted(group)) for start, group in grouped.items()}


def _slipped_into(meant: str, typed: str) -> bool:
    """True when `typed` is `meant` with one slip of the fingers: a letter replaced by a key
    touching it, two neighbouring letters swapped, a letter doubled, or one dropped."""
    if len(typed) == len(meant):
        differ = [at for at, (a, b) in enumerate(zip(meant, typed, strict=True)) if a != b]
        if len(differ) == 1:
            return typed[differ[0]] in _TOUCHING.get(meant[differ[0]], frozenset())
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and meant[differ[0]] == typed[differ[1]]
            and meant[differ[1]] == typed[differ[0]]
        )
    if len(typed) == len(meant) + 1:
        return any(
            typed[at] == typed[at - 1] and typed[:at] + typed[at + 1 :] == meant
            for at in range(1, len(typed))
        )
    if len(typed) == len(meant) - 1:
        return any(meant[:at] + meant[at + 1 :] == typed for at in range(len(meant)))
    return False


def _swaps(word: str) -> set[str]:
    """`word` with two neighbouring letters swapped, each way it can be."""
    return {word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)} - {word}


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, change or insertion of a letter from `word`."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(left + right[1:] for left, right in splits if right),
        *_swaps(word),
        *(left + letter + right[1:] for left, right in splits if right for letter in letters),
        *(left + letter + right for left, right in splits for letter in letters),
    }


# How fans make a pet name of a name.
_PET_NAME_ENDINGS = ("ie", "y")

# A word typed with a space inside is read whole from this long ("re vival"; not "a go").
_TYPED_APART_SHORTEST = 6
# Words that ask: what follows them is not the rest of them ("who ever", "how ever").
_QUESTION_WORDS = frozenset(WH_WORDS) | {"whom"}

# The letters text-speak drops ("plyd", "intrvw"); "y" stays, as in "played".
_VOWELS = "aeiou"
_WITHOUT_VOWELS = str.maketrans("", "", _VOWELS)
# Words typed without some of their vowels, not all, are read from this long ("calld").
_SOME_VOWELS_DROPPED_FROM = 5
_R_AND_L_AS_W = str.maketrans("rl", "ww")

# Words up to this long with two letters swapped are read as the one known word so typed.
_SWAPPED_ONLY = 4

# How long a word typed without spaces may be (shortest, longest), and into how many words it
# is read apart at most.
_RUN_TOGETHER_LENGTHS = (5, 24)
_RUN_TOGETHER_PARTS = 5
# Endings English words take that a word list may not hold.
_INFLECTIONS = ("ing", "ed", "es", "s", "er", "ers", "ly")

# Words up to this long are fixed by one edit; longer ones by two. Those up to the second bound
# are fixed by two only where no English word one edit away reads otherwise.
_ONE_EDIT_ONLY = 6
_ONE_EDIT_AT_MOST_FROM_ENGLISH = 8

_ROUNDING = 1e-9  # slack for float sums taken in another order
_CORRECTIONS_KEPT = 8192  # words whose correction is remembered
_FREQUENCIES_KEPT = 8192  # terms whose document frequency is remembered
_SORTED_AT_ONCE = 1024  # scores up to this many are sorted whole: cheaper than a heap pass first
_LONG_WALK = 64  # posting lists from this long are added to a question's scores at once
_SHORT_POSTINGS = 2048  # postings up to this long drop a removed document at once
# Profiles kept between index changes: a few hundred questions' candidates. A bot that runs
# for weeks without an edit would otherwise end up holding one for most of a large index.
PROFILES_KEPT = 4096
# Profiles derived when a pack is built, for its first documents (the shipped pack comes first):
# a curated entry's takes about 0.1 ms, which the first questions would otherwise pay.
PROFILES_AT_BUILD = 256


def _postings() -> array[int]:
    return array("I")


def idf(document_frequency: int, total: int) -> float:
    """BM25's inverse document frequency: rare terms weigh more, never below zero."""
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))


class InvertedIndex:
    """Postings per term, kept apart for phrasings and for answers, so retrieval can weigh them."""

    def __init__(self, precision_weight: float = 1.0) -> None:
        """`precision_weight` scales each profile's shares: scoring adds them to every phrasing
        that uses a question's term, and scaling them once spares a product per phrasing."""
        self._precision_weight = precision_weight
        self._docs: list[Document | None] = []
        self._slot_of: dict[str, int] = {}
        # A document is in one list per term: `asked` when a phrasing uses it, else `said` (a
        # new term starts an empty list; lookups use `.get`, so as not to add terms). How many
        # documents use a term is the length of its lists, less the removed ones a long list
        # still holds (`_stale_asked`, `_stale_said`), so building the index counts nothing.
        self._asked: defaultdict[str, array[int]] = defaultdict(_postings)
        self._said: defaultdict[str, array[int]] = defaultdict(_postings)
        self._stale_asked: Counter[str] = Counter()
        self._stale_said: Counter[str] = Counter()
        self._weights: dict[str, float] = {}
        # Document frequencies of the terms questions ask, counted once between index changes:
        # a question asks each of its terms' when weighing it and again when gathering, and
        # the typo check asks every word's. (Bounded: most words fans type are in no document.)
        self._frequencies: dict[str, int] = {}
        # Profiles by document, each with the version of the index it was derived from, and
        # what of them does not depend on the weights, with the document it was derived from.
        self._profiles: dict[str, tuple[int, Profile]] = {}
        self._shapes: dict[str, _Shape] = {}
        self._version = 0

    def __len__(self) -> int:
        return len(self._slot_of)

    def get(self, key: str) -> Document | None:
        """The live document with `key`, or None."""
        slot = self._slot_of.get(key)
        return self._docs[slot] if slot is not None else None

    def add(self, doc: Document) -> None:
        """Add `doc`, replacing any document with the same key."""
        self.add_all((doc,))

    def add_all(self, docs: Iterable[Document]) -> None:
        """Add documents (a whole pack at start-up), each replacing any with the same key."""
        asked, said = self._asked, self._said
        for doc in docs:
            if doc.key in self._slot_of:
                self.remove(doc.key)
            slot = len(self._docs)
            self._docs.append(doc)
            self._slot_of[doc.key] = slot
            for term in doc.asked_terms:
                asked[term].append(slot)
            for term in doc.body:
                said[term].append(slot)
        self._changed()

    def remove(self, key: str) -> Document | None:
        """Remove the document with `key`; its slot stays empty and long postings keep it as a tombstone."""
        slot = self._slot_of.pop(key, None)
        if slot is None:
            return None
        doc = self._docs[slot]
        self._docs[slot] = None
        assert doc is not None
        for terms, postings, stale in (
            (doc.asked_terms, self._asked, self._stale_asked),
            (doc.body, self._said, self._stale_said),
        ):
            for term in terms:
                listed = postings[term]
                if len(listed) <= _SHORT_POSTINGS:
                    listed.remove(slot)
                    if not listed:
                        del postings[term]
                else:
                    # A long list keeps the empty slot (walks skip it): removing it would cost a
                    # scan of tens of thousands of entries for every edit.
                    stale[term] += 1
        self._changed()
        return doc

    def document_frequency(self, term: str) -> int:
        """How many documents use `term` anywhere."""
        found = self._frequencies.get(term)
        if found is None:
            found = (
                self._asked_frequency(term) + len(self._said.get(term, ())) - self._stale_said.get(term, 0)
            )
            remember(self._frequencies, term, found, _FREQUENCIES_KEPT)
        return found

    def _asked_frequency(self, term: str) -> int:
        # Weights come from what documents are asked about (their phrasings), not what they
        # mention in passing: a name every answer mentions is still what a question is about.
        return len(self._asked.get(term, ())) - self._stale_asked.get(term, 0)

    def asked_share(self, term: str) -> float:
        """Share of the documents that are asked about `term` (used by a phrasing)."""
        return self._asked_frequency(term) / max(len(self), 1)

    def weight(self, term: str) -> float:
        """How informative `term` is; a term no document is asked about weighs the most."""
        cached = self._weights.get(term)
        if cached is None:
            cached = self._weights[term] = idf(self._asked_frequency(term), max(len(self), 1))
        return cached

    def profile(self, doc: Document) -> Profile:
        """`doc`'s phrasings as terms, which terms each uses, and how much of its weight they carry.

        A phrasing's precision for a question is the sum of its shares over the terms they
        have in common. Derived for the few documents a question scores, and kept until the
        index next changes (weights depend on every document).
        """
        kept = self._profiles.get(doc.key)
        if kept is not None and kept[0] == self._version:
            return kept[1]
        # Only the shares depend on the weights: the rest of a profile is derived once per
        # document, so the first questions after an edit (which changes every weight) do not
        # derive it again for each candidate.
        shape = self._shape(doc)
        weights = {term: self.weight(term) for term in shape.positions}
        totals = [sum(map(weights.__getitem__, phrasing)) or 1.0 for phrasing in shape.distinct]
        precision = self._precision_weight
        derived = shape.profile._replace(
            shares={
                term: tuple(
                    [(position, precision * (weights[term] / totals[position])) for position in listed]
                )
                for term, listed in shape.positions.items()
            }
        )
        remember(self._profiles, doc.key, (self._version, derived), PROFILES_KEPT)
        return derived

    def _shape(self, doc: Document) -> _Shape:
        kept = self._shapes.get(doc.key)
        if kept is not None and kept.document is doc:
            return kept
        # A repeated phrasing scores as its first, so it is scored once; it still counts
        # as often as it is written towards what the document is typically asked about.
        repeats = Counter(doc.phrasings)
        texts = tuple(repeats)
        terms = tuple(tuple(text.split()) for text in texts)
        # Each phrasing's distinct terms in the order written: a fixed order makes the float
        # sums of the shares, and so ties between documents, the same in every process.
        distinct = [tuple(dict.fromkeys(phrasing)) for phrasing in terms]
        positions: dict[str, list[int]] = {}
        for position, phrasing in enumerate(distinct):
            for term in phrasing:
                positions.setdefault(term, []).append(position)
        asked = len(doc.phrasings)
        if len(texts) == asked:  # no phrasing repeated: a term's typicality is its count
            typicality = {term: len(listed) / asked for term, listed in positions.items()}
        else:
            counts = [repeats[text] for text in texts]
            typicality = {
                term: sum(counts[position] for position in listed) / asked
                for term, listed in positions.items()
            }
        profile = Profile(
            texts,
            terms,
            tuple([" ".join(sorted(phrasing)) for phrasing in terms]),
            exact=frozenset(texts),
            shares={},
            typicality=typicality,
            body=frozenset(doc.body),
            asked_terms=frozenset(doc.asked_terms),
            ends=frozenset(
                chain.from_iterable((phrasing[0], phrasing[-1]) for phrasing in terms if phrasing)
            ),
        )
        return remember(self._shapes, doc.key, _Shape(doc, distinct, positions, profile), PROFILES_KEPT)

    def first_documents(self, count: int) -> Iterator[Document]:
        """The first `count` live documents, in the order they were added."""
        return islice(filter(None, self._docs), count)

    def _changed(self) -> None:
        # Weights depend on every document's terms, so any change makes them stale. Profiles
        # are only marked stale: freeing thousands of them at once would cost a moderator's
        # edit 10 ms or more at 100,000 entries; each is replaced when next needed instead.
        self._weights.clear()
        self._frequencies.clear()
        self._version += 1

    def candidates(
        self,
        terms: Iterable[str],
        *,
        limit: int,
        common_share: float,
        min_share: float = 0.0,
        said_share: float = 1.0,
        max_walk: int = 1024,
        accept: Callable[[Document], bool] | None = None,
    ) -> list[Document]:
        """Return up to `limit` live documents sharing the most informative weight with `terms`.

        Terms found in more than `common_share` of the documents are skipped while gathering
        (they would visit most of the index) unless nothing else is asked, and then only
        the first `max_walk` postings of the rarest are visited: such a question is too
        vague to answer at scale, and its suggestions need only be plausible. The skipped
        terms still count for the documents the walk reached. Documents
        sharing less than `min_share` of the leader's weight are left out, and so is any
        document `accept` rejects (another server's entries, say) before it can take a place.
        A term only an answer or source uses counts `said_share` (at most 1) of one a phrasing uses.
        """
        total = max(len(self), 1)
        known = {t: df for t in sorted(set(terms)) if (df := self.document_frequency(t)) > 0}
        rare = max(50, common_share * total)
        informative = [t for t, df in known.items() if df <= rare]
        walk = informative or sorted(known, key=lambda t: (known[t], t))[:1]
        scores: dict[int, float] = {}
        walked: list[tuple[array[int], float]] = []  # the lists walked, each with what it adds
        for term in walk:
            weight = self.weight(term)
            for postings, share in ((self._asked, 1.0), (self._said, said_share)):
                listed = postings.get(term)
                if not listed:
                    continue
                if len(listed) > max_walk:
                    listed = listed[:max_walk]
                # Sums are taken as slot by slot would take them (0.0 + gain is gain), so scores
                # are the same to the last bit. A long list is added in C: every slot it names
                # at `gain`, then those already scored put right; that is only right because a
                # list names a slot at most once (a document lists each of its terms once).
                gain = weight * share
                walked.append((listed, gain))
                if not scores:
                    scores = dict.fromkeys(listed, gain)
                elif len(listed) < _LONG_WALK:
                    so_far = scores.get
                    for slot in listed:
                        scores[slot] = so_far(slot, 0.0) + gain
                else:
                    again = {slot: scores[slot] + gain for slot in scores.keys() & listed}
                    scores.update(dict.fromkeys(listed, gain))
                    scores.update(again)
        if not scores:
            return []
        docs = self._docs

        def visible(slot: int) -> bool:
            doc = docs[slot]
            return doc is not None and (accept is None or accept(doc))

        # Visibility costs a call per document, and only the best few can take a place: the
        # walk's documents are looked at best first, and only as far as the cuts below reach.
        # Whatever `accept` rejects, the documents kept are the same as if every one had been
        # checked first.
        shown = filter(visible, _in_list_order(walked) if len(walk) == 1 else _best_first(scores, 2 * limit))
        # A common term is not walked, but it still tells apart the documents the rare ones
        # reached ("how old is milo": of every entry about Milo, the one asked about age).
        # Not so for a question too vague to have any rare word: the slice its walk took is
        # arbitrary anyway, and re-weighing a thousand documents would cost more than the rest.
        if informative and (common := [(term, self.weight(term)) for term in known if term not in walk]):
            # The common terms add at most `most` to a document. Documents come best first by
            # the rare terms, so once one cannot reach the `limit` best scores found so far even
            # with all of them, no later one can: the rest are not looked at.
            most = sum(weight for _, weight in common)
            live: list[tuple[int, float]] = []
            leaders: list[float] = []  # the `limit` best scores so far, least first (a heap)
            bar = -math.inf  # the least of them, once there are `limit`
            for slot in shown:
                score = scores[slot]
                if score + most + _ROUNDING < bar:
                    break
                score += self._common_weight(docs[slot], common, said_share)
                live.append((slot, score))
                if len(leaders) < limit:
                    heapq.heappush(leaders, score)
                    if len(leaders) == limit:
                        bar = leaders[0]
                else:
                    heapq.heappushpop(leaders, score)
                    bar = leaders[0]
            if not live:
                return []
            # Far behind the leader a document cannot win, and scoring it costs as much as one that
            # can. (The best score is among the leaders.)
            floor = max(leaders) * min_share
            near = [item for item in live if item[1] >= floor]
            # Best first; equal scores go to the older slot, so results never depend on dict order.
            # Short questions tie often; a cut between equals would be arbitrary, so ties come along.
            ranked = heapq.nsmallest(2 * limit, near, key=_by_score_then_slot)
            if len(ranked) > limit:
                last = ranked[limit - 1][1]
                ranked = [item for n, item in enumerate(ranked) if n < limit or item[1] >= last]
            best = [slot for slot, _ in ranked]
        else:
            # Without common terms the walk's scores stand, and `shown` is already in the order
            # wanted: the `limit` best, then up to as many more that tie with the last of them.
            best = list(islice(shown, limit))
            if not best:
                return []
            if len(best) == limit:
                last = scores[best[-1]]
                best += takewhile(lambda slot: scores[slot] >= last, islice(shown, limit))
            floor = scores[best[0]] * min_share
            best = [slot for slot in best if scores[slot] >= floor]
        return [doc for slot in best if (doc := docs[slot]) is not None]

    @staticmethod
    def _common_weight(doc: Document | None, common: list[tuple[str, float]], said_share: float) -> float:
        assert doc is not None
        found = 0.0
        for term, weight in common:
            if term in doc.asked_terms:
                found += weight
            elif term in doc.body:
                found += weight * said_share
        return found


def _by_score_then_slot(item: tuple[int, float]) -> tuple[float, int]:
    return (-item[1], item[0])


def _in_list_order(walked: list[tuple[array[int], float]]) -> Iterator[int]:
    """The slots of one term's walked lists, best score first, equal scores by slot.

    A document is in one of a term's lists at most, so every slot in a list scores what the
    list adds; and a list holds its slots in the order they were added, which is slot order.
    The order wanted is the lists' own, best list first, with no sort (vague questions walk a
    thousand postings or two of one common term, and keep a dozen).
    """
    if len(walked) == 1:
        return iter(walked[0][0])
    (first, first_gain), (second, second_gain) = walked
    if first_gain == second_gain:
        return heapq.merge(first, second)
    return chain(first, second) if first_gain > second_gain else chain(second, first)


def _best_first(scores: dict[int, float], depth: int) -> Iterator[int]:
    """The slots of `scores`, best score first, equal scores by slot.

    Callers mostly stop after a few, so they are sorted a few at a time: those scoring at least
    the `depth`-th best score, then four times as many, and so on (each round's are the first of
    the next). Both sorts run in C, where sorting by (-score, slot) would call Python per slot.
    """
    done = 0
    while True:
        if len(scores) > _SORTED_AT_ONCE and depth < len(scores):
            threshold = heapq.nlargest(depth, scores.values())[-1]
            head = [slot for slot, score in scores.items() if score >= threshold]
        else:
            head = list(scores)
        head.sort()  # by slot, so that the stable sort by score leaves equal scores in slot order
        head.sort(key=scores.__getitem__, reverse=True)
        yield from islice(head, done, None)
        if len(head) == len(scores):
            return
        done, depth = len(head), depth * 4
