"""`/cast [name]`: who played whom, with sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.text import fold_for_compare, truncate
from bot.ui.embeds import people_embed, unplayed_character_embed

if TYPE_CHECKING:
    from bot.client import ShowFaqBot

CHOICE_LIMIT = 100


class Cast(commands.Cog):
    """The people in the sources and the characters they played."""

    def __init__(self, bot: ShowFaqBot) -> None:
        self.bot = bot
        # Every name fans may type, with how it is shown: "Jess Mariano (Milo Ventimiglia's character)".
        self.names: dict[str, str] = {}
        for person in bot.engine.pack.people:
            for alias in person.names():
                self.names.setdefault(alias, alias if alias == person.name else f"{alias} ({person.name})")
            for role in person.roles:
                for alias in (role.character, *role.aliases):
                    self.names.setdefault(alias, f"{alias} ({person.name}'s character)")
        for character in bot.engine.pack.characters:
            for alias in (character.character, *character.aliases):
                self.names.setdefault(alias, f"{alias} (a character; the sources don't say who played them)")

    @app_commands.command(name="cast")
    @app_commands.describe(name="An actor or a character; leave empty for everyone")
    async def cast(
        self,
        interaction: discord.Interaction[ShowFaqBot],
        name: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """See who played whom on Gilmore Girls, with sources."""
        if name and (character := self.bot.engine.unplayed_character(name)) is not None:
            embed = unplayed_character_embed(character, self.bot.engine.citation)
            await interaction.response.send_message(embed=embed)
            return
        people = self.bot.engine.find_people(name)
        if not people:
            await interaction.response.send_message(
                f"My sources don't mention anyone called \u201c{truncate(name or '', 100)}\u201d.",
                ephemeral=True,
            )
            return
        await interaction.response.send_message(embed=people_embed(people, self.bot.engine.citation))

    @cast.autocomplete("name")
    async def cast_autocomplete(
        self, interaction: discord.Interaction[ShowFaqBot], current: str
    ) -> list[app_commands.Choice[str]]:
        wanted = fold_for_compare(current.strip())
        starts = [n for n in self.names if fold_for_compare(n).startswith(wanted)]
        contains = [n for n in self.names if wanted in fold_for_compare(n) and n not in starts]
        return [
            app_commands.Choice(name=truncate(self.names[n], CHOICE_LIMIT), value=truncate(n, CHOICE_LIMIT))
            for n in (starts + contains)[:25]
        ]


async def setup(bot: ShowFaqBot) -> None:
    await bot.add_cog(Cast(bot))
