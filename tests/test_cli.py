"""The `showfaq` command line, in-process through `main()` and as a real `python -m bot` subprocess.

Questions are the FAQ's own canonical questions or clearly unrelated ones, and scores are never
asserted, so tuning the engine does not break these tests.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bot import terminal
from bot.__main__ import EMPTY_QUESTION, NO_TOKEN, main
from bot.core.engine import Engine
from bot.core.knowledge import Pack
from bot.core.models import Answer, FaqEntry, Source, Status, Suggestion

REPO = Path(__file__).resolve().parents[1]
SOURCE_ID = "milo-ventimiglia-jess-rory-2021"
UNRELATED = "what's the capital of france"
SETTINGS_VARS = (
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
    "DISCORD_API_BASE",
    "DISCORD_GATEWAY_URL",
    "KNOWLEDGE_DIR",
    "SEEDS_DIR",
    "LOG_LEVEL",
    "ASK_COOLDOWN_RATE",
    "ASK_COOLDOWN_SECONDS",
)
JSON_KEYS = {"question", "status", "entry_id", "answer", "score", "sources", "suggestions"}
SOURCE_KEYS = {"title", "author", "published", "quote", "url"}


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from an empty folder with no showfaq settings, as a fan's shell would."""
    for name in SETTINGS_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def entry(pack: Pack, entry_id: str) -> FaqEntry:
    found = pack.entry(entry_id)
    assert found is not None, entry_id
    return found


def plain(text: str) -> str:
    """Return terminal output as one line of words: quote-block markers and wrapping removed."""
    words: list[str] = []
    for line in text.splitlines():
        words += line.strip().removeprefix(">").split()
    return " ".join(words)


def child_environ(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Return an environment without showfaq settings, with the checkout importable.

    PYTHONUNBUFFERED is dropped so the child buffers its output as it would for a user; the
    batch test then proves the CLI flushes each answer itself.
    """
    environ = {k: v for k, v in os.environ.items() if k not in (*SETTINGS_VARS, "PYTHONUNBUFFERED")}
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), environ.get("PYTHONPATH")]))
    environ["PYTHONIOENCODING"] = "utf-8"
    environ.update(extra or {})
    return environ


def run_cli(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` in `cwd` and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_environ(env),
        timeout=120,
    )


def popen_cli(*args: str, cwd: Path, **kwargs: Any) -> subprocess.Popen[str]:
    """Start `python -m bot ARGS` in `cwd` for a test that talks to it while it runs."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=child_environ(),
        text=True,
        encoding="utf-8",
        **kwargs,
    )


def broken_copy(tmp_path: Path) -> tuple[Path, int]:
    """Copy the knowledge folder and break one line of faq.yaml; return the folder and that line."""
    knowledge = tmp_path / "broken-knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    faq = knowledge / "faq.yaml"
    lines = faq.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("    question: Who played Luke"))
    lines[number - 1] = "    question: Who: played Luke?\n"
    faq.write_text("".join(lines), encoding="utf-8")
    return knowledge, number


# --- ask ----------------------------------------------------------------------------------------


def test_ask_prints_the_answer_then_the_quote_and_its_source(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    jess = entry(pack, "who-played-jess")
    assert main(["ask", jess.question]) == 0
    out = capsys.readouterr().out
    text = plain(out)
    assert jess.answer in text
    assert f"\u201c{jess.sources[0].quote}\u201d" in text
    assert "Lindsay Weinberg" in text
    assert "September 16, 2021" in text
    assert text.index(jess.answer) < text.index(jess.sources[0].quote) < text.index("Lindsay Weinberg")
    assert all(len(line) <= terminal.WIDTH for line in out.splitlines())


def test_ask_names_the_speaker_of_a_quote(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", entry(pack, "revival-return").question]) == 0
    assert "Milo Ventimiglia said:" in capsys.readouterr().out


def test_ask_json_has_exactly_the_documented_keys(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    jess = entry(pack, "who-played-jess")
    assert main(["ask", "--json", jess.question]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    reply = json.loads(lines[0])
    assert set(reply) == JSON_KEYS
    assert reply["question"] == jess.question
    assert reply["status"] == "answered"
    assert reply["entry_id"] == "who-played-jess"
    assert reply["answer"] == jess.answer
    assert isinstance(reply["score"], int | float)
    assert isinstance(reply["suggestions"], list)
    [source] = reply["sources"]
    assert set(source) == SOURCE_KEYS
    assert source["published"] == "2021-09-16"
    assert dt.date.fromisoformat(source["published"])  # YYYY-MM-DD
    assert source["author"] == "Lindsay Weinberg"
    assert source["quote"] == jess.sources[0].quote
    assert source["url"] is None


def test_ask_unknown_question_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", UNRELATED]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert set(reply) == JSON_KEYS
    assert reply["status"] == "unknown"
    assert reply["answer"] is None
    assert reply["entry_id"] is None
    assert reply["sources"] == []


def test_ask_unknown_question_says_so_and_offers_real_questions(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", UNRELATED]) == 0
    out = capsys.readouterr().out
    assert out.startswith("I don't know \u2014 the sources don't say.")
    offered = re.findall(r"^\s+\d+\. (.+)$", out, flags=re.MULTILINE)
    assert offered
    questions = {e.question for e in pack.entries}
    assert all(q in questions for q in offered)


def test_ask_words_without_quotes_are_one_question(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    jess = entry(pack, "who-played-jess")
    assert main(["ask", "--json", *jess.question.split()]) == 0
    assert json.loads(capsys.readouterr().out)["entry_id"] == "who-played-jess"


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_is_refused(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", question]) == 2
    captured = capsys.readouterr()
    assert captured.err == EMPTY_QUESTION + "\n"
    assert captured.out == ""


def test_ask_stdin_text_mode_answers_each_line(
    pack: Pack, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    jess, luke = entry(pack, "who-played-jess"), entry(pack, "who-played-luke")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{jess.question}\n\n{luke.question}\n"))
    assert main(["ask", "-"]) == 0
    text = plain(capsys.readouterr().out)
    assert text.index(f"Q: {jess.question}") < text.index(jess.answer) < text.index(f"Q: {luke.question}")
    assert text.index(f"Q: {luke.question}") < text.index(luke.answer)


# --- errors -------------------------------------------------------------------------------------


def test_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("usage: showfaq")
    assert err[-1].startswith("showfaq: error: argument COMMAND: invalid choice: 'frobnicate'")
    assert len(err) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "--colour", "red", "who?"], "unrecognized arguments: --colour"),
        (["quote", "-n", "zero"], "expected a whole number, got 'zero'"),
        (["sync", "--guild", "-5"], "expected a number of at least 1"),
    ],
)
def test_bad_option_is_one_line_plus_usage(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("usage: showfaq")
    assert message in err[-1]
    assert "Traceback" not in "\n".join(err)


def test_no_command_shows_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    for name in ("ask", "quote", "checklist", "cast", "check", "sources", "chat", "run", "sync"):
        assert re.search(rf"^\s+{name}\b", err, flags=re.MULTILINE), name


def test_malformed_yaml_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge, line = broken_copy(tmp_path)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge))
    assert main(["ask", "who played jess"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"broken-knowledge/faq.yaml:{line}: malformed YAML: mapping values are not allowed here"
    ]


def test_missing_knowledge_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path / "nowhere"))
    assert main(["cast"]) == 1
    assert capsys.readouterr().err.splitlines() == ["nowhere: knowledge folder not found"]


def test_bad_setting_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    assert main(["check"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "LOG_LEVEL" in line and "LOUD" in line


@pytest.mark.parametrize("argv", [["run"], ["sync"], ["sync", "--guild", "123"]])
def test_discord_commands_need_a_token(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err == NO_TOKEN + "\n"


# --- check and sources --------------------------------------------------------------------------


def test_check_ok_counts_the_pack(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert pack.checklist is not None
    assert capsys.readouterr().out == (
        f"OK: {len(pack.sources)} sources, {len(pack.quotes)} quotes, {len(pack.entries)} entries, "
        f"{len(pack.people)} people, {len(pack.checklist.items)} checklist items\n"
    )


def test_check_lists_every_problem_as_file_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    cast = knowledge / "cast.yaml"
    cast.write_text(
        cast.read_text(encoding="utf-8").replace("pronoun: he", "pronoun: it", 1), encoding="utf-8"
    )
    revival = knowledge / "revival.yaml"
    revival.write_text(revival.read_text(encoding="utf-8").replace("favourable: yes", "favourable: 7", 1))
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge))
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    pronoun_line = cast.read_text(encoding="utf-8").splitlines().index("    pronoun: it") + 1
    favourable_line = revival.read_text(encoding="utf-8").splitlines().index("    favourable: 7") + 1
    assert captured.out.splitlines() == [
        f"knowledge/cast.yaml:{pronoun_line}: pronoun must be he, she or they, not 'it'",
        f"knowledge/revival.yaml:{favourable_line}: checklist item 'favourable' must be true or false, not 7",
    ]
    assert captured.err == "2 problems found.\n"


def test_sources_lists_each_article(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    source = pack.source(SOURCE_ID)
    quotes = sum(q.source_id == SOURCE_ID for q in pack.quotes)
    citing = sum(any(r.source_id == SOURCE_ID for r in e.sources) for e in pack.entries)
    assert out.splitlines()[0] == SOURCE_ID
    assert source.title in out
    assert "by Lindsay Weinberg, September 16, 2021" in out
    assert f"{quotes} quotes, cited by {citing} FAQ entries" in out
    assert "url:" not in out  # none is known
    assert "called: article, interview, podcast" in out  # what "in the interview" points at


def test_sidecar_url_and_outlet_are_shown(
    pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    url = "https://example.com/milo-jess-rory"
    (seeds / f"{SOURCE_ID}.yaml").write_text(f"outlet: Example News\nurl: {url}\n", encoding="utf-8")
    monkeypatch.setenv("SEEDS_DIR", str(seeds))
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert "outlet: Example News" in out
    assert f"url: {url}" in out
    assert main(["ask", entry(pack, "who-played-jess").question]) == 0
    assert f"Example News, September 16, 2021 ({url})" in plain(capsys.readouterr().out)


# --- quote and cast -------------------------------------------------------------------------------


def test_quote_about_a_topic(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    expected = engine.find_quotes("revival")
    assert expected
    assert main(["quote", "revival"]) == 0
    out = capsys.readouterr().out
    text = plain(out)
    for quote in expected:
        assert f"{quote.speaker} said (paragraph {quote.paragraph}):" in text
        assert f"\u201c{quote.text}\u201d" in text
    assert text.count(engine.pack.source(SOURCE_ID).title) == len(expected)


def test_quote_without_topic_shows_one_full_quote(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote"]) == 0
    text = plain(capsys.readouterr().out)
    assert text.count("(paragraph ") == 1
    assert any(f"\u201c{q.text}\u201d" in text for q in pack.quotes if not q.is_fragment)


def test_quote_with_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", "xylophone", "quantum"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "No quote about 'xylophone quantum'" in captured.err


def test_cast_jess_finds_milo_ventimiglia(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cast", "jess"]) == 0
    text = plain(capsys.readouterr().out)
    assert text.startswith("Milo Ventimiglia (also Milo,")
    assert "Played Jess (also called Jess Mariano," in text
    milo = next(p for p in pack.people if p.name == "Milo Ventimiglia")
    assert milo.about and milo.about in text
    assert "Milo, who played bad boy Jess on the show" in text
    assert "Scott Patterson (also" not in text


def test_cast_dean_says_the_sources_do_not_name_his_actor(capsys: pytest.CaptureFixture[str]) -> None:
    # Not Dan Palladino, the closest name spelled like it.
    assert main(["cast", "dean"]) == 0
    text = plain(capsys.readouterr().out)
    assert text.startswith("Dean (also called Dean Forester)")
    assert "not who played them" in text and "he's Team Dean" in text
    assert "Palladino" not in text


def test_cast_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cast", "Kirk", "Gleason"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Nobody called 'Kirk Gleason'" in captured.err


# --- checklist -----------------------------------------------------------------------------------


def test_checklist_all_yes_is_worth_it(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert pack.checklist is not None
    assert main(["checklist", "--answers", "yyyy", "--show", "Veronica Mars"]) == 0
    text = plain(capsys.readouterr().out)
    for item in pack.checklist.items:
        assert item.question in text
    verdict = pack.checklist.verdicts["worth-it"]
    assert f"Verdict for Veronica Mars: {verdict.text}" in text
    assert "In favour:" in text and "Against:" not in text
    assert f"Milo Ventimiglia said: \u201c{verdict.source.quote}\u201d" in text
    assert "Lindsay Weinberg" in text


def test_checklist_all_no_is_wrong_reasons(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert pack.checklist is not None
    assert main(["checklist", "--answers", "n,n,n,n"]) == 0
    text = plain(capsys.readouterr().out)
    assert f"Verdict: {pack.checklist.verdicts['wrong-reasons'].text}" in text
    assert "Against:" in text and "In favour:" not in text


def test_checklist_answers_must_match_the_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", "--answers", "yy"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("--answers needs 4 letters, y or n")


def test_checklist_asks_each_question(
    pack: Pack, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pack.checklist is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\nmaybe\nn\ny\nyes\n"))
    assert main(["checklist"]) == 0
    out = capsys.readouterr().out
    assert "Please answer y or n." in out
    text = plain(out)
    assert f"Verdict: {pack.checklist.verdicts['mixed'].text}" in text
    against = text[text.index("Against:") :]
    assert pack.checklist.items[1].question in against


def test_checklist_left_unfinished(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    assert main(["checklist"]) == 1
    assert capsys.readouterr().err == "The checklist was left unfinished.\n"


# --- chat ----------------------------------------------------------------------------------------


def test_chat_answers_picks_a_suggestion_and_ends_at_eof(
    pack: Pack, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    jess = entry(pack, "who-played-jess")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{jess.question}\n{UNRELATED}\n1\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert out.count("you> ") == 4  # three lines, then end of input
    text = plain(out)
    assert jess.answer in text
    after_unknown = out[out.index("I don't know") :]
    first_offer = re.search(r"^\s+1\. (.+)$", after_unknown, flags=re.MULTILINE)
    assert first_offer is not None
    picked = next(e for e in pack.entries if e.question == first_offer.group(1))
    assert picked.answer in plain(after_unknown[first_offer.end() :])


def test_chat_quit_leaves_before_the_next_line(
    pack: Pack, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    jess = entry(pack, "who-played-jess")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"quit\n{jess.question}\n"))
    assert main(["chat"]) == 0
    assert jess.answer not in plain(capsys.readouterr().out)


# --- rendering ------------------------------------------------------------------------------------


SOURCE = Source("s", "A Title", "Ann Author", dt.date(2021, 9, 6), None, None, (), "s.txt")


def test_uncertain_answer_asks_did_you_mean_and_numbers_the_others() -> None:
    answer = Answer(
        question="jess?",
        status=Status.UNCERTAIN,
        entry_id="a",
        entry_question="Who played Jess?",
        text="Milo did.",
        suggestions=(Suggestion("a", "Who played Jess?", 70), Suggestion("b", "Is Luke Jess's uncle?", 60)),
    )
    choices = terminal.choices_for(answer)
    assert [c.entry_id for c in choices] == ["b"]
    out = terminal.render_answer(answer, choices=choices)
    assert out.startswith("Did you mean: Who played Jess?\n\nMilo did.")
    assert "   1. Is Luke Jess's uncle?" in out
    assert "2." not in out


def test_source_line_shows_the_url_only_when_known() -> None:
    assert terminal.source_line(SOURCE) == "  \u2014 A Title, Ann Author, September 6, 2021"
    with_url = Source("s", "A Title", None, None, "Outlet", "https://x.test/a", (), "s.txt")
    assert terminal.source_line(with_url) == "  \u2014 A Title, Outlet (https://x.test/a)"


# --- real subprocesses, started from a folder that is not the checkout ---------------------------


def test_subprocess_ask_from_any_directory(pack: Pack, elsewhere: Path) -> None:
    jess = entry(pack, "who-played-jess")
    result = run_cli("ask", jess.question, cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert jess.answer in plain(result.stdout)
    assert "Lindsay Weinberg" in result.stdout
    assert result.stderr == ""


def test_subprocess_stdin_batch_gives_one_json_line_per_question_in_order(
    pack: Pack, elsewhere: Path
) -> None:
    questions = [entry(pack, "who-played-jess").question, UNRELATED, entry(pack, "who-played-luke").question]
    result = run_cli(
        "ask", "--json", "-", cwd=elsewhere, stdin="\n".join([questions[0], "", *questions[1:]]) + "\n"
    )
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert all(set(r) == JSON_KEYS for r in replies)
    assert [r["status"] for r in replies][:2] == ["answered", "unknown"]
    assert replies[0]["entry_id"] == "who-played-jess"


def test_subprocess_batch_answers_each_line_before_the_next_arrives(pack: Pack, elsewhere: Path) -> None:
    proc = popen_cli("ask", "--json", "-", cwd=elsewhere, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    replies: list[str] = []
    try:
        for question in (entry(pack, "who-played-jess").question, UNRELATED):
            proc.stdin.write(question + "\n")
            proc.stdin.flush()
            reader = threading.Thread(target=lambda: replies.append(proc.stdout.readline()), daemon=True)
            reader.start()
            reader.join(timeout=30)
            assert not reader.is_alive(), "no answer while stdin was still open: output is not flushed"
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert [json.loads(line)["question"] for line in replies] == [
        entry(pack, "who-played-jess").question,
        UNRELATED,
    ]


def test_subprocess_malformed_yaml_has_no_traceback(tmp_path: Path, elsewhere: Path) -> None:
    knowledge, line = broken_copy(tmp_path)
    result = run_cli("ask", "who played jess", cwd=elsewhere, env={"KNOWLEDGE_DIR": str(knowledge)})
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"broken-knowledge/faq.yaml:{line}: malformed YAML: mapping values are not allowed here"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_subprocess_ctrl_c_exits_130_without_traceback(elsewhere: Path) -> None:
    proc = popen_cli(
        "chat", cwd=elsewhere, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    try:
        banner = proc.stdout.readline()  # the pack is loaded and the prompt is next
        assert banner.startswith("Ask about Gilmore Girls")
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert err.strip() == ""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_subprocess_broken_pipe_is_quiet(elsewhere: Path) -> None:
    proc = popen_cli(
        "ask",
        "--json",
        "-",
        cwd=elsewhere,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head` having read all it wanted
    _, err = proc.communicate(input="who played jess\n" * 50, timeout=60)
    assert proc.returncode != 0
    assert err == ""


def test_terminal_commands_never_import_discord(pack: Pack, elsewhere: Path) -> None:
    code = (
        "import sys\nfrom bot.__main__ import main\n"
        f"code = main(['ask', {entry(pack, 'who-played-jess').question!r}])\n"
        "print('discord' in sys.modules, code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=elsewhere,
        env=child_environ(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.splitlines()[-1] == "False 0", result.stderr
