"""How chat padding around a question changes the engine's answers.

    python benchmarks/padding.py

Fans wrap questions in chat: "ok dumb question but ...", "... thanks in advance", "... brb
dinner". Every question the engine answers right (and every unanswerable one it refuses)
is asked again with an opener before it, a remark after it, or both, drawn (seeded) from
the lists in benchmarks/data/chat_padding_*.yaml, each written by someone who never saw
the engine, its lexicon or the other lists (README's "Answer quality" says which have
been read since; the newest is held out). Each question's padding is drawn from a seed and
the question itself, so it is the same on every run and on any version of the engine that
answers that question right. It prints, per list and placement, how many
answerable questions are still answered right, answered wrong, or no longer answered, and
how many unanswerable ones are answered.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import answered_right, load_questions, robustness  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402

PADDING = sorted((ROOT / "benchmarks" / "data").glob("chat_padding_*.yaml"))


def padded(text: str, *, padding: dict[str, list[str]], placement: str, seed: str) -> str:
    """`text` with an opener before it, a remark after it, or both."""
    rng = random.Random(f"{seed}\0{placement}\0{text}")
    opener = rng.choice(padding["leads"]) if placement != "remark" else ""
    remark = rng.choice(padding["tails"]) if placement != "opener" else ""
    return opener + text + remark


def main() -> None:
    engine = Engine(load_pack(ROOT / "knowledge", ROOT / "seeds"))
    questions = answered_right(engine, load_questions(ROOT / "tests" / "data" / "questions.yaml"))
    for path in PADDING:
        padding = yaml.safe_load(path.read_text(encoding="utf-8"))
        for placement in ("opener", "remark", "both"):
            variant = partial(padded, padding=padding, placement=placement, seed=path.stem)
            print(f"{path.stem}, {placement}: {robustness(engine, questions, variant).summary()}")


if __name__ == "__main__":
    main()
