"""Article parsing: the byline, which lines are the writer's text, and text folding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.articles import LineKind, classify_line, parse_article, parse_byline
from bot.core.text import clean, fold, fold_for_compare

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "milo-ventimiglia-jess-rory-2021.txt"
NBSP = "\u00a0"
EM_DASH = "\u2014"

# An unrelated article with the same kinds of page furniture, so nothing can be tuned to the seed.
BAKERY = """\
Local Bakery Wins a National Prize for Its Sourdough

By Jane Q. Doe March 3, 2020 9:00 AM
Video: Behind the Scenes at the Bakery on Main Street
The bakery on Main Street won the national prize on Tuesday.
Jane Doe/Getty Images
Ten Things You Never Knew About Sourdough Bread From Our Archives
"We never expected it," said owner Ana Ruiz.
Ruiz said she would keep baking the same bread for her neighbours
Related: The Best Bakeries in the State
"""


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


# --- byline ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("By Lindsay Weinberg Sep 16, 2021 10:16 PMTags", "Lindsay Weinberg", dt.date(2021, 9, 16)),
        ("By Jane Q. Doe March 3, 2020 9:00 AM", "Jane Q. Doe", dt.date(2020, 3, 3)),
        ("By Ana Ruiz Sept. 30, 2019", "Ana Ruiz", dt.date(2019, 9, 30)),
        ("By Mark Mayo May 5, 2020", "Mark Mayo", dt.date(2020, 5, 5)),
    ],
)
def test_byline_gives_author_and_date(line: str, author: str, published: dt.date) -> None:
    assert parse_byline(line) == (author, published)


@pytest.mark.parametrize(
    "line",
    [
        "By the way, the show was great.",  # no date
        "By Jane Doe Smarch 3, 2020",  # not a month
        "By Jane Doe Feb 30, 2021",  # not a day of that month
        "Written by Jane Doe Sep 16, 2021",  # a byline starts the line
    ],
)
def test_line_that_is_not_a_byline_gives_none(line: str) -> None:
    assert parse_byline(line) is None


# --- line classification on the real article ----------------------------------------------------


def test_real_article_title_author_and_date(seed: str) -> None:
    article = parse_article(seed)
    assert (
        article.title == "How Gilmore Girls' Milo Ventimiglia Really Feels About Jess and Rory's Relationship"
    )
    assert article.author == "Lindsay Weinberg"
    assert article.published == dt.date(2021, 9, 16)


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        ("How Gilmore Girls' Milo Ventimiglia Really Feels", LineKind.TITLE),
        ("By Lindsay Weinberg Sep 16, 2021", LineKind.BYLINE),
        ('Watch: Milo Ventimiglia & Mandy Moore Tease "Unforgettable" Episode', LineKind.CAPTION),
        ("Warner Bros. Television", LineKind.CREDIT),
        ("Matt Baron/Shutterstock", LineKind.CREDIT),
        ("We Ranked All the Gilmore Girls Couples", LineKind.LINK_TITLE),
        ("Milo responded,", LineKind.CONTENT),
        # Content lines that lack a final full stop are still the writer's text.
        ("But he elaborated on why remakes and revivals", LineKind.CONTENT),
        ("If the answer is yes, he just might be in for another Year in the Life", LineKind.CONTENT),
    ],
)
def test_real_article_lines_are_classified_by_form(seed: str, start: str, kind: LineKind) -> None:
    article = parse_article(seed)
    matching = [line for line in article.lines if fold(line.text).startswith(start)]
    assert len(matching) == 1, f"expected one line starting {start!r}"
    assert matching[0].kind is kind


def test_real_article_paragraphs_are_the_writers_text_only(seed: str) -> None:
    paragraphs = parse_article(seed).paragraphs
    assert len(paragraphs) == 17
    assert paragraphs[0].startswith("Milo Ventimiglia explained why")
    assert paragraphs[-1] == "If the answer is yes, he just might be in for another Year in the Life"
    joined = "\n".join(paragraphs)
    for furniture in (
        "Shutterstock",
        "Warner Bros. Television",
        "We Ranked All",
        "Unforgettable",
        "By Lindsay",
    ):
        assert furniture not in joined


def test_real_article_lines_keep_file_line_numbers(seed: str) -> None:
    article = parse_article(seed)
    raw_lines = seed.splitlines()
    for line in article.lines:
        assert clean(raw_lines[line.number - 1]) == line.text


def test_real_article_nbsp_is_cleaned_and_em_dash_kept(seed: str) -> None:
    assert NBSP in seed  # the copy from the web really carries them
    paragraphs = parse_article(seed).paragraphs
    assert not any(NBSP in p for p in paragraphs)
    assert "Milo Ventimiglia is clarifying where he stands" in paragraphs[1]
    assert f"the two of them was{EM_DASH}outside of what anybody" in paragraphs[7]


# --- line classification on a synthetic article --------------------------------------------------


def test_synthetic_article_is_parsed_with_the_same_rules() -> None:
    article = parse_article(BAKERY)
    assert article.title == "Local Bakery Wins a National Prize for Its Sourdough"
    assert (article.author, article.published) == ("Jane Q. Doe", dt.date(2020, 3, 3))
    kinds = {line.text: line.kind for line in article.lines}
    assert kinds["Video: Behind the Scenes at the Bakery on Main Street"] is LineKind.CAPTION
    assert kinds["Related: The Best Bakeries in the State"] is LineKind.CAPTION
    assert kinds["Jane Doe/Getty Images"] is LineKind.CREDIT
    assert kinds["Ten Things You Never Knew About Sourdough Bread From Our Archives"] is LineKind.LINK_TITLE
    assert article.paragraphs == (
        "The bakery on Main Street won the national prize on Tuesday.",
        '"We never expected it," said owner Ana Ruiz.',
        "Ruiz said she would keep baking the same bread for her neighbours",
    )


def test_article_without_byline_has_no_author() -> None:
    article = parse_article("A Title Line\n\nThe first paragraph of text.\n")
    assert article.author is None
    assert article.published is None
    assert article.paragraphs == ("The first paragraph of text.",)


def test_nbsp_in_a_byline_still_parses() -> None:
    text = f"Some Title\nBy{NBSP}Ana{NBSP}Ruiz{NBSP}Jan 2, 2023\nThe text.\n"
    article = parse_article(text)
    assert (article.author, article.published) == ("Ana Ruiz", dt.date(2023, 1, 2))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photos: Every Costume From the Finale", LineKind.CAPTION),
        ("Read More: Why the Diner Closed", LineKind.CAPTION),
        ("Getty Images", LineKind.CREDIT),
        ("she stopped before the end of the sentence and never came back to finish it", LineKind.CONTENT),
        ('"I loved it," she said.', LineKind.CONTENT),
        ("Is that the end?", LineKind.CONTENT),
    ],
)
def test_classify_line_by_form(line: str, kind: LineKind) -> None:
    assert classify_line(line, is_first=False) is kind


def test_first_line_is_the_title() -> None:
    assert classify_line("Watch: Not A Caption When First", is_first=True) is LineKind.TITLE


# --- folding --------------------------------------------------------------------------------------


def test_clean_makes_spaces_plain_and_keeps_typography() -> None:
    assert clean(f"  a{NBSP}b \u201cc\u201d{EM_DASH}d\u2009e\u200b  ") == f"a b \u201cc\u201d{EM_DASH}d e"


def test_fold_turns_typography_into_ascii() -> None:
    assert fold(f"\u201cIt\u2019s{NBSP}fine\u201d {EM_DASH} really\u2026") == '"It\'s fine" - really...'


@pytest.mark.parametrize(
    "variant",
    [
        f"the two of them was{EM_DASH}outside",
        "the two of them was - outside",
        "The Two Of Them Was-Outside",
        f"the{NBSP}two of  them was \u2013 outside",
    ],
)
def test_fold_for_compare_ignores_typography_spacing_and_case(variant: str) -> None:
    assert fold_for_compare(variant) == "the two of them was-outside"


def test_fold_for_compare_still_tells_different_words_apart() -> None:
    assert fold_for_compare("bad boy Jess") != fold_for_compare("good boy Jess")
