"""`/about`: what showfaq knows and how to use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ui.embeds import about_embed

if TYPE_CHECKING:
    from bot.client import ShowFaqBot


class About(commands.Cog):
    """The sources, the counts and the commands."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction[ShowFaqBot]) -> None:
        """What showfaq knows, where it comes from, and how to ask."""
        await interaction.response.send_message(embed=about_embed(self.bot.engine.pack), ephemeral=True)


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(About(bot))
