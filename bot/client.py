"""The Discord bot: one `commands.Bot` subclass, plus the two entry points `__main__` calls.

The bot holds what `__main__` built (settings and the engine) and nothing global; its
`setup_hook` loads one extension per feature from `bot.exts`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections import Counter
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bot.core.engine import Engine
from bot.core.knowledge import Pack
from bot.exts import EXTENSIONS
from bot.settings import Settings

log = logging.getLogger(__name__)

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"
# Seconds without a click before the checklist's buttons are disabled. Keep it under 15 minutes:
# the timeout edits the message with the last click's interaction token, which lives that long.
REVIVAL_TIMEOUT = 300.0


class StartupError(Exception):
    """The bot cannot start or sync; the message is one line for the terminal."""


TOKEN_REJECTED = "Discord rejected the token (401): check DISCORD_TOKEN"


def use_discord_endpoints(settings: Settings) -> None:
    """Point discord.py's REST calls and gateway websocket at the configured endpoints.

    discord.py keeps both as class attributes: every `Route` (webhooks and interaction
    callbacks included) is built on `Route.BASE`, and `Client.connect` dials
    `DiscordWebSocket.DEFAULT_GATEWAY` without asking `GET /gateway/bot`. Unset settings
    mean Discord's own addresses, so calling this again always leaves a known state.
    """
    discord.http.Route.BASE = settings.discord_api_base or DISCORD_API_BASE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url or DISCORD_GATEWAY_URL)


def showfaq_intents() -> discord.Intents:
    """Only what showfaq reads: servers and channels, and messages (for mentions).

    No privileged intent: without message content, Discord still sends the text of
    messages that mention the bot, and context-menu targets always carry theirs.
    """
    return discord.Intents(guilds=True, guild_messages=True, dm_messages=True)


class FeedbackTally:
    """Helpful / not-helpful votes, in memory until storage exists; a user's latest vote counts."""

    def __init__(self) -> None:
        self._votes: dict[tuple[int | None, str, int], bool] = {}

    async def record(self, *, guild_id: int | None, entry_id: str, user_id: int, helpful: bool) -> None:
        """Record one user's vote on one entry (async, like the storage that will replace this)."""
        self._votes[(guild_id, entry_id, user_id)] = helpful

    def totals(self, guild_id: int | None = None) -> dict[str, tuple[int, int]]:
        """Votes per entry in one server (or everywhere when `guild_id` is None): (helpful, not)."""
        up: Counter[str] = Counter()
        down: Counter[str] = Counter()
        for (guild, entry_id, _user), helpful in self._votes.items():
            if guild_id is None or guild == guild_id:
                (up if helpful else down)[entry_id] += 1
        return {entry: (up[entry], down[entry]) for entry in up.keys() | down.keys()}


class ShowFaqBot(commands.Bot):
    """showfaq on Discord: slash commands, mentions and buttons over one `Engine`."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        sync_on_start: bool = True,
        revival_timeout: float = REVIVAL_TIMEOUT,
        **options: Any,
    ) -> None:
        """`options` go to `commands.Bot` (tests pass e.g. `guild_ready_timeout`)."""
        # showfaq never joins voice: discord.py's start-up warnings about voice libraries are noise.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=showfaq_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **options,
        )
        self.settings = settings
        self.engine = engine
        self.sync_on_start = sync_on_start
        self.revival_timeout = revival_timeout
        self.feedback = FeedbackTally()

    async def login(self, token: str) -> None:
        use_discord_endpoints(self.settings)
        await super().login(token)

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.sync_on_start and self.settings.discord_guild_id:
            await self.sync_tree(self.settings.discord_guild_id)

    async def sync_tree(self, guild_id: int | None) -> int:
        """Sync the commands globally, or to one server (where they update at once); return how many."""
        try:
            if guild_id is None:
                synced = await self.tree.sync()
            else:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
        except (discord.Forbidden, discord.NotFound) as error:
            where = f"server {guild_id}" if guild_id else "Discord"
            raise StartupError(
                f"cannot sync commands to {where} ({error.status}): is the bot in it, "
                "invited with the applications.commands scope?"
            ) from None
        log.info("synced %d commands %s", len(synced), f"to server {guild_id}" if guild_id else "globally")
        return len(synced)

    async def on_message(self, message: discord.Message, /) -> None:
        """Mentions are answered by the ask extension; showfaq has no prefix commands."""

    async def on_ready(self) -> None:
        log.info(
            "connected as %s (%s) to %d servers", self.user, self.user and self.user.id, len(self.guilds)
        )


def _setup_logging(level_name: str) -> None:
    """Log through discord.py's formatter, unless the host has configured logging already."""
    if not logging.getLogger().handlers:
        discord.utils.setup_logging(level=logging.getLevelName(level_name))


def _token(settings: Settings) -> str:
    if not settings.discord_token:
        raise StartupError("DISCORD_TOKEN is not set: put the bot's token in the environment or .env")
    return settings.discord_token


async def _login(bot: ShowFaqBot, token: str) -> None:
    try:
        await bot.login(token)
    except discord.LoginFailure:
        raise StartupError(TOKEN_REJECTED) from None
    except (aiohttp.ClientConnectionError, OSError) as error:
        raise StartupError(f"cannot reach Discord at {discord.http.Route.BASE}: {error}") from None


async def run_bot(settings: Settings, pack: Pack) -> None:
    """Run the bot until SIGINT or SIGTERM, then close it cleanly."""
    _setup_logging(settings.log_level)
    token = _token(settings)
    bot = ShowFaqBot(settings, Engine(pack))
    loop = asyncio.get_running_loop()
    closing: set[asyncio.Task[None]] = set()

    def stop(signame: str) -> None:
        log.info("%s received; closing", signame)
        task = asyncio.create_task(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        with contextlib.suppress(NotImplementedError):  # Windows has no loop signal handlers
            loop.add_signal_handler(sig, stop, sig.name)
    try:
        async with bot:
            await _login(bot, token)
            await bot.connect(reconnect=True)
    finally:
        for sig in signals:
            with contextlib.suppress(NotImplementedError):
                loop.remove_signal_handler(sig)


async def sync_commands(settings: Settings, pack: Pack, guild_id: int | None) -> int:
    """Sync the command tree globally, or to one server, and return how many commands it has."""
    _setup_logging(settings.log_level)
    token = _token(settings)
    async with ShowFaqBot(settings, Engine(pack), sync_on_start=False) as bot:
        await _login(bot, token)
        return await bot.sync_tree(guild_id)
