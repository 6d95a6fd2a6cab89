"""Questions: `/ask`, @mentions, and the "Answer with showfaq" message menu."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.models import Answer
from bot.core.text import strip_chat_noise, truncate
from bot.exts.errors import slow_down
from bot.ui.embeds import answer_embed, help_embed
from bot.ui.views import ANSWER_ITEMS, answer_view

if TYPE_CHECKING:
    from bot.client import ShowFaqBot

log = logging.getLogger(__name__)

CHOICE_LIMIT = 100  # characters in an autocomplete choice's name and value
SLOW_DOWN_DELETE_AFTER = 15.0  # seconds; a reply to a mention can't be ephemeral, so it goes away


class Ask(commands.Cog):
    """Answers fans' questions from the engine, with the quote and source."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot
        settings = bot.settings
        # One budget per user, shared by /ask, mentions and the message menu.
        self.cooldown: commands.CooldownMapping[int] = commands.CooldownMapping(
            commands.Cooldown(settings.ask_cooldown_rate, settings.ask_cooldown_seconds), lambda user: user
        )
        self.answer_menu = app_commands.ContextMenu(name="Answer with showfaq", callback=self.answer_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.answer_menu)
        self.bot.add_dynamic_items(*ANSWER_ITEMS)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.answer_menu.name, type=self.answer_menu.type)
        self.bot.remove_dynamic_items(*ANSWER_ITEMS)

    def _spend(self, user_id: int) -> tuple[commands.Cooldown, float | None]:
        """Spend one question from the user's budget; the seconds to wait when it is empty."""
        bucket = self.cooldown.get_bucket(user_id)
        assert bucket is not None  # a mapping keyed by user always has a bucket
        return bucket, bucket.update_rate_limit()

    def _check_cooldown(self, user_id: int) -> None:
        """Spend one question, or raise the cooldown error the errors extension turns into a note."""
        bucket, retry_after = self._spend(user_id)
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(bucket, retry_after)

    def _answer(self, question: str, guild_id: int | None) -> Answer:
        answer = self.bot.engine.ask(question, guild_id=guild_id)
        log.debug("asked %r in guild %s: %s %s", question, guild_id, answer.status, answer.entry_id)
        return answer

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. who played Jess?")
    async def ask(
        self, interaction: discord.Interaction[ShowFaqBot], question: app_commands.Range[str, 1, 500]
    ) -> None:
        """Ask a Gilmore Girls question; answered only from showfaq's sources, with the quote."""
        self._check_cooldown(interaction.user.id)
        answer = self._answer(question, interaction.guild_id)
        await interaction.response.send_message(
            embed=answer_embed(answer), view=answer_view(answer, asker_id=interaction.user.id)
        )

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction[ShowFaqBot], current: str
    ) -> list[app_commands.Choice[str]]:
        entries = self.bot.engine.complete(current, guild_id=interaction.guild_id, limit=25)
        choices: dict[str, app_commands.Choice[str]] = {}
        for entry in entries:
            text = truncate(entry.question, CHOICE_LIMIT)
            choices.setdefault(text, app_commands.Choice(name=text, value=text))
        return list(choices.values())[:25]

    async def answer_message(
        self, interaction: discord.Interaction[ShowFaqBot], message: discord.Message
    ) -> None:
        """Answer the question in someone's message, as a public reply to it."""
        if not strip_chat_noise(message.content):
            await interaction.response.send_message(
                "That message has no question in it that I can read.", ephemeral=True
            )
            return
        self._check_cooldown(interaction.user.id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        # The engine reads the message as written: its lines, markdown and mentions say where
        # the question is (a struck-through aside, a new line after "hey bot").
        answer = self._answer(message.content, interaction.guild_id)
        removers = (message.author.id, interaction.user.id)
        view = answer_view(answer, asker_id=message.author.id, removers=removers)
        reply = await message.reply(embed=answer_embed(answer), view=view)
        await interaction.followup.send(f"Answered: {reply.jump_url}", ephemeral=True)

    def _mentions_me(self, message: discord.Message) -> bool:
        """True when the text itself mentions the bot (not just a reply to one of its messages)."""
        me = self.bot.user
        return me is not None and re.search(rf"<@!?{me.id}>", message.content) is not None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._mentions_me(message):
            return
        try:
            await self._answer_mention(message)
        except discord.Forbidden:
            log.warning(
                "no permission to reply to message %s in channel %s (guild %s)",
                message.id,
                message.channel.id,
                message.guild and message.guild.id,
            )

    async def _answer_mention(self, message: discord.Message) -> None:
        if not strip_chat_noise(message.content):
            await message.reply(embed=help_embed())
            return
        _bucket, retry_after = self._spend(message.author.id)
        if retry_after is not None:
            await message.reply(slow_down(retry_after), delete_after=SLOW_DOWN_DELETE_AFTER)
            return
        answer = self._answer(message.content, message.guild and message.guild.id)
        view = answer_view(answer, asker_id=message.author.id, removers=(message.author.id,))
        await message.reply(embed=answer_embed(answer), view=view)


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(Ask(bot))
