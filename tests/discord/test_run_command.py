"""`showfaq run` as an operator starts it: a real process, configured only by its environment."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from fake_discord import GUILD_ID, FakeDiscord

ROOT = Path(__file__).resolve().parents[2]


async def _start(fake: FakeDiscord, token: str, tmp_path: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "DISCORD_TOKEN": token,
        "DISCORD_GUILD_ID": str(GUILD_ID),
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "LOG_LEVEL": "INFO",
        "PYTHONPATH": str(ROOT),
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,  # away from any .env in the checkout
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_run_connects_answers_and_stops_cleanly_on_sigterm(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    process = await _start(fake_discord, fake_discord.token, tmp_path)
    try:
        await fake_discord.wait_until_identified(timeout=20)
        # DISCORD_GUILD_ID makes `run` sync the commands to that server at start-up.
        await fake_discord.wait_for_request(
            "PUT", rf"/applications/\d+/guilds/{GUILD_ID}/commands", timeout=20
        )
        interaction = fake_discord.make_slash_interaction("ask", {"question": "who played luke?"})
        await asyncio.sleep(0.5)  # let the gateway session settle before the first event
        await fake_discord.dispatch("INTERACTION_CREATE", interaction)
        response = await fake_discord.wait_for_interaction_response(interaction, timeout=10)
        embed = response.json["data"]["embeds"][0]
        assert "Scott Patterson" in embed["description"]
        assert response.json["data"]["allowed_mentions"] == {"parse": []}
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = await asyncio.wait_for(process.communicate(), timeout=20)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()


async def test_run_with_a_rejected_token_says_so_in_one_line(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    process = await _start(fake_discord, "not-the-token", tmp_path)
    _out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    message = err.decode().strip()
    assert process.returncode != 0
    assert "Traceback" not in message
    assert message.splitlines()[-1].endswith("Discord rejected the token (401): check DISCORD_TOKEN")
