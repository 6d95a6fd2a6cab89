"""The cheap forms of text readings find what the plain patterns find: a fast path that reads a
message differently from its pattern would change answers nobody meant to change."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import text
from bot.core.engine import Engine

# Whitespace of every kind, marks and emoji that end a check, and words the patterns look for,
# in any case: where the fast paths and the patterns could part.
SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x1c"]
MARKS = ["?", "!", ".", ",", "'", "\u2019", "(", "\U0001f62d", "\u2764", "\ufe0f"]
WORDS = (
    "milo ventimiglia scott patterson alexis bledel jess rory luke dean is was isnt wasn't "
    "really actually played plays the guy actor actress who his her role character what which "
    "season podcast did does sorry brb lol my i im says thinks but and s said"
).split()


def cased(word: str, pattern: int) -> str:
    """`word` with the letters at the set bits of `pattern` upper-cased."""
    return "".join(c.upper() if pattern >> i & 1 else c for i, c in enumerate(word))


# Phrases each pattern below finds, so that messages hold matches as often as not.
PHRASES = [
    "milo is jess",
    "is rory alexis bledel",
    "scott was really luke",
    "jess's actor",
    "the guy who played jess",
    "the actress playing rory",
    "what season did",
    "which podcast was",
    "sorry",
    "brb",
    ", my mom",
    ", i think",
    "but i think",
    "my sister says",
    "no wait",
    "sorry i meant",
    "scratch that",
    "oops, wait",
]


def joined(separators: list[str], vocabulary: list[str] = WORDS + PHRASES) -> st.SearchStrategy[str]:
    words = st.builds(cased, st.sampled_from(vocabulary), st.integers(0, 2**12))
    pairs = st.lists(st.tuples(words, st.sampled_from(separators) | st.just(" ")), max_size=12)
    return pairs.map(lambda pairs: "".join(word + separator for word, separator in pairs))


messages = joined(SPACES + MARKS)
# Twins are only trusted on ASCII text, so it is there that they must find what their pattern does.
ascii_messages = joined([mark for mark in SPACES + MARKS if mark.isascii()])


@given(st.text() | messages)
def test_whitespace_is_collapsed_as_the_pattern_collapses_it(message: str) -> None:
    # str.split() and \s+ must agree on what whitespace is, in every script.
    reference = re.sub(r"\s+", " ", message.translate(text.CHAR_FOLDS)).strip()
    assert text.fold(message) == reference


@given(st.text() | messages)
def test_what_follows_a_check_is_cut_as_the_pattern_cuts_it(sentence: str) -> None:
    reference = re.sub(text._AFTER_A_CHECK, "", sentence)
    assert text._without_what_follows_a_check(sentence) == reference


@given(messages)
def test_sentences_are_the_same_however_often_a_message_is_cut(message: str) -> None:
    expected = tuple(part.strip() for part in text._SENTENCE_BREAK.split(message) if part.strip())
    assert text.sentences(message) == expected
    assert text.sentences(message) == expected  # and again, from the cache


def _role_patterns(engine: Engine) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    references = engine._role_references
    return [
        (references._being_role, references._being_role_twin),
        (references._pattern, references._pattern_twin),
    ]


def assert_twins(pattern: re.Pattern[str], twin: re.Pattern[str], message: str) -> None:
    found = pattern.search(message) is not None
    if message.isascii():
        assert text.may_match(twin, message) == found
    else:  # not looked at: the pattern itself decides
        assert text.may_match(twin, message)


@pytest.mark.parametrize("name", ["_ASIDE", "_NEXT_CLAIM", "_WHICH_THING"])
@given(message=ascii_messages | messages)
def test_a_twin_finds_a_match_exactly_where_its_pattern_does(name: str, message: str) -> None:
    assert_twins(getattr(text, name), getattr(text, name + "_TWIN"), message)


@given(message=ascii_messages | messages)
def test_role_patterns_twins_find_a_match_exactly_where_they_do(engine: Engine, message: str) -> None:
    for pattern, twin in _role_patterns(engine):
        assert_twins(pattern, twin, message)


def test_a_pattern_with_capitals_has_no_twin() -> None:
    # Its capitals would never match lower-cased text: the twin would miss what it finds.
    with pytest.raises(ValueError, match="capitals"):
        text.case_sensitive_twin(re.compile(r"(?i)\bMilo\b"))
    assert text.case_sensitive_twin(re.compile(r"(?i)\bmilo\W\S(?P<Name>x)")).flags & re.IGNORECASE == 0


@given(st.text() | messages)
def test_words_taken_back_are_only_looked_for_in_messages_holding_a_word_they_need(message: str) -> None:
    # read_corrections looks for "no wait", "i meant" or "scratch that" only where the message
    # holds "wait", "mean" or "scratch": every way of taking words back must hold one.
    if text._TAKEN_BACK.search(message):
        folded = message.casefold()
        assert "wait" in folded or "mean" in folded or "scratch" in folded


def test_a_verb_before_a_capitalised_name_is_read_as_asked_today() -> None:
    read = text.read_saying_before_speaker
    assert read("what says Milo of Jess") == "what does Milo say of Jess"
    assert read("How thinketh Alexis Bledel of it") == "How does Alexis Bledel think of it"
    # No name after it: no one's words or thoughts are asked for.
    assert read("what says jess and rory were endgame") == "what says jess and rory were endgame"
