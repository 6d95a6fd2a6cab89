"""The `showfaq` command line: parse arguments, read settings, load the pack, dispatch.

Terminal commands never import discord; `run` and `sync` import the bot only when asked.
Every failure a user can fix becomes one line on stderr and an exit code, here and only here:
0 done, 1 nothing found or the pack has problems, 2 usage or configuration, 130 Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from bot import terminal
from bot.core.checklist import ChecklistSession
from bot.core.engine import Engine
from bot.core.knowledge import Pack, PackError, collect_pack, load_pack
from bot.core.models import Answer, Suggestion
from bot.core.yamlfile import Problem
from bot.settings import Settings, SettingsError

PROG = "showfaq"
EMPTY_QUESTION = 'Ask a question: showfaq ask "who played Jess?"'
NO_TOKEN = "DISCORD_TOKEN is not set: copy .env.example to .env and add your bot token"
QUIT_WORDS = frozenset({"quit", "exit"})
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool stopped by SIGPIPE, e.g. `showfaq sources | head`


class CommandError(Exception):
    """A failure the user can fix: `main` prints the message on one line and exits with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


# --- shared helpers ------------------------------------------------------------------------------


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _shown(problem: Problem) -> str:
    """Return the problem with its path relative to the working directory when that is shorter."""
    path = Path(problem.path)
    try:
        relative = path.relative_to(Path.cwd()) if path.is_absolute() else path
    except ValueError:
        relative = path
    return str(Problem(str(relative), problem.line, problem.message))


def _pack(settings: Settings) -> Pack:
    return load_pack(settings.knowledge_dir, settings.seeds_dir)


def _engine(settings: Settings) -> Engine:
    return Engine(_pack(settings))


def _read(prompt: str) -> str:
    """Read a line after `prompt`; echo it when stdin is piped, so the transcript reads like a session."""
    line = input(prompt)
    if not sys.stdin.isatty():
        _out(line)
    return line


def _tolerate_bad_input() -> None:
    """Read undecodable bytes on stdin as U+FFFD instead of stopping with a traceback."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")


def _words(parts: Sequence[str]) -> str:
    return " ".join(parts).strip()


# --- ask and chat --------------------------------------------------------------------------------


def _print_answer(answer: Answer, *, as_json: bool) -> None:
    if as_json:
        _out(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        _out(terminal.render_answer(answer, choices=terminal.choices_for(answer)))


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer one question, or one per line of stdin when the question is "-"."""
    question = _words(args.question)
    if not question:
        raise CommandError(EMPTY_QUESTION, 2)
    engine = _engine(settings)
    if question != "-":
        _print_answer(engine.ask(question), as_json=args.json)
        return 0
    _tolerate_bad_input()
    first = True
    # readline, not iteration, so each answer goes out before the next question arrives.
    for line in iter(sys.stdin.readline, ""):
        asked = line.strip()
        if not asked:
            continue
        if not args.json:
            _out(("" if first else "\n") + f"Q: {asked}")
        first = False
        _print_answer(engine.ask(asked), as_json=args.json)
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """Answer questions typed at a prompt until quit, exit or end of input."""
    engine = _engine(settings)
    _tolerate_bad_input()
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())
    _out("Ask about Gilmore Girls; answers come only from the sources. Type quit to leave.")
    choices: tuple[Suggestion, ...] = ()
    while True:
        try:
            text = _read("you> ").strip()
        except EOFError:
            _out()
            return 0
        if not text:
            continue
        if text.casefold() in QUIT_WORDS:
            return 0
        answer: Answer | None
        if text.isdigit():
            number = int(text)
            if not choices:
                _out("There is nothing to pick from just now; ask a question.")
                continue
            if not 1 <= number <= len(choices):
                _out(f"Pick a number from 1 to {len(choices)}, or ask a question.")
                continue
            answer = engine.answer_entry(choices[number - 1].entry_id)
            if answer is None:  # the entry went away since it was offered
                _out("That answer is no longer available.")
                continue
        else:
            answer = engine.ask(text)
        choices = terminal.choices_for(answer)
        hint = "Type a number to see that answer." if choices else None
        _out(terminal.render_answer(answer, choices=choices, hint=hint) + "\n")


# --- browsing ------------------------------------------------------------------------------------


def cmd_quote(args: argparse.Namespace, settings: Settings) -> int:
    """Print the quotes that best match a topic, or a random one."""
    topic = _words(args.topic) or None
    engine = _engine(settings)
    quotes = engine.find_quotes(topic, limit=args.limit)
    if not quotes:
        if topic is None:
            raise CommandError("The sources have no quotes.", 1)
        raise CommandError(f"No quote about {topic!r} in the sources; try a person or a subject.", 1)
    _out("\n\n".join(terminal.render_quote(q, engine.pack.source(q.source_id)) for q in quotes))
    return 0


def cmd_cast(args: argparse.Namespace, settings: Settings) -> int:
    """Print who is who, from the sources."""
    name = _words(args.name) or None
    engine = _engine(settings)
    if name and (character := engine.unplayed_character(name)) is not None:
        _out(terminal.render_unplayed_character(character, engine.pack.sources))
        return 0
    people = engine.find_people(name)
    if not people:
        raise CommandError(
            f"Nobody called {name!r} is in the sources; run `showfaq cast` to list everyone.", 1
        )
    _out("\n\n".join(terminal.render_person(p, engine.pack.sources) for p in people))
    return 0


def cmd_sources(args: argparse.Namespace, settings: Settings) -> int:
    """Print each article with its metadata and how much of the pack cites it."""
    pack = _pack(settings)
    summaries = []
    for source in pack.sources.values():
        quotes = sum(1 for q in pack.quotes if q.source_id == source.id)
        entries = sum(1 for e in pack.entries if any(ref.source_id == source.id for ref in e.sources))
        summaries.append(terminal.render_source_summary(source, quotes=quotes, entries=entries))
    _out("\n\n".join(summaries))
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """List every problem in the pack as file:line: message, or print what it holds."""
    pack, problems = collect_pack(settings.knowledge_dir, settings.seeds_dir)
    if problems:
        for problem in problems:
            _out(_shown(problem))
        _err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 1
    items = len(pack.checklist.items) if pack.checklist else 0
    _out(
        f"OK: {len(pack.sources)} sources, {len(pack.quotes)} quotes, {len(pack.entries)} entries, "
        f"{len(pack.people)} people, {items} checklist items"
    )
    return 0


# --- the revival checklist -----------------------------------------------------------------------

_YES = frozenset({"y", "yes"})
_NO = frozenset({"n", "no"})


def _scripted_answers(text: str, total: int) -> list[bool]:
    letters = [ch for ch in text.casefold() if ch not in " ,"]
    if len(letters) != total or any(ch not in "yn" for ch in letters):
        raise CommandError(f"--answers needs {total} letters, y or n, one per question (got {text!r})", 2)
    return [ch == "y" for ch in letters]


def _prompt_yes_no(prompt: str) -> bool:
    *lines, last = prompt.split("\n")
    while True:
        if lines:
            _out("\n".join(lines))
        try:
            reply = _read(f"{last} [y/n] ").strip().casefold()
        except EOFError:
            _out()
            raise CommandError("The checklist was left unfinished.", 1) from None
        if reply in _YES or reply in _NO:
            return reply in _YES
        _out("Please answer y or n.")


def cmd_checklist(args: argparse.Namespace, settings: Settings) -> int:
    """Run Milo's revival test, asking each question or taking the answers from --answers."""
    engine = _engine(settings)
    checklist = engine.pack.checklist
    if checklist is None:
        raise CommandError("The knowledge pack has no revival checklist.", 1)
    show = (args.show or "").strip() or None
    session = ChecklistSession(checklist, show=show)
    scripted = None if args.answers is None else _scripted_answers(args.answers, session.total)
    _out(terminal.render_checklist_intro(checklist, show) + "\n")
    while not session.done:
        prompt = terminal.render_prompt(session)
        if scripted is None:
            yes = _prompt_yes_no(prompt)
        else:
            yes = scripted[len(session.answers)]
            _out(f"{prompt} {'yes' if yes else 'no'}")
        session = session.answer(yes)
    outcome = session.outcome()
    _out("\n" + terminal.render_outcome(outcome, engine.citation(outcome.verdict.source)))
    return 0


# --- Discord -------------------------------------------------------------------------------------


def _client() -> ModuleType:
    """Import the Discord side only now, so the terminal commands never load discord."""
    try:
        return importlib.import_module("bot.client")
    except ModuleNotFoundError as error:
        if error.name == "bot.client":
            raise CommandError(
                "The Discord bot is not available in this build (bot/client.py is missing).", 2
            ) from None
        if error.name and error.name.partition(".")[0] == "discord":
            raise CommandError("discord.py is not installed: pip install 'discord.py>=2.4,<3'", 2) from None
        raise


T = TypeVar("T")


def _discord(settings: Settings, run: Callable[[ModuleType, Pack], Coroutine[Any, Any, T]]) -> T:
    if not settings.discord_token:
        raise CommandError(NO_TOKEN, 2)
    pack = _pack(settings)
    client = _client()
    import asyncio

    import discord

    # bot.client reports what stops it starting as a one-line StartupError; the rest is a fallback.
    startup_error: type[Exception] = getattr(client, "StartupError", RuntimeError)
    try:
        return asyncio.run(run(client, pack))
    except startup_error as error:
        raise CommandError(str(error), 1) from None
    except discord.LoginFailure:
        raise CommandError("Discord rejected DISCORD_TOKEN: copy a fresh token into .env", 2) from None
    except discord.PrivilegedIntentsRequired:
        raise CommandError(
            "Discord refused a privileged intent: enable Message Content Intent in the Developer Portal",
            2,
        ) from None


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Connect to Discord and answer fans until stopped."""
    _discord(settings, lambda client, pack: client.run_bot(settings, pack))
    return 0


def cmd_sync(args: argparse.Namespace, settings: Settings) -> int:
    """Register the slash commands with Discord, globally or in one server."""
    count = _discord(settings, lambda client, pack: client.sync_commands(settings, pack, args.guild))
    where = (
        f"server {args.guild}"
        if args.guild
        else "every server (global commands can take up to an hour to appear)"
    )
    _out(f"Synced {count} commands to {where}.")
    return 0


# --- parsing -------------------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Build the `showfaq` argument parser with one subcommand per feature."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Answer Gilmore Girls fans' questions from the sources, with the exact quote.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(
        name: str, handler: Callable[[argparse.Namespace, Settings], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    ask = command("ask", cmd_ask, "answer a question (use - to read one question per line from stdin)")
    ask.add_argument(
        "question", nargs="*", metavar="QUESTION", help='e.g. "who played Jess?", or - for stdin'
    )
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")

    quote = command("quote", cmd_quote, "show the quotes that best match a topic, or a random one")
    quote.add_argument("topic", nargs="*", metavar="TOPIC")
    quote.add_argument(
        "-n", "--limit", type=_positive, default=3, help="at most this many quotes (default 3)"
    )

    checklist = command("checklist", cmd_checklist, 'run Milo\'s "right reasons" revival test')
    checklist.add_argument("--show", metavar="NAME", help="the show you are thinking of")
    checklist.add_argument("--answers", metavar="YN", help="answer every question at once, e.g. yynn")

    cast = command("cast", cmd_cast, "show who is who, from the sources")
    cast.add_argument("name", nargs="*", metavar="NAME", help="an actor, character or nickname")

    command("check", cmd_check, "check the knowledge pack and list every problem as file:line")
    command("sources", cmd_sources, "list the source articles")
    command("chat", cmd_chat, "ask questions at a prompt")
    command("run", cmd_run, "run the Discord bot")
    sync = command("sync", cmd_sync, "register the slash commands with Discord")
    sync.add_argument("--guild", type=_positive, metavar="ID", help="only this server (updates at once)")
    return parser


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not complain about the pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (e.g. captured in tests); nothing to silence


def main(argv: list[str] | None = None) -> int:
    """Run the `showfaq` command line and return its exit code."""
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit_:  # argparse has printed the usage and its one-line error
            return exit_.code if isinstance(exit_.code, int) else 2
        if getattr(args, "handler", None) is None:
            parser.print_help(sys.stderr)
            return 2
        code = args.handler(args, Settings.from_env())
        sys.stdout.flush()
        return code
    except CommandError as error:
        _err(str(error))
        return error.code
    except SettingsError as error:
        _err(f"Settings: {error}")
        return 2
    except PackError as error:
        for problem in error.problems:
            _err(_shown(problem))
        return 1
    except KeyboardInterrupt:
        _err("")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
