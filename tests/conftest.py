"""Shared fixtures: the shipped pack and an engine over it, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import Pack, load_pack

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE_DIR = ROOT / "knowledge"
SEEDS_DIR = ROOT / "seeds"


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack(KNOWLEDGE_DIR, SEEDS_DIR)


@pytest.fixture(scope="session")
def engine(pack: Pack) -> Engine:
    return Engine(pack)
