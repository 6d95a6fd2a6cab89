"""The fake Discord works with the real, unpatched discord.py client.

Each test builds a plain ``commands.Bot`` (no handler is monkeypatched), points discord.py at the fake,
starts it with ``bot.start(token)`` and drives it only through the protocol: gateway events in, HTTP
requests out.  If discord.py changes what it sends or expects, these tests are the ones that break.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import discord
import pytest
from discord import app_commands
from discord.ext import commands
from fake_discord import (
    APPLICATION_ID,
    BOT_USER_ID,
    GUILD_ID,
    TEXT_CHANNEL_ID,
    FakeDiscord,
    FakeDiscordError,
    point_discord_at,
    running_bot,
)

pytestmark = pytest.mark.asyncio

NO_PINGS = discord.AllowedMentions.none()


@dataclass
class Probe:
    """A bot under test plus what it observed, filled in by its ordinary event handlers."""

    bot: commands.Bot
    messages: asyncio.Queue[discord.Message] = field(default_factory=asyncio.Queue)
    resumed: asyncio.Event = field(default_factory=asyncio.Event)
    completed: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    clicks: list[int] = field(default_factory=list)
    modal_answers: list[str] = field(default_factory=list)
    command_errors: list[BaseException] = field(default_factory=list)


class FeedbackView(discord.ui.View):
    def __init__(self, probe: Probe) -> None:
        super().__init__(timeout=60)
        self.probe = probe

    @discord.ui.button(label="Helpful", style=discord.ButtonStyle.success, custom_id="faq:helpful")
    async def helpful(
        self, interaction: discord.Interaction, button: discord.ui.Button[FeedbackView]
    ) -> None:
        self.probe.clicks.append(interaction.user.id)
        await interaction.response.edit_message(content="Thanks for the feedback!", view=None)
        self.stop()


class SuggestModal(discord.ui.Modal, title="Suggest a FAQ entry"):
    question: discord.ui.TextInput[SuggestModal] = discord.ui.TextInput(
        label="Question", custom_id="question"
    )

    def __init__(self, probe: Probe) -> None:
        super().__init__(custom_id="faq:suggest")
        self.probe = probe

    async def on_submit(self, interaction: discord.Interaction) -> None:
        self.probe.modal_answers.append(self.question.value)
        await interaction.response.send_message(f"Noted: {self.question.value}", ephemeral=True)


def build_bot() -> Probe:
    """A small FAQ-like bot: a slash command with a button, autocomplete, a modal, a deferred command,
    a message context menu and a mention handler."""
    bot = commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=discord.Intents.default(),
        help_command=None,
        guild_ready_timeout=0.05,  # on_ready waits this long after the last GUILD_CREATE (default 2 s)
    )
    probe = Probe(bot)

    @bot.tree.command(name="ask", description="Ask the FAQ a question")
    @app_commands.describe(question="What you want to know about the show")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.send_message(
            f"You asked: {question}", allowed_mentions=NO_PINGS, view=FeedbackView(probe)
        )

    async def topics(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        names = ["Jess", "Rory", "Luke's Diner", "Stars Hollow"]
        return [app_commands.Choice(name=n, value=n.lower()) for n in names if current.lower() in n.lower()]

    @bot.tree.command(name="topic", description="Look up a topic")
    @app_commands.autocomplete(name=topics)
    async def topic(interaction: discord.Interaction, name: str) -> None:
        await interaction.response.send_message(f"Topic: {name}")

    @bot.tree.command(name="suggest", description="Suggest a new FAQ entry")
    async def suggest(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(SuggestModal(probe))

    @bot.tree.command(name="slow", description="An answer that needs a moment")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("Here is the slow answer.")

    @bot.tree.context_menu(name="Quote this")
    async def quote_this(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(f"> {message.content}", ephemeral=True)

    @bot.tree.error
    async def on_tree_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        probe.command_errors.append(error)

    @bot.event
    async def on_command_error(ctx: commands.Context[commands.Bot], error: commands.CommandError) -> None:
        if not isinstance(error, commands.CommandNotFound):  # mentions are questions, not prefix commands
            raise error

    @bot.listen("on_message")
    async def on_message(message: discord.Message) -> None:
        if message.author.id == BOT_USER_ID:
            return  # Discord echoes the bot's own messages back as MESSAGE_CREATE
        probe.messages.put_nowait(message)
        if bot.user in message.mentions and "source" in message.content:
            source = discord.File(io.BytesIO(b"LUKE: Coffee.\n"), filename="s01e01.txt")
            await message.reply("Here is the source.", file=source, mention_author=False)

    @bot.listen("on_app_command_completion")
    async def on_app_command_completion(
        interaction: discord.Interaction,
        command: app_commands.Command[..., object] | app_commands.ContextMenu,
    ) -> None:
        probe.completed.put_nowait(command.qualified_name)

    @bot.listen("on_resumed")
    async def on_resumed() -> None:
        probe.resumed.set()

    return probe


@asynccontextmanager
async def started(fake: FakeDiscord, *, sync: bool = True) -> AsyncIterator[Probe]:
    """A ready bot connected to ``fake``; commands synced unless ``sync`` is false."""
    probe = build_bot()
    async with running_bot(fake, probe.bot):
        if sync:
            await probe.bot.tree.sync()
        yield probe


async def test_login_reaches_ready_and_sees_the_guild(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        bot = probe.bot
        assert bot.is_ready()
        assert bot.user is not None and bot.user.id == BOT_USER_ID
        assert bot.application_id == APPLICATION_ID
        guild = bot.get_guild(GUILD_ID)
        assert guild is not None and guild.name == "Stars Hollow Watch Party"
        channel = guild.get_channel(TEXT_CHANNEL_ID)
        assert isinstance(channel, discord.TextChannel) and channel.name == "show-questions"
        assert guild.me is not None and guild.me.guild_permissions.send_messages
        assert not guild.me.guild_permissions.manage_messages

        # discord.py 2.7 logs in with exactly these two calls; it never asks GET /gateway.
        assert [(r.method, r.path) for r in fake_discord.requests[:2]] == [
            ("GET", "/users/@me"),
            ("GET", "/oauth2/applications/@me"),
        ]
        assert all(r.authorization == f"Bot {fake_discord.token}" for r in fake_discord.requests)
        identify = await fake_discord.wait_until_identified()
        assert identify["token"] == fake_discord.token
        assert identify["intents"] == discord.Intents.default().value
        connection = fake_discord.gateway_connections[0]
        assert connection.query["v"] == "10" and connection.encoding == "json"
        assert connection.compress in {"zlib-stream", "zstd-stream"}


async def test_tree_sync_puts_the_commands(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        synced = await probe.bot.tree.sync()
        request = await fake_discord.wait_for_request("PUT", rf"/applications/{APPLICATION_ID}/commands")
        names = {(c["name"], c.get("type", 1)) for c in request.json}
        assert {("ask", 1), ("topic", 1), ("suggest", 1), ("slow", 1), ("Quote this", 3)} == names
        ask = next(c for c in request.json if c["name"] == "ask")
        assert ask["options"][0]["name"] == "question" and ask["options"][0]["required"] is True
        # The ids discord.py got back are the ids the fake will put into interactions.
        assert {c.id for c in synced} == {int(c["id"]) for c in fake_discord.synced_commands()}


async def test_slash_command_gets_a_type_4_callback(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord):
        interaction = fake_discord.make_slash_interaction(
            "ask", {"question": "Who is <@711873262338048006>?"}
        )
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)

        callback = await fake_discord.wait_for_interaction_response(interaction)
        assert callback.status == 200 and callback.query == {"with_response": "1"}
        assert callback.json["type"] == 4
        data = callback.json["data"]
        assert data["content"] == "You asked: Who is <@711873262338048006>?"
        assert data["allowed_mentions"] == NO_PINGS.to_dict() == {"parse": []}
        button = data["components"][0]["components"][0]
        assert button["custom_id"] == "faq:helpful" and button["label"] == "Helpful"
        # allowed_mentions kept Kirk from being pinged in the stored message.
        (message,) = fake_discord.interaction_messages(interaction)
        assert message["mentions"] == [] and message["type"] == 20


async def test_button_click_gets_its_callback(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord) as probe:
        ask = fake_discord.make_slash_interaction("ask", {"question": "When does Jess show up?"})
        await fake_discord.dispatch("INTERACTION_CREATE", ask)
        await fake_discord.wait_for_interaction_response(ask)
        # discord.py registers the view only once send_message() has returned; a click before that is
        # dropped (as it would be on real Discord), so wait for the command to complete.
        assert await asyncio.wait_for(probe.completed.get(), timeout=2) == "ask"
        (answer,) = fake_discord.interaction_messages(ask)

        click = fake_discord.make_component_interaction("faq:helpful", answer, user=fake_discord.moderator)
        await fake_discord.dispatch("INTERACTION_CREATE", click)
        callback = await fake_discord.wait_for_interaction_response(click)

        assert callback.json == {
            "type": 7,
            "data": {"tts": False, "content": "Thanks for the feedback!", "components": []},
        }
        assert probe.clicks == [fake_discord.moderator.id]
        assert fake_discord.messages[int(answer["id"])]["components"] == []


async def test_message_mentioning_the_bot_reaches_on_message(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        payload = fake_discord.make_message(f"{fake_discord.bot_mention} who plays Jess?")
        assert [m["id"] for m in payload["mentions"]] == [str(BOT_USER_ID)]
        await fake_discord.dispatch("MESSAGE_CREATE", payload)

        message = await asyncio.wait_for(probe.messages.get(), timeout=2)
        assert message.content == f"<@{BOT_USER_ID}> who plays Jess?"
        assert probe.bot.user in message.mentions
        assert isinstance(message.author, discord.Member) and message.author.id == fake_discord.member.id
        assert message.channel.id == TEXT_CHANNEL_ID


async def test_content_is_blanked_without_the_message_content_intent(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        await fake_discord.dispatch("MESSAGE_CREATE", fake_discord.make_message("who plays Jess?"))
        message = await asyncio.wait_for(probe.messages.get(), timeout=2)
        assert message.content == ""


async def test_reply_with_a_file_is_sent_as_multipart(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False):
        question = fake_discord.make_message(f"{fake_discord.bot_mention} source please")
        await fake_discord.dispatch("MESSAGE_CREATE", question)

        request = await fake_discord.wait_for_request("POST", rf"/channels/{TEXT_CHANNEL_ID}/messages")
        assert request.headers["Content-Type"].startswith("multipart/form-data")
        assert request.json["content"] == "Here is the source."
        assert request.json["message_reference"]["message_id"] == int(question["id"])
        assert request.json["attachments"] == [{"id": 0, "filename": "s01e01.txt"}]
        assert [(f.field_name, f.filename, f.data) for f in request.files] == [
            ("files[0]", "s01e01.txt", b"LUKE: Coffee.\n")
        ]
        assert request.response["type"] == 19
        assert request.response["attachments"][0]["size"] == len(b"LUKE: Coffee.\n")


async def test_wrong_token_makes_start_raise_login_failure(fake_discord: FakeDiscord) -> None:
    bot = build_bot().bot
    with point_discord_at(fake_discord):
        task = asyncio.create_task(bot.start("MTE4.not.the-token"))
        with pytest.raises(discord.LoginFailure):
            await asyncio.wait_for(task, timeout=5)
        await bot.close()
    (request,) = fake_discord.requests
    assert (request.method, request.path, request.status) == ("GET", "/users/@me", 401)
    assert request.response == {"message": "401: Unauthorized", "code": 0}
    assert fake_discord.gateway_connections == []


@pytest.mark.parametrize("use_reconnect_opcode", [False, True], ids=["server-close-4000", "op7-reconnect"])
async def test_forced_reconnect_resumes_and_replays_missed_events(
    fake_discord: FakeDiscord, use_reconnect_opcode: bool
) -> None:
    async with started(fake_discord, sync=False) as probe:
        await fake_discord.force_reconnect(use_reconnect_opcode=use_reconnect_opcode)
        # Sent while the bot may still be disconnected: buffered, then replayed on RESUME.
        await fake_discord.dispatch(
            "MESSAGE_CREATE", fake_discord.make_message(f"{fake_discord.bot_mention} 1")
        )
        await fake_discord.wait_until_resumed()
        await asyncio.wait_for(probe.resumed.wait(), timeout=2)
        await fake_discord.dispatch(
            "MESSAGE_CREATE", fake_discord.make_message(f"{fake_discord.bot_mention} 2")
        )

        first = await asyncio.wait_for(probe.messages.get(), timeout=2)
        second = await asyncio.wait_for(probe.messages.get(), timeout=2)
        assert [first.content, second.content] == [f"<@{BOT_USER_ID}> 1", f"<@{BOT_USER_ID}> 2"]
        assert len(fake_discord.identify_payloads) == 1
        resumed_on = fake_discord.gateway_connections[-1]
        assert resumed_on.kind == "resume" and resumed_on.path == "/gateway/resume"
        assert probe.bot.is_ready()


async def test_autocomplete_gets_a_type_8_callback(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord):
        interaction = fake_discord.make_autocomplete_interaction("topic", {"name": "ro"})
        assert interaction["data"]["options"] == [{"name": "name", "type": 3, "value": "ro", "focused": True}]
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        callback = await fake_discord.wait_for_interaction_response(interaction)
        assert callback.json == {"type": 8, "data": {"choices": [{"name": "Rory", "value": "rory"}]}}


async def test_modal_opens_and_its_submission_reaches_on_submit(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord) as probe:
        opener = fake_discord.make_slash_interaction("suggest")
        await fake_discord.dispatch("INTERACTION_CREATE", opener)
        opened = await fake_discord.wait_for_interaction_response(opener)
        assert opened.json["type"] == 9 and opened.json["data"]["custom_id"] == "faq:suggest"

        submit = fake_discord.make_modal_submit("faq:suggest", {"question": "Why Yale?"})
        await fake_discord.dispatch("INTERACTION_CREATE", submit)
        answer = await fake_discord.wait_for_interaction_response(submit)
        assert answer.json["type"] == 4
        assert answer.json["data"] == {"content": "Noted: Why Yale?", "flags": 64, "tts": False}
        assert probe.modal_answers == ["Why Yale?"]


async def test_deferred_response_then_followup_edits_the_loading_message(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord):
        interaction = fake_discord.make_slash_interaction("slow")
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        deferred = await fake_discord.wait_for_interaction_response(interaction)
        assert deferred.json["type"] == 5
        followup = await fake_discord.wait_for_request("POST", rf"/webhooks/{APPLICATION_ID}/[^/]+")
        assert followup.json["content"] == "Here is the slow answer."
        (message,) = fake_discord.interaction_messages(interaction)
        assert message["content"] == "Here is the slow answer." and message["flags"] == 0


async def test_message_context_menu_gets_the_target_message(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord):
        target = fake_discord.make_message("Oy with the poodles already.", author=fake_discord.owner)
        await fake_discord.dispatch("MESSAGE_CREATE", target)
        interaction = fake_discord.make_message_context_interaction("Quote this", target)
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        callback = await fake_discord.wait_for_interaction_response(interaction)
        assert callback.json["data"]["content"] == "> Oy with the poodles already."
        assert callback.json["data"]["flags"] == 64


async def test_late_response_is_rejected_like_discord_does(fake_discord: FakeDiscord) -> None:
    fake_discord.interaction_response_deadline = 0.0
    async with started(fake_discord) as probe:
        interaction = fake_discord.make_slash_interaction("ask", {"question": "too late?"})
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        callback = await fake_discord.wait_for_interaction_response(interaction)
        assert callback.status == 404 and callback.response["code"] == 10062
        await asyncio.sleep(0.05)  # let the tree's error handler run
        assert len(probe.command_errors) == 1


async def test_unknown_routes_are_recorded_and_answer_404(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        with pytest.raises(discord.NotFound):
            await probe.bot.http.request(
                discord.http.Route("GET", "/guilds/{guild_id}/bans", guild_id=GUILD_ID)
            )
        (unhandled,) = fake_discord.unhandled_requests
        assert (unhandled.method, unhandled.path, unhandled.status) == (
            "GET",
            f"/guilds/{GUILD_ID}/bans",
            404,
        )


async def test_guild_subcommand_resolves_members_and_respects_default_permissions(
    fake_discord: FakeDiscord,
) -> None:
    probe = build_bot()
    seen: list[tuple[int, int, bool]] = []
    faq = app_commands.Group(
        name="faq",
        description="Manage the FAQ",
        default_permissions=discord.Permissions(manage_messages=True),
    )

    @faq.command(name="credit", description="Credit a fan for an answer")
    async def credit(interaction: discord.Interaction, fan: discord.Member, points: int = 1) -> None:
        seen.append((fan.id, points, interaction.permissions.manage_messages))
        await interaction.response.send_message(f"{points} point(s) to {fan.display_name}", ephemeral=True)

    probe.bot.tree.add_command(faq, guild=discord.Object(GUILD_ID))
    async with running_bot(fake_discord, probe.bot):
        await probe.bot.tree.sync(guild=discord.Object(GUILD_ID))
        await fake_discord.wait_for_request(
            "PUT", rf"/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands"
        )

        # Discord hides the command from members without Manage Messages.
        with pytest.raises(FakeDiscordError, match="default_member_permissions"):
            fake_discord.make_slash_interaction("faq credit", {"fan": fake_discord.member})

        interaction = fake_discord.make_slash_interaction(
            "faq credit", {"fan": fake_discord.member, "points": 3}, user=fake_discord.moderator
        )
        assert interaction["data"]["guild_id"] == str(GUILD_ID)
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        callback = await fake_discord.wait_for_interaction_response(interaction)
        assert callback.json["data"] == {"content": "3 point(s) to Kirk", "flags": 64, "tts": False}
        assert seen == [(fake_discord.member.id, 3, True)]


async def test_members_intent_gets_the_member_list_by_chunk_request(fake_discord: FakeDiscord) -> None:
    intents = discord.Intents.default()
    intents.members = True
    bot = commands.Bot(command_prefix=commands.when_mentioned, intents=intents, guild_ready_timeout=0.05)
    async with running_bot(fake_discord, bot):
        request = await fake_discord.wait_for_gateway_payload(8)
        assert request.d["guild_id"] == GUILD_ID and request.d["query"] == ""
        guild = bot.get_guild(GUILD_ID)
        assert guild is not None and guild.chunked
        moderator = guild.get_member(fake_discord.moderator.id)
        assert moderator is not None and moderator.guild_permissions.manage_messages
        member = guild.get_member(fake_discord.member.id)
        assert member is not None and not member.guild_permissions.manage_messages


async def test_rate_limited_request_is_retried(fake_discord: FakeDiscord) -> None:
    async with started(fake_discord, sync=False) as probe:
        fake_discord.inject_failure(
            "POST",
            rf"/channels/{TEXT_CHANNEL_ID}/messages",
            status=429,
            body={"message": "You are being rate limited.", "retry_after": 0.05, "global": False},
        )
        channel = probe.bot.get_channel(TEXT_CHANNEL_ID)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send("Coffee is a food group.")
        statuses = [
            r.status for r in fake_discord.requests if r.path == f"/channels/{TEXT_CHANNEL_ID}/messages"
        ]
        assert statuses == [429, 200]
        assert fake_discord.messages[sent.id]["content"] == "Coffee is a food group."
