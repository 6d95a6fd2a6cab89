"""Measure answer quality on a labelled question set (used by the tests and by benchmarks)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.core.engine import QUOTE_PREFIX, Engine
from bot.core.models import Answer, Status


@dataclass(frozen=True, slots=True)
class LabelledQuestion:
    """A fan question and the entries that answer it (none when the sources do not)."""

    text: str
    expect: frozenset[str]  # empty: the sources do not answer it
    split: str


def load_questions(path: Path) -> list[LabelledQuestion]:
    """Read `tests/data/questions.yaml`: answerable questions with their entries, then the rest."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = [
        LabelledQuestion(item["q"], frozenset(item["expect"]), item.get("split", "tune"))
        for item in data["answerable"]
    ]
    questions += [
        LabelledQuestion(item["q"], frozenset(), item.get("split", "tune")) for item in data["unanswerable"]
    ]
    return questions


@dataclass
class Report:
    """Counts of right, wrong and refused answers, and every miss for the confusion details."""

    answerable: int = 0
    correct: int = 0  # answered with an expected entry
    wrong: int = 0  # answered with another entry: the worst outcome
    unanswerable: int = 0
    refused: int = 0  # not answered
    misses: list[tuple[LabelledQuestion, Answer]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of answerable questions answered with an expected entry."""
        return self.correct / self.answerable if self.answerable else 1.0

    @property
    def wrong_rate(self) -> float:
        """Share of answerable questions answered with another entry."""
        return self.wrong / self.answerable if self.answerable else 0.0

    @property
    def refusal_rate(self) -> float:
        """Share of unanswerable questions not answered."""
        return self.refused / self.unanswerable if self.unanswerable else 1.0

    def summary(self) -> str:
        """Two lines of figures."""
        return (
            f"answerable {self.answerable}: top-1 accuracy {self.accuracy:.3f}, "
            f"wrong answers {self.wrong_rate:.3f}\n"
            f"unanswerable {self.unanswerable}: correct refusals {self.refusal_rate:.3f}"
        )

    def details(self) -> str:
        """One line per miss: the question, what was expected and what came back."""
        lines = []
        for question, answer in self.misses:
            expected = ", ".join(sorted(question.expect)) or "(refusal)"
            lines.append(
                f"- {question.text!r} [{question.split}] expected {expected}; got {answer.status.value} "
                f"{answer.entry_id} ({answer.score:.1f})"
                + (f" suggestions {[s.entry_id for s in answer.suggestions]}" if answer.suggestions else "")
            )
        return "\n".join(lines)


def answers_as_expected(engine: Engine, answer: Answer, expect: frozenset[str]) -> bool:
    """True when `answer` gives one of the `expect`ed entries (or a quote one of them cites)."""
    if answer.entry_id is None:
        return False
    if answer.entry_id in expect:
        return True
    # A quote answer counts for an expected entry that cites the same words.
    return answer.entry_id.startswith(QUOTE_PREFIX) and any(
        engine.same_evidence(answer.entry_id, entry_id) for entry_id in expect
    )


def evaluate(engine: Engine, questions: list[LabelledQuestion]) -> Report:
    """Ask every question and count how the engine did."""
    report = Report()
    for question in questions:
        answer = engine.ask(question.text)
        if question.expect:
            report.answerable += 1
            if answer.status is Status.ANSWERED and answers_as_expected(engine, answer, question.expect):
                report.correct += 1
                continue
            if answer.status is Status.ANSWERED:
                report.wrong += 1
        else:
            report.unanswerable += 1
            if answer.status is not Status.ANSWERED:
                report.refused += 1
                continue
        report.misses.append((question, answer))
    return report


@dataclass
class Robustness:
    """How the questions the engine gets right fare when asked again in another form."""

    answerable: int = 0  # answered right as written, asked again
    still_right: int = 0
    wrong: int = 0  # asked again, answered with another entry
    unanswerable: int = 0  # refused as written, asked again
    answered: int = 0  # asked again, answered though the sources do not answer it

    def summary(self) -> str:
        """One line: shares still right and wrong, and unanswerable questions answered."""
        share = self.still_right / max(self.answerable, 1)
        return (
            f"{self.answerable} answerable: {self.still_right} still right ({share:.3f}), "
            f"{self.wrong} wrong, {self.answerable - self.still_right - self.wrong} not answered; "
            f"{self.unanswerable} unanswerable: {self.answered} answered"
        )


def answered_right(engine: Engine, questions: list[LabelledQuestion]) -> list[LabelledQuestion]:
    """The questions the engine gets right as written: answerable ones answered with an expected
    entry, and unanswerable ones refused."""
    right = []
    for question in questions:
        answer = engine.ask(question.text)
        answered = answer.status is Status.ANSWERED
        if not question.expect:
            if not answered:
                right.append(question)
        elif answered and answers_as_expected(engine, answer, question.expect):
            right.append(question)
    return right


def robustness(
    engine: Engine, questions: list[LabelledQuestion], variant: Callable[[str], str | None]
) -> Robustness:
    """Ask `questions` (those `answered_right` gives) again, as `variant` rewrites each (None:
    skip it), and count how they fare."""
    counts = Robustness()
    for question in questions:
        if (rewritten := variant(question.text)) is None:
            continue
        again = engine.ask(rewritten)
        if not question.expect:
            counts.unanswerable += 1
            counts.answered += again.status is Status.ANSWERED
            continue
        counts.answerable += 1
        if again.status is Status.ANSWERED:
            if answers_as_expected(engine, again, question.expect):
                counts.still_right += 1
            else:
                counts.wrong += 1
    return counts
