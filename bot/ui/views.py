"""Buttons under showfaq's replies.

The buttons under answers are `DynamicItem`s: everything they need (the entry, the asker)
is in their custom id, so they keep working after a restart and nothing is held in
memory per message. Only the revival checklist keeps state, in an ordinary timed view.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import ButtonStyle, Interaction

from bot.core.checklist import ChecklistSession
from bot.core.models import Answer, Status
from bot.core.text import truncate
from bot.ui.embeds import Cite, answer_embed, checklist_question_embed, outcome_embed

if TYPE_CHECKING:
    from bot.client import ShowFaqBot

log = logging.getLogger(__name__)

CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
MAX_SUGGESTION_BUTTONS = 5  # one row

Button = discord.ui.Button[discord.ui.View]
_Self = TypeVar("_Self")


def reports_errors(
    callback: Callable[[_Self, Interaction[ShowFaqBot]], Awaitable[None]],
) -> Callable[[_Self, Interaction[ShowFaqBot]], Awaitable[None]]:
    """Send a button callback's errors to the tree's error handler, which answers the user."""

    @functools.wraps(callback)
    async def wrapper(self: _Self, interaction: Interaction[ShowFaqBot]) -> None:
        try:
            await callback(self, interaction)
        except Exception as error:
            await interaction.client.tree.on_error(interaction, error)  # type: ignore[arg-type]

    return wrapper


def _fits(custom_id: str) -> bool:
    if len(custom_id) > CUSTOM_ID_LIMIT:
        log.warning("custom id %r is over %d characters; button left out", custom_id, CUSTOM_ID_LIMIT)
        return False
    return True


class SuggestionButton(discord.ui.DynamicItem[Button], template=r"sf:pick:(?P<asker>\d+):(?P<entry>.+)"):
    """A "did you mean" question: the asker gets the answer in place, anyone else privately."""

    def __init__(self, asker_id: int, entry_id: str, label: str = "Show this answer") -> None:
        super().__init__(
            discord.ui.Button(
                label=truncate(label, LABEL_LIMIT),
                style=ButtonStyle.primary,
                custom_id=f"sf:pick:{asker_id}:{entry_id}",
                row=0,
            )
        )
        self.asker_id = asker_id
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SuggestionButton:
        return cls(int(match["asker"]), match["entry"], getattr(item, "label", None) or "Show this answer")

    @reports_errors
    async def callback(self, interaction: Interaction[ShowFaqBot]) -> None:
        answer = interaction.client.engine.answer_entry(self.entry_id)
        if answer is None:
            await interaction.response.send_message(
                "That question isn't in my list any more. Try /ask again.", ephemeral=True
            )
            return
        if interaction.user.id == self.asker_id:
            removers = removers_on(interaction.message)
            view = answer_view(answer, asker_id=self.asker_id, removers=removers)
            await interaction.response.edit_message(embed=answer_embed(answer), view=view)
        else:
            view = answer_view(answer, asker_id=interaction.user.id)
            await interaction.response.send_message(embed=answer_embed(answer), view=view, ephemeral=True)


class FeedbackButton(discord.ui.DynamicItem[Button], template=r"sf:vote:(?P<vote>up|down):(?P<entry>.+)"):
    """Helpful / Not helpful: acknowledged privately and counted for the moderators."""

    def __init__(self, entry_id: str, helpful: bool) -> None:
        vote = "up" if helpful else "down"
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                style=ButtonStyle.secondary,
                custom_id=f"sf:vote:{vote}:{entry_id}",
                row=1,
            )
        )
        self.entry_id = entry_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> FeedbackButton:
        return cls(match["entry"], match["vote"] == "up")

    @reports_errors
    async def callback(self, interaction: Interaction[ShowFaqBot]) -> None:
        await interaction.client.feedback.record(
            guild_id=interaction.guild_id,
            entry_id=self.entry_id,
            user_id=interaction.user.id,
            helpful=self.helpful,
        )
        log.info(
            "feedback: %s on %r by user %s in guild %s",
            "helpful" if self.helpful else "not helpful",
            self.entry_id,
            interaction.user.id,
            interaction.guild_id,
        )
        thanks = "Thanks, glad it helped!" if self.helpful else "Thanks, noted; the moderators will see it."
        await interaction.response.send_message(thanks, ephemeral=True)


class RemoveButton(discord.ui.DynamicItem[Button], template=r"sf:rm:(?P<users>\d+(?::\d+)*)"):
    """Delete the bot's reply: only the people named in the id, or anyone who can manage messages."""

    def __init__(self, user_ids: Sequence[int]) -> None:
        super().__init__(
            discord.ui.Button(
                label="Remove",
                style=ButtonStyle.danger,
                custom_id="sf:rm:" + ":".join(str(u) for u in user_ids),
                row=1,
            )
        )
        self.user_ids = tuple(user_ids)

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> RemoveButton:
        return cls([int(u) for u in match["users"].split(":")])

    @reports_errors
    async def callback(self, interaction: Interaction[ShowFaqBot]) -> None:
        if interaction.user.id not in self.user_ids and not interaction.permissions.manage_messages:
            await interaction.response.send_message(
                "Only the person who asked, or a moderator, can remove this answer.", ephemeral=True
            )
            return
        await interaction.response.defer()
        if interaction.message is not None:
            await interaction.message.delete()
        log.info(
            "answer %s removed by user %s",
            interaction.message and interaction.message.id,
            interaction.user.id,
        )


ANSWER_ITEMS = (SuggestionButton, FeedbackButton, RemoveButton)


def removers_on(message: discord.Message | None) -> tuple[int, ...]:
    """The users named in a message's Remove button, or none when it has no such button."""
    for row in message.components if message else ():
        for component in getattr(row, "children", ()):
            match = RemoveButton.__discord_ui_compiled_template__.fullmatch(
                getattr(component, "custom_id", None) or ""
            )
            if match:
                return tuple(int(u) for u in match["users"].split(":"))
    return ()


def answer_view(answer: Answer, *, asker_id: int, removers: Iterable[int] = ()) -> discord.ui.View:
    """Buttons for an answer: other questions it may have meant, feedback, and Remove when asked for."""
    view = discord.ui.View(timeout=None)
    others = [s for s in answer.suggestions if s.entry_id != answer.entry_id]
    for suggestion in others[:MAX_SUGGESTION_BUTTONS]:
        if _fits(f"sf:pick:{asker_id}:{suggestion.entry_id}"):
            view.add_item(SuggestionButton(asker_id, suggestion.entry_id, suggestion.question))
    if answer.entry_id and answer.status is not Status.UNKNOWN and _fits(f"sf:vote:down:{answer.entry_id}"):
        view.add_item(FeedbackButton(answer.entry_id, helpful=True))
        view.add_item(FeedbackButton(answer.entry_id, helpful=False))
    users = tuple(dict.fromkeys(removers))
    if users and _fits("sf:rm:" + ":".join(str(u) for u in users)):
        view.add_item(RemoveButton(users))
    return view


class RevivalView(discord.ui.View):
    """Milo's checklist, one question at a time; only the fan who started it can answer."""

    def __init__(
        self, session: ChecklistSession, *, starter_id: int, cite: Cite, timeout: float | None
    ) -> None:
        super().__init__(timeout=timeout)
        self.session = session
        self.starter_id = starter_id
        self.cite = cite
        # The newest interaction on this message; its token edits the message when the view times out.
        self.last_interaction: Interaction[ShowFaqBot] | None = None

    async def interaction_check(self, interaction: Interaction[ShowFaqBot], /) -> bool:
        if interaction.user.id == self.starter_id:
            return True
        await interaction.response.send_message(
            f"Only <@{self.starter_id}> can answer this checklist. Run /revival to start your own.",
            ephemeral=True,
        )
        return False

    @discord.ui.button(label="Yes", style=ButtonStyle.success)
    async def yes(self, interaction: Interaction[ShowFaqBot], _button: Button) -> None:
        await self._answer(interaction, yes=True)

    @discord.ui.button(label="No", style=ButtonStyle.danger)
    async def no(self, interaction: Interaction[ShowFaqBot], _button: Button) -> None:
        await self._answer(interaction, yes=False)

    async def _answer(self, interaction: Interaction[ShowFaqBot], *, yes: bool) -> None:
        if self.session.done:  # a second click that raced the last one
            await interaction.response.send_message("This checklist is already finished.", ephemeral=True)
            return
        self.session = self.session.answer(yes)
        self.last_interaction = interaction
        if self.session.done:
            self.stop()
            await interaction.response.edit_message(embed=outcome_embed(self.session, self.cite), view=None)
        else:
            await interaction.response.edit_message(embed=checklist_question_embed(self.session), view=self)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.last_interaction is None or self.session.done:
            return
        embed = checklist_question_embed(self.session)
        embed.set_footer(text=f"{embed.footer.text} \u00b7 timed out: run /revival to start again")
        try:
            await self.last_interaction.edit_original_response(embed=embed, view=self)
        except discord.HTTPException:
            log.warning("could not disable the revival buttons after the timeout", exc_info=True)

    async def on_error(
        self, interaction: Interaction[ShowFaqBot], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await interaction.client.tree.on_error(interaction, error)  # type: ignore[arg-type]
