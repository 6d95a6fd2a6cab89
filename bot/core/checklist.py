"""Milo's "right reasons" test for a revival: one question at a time, then a verdict that says why.

The session is an immutable value, so an adapter can keep it in a button's view, a
terminal loop or a test without sharing state.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Checklist, ChecklistItem, Verdict


@dataclass(frozen=True, slots=True)
class Outcome:
    """The verdict, with the answers that decided it."""

    verdict: Verdict
    show: str | None
    for_it: tuple[ChecklistItem, ...]  # answered the way that speaks for a revival
    against_it: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class ChecklistSession:
    """One fan's run through the checklist: the answers so far."""

    checklist: Checklist
    show: str | None = None
    answers: tuple[bool, ...] = ()

    @property
    def done(self) -> bool:
        """True when every question has been answered."""
        return len(self.answers) >= len(self.checklist.items)

    @property
    def step(self) -> int:
        """1-based number of the question now asked."""
        return len(self.answers) + 1

    @property
    def total(self) -> int:
        """How many questions the checklist has."""
        return len(self.checklist.items)

    def current(self) -> ChecklistItem | None:
        """The question to ask now, or None when finished."""
        return None if self.done else self.checklist.items[len(self.answers)]

    def answer(self, yes: bool) -> ChecklistSession:
        """Return the session with the current question answered; answering a finished one is an error."""
        if self.done:
            raise ValueError("the checklist is already finished")
        return ChecklistSession(self.checklist, self.show, (*self.answers, yes))

    def outcome(self) -> Outcome:
        """Return the verdict: worth it when every answer speaks for it, wrong reasons when none does."""
        if not self.done:
            raise ValueError("the checklist is not finished yet")
        pairs = list(zip(self.checklist.items, self.answers, strict=True))
        for_it = tuple(item for item, yes in pairs if yes == item.favourable)
        against_it = tuple(item for item, yes in pairs if yes != item.favourable)
        if not against_it:
            key = "worth-it"
        elif not for_it:
            key = "wrong-reasons"
        else:
            key = "mixed"
        return Outcome(self.checklist.verdicts[key], self.show, for_it, against_it)
