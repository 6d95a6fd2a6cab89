"""Fixtures for tests that run the real discord.py client against the protocol-level fake Discord.

``tests/discord`` has no ``__init__.py`` on purpose (see ``fake_discord``'s module docstring): pytest puts
this directory on ``sys.path``, so tests import the helpers with ``from fake_discord import ...``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from fake_discord import FakeDiscord, point_discord_at


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started :class:`FakeDiscord` on 127.0.0.1; stopped after the test.

    Fails the test if the fake itself crashed while handling a request: such a crash reaches the bot
    only as a 503, which could otherwise pass for a bot bug or go unnoticed.
    """
    async with FakeDiscord() as fake:
        yield fake
    if fake.errors:
        pytest.fail(f"the fake Discord raised while serving the test: {fake.errors!r}")


@pytest.fixture
def discord_endpoints(fake_discord: FakeDiscord) -> Iterator[FakeDiscord]:
    """Point discord.py's REST base and default gateway at ``fake_discord`` for the whole test."""
    with point_discord_at(fake_discord):
        yield fake_discord
