"""Every error ends here: logged with its context, answered with a short private message."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

if TYPE_CHECKING:
    from bot.client import ShowFaqBot

log = logging.getLogger(__name__)

UNKNOWN_INTERACTION = 10062  # Discord's error code for an interaction that can no longer be answered
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. It has been logged; please try again."


def slow_down(retry_after: float) -> str:
    """The cooldown message, in whole seconds."""
    return f"Slow down a little: try again in {max(1, math.ceil(retry_after))} s."


def user_message(error: BaseException) -> str | None:
    """What to tell the user about `error`, or None when it is a fault to log as one."""
    if isinstance(error, app_commands.CommandInvokeError | commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.CommandOnCooldown | commands.CommandOnCooldown):
        return slow_down(error.retry_after)
    if isinstance(error, app_commands.NoPrivateMessage | commands.NoPrivateMessage):
        return "That only works in a server."
    if isinstance(error, app_commands.MissingPermissions | commands.MissingPermissions):
        return "You don't have the permissions that needs."
    if isinstance(error, app_commands.BotMissingPermissions | discord.Forbidden):
        return "I don't have permission to do that here."
    if isinstance(error, app_commands.TransformerError):
        return f"I couldn't read {str(error.value)[:100]!r} for that option."
    if isinstance(error, app_commands.CheckFailure | commands.CheckFailure):
        return "You can't use that here."
    return None


def _expired(error: BaseException) -> bool:
    """The interaction is gone (answered after Discord's 3 s, or its token is 15 minutes old)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    return isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION


def _context(interaction: discord.Interaction[Any]) -> str:
    command = interaction.command.qualified_name if interaction.command else None
    custom_id = interaction.data.get("custom_id") if interaction.data else None
    return (
        f"interaction {interaction.id} ({interaction.type.name}) command={command!r} "
        f"custom_id={custom_id!r} user={interaction.user.id} guild={interaction.guild_id} "
        f"channel={interaction.channel_id}"
    )


class Errors(commands.Cog):
    """Answers errors from slash commands, context menus and buttons, and logs them with context."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot
        self._previous_handler = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous_handler  # type: ignore[method-assign]

    async def on_app_command_error(self, interaction: discord.Interaction[Any], error: BaseException) -> None:
        """Log `error` and tell the user, whether or not the interaction was answered yet."""
        if _expired(error):
            log.warning("answered too late; Discord had dropped %s", _context(interaction))
            return
        message = user_message(error)
        if message is None:
            log.error("error in %s", _context(interaction), exc_info=error)
            message = SOMETHING_WENT_WRONG
        else:
            log.info("refused %s: %s", _context(interaction), message)
        if interaction.type is discord.InteractionType.autocomplete:
            return  # an autocomplete can only answer with choices
        try:
            if interaction.response.is_done():
                await interaction.followup.send(message, ephemeral=True)
            else:
                await interaction.response.send_message(message, ephemeral=True)
        except Exception:  # the error handler itself must never raise
            log.warning("could not tell the user about an error in %s", _context(interaction), exc_info=True)


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(Errors(bot))
