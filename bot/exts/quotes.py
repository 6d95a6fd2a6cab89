"""`/quote [topic]`: words from the sources, with who said them and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.models import Quote
from bot.core.text import fold_for_compare, truncate
from bot.ui.embeds import quotes_embed

if TYPE_CHECKING:
    from bot.client import ShowFaqBot

CHOICE_LIMIT = 100


class Quotes(commands.Cog):
    """Quotes from the quote index."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot
        self.full_quotes = [q for q in bot.engine.pack.quotes if not q.is_fragment]
        self.by_id = {q.id: q for q in self.full_quotes}

    @app_commands.command(name="quote")
    @app_commands.describe(topic="What the quote is about; leave empty for a random one")
    async def quote(
        self,
        interaction: discord.Interaction[ShowFaqBot],
        topic: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        """Get a quote from showfaq's sources, about a topic or at random."""
        picked = self.by_id.get(topic or "")
        quotes = [picked] if picked else self.bot.engine.find_quotes(topic, limit=3)
        if not quotes:
            await interaction.response.send_message(
                f"I have no quote about \u201c{truncate(topic or '', 100)}\u201d. "
                "Try another topic, or leave it empty for a random quote.",
                ephemeral=True,
            )
            return
        shown = None if picked else topic
        embed = quotes_embed(quotes, self.bot.engine.pack.sources, topic=shown)
        await interaction.response.send_message(embed=embed)

    @quote.autocomplete("topic")
    async def quote_autocomplete(
        self, interaction: discord.Interaction[ShowFaqBot], current: str
    ) -> list[app_commands.Choice[str]]:
        found: list[Quote] = []
        if current.strip():
            found = self.bot.engine.find_quotes(current, limit=25)
            wanted = fold_for_compare(current)
            found += [q for q in self.full_quotes if wanted in fold_for_compare(q.text) and q not in found]
        else:
            found = self.full_quotes
        usable = [q for q in found if len(q.id) <= CHOICE_LIMIT][:25]
        return [app_commands.Choice(name=_label(q), value=q.id) for q in usable]


def _label(quote: Quote) -> str:
    who = f" \u2014 {quote.speaker}" if quote.speaker else ""
    return truncate(f"\u201c{quote.text}\u201d", CHOICE_LIMIT - len(who)) + who


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(Quotes(bot))
