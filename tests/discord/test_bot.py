"""The real ShowFaqBot against the protocol-level fake Discord.

Each test starts the bot through its normal `start`, pointed at the fake only through its
settings, sends real INTERACTION_CREATE / MESSAGE_CREATE events and asserts on the REST
calls the bot makes. Nothing in the bot is patched.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from fake_discord import (
    APPLICATION_ID,
    GUILD_ID,
    TEXT_CHANNEL_ID,
    FakeDiscord,
    FakeDiscordError,
    RecordedRequest,
)

from bot.client import TOKEN_REJECTED, ShowFaqBot, StartupError, run_bot, sync_commands
from bot.core.engine import Engine, MatchSettings
from bot.core.knowledge import Pack, load_pack
from bot.core.models import Status
from bot.settings import Settings

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]
NO_PINGS = {"parse": []}
EPHEMERAL = 64
CALLBACK = r"/interactions/\d+/[^/]+/callback"
CHANNEL_MESSAGES = rf"/channels/{TEXT_CHANNEL_ID}/messages"
FOLLOWUP = rf"/webhooks/{APPLICATION_ID}/[^/]+"
ORIGINAL = rf"/webhooks/{APPLICATION_ID}/[^/]+/messages/@original"
NOWHERE = "http://127.0.0.1:9/api/v10"  # the settings, not this, must lead the bot to the fake


@pytest.fixture(autouse=True)
def every_message_without_pings(
    fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """After each test: everything the bot sent had mentions disabled, and nothing logged an error."""
    yield
    for request in fake_discord.requests:
        body = request.json if isinstance(request.json, dict) else {}
        if request.path.endswith("/callback"):
            body = (body.get("data") or {}) if body.get("type") in (4, 7) else {}
        elif request.method not in {"POST", "PATCH"} or "/commands" in request.path:
            continue
        if "content" in body or "embeds" in body:
            assert body.get("allowed_mentions") == NO_PINGS, (request.method, request.path, body)
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


def make_settings(fake: FakeDiscord, **env: str) -> Settings:
    environ = {
        "DISCORD_TOKEN": fake.token,
        "DISCORD_GUILD_ID": str(GUILD_ID),
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "KNOWLEDGE_DIR": str(ROOT / "knowledge"),
        "SEEDS_DIR": str(ROOT / "seeds"),
        "ASK_COOLDOWN_RATE": "100",
        "ASK_COOLDOWN_SECONDS": "60",
        **env,
    }
    return Settings.from_env(environ, env_file=None)


@asynccontextmanager
async def started(
    fake: FakeDiscord, engine: Engine, settings: Settings | None = None, **options: Any
) -> AsyncIterator[ShowFaqBot]:
    """A ready ShowFaqBot connected to `fake`, closed cleanly afterwards."""
    saved = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = NOWHERE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL("ws://127.0.0.1:9/")
    settings = settings or make_settings(fake)
    assert settings.discord_token is not None
    bot = ShowFaqBot(settings, engine, guild_ready_timeout=0.05, **options)
    task = asyncio.create_task(bot.start(settings.discord_token))
    try:
        ready = asyncio.ensure_future(bot.wait_until_ready())
        done, _ = await asyncio.wait({task, ready}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        if task in done:
            task.result()
        assert ready in done, "the bot did not become ready"
        yield bot
    finally:
        await bot.close()
        await asyncio.wait_for(task, timeout=5)
        discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


async def invoke(fake: FakeDiscord, interaction: dict[str, Any]) -> RecordedRequest:
    """Dispatch an interaction and return the bot's callback for it."""
    await fake.dispatch("INTERACTION_CREATE", interaction)
    return await fake.wait_for_interaction_response(interaction)


async def invoke_to_completion(
    bot: ShowFaqBot, fake: FakeDiscord, interaction: dict[str, Any]
) -> RecordedRequest:
    """Like `invoke`, then wait until the command has returned (its view is stored only then)."""
    completed = bot.wait_for("app_command_completion", timeout=5)
    callback = await invoke(fake, interaction)
    await completed
    return callback


def embed_of(payload: dict[str, Any]) -> dict[str, Any]:
    (embed,) = payload["embeds"]
    return embed


def custom_ids(payload: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in payload.get("components", []) for c in row["components"]]


def buttons(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["label"]: c for row in message.get("components", []) for c in row["components"]}


def embed_length(embed: dict[str, Any]) -> int:
    return (
        len(embed.get("title", ""))
        + len(embed.get("description", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
        + len(embed.get("footer", {}).get("text", ""))
        + len(embed.get("author", {}).get("name", ""))
    )


# --- start-up and sync -------------------------------------------------------------------------


async def test_start_syncs_every_command_to_the_development_guild(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    async with started(fake_discord, engine):
        sync = await fake_discord.wait_for_request(
            "PUT", rf"/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands"
        )
        identify = await fake_discord.wait_until_identified()
    commands = {(c["name"], c.get("type", 1)): c for c in sync.json}
    assert set(commands) == {
        ("ask", 1),
        ("quote", 1),
        ("cast", 1),
        ("revival", 1),
        ("about", 1),
        ("Answer with showfaq", 3),
    }
    ask = commands[("ask", 1)]
    assert ask["description"].startswith("Ask a Gilmore Girls question")
    (question,) = ask["options"]
    assert (question["name"], question["required"], question["autocomplete"]) == ("question", True, True)
    (topic,) = commands[("quote", 1)]["options"]
    assert (topic["name"], topic["required"], topic["autocomplete"]) == ("topic", False, True)
    (name,) = commands[("cast", 1)]["options"]
    assert (name["name"], name["required"], name["autocomplete"]) == ("name", False, True)
    (show,) = commands[("revival", 1)]["options"]
    assert (show["name"], show["required"], show.get("autocomplete", False)) == ("show", False, False)
    assert all(len(c.get("description", "")) <= 100 for c in sync.json)
    # No global sync at start-up, and no privileged intent asked for.
    assert not [r for r in fake_discord.requests if r.path == f"/applications/{APPLICATION_ID}/commands"]
    intents = discord.Intents._from_value(identify["intents"])
    assert intents == discord.Intents(guilds=True, guild_messages=True, dm_messages=True)
    assert not intents.message_content


async def test_sync_commands_globally_or_to_one_guild(fake_discord: FakeDiscord, pack: Pack) -> None:
    settings = make_settings(fake_discord, DISCORD_GUILD_ID="")
    assert await sync_commands(settings, pack, None) == 6
    assert {c["name"] for c in fake_discord.synced_commands()} >= {"ask", "Answer with showfaq"}
    assert await sync_commands(settings, pack, GUILD_ID) == 6
    assert len(fake_discord.synced_commands(GUILD_ID)) == 6
    assert fake_discord.gateway_connections == []  # syncing never opens the gateway
    with pytest.raises(StartupError, match=r"cannot sync commands to server 42 \(404\)"):
        await sync_commands(settings, pack, 42)


async def test_a_rejected_token_is_one_clear_error(fake_discord: FakeDiscord, pack: Pack) -> None:
    settings = make_settings(fake_discord, DISCORD_TOKEN="MTE4.not.the-token")
    with pytest.raises(StartupError) as raised:
        await run_bot(settings, pack)
    assert str(raised.value) == TOKEN_REJECTED == "Discord rejected the token (401): check DISCORD_TOKEN"
    with pytest.raises(StartupError, match="401"):
        await sync_commands(settings, pack, None)


async def test_sigterm_closes_the_bot_cleanly(fake_discord: FakeDiscord, pack: Pack) -> None:
    running = asyncio.create_task(run_bot(make_settings(fake_discord), pack))
    await fake_discord.wait_until_identified()
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(running, timeout=5)
    assert fake_discord.gateway_connections[-1].ws.closed


# --- /ask ------------------------------------------------------------------------------------


async def test_ask_answers_with_the_quote_and_source(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine) as bot:
        ask = fake_discord.make_slash_interaction("ask", {"question": "who played jess?"})
        callback = await invoke(fake_discord, ask)

        assert callback.status == 200 and callback.json["type"] == 4
        data = callback.json["data"]
        assert data["allowed_mentions"] == NO_PINGS
        assert not data.get("flags")
        embed = embed_of(data)
        assert embed["title"] == "Who played Jess on Gilmore Girls?"
        assert embed["description"].startswith("Milo Ventimiglia played Jess")
        source = embed["fields"][0]
        assert "> \u201cMilo, who played bad boy Jess on the show\u201d" in source["value"]
        assert "How Gilmore Girls' Milo Ventimiglia Really Feels" in source["value"]
        assert "Lindsay Weinberg" in source["value"] and "September 16, 2021" in source["value"]
        assert "http" not in str(embed)  # the article has no URL, so none is shown
        assert custom_ids(data) == ["sf:vote:up:who-played-jess", "sf:vote:down:who-played-jess"]

        # "Helpful" is acknowledged privately and counted.
        (answer,) = fake_discord.interaction_messages(ask)
        click = fake_discord.make_component_interaction("sf:vote:up:who-played-jess", answer)
        vote = await invoke(fake_discord, click)
        assert vote.json["type"] == 4 and vote.json["data"]["flags"] == EPHEMERAL
        assert vote.json["data"]["allowed_mentions"] == NO_PINGS
        assert bot.feedback.totals(GUILD_ID) == {"who-played-jess": (1, 0)}


async def test_ask_autocomplete_offers_at_most_25_questions(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    async with started(fake_discord, engine):
        typing = fake_discord.make_autocomplete_interaction("ask", {"question": "who played je"})
        choices = (await invoke(fake_discord, typing)).json["data"]["choices"]
        assert choices[0] == {
            "name": "Who played Jess on Gilmore Girls?",
            "value": "Who played Jess on Gilmore Girls?",
        }
        assert len(choices) <= 25

        empty = fake_discord.make_autocomplete_interaction("ask", {"question": ""})
        choices = (await invoke(fake_discord, empty)).json["data"]["choices"]
        assert len(choices) == 25
        assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_did_you_mean_button_answers_the_chosen_entry(fake_discord: FakeDiscord, pack: Pack) -> None:
    # An engine that is never sure enough to answer, so this test does not depend on its tuning.
    unsure = Engine(pack, MatchSettings(answer_score=101.0))
    question = "jess was played by who"  # not word for word a curated phrasing, which would be answered
    guess = unsure.ask(question)
    assert guess.status is Status.UNCERTAIN
    async with started(fake_discord, unsure):
        ask = fake_discord.make_slash_interaction("ask", {"question": question})
        data = (await invoke(fake_discord, ask)).json["data"]
        assert "not sure" in embed_of(data)["author"]["name"]
        picks = [c for c in custom_ids(data) if c.startswith("sf:pick:")]
        others = [s.entry_id for s in guess.suggestions if s.entry_id != guess.entry_id]
        assert others and picks == [f"sf:pick:{fake_discord.member.id}:{entry}" for entry in others]
        pick, chosen = picks[0], others[0]
        chosen_answer = unsure.answer_entry(chosen)
        assert chosen_answer is not None
        (answer,) = fake_discord.interaction_messages(ask)

        # Someone else gets the chosen answer privately; the asker's message stays as it is.
        other = await invoke(
            fake_discord, fake_discord.make_component_interaction(pick, answer, user=fake_discord.owner)
        )
        assert other.json["type"] == 4 and other.json["data"]["flags"] == EPHEMERAL
        assert embed_of(other.json["data"])["title"] == chosen_answer.entry_question

        # The asker's click replaces the guess with the chosen answer.
        mine = await invoke(fake_discord, fake_discord.make_component_interaction(pick, answer))
        assert mine.json["type"] == 7
        updated = mine.json["data"]
        assert embed_of(updated)["title"] == chosen_answer.entry_question
        assert embed_of(updated)["description"] == chosen_answer.text
        assert "author" not in embed_of(updated)
        assert custom_ids(updated) == [f"sf:vote:up:{chosen}", f"sf:vote:down:{chosen}"]


async def test_unknown_question_says_so_and_suggests(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine):
        question = "what is the capital of mongolia?"
        assert engine.ask(question).status is Status.UNKNOWN
        ask = fake_discord.make_slash_interaction("ask", {"question": question})
        data = (await invoke(fake_discord, ask)).json["data"]
        embed = embed_of(data)
        assert embed["title"] == "I don't know that one"
        assert "Questions I can answer" in embed["description"]
        picks = [c for c in custom_ids(data) if c.startswith("sf:pick:")]
        assert picks and not [c for c in custom_ids(data) if c.startswith("sf:vote:")]


async def test_cooldown_answers_with_an_ephemeral_slow_down(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    settings = make_settings(fake_discord, ASK_COOLDOWN_RATE="1", ASK_COOLDOWN_SECONDS="60")
    async with started(fake_discord, engine, settings):
        first = await invoke(
            fake_discord, fake_discord.make_slash_interaction("ask", {"question": "who played luke"})
        )
        assert first.json["data"]["embeds"]
        second = await invoke(
            fake_discord, fake_discord.make_slash_interaction("ask", {"question": "who played rory"})
        )
        assert second.json["type"] == 4
        assert second.json["data"]["flags"] == EPHEMERAL
        assert second.json["data"]["content"] == "Slow down a little: try again in 60 s."

        # The budget is shared with mentions, where the note is a reply that goes away.
        question = fake_discord.make_message(f"{fake_discord.bot_mention} who played rory?")
        await fake_discord.dispatch("MESSAGE_CREATE", question)
        reply = await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)
        assert reply.json["content"].startswith("Slow down a little")
        assert reply.json["message_reference"]["message_id"] == int(question["id"])

        # Another fan is not slowed down.
        other = fake_discord.make_slash_interaction(
            "ask", {"question": "who played rory"}, user=fake_discord.owner
        )
        assert (await invoke(fake_discord, other)).json["data"]["embeds"]


async def test_long_answer_is_cut_to_discords_limits(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    pack = long_pack(tmp_path)
    async with started(fake_discord, Engine(pack)):
        ask = fake_discord.make_slash_interaction("ask", {"question": "zanzibar marathon saga"})
        callback = await invoke(fake_discord, ask)
        assert callback.status == 200
        embed = embed_of(callback.json["data"])
        assert len(embed["title"]) <= 256 and embed["title"].startswith("Tell me everything")
        assert embed["title"].endswith("\u2026")
        assert 3000 < len(embed["description"]) <= 4096 and embed["description"].endswith("\u2026")
        assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in embed["fields"])
        assert embed_length(embed) <= 6000
        # A source with a URL gets its link, after the link-free citation.
        assert "[Read the article](https://example.com/long-read)" in embed["fields"][0]["value"]


# --- mentions and the message menu ---------------------------------------------------------


async def test_mention_is_answered_as_a_reply_with_the_embed(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    async with started(fake_discord, engine):
        question = fake_discord.make_message(f"{fake_discord.bot_mention} who played Luke?")
        await fake_discord.dispatch("MESSAGE_CREATE", question)
        reply = await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)

    assert reply.status == 200
    assert reply.json["message_reference"]["message_id"] == int(question["id"])
    assert reply.json["allowed_mentions"] == NO_PINGS
    assert embed_of(reply.json)["title"] == "Who played Luke on Gilmore Girls?"
    assert f"sf:rm:{fake_discord.member.id}" in custom_ids(reply.json)


async def test_a_mention_is_read_as_written(fake_discord: FakeDiscord, engine: Engine) -> None:
    # The struck-through question is taken back; read with its markdown stripped first, the
    # message would ask about Rory. The reply shows the question without markup or mention.
    async with started(fake_discord, engine):
        for text in ("~~who played rory~~ who played jess", "**what is milo's star sign** :star:"):
            await fake_discord.dispatch(
                "MESSAGE_CREATE", fake_discord.make_message(f"{fake_discord.bot_mention} {text}")
            )
        answered, unknown = [
            embed_of((await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)).json) for _ in range(2)
        ]
    assert answered["title"] == "Who played Jess on Gilmore Girls?"
    assert "\u201cwhat is milo's star sign\u201d" in unknown["description"]


async def test_bare_mention_gets_help(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine):
        await fake_discord.dispatch(
            "MESSAGE_CREATE", fake_discord.make_message(f"{fake_discord.bot_mention} ")
        )
        reply = await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)
        # A message that does not mention the bot is left alone.
        await fake_discord.dispatch("MESSAGE_CREATE", fake_discord.make_message("who played Luke?"))
        await asyncio.sleep(0.2)
    assert embed_of(reply.json)["title"] == "Ask me about Gilmore Girls"
    assert reply.json["allowed_mentions"] == NO_PINGS
    assert len([r for r in fake_discord.requests if r.method == "POST" and r.path == CHANNEL_MESSAGES]) == 1


async def test_mention_where_the_bot_cannot_post_is_logged(
    fake_discord: FakeDiscord, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    async with started(fake_discord, engine):
        fake_discord.inject_failure(
            "POST", CHANNEL_MESSAGES, status=403, body={"message": "Missing Permissions", "code": 50013}
        )
        await fake_discord.dispatch(
            "MESSAGE_CREATE", fake_discord.make_message(f"{fake_discord.bot_mention} who played Luke?")
        )
        refused = await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)
        assert refused.status == 403
        await asyncio.sleep(0.1)
    assert any("no permission to reply" in r.getMessage() for r in caplog.records)


async def test_remove_button_honours_asker_and_moderators(fake_discord: FakeDiscord, engine: Engine) -> None:
    stranger = fake_discord.add_user("taylor.doose", global_name="Taylor")
    async with started(fake_discord, engine):
        answers = []
        for _ in range(2):
            question = fake_discord.make_message(f"{fake_discord.bot_mention} who played Luke?")
            await fake_discord.dispatch("MESSAGE_CREATE", question)
            answers.append((await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)).response)
        remove = f"sf:rm:{fake_discord.member.id}"

        refused = await invoke(
            fake_discord, fake_discord.make_component_interaction(remove, answers[0], user=stranger)
        )
        assert refused.json["data"]["flags"] == EPHEMERAL
        assert "Only the person who asked" in refused.json["data"]["content"]

        for answer, user in zip(answers, (fake_discord.moderator, fake_discord.member), strict=True):
            click = fake_discord.make_component_interaction(remove, answer, user=user)
            assert (await invoke(fake_discord, click)).json["type"] == 6
            deleted = await fake_discord.wait_for_request("DELETE", rf"{CHANNEL_MESSAGES}/{answer['id']}")
            assert deleted.status == 204
        assert not [r for r in fake_discord.requests if r.method == "DELETE" and r.consumed is False]


async def test_message_menu_answers_the_target_as_a_public_reply(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    async with started(fake_discord, engine):
        target = fake_discord.make_message("anyone know who played rory??", author=fake_discord.owner)
        menu = fake_discord.make_message_context_interaction(
            "Answer with showfaq", target, user=fake_discord.moderator
        )
        deferred = await invoke(fake_discord, menu)
        assert deferred.json == {"type": 5, "data": {"flags": EPHEMERAL}}

        reply = await fake_discord.wait_for_request("POST", CHANNEL_MESSAGES)
        assert reply.json["message_reference"]["message_id"] == int(target["id"])
        assert reply.json["allowed_mentions"] == NO_PINGS
        assert embed_of(reply.json)["title"] == "Who played Rory on Gilmore Girls?"
        assert f"sf:rm:{fake_discord.owner.id}:{fake_discord.moderator.id}" in custom_ids(reply.json)

        done = await fake_discord.wait_for_request("POST", FOLLOWUP)
        assert done.json["content"].startswith("Answered: https://discord.com/channels/")
        assert done.json["flags"] == EPHEMERAL


# --- errors ------------------------------------------------------------------------------------


async def test_error_after_deferring_is_answered_by_followup(
    fake_discord: FakeDiscord, engine: Engine
) -> None:
    async with started(fake_discord, engine):
        fake_discord.inject_failure(
            "POST", CHANNEL_MESSAGES, status=403, body={"message": "Missing Permissions", "code": 50013}
        )
        target = fake_discord.make_message("who played rory?", author=fake_discord.owner)
        menu = fake_discord.make_message_context_interaction("Answer with showfaq", target)
        await invoke(fake_discord, menu)
        note = await fake_discord.wait_for_request("POST", FOLLOWUP)
    assert note.json["content"] == "I don't have permission to do that here."
    assert note.json["flags"] == EPHEMERAL


async def test_command_error_is_logged_and_answered_ephemerally(
    fake_discord: FakeDiscord, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    async with started(fake_discord, engine):
        fake_discord.inject_failure(
            "POST", CALLBACK, status=400, body={"message": "Invalid Form Body", "code": 50035}
        )
        ask = fake_discord.make_slash_interaction("ask", {"question": "who played luke"})
        await fake_discord.dispatch("INTERACTION_CREATE", ask)
        failed = await fake_discord.wait_for_interaction_response(ask)
        assert failed.status == 400
        answered = await fake_discord.wait_for_interaction_response(ask)
    assert answered.status == 200
    assert answered.json["data"]["flags"] == EPHEMERAL
    assert answered.json["data"]["content"].startswith("Sorry, something went wrong")
    (record,) = [r for r in caplog.records if r.name == "bot.exts.errors" and r.levelname == "ERROR"]
    assert "command='ask'" in record.getMessage() and f"user={fake_discord.member.id}" in record.getMessage()
    caplog.clear()  # the one expected error


# --- /revival ----------------------------------------------------------------------------------


async def test_revival_checklist_flow(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine) as bot:
        start = fake_discord.make_slash_interaction("revival", {"show": "Gilmore Girls"})
        first = (await invoke_to_completion(bot, fake_discord, start)).json["data"]
        embed = embed_of(first)
        assert embed["title"] == 'Milo\'s "right reasons" revival test: Gilmore Girls'
        assert "right reason, and not just to get more money" in embed["description"]
        assert embed["footer"]["text"] == "Question 1 of 4"
        (message,) = fake_discord.interaction_messages(start)
        yes, no = buttons(message)["Yes"]["custom_id"], buttons(message)["No"]["custom_id"]

        # Someone else's click is refused privately and changes nothing.
        intruder = fake_discord.make_component_interaction(yes, message["id"], user=fake_discord.owner)
        refused = await invoke(fake_discord, intruder)
        assert refused.json["type"] == 4 and refused.json["data"]["flags"] == EPHEMERAL
        assert refused.json["data"]["content"].startswith(f"Only <@{fake_discord.member.id}>")
        assert refused.json["data"]["allowed_mentions"] == NO_PINGS

        steps = []
        for answer in (yes, yes, no, yes):
            click = fake_discord.make_component_interaction(answer, message["id"])
            steps.append((await invoke(fake_discord, click)).json)
        assert [s["type"] for s in steps] == [7, 7, 7, 7]
        assert [embed_of(s["data"])["footer"]["text"] for s in steps[:3]] == [
            "Question 2 of 4",
            "Question 3 of 4",
            "Question 4 of 4",
        ]
        verdict = steps[-1]["data"]
        assert verdict["components"] == []
        embed = embed_of(verdict)
        assert embed["description"].startswith("Some of it fits, but not all of it.")
        assert (
            "> \u201cit's like, yeah, but are there really more stories to tell?\u201d"
            in embed["description"]
        )
        assert "Milo Ventimiglia" in embed["description"]
        names = [f["name"] for f in embed["fields"]]
        assert names == [
            "In favour: Is it coming back for the right reason, and not just to get more money?",
            "In favour: Does the revival put the characters first, rather than thinking the show is "
            "bigger than the characters?",
            "In favour: Have the characters grown to a point where we actually want to see more of them?",
            "Against: Are there still more stories to tell?",
        ]


async def test_revival_timeout_disables_the_buttons(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine, revival_timeout=0.3) as bot:
        start = fake_discord.make_slash_interaction("revival")
        await invoke_to_completion(bot, fake_discord, start)
        (message,) = fake_discord.interaction_messages(start)
        yes = buttons(message)["Yes"]["custom_id"]
        await invoke(fake_discord, fake_discord.make_component_interaction(yes, message["id"]))

        edit = await fake_discord.wait_for_request("PATCH", ORIGINAL, timeout=3)
        assert all(c["disabled"] for row in edit.json["components"] for c in row["components"])
        assert "timed out" in embed_of(edit.json)["footer"]["text"]
        with pytest.raises(FakeDiscordError, match="disabled"):
            fake_discord.make_component_interaction(yes, message["id"])


# --- /quote, /cast, /about ---------------------------------------------------------------------


async def test_quote_cast_and_about(fake_discord: FakeDiscord, engine: Engine) -> None:
    async with started(fake_discord, engine):
        topics = fake_discord.make_autocomplete_interaction("quote", {"topic": "stories"})
        choices = (await invoke(fake_discord, topics)).json["data"]["choices"]
        assert 0 < len(choices) <= 25
        quote = fake_discord.make_slash_interaction("quote", {"topic": choices[0]["value"]})
        embed = embed_of((await invoke(fake_discord, quote)).json["data"])
        assert embed["description"].startswith("> \u201c") and "stories" in embed["description"]

        random = embed_of(
            (await invoke(fake_discord, fake_discord.make_slash_interaction("quote"))).json["data"]
        )
        assert random["description"].startswith("> \u201c")

        names = fake_discord.make_autocomplete_interaction("cast", {"name": "jes"})
        choices = (await invoke(fake_discord, names)).json["data"]["choices"]
        assert choices[0]["value"] == "Jess" and len(choices) <= 25
        cast = fake_discord.make_slash_interaction("cast", {"name": "Jess Mariano"})
        embed = embed_of((await invoke(fake_discord, cast)).json["data"])
        assert embed["title"] == "Milo Ventimiglia"
        assert "Milo, who played bad boy Jess on the show" in embed["fields"][0]["value"]
        dean = fake_discord.make_slash_interaction("cast", {"name": "dean"})
        embed = embed_of((await invoke(fake_discord, dean)).json["data"])
        assert embed["title"] == "Dean (also called Dean Forester)"
        assert "don't say who played them" in embed["description"]
        assert "he's Team Dean" in embed["fields"][0]["value"]
        names = fake_discord.make_autocomplete_interaction("cast", {"name": "dea"})
        choices = (await invoke(fake_discord, names)).json["data"]["choices"]
        assert choices[0]["value"] == "Dean"

        about = (await invoke(fake_discord, fake_discord.make_slash_interaction("about"))).json["data"]
        assert about["flags"] == EPHEMERAL
        text = str(embed_of(about))
        assert "Lindsay Weinberg" in text and f"{len(engine.pack.entries)} questions" in text
        assert "http" not in text


# --- a pack with a very long entry --------------------------------------------------------------


def long_pack(tmp_path: Path) -> Pack:
    """The shipped pack plus a second article with a URL and a FAQ entry far over every limit."""
    knowledge, seeds = tmp_path / "knowledge", tmp_path / "seeds"
    shutil.copytree(ROOT / "knowledge", knowledge)
    shutil.copytree(ROOT / "seeds", seeds)
    paragraphs = [
        " ".join(f"The town meeting number {part}{i} went on and on about the gazebo." for i in range(30))
        for part in "abc"
    ]
    (seeds / "long-read.txt").write_text(
        "A Very Long Read About Stars Hollow\n\nBy Taylor Doose Jan 2, 2022\n\n"
        + "\n\n".join(paragraphs)
        + "\n",
        encoding="utf-8",
    )
    (seeds / "long-read.yaml").write_text("url: https://example.com/long-read\n", encoding="utf-8")
    question = "Tell me everything " + " ".join(["about the endless town meeting"] * 12) + "?"
    answer = " ".join(["Taylor talked about the gazebo for hours and hours."] * 150)
    sources = "".join(f'      - source: long-read\n        quote: "{p}"\n' for p in paragraphs)
    with (knowledge / "faq.yaml").open("a", encoding="utf-8") as faq:
        faq.write(
            f'\n  - id: long-story\n    question: "{question}"\n    alternates:\n'
            f'      - zanzibar marathon saga\n    answer: "{answer}"\n    tags: [long]\n'
            f"    sources:\n{sources}"
        )
    return load_pack(knowledge, seeds)
