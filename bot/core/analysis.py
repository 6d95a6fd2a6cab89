"""Turn a fan's message or a curated phrasing into comparable terms.

The same analyser runs over the knowledge at index time and over each question, so both
sides agree: chat noise removed, typography folded, names and nicknames replaced by one
term per person or character, fan vocabulary folded by the lexicon, words stemmed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from bot.core.text import CHAR_FOLDS, DISCORD_TOKENS

# Words that carry no topic. Question words that decide what is being asked (who, when,
# where, why, how, old) stay: "who wrote it" and "when was it written" must differ.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any are aren as at be because been before being
    between both but by can could couldn d did didn do does doesn doing don during each ever few
    for from further get gets got had hadn has hasn have haven having he her here hers herself
    him himself his i if im in into is isn it its itself ive just ll m me might mightn more most
    mustn my myself no nor not now o of off on once only or other our ours ourselves
    out over own re s same shan she should shouldn so some such t than that thats the their
    theirs them themselves then there these they this those through to too under until up ve
    very was wasn we were weren what whats which while whom will with would wouldn y you
    youd your youre yours yourself yourselves actually anyway basically btw can't cant dont
    doesnt didnt wont wouldnt isnt hey hi hello pls please plz thanks thank thx lol lmao lmfao
    rofl omg ngl tbh idk imo imho ok okay yeah yea yes nah guys guy bro bruh dude fr srsh srsly
    like literally really pretty kinda sorta gonna wanna gotta u ur r y'all yall someone
    somebody anyone anybody tell know wondering wonder quick question q asking let
    lets one thing things still even much many abt bc cuz coz rn tho though w wat wut wht whos
    whose smth sth something stuff anything everything again according per apparently supposedly
    exactly totally honestly seriously lowkey highkey mean means meant context whats remind
    reminder tho quite rather just also okay alright name called ever sometimes often maybe
    perhaps probably another wait eachother hmm um uh oh ah anyways lemme gimme yo
    """.split()
)

# Terms that say what kind of answer is wanted, or that the answer is someone's words,
# rather than what it is about. They still rank, but weigh little in coverage.
QUESTION_TERMS = frozenset({"who", "when", "where", "whi", "how"})
# The ones whose answer is a kind of thing: a person, a time, a place, or an amount
# ("how much", "how many": the lexicon folds those to "amount").
ANSWER_KIND_TERMS = frozenset({"who", "when", "where", "amount"})
LIGHT_TERMS = QUESTION_TERMS | {"say", "think"}

# Letters and digits in any script. Possessives go ("milo's" is "milo"); other apostrophes
# join their word ("didn't" is "didnt").
_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['\u2019][sS]\b")
_STEMMER = snowballstemmer.stemmer("english")


# Stemmers leave irregular past forms alone; fans write "came out" as often as "come out".
_IRREGULAR = {
    "came": "come",
    "went": "go",
    "gone": "go",
    "said": "say",
    "thought": "think",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "ran": "run",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "felt": "feel",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "bought": "buy",
    "found": "find",
    "kept": "keep",
    "met": "meet",
    "paid": "pay",
    "sang": "sing",
    "sung": "sing",
    "spoke": "speak",
    "spoken": "speak",
    "stood": "stand",
    "understood": "understand",
    "won": "win",
    "wore": "wear",
    "worn": "wear",
    "chose": "choose",
    "chosen": "choose",
    "broke": "break",
    "broken": "break",
    "fell": "fall",
    "fallen": "fall",
    "forgot": "forget",
    "forgotten": "forget",
    "did": "do",
    "done": "do",
    "was": "be",
    "were": "be",
    "been": "be",
    "had": "have",
    "has": "have",
    # Question words run together with "'d" or "'s" once the apostrophe is gone.
    "whyd": "why",
    "howd": "how",
    "hows": "how",
    "whod": "who",
    "whered": "where",
    "wheres": "where",
    "whend": "when",
    "whens": "when",
}


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """Return the Snowball stem of a lower-case word; terms that name entities pass unchanged."""
    if word.startswith("@"):
        return word
    return _STEMMER.stemWord(_IRREGULAR.get(word, word))


def surface_words(text: str) -> list[str]:
    """Split a message into lower-case words, without chat noise, possessives or apostrophes.

    Emoji, markdown and punctuation fall away because only letters and digits make words;
    mentions, custom emoji and links are removed first since they contain some.
    """
    if "<" in text or ":" in text or "http" in text:
        text = DISCORD_TOKENS.sub(" ", text)
    if "'" in text or "\u2019" in text:
        text = _POSSESSIVE.sub("", text)
    if text.isascii():
        # The common case, done in C: lower-case letters and digits kept, apostrophes
        # dropped ("didn't" is "didnt"), everything else a space.
        return text.encode().translate(_ASCII_WORDS, b"'").decode().split()
    folded = text.translate(CHAR_FOLDS).casefold().replace("'", "")
    return _TOKEN.findall(folded)


def _ascii_word_table() -> bytes:
    table = bytearray(b" " * 256)
    for code in range(256):
        char = chr(code)
        if char.isascii() and char.isalnum():
            table[code] = ord(char.lower())
    return bytes(table)


_ASCII_WORDS = _ascii_word_table()


@dataclass(frozen=True, slots=True)
class Analysed:
    """A text as terms (stopwords removed, phrases replaced, stemmed), and the words it was read from."""

    terms: tuple[str, ...]
    words: tuple[str, ...]  # surface words, before typo correction


class Analyzer:
    """Maps words and phrases to terms. Built once from the pack's names and lexicon."""

    def __init__(self, phrases: Mapping[str, str]) -> None:
        """`phrases` maps a phrase ("bad boy jess", "come back") to its replacement ("@jess", "return")."""
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        # For each first stem, the phrase lengths to try, longest first.
        self._sizes: dict[str, tuple[int, ...]] = {}
        words: set[str] = set()
        for phrase, replacement in phrases.items():
            surface = surface_words(phrase)
            # Keys are stems, so "feeling" finds the phrase written as "feel".
            key = tuple(stem(w) for w in surface)
            if key:
                self._phrases[key] = tuple(replacement.split())
                words.update(surface)
        sizes: dict[str, set[int]] = {}
        for key in self._phrases:
            sizes.setdefault(key[0], set()).add(len(key))
        self._sizes = {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
        self.phrase_words = frozenset(words)

    def analyse(
        self,
        text: str,
        *,
        correct: Callable[[str], str | None] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> Analysed:
        """Return the terms of `text`; with `correct`, words that `known` rejects are fixed as typos."""
        words = surface_words(text)
        read = words
        if correct is not None:
            read = []
            for word in words:
                if word in STOPWORDS or word in self.phrase_words or (known is not None and known(word)):
                    read.append(word)
                else:
                    fixed = correct(word)
                    # A "fix" into a word that carries nothing would erase what was asked
                    # ("mandy moore" is not "many more"): keep the unknown word instead.
                    read.append(fixed if fixed and fixed not in STOPWORDS else word)
        stems = list(map(stem, read))
        sizes, phrases = self._sizes, self._phrases
        terms: list[str] = []
        start, count = 0, len(read)
        # Only where a phrase could begin is there anything to look up; words between go in as they are.
        for at in [i for i, first in enumerate(stems) if first in sizes]:
            if at < start:
                continue  # inside a phrase already replaced
            terms.extend(stems[j] for j in range(start, at) if read[j] not in STOPWORDS and len(read[j]) > 1)
            start = at
            for size in sizes[stems[at]]:
                replacement = phrases.get(tuple(stems[at : at + size])) if at + size <= count else None
                if replacement is not None:
                    terms.extend(replacement)
                    start = at + size
                    break
        terms.extend(stems[j] for j in range(start, count) if read[j] not in STOPWORDS and len(read[j]) > 1)
        return Analysed(tuple(terms), tuple(words))


def entity_term(name: str) -> str:
    """Return the single term that stands for a person or character ("@jess")."""
    return "@" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def name_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each alias of a person or character to its entity term ("bad boy jess" -> "@jess").

    `names` are (alias, canonical name) pairs.
    """
    return {alias: entity_term(canonical) for alias, canonical in names}
