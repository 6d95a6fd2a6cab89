"""Score the engine on tests/data/questions.yaml, beside a plain rapidfuzz baseline.

    python benchmarks/evaluate.py [--split tune|holdout|all] [--verbose] [--questions PATH]

The baseline is what a FAQ bot usually starts as: rapidfuzz's `extractOne` with `WRatio`
over every curated question and alternate, answering when the score clears a threshold.
Its threshold is chosen after the fact, on the very questions it is scored on, so the
baseline's figures are the best it could ever show.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import LabelledQuestion, evaluate, load_questions  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402


def baseline(engine: Engine, questions: list[LabelledQuestion]) -> str:
    """Best accuracy of `extractOne(WRatio)` whose refusals stay at or above 0.95 (or the best it gets)."""
    choices = {
        (entry.id, n): text
        for entry in engine.entries()
        for n, text in enumerate((entry.question, *entry.alternates))
    }
    best_hits = []
    for question in questions:
        hit = process.extractOne(question.text, choices, scorer=fuzz.WRatio, processor=utils.default_process)
        best_hits.append((hit[1], hit[2][0]) if hit else (0.0, None))
    answerable = [(q, h) for q, h in zip(questions, best_hits, strict=True) if q.expect]
    unanswerable = [(q, h) for q, h in zip(questions, best_hits, strict=True) if not q.expect]
    rows = []
    for threshold in range(0, 101):
        correct = sum(1 for q, (score, key) in answerable if score >= threshold and key in q.expect)
        wrong = sum(1 for q, (score, key) in answerable if score >= threshold and key not in q.expect)
        refused = sum(1 for _, (score, _key) in unanswerable if score < threshold)
        rows.append(
            (
                refused / max(len(unanswerable), 1) >= 0.95,
                correct / max(len(answerable), 1),
                refused / max(len(unanswerable), 1),
                wrong / max(len(answerable), 1),
                threshold,
            )
        )
    _meets_bar, accuracy, refusals, wrong, threshold = max(rows)
    return (
        f"baseline extractOne(WRatio) at its best threshold {threshold}: top-1 accuracy {accuracy:.3f}, "
        f"wrong answers {wrong:.3f}, correct refusals {refusals:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["tune", "holdout", "all"], default="all")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--questions",
        type=Path,
        default=ROOT / "tests" / "data" / "questions.yaml",
        help="labelled questions in the same form (e.g. benchmarks/data/red_team_1.yaml)",
    )
    args = parser.parse_args()
    expected = "'answerable' and 'unanswerable' lists of items with a 'q' (and 'expect' when answerable)"
    try:
        labelled = load_questions(args.questions)
    except (OSError, yaml.YAMLError) as error:
        parser.error(f"--questions: cannot read {args.questions}: {error}")
    except KeyError as error:
        parser.error(f"--questions: {args.questions} has no {error}: it needs {expected}")
    except TypeError as error:
        parser.error(f"--questions: {args.questions} is not shaped as {expected} ({error})")
    engine = Engine(load_pack(ROOT / "knowledge", ROOT / "seeds"))
    questions = [q for q in labelled if args.split in ("all", q.split)]
    report = evaluate(engine, questions)
    print(report.summary())
    print(baseline(engine, questions))
    if args.verbose:
        print(report.details())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
