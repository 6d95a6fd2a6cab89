"""Typed settings from the environment and an optional `.env` file, read once at start-up.

Build them in `__main__` (never at import time), so tests and the terminal need no token.
Every variable is documented in `.env.example`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the variable."""


def _default_dir(name: str) -> Path:
    """The pack next to the source tree when run from a checkout, else the copy inside the wheel."""
    checkout = PACKAGE_DIR.parent / name
    if checkout.is_dir() and (PACKAGE_DIR.parent / "pyproject.toml").is_file():
        return checkout
    return PACKAGE_DIR / "_pack" / name


def read_env_file(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines; blank lines and # comments are skipped, surrounding quotes removed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :]
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise SettingsError(f"{path}:{number}: expected KEY=VALUE, got {raw.strip()!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def _int(env: Mapping[str, str], key: str, default: int | None) -> int | None:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a whole number, got {raw!r}") from None


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a number, got {raw!r}") from None
    if value < 0:
        raise SettingsError(f"{key} must not be negative, got {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    discord_token: str | None
    discord_guild_id: int | None  # sync commands to this one server at start-up (development)
    discord_api_base: str | None  # REST base URL; None means Discord's own
    discord_gateway_url: str | None  # gateway websocket URL; None means Discord's own
    knowledge_dir: Path
    seeds_dir: Path
    log_level: str
    ask_cooldown_rate: int  # questions a user may ask per `ask_cooldown_seconds`
    ask_cooldown_seconds: float

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
    ) -> Settings:
        """Read settings: the process environment wins over `env_file`."""
        env: dict[str, str] = read_env_file(env_file) if env_file else {}
        env.update(os.environ if environ is None else environ)
        log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise SettingsError(
                f"LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got {log_level!r}"
            )
        rate = _int(env, "ASK_COOLDOWN_RATE", 5)
        assert rate is not None
        if rate < 1:
            raise SettingsError(f"ASK_COOLDOWN_RATE must be at least 1, got {rate}")
        return cls(
            discord_token=env.get("DISCORD_TOKEN", "").strip() or None,
            discord_guild_id=_int(env, "DISCORD_GUILD_ID", None),
            discord_api_base=env.get("DISCORD_API_BASE", "").strip().rstrip("/") or None,
            discord_gateway_url=env.get("DISCORD_GATEWAY_URL", "").strip() or None,
            knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or _default_dir("knowledge")).expanduser(),
            seeds_dir=Path(env.get("SEEDS_DIR") or _default_dir("seeds")).expanduser(),
            log_level=log_level,
            ask_cooldown_rate=rate,
            ask_cooldown_seconds=_float(env, "ASK_COOLDOWN_SECONDS", 30.0),
        )
