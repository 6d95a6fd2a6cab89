"""The analyser finds lexicon phrases wherever they stand, as a plain left-to-right scan would,
and reads a document's texts together as it reads each alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.analysis import (
    DEGREE_WORDS,
    OTHER_LANGUAGE_STOPWORDS,
    STOPWORDS,
    Analyzer,
    common_english_words,
    initialisms,
    read_false_friends,
    stem,
    surface_words,
)

# Phrases that open with stopwords ("in the ...", "at the ...") as well as with words.
PHRASES = {
    "in the driver seat": "helm",
    "at the helm": "helm",
    "at the wheel": "helm",
    "for a living": "job",
    "be in it": "willing",
    "come back": "return",
    "how old": "age",
    "end up together": "endgame",
    "end up with": "endgame",
}
WORDS = sorted(
    {word for phrase in PHRASES for word in phrase.split()} | {"came", "jess", "seat", "milo", "the"}
)


def scanned(words: list[str]) -> tuple[str, ...]:
    """What a plain scan reads: at each word, the longest phrase starting there, else the word."""
    keys = {tuple(map(stem, phrase.split())): tuple(head.split()) for phrase, head in PHRASES.items()}
    stems = [stem(word) for word in words]
    terms: list[str] = []
    at = 0
    while at < len(words):
        for size in range(len(words) - at, 1, -1):
            if tuple(stems[at : at + size]) in keys:
                terms += keys[tuple(stems[at : at + size])]
                at += size
                break
        else:
            if words[at] not in STOPWORDS and len(words[at]) > 1:
                terms.append(stems[at])
            at += 1
    return tuple(terms)


@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_phrases_are_found_wherever_they_stand(words: list[str]) -> None:
    # Phrases are looked for by one pair of words in them, not by their first two: a phrase
    # must be found all the same, leftmost first and longest first, overlaps or not.
    assert Analyzer(PHRASES).analyse(" ".join(words)).terms == scanned(words)


@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.none() | st.sampled_from(sorted(DEGREE_WORDS))), max_size=10
    )
)
def test_words_of_degree_between_a_phrases_words_leave_it_whole(words: list[tuple[str, str | None]]) -> None:
    # "never quite let him go", "come really back": how much or how sure changes no phrase.
    text = " ".join(f"{word} {degree}" if degree else word for word, degree in words)
    assert Analyzer(PHRASES).analyse(text).terms == scanned([word for word, _ in words])


def test_a_phrase_holding_a_word_of_degree_keeps_it() -> None:
    analyzer = Analyzer({**PHRASES, "pretty cool": "appreciate"})
    assert analyzer.analyse("milo is pretty cool").terms == ("milo", "appreciate")
    assert analyzer.analyse("milo did come quite back").terms == ("milo", "return")


def test_a_phrase_opening_with_stopwords_is_found() -> None:
    analyzer = Analyzer(PHRASES)
    assert analyzer.analyse("milo and dan in the driver seat").terms == ("milo", "dan", "helm")
    assert analyzer.analyse("in the seat at the wheel").terms == ("seat", "helm")


TEXTS = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@given(st.lists(TEXTS, max_size=4), st.lists(TEXTS, max_size=3))
def test_a_document_reads_as_its_texts_read_one_by_one(asks: list[str], says: list[str]) -> None:
    # A document's texts are read in one pass, asks then says: no phrase runs from one text
    # into the next, and each text's terms land on its own side, empty texts included.
    analyzer = Analyzer(PHRASES)
    words: set[str] = set()
    phrasings, asked, said = analyzer.read_document(asks, says, words)
    alone = [analyzer.analyse(text).terms for text in asks]
    assert phrasings == tuple(" ".join(terms) for terms in alone)
    assert asked == {term for terms in alone for term in terms}
    assert said == {term for text in says for term in analyzer.analyse(text).terms}
    assert words == {word for text in [*asks, *says] for word in text.split()}


def test_other_languages_stopwords_are_no_common_english_words() -> None:
    # "son", "era" or "sin" read as nothing would drop what a fan asks about ("milo's son").
    assert OTHER_LANGUAGE_STOPWORDS <= STOPWORDS
    assert not OTHER_LANGUAGE_STOPWORDS & common_english_words()
    # Listed as a fan's message reads them: one surface word each, accents kept.
    assert all(surface_words(word) == [word] for word in OTHER_LANGUAGE_STOPWORDS)


def test_a_word_elided_into_the_next_is_read_apart() -> None:
    assert surface_words("c'est qui l'acteur? qu'il a dit") == [
        "cest",
        "qui",
        "l",
        "acteur",
        "qu",
        "il",
        "a",
        "dit",
    ]
    # English keeps its apostrophes' words whole.
    assert surface_words("y'all don't know o'brien's 'actor'") == ["yall", "dont", "know", "obrien", "actor"]


@pytest.mark.parametrize(
    ("message", "read"),
    [
        # German and Spanish small words that are English words too, among their own.
        ("milo hat gesagt er ist team dean", {"hat": "has"}),
        ("in welcher serie war milo der star", {"war": "was", "der": "the"}),
        ("quien es el actor con el que rory era novia", {"con": "with", "era": "was"}),
        # In English they are English, "im" ("I'm") being no German "im" here.
        ("did he die in the war", {}),
        ("im sure dean was clingy and logan was worse, who was the actor", {}),
    ],
)
def test_another_languages_words_that_are_english_too_are_read_by_the_message(
    message: str, read: dict[str, str]
) -> None:
    assert read_false_friends(message.split()) == read


def test_initials_are_read_only_where_they_name_one_person() -> None:
    full_names = [
        ("Milo Ventimiglia", "Milo Ventimiglia"),
        ("Dan Palladino", "Dan Palladino"),
        ("Daniel Palladino", "Dan Palladino"),  # the same man: "DP" is still his
        ("Lauren Graham", "Lauren Graham"),
        ("Lorelai Gilmore", "Lorelai Gilmore"),  # "LG" could be either
        ("Ivy Sun", "Ivy Sun"),  # "is" is a word
        ("Tom Vance", "Tom Vance"),  # "tv" is taken
        ("Cher", "Cher"),  # one word has no initials
    ]
    assert sorted(initialisms(full_names, taken=lambda initials: initials == "tv")) == [
        ("dp", "Dan Palladino"),
        ("mv", "Milo Ventimiglia"),
    ]
