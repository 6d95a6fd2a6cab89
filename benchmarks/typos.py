"""How one typo changes the engine's answers to the evaluation questions.

    python benchmarks/typos.py [--seeds 3]

Every question the engine answers right (and every unanswerable one it refuses) is asked
again with one typo in one of its words of five letters or more: two letters swapped, one
dropped, one doubled, or one replaced by a neighbour on the keyboard, never the first
letter. Once in a word that carries meaning, once in a stopword ("about", "would",
"really"), for the questions that have one. Seeded by the seed and the question itself, so
a run is repeatable and a question gets the same typo whichever other questions the code
under test answers right (runs on two versions of the engine compare). It prints, per
seed and kind of word, how many typo'd answerable questions are still answered right,
answered wrong, or no longer answered, and how many typo'd unanswerable ones are answered.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.analysis import STOPWORDS  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import answered_right, load_questions, robustness  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402

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


def typo_variant(question: str, seed: int, *, stopword: bool) -> str | None:
    """`question` with a typo in one of its longer words (stopwords, or the others), or None
    when it has none."""
    rng = random.Random(f"{seed}\0{question}")
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
    questions = answered_right(engine, load_questions(ROOT / "tests" / "data" / "questions.yaml"))
    for seed, stopword in itertools.product(range(1, args.seeds + 1), (False, True)):
        variant = partial(typo_variant, seed=seed, stopword=stopword)
        counts = robustness(engine, questions, variant)
        print(f"seed {seed}, {'stopwords' if stopword else 'other words'}, with a typo: {counts.summary()}")


if __name__ == "__main__":
    main()
