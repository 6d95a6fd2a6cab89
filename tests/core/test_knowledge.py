"""The knowledge pack: the shipped files load cleanly, and every kind of mistake is reported at file:line.

Broken packs are copies of the real one in a temporary folder, edited as text; the real files are
never touched.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import PackError, collect_pack, load_pack
from bot.core.yamlfile import Problem

REPO = Path(__file__).resolve().parents[2]
SOURCE_ID = "milo-ventimiglia-jess-rory-2021"


@dataclass(frozen=True)
class Dirs:
    knowledge: Path
    seeds: Path

    @property
    def faq(self) -> Path:
        return self.knowledge / "faq.yaml"

    @property
    def cast(self) -> Path:
        return self.knowledge / "cast.yaml"

    @property
    def revival(self) -> Path:
        return self.knowledge / "revival.yaml"


@pytest.fixture
def dirs(tmp_path: Path) -> Dirs:
    copy = Dirs(tmp_path / "knowledge", tmp_path / "seeds")
    shutil.copytree(REPO / "knowledge", copy.knowledge)
    shutil.copytree(REPO / "seeds", copy.seeds)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in `path`."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_with(path: Path, text: str, occurrence: int = 1) -> int:
    """Return the 1-based number of the line holding `text` (the n-th such line), skipping comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    numbers = [n for n, line in enumerate(lines, 1) if text in line and not line.lstrip().startswith("#")]
    assert len(numbers) >= occurrence, f"{text!r} is not in {path.name}"
    return numbers[occurrence - 1]


def problems(dirs: Dirs) -> list[Problem]:
    return collect_pack(dirs.knowledge, dirs.seeds)[1]


# --- the shipped pack -------------------------------------------------------------------------------


def test_shipped_pack_has_no_problems() -> None:
    pack, found = collect_pack(REPO / "knowledge", REPO / "seeds")
    assert found == []
    assert list(pack.sources) == [SOURCE_ID]
    assert pack.entries and pack.people and pack.quotes
    assert pack.checklist is not None
    assert set(pack.checklist.verdicts) == {"worth-it", "mixed", "wrong-reasons"}


def test_shipped_entries_are_all_sourced_and_unique() -> None:
    pack = load_pack(REPO / "knowledge", REPO / "seeds")
    ids = [entry.id for entry in pack.entries]
    assert len(ids) == len(set(ids))
    for entry in pack.entries:
        assert entry.sources, entry.id
        assert all(ref.source_id in pack.sources for ref in entry.sources)


def test_shipped_source_metadata_comes_from_the_article() -> None:
    source = load_pack(REPO / "knowledge", REPO / "seeds").source(SOURCE_ID)
    assert source.author == "Lindsay Weinberg"
    assert source.published == dt.date(2021, 9, 16)
    assert source.url is None  # the article gives none and there is no sidecar
    assert source.outlet is None


# --- one test per kind of mistake -------------------------------------------------------------------


def test_unknown_key(dirs: Dirs) -> None:
    edit(dirs.faq, "  - id: who-played-luke\n", "  - id: who-played-luke\n    colour: blue\n")
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            line_with(dirs.faq, "colour: blue"),
            "unknown key 'colour' in FAQ entry (expected: id, question, alternates, answer, tags, sources)",
        )
    ]


def test_missing_field(dirs: Dirs) -> None:
    edit(dirs.faq, "    question: Who played Luke on Gilmore Girls?\n", "")
    assert problems(dirs) == [
        Problem(
            str(dirs.faq), line_with(dirs.faq, "- id: who-played-luke"), "FAQ entry is missing 'question'"
        )
    ]


def test_wrong_type(dirs: Dirs) -> None:
    item = "  - id: more-stories\n    question: Are there still more stories to tell?\n"
    edit(dirs.revival, item + "    favourable: yes\n", item + "    favourable: maybe\n")
    assert problems(dirs) == [
        Problem(
            str(dirs.revival),
            line_with(dirs.revival, "favourable: maybe"),
            "checklist item 'favourable' must be true or false, not 'maybe'",
        )
    ]


def test_duplicate_id(dirs: Dirs) -> None:
    edit(dirs.faq, "  - id: who-played-luke\n", "  - id: who-played-jess\n")
    first = line_with(dirs.faq, "- id: who-played-jess")
    second = line_with(dirs.faq, "- id: who-played-jess", occurrence=2)
    assert problems(dirs) == [
        Problem(str(dirs.faq), second, f"duplicate entry id 'who-played-jess' (first at line {first})")
    ]


def test_quote_not_verbatim(dirs: Dirs) -> None:
    edit(
        dirs.faq,
        'quote: "Milo, who played bad boy Jess on the show"',
        'quote: "Milo, who played good boy Jess"',
    )
    ref_line = line_with(dirs.faq, 'quote: "Milo, who played good boy Jess"') - 1  # the "- source:" line
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            ref_line,
            f"quote is not verbatim in {SOURCE_ID!r}: 'Milo, who played good boy Jess'",
        )
    ]


@pytest.mark.parametrize(
    "furniture", ["Warner Bros. Television", "Matt Baron/Shutterstock", "Mandy Moore Tease"]
)
def test_quote_from_a_caption_or_credit(dirs: Dirs, furniture: str) -> None:
    edit(dirs.faq, 'quote: "Milo, who played bad boy Jess on the show"', f'quote: "{furniture}"')
    ref_line = line_with(dirs.faq, f'quote: "{furniture}"') - 1
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            ref_line,
            f"quote is from a caption, credit or link title, not the article's text: {furniture!r}",
        )
    ]


def test_alternate_shared_by_two_entries(dirs: Dirs) -> None:
    edit(dirs.faq, "      - who plays luke\n", "      - who plays luke\n      - Who plays Jess?\n")
    original = line_with(dirs.faq, "      - who plays jess")
    copy = line_with(dirs.faq, "      - Who plays Jess?")
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            copy,
            f"'Who plays Jess?' is also a phrasing of entry 'who-played-jess' (line {original})",
        )
    ]


def test_unknown_source_id(dirs: Dirs) -> None:
    edit(
        dirs.faq,
        f'      - source: {SOURCE_ID}\n        quote: "his on-screen uncle Scott Patterson (aka Luke)"\n',
        '      - source: e-news-2030\n        quote: "his on-screen uncle Scott Patterson (aka Luke)"\n',
    )
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            line_with(dirs.faq, "source: e-news-2030"),
            f"unknown source 'e-news-2030' (known: {SOURCE_ID})",
        )
    ]


def test_malformed_yaml_names_its_line(dirs: Dirs) -> None:
    edit(dirs.faq, "    question: Who played Luke on Gilmore Girls?\n", "    question: Who: played Luke?\n")
    assert problems(dirs) == [
        Problem(
            str(dirs.faq),
            line_with(dirs.faq, "Who: played Luke?"),
            "malformed YAML: mapping values are not allowed here",
        )
    ]


def test_missing_file(dirs: Dirs) -> None:
    dirs.revival.unlink()
    found = problems(dirs)
    assert found == [Problem(str(dirs.revival), None, "file not found")]
    assert str(found[0]) == f"{dirs.revival}: file not found"


def test_missing_folder_is_reported_once(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    found = collect_pack(missing, REPO / "seeds")[1]
    assert found == [Problem(str(missing), None, "knowledge folder not found")]


def test_bad_pronoun(dirs: Dirs) -> None:
    edit(
        dirs.cast,
        "    aliases: [Scott, Patterson]\n    pronoun: he\n",
        "    aliases: [Scott, Patterson]\n    pronoun: it\n",
    )
    assert problems(dirs) == [
        Problem(
            str(dirs.cast), line_with(dirs.cast, "pronoun: it"), "pronoun must be he, she or they, not 'it'"
        )
    ]


def test_a_role_is_described_through_another(dirs: Dirs) -> None:
    jess = next(role for person in load_pack(dirs.knowledge, dirs.seeds).people for role in person.roles)
    assert (jess.character, jess.described_as) == ("Jess", ("Luke's nephew",))


@pytest.mark.parametrize("description", ["Lorelai's daughter", "nephew of Luke"])
def test_a_description_must_name_someone_in_the_file(dirs: Dirs, description: str) -> None:
    edit(dirs.cast, "described_as: [Luke's nephew]", f"described_as: [{description}]")
    assert problems(dirs) == [
        Problem(
            str(dirs.cast),
            line_with(dirs.cast, "described_as:"),
            f"described_as {description!r} must name someone in this file and what the character is to "
            'them, as in "Luke\'s nephew"',
        )
    ]


def test_what_voice_typing_writes_for_a_name_is_read_but_never_shown(dirs: Dirs) -> None:
    milo = next(
        person for person in load_pack(dirs.knowledge, dirs.seeds).people if person.name == "Milo Ventimiglia"
    )
    assert milo.misheard_as == ("My Low",)
    assert "My Low" not in milo.names()  # names() is what /cast and the terminal show


def test_a_misheard_name_may_not_be_someone_elses(dirs: Dirs) -> None:
    edit(dirs.cast, "misheard_as: [My Low]", "misheard_as: [My Low, Scott]")
    assert problems(dirs) == [
        Problem(
            str(dirs.cast),
            line_with(dirs.cast, "- id: scott-patterson"),
            "name 'Scott' is used by both 'milo-ventimiglia' and 'scott-patterson'",
        )
    ]


def test_a_character_the_article_names_without_an_actor(dirs: Dirs) -> None:
    (dean,) = load_pack(dirs.knowledge, dirs.seeds).characters
    assert (dean.character, dean.aliases) == ("Dean", ("Dean Forester",))


def test_a_character_may_not_take_a_name_someone_has(dirs: Dirs) -> None:
    edit(dirs.cast, "aliases: [Dean Forester]", "aliases: [Dean Forester, Luke]")
    assert problems(dirs) == [
        Problem(
            str(dirs.cast),
            line_with(dirs.cast, "- character: Dean"),
            "name 'Luke' of character 'Dean' is someone else's",
        )
    ]


def test_a_character_may_repeat_its_own_name_among_its_aliases(dirs: Dirs) -> None:
    edit(dirs.cast, "aliases: [Dean Forester]", "aliases: [Dean Forester, dean]")
    assert problems(dirs) == []


def test_a_character_is_backed_by_a_verbatim_quote(dirs: Dirs) -> None:
    edit(dirs.cast, 'quote: "he\'s Team Dean"', 'quote: "he\'s Team Logan"')
    assert [problem.message for problem in problems(dirs)] == [
        f'quote is not verbatim in {SOURCE_ID!r}: "he\'s Team Logan"'
    ]


def test_missing_verdict(dirs: Dirs) -> None:
    text = dirs.revival.read_text(encoding="utf-8")
    start = text.index("  mixed:\n")
    end = text.index("  wrong-reasons:\n")
    dirs.revival.write_text(text[:start] + text[end:], encoding="utf-8")
    assert problems(dirs) == [
        Problem(str(dirs.revival), line_with(dirs.revival, "verdicts:"), "verdicts is missing 'mixed'")
    ]


def test_load_pack_refuses_a_broken_pack_and_lists_every_problem(dirs: Dirs) -> None:
    edit(dirs.faq, "  - id: who-played-luke\n", "  - id: who-played-luke\n    colour: blue\n")
    edit(
        dirs.cast,
        "    aliases: [Scott, Patterson]\n    pronoun: he\n",
        "    aliases: [Scott, Patterson]\n    pronoun: it\n",
    )
    with pytest.raises(PackError) as raised:
        load_pack(dirs.knowledge, dirs.seeds)
    assert len(raised.value.problems) == 2
    assert f"{dirs.faq}:{line_with(dirs.faq, 'colour: blue')}: unknown key 'colour'" in str(raised.value)
    assert f"{dirs.cast}:{line_with(dirs.cast, 'pronoun: it')}: pronoun must be" in str(raised.value)


# --- more articles need no code change ----------------------------------------------------------------

DINER = """\
Scott Patterson Talks Coffee, Diners and Flannel

By Jane Doe March 3, 2022 9:00 AM
Watch: Scott Patterson Pours a Cup on Set

Scott Patterson spent a whole episode of his podcast on coffee.

"Coffee is the whole point of a diner," Scott said. "Everything else is just decoration."

Jane Doe/Getty Images
"""

DINER_ENTRY = """
  - id: scott-coffee
    question: What does Scott Patterson say about coffee?
    answer: >-
      He said coffee is the whole point of a diner.
    sources:
      - source: scott-coffee-2022
        quote: "Coffee is the whole point of a diner"
"""


def add_second_article(dirs: Dirs) -> None:
    (dirs.seeds / "scott-coffee-2022.txt").write_text(DINER, encoding="utf-8")
    with dirs.faq.open("a", encoding="utf-8") as faq:
        faq.write(DINER_ENTRY)


def test_second_article_loads_with_no_code_change(dirs: Dirs) -> None:
    add_second_article(dirs)
    pack = load_pack(dirs.knowledge, dirs.seeds)
    source = pack.source("scott-coffee-2022")
    assert source.title == "Scott Patterson Talks Coffee, Diners and Flannel"
    assert (source.author, source.published) == ("Jane Doe", dt.date(2022, 3, 3))
    assert source.url is None and source.outlet is None
    assert source.paragraphs[0] == "Scott Patterson spent a whole episode of his podcast on coffee."
    entry = pack.entry("scott-coffee")
    assert entry is not None and entry.sources[0].source_id == "scott-coffee-2022"
    diner_quotes = [q for q in pack.quotes if q.source_id == "scott-coffee-2022"]
    assert [(q.text, q.speaker) for q in diner_quotes] == [
        ("Coffee is the whole point of a diner", "Scott Patterson"),
        ("Everything else is just decoration.", "Scott Patterson"),
    ]


def test_second_article_caption_cannot_be_cited(dirs: Dirs) -> None:
    add_second_article(dirs)
    edit(dirs.faq, 'quote: "Coffee is the whole point of a diner"', 'quote: "Pours a Cup on Set"')
    [problem] = problems(dirs)
    assert problem.path == str(dirs.faq)
    assert problem.message.startswith("quote is from a caption, credit or link title")


def test_metadata_sidecar_overrides_outlet_and_url(dirs: Dirs) -> None:
    add_second_article(dirs)
    (dirs.seeds / "scott-coffee-2022.yaml").write_text(
        "outlet: Example News\nurl: https://example.com/scott-coffee\n", encoding="utf-8"
    )
    pack = load_pack(dirs.knowledge, dirs.seeds)
    source = pack.source("scott-coffee-2022")
    assert source.outlet == "Example News"
    assert source.url == "https://example.com/scott-coffee"
    assert source.author == "Jane Doe"  # not given in the sidecar, so still read from the byline
    assert pack.source(SOURCE_ID).url is None


def test_metadata_sidecar_with_unknown_key_is_a_problem(dirs: Dirs) -> None:
    add_second_article(dirs)
    sidecar = dirs.seeds / "scott-coffee-2022.yaml"
    sidecar.write_text("outlet: Example News\nlink: https://example.com\n", encoding="utf-8")
    [problem] = problems(dirs)
    assert (problem.path, problem.line) == (str(sidecar), 2)
    assert problem.message.startswith("unknown key 'link' in source metadata")


def test_metadata_sidecar_says_what_fans_call_the_source(dirs: Dirs) -> None:
    add_second_article(dirs)
    sidecar = dirs.seeds / "scott-coffee-2022.yaml"
    sidecar.write_text("called: [article, podcast]\n", encoding="utf-8")
    assert load_pack(dirs.knowledge, dirs.seeds).source("scott-coffee-2022").called == ("article", "podcast")
    sidecar.write_text("outlet: Example News\ncalled: podcast\n", encoding="utf-8")
    [problem] = problems(dirs)
    assert (problem.path, problem.line) == (str(sidecar), 2)
    assert "called" in problem.message and "list" in problem.message


def test_a_lexicon_phrase_with_an_apostrophe_is_found_as_fans_type_it(dirs: Dirs) -> None:
    lexicon = dirs.knowledge / "lexicon.yaml"
    edit(lexicon, "synonyms:\n", "synonyms:\n  - [regret, wishes he hadn't, milo's regrets]\n")
    engine = Engine(load_pack(dirs.knowledge, dirs.seeds))
    for typed in ("he wishes he hadn't", "he wishes he hadn\u2019t", "milo's regrets", "milos regrets"):
        assert "regret" in engine.analyse_question(typed).terms, typed


def test_other_languages_words_take_the_meaning_of_an_english_group(dirs: Dirs) -> None:
    lexicon = dirs.knowledge / "lexicon.yaml"
    edit(lexicon, "other_languages:\n", "other_languages:\n  - [revival, wiederbelebung]\n")
    engine = Engine(load_pack(dirs.knowledge, dirs.seeds))
    revival = engine.analyse_question("would milo do a revival").terms
    assert engine.analyse_question("would milo do a wiederbelebung").terms == revival
    assert engine.analyse_question("would milo do a wiederbelebungg").terms == revival  # a typo of it
    # The first phrase must be one of an English group, whose meaning the rest take.
    edit(lexicon, "  - [revival, wiederbelebung]\n", "  - [wiederbelebung, neubelebung]\n")
    assert problems(dirs) == [
        Problem(
            str(lexicon),
            line_with(lexicon, "[wiederbelebung, neubelebung]"),
            "'wiederbelebung' must be a phrase of one of the synonym groups above",
        )
    ]


def test_lexicon_phrases_that_read_the_same_in_two_groups(dirs: Dirs) -> None:
    # "dating" and "date" share a stem, so the engine could not tell which group meant it.
    lexicon = dirs.knowledge / "lexicon.yaml"
    edit(lexicon, "synonyms:\n", "synonyms:\n  - [calendar, date, day]\n  - [rendezvous, dating]\n")
    assert problems(dirs) == [
        Problem(
            str(lexicon),
            line_with(lexicon, "[rendezvous, dating]"),
            "'dating' reads the same as 'date', already a synonym of 'calendar'",
        )
    ]
