"""Benchmark the answer engine on one core: build time, question latency, build memory and edits.

    python benchmarks/bench_engine.py [--sizes 1000,10000,100000] [--questions N] [--quick]

Packs: the shipped article pack, and the same pack plus N synthetic entries for each size
(benchmarks/synthetic.py: seeded, realistic, a vocabulary that grows with N). Each pack is
measured in a fresh worker process, so caches start cold as in a freshly started bot and
memory figures do not inherit the previous pack's heap.

Per pack (every timing is shown as wall clock and as this process's CPU time; on a shared
machine the wall figures include slices other processes took from the core):
  build      Engine(pack) time; peak traced memory of a second build under tracemalloc (in its
             own process; skipped when predicted over --trace-seconds, as tracemalloc slows the
             build several times); peak RSS growth of the timed build (VmHWM after a reset).
  ask        the first question after the build on its own (lazy tables), then, after a few
             warm-up questions, latency per question, each asked once, GC on: the `q` of
             tests/data/questions.yaml, plus for synthetic packs --questions generated ones
             (2/3 typo'd, reworded phrasings of synthetic entries, 1/3 unanswerable or off-topic).
  updates    add_entry with a new id, add_entry with an existing id (edit), remove_entry,
             --updates operations each (the first add, right after the questions, also on its
             own); and the first ask after an add that brings new words.
             Beside it, in the same process, the least an inverted index over the same texts
             does (each entry's and quote's texts lower-cased and split on spaces, a set of words
             per document, one posting list per word): the ratio says how much more the engine's
             reading does, and moves much less than the machine's speed does.
  baselines  the same questions, in the same order, against the pack's questions + alternates:
             difflib.get_close_matches(n=1, cutoff=0.6) and rapidfuzz extractOne(WRatio,
             default_process), each timed until --baseline-seconds have passed (at least one
             question). When a single question would exceed that, each question runs against an
             evenly spread sample of the choices and is scaled up. The table says how many
             questions were timed and whether they were scaled; the ratio compares p50s over
             those same questions.

Targets are shown with PASS/FAIL; the script always exits 0. `--quick` (the CI smoke run)
measures the article pack and 1,000 entries only.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import gc
import hashlib
import itertools
import json
import math
import os
import platform
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from benchmarks.synthetic import REAL_QUOTES, edited, make_cast, make_entries, make_questions  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import answers_as_expected  # noqa: E402
from bot.core.knowledge import Pack, load_pack  # noqa: E402
from bot.core.models import FaqEntry, Status  # noqa: E402
from bot.core.text import fold_for_compare  # noqa: E402

ARTICLE = "article"
BIG = 100_000  # the size the scale targets are set for
TRACE_OVERHEAD_GUESS = 8.0  # tracemalloc build time / plain build time, until one is measured
MB = 1024 * 1024


# --- measuring ------------------------------------------------------------------------------


@dataclasses.dataclass
class Samples:
    """Milliseconds per operation: wall clock (what a fan waits) and this process's CPU time.

    On a machine shared with other work the two part: wall time then includes the slices
    other processes took from the core, CPU time does not.
    """

    wall: list[float] = dataclasses.field(default_factory=list)
    cpu: list[float] = dataclasses.field(default_factory=list)

    def time(self, fn: Callable[[], Any], scale: float = 1.0) -> Any:
        wall, cpu = time.perf_counter_ns(), time.process_time_ns()
        result = fn()
        self.cpu.append((time.process_time_ns() - cpu) / 1e6 * scale)
        self.wall.append((time.perf_counter_ns() - wall) / 1e6 * scale)
        return result

    def to_json(self) -> dict[str, list[float]]:
        return {"wall": self.wall, "cpu": self.cpu}


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0-1) of `values`; NaN when there are none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def pin_to_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc.__class__.__name__})"


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    """Reset this process's RSS high-water mark (Linux: clear_refs 5); False when not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _maxrss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class RssPeak:
    """Peak RSS growth over a block: VmHWM after a reset, else ru_maxrss growth (a lower bound)."""

    def __enter__(self) -> RssPeak:
        gc.collect()
        self.exact = _reset_peak_rss() and _status_kb("VmHWM") is not None
        self.before = (_status_kb("VmRSS") if self.exact else None) or _maxrss_kb()
        return self

    def __exit__(self, *exc: object) -> None:
        after = (_status_kb("VmHWM") if self.exact else None) or _maxrss_kb()
        self.delta_mb = max(0, after - self.before) / 1024


# --- packs and questions ----------------------------------------------------------------------


def real_pack() -> Pack:
    return load_pack(ROOT / "knowledge", ROOT / "seeds")


def source_id_with_quotes(pack: Pack) -> str:
    """The article the synthetic entries cite; every quote they use must be verbatim in it."""
    for source in pack.sources.values():
        text = fold_for_compare(" ".join(source.paragraphs))
        if all(fold_for_compare(q) in text for q in REAL_QUOTES):
            return source.id
    raise SystemExit("no source in seeds/ contains the quotes synthetic entries cite")


def faq_questions() -> list[tuple[str, frozenset[str] | None]]:
    """The `q` of tests/data/questions.yaml, with the ids that answer it (None: unanswerable)."""
    import yaml

    data = yaml.safe_load((ROOT / "tests" / "data" / "questions.yaml").read_text(encoding="utf-8"))
    found: list[tuple[str, frozenset[str] | None]] = [
        (item["q"], frozenset(item["expect"])) for item in data["answerable"]
    ]
    return found + [(item["q"], None) for item in data["unanswerable"]]


def build_pack(spec: str) -> tuple[Pack, list[FaqEntry], str]:
    pack = real_pack()
    source_id = source_id_with_quotes(pack)
    if spec == ARTICLE:
        return pack, [], source_id
    synthetic = make_entries(int(spec), source_id)
    return dataclasses.replace(pack, entries=pack.entries + tuple(synthetic)), synthetic, source_id


def question_mix(synthetic: list[FaqEntry], count: int) -> list[tuple[str, str, frozenset[str] | None]]:
    """(kind, text, expected ids) in a seeded shuffled order; kind is "faq" or "generated"."""
    mix = [("faq", q, expect) for q, expect in faq_questions()]
    if synthetic:
        mix += [("generated", q, frozenset({i}) if i else None) for q, i in make_questions(synthetic, count)]
    random.Random("mix").shuffle(mix)
    return mix


# --- one pack, in a worker process -----------------------------------------------------------


def measure_memory(spec: str) -> dict[str, Any]:
    pack, _, _ = build_pack(spec)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    build = Samples()
    build.time(lambda: Engine(pack))
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return {"trace_peak_mb": peak / MB, "trace_seconds": build.wall[0] / 1e3}


def measure(spec: str, questions: int, updates: int, baseline_seconds: float) -> dict[str, Any]:
    out: dict[str, Any] = {"engine": engine_fingerprint()}
    started = time.perf_counter(), time.process_time()
    generate = Samples()
    pack, synthetic, source_id = generate.time(lambda: build_pack(spec))
    out["generate_seconds"] = generate.wall[0] / 1e3
    out["entries"], out["quotes"] = len(pack.entries), len(pack.quotes)
    mix = question_mix(synthetic, questions)

    build = Samples()
    with RssPeak() as rss:
        engine = build.time(lambda: Engine(pack))
    out["build"] = build.to_json()
    bare = Samples()
    bare.time(lambda: bare_index(pack))
    out["bare_index"] = bare.to_json()
    out["rss_peak_mb"], out["rss_exact"] = rss.delta_mb, rss.exact

    # The first question after a build pays for whatever the engine builds lazily (typo tables,
    # cached weights): timed on its own, then a few more warm-ups (not in the mix) so the mix
    # measures a bot that has been up for a while.
    first = Samples()
    first.time(lambda: engine.ask("wich actres playd the mom on that show"))
    out["first_ask"] = first.to_json()
    for warm in ("hello there", "who is in the show", "when did it air", "whos the directr"):
        engine.ask(warm)
    gc.collect()
    ask = Samples()
    outcomes: dict[str, list[int]] = {}
    for kind, text, expect in mix:
        answer = ask.time(lambda t=text: engine.ask(t))
        tally = outcomes.setdefault(f"{kind} {'answerable' if expect else 'unanswerable'}", [0, 0, 0])
        if answer.status is not Status.ANSWERED:
            tally[2] += 1  # refused (uncertain or unknown)
        elif expect and answers_as_expected(engine, answer, expect):
            tally[0] += 1  # right
        else:
            tally[1] += 1  # wrong
    out["ask"], out["questions"], out["outcomes"] = ask.to_json(), len(mix), outcomes

    out.update(measure_updates(engine, pack, synthetic, source_id, mix, updates))
    out.update(measure_baselines(pack, mix, baseline_seconds))
    out["cpu_share"] = (time.process_time() - started[1]) / (time.perf_counter() - started[0])
    return out


def bare_index(pack: Pack) -> dict[str, list[int]]:
    """The least an inverted index over the pack's texts does: no stemming, stopwords, phrases,
    names or typo tables; each document's space-separated words, once each, into one list per word."""
    texts = [(e.question, *e.alternates, e.answer, *e.tags) for e in pack.entries]
    texts += [(quote.text, quote.sentence) for quote in pack.quotes]
    postings: dict[str, list[int]] = {}
    for slot, document in enumerate(texts):
        for word in set(" ".join(document).lower().split()):
            postings.setdefault(word, []).append(slot)
    return postings


def measure_updates(
    engine: Engine,
    pack: Pack,
    synthetic: list[FaqEntry],
    source_id: str,
    mix: list[tuple[str, str, frozenset[str] | None]],
    count: int,
) -> dict[str, Any]:
    """Add `count` new entries, edit `count` existing ones, remove the added ones; then asks after adds."""
    rng = random.Random("updates")
    # New entries drawn from the pack's own names: a moderator adding one more question.
    fresh = make_entries(count, source_id, seed=7, start=10**7, cast=make_cast(max(len(synthetic), 200)))
    existing = synthetic or list(pack.entries)
    gc.collect()
    add, edit, remove = Samples(), Samples(), Samples()
    for entry in fresh:
        add.time(lambda e=entry: engine.add_entry(e))
    for entry in [edited(rng.choice(existing), rng) for _ in range(count)]:
        edit.time(lambda e=entry: engine.add_entry(e))
    for entry in fresh:
        remove.time(lambda i=entry.id: engine.remove_entry(i))

    # The first question after an add that brings words the knowledge never had (new names):
    # whatever the add deferred (e.g. rebuilding typo-correction tables) is paid here.
    strangers = make_entries(
        min(count, 50), source_id, seed=11, start=2 * 10**7, cast=make_cast(400, seed=4242)
    )
    asked = [text for _, text, expect in mix if expect]
    after_add = Samples()
    for entry, question in zip(strangers, itertools.cycle(asked), strict=False):
        engine.add_entry(entry)
        after_add.time(lambda q=question: engine.ask(q))
    for entry in strangers:
        engine.remove_entry(entry.id)
    return {
        "add": add.to_json(),
        "edit": edit.to_json(),
        "remove": remove.to_json(),
        "ask_after_add": after_add.to_json(),
    }


PROBE_CHOICES = 5000  # choices a baseline is first tried on, to predict one question's cost


def time_baseline(
    fn: Callable[[str, list[str]], object], texts: list[str], choices: list[str], budget: float
) -> dict[str, Any]:
    """Time `fn(question, choices)` over `texts` in order until `budget` seconds have passed.

    When one question over all the choices would alone take longer than the budget, each
    question is timed against an evenly spread sample of the choices instead and scaled
    up (the baselines are linear scans), and the result says so.
    """
    gc.collect()
    sample = choices[:: max(1, len(choices) // PROBE_CHOICES)]
    probe = Samples()
    probe.time(lambda: fn(texts[0], sample))
    factor = len(choices) / len(sample)
    extrapolated = probe.wall[0] / 1e3 * factor > budget and len(sample) < len(choices)
    use, scale = (sample, factor) if extrapolated else (choices, 1.0)
    found = Samples()
    for text in texts:
        found.time(lambda t=text: fn(t, use), scale)
        if sum(found.wall) / scale / 1e3 >= budget:
            break
    return {**found.to_json(), "extrapolated_from": len(sample) if extrapolated else None}


def measure_baselines(
    pack: Pack, mix: list[tuple[str, str, frozenset[str] | None]], budget: float
) -> dict[str, Any]:
    choices = [text for entry in pack.entries for text in (entry.question, *entry.alternates)]
    lowered = [c.lower() for c in choices]
    texts = [text for _, text, _ in mix]

    def close_matches(text: str, among: list[str]) -> object:
        return difflib.get_close_matches(text.lower(), among, n=1, cutoff=0.6)

    def extract_one(text: str, among: list[str]) -> object:
        return process.extractOne(text, among, scorer=fuzz.WRatio, processor=utils.default_process)

    return {
        "choices": len(choices),
        "difflib": time_baseline(close_matches, texts, lowered, budget),
        "rapidfuzz": time_baseline(extract_one, texts, choices, budget),
    }


# --- the report --------------------------------------------------------------------------------


def machine() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = f", {len(os.sched_getaffinity(0))} usable by this process"
    except AttributeError:
        usable = ""
    try:
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = ""
    return [
        f"platform: {platform.platform()}",
        f"python:   {platform.python_implementation()} {platform.python_version()}",
        f"cpu:      {cpu}",
        f"cores:    {os.cpu_count()} online{usable}{load}",
    ]


def ms(value: float) -> str:
    if math.isnan(value):
        return "-"
    if value >= 1000:
        return f"{value / 1e3:.2f} s"
    return f"{value:.3f} ms" if value < 10 else f"{value:.1f} ms"


def p50_p99(values: Sequence[float]) -> str:
    return f"{ms(percentile(values, 0.5))} / {ms(percentile(values, 0.99))}"


class Table:
    HEADER = ("metric", "wall (p50 / p99)", "cpu (p50 / p99)", "target", "")

    def __init__(self, pack: str) -> None:
        self.pack = pack
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.verdicts: list[tuple[str, str]] = []

    def row(self, metric: str, wall: str, cpu: str = "", target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        self.rows.append((metric, wall, cpu, target, verdict))
        if ok is not None:
            self.verdicts.append((verdict, f"{self.pack}: {metric} {target}"))

    def timing(
        self, metric: str, samples: dict[str, list[float]], target: str = "", limit: float | None = None
    ) -> None:
        """A p50 / p99 row; with `limit`, the target is p99 under `limit` ms of wall time."""
        wall, cpu = samples["wall"], samples["cpu"]
        ok = None if limit is None else percentile(wall, 0.99) < limit
        if limit is not None and (percentile(cpu, 0.99) < limit) != ok:
            target += f" (on cpu time: {'PASS' if not ok else 'FAIL'})"
        self.row(metric, p50_p99(wall), p50_p99(cpu), target, ok)

    def render(self) -> list[str]:
        rows = [self.HEADER, *self.rows]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        return [
            "  " + "  ".join(f"{c:<{w}}" for c, w in zip(r, [*widths, 4], strict=True)).rstrip() for r in rows
        ]


def report_pack(
    spec: str, result: dict[str, Any], memory: dict[str, Any] | str, baseline_budget: float
) -> tuple[list[str], list[tuple[str, str]]]:
    big = spec == str(BIG)
    article = spec == ARTICLE
    name = "article pack" if article else f"synthetic {int(spec):,}"
    table = Table(name)
    questions = result["questions"]

    build = result["build"]
    table.row(
        "build Engine(pack)",
        ms(build["wall"][0]),
        ms(build["cpu"][0]),
        "< 5 s" if big else "",
        build["wall"][0] < 5000 if big else None,
    )
    bare = result["bare_index"]
    table.row(
        "baseline: bare inverted index build",
        ms(bare["wall"][0]),
        ms(bare["cpu"][0]),
        f"showfaq build {build['wall'][0] / max(bare['wall'][0], 1e-9):,.1f}x this",
    )
    rss = result["rss_peak_mb"]
    if isinstance(memory, dict):
        peak = memory["trace_peak_mb"]
        table.row(
            "build peak memory, tracemalloc",
            f"{peak:.1f} MB",
            "",
            "< 300 MB" if big else "",
            peak < 300 if big else None,
        )
    else:
        table.row("build peak memory, tracemalloc", "skipped (see below)")
    how = "VmHWM - VmRSS" if result["rss_exact"] else "ru_maxrss growth"
    rss_judged = big and not isinstance(memory, dict)
    table.row(
        f"build peak RSS growth ({how})",
        f"{rss:.1f} MB",
        "",
        "< 300 MB (RSS)" if rss_judged else "",
        rss < 300 if rss_judged else None,
    )
    ask_target, ask_limit = ("p99 < 1 ms", 1.0) if article else ("p99 < 5 ms", 5.0) if big else ("", None)
    table.row(
        "first ask after the build (a typo)",
        ms(result["first_ask"]["wall"][0]),
        ms(result["first_ask"]["cpu"][0]),
    )
    table.timing(f"ask (n={questions})", result["ask"], ask_target, ask_limit)
    # The first edit after a stretch of questions pays for whatever the questions left cached.
    table.row(
        "first add_entry after the questions",
        ms(result["add"]["wall"][0]),
        ms(result["add"]["cpu"][0]),
    )
    for key, label in (
        ("add", "add_entry, new id"),
        ("edit", "add_entry, same id (edit)"),
        ("remove", "remove_entry"),
    ):
        samples = result[key]
        table.timing(
            f"{label} (n={len(samples['wall'])})",
            samples,
            "p99 < 10 ms" if big else "",
            10.0 if big else None,
        )
    after = result["ask_after_add"]
    table.timing(f"ask right after an add with new words (n={len(after['wall'])})", after)
    for key, label in (
        ("difflib", "difflib get_close_matches"),
        ("rapidfuzz", "rapidfuzz extractOne WRatio"),
    ):
        timing = result[key]
        n = len(timing["wall"])
        showfaq = percentile(result["ask"]["wall"][:n], 0.5)
        ratio = percentile(timing["wall"], 0.5) / showfaq if showfaq else math.nan
        table.timing(f"baseline: {label} (n={n})", timing)
        table.rows[-1] = (*table.rows[-1][:3], f"{ratio:,.1f}x showfaq p50 on the same {n}", "")

    lines = [
        f"== {name}: {result['entries']:,} entries + {result['quotes']} quotes, {questions} questions, "
        f"{result['choices']:,} baseline choices ==",
        *table.render(),
    ]
    if not isinstance(memory, dict):
        lines.append(f"  tracemalloc: {memory}; the RSS growth stands in for it")
    for key in ("difflib", "rapidfuzz"):
        timing, n = result[key], len(result[key]["wall"])
        notes = []
        if n < questions:
            notes.append(f"timed on the first {n} of {questions} questions ({baseline_budget:g} s budget)")
        if timing["extrapolated_from"]:
            notes.append(
                f"each scaled up from {timing['extrapolated_from']:,} evenly spread of the "
                f"{result['choices']:,} choices (one full question would exceed the budget)"
            )
        if notes:
            lines.append(f"  {key}: {'; '.join(notes)}")
    groups = "; ".join(
        f"{group} {sum(t)}: {t[0]} right, {t[1]} wrong, {t[2]} not answered"
        for group, t in sorted(result["outcomes"].items())
    )
    lines.append(f"  showfaq outcomes: {groups}")
    share = result["cpu_share"]
    busy = "" if share >= 0.9 else " - other processes took the core part of the time; trust the cpu column"
    lines.append(f"  worker cpu time / wall time: {share:.2f}{busy}")
    return lines, table.verdicts


def engine_fingerprint() -> str:
    """A short hash of bot/core/*.py, so a run can tell when the engine changed under it."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "bot" / "core").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def engine_version() -> str:
    """The commit the engine comes from, and whether bot/core differs from it (read-only git)."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = " + uncommitted changes in bot/core" if git("status", "--porcelain", "--", "bot/core") else ""
    return f"commit {commit}{dirty}; bot/core sha256 {engine_fingerprint()}"


def run_worker(args: list[str], timeout: float | None = None) -> dict[str, Any] | None:
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"worker {' '.join(args)} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000", help="synthetic pack sizes, comma-separated")
    parser.add_argument("--questions", type=int, default=300, help="generated questions per synthetic pack")
    parser.add_argument("--updates", type=int, default=200, help="operations timed per update kind")
    parser.add_argument(
        "--quick", action="store_true", help="article pack and 1,000 entries only (CI smoke run)"
    )
    parser.add_argument(
        "--baseline-seconds",
        type=float,
        default=None,
        help="time per baseline per pack (default 5; quick: 1)",
    )
    parser.add_argument(
        "--trace-seconds",
        type=float,
        default=90.0,
        help="skip the tracemalloc build when it would take longer than this (default 90)",
    )
    parser.add_argument("--worker", choices=["measure", "memory"], help=argparse.SUPPRESS)
    parser.add_argument("--pack", help=argparse.SUPPRESS)
    args = parser.parse_args()
    baseline = args.baseline_seconds if args.baseline_seconds is not None else (1.0 if args.quick else 5.0)

    if args.worker:
        pin_to_one_core()
        if args.worker == "memory":
            result = measure_memory(args.pack)
        else:
            result = measure(args.pack, args.questions, args.updates, baseline)
        print(json.dumps(result))
        return 0

    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    print("showfaq engine benchmark")
    for line in machine():
        print(line)
    print(f"engine:   {engine_version()}")
    print(f"affinity: {pin_to_one_core()}; each pack measured in a fresh worker process on that core")
    print(
        f"settings: questions.yaml + {args.questions} generated questions per synthetic pack, each asked once"
        f" (GC on); {args.updates} operations per update kind;\n"
        f"          baselines timed for up to {baseline:g} s each per pack; "
        f"tracemalloc build skipped when predicted over {args.trace_seconds:g} s"
    )
    print()
    verdicts: list[tuple[str, str]] = []
    engines: set[str] = set()
    overhead = TRACE_OVERHEAD_GUESS
    for spec in [ARTICLE, *(str(s) for s in sizes)]:
        common = ["--questions", str(args.questions), "--updates", str(args.updates)]
        result = run_worker(
            ["--worker", "measure", "--pack", spec, "--baseline-seconds", str(baseline), *common]
        )
        assert result is not None
        engines.add(result["engine"])
        build_seconds = result["build"]["wall"][0] / 1e3
        predicted = build_seconds * overhead + result["generate_seconds"]
        memory: dict[str, Any] | str
        if predicted > args.trace_seconds:
            memory = f"skipped: predicted ~{predicted:.0f} s (tracemalloc build ~{overhead:.0f}x slower)"
        else:
            traced = run_worker(["--worker", "memory", "--pack", spec], timeout=args.trace_seconds * 2)
            if traced is None:
                memory = f"skipped: still running after {args.trace_seconds * 2:.0f} s"
            else:
                memory = traced
                overhead = max(1.0, traced["trace_seconds"] / max(build_seconds, 1e-9))
        lines, pack_verdicts = report_pack(spec, result, memory, baseline)
        print("\n".join(lines))
        print()
        verdicts += pack_verdicts
    print("targets (judged on wall time)")
    for verdict, label in verdicts:
        print(f"  {verdict}  {label}")
    if len(engines) > 1:
        print(
            f"\nWARNING: bot/core changed during the run ({', '.join(sorted(engines))}): "
            "the packs were measured on different engines"
        )
    print(f"\nwhole run: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
