"""How long showfaq takes to answer `/ask`, next to a bot that only echoes.

    python benchmarks/bench_gateway.py [--count 1000]

Starts the protocol-level fake Discord from tests/discord, connects the real bot to it,
dispatches `--count` INTERACTION_CREATE events for `/ask` as fast as the fake can send
them, and times each one from dispatch to the bot's interaction callback. Then the same
for a minimal discord.py bot whose `/ask` echoes the question: the floor set by
discord.py (gateway parsing, the command tree, the callback request). The fake and the
bot share one event loop, so the figures are for comparing the two bots, not absolute.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "discord"))

import discord  # noqa: E402
from discord.ext import commands  # noqa: E402
from fake_discord import FakeDiscord, running_bot  # noqa: E402

from bot.client import ShowFaqBot, showfaq_intents  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.evaluation import load_questions  # noqa: E402
from bot.core.knowledge import load_pack  # noqa: E402
from bot.settings import Settings  # noqa: E402

DISCORD_DEADLINE_MS = 3000  # Discord drops an interaction not answered within 3 s


def engine_ms_per_ask(engine: Engine, questions: list[str], count: int) -> float:
    """The engine alone, for scale: milliseconds per `Engine.ask` on the same questions."""
    started = time.perf_counter()
    for i in range(count):
        engine.ask(questions[i % len(questions)])
    return (time.perf_counter() - started) * 1000 / count


def echo_bot() -> commands.Bot:
    """The floor: a bot whose `/ask` only echoes the question back."""
    bot = commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=showfaq_intents(),  # the same gateway traffic as showfaq
        allowed_mentions=discord.AllowedMentions.none(),
        help_command=None,
        guild_ready_timeout=0.05,
    )

    @bot.tree.command(name="ask", description="Echo the question")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.send_message(question)

    return bot


def showfaq_bot(fake: FakeDiscord, engine: Engine) -> ShowFaqBot:
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": fake.token,
            "DISCORD_GUILD_ID": str(fake.guild_id),
            "DISCORD_API_BASE": fake.api_base,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "ASK_COOLDOWN_RATE": "1000000",  # measure answering, not the cooldown
            "LOG_LEVEL": "WARNING",
        },
        env_file=None,
    )
    return ShowFaqBot(settings, engine, guild_ready_timeout=0.05)


async def measure(
    name: str, make_bot: Callable[[FakeDiscord], commands.Bot], questions: list[str], count: int
) -> dict[str, Any]:
    """Dispatch `count` /ask interactions to a fresh fake and time each callback."""
    # No 3 s deadline: a burst queues up, and every interaction's latency is what is measured.
    async with FakeDiscord(interaction_response_deadline=None) as fake:
        bot = make_bot(fake)
        async with running_bot(fake, bot):
            if not fake.synced_commands(fake.guild_id):
                await bot.tree.sync()
            payloads = [
                fake.make_slash_interaction("ask", {"question": questions[i % len(questions)]})
                for i in range(count)
            ]
            sent_at: dict[str, float] = {}
            seen = len(fake.requests)
            callbacks: dict[str, Any] = {}
            started = time.perf_counter()
            for payload in payloads:
                sent_at[payload["id"]] = time.time()
                await fake.dispatch("INTERACTION_CREATE", payload)
            deadline = time.monotonic() + 60
            while len(callbacks) < count and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
                for request in fake.requests[seen:]:
                    if request.method == "POST" and request.path.endswith("/callback"):
                        callbacks.setdefault(request.path.split("/")[2], request)
                seen = len(fake.requests)
            elapsed = time.perf_counter() - started
    answered = {i: r for i, r in callbacks.items() if r.status == 200 and r.json.get("type") == 4}
    latencies = sorted((r.received_at - sent_at[i]) * 1000 for i, r in answered.items())
    return {
        "name": name,
        "answered": len(answered),
        "in_time": sum(1 for ms in latencies if ms <= DISCORD_DEADLINE_MS),
        "count": count,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan"),
        "seconds": elapsed,
    }


async def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=1000, help="interactions per bot (default 1000)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # text only: no voice warnings
    engine = Engine(load_pack(ROOT / "knowledge", ROOT / "seeds"))
    questions = [q.text for q in load_questions(ROOT / "tests" / "data" / "questions.yaml")]

    results = []
    for name, make_bot in (
        ("echo (discord.py floor)", lambda fake: echo_bot()),
        ("showfaq", lambda fake: showfaq_bot(fake, engine)),
    ):
        results.append(await measure(name, make_bot, questions, args.count))

    print(f"{args.count} /ask interactions dispatched back to back; latency from dispatch to callback")
    print(f"{'bot':<26}{'answered':>10}{'within 3 s':>12}{'p50 ms':>10}{'p99 ms':>10}{'all done s':>12}")
    for r in results:
        answered = f"{r['answered']}/{r['count']}"
        print(
            f"{r['name']:<26}{answered:>10}{r['in_time']:>12}{r['p50']:>10.1f}{r['p99']:>10.1f}"
            f"{r['seconds']:>12.2f}"
        )
    echo, showfaq = results
    print(f"showfaq / echo: p50 x{showfaq['p50'] / echo['p50']:.2f}, p99 x{showfaq['p99'] / echo['p99']:.2f}")
    print(f"Engine.ask alone: {engine_ms_per_ask(engine, questions, args.count):.2f} ms per question")
    return 0 if all(r["answered"] == r["count"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
