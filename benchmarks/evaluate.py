"""Score the engine on tests/data/questions.yaml and print the confusion details.

python benchmarks/evaluate.py [--split tune|holdout|all] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import evaluate, load_questions  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["tune", "holdout", "all"], default="all")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    engine = Engine(load_pack(ROOT / "knowledge", ROOT / "seeds"))
    questions = load_questions(ROOT / "tests" / "data" / "questions.yaml")
    report = evaluate(engine, [q for q in questions if args.split in ("all", q.split)])
    print(report.summary())
    if args.verbose:
        print(report.details())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
