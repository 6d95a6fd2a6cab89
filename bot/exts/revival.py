"""`/revival [show]`: Milo's "right reasons" checklist as buttons, one question at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.checklist import ChecklistSession
from bot.ui.embeds import checklist_question_embed
from bot.ui.views import RevivalView

if TYPE_CHECKING:
    from bot.client import ShowFaqBot


class Revival(commands.Cog):
    """The interactive revival checklist."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot

    @app_commands.command(name="revival")
    @app_commands.describe(show="The show you'd like to see revived (optional)")
    async def revival(
        self,
        interaction: discord.Interaction[ShowFaqBot],
        show: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Run Milo Ventimiglia's "right reasons" test on a revival, one question at a time."""
        checklist = self.bot.engine.pack.checklist
        if checklist is None:
            await interaction.response.send_message("The revival checklist isn't available.", ephemeral=True)
            return
        session = ChecklistSession(checklist, show)
        view = RevivalView(
            session,
            starter_id=interaction.user.id,
            cite=self.bot.engine.citation,
            timeout=self.bot.revival_timeout,
        )
        view.last_interaction = interaction
        await interaction.response.send_message(embed=checklist_question_embed(session), view=view)


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(Revival(bot))
