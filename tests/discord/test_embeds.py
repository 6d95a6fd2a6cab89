"""Rendering without a connection: embeds stay inside Discord's limits, buttons inside theirs."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.checklist import ChecklistSession
from bot.core.engine import Engine
from bot.core.models import Answer, Status
from bot.ui.embeds import (
    AUTHOR_LIMIT,
    DESCRIPTION_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    about_embed,
    answer_embed,
    checklist_question_embed,
    fit,
    outcome_embed,
    people_embed,
    quotes_embed,
)
from bot.ui.views import CUSTOM_ID_LIMIT, answer_view

LARGEST_SNOWFLAKE = 2**64 - 1


def assert_within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= TITLE_LIMIT
    assert len(data.get("description", "")) <= DESCRIPTION_LIMIT
    assert len(data.get("fields", [])) <= FIELD_COUNT_LIMIT
    for field in data.get("fields", []):
        assert 0 < len(field["name"]) <= FIELD_NAME_LIMIT
        assert 0 < len(field["value"]) <= FIELD_VALUE_LIMIT
    assert len(data.get("footer", {}).get("text", "")) <= FOOTER_LIMIT
    assert len(data.get("author", {}).get("name", "")) <= AUTHOR_LIMIT
    assert len(embed) <= TOTAL_LIMIT


words = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=9000)


@settings(max_examples=150, deadline=None)
@given(
    title=words,
    description=words,
    fields=st.lists(st.tuples(words, words), max_size=30),
    footer=words,
    author=words,
)
def test_fit_keeps_every_embed_within_discords_limits(
    title: str, description: str, fields: list[tuple[str, str]], footer: str, author: str
) -> None:
    embed = discord.Embed(title=title, description=description)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    embed.set_footer(text=footer)
    embed.set_author(name=author)
    assert_within_limits(fit(embed))


def test_a_cut_is_marked_and_short_text_is_untouched() -> None:
    embed = fit(discord.Embed(title="word " * 100, description="Luke's diner."))
    assert embed.title is not None and embed.title.endswith("\u2026") and len(embed.title) <= TITLE_LIMIT
    assert embed.description == "Luke's diner."


def test_every_shipped_answer_renders_within_limits(engine: Engine) -> None:
    for entry in engine.pack.entries:
        answer = engine.answer_entry(entry.id)
        assert answer is not None
        assert_within_limits(answer_embed(answer))
        view = answer_view(answer, asker_id=LARGEST_SNOWFLAKE, removers=[LARGEST_SNOWFLAKE] * 2)
        assert all(len(item.custom_id) <= CUSTOM_ID_LIMIT for item in view.children)  # type: ignore[attr-defined]


def test_unknown_answer_is_kind_and_suggests(engine: Engine) -> None:
    unknown = Answer(question="<@1> @everyone what's the wifi password?", status=Status.UNKNOWN)
    embed = answer_embed(unknown)
    assert embed.title == "I don't know that one"
    assert "Questions I can answer" not in (embed.description or "")
    answer = engine.ask("who played jess")
    suggested = Answer(question="x", status=Status.UNKNOWN, suggestions=answer.suggestions or ())
    assert_within_limits(answer_embed(suggested))


def test_quotes_people_checklist_and_about_render_within_limits(engine: Engine) -> None:
    pack = engine.pack
    full = [q for q in pack.quotes if not q.is_fragment]
    assert_within_limits(quotes_embed(full, pack.sources, topic="everything"))
    assert_within_limits(people_embed(list(pack.people), engine.citation))
    for person in pack.people:
        assert_within_limits(people_embed([person], engine.citation))
    assert pack.checklist is not None
    session = ChecklistSession(pack.checklist, "x" * 300)
    assert_within_limits(checklist_question_embed(session))
    for yes in (True, False):
        finished = session
        while not finished.done:
            finished = finished.answer(yes)
        assert_within_limits(outcome_embed(finished, engine.citation))
    assert_within_limits(about_embed(pack))
