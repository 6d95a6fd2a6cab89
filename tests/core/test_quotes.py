"""The quote index: every quotation, who said it, where, and the sentence around it."""

from __future__ import annotations

import pytest

from bot.core.knowledge import Pack
from bot.core.models import Person, Quote
from bot.core.quotes import extract_quotes
from bot.core.text import fold

SOURCE_ID = "milo-ventimiglia-jess-rory-2021"
FAN_QUESTION = "Looking back, what do you think about Jess and Rory's relationship?"


@pytest.fixture(scope="module")
def quotes(pack: Pack) -> list[Quote]:
    return [q for q in pack.quotes if q.source_id == SOURCE_ID]


def by_text(quotes: list[Quote], start: str) -> Quote:
    found = [q for q in quotes if fold(q.text).startswith(start)]
    assert len(found) == 1, f"expected one quote starting {start!r}, found {len(found)}"
    return found[0]


# --- the real article -----------------------------------------------------------------------------


def test_every_quote_is_milos_except_scotts_fan_question(quotes: list[Quote]) -> None:
    assert len(quotes) >= 15
    for quote in quotes:
        expected = "Scott Patterson" if quote.text == FAN_QUESTION else "Milo Ventimiglia"
        assert quote.speaker == expected, quote.text
    assert sum(q.speaker == "Scott Patterson" for q in quotes) == 1


@pytest.mark.parametrize(
    ("start", "paragraph"),
    [
        ("needed", 1),
        ("Looking back, what do you think", 4),
        ("I think things are complicated when you're young", 5),
        ("I think Jess and Rory, they were what they needed", 6),
        ("At the same time, it didn't work out", 7),
        ("I can't ever get away from it", 12),
        ("it's like, yeah, why wouldn't I?", 13),
        ("If they did want to bring it back", 14),
        ("If it would feel like it was there for the right reason", 16),
    ],
)
def test_quote_paragraph_numbers_count_content_paragraphs(
    quotes: list[Quote], start: str, paragraph: int
) -> None:
    assert by_text(quotes, start).paragraph == paragraph


def test_every_quote_is_found_in_its_paragraph(pack: Pack, quotes: list[Quote]) -> None:
    paragraphs = pack.source(SOURCE_ID).paragraphs
    for quote in quotes:
        assert quote.text in paragraphs[quote.paragraph - 1]
        assert quote.sentence in paragraphs[quote.paragraph - 1]
        assert quote.text in quote.sentence


def test_sentence_around_a_quote_stops_at_the_sentence_end(quotes: list[Quote]) -> None:
    quote = by_text(quotes, "it's like, yeah, why wouldn't I?")
    assert quote.sentence.startswith("However, he said knowing that castmates Scott, Alexis,")
    assert quote.sentence.endswith("why wouldn't I?\"")
    assert "He added" not in quote.sentence


def test_one_quote_over_several_sentences_stays_whole(quotes: list[Quote]) -> None:
    quote = by_text(quotes, "I think things are complicated when you're young")
    assert quote.text.endswith("that you're experiencing for the first time.")
    assert quote.sentence.startswith("Milo responded,")


def test_short_quotes_inside_the_writers_sentences_are_fragments(quotes: list[Quote]) -> None:
    fragments = {q.text for q in quotes if q.is_fragment}
    assert {
        "needed",
        "can't ever get away",
        "outside influence",
        "writing their asses off",
        "right reason",
    } <= (fragments)
    for start in ("I can't ever get away from it", "it's like, yeah", "I think Jess and Rory, they"):
        assert not by_text(quotes, start).is_fragment


def test_no_quote_is_taken_from_a_caption_or_credit(pack: Pack, quotes: list[Quote]) -> None:
    furniture = pack.non_content[SOURCE_ID]
    assert any("Unforgettable" in line for line in furniture)  # the caption has a quotation of its own
    assert not any("Unforgettable" in q.text for q in quotes)
    assert not any(q.text in line for q in quotes if not q.is_fragment for line in furniture)


def test_quote_ids_are_numbered_in_article_order(quotes: list[Quote]) -> None:
    assert [q.id for q in quotes] == [f"{SOURCE_ID}#{n}" for n in range(1, len(quotes) + 1)]
    assert [q.paragraph for q in quotes] == sorted(q.paragraph for q in quotes)


# --- synthetic articles -----------------------------------------------------------------------------


def person(name: str, pronoun: str | None, *aliases: str) -> Person:
    return Person(name.lower().replace(" ", "-"), name, aliases, pronoun, None, (), ())


PEOPLE = [
    person("Bob Stone", "he", "Bob"),
    person("Tom Baker", "he", "Tom"),
    person("Jane Roe", "she", "Jane"),
    person("Ann Lee", "she", "Ann"),
]


def speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes("synthetic", paragraphs, PEOPLE)}


def test_he_said_resolves_to_the_last_man_who_spoke() -> None:
    found = speakers(
        [
            # Bob is mentioned most, so only the order of speakers can make Tom the answer.
            "Bob Stone runs the shop. Bob opened it in 1990, and Bob still works there.",
            '"We sell everything here," Bob said.',
            '"The scarf was very long," Tom Baker said.',
            '"I liked the hats a lot," Jane said.',
            '"It was a lot of fun," he said.',
        ]
    )
    assert found["It was a lot of fun"] == "Tom Baker"


def test_as_she_put_it_names_the_last_woman_who_spoke() -> None:
    found = speakers(
        [
            "Ann Lee opened the fair. Ann judged the hats, and Ann gave the prizes.",
            '"Every hat was lovely this year," Ann said.',
            '"The hats were all real," Jane Roe said.',
            '"The scarf was very long," Tom said.',
            'As she put it, "Hats are forever and ever."',
        ]
    )
    assert found["Hats are forever and ever."] == "Jane Roe"


def test_quote_continuing_in_the_next_sentence_keeps_its_speaker() -> None:
    found = speakers(
        [
            "Jane Roe hosted. Jane Roe asked the questions, and Jane Roe kept time.",
            'Then Tom answered. "The scarf was very long," Tom said. "It took weeks to knit it."',
            '"Still, it was worth it in the end."',
        ]
    )
    assert found["It took weeks to knit it."] == "Tom Baker"
    assert found["Still, it was worth it in the end."] == "Tom Baker"


def test_curly_quotes_are_quotations_too() -> None:
    [quote] = extract_quotes("synthetic", ["\u201cThe hats were all real,\u201d Jane said."], PEOPLE)
    assert quote.text == "The hats were all real"
    assert quote.speaker == "Jane Roe"
    assert quote.sentence == "\u201cThe hats were all real,\u201d Jane said."


def test_speech_verb_before_the_name_counts() -> None:
    found = speakers(['Jane spoke first. "We open at nine every day," said Tom.'])
    assert found["We open at nine every day"] == "Tom Baker"


def test_words_quoted_inside_narration_are_a_fragment() -> None:
    [quote] = extract_quotes("synthetic", ['Jane called it "a long week" before leaving.'], PEOPLE)
    assert quote.is_fragment
    assert quote.speaker == "Jane Roe"


def test_article_without_quotation_marks_has_no_quotes() -> None:
    assert extract_quotes("synthetic", ["Tom said the scarf was long.", "Jane agreed."], PEOPLE) == []
