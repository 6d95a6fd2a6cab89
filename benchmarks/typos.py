"""How one typo changes the engine's answers to the evaluation questions.

    python benchmarks/typos.py [--seeds 3]

Every question the engine answers right (and every unanswerable one it refuses) is asked
again with one typo in one of its words of five letters or more: two letters swapped, one
dropped, one doubled, or one replaced by a neighbour on the keyboard, never the first
letter. Once in a word that carries meaning, once in a stopword ("about", "would",
"really"), for the questions that have one. Seeded, so a run is repeatable. It prints, per
seed and kind of word, how many typo'd answerable questions are still answered right,
answered wrong, or no longer answered, and how many typo'd unanswerable ones are answered.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.analysis import STOPWORDS  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import answers_as_expected, load_questions  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402
from bot.core.models import Status  # noqa: E402

KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def with_typo(word: str, rng: random.Random) -> str:
    """`word` with one typo somewhere after its first letter."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    row = next((row for row in KEYBOARD_ROWS if word[at] in row), None)
    if row is None:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    column = row.index(word[at])
    neighbour = rng.choice([row[n] for n in (column - 1, column + 1) if 0 <= n < len(row)])
    return word[:at] + neighbour + word[at + 1 :]


def typo_variant(question: str, rng: random.Random, *, stopword: bool) -> str | None:
    """`question` with a typo in one of its longer words (stopwords, or the others), or None
    when it has none."""
    words = question.split()
    choices = [
        n for n, w in enumerate(words) if w.isalpha() and len(w) >= 5 and (w.lower() in STOPWORDS) == stopword
    ]
    if not choices:
        return None
    at = rng.choice(choices)
    words[at] = with_typo(words[at], rng)
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=3, help="how many seeded runs (default 3)")
    args = parser.parse_args()
    engine = Engine(load_pack(ROOT / "knowledge", ROOT / "seeds"))
    questions = load_questions(ROOT / "tests" / "data" / "questions.yaml")
    for seed, stopword in itertools.product(range(1, args.seeds + 1), (False, True)):
        rng = random.Random(seed)
        right = wrong = lost = asked = refused_asked = answered_unanswerable = 0
        for question in questions:
            answer = engine.ask(question.text)
            answered = answer.status is Status.ANSWERED
            if question.expect:
                if not (answered and answers_as_expected(engine, answer, question.expect)):
                    continue
            elif answered:
                continue
            typo_d = typo_variant(question.text, rng, stopword=stopword)
            if typo_d is None:
                continue
            again = engine.ask(typo_d)
            if not question.expect:
                refused_asked += 1
                answered_unanswerable += again.status is Status.ANSWERED
                continue
            asked += 1
            if again.status is not Status.ANSWERED:
                lost += 1
            elif answers_as_expected(engine, again, question.expect):
                right += 1
            else:
                wrong += 1
        print(
            f"seed {seed}, {'stopwords' if stopword else 'other words'}: {asked} answerable with a typo: "
            f"{right} still right ({right / asked:.3f}), "
            f"{wrong} wrong, {lost} not answered; {refused_asked} unanswerable with a typo: "
            f"{answered_unanswerable} answered"
        )


if __name__ == "__main__":
    main()
