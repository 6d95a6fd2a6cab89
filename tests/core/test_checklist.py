"""Milo's revival checklist: one answer at a time, then a verdict that says which answers decided it."""

from __future__ import annotations

import pytest

from bot.core.checklist import ChecklistSession
from bot.core.knowledge import Pack
from bot.core.models import Checklist, ChecklistItem, SourceRef, Verdict

REF = SourceRef("synthetic", "words")


def item(item_id: str, question: str, *, favourable: bool) -> ChecklistItem:
    return ChecklistItem(item_id, question, favourable, "because", REF)


# The third item is favourable when answered "no": a revival is better when it is NOT only about money.
CHECKLIST = Checklist(
    title="Test",
    intro="Intro",
    items=(
        item("stories", "Are there more stories to tell?", favourable=True),
        item("grown", "Have the characters grown?", favourable=True),
        item("money", "Is it only about the money?", favourable=False),
    ),
    verdicts={key: Verdict(key, f"{key} text", REF) for key in ("worth-it", "mixed", "wrong-reasons")},
)


def finish(*answers: bool, show: str | None = None) -> ChecklistSession:
    session = ChecklistSession(CHECKLIST, show=show)
    for yes in answers:
        session = session.answer(yes)
    return session


@pytest.mark.parametrize(
    ("answers", "verdict"),
    [
        ((True, True, False), "worth-it"),  # every answer favourable, including the "no"
        ((False, False, True), "wrong-reasons"),  # none favourable
        ((True, True, True), "mixed"),  # "yes" to the money question counts against
        ((False, True, False), "mixed"),
        ((True, False, True), "mixed"),
    ],
)
def test_verdict_follows_how_many_answers_are_favourable(answers: tuple[bool, ...], verdict: str) -> None:
    outcome = finish(*answers).outcome()
    assert outcome.verdict.key == verdict
    assert outcome.verdict.text == f"{verdict} text"


def test_outcome_sorts_items_into_for_and_against() -> None:
    outcome = finish(True, False, True).outcome()
    assert [i.id for i in outcome.for_it] == ["stories"]
    assert [i.id for i in outcome.against_it] == ["grown", "money"]


def test_session_walks_through_the_items_in_order() -> None:
    session = ChecklistSession(CHECKLIST, show="Veronica Mars")
    seen = []
    while not session.done:
        current = session.current()
        assert current is not None
        seen.append((session.step, session.total, current.id))
        session = session.answer(True)
    assert seen == [(1, 3, "stories"), (2, 3, "grown"), (3, 3, "money")]
    assert session.current() is None
    assert session.outcome().show == "Veronica Mars"


def test_answering_a_finished_session_raises() -> None:
    session = finish(True, True, True)
    with pytest.raises(ValueError, match="already finished"):
        session.answer(True)


def test_outcome_of_an_unfinished_session_raises() -> None:
    with pytest.raises(ValueError, match="not finished"):
        finish(True).outcome()


def test_session_is_immutable_so_an_old_step_can_be_reused() -> None:
    first = finish(True)
    yes, no = first.answer(True), first.answer(False)
    assert first.answers == (True,)
    assert (yes.answers, no.answers) == ((True, True), (True, False))


def test_shipped_checklist_all_yes_is_worth_it(pack: Pack) -> None:
    checklist = pack.checklist
    assert checklist is not None
    session = ChecklistSession(checklist)
    for checklist_item in checklist.items:
        session = session.answer(checklist_item.favourable)
    outcome = session.outcome()
    assert outcome.verdict.key == "worth-it"
    assert outcome.against_it == ()
