"""A protocol-level fake of Discord (REST API v10 and the gateway) for tests.

Why a fake at this level: the bot under test runs the *real* discord.py client, so the tests also cover
discord.py's own payload parsing, its interaction-response plumbing and its reconnect logic, and they can
assert on the exact HTTP bodies the bot sends.  Payload shapes follow Discord's API documentation
(github.com/discord/discord-api-docs).  Where the documentation is silent the fake picks a plausible
behaviour and says so in a comment; nothing here is copied from discord.py or the documentation.

The fake is deliberately strict where real Discord is strict, because those are the failures a bot meets
in production: a wrong token gets 401, an interaction answered twice gets 40060, an interaction answered
after 3 seconds gets 10062, a followup before the initial response gets "Unknown Webhook", a message over
2000 characters gets 50035, a command name with capitals is rejected at sync time, and members without a
command's ``default_member_permissions`` cannot invoke it.

Import note: ``tests/discord`` deliberately has no ``__init__.py``.  With pytest's default "prepend"
import mode the directory itself goes on ``sys.path`` (so ``import fake_discord`` works) and the real
``discord`` package can never be shadowed by a test package called ``discord``.
"""

# The waiting helpers take ``timeout=`` on purpose: tests read better with one call than with an
# ``asyncio.timeout`` block around every wait, and the timeout is part of the error message.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import datetime as dt
import enum
import json
import mimetypes
import re
import secrets
import socket
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    import discord

JSON = dict[str, Any]

API_VERSION: Final = 10
DISCORD_EPOCH_MS: Final = 1_420_070_400_000


class Permission(enum.IntFlag):
    """The permission bits the fake uses (Discord's "Permissions" topic)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CONNECT = 1 << 20
    SPEAK = 1 << 21
    CHANGE_NICKNAME = 1 << 26
    USE_APPLICATION_COMMANDS = 1 << 31
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    SEND_MESSAGES_IN_THREADS = 1 << 38
    SEND_POLLS = 1 << 49
    USE_EXTERNAL_APPS = 1 << 50


#: Every permission bit Discord currently defines fits below 2**53; owners and administrators get all of them.
ALL_PERMISSIONS: Final = (1 << 53) - 1

EVERYONE_PERMISSIONS: Final = int(
    Permission.CREATE_INSTANT_INVITE
    | Permission.ADD_REACTIONS
    | Permission.VIEW_CHANNEL
    | Permission.SEND_MESSAGES
    | Permission.EMBED_LINKS
    | Permission.ATTACH_FILES
    | Permission.READ_MESSAGE_HISTORY
    | Permission.USE_EXTERNAL_EMOJIS
    | Permission.CONNECT
    | Permission.SPEAK
    | Permission.CHANGE_NICKNAME
    | Permission.USE_APPLICATION_COMMANDS
    | Permission.CREATE_PUBLIC_THREADS
    | Permission.SEND_MESSAGES_IN_THREADS
    | Permission.SEND_POLLS
    | Permission.USE_EXTERNAL_APPS
)
MODERATOR_PERMISSIONS: Final = int(
    Permission.MANAGE_MESSAGES | Permission.MANAGE_THREADS | Permission.KICK_MEMBERS
)
BOT_ROLE_PERMISSIONS: Final = int(
    Permission.VIEW_CHANNEL
    | Permission.SEND_MESSAGES
    | Permission.EMBED_LINKS
    | Permission.ATTACH_FILES
    | Permission.READ_MESSAGE_HISTORY
    | Permission.ADD_REACTIONS
    | Permission.USE_EXTERNAL_EMOJIS
    | Permission.SEND_MESSAGES_IN_THREADS
)
#: What ``app_permissions`` holds in a DM with the bot (documented on the interaction object).
DM_APP_PERMISSIONS: Final = int(
    Permission.ATTACH_FILES
    | Permission.EMBED_LINKS
    | Permission.MENTION_EVERYONE
    | Permission.USE_EXTERNAL_EMOJIS
)


class Intent(enum.IntFlag):
    """Gateway intent bits the fake enforces."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    GUILD_MESSAGE_REACTIONS = 1 << 10
    GUILD_MESSAGE_TYPING = 1 << 11
    DIRECT_MESSAGES = 1 << 12
    DIRECT_MESSAGE_REACTIONS = 1 << 13
    DIRECT_MESSAGE_TYPING = 1 << 14
    MESSAGE_CONTENT = 1 << 15


PRIVILEGED_INTENTS: Final = int(Intent.GUILD_MEMBERS | Intent.GUILD_PRESENCES | Intent.MESSAGE_CONTENT)

# Message flags (Discord "Message Flags").
FLAG_SUPPRESS_EMBEDS: Final = 1 << 2
FLAG_EPHEMERAL: Final = 1 << 6
FLAG_LOADING: Final = 1 << 7
FLAG_SUPPRESS_NOTIFICATIONS: Final = 1 << 12
FLAG_IS_VOICE_MESSAGE: Final = 1 << 13
FLAG_IS_COMPONENTS_V2: Final = 1 << 15

# Interaction types and callback types.
INTERACTION_PING: Final = 1
INTERACTION_APPLICATION_COMMAND: Final = 2
INTERACTION_MESSAGE_COMPONENT: Final = 3
INTERACTION_AUTOCOMPLETE: Final = 4
INTERACTION_MODAL_SUBMIT: Final = 5

CALLBACK_PONG: Final = 1
CALLBACK_CHANNEL_MESSAGE: Final = 4
CALLBACK_DEFERRED_CHANNEL_MESSAGE: Final = 5
CALLBACK_DEFERRED_UPDATE_MESSAGE: Final = 6
CALLBACK_UPDATE_MESSAGE: Final = 7
CALLBACK_AUTOCOMPLETE_RESULT: Final = 8
CALLBACK_MODAL: Final = 9

# Application command types and option types.
COMMAND_CHAT_INPUT: Final = 1
COMMAND_USER: Final = 2
COMMAND_MESSAGE: Final = 3

OPTION_SUB_COMMAND: Final = 1
OPTION_SUB_COMMAND_GROUP: Final = 2
OPTION_STRING: Final = 3
OPTION_INTEGER: Final = 4
OPTION_BOOLEAN: Final = 5
OPTION_USER: Final = 6
OPTION_CHANNEL: Final = 7
OPTION_ROLE: Final = 8
OPTION_MENTIONABLE: Final = 9
OPTION_NUMBER: Final = 10
OPTION_ATTACHMENT: Final = 11

# Message types.
MESSAGE_DEFAULT: Final = 0
MESSAGE_REPLY: Final = 19
MESSAGE_CHAT_INPUT_COMMAND: Final = 20
MESSAGE_CONTEXT_MENU_COMMAND: Final = 23

# Fixed ids.  They are real-looking snowflakes whose embedded timestamps are plausible creation dates,
# so discord.py's ``created_at`` and its "message younger than 10 s" delete bucket behave normally.
APPLICATION_ID: Final = 1186710064195436548  # 2023-12-19; new apps share the id with their bot user
BOT_USER_ID: Final = APPLICATION_ID
GUILD_ID: Final = 1098685482100981761  # 2023-04-20; also the id of the @everyone role
TEXT_CHANNEL_ID: Final = 1098685482650435586  # "#show-questions", the guild's first channel
OTHER_CHANNEL_ID: Final = 1098685819666956295  # "#off-topic"
MODERATOR_ROLE_ID: Final = 1098694074514276355
BOT_ROLE_ID: Final = 1186710473387675648  # the managed role Discord creates when the bot joins
OWNER_USER_ID: Final = 287907482959872000
MODERATOR_USER_ID: Final = 395307734179774464
MEMBER_USER_ID: Final = 711873262338048006

#: Same shape as a real bot token: base64(bot id) . base64(timestamp) . HMAC.
DEFAULT_BOT_TOKEN: Final = (
    base64.b64encode(str(BOT_USER_ID).encode()).decode().rstrip("=")
    + ".GxF3tQ.fK3vQy8tWm0n2Lr7Zp4a9Hc1Ds6Ue5Ib-Jo0Xw"
)

#: 10 MiB, the attachment limit of a guild without boosts.
ATTACHMENT_SIZE_LIMIT: Final = 10 * 1024 * 1024
#: Application flags an unverified bot with all three privileged intents enabled in the portal gets
#: (GATEWAY_PRESENCE_LIMITED, GATEWAY_GUILD_MEMBERS_LIMITED, GATEWAY_MESSAGE_CONTENT_LIMITED,
#: APPLICATION_COMMAND_BADGE).
APPLICATION_FLAGS: Final = (1 << 13) | (1 << 15) | (1 << 19) | (1 << 23)


def snowflake_time(snowflake: int) -> dt.datetime:
    """When a snowflake was generated (Discord's "Snowflakes" reference)."""
    return dt.datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=dt.UTC)


def _iso(moment: dt.datetime | None = None) -> str:
    """ISO8601 with microseconds and ``+00:00``, the way Discord writes timestamps."""
    return (moment or dt.datetime.now(dt.UTC)).isoformat(timespec="microseconds")


class SnowflakeGenerator:
    """Generates increasing snowflakes from the current time, like Discord's id workers."""

    def __init__(self, worker_id: int = 1, process_id: int = 0) -> None:
        self._worker_id = worker_id
        self._process_id = process_id
        self._last_ms = 0
        self._increment = 0

    def next(self) -> int:
        now_ms = int(time.time() * 1000)
        if now_ms <= self._last_ms:
            now_ms = self._last_ms
            self._increment += 1
            if self._increment > 0xFFF:
                now_ms += 1
                self._increment = 0
        else:
            self._increment = 0
        self._last_ms = now_ms
        return (
            ((now_ms - DISCORD_EPOCH_MS) << 22)
            | (self._worker_id << 17)
            | (self._process_id << 12)
            | self._increment
        )


@dataclass(frozen=True, slots=True)
class FakeUser:
    """A user known to the fake; ``role_ids`` are its guild roles besides @everyone."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    discriminator: str = "0"  # humans migrated to unique usernames have "0"
    role_ids: tuple[int, ...] = ()
    joined_at: str = "2023-04-21T08:12:40.501000+00:00"
    avatar: str | None = None
    locale: str = "en-US"

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def to_user(self) -> JSON:
        """The user object (Discord "User Structure")."""
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": self.discriminator,
            "global_name": self.global_name,
            "avatar": self.avatar,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
            "public_flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(slots=True)
class UploadedFile:
    """One file part of a multipart/form-data request (``files[n]``)."""

    field_name: str
    filename: str
    content_type: str | None
    data: bytes


@dataclass(slots=True)
class RecordedRequest:
    """A REST request the fake received.

    ``path`` is relative to ``/api/v10`` (for example ``/channels/1/messages``).  ``json`` is the parsed
    JSON body or, for multipart requests, the parsed ``payload_json`` part.  ``status`` and ``response``
    are what the fake answered.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    files: list[UploadedFile]
    received_at: float  # time.time()
    form: dict[str, str] = field(default_factory=dict)  # non-file multipart fields other than payload_json
    status: int | None = None
    response: Any = None
    consumed: bool = False

    @property
    def authorization(self) -> str | None:
        return self.headers.get("Authorization")


@dataclass(slots=True)
class GatewayPayload:
    """A payload the bot sent over the gateway (identify, heartbeat, presence update, ...)."""

    op: int
    d: Any
    connection_index: int
    received_at: float
    consumed: bool = False


@dataclass(eq=False)
class GatewayConnection:
    """One websocket connection to the fake gateway, kept for assertions."""

    index: int
    path: str
    query: dict[str, str]
    encoding: str
    compress: str | None
    opened_at: float
    ws: web.WebSocketResponse = field(repr=False)
    session_id: str | None = None
    kind: str | None = None  # "identify" or "resume" once the client said which
    close_code: int | None = None
    closed_by: str | None = None  # "client" or "server"
    compressor: Any = field(default=None, repr=False)
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)


@dataclass(eq=False)
class _GatewaySession:
    session_id: str
    intents: int
    identify: JSON
    shard: list[int] | None
    seq: int = 0
    events: list[JSON] = field(default_factory=list)
    connection: GatewayConnection | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass(eq=False)
class _InteractionState:
    id: int
    token: str
    type: int
    payload: JSON
    created_at: float  # loop time; reset when dispatched, the 3 s deadline counts from then
    acknowledged: bool = False
    response_type: int | None = None
    original_message_id: int | None = None
    loading: bool = False
    expired: bool = False
    followup_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Reply:
    status: int
    body: Any = None
    headers: dict[str, str] | None = None


@dataclass(eq=False)
class _Injection:
    method: str
    pattern: re.Pattern[str]
    reply: _Reply
    times: int


_Handler = Callable[[RecordedRequest, "re.Match[str]"], Awaitable[_Reply]]


@dataclass(slots=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: _Handler
    auth: bool


class FakeDiscordError(AssertionError):
    """Raised by the builders when a test asks for something real Discord could never send."""


def _form_error(errors: JSON) -> _Reply:
    """400 "Invalid Form Body" (code 50035) with Discord's nested ``errors`` object."""
    return _Reply(400, {"code": 50035, "errors": errors, "message": "Invalid Form Body"})


def _field_error(code: str, message: str) -> JSON:
    return {"_errors": [{"code": code, "message": message}]}


def _set_nested(errors: JSON, path: Sequence[str | int], value: JSON) -> None:
    node = errors
    for key in path[:-1]:
        node = node.setdefault(str(key), {})
    node[str(path[-1])] = value


def _truthy_query(value: str | None) -> bool:
    """Discord's boolean query strings: ``True``, ``true`` or ``1``."""
    return value is not None and value.lower() in {"true", "1"}


_CHAT_INPUT_NAME = re.compile(r"[-_'\w]{1,32}")
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


class FakeDiscord:
    """Discord's REST API and gateway on 127.0.0.1, for the real discord.py client.

    Use as ``async with FakeDiscord() as fake:``, point discord.py at ``fake.api_base`` and
    ``fake.gateway_url`` (see :func:`point_discord_at`), then drive the bot with :meth:`dispatch` and the
    ``make_*`` payload builders and assert on :attr:`requests` / :meth:`wait_for_request`.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_BOT_TOKEN,
        heartbeat_interval_ms: int = 41_250,
        enabled_privileged_intents: int = PRIVILEGED_INTENTS,
        interaction_response_deadline: float | None = 3.0,
        echo_bot_messages: bool = True,
    ) -> None:
        """Configure the fake.

        ``enabled_privileged_intents`` are the intents switched on in the developer portal; identifying
        with others closes the gateway with 4014.  ``interaction_response_deadline`` is Discord's 3 s
        limit for the initial response (``None`` disables it).  ``echo_bot_messages`` makes messages the
        bot creates come back as MESSAGE_CREATE/UPDATE/DELETE events, as on real Discord.
        """
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.enabled_privileged_intents = enabled_privileged_intents
        self.interaction_response_deadline = interaction_response_deadline
        self.echo_bot_messages = echo_bot_messages

        self.application_id: int = APPLICATION_ID
        self.guild_id: int = GUILD_ID
        self.text_channel_id: int = TEXT_CHANNEL_ID
        self.other_channel_id: int = OTHER_CHANNEL_ID
        self.moderator_role_id: int = MODERATOR_ROLE_ID
        self.bot_role_id: int = BOT_ROLE_ID

        self.bot_user = FakeUser(
            BOT_USER_ID,
            "showfaq",
            global_name="ShowFAQ",
            bot=True,
            discriminator="8342",
            role_ids=(BOT_ROLE_ID,),
            joined_at="2023-12-19T16:43:44.870000+00:00",
        )
        self.owner = FakeUser(
            OWNER_USER_ID, "lorelai.g", global_name="Lorelai", joined_at="2023-04-20T19:03:51.522000+00:00"
        )
        self.moderator = FakeUser(
            MODERATOR_USER_ID,
            "miss.patty",
            global_name="Miss Patty",
            role_ids=(MODERATOR_ROLE_ID,),
            joined_at="2023-04-20T19:40:12.090000+00:00",
        )
        self.member = FakeUser(MEMBER_USER_ID, "kirk.gleason", global_name="Kirk")
        #: Guild members by id (the bot included).  ``add_user`` adds more.
        self.users: dict[int, FakeUser] = {
            u.id: u for u in (self.bot_user, self.owner, self.moderator, self.member)
        }

        self.roles: dict[int, JSON] = {
            GUILD_ID: self._role_payload(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, position=0),
            MODERATOR_ROLE_ID: self._role_payload(
                MODERATOR_ROLE_ID, "Moderator", MODERATOR_PERMISSIONS, position=2, color=0x3498DB, hoist=True
            ),
            BOT_ROLE_ID: self._role_payload(
                BOT_ROLE_ID,
                "ShowFAQ",
                BOT_ROLE_PERMISSIONS,
                position=1,
                managed=True,
                tags={"bot_id": str(BOT_USER_ID)},
            ),
        }
        self.channels: dict[int, JSON] = {
            TEXT_CHANNEL_ID: self._text_channel_payload(
                TEXT_CHANNEL_ID, "show-questions", 0, "Ask anything about the show. Spoilers in #off-topic."
            ),
            OTHER_CHANNEL_ID: self._text_channel_payload(OTHER_CHANNEL_ID, "off-topic", 1, None),
        }
        self._dm_channels: dict[int, int] = {}

        #: Every REST request, in arrival order.
        self.requests: list[RecordedRequest] = []
        #: Requests that matched no route (answered 404/405) - a quick way to spot unsupported calls.
        self.unhandled_requests: list[RecordedRequest] = []
        #: Exceptions raised inside the fake's own handlers (answered 503); the fixture fails on these.
        self.errors: list[BaseException] = []
        #: Every message the fake knows (sent by the bot or built with ``make_message``), by id.
        self.messages: dict[int, JSON] = {}
        #: Synced application commands: ``None`` for global, else guild id -> {command id: command}.
        self.commands: dict[int | None, dict[int, JSON]] = {None: {}}
        #: Modals the bot opened (callback type 9), by custom_id.
        self.modals: dict[str, JSON] = {}
        #: Every gateway connection, in order.
        self.gateway_connections: list[GatewayConnection] = []
        #: Every payload the bot sent over the gateway.
        self.gateway_payloads: list[GatewayPayload] = []
        #: The ``d`` of every successful IDENTIFY.
        self.identify_payloads: list[JSON] = []
        self.resume_count = 0

        self._ids = SnowflakeGenerator()
        self._sessions: dict[str, _GatewaySession] = {}
        self._active_session: _GatewaySession | None = None
        self._interactions: dict[int, _InteractionState] = {}
        self._interactions_by_token: dict[str, _InteractionState] = {}
        self._injections: list[_Injection] = []
        self._routes: list[_Route] = self._build_routes()
        self._changed: asyncio.Condition | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def start(self) -> None:
        """Bind 127.0.0.1 on a free port and start serving."""
        if self._runner is not None:
            raise RuntimeError("FakeDiscord is already started")
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/gateway", self._gateway_handler)
        app.router.add_route("GET", "/gateway/resume", self._gateway_handler)
        app.router.add_route("*", "/{tail:.*}", self._rest_handler)
        # No access log: pytest would capture a line per request for no benefit.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        # Binding the socket ourselves is the race-free way to get a free port.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        self._port = sock.getsockname()[1]

    async def close(self) -> None:
        """Close every gateway connection (1001 "going away") and stop the server."""
        for conn in self.gateway_connections:
            if not conn.ws.closed:
                conn.closed_by = conn.closed_by or "server"
                with contextlib.suppress(Exception):
                    await conn.ws.close(code=1001, message=b"fake discord shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeDiscord is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """What ``discord.http.Route.BASE`` must be set to."""
        return f"{self.base_url}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        """What ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` must be set to."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        """Sent in READY; a different path so tests can see that discord.py resumes where it was told."""
        return f"ws://127.0.0.1:{self.port}/gateway/resume"

    @property
    def bot_mention(self) -> str:
        return self.bot_user.mention

    # ------------------------------------------------------------------ guild model

    def add_user(
        self, username: str, *, role_ids: Sequence[int] = (), global_name: str | None = None
    ) -> FakeUser:
        """Add another human guild member (no event is sent; add users before the bot connects)."""
        user = FakeUser(self._ids.next(), username, global_name=global_name, role_ids=tuple(role_ids))
        self.users[user.id] = user
        return user

    def permissions_for(self, user: FakeUser | int) -> int:
        """Guild-level permissions: owner and administrators get everything (no channel overwrites here)."""
        user = self._user(user)
        if user.id == OWNER_USER_ID:
            return ALL_PERMISSIONS
        value = int(self.roles[GUILD_ID]["permissions"])
        for role_id in user.role_ids:
            value |= int(self.roles[role_id]["permissions"])
        if value & Permission.ADMINISTRATOR:
            return ALL_PERMISSIONS
        return value

    def member_payload(
        self, user: FakeUser | int, *, with_user: bool = True, permissions: bool = False
    ) -> JSON:
        """A guild member object (Discord "Guild Member Structure")."""
        user = self._user(user)
        data: JSON = {}
        if with_user:
            data["user"] = user.to_user()
        data.update(
            {
                "nick": None,
                "avatar": None,
                "banner": None,
                "roles": [str(r) for r in user.role_ids],
                "joined_at": user.joined_at,
                "premium_since": None,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "pending": False,
                "communication_disabled_until": None,
            }
        )
        if permissions:
            data["permissions"] = str(self.permissions_for(user))
        return data

    def guild_payload(self, *, members: Sequence[FakeUser] | None = None) -> JSON:
        """The GUILD_CREATE payload: a guild object plus the GUILD_CREATE extra fields."""
        member_list = list(self.users.values()) if members is None else list(members)
        channels = []
        for channel in self.channels.values():
            if channel["type"] == 1:
                continue
            c = dict(channel)
            c.pop("guild_id", None)  # channels inside GUILD_CREATE carry no guild_id
            channels.append(c)
        return {
            "id": str(GUILD_ID),
            "name": "Stars Hollow Watch Party",
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(OWNER_USER_ID),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "widget_enabled": False,
            "widget_channel_id": None,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": str(TEXT_CHANNEL_ID),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_presences": None,
            "max_members": 500_000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "safety_alerts_channel_id": None,
            "incidents_data": None,
            # GUILD_CREATE extra fields
            "joined_at": self.bot_user.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(self.users),
            "voice_states": [],
            "members": [self.member_payload(u) for u in member_list],
            "channels": channels,
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def dm_channel_payload(self, user: FakeUser | int) -> JSON:
        """The DM channel between the bot and ``user`` (created on first use)."""
        user = self._user(user)
        channel_id = self._dm_channels.get(user.id)
        if channel_id is None:
            channel_id = self._ids.next()
            self._dm_channels[user.id] = channel_id
            self.channels[channel_id] = {
                "id": str(channel_id),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [user.to_user()],
            }
        return self.channels[channel_id]

    # ------------------------------------------------------------------ waiting helpers

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _wait(self, predicate: Callable[[], Any], timeout: float, describe: Callable[[], str]) -> Any:
        if self._changed is None:
            raise RuntimeError("FakeDiscord is not started")
        async with self._changed:
            try:
                async with asyncio.timeout(timeout):
                    return await self._changed.wait_for(predicate)
            except TimeoutError:
                raise TimeoutError(describe()) from None

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        *,
        timeout: float = 5.0,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> RecordedRequest:
        """The first not-yet-consumed request whose method matches and whose path fully matches.

        Requests that already arrived count.  The returned request is marked consumed, so calling this
        twice with the same pattern returns two different requests.  Paths are relative to ``/api/v10``.
        """
        wanted = method.upper()
        pattern = re.compile(path_regex)

        def find() -> RecordedRequest | None:
            for request in self.requests:
                if (
                    not request.consumed
                    and request.method == wanted
                    and request.status is not None
                    and pattern.fullmatch(request.path)
                    and (predicate is None or predicate(request))
                ):
                    return request
            return None

        def describe() -> str:
            seen = "\n".join(f"  {r.method} {r.path} -> {r.status}" for r in self.requests) or "  (none)"
            return f"no {wanted} request matching {path_regex!r} within {timeout}s; received:\n{seen}"

        found: RecordedRequest = await self._wait(find, timeout, describe)
        found.consumed = True
        return found

    async def wait_for_interaction_response(
        self, interaction: JSON, *, timeout: float = 5.0
    ) -> RecordedRequest:
        """The callback request (``POST /interactions/{id}/{token}/callback``) for ``interaction``."""
        return await self.wait_for_request(
            "POST", rf"/interactions/{interaction['id']}/[^/]+/callback", timeout=timeout
        )

    async def wait_for_gateway_payload(
        self, op: int, *, timeout: float = 5.0, predicate: Callable[[Any], bool] | None = None
    ) -> GatewayPayload:
        """The first not-yet-consumed payload with opcode ``op`` the bot sent (e.g. 3 for presence)."""

        def find() -> GatewayPayload | None:
            for payload in self.gateway_payloads:
                if not payload.consumed and payload.op == op and (predicate is None or predicate(payload.d)):
                    return payload
            return None

        found: GatewayPayload = await self._wait(
            find, timeout, lambda: f"the bot sent no gateway op {op} within {timeout}s"
        )
        found.consumed = True
        return found

    async def wait_until_identified(self, *, timeout: float = 5.0) -> JSON:
        """Wait until a client identified and got READY + GUILD_CREATE; returns the IDENTIFY ``d``."""
        await self._wait(
            lambda: bool(self.identify_payloads), timeout, lambda: f"no successful IDENTIFY within {timeout}s"
        )
        return self.identify_payloads[-1]

    async def wait_until_resumed(self, *, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``count`` RESUMEs in total have succeeded."""
        await self._wait(
            lambda: self.resume_count >= count,
            timeout,
            lambda: f"{self.resume_count} RESUME(s) within {timeout}s, wanted {count}",
        )

    def inject_failure(
        self,
        method: str,
        path_regex: str,
        *,
        status: int,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status``/``body`` instead of handling them.

        For a 429, give ``body={"message": "You are being rate limited.", "retry_after": 0.05,
        "global": False}``; the fake adds the ``Via`` header discord.py needs to tell Discord's 429s
        from Cloudflare bans.
        """
        reply_headers = dict(headers or {})
        if status == 429:
            reply_headers.setdefault("Via", "1.1 google")
            reply_headers.setdefault("Retry-After", "1")
        if body is None:
            body = {"message": f"{status}: injected failure", "code": 0}
        self._injections.append(
            _Injection(method.upper(), re.compile(path_regex), _Reply(status, body, reply_headers), times)
        )

    def expire_interaction(self, interaction: JSON) -> None:
        """Make the interaction's token invalid, as Discord does 15 minutes after the interaction."""
        self._interactions[int(interaction["id"])].expired = True

    def synced_commands(self, guild_id: int | None = None) -> list[JSON]:
        """The commands currently registered (global when ``guild_id`` is None)."""
        return list(self.commands.get(guild_id, {}).values())

    def register_command(self, command: JSON, *, guild_id: int | None = None) -> JSON:
        """Register a command as if the bot had synced it (for tests that do not call ``tree.sync``)."""
        stored = self._store_command(command, guild_id)
        return copy.deepcopy(stored)

    def channel_messages(self, channel_id: int) -> list[JSON]:
        """Messages the fake knows in ``channel_id``, oldest first."""
        return [m for m in self.messages.values() if int(m["channel_id"]) == channel_id]

    def interaction_messages(self, interaction: JSON) -> list[JSON]:
        """The original response (if any) and the followups created through ``interaction``'s token."""
        state = self._interactions[int(interaction["id"])]
        ids = (
            [state.original_message_id] if state.original_message_id is not None else []
        ) + state.followup_ids
        return [self.messages[i] for i in ids if i in self.messages]

    # ------------------------------------------------------------------ gateway

    @property
    def gateway_session_id(self) -> str | None:
        return self._active_session.session_id if self._active_session else None

    async def dispatch(self, event: str, data: JSON) -> int | None:
        """Send a DISPATCH (op 0) event with the next sequence number; returns that ``s``.

        Events the bot's intents exclude are not sent (returns ``None``), and without the MESSAGE_CONTENT
        intent message content is blanked unless the bot is mentioned or it is a DM - both as Discord
        does.  While the bot is disconnected, events are buffered and replayed on RESUME.
        """
        session = self._active_session
        if session is None:
            raise RuntimeError("no gateway session yet; wait for fake.wait_until_identified() first")
        data = copy.deepcopy(data)
        if event == "INTERACTION_CREATE":
            state = self._interactions.get(int(data["id"]))
            if state is None:
                state = self._register_interaction(data)
            state.created_at = asyncio.get_running_loop().time()
        elif event == "MESSAGE_CREATE":
            self.messages[int(data["id"])] = self._strip_event_fields(data)
        return await self._dispatch_to(session, event, data)

    async def force_reconnect(self, *, code: int = 4000, use_reconnect_opcode: bool = False) -> None:
        """Drop the current gateway connection in a resumable way.

        By default the socket is closed with ``code`` (4000 "Unknown error" is resumable); with
        ``use_reconnect_opcode`` the fake sends op 7 RECONNECT and lets the client close.  Then await
        :meth:`wait_until_resumed`.
        """
        session = self._active_session
        conn = session.connection if session else None
        if conn is None or conn.ws.closed:
            raise RuntimeError("no open gateway connection to drop")
        if use_reconnect_opcode:
            await self._send(conn, {"op": 7, "d": None, "s": None, "t": None})
        else:
            conn.closed_by = "server"
            await conn.ws.close(code=code, message=b"fake discord forced reconnect")

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION on the current connection.

        Note discord.py sleeps 5 s (``before_identify_hook``) before re-identifying.
        """
        session = self._active_session
        if session is None or session.connection is None:
            raise RuntimeError("no open gateway connection")
        connection = session.connection
        if not resumable:
            self._end_session(session)
        await self._send(connection, {"op": 9, "d": resumable, "s": None, "t": None})

    def _end_session(self, session: _GatewaySession) -> None:
        self._sessions.pop(session.session_id, None)
        if self._active_session is session:
            self._active_session = None

    async def _dispatch_to(self, session: _GatewaySession, event: str, data: JSON) -> int | None:
        if not self._intents_allow(session.intents, event, data):
            return None
        data = self._apply_message_content_intent(session.intents, event, data)
        async with session.lock:
            return await self._dispatch_locked(session, event, data)

    async def _dispatch_locked(self, session: _GatewaySession, event: str, data: Any) -> int:
        session.seq += 1
        payload = {"op": 0, "d": data, "s": session.seq, "t": event}
        session.events.append(payload)
        conn = session.connection
        if conn is not None:
            await self._send(conn, payload)
        return session.seq

    @staticmethod
    def _intents_allow(intents: int, event: str, data: JSON) -> bool:
        in_guild = "guild_id" in data
        needed: int | None = None
        if event.startswith("MESSAGE_REACTION_"):
            needed = Intent.GUILD_MESSAGE_REACTIONS if in_guild else Intent.DIRECT_MESSAGE_REACTIONS
        elif event.startswith("MESSAGE_") and event != "MESSAGE_POLL_VOTE_ADD":
            needed = Intent.GUILD_MESSAGES if in_guild else Intent.DIRECT_MESSAGES
        elif event == "TYPING_START":
            needed = Intent.GUILD_MESSAGE_TYPING if in_guild else Intent.DIRECT_MESSAGE_TYPING
        elif event.startswith("GUILD_MEMBER_") and event != "GUILD_MEMBERS_CHUNK":
            needed = Intent.GUILD_MEMBERS
        elif event == "PRESENCE_UPDATE":
            needed = Intent.GUILD_PRESENCES
        return needed is None or bool(intents & needed)

    def _apply_message_content_intent(self, intents: int, event: str, data: JSON) -> JSON:
        """Blank content/embeds/attachments/components/poll like Discord does without MESSAGE_CONTENT."""
        if event not in {"MESSAGE_CREATE", "MESSAGE_UPDATE"} or intents & Intent.MESSAGE_CONTENT:
            return data
        if "guild_id" not in data:  # DMs always carry content
            return data
        if str(data.get("author", {}).get("id")) == str(BOT_USER_ID):
            return data
        if any(str(m.get("id")) == str(BOT_USER_ID) for m in data.get("mentions", [])):
            return data
        data = dict(data)
        data.update({"content": "", "embeds": [], "attachments": [], "components": []})
        data.pop("poll", None)
        return data

    async def _send(self, conn: GatewayConnection, payload: JSON) -> bool:
        raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        async with conn.send_lock:
            if conn.ws.closed:
                return False
            try:
                if conn.compress == "zlib-stream":
                    # One zlib stream per connection; every message ends with a Z_SYNC_FLUSH marker
                    # (00 00 ff ff), which is how clients find message boundaries.
                    await conn.ws.send_bytes(
                        conn.compressor.compress(raw) + conn.compressor.flush(zlib.Z_SYNC_FLUSH)
                    )
                elif conn.compress == "zstd-stream":
                    await conn.ws.send_bytes(conn.compressor(raw))
                else:
                    await conn.ws.send_str(raw.decode())
            except (ConnectionError, RuntimeError):
                return False
        return True

    async def _gateway_handler(self, request: web.Request) -> web.StreamResponse:
        # Real Discord upgrades first and reports bad parameters with close codes, so do the same.
        ws = web.WebSocketResponse(autoping=True, compress=False, max_msg_size=4 * 1024 * 1024)
        await ws.prepare(request)
        query = dict(request.query)
        conn = GatewayConnection(
            index=len(self.gateway_connections),
            path=request.path,
            query=query,
            encoding=query.get("encoding", "json"),
            compress=query.get("compress"),
            opened_at=time.time(),
            ws=ws,
        )
        self.gateway_connections.append(conn)
        try:
            if query.get("v") != str(API_VERSION):
                await self._close(conn, 4012, "Invalid API version")
                return ws
            if conn.encoding != "json":
                # ETF is a real option on Discord but discord.py never asks for it.
                await self._close(conn, 4002, "fake discord only speaks encoding=json")
                return ws
            if conn.compress is not None and not self._setup_compression(conn):
                await self._close(conn, 4000, f"unsupported compress={conn.compress}")
                return ws
            await self._send(
                conn,
                {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None, "t": None},
            )
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    await self._close(conn, 4002, "Decode error")
                    break
                try:
                    payload = json.loads(message.data)
                    op = payload["op"]
                except (ValueError, KeyError, TypeError):
                    await self._close(conn, 4002, "Decode error")
                    break
                self.gateway_payloads.append(GatewayPayload(op, payload.get("d"), conn.index, time.time()))
                await self._handle_gateway_payload(conn, op, payload.get("d"))
                await self._notify()
                if ws.closed:
                    break
        except Exception as exc:  # a bug in the fake must be visible, not a silent hang
            self.errors.append(exc)
            raise
        finally:
            conn.close_code = ws.close_code
            conn.closed_by = conn.closed_by or "client"
            session = self._sessions.get(conn.session_id) if conn.session_id else None
            if session is not None and session.connection is conn:
                session.connection = None
                # A clean close by the client (1000/1001) ends the session on Discord.
                # (discord.py 2.7 on aiohttp 3.14 actually closes with 4000 even in Client.close(): its
                # reader task sees the local close first and closes with its own "reconnect" code.)
                if conn.closed_by == "client" and conn.close_code in (1000, 1001):
                    self._end_session(session)
            await self._notify()
        return ws

    def _setup_compression(self, conn: GatewayConnection) -> bool:
        if conn.compress == "zlib-stream":
            conn.compressor = zlib.compressobj()
            return True
        if conn.compress == "zstd-stream":
            # discord.py asks for zstd-stream only when it can import a zstd module; the fake runs in the
            # same interpreter so the same module is importable here.  Each message is flushed as a
            # complete block so the client can decode it on its own.
            try:
                import zstandard  # type: ignore[import-not-found]

                zobj = zstandard.ZstdCompressor().compressobj()
                conn.compressor = lambda raw: (
                    zobj.compress(raw) + zobj.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
                )
                return True
            except ImportError:
                pass
            try:
                from compression import zstd  # type: ignore[import-not-found]

                compressor = zstd.ZstdCompressor()
                conn.compressor = lambda raw: compressor.compress(raw, mode=zstd.ZstdCompressor.FLUSH_BLOCK)
                return True
            except ImportError:
                return False
        return False

    async def _close(self, conn: GatewayConnection, code: int, reason: str) -> None:
        conn.closed_by = "server"
        await conn.ws.close(code=code, message=reason.encode())

    async def _handle_gateway_payload(self, conn: GatewayConnection, op: int, d: Any) -> None:
        if op == 1:  # HEARTBEAT
            await self._send(conn, {"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:  # IDENTIFY
            await self._identify(conn, d)
        elif op == 6:  # RESUME
            await self._resume(conn, d)
        elif op in (3, 4, 8, 31):  # presence update, voice state, request members, request soundboard
            if conn.session_id is None:
                await self._close(conn, 4003, "Not authenticated.")
            elif op == 8:
                await self._request_guild_members(conn, d)
        else:
            await self._close(conn, 4001, "Unknown opcode.")

    async def _identify(self, conn: GatewayConnection, d: Any) -> None:
        if conn.session_id is not None:
            await self._close(conn, 4005, "Already authenticated.")
            return
        if not isinstance(d, dict) or d.get("token") != self.token:
            await self._close(conn, 4004, "Authentication failed.")
            return
        intents = d.get("intents")
        if not isinstance(intents, int) or intents < 0:
            await self._close(conn, 4013, "Invalid intent(s).")
            return
        if intents & PRIVILEGED_INTENTS & ~self.enabled_privileged_intents:
            await self._close(conn, 4014, "Disallowed intent(s).")
            return
        shard = d.get("shard")
        if shard is not None and (len(shard) != 2 or shard[1] != 1 or shard[0] != 0):
            await self._close(conn, 4010, "Invalid shard.")
            return
        conn.kind = "identify"
        session = _GatewaySession(secrets.token_hex(16), intents, d, shard)
        conn.session_id = session.session_id
        self._sessions[session.session_id] = session
        self._active_session = session
        # Without the presence intent GUILD_CREATE lists only the bot (and users in voice); clients with
        # the members intent then fetch the rest with op 8 REQUEST_GUILD_MEMBERS.
        members = list(self.users.values()) if intents & Intent.GUILD_PRESENCES else [self.bot_user]
        async with session.lock:
            session.connection = conn
            await self._dispatch_locked(session, "READY", self._ready_payload(session))
            if intents & Intent.GUILDS:
                await self._dispatch_locked(session, "GUILD_CREATE", self.guild_payload(members=members))
        self.identify_payloads.append(d)

    def _ready_payload(self, session: _GatewaySession) -> JSON:
        me = self.bot_user.to_user()
        me.update({"verified": True, "mfa_enabled": False, "email": None, "flags": 0})
        data: JSON = {
            "v": API_VERSION,
            "user_settings": {},
            "user": me,
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_type": "normal",
            "session_id": session.session_id,
            "resume_gateway_url": self.resume_gateway_url,
            "relationships": [],
            "private_channels": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["rotterdam", "frankfurt", "london", "stockholm", "madrid"],
            "application": {"id": str(APPLICATION_ID), "flags": APPLICATION_FLAGS},
            "auth": {},
            "_trace": ['["fake-discord-gateway",{"micros":0}]'],
        }
        if session.shard is not None:
            data["shard"] = session.shard
        return data

    async def _resume(self, conn: GatewayConnection, d: Any) -> None:
        session = self._sessions.get(d.get("session_id")) if isinstance(d, dict) else None
        if session is None or d.get("token") != self.token:
            await self._send(conn, {"op": 9, "d": False, "s": None, "t": None})
            return
        seq = d.get("seq")
        if not isinstance(seq, int) or seq > session.seq:
            await self._close(conn, 4007, "Invalid seq.")
            return
        conn.kind = "resume"
        conn.session_id = session.session_id
        async with session.lock:
            old = session.connection
            session.connection = None
            if old is not None and old is not conn and not old.ws.closed:
                old.closed_by = "server"
                await old.ws.close(code=4000, message=b"session resumed elsewhere")
            for event in session.events:  # replay what the client missed, then RESUMED
                if event["s"] > seq:
                    await self._send(conn, event)
            session.connection = conn
            await self._dispatch_locked(
                session, "RESUMED", {"_trace": ['["fake-discord-gateway",{"micros":0}]']}
            )
        self._active_session = session
        self.resume_count += 1

    async def _request_guild_members(self, conn: GatewayConnection, d: Any) -> None:
        session = self._sessions[conn.session_id] if conn.session_id else None
        if session is None or not isinstance(d, dict):
            return
        guild_ids = d.get("guild_id")
        if not isinstance(guild_ids, list):
            guild_ids = [guild_ids]
        if str(GUILD_ID) not in {str(g) for g in guild_ids}:
            return
        members = list(self.users.values())
        not_found: list[str] = []
        if d.get("user_ids"):
            wanted = [int(u) for u in d["user_ids"]]
            members = [u for u in members if u.id in wanted]
            not_found = [str(u) for u in wanted if u not in self.users]
        else:
            query = (d.get("query") or "").lower()
            members = [
                u
                for u in members
                if u.username.lower().startswith(query) or (u.global_name or "").lower().startswith(query)
            ]
        limit = d.get("limit") or 0
        if limit:
            members = members[:limit]
        chunk: JSON = {
            "guild_id": str(GUILD_ID),
            "members": [self.member_payload(u) for u in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": not_found,
        }
        if d.get("presences"):
            chunk["presences"] = []
        if d.get("nonce") is not None:
            chunk["nonce"] = d["nonce"]
        await self._dispatch_to(session, "GUILD_MEMBERS_CHUNK", chunk)

    # ------------------------------------------------------------------ REST plumbing

    def _build_routes(self) -> list[_Route]:
        sf = r"\d+"
        token = r"[^/]+"
        table: list[tuple[str, str, _Handler, bool]] = [
            ("GET", r"/users/@me", self._get_me, True),
            ("GET", rf"/users/(?P<user_id>{sf})", self._get_user, True),
            ("POST", r"/users/@me/channels", self._create_dm, True),
            ("GET", r"/oauth2/applications/@me", self._get_application, True),
            ("GET", r"/applications/@me", self._get_application, True),
            ("GET", r"/gateway", self._get_gateway, False),
            ("GET", r"/gateway/bot", self._get_gateway_bot, True),
            (
                "POST",
                rf"/interactions/(?P<interaction_id>{sf})/(?P<token>{token})/callback",
                self._callback,
                False,
            ),
            ("POST", rf"/webhooks/(?P<app_id>{sf})/(?P<token>{token})", self._webhook_execute, False),
            (
                "GET",
                rf"/webhooks/(?P<app_id>{sf})/(?P<token>{token})/messages/(?P<message_id>@original|{sf})",
                self._webhook_get,
                False,
            ),
            (
                "PATCH",
                rf"/webhooks/(?P<app_id>{sf})/(?P<token>{token})/messages/(?P<message_id>@original|{sf})",
                self._webhook_edit,
                False,
            ),
            (
                "DELETE",
                rf"/webhooks/(?P<app_id>{sf})/(?P<token>{token})/messages/(?P<message_id>@original|{sf})",
                self._webhook_delete,
                False,
            ),
            ("GET", rf"/channels/(?P<channel_id>{sf})", self._get_channel, True),
            ("POST", rf"/channels/(?P<channel_id>{sf})/messages", self._create_message, True),
            (
                "GET",
                rf"/channels/(?P<channel_id>{sf})/messages/(?P<message_id>{sf})",
                self._get_message,
                True,
            ),
            (
                "PATCH",
                rf"/channels/(?P<channel_id>{sf})/messages/(?P<message_id>{sf})",
                self._edit_message,
                True,
            ),
            (
                "DELETE",
                rf"/channels/(?P<channel_id>{sf})/messages/(?P<message_id>{sf})",
                self._delete_message,
                True,
            ),
            ("POST", rf"/channels/(?P<channel_id>{sf})/typing", self._typing, True),
            (
                "PUT",
                rf"/channels/(?P<channel_id>{sf})/messages/(?P<message_id>{sf})/reactions/(?P<emoji>[^/]+)/@me",
                self._reaction,
                True,
            ),
            (
                "DELETE",
                rf"/channels/(?P<channel_id>{sf})/messages/(?P<message_id>{sf})/reactions/(?P<emoji>[^/]+)/@me",
                self._reaction,
                True,
            ),
            ("GET", rf"/guilds/(?P<guild_id>{sf})/members/(?P<user_id>{sf})", self._get_member, True),
        ]
        for scope in (
            rf"/applications/(?P<app_id>{sf})",
            rf"/applications/(?P<app_id>{sf})/guilds/(?P<guild_id>{sf})",
        ):
            table += [
                ("GET", rf"{scope}/commands", self._list_commands, True),
                ("PUT", rf"{scope}/commands", self._bulk_overwrite_commands, True),
                ("POST", rf"{scope}/commands", self._create_command, True),
                ("GET", rf"{scope}/commands/(?P<command_id>{sf})", self._get_command, True),
                ("PATCH", rf"{scope}/commands/(?P<command_id>{sf})", self._edit_command, True),
                ("DELETE", rf"{scope}/commands/(?P<command_id>{sf})", self._delete_command, True),
            ]
        return [
            _Route(method, re.compile(pattern), handler, auth) for method, pattern, handler, auth in table
        ]

    async def _rest_handler(self, request: web.Request) -> web.StreamResponse:
        prefix = f"/api/v{API_VERSION}"
        in_api = request.path.startswith(prefix + "/")
        path = request.path[len(prefix) :] if in_api else request.path
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=dict(request.headers),
            json=None,
            files=[],
            received_at=time.time(),
        )
        self.requests.append(record)
        try:
            reply = await self._parse_body(request, record)
            if reply is None:
                reply = await self._route(record, in_api=in_api)
        except Exception as exc:
            # 503 makes discord.py raise DiscordServerError at once (500 would be retried with sleeps).
            self.errors.append(exc)
            reply = _Reply(503, {"message": f"fake discord bug: {exc!r}", "code": 0})
        record.status = reply.status
        record.response = reply.body
        # Write the answer out before waking waiters, so a test that saw the request "answered" does not
        # race the bot's HTTP client for it.  (The bot still processes the answer asynchronously: sync on
        # a bot-side event such as on_app_command_completion before acting on what it stored.)
        response = self._to_response(reply)
        with contextlib.suppress(ConnectionError):  # the client may have given up (e.g. bot closing)
            await response.prepare(request)
            await response.write_eof()
        await self._notify()
        return response

    @staticmethod
    def _to_response(reply: _Reply) -> web.Response:
        headers = dict(reply.headers or {})
        if reply.body is None:
            return web.Response(status=reply.status, headers=headers)
        # Exactly "application/json": discord.py compares the header for equality, so aiohttp's
        # json_response ("application/json; charset=utf-8") would make it treat the body as text.
        headers["Content-Type"] = "application/json"
        return web.Response(status=reply.status, body=json.dumps(reply.body).encode(), headers=headers)

    @staticmethod
    async def _parse_body(request: web.Request, record: RecordedRequest) -> _Reply | None:
        if not request.body_exists:
            return None
        invalid_json = _Reply(400, {"message": "The request body contains invalid JSON.", "code": 50109})
        if request.content_type == "multipart/form-data":
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    record.files.append(
                        UploadedFile(name, value.filename, value.content_type, value.file.read())
                    )
                elif name == "payload_json":
                    try:
                        record.json = json.loads(str(value))
                    except ValueError:
                        return invalid_json
                else:
                    record.form[name] = str(value)
            return None
        raw = await request.read()
        if not raw:
            return None
        if request.content_type == "application/json":
            try:
                record.json = json.loads(raw)
            except ValueError:
                return invalid_json
            return None
        return _Reply(
            400, {"code": 50035, "errors": {}, "message": "Invalid Form Body (unsupported Content-Type)"}
        )

    async def _route(self, record: RecordedRequest, *, in_api: bool) -> _Reply:
        for injection in self._injections:
            if (
                injection.times > 0
                and injection.method == record.method
                and injection.pattern.fullmatch(record.path)
            ):
                injection.times -= 1
                return injection.reply
        path_known = False
        if in_api:
            for route in self._routes:
                match = route.pattern.fullmatch(record.path)
                if match is None:
                    continue
                path_known = True
                if route.method != record.method:
                    continue
                if route.auth and record.authorization != f"Bot {self.token}":
                    return _Reply(401, {"message": "401: Unauthorized", "code": 0})
                return await route.handler(record, match)
        self.unhandled_requests.append(record)
        if path_known:
            return _Reply(405, {"message": "405: Method Not Allowed", "code": 0})
        return _Reply(404, {"message": "404: Not Found", "code": 0})

    # ------------------------------------------------------------------ REST: users, application, gateway

    async def _get_me(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        me = self.bot_user.to_user()
        me.update(
            {
                "verified": True,
                "mfa_enabled": False,
                "email": None,
                "flags": 0,
                "locale": "en-US",
                "bio": "",
                "banner": None,
            }
        )
        return _Reply(200, me)

    async def _get_user(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        user = self.users.get(int(match["user_id"]))
        if user is None:
            return _Reply(404, {"message": "Unknown User", "code": 10013})
        return _Reply(200, user.to_user())

    async def _create_dm(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        recipient = (record.json or {}).get("recipient_id")
        user = self.users.get(int(recipient)) if recipient is not None else None
        if user is None:
            return _form_error(
                {"recipient_id": _field_error("NUMBER_TYPE_COERCE", "Value is not a known user.")}
            )
        return _Reply(200, self.dm_channel_payload(user))

    async def _get_application(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        owner = self.owner.to_user()
        owner["flags"] = 0
        return _Reply(
            200,
            {
                "id": str(APPLICATION_ID),
                "name": "ShowFAQ",
                "icon": None,
                "description": "Answers fans' questions about the show, with the exact quote.",
                "summary": "",
                "type": None,
                "hook": True,
                "bot_public": False,
                "bot_require_code_grant": False,
                "verify_key": "1f0c2d6b8e4a9c3d5b7e0a1f2c4d6e8b9a0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e",
                "flags": APPLICATION_FLAGS,
                "flags_new": str(APPLICATION_FLAGS),
                "owner": owner,
                "team": None,
                "bot": self.bot_user.to_user(),
                "rpc_origins": [],
                "redirect_uris": [],
                "interactions_endpoint_url": None,  # else discord.py warns that interactions go elsewhere
                "role_connections_verification_url": None,
                "event_webhooks_url": None,
                "event_webhooks_status": 1,
                "tags": [],
                "approximate_guild_count": 1,
                "approximate_user_install_count": 0,
                "approximate_user_authorization_count": 0,
                "integration_types_config": {
                    "0": {
                        "oauth2_install_params": {
                            "scopes": ["applications.commands", "bot"],
                            "permissions": str(BOT_ROLE_PERMISSIONS),
                        }
                    }
                },
                "install_params": {
                    "scopes": ["applications.commands", "bot"],
                    "permissions": str(BOT_ROLE_PERMISSIONS),
                },
            },
        )

    async def _get_gateway(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        return _Reply(200, {"url": self.gateway_url})

    async def _get_gateway_bot(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        return _Reply(
            200,
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000 - len(self.identify_payloads),
                    "reset_after": 86_400_000,
                    "max_concurrency": 1,
                },
            },
        )

    async def _get_member(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        if int(match["guild_id"]) != GUILD_ID:
            return _Reply(404, {"message": "Unknown Guild", "code": 10004})
        user = self.users.get(int(match["user_id"]))
        if user is None:
            return _Reply(404, {"message": "Unknown Member", "code": 10007})
        return _Reply(200, self.member_payload(user))

    # ------------------------------------------------------------------ REST: application commands

    def _command_scope(self, match: re.Match[str]) -> tuple[int | None, _Reply | None]:
        if int(match["app_id"]) != APPLICATION_ID:
            return None, _Reply(403, {"message": "Missing Access", "code": 50001})
        guild = match.groupdict().get("guild_id")
        if guild is None:
            return None, None
        if int(guild) != GUILD_ID:
            return None, _Reply(404, {"message": "Unknown Guild", "code": 10004})
        return int(guild), None

    async def _list_commands(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        return _Reply(200, self.synced_commands(scope))

    async def _bulk_overwrite_commands(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        if not isinstance(record.json, list):
            return _form_error(_field_error("BASE_TYPE_ARRAY", "Must be an array."))
        if len(record.json) > 100:
            return _form_error(_field_error("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."))
        errors: JSON = {}
        seen: set[tuple[str, int]] = set()
        for index, command in enumerate(record.json):
            command_errors = self._validate_command(command)
            key = (str(command.get("name")), int(command.get("type", COMMAND_CHAT_INPUT)))
            if key in seen:
                command_errors.setdefault("name", {}).update(
                    _field_error(
                        "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique"
                    )
                )
            seen.add(key)
            if command_errors:
                errors[str(index)] = command_errors
        if errors:
            return _form_error(errors)
        # Bulk overwrite keeps the id of a command whose name and type are unchanged.
        old = {(c["name"], c["type"]): int(c["id"]) for c in self.synced_commands(scope)}
        self.commands[scope] = {}
        result = []
        for command in record.json:
            key = (command["name"], int(command.get("type", COMMAND_CHAT_INPUT)))
            result.append(self._store_command(command, scope, command_id=old.get(key)))
        return _Reply(200, result)

    async def _create_command(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        command = record.json if isinstance(record.json, dict) else {}
        errors = self._validate_command(command)
        if errors:
            return _form_error(errors)
        existing = self._find_command(command["name"], int(command.get("type", COMMAND_CHAT_INPUT)), scope)
        stored = self._store_command(command, scope, command_id=int(existing["id"]) if existing else None)
        return _Reply(200 if existing else 201, stored)

    async def _get_command(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        command = self.commands.get(scope, {}).get(int(match["command_id"]))
        if command is None:
            return _Reply(404, {"message": "Unknown application command", "code": 10063})
        return _Reply(200, command)

    async def _edit_command(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        command = self.commands.get(scope, {}).get(int(match["command_id"]))
        if command is None:
            return _Reply(404, {"message": "Unknown application command", "code": 10063})
        merged = {**command, **(record.json or {})}
        errors = self._validate_command(merged)
        if errors:
            return _form_error(errors)
        return _Reply(200, self._store_command(merged, scope, command_id=int(command["id"])))

    async def _delete_command(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        scope, error = self._command_scope(match)
        if error:
            return error
        if self.commands.get(scope, {}).pop(int(match["command_id"]), None) is None:
            return _Reply(404, {"message": "Unknown application command", "code": 10063})
        return _Reply(204)

    def _store_command(self, command: JSON, scope: int | None, *, command_id: int | None = None) -> JSON:
        command_type = int(command.get("type", COMMAND_CHAT_INPUT))
        if command_id is None:
            existing = self._find_command(command["name"], command_type, scope)
            command_id = int(existing["id"]) if existing else self._ids.next()
        stored: JSON = {
            "id": str(command_id),
            "application_id": str(APPLICATION_ID),
            "version": str(self._ids.next()),
            "default_member_permissions": command.get("default_member_permissions"),
            "type": command_type,
            "name": command["name"],
            "name_localizations": command.get("name_localizations"),
            "description": command.get("description", ""),
            "description_localizations": command.get("description_localizations"),
            "dm_permission": command.get("dm_permission", True),
            "contexts": command.get("contexts"),
            "integration_types": command.get("integration_types") or [0],
            "nsfw": bool(command.get("nsfw", False)),
        }
        if command.get("options"):
            stored["options"] = copy.deepcopy(command["options"])
        if scope is not None:
            stored["guild_id"] = str(scope)
        self.commands.setdefault(scope, {})[command_id] = stored
        return stored

    def _find_command(self, name: str, command_type: int, scope: int | None) -> JSON | None:
        for command in self.commands.get(scope, {}).values():
            if command["name"] == name and command["type"] == command_type:
                return command
        return None

    def _validate_command(self, command: Any) -> JSON:
        """A subset of Discord's checks: the ones a bot's command definitions can realistically trip."""
        errors: JSON = {}
        if not isinstance(command, dict):
            return _field_error("DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        command_type = command.get("type", COMMAND_CHAT_INPUT)
        name = command.get("name")
        description = command.get("description", "")
        if not isinstance(name, str) or not name:
            errors["name"] = _field_error("BASE_TYPE_REQUIRED", "This field is required")
        elif command_type == COMMAND_CHAT_INPUT:
            if not _CHAT_INPUT_NAME.fullmatch(name) or name != name.lower():
                errors["name"] = _field_error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
        elif not 1 <= len(name) <= 32:
            errors["name"] = _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")
        if command_type == COMMAND_CHAT_INPUT:
            if not isinstance(description, str) or not 1 <= len(description) <= 100:
                errors["description"] = _field_error(
                    "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
                )
            option_errors = self._validate_options(command.get("options") or [])
            if option_errors:
                errors["options"] = option_errors
            if isinstance(name, str) and isinstance(description, str) and self._command_size(command) > 8000:
                errors.setdefault("_errors", []).append(
                    {
                        "code": "APPLICATION_COMMAND_TOO_LARGE",
                        "message": "Command exceeds maximum size (8000)",
                    }
                )
        elif description:
            errors["description"] = _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 0 and 0 in length.")
        elif command.get("options"):
            errors["options"] = _field_error("BASE_TYPE_MAX_LENGTH", "Must be 0 or fewer in length.")
        return errors

    def _validate_options(self, options: list[JSON]) -> JSON:
        errors: JSON = {}
        if len(options) > 25:
            return _field_error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        seen_optional = False
        for index, option in enumerate(options):
            option_errors: JSON = {}
            name = option.get("name")
            if not isinstance(name, str) or not _CHAT_INPUT_NAME.fullmatch(name) or name != name.lower():
                option_errors["name"] = _field_error(
                    "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
                )
            description = option.get("description")
            if not isinstance(description, str) or not 1 <= len(description) <= 100:
                option_errors["description"] = _field_error(
                    "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
                )
            if len(option.get("choices") or []) > 25:
                option_errors["choices"] = _field_error(
                    "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
                )
            if option.get("type") in (OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP):
                nested = self._validate_options(option.get("options") or [])
                if nested:
                    option_errors["options"] = nested
            elif option.get("required"):
                if seen_optional:
                    option_errors["required"] = _field_error(
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
            else:
                seen_optional = True
            if option_errors:
                errors[str(index)] = option_errors
        return errors

    @classmethod
    def _command_size(cls, node: JSON) -> int:
        size = len(node.get("name", "")) + len(node.get("description", ""))
        for choice in node.get("choices") or []:
            size += len(str(choice.get("name", ""))) + len(str(choice.get("value", "")))
        return size + sum(cls._command_size(option) for option in node.get("options") or [])

    # ------------------------------------------------------------------ REST: interactions

    async def _callback(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        state = self._interactions.get(int(match["interaction_id"]))
        if state is None or state.expired:
            return _Reply(404, {"message": "Unknown interaction", "code": 10062})
        if match["token"] != state.token:
            return _Reply(401, {"message": "Invalid Webhook Token", "code": 50027})
        deadline = self.interaction_response_deadline
        if deadline is not None and asyncio.get_running_loop().time() - state.created_at > deadline:
            # Discord forgets interactions that were not answered within 3 seconds.
            return _Reply(404, {"message": "Unknown interaction", "code": 10062})
        if state.acknowledged:
            return _Reply(400, {"message": "Interaction has already been acknowledged.", "code": 40060})
        body = record.json
        if not isinstance(body, dict) or not isinstance(body.get("type"), int):
            return _form_error({"type": _field_error("BASE_TYPE_REQUIRED", "This field is required")})
        response_type: int = body["type"]
        data: JSON = body.get("data") or {}
        allowed = self._allowed_callback_types(state)
        if response_type not in allowed:
            return _form_error(
                {"type": _field_error("BASE_TYPE_CHOICES", f"Value must be one of {tuple(sorted(allowed))}.")}
            )
        message: JSON | None = None
        if response_type == CALLBACK_CHANNEL_MESSAGE:
            error = self._validate_message(data, record.files, require_content=True)
            if error:
                return error
            message = self._new_message(
                int(state.payload["channel_id"]),
                data,
                record.files,
                author=self.bot_user,
                message_type=self._response_message_type(state),
                interaction=state,
                allowed_flags=FLAG_EPHEMERAL
                | FLAG_SUPPRESS_EMBEDS
                | FLAG_SUPPRESS_NOTIFICATIONS
                | FLAG_IS_COMPONENTS_V2,
            )
            state.original_message_id = int(message["id"])
            await self._echo("MESSAGE_CREATE", message)
        elif response_type == CALLBACK_DEFERRED_CHANNEL_MESSAGE:
            message = self._new_message(
                int(state.payload["channel_id"]),
                {"content": "", "flags": (data.get("flags") or 0) & FLAG_EPHEMERAL},
                [],
                author=self.bot_user,
                message_type=self._response_message_type(state),
                interaction=state,
                allowed_flags=FLAG_EPHEMERAL,
            )
            message["flags"] |= FLAG_LOADING
            state.original_message_id = int(message["id"])
            state.loading = True
            await self._echo("MESSAGE_CREATE", message)
        elif response_type in (CALLBACK_DEFERRED_UPDATE_MESSAGE, CALLBACK_UPDATE_MESSAGE):
            target = int(state.payload["message"]["id"])
            state.original_message_id = target
            if response_type == CALLBACK_UPDATE_MESSAGE:
                current = self.messages.setdefault(target, copy.deepcopy(state.payload["message"]))
                error = self._validate_message(data, record.files, require_content=False)
                if error:
                    return error
                error = self._apply_edit(current, data, record.files)
                if error:
                    return error
                message = current
                await self._echo("MESSAGE_UPDATE", message)
        elif response_type == CALLBACK_AUTOCOMPLETE_RESULT:
            error = self._validate_choices(data)
            if error:
                return error
        elif response_type == CALLBACK_MODAL:
            error = self._validate_modal(data)
            if error:
                return error
            self.modals[data["custom_id"]] = copy.deepcopy(data)
        state.acknowledged = True
        state.response_type = response_type
        if not _truthy_query(record.query.get("with_response")):
            return _Reply(204)
        interaction: JSON = {"id": str(state.id), "type": state.type}
        resource: JSON = {"type": response_type}
        if message is not None:
            interaction.update(
                {
                    "response_message_id": message["id"],
                    "response_message_loading": bool(message["flags"] & FLAG_LOADING),
                    "response_message_ephemeral": bool(message["flags"] & FLAG_EPHEMERAL),
                }
            )
            if response_type in (CALLBACK_CHANNEL_MESSAGE, CALLBACK_UPDATE_MESSAGE):
                resource["message"] = message
        return _Reply(200, {"interaction": interaction, "resource": resource})

    @staticmethod
    def _allowed_callback_types(state: _InteractionState) -> set[int]:
        if state.type == INTERACTION_PING:
            return {CALLBACK_PONG}
        if state.type == INTERACTION_APPLICATION_COMMAND:
            return {CALLBACK_CHANNEL_MESSAGE, CALLBACK_DEFERRED_CHANNEL_MESSAGE, CALLBACK_MODAL}
        if state.type == INTERACTION_AUTOCOMPLETE:
            return {CALLBACK_AUTOCOMPLETE_RESULT}
        if state.type == INTERACTION_MODAL_SUBMIT:
            allowed = {CALLBACK_CHANNEL_MESSAGE, CALLBACK_DEFERRED_CHANNEL_MESSAGE}
            if "message" in state.payload:  # a modal opened from a component may update that message
                allowed |= {CALLBACK_DEFERRED_UPDATE_MESSAGE, CALLBACK_UPDATE_MESSAGE}
            return allowed
        return {
            CALLBACK_CHANNEL_MESSAGE,
            CALLBACK_DEFERRED_CHANNEL_MESSAGE,
            CALLBACK_DEFERRED_UPDATE_MESSAGE,
            CALLBACK_UPDATE_MESSAGE,
            CALLBACK_MODAL,
        }

    @staticmethod
    def _response_message_type(state: _InteractionState) -> int:
        if state.type == INTERACTION_APPLICATION_COMMAND:
            if state.payload.get("data", {}).get("type", COMMAND_CHAT_INPUT) == COMMAND_CHAT_INPUT:
                return MESSAGE_CHAT_INPUT_COMMAND
            return MESSAGE_CONTEXT_MENU_COMMAND
        return MESSAGE_DEFAULT

    def _webhook_interaction(self, match: re.Match[str]) -> tuple[_InteractionState | None, _Reply | None]:
        unknown = _Reply(404, {"message": "Unknown Webhook", "code": 10015})
        if int(match["app_id"]) != APPLICATION_ID:
            return None, unknown
        state = self._interactions_by_token.get(match["token"])
        if state is None:
            return None, unknown
        if state.expired:
            return None, _Reply(401, {"message": "Invalid Webhook Token", "code": 50027})
        if not state.acknowledged:
            # The interaction webhook only exists once the interaction has been acknowledged.
            return None, unknown
        return state, None

    def _webhook_message(self, state: _InteractionState, message_id: str) -> JSON | None:
        if message_id == "@original":
            target = state.original_message_id
        else:
            target = int(message_id)
            if target != state.original_message_id and target not in state.followup_ids:
                return None
        return self.messages.get(target) if target is not None else None

    async def _webhook_execute(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        state, error = self._webhook_interaction(match)
        if error or state is None:
            return error or _Reply(404, {"message": "Unknown Webhook", "code": 10015})
        data = record.json if isinstance(record.json, dict) else {}
        error = self._validate_message(data, record.files, require_content=True)
        if error:
            return error
        if state.loading and state.original_message_id is not None:
            # Documented legacy behaviour: the first followup after a deferred (type 5) response edits
            # the loading message instead of creating a new one; its ephemeral state is kept.
            original = self.messages[state.original_message_id]
            edit = {k: v for k, v in data.items() if k != "flags"}
            error = self._apply_edit(original, edit, record.files)
            if error:
                return error
            original["flags"] &= ~FLAG_LOADING
            state.loading = False
            await self._echo("MESSAGE_UPDATE", original)
            return _Reply(200, original)
        message = self._new_message(
            int(state.payload["channel_id"]),
            data,
            record.files,
            author=self.bot_user,
            message_type=MESSAGE_DEFAULT,
            interaction=state,
            allowed_flags=FLAG_EPHEMERAL
            | FLAG_SUPPRESS_EMBEDS
            | FLAG_SUPPRESS_NOTIFICATIONS
            | FLAG_IS_COMPONENTS_V2,
        )
        state.followup_ids.append(int(message["id"]))
        await self._echo("MESSAGE_CREATE", message)
        return _Reply(200, message)

    def _webhook_target(self, match: re.Match[str]) -> tuple[Any, JSON, None] | tuple[None, None, _Reply]:
        """The interaction and message a webhook message route names, or the error Discord gives."""
        state, error = self._webhook_interaction(match)
        if error or state is None:
            return None, None, error or _Reply(404, {"message": "Unknown Webhook", "code": 10015})
        message = self._webhook_message(state, match["message_id"])
        if message is None:
            return None, None, _Reply(404, {"message": "Unknown Message", "code": 10008})
        return state, message, None

    async def _webhook_get(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        _state, message, error = self._webhook_target(match)
        if error:
            return error
        return _Reply(200, message)

    async def _webhook_edit(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        state, message, error = self._webhook_target(match)
        if error:
            return error
        data = record.json if isinstance(record.json, dict) else {}
        error = self._validate_message(data, record.files, require_content=False)
        if error:
            return error
        error = self._apply_edit(message, data, record.files)
        if error:
            return error
        if int(message["id"]) == state.original_message_id and state.loading:
            message["flags"] &= ~FLAG_LOADING
            state.loading = False
        await self._echo("MESSAGE_UPDATE", message)
        return _Reply(200, message)

    async def _webhook_delete(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        _state, message, error = self._webhook_target(match)
        if error:
            return error
        del self.messages[int(message["id"])]
        await self._echo("MESSAGE_DELETE", message)
        return _Reply(204)

    # ------------------------------------------------------------------ REST: channels and messages

    def _channel(self, match: re.Match[str]) -> JSON | None:
        return self.channels.get(int(match["channel_id"]))

    async def _get_channel(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        channel = self._channel(match)
        if channel is None:
            return _Reply(404, {"message": "Unknown Channel", "code": 10003})
        return _Reply(200, channel)

    async def _create_message(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        channel = self._channel(match)
        if channel is None:
            return _Reply(404, {"message": "Unknown Channel", "code": 10003})
        data = record.json if isinstance(record.json, dict) else {}
        error = self._validate_message(data, record.files, require_content=True)
        if error:
            return error
        reference = data.get("message_reference")
        referenced: JSON | None = None
        if reference:
            referenced = self.messages.get(int(reference.get("message_id", 0)))
            if referenced is None and reference.get("fail_if_not_exists", True):
                return _form_error(
                    {
                        "message_reference": _field_error(
                            "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"
                        )
                    }
                )
        message = self._new_message(
            int(channel["id"]),
            data,
            record.files,
            author=self.bot_user,
            message_type=MESSAGE_REPLY if referenced is not None else MESSAGE_DEFAULT,
            allowed_flags=FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2,
            webhook=False,
        )
        if reference and referenced is not None:
            message["message_reference"] = {
                "type": 0,
                "channel_id": referenced["channel_id"],
                "message_id": referenced["id"],
                **({"guild_id": str(GUILD_ID)} if "guild_id" in channel else {}),
            }
            message["referenced_message"] = self._strip_event_fields(referenced)
        channel["last_message_id"] = message["id"]
        await self._echo("MESSAGE_CREATE", message)
        return _Reply(200, message)

    def _channel_message(self, match: re.Match[str]) -> tuple[JSON | None, _Reply | None]:
        if self._channel(match) is None:
            return None, _Reply(404, {"message": "Unknown Channel", "code": 10003})
        message = self.messages.get(int(match["message_id"]))
        if message is None or message["channel_id"] != match["channel_id"]:
            return None, _Reply(404, {"message": "Unknown Message", "code": 10008})
        return message, None

    async def _get_message(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        message, error = self._channel_message(match)
        return error or _Reply(200, message)

    async def _edit_message(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        message, error = self._channel_message(match)
        if error or message is None:
            return error or _Reply(404, {"message": "Unknown Message", "code": 10008})
        data = record.json if isinstance(record.json, dict) else {}
        if int(message["author"]["id"]) != BOT_USER_ID and set(data) - {"flags"}:
            return _Reply(403, {"message": "Cannot edit a message authored by another user", "code": 50005})
        error = self._validate_message(data, record.files, require_content=False)
        if error:
            return error
        error = self._apply_edit(message, data, record.files)
        if error:
            return error
        await self._echo("MESSAGE_UPDATE", message)
        return _Reply(200, message)

    async def _delete_message(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        message, error = self._channel_message(match)
        if error or message is None:
            return error or _Reply(404, {"message": "Unknown Message", "code": 10008})
        del self.messages[int(message["id"])]
        await self._echo("MESSAGE_DELETE", message)
        return _Reply(204)

    async def _typing(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        if self._channel(match) is None:
            return _Reply(404, {"message": "Unknown Channel", "code": 10003})
        return _Reply(204)

    async def _reaction(self, record: RecordedRequest, match: re.Match[str]) -> _Reply:
        _, error = self._channel_message(match)
        return error or _Reply(204)

    # ------------------------------------------------------------------ messages: validation and storage

    def _validate_message(
        self, data: JSON, files: Sequence[UploadedFile], *, require_content: bool
    ) -> _Reply | None:
        """Discord's limits that a bot's replies can realistically hit."""
        errors: JSON = {}
        content = data.get("content")
        if content is not None and (not isinstance(content, str) or len(content) > 2000):
            errors["content"] = _field_error("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
        embeds = data.get("embeds") or []
        if len(embeds) > 10:
            errors["embeds"] = _field_error("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        total = 0
        limits = {"title": 256, "description": 4096}
        for index, embed in enumerate(embeds):
            for key, limit in limits.items():
                value = embed.get(key) or ""
                total += len(value)
                if len(value) > limit:
                    _set_nested(
                        errors,
                        ["embeds", index, key],
                        _field_error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length."),
                    )
            fields = embed.get("fields") or []
            if len(fields) > 25:
                _set_nested(
                    errors,
                    ["embeds", index, "fields"],
                    _field_error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."),
                )
            for field_index, embed_field in enumerate(fields):
                for key, limit in (("name", 256), ("value", 1024)):
                    value = str(embed_field.get(key) or "")
                    total += len(value)
                    if len(value) > limit:
                        _set_nested(
                            errors,
                            ["embeds", index, "fields", field_index, key],
                            _field_error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length."),
                        )
            footer = (embed.get("footer") or {}).get("text") or ""
            author = (embed.get("author") or {}).get("name") or ""
            total += len(footer) + len(author)
            if len(footer) > 2048:
                _set_nested(
                    errors,
                    ["embeds", index, "footer", "text"],
                    _field_error("BASE_TYPE_MAX_LENGTH", "Must be 2048 or fewer in length."),
                )
        if total > 6000:
            errors.setdefault("embeds", {}).setdefault("_errors", []).append(
                {"code": "MESSAGE_EMBEDS_TOO_LARGE", "message": "Embed size exceeds maximum size of 6000"}
            )
        components = data.get("components") or []
        if not (data.get("flags") or 0) & FLAG_IS_COMPONENTS_V2:
            if len(components) > 5:
                errors["components"] = _field_error("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
            for row_index, row in enumerate(components):
                children = row.get("components") or []
                if len(children) > 5:
                    _set_nested(
                        errors,
                        ["components", row_index, "components"],
                        _field_error("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."),
                    )
                for child_index, child in enumerate(children):
                    if len(child.get("custom_id") or "") > 100:
                        _set_nested(
                            errors,
                            ["components", row_index, "components", child_index, "custom_id"],
                            _field_error("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."),
                        )
                    if len(child.get("label") or "") > 80:
                        _set_nested(
                            errors,
                            ["components", row_index, "components", child_index, "label"],
                            _field_error("BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length."),
                        )
        allowed_mentions = data.get("allowed_mentions")
        if isinstance(allowed_mentions, dict):
            parse = allowed_mentions.get("parse") or []
            for kind in ("users", "roles"):
                if kind in parse and allowed_mentions.get(kind):
                    errors["allowed_mentions"] = _field_error(
                        "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                        f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
                    )
        if errors:
            return _form_error(errors)
        has_body = bool(
            content
            or embeds
            or components
            or files
            or data.get("attachments")
            or data.get("sticker_ids")
            or data.get("poll")
        )
        if require_content and not has_body:
            return _Reply(400, {"message": "Cannot send an empty message", "code": 50006})
        return None

    @staticmethod
    def _validate_choices(data: JSON) -> _Reply | None:
        choices = data.get("choices")
        if not isinstance(choices, list):
            return _form_error(
                {"data": {"choices": _field_error("BASE_TYPE_REQUIRED", "This field is required")}}
            )
        if len(choices) > 25:
            return _form_error(
                {"data": {"choices": _field_error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")}}
            )
        errors: JSON = {}
        for index, choice in enumerate(choices):
            name = choice.get("name")
            if not isinstance(name, str) or not 1 <= len(name) <= 100:
                _set_nested(
                    errors,
                    ["data", "choices", index, "name"],
                    _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."),
                )
            value = choice.get("value")
            if isinstance(value, str) and len(value) > 100:
                _set_nested(
                    errors,
                    ["data", "choices", index, "value"],
                    _field_error("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."),
                )
        return _form_error(errors) if errors else None

    @staticmethod
    def _validate_modal(data: JSON) -> _Reply | None:
        errors: JSON = {}
        custom_id = data.get("custom_id")
        if not isinstance(custom_id, str) or not 1 <= len(custom_id) <= 100:
            errors["custom_id"] = _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
        title = data.get("title")
        if not isinstance(title, str) or not 1 <= len(title) <= 45:
            errors["title"] = _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.")
        components = data.get("components")
        if not isinstance(components, list) or not 1 <= len(components) <= 5:
            errors["components"] = _field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
        return _form_error({"data": errors}) if errors else None

    def _mentions(
        self, content: str, allowed_mentions: Any, author: FakeUser
    ) -> tuple[list[JSON], list[str], bool]:
        """Who a message notifies: mentions in the content, filtered by ``allowed_mentions``.

        No ``allowed_mentions`` means everything in the content pings.
        """
        if isinstance(allowed_mentions, dict):
            parse = allowed_mentions.get("parse") or []
            user_ids = {str(u) for u in allowed_mentions.get("users") or []}
            role_ids = {str(r) for r in allowed_mentions.get("roles") or []}
        else:
            parse, user_ids, role_ids = ["users", "roles", "everyone"], set(), set()
        users: list[JSON] = []
        for raw in dict.fromkeys(_USER_MENTION.findall(content)):
            user = self.users.get(int(raw))
            if user is not None and ("users" in parse or raw in user_ids):
                users.append(user.to_user())
        roles = [
            raw
            for raw in dict.fromkeys(_ROLE_MENTION.findall(content))
            if int(raw) in self.roles and ("roles" in parse or raw in role_ids)
        ]
        everyone = (
            ("@everyone" in content or "@here" in content)
            and "everyone" in parse
            and bool(self.permissions_for(author) & Permission.MENTION_EVERYONE)
        )
        return users, roles, everyone

    def _attachments(
        self, channel_id: int, partials: Any, files: Sequence[UploadedFile], existing: Sequence[JSON]
    ) -> list[JSON]:
        """Attachments after a create/edit: kept existing ones plus the newly uploaded ``files[n]``."""
        by_field = {f.field_name: f for f in files}
        existing_by_id = {a["id"]: a for a in existing}
        result: list[JSON] = []
        used: set[str] = set()
        for partial in partials if isinstance(partials, list) else []:
            key = str(partial.get("id"))
            if key in existing_by_id:
                result.append(existing_by_id[key])
                continue
            upload = by_field.get(f"files[{key}]")
            if upload is not None:
                used.add(upload.field_name)
                result.append(self._attachment(channel_id, upload, partial))
        for upload in files:
            if upload.field_name not in used:
                result.append(self._attachment(channel_id, upload, {}))
        return result

    def _attachment(self, channel_id: int, upload: UploadedFile, partial: JSON) -> JSON:
        attachment_id = self._ids.next()
        filename = partial.get("filename") or upload.filename
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        path = f"attachments/{channel_id}/{attachment_id}/{filename}"
        data: JSON = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(upload.data),
            "url": f"https://cdn.discordapp.com/{path}",
            "proxy_url": f"https://media.discordapp.net/{path}",
            "content_type": content_type,
        }
        if partial.get("description"):
            data["description"] = partial["description"]
        return data

    def _normalize_components(self, components: Any) -> list[JSON]:
        """Discord numbers every component (``id``) in tree order when the sender did not."""
        components = copy.deepcopy(components) if isinstance(components, list) else []
        counter = iter(range(1, 10_000))

        def walk(node: JSON) -> None:
            node.setdefault("id", next(counter))
            for child in node.get("components") or []:
                walk(child)
            for key in ("component", "accessory"):
                if isinstance(node.get(key), dict):
                    walk(node[key])

        for component in components:
            walk(component)
        return components

    @staticmethod
    def _normalize_embeds(embeds: Any) -> list[JSON]:
        result = []
        for embed in embeds if isinstance(embeds, list) else []:
            embed = copy.deepcopy(embed)
            embed.setdefault("type", "rich")
            result.append(embed)
        return result

    def _new_message(
        self,
        channel_id: int,
        data: JSON,
        files: Sequence[UploadedFile],
        *,
        author: FakeUser,
        message_type: int,
        allowed_flags: int,
        interaction: _InteractionState | None = None,
        webhook: bool = True,
    ) -> JSON:
        message_id = self._ids.next()
        content = data.get("content") or ""
        mentions, mention_roles, mention_everyone = self._mentions(
            content, data.get("allowed_mentions"), author
        )
        message: JSON = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": author.to_user(),
            "content": content,
            "timestamp": _iso(snowflake_time(message_id)),
            "edited_timestamp": None,
            "tts": bool(data.get("tts", False)),
            "mention_everyone": mention_everyone,
            "mentions": mentions,
            "mention_roles": mention_roles,
            "attachments": self._attachments(channel_id, data.get("attachments"), files, []),
            "embeds": self._normalize_embeds(data.get("embeds")),
            "pinned": False,
            "type": message_type,
            "flags": (data.get("flags") or 0) & allowed_flags,
            "components": self._normalize_components(data.get("components")),
        }
        if interaction is not None and webhook:
            message["webhook_id"] = str(APPLICATION_ID)
            message["application_id"] = str(APPLICATION_ID)
            message["interaction_metadata"] = self._interaction_metadata(interaction)
        if data.get("poll"):
            message["poll"] = copy.deepcopy(data["poll"])
        self.messages[message_id] = message
        return message

    def _interaction_metadata(self, state: _InteractionState) -> JSON:
        payload = state.payload
        user = payload.get("member", {}).get("user") or payload.get("user")
        metadata: JSON = {
            "id": str(state.id),
            "type": state.type,
            "user": user,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        if state.type == INTERACTION_APPLICATION_COMMAND:
            data = payload.get("data", {})
            metadata["name"] = self._full_command_name(data)
            metadata["command_type"] = data.get("type", COMMAND_CHAT_INPUT)
            if data.get("type") == COMMAND_MESSAGE:
                metadata["target_message_id"] = data.get("target_id")
        elif state.type == INTERACTION_MESSAGE_COMPONENT and "message" in payload:
            metadata["interacted_message_id"] = payload["message"]["id"]
        return metadata

    @staticmethod
    def _full_command_name(data: JSON) -> str:
        parts = [data.get("name", "")]
        options = data.get("options") or []
        while options and options[0].get("type") in (OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP):
            parts.append(options[0]["name"])
            options = options[0].get("options") or []
        return " ".join(parts)

    def _apply_edit(self, message: JSON, data: JSON, files: Sequence[UploadedFile]) -> _Reply | None:
        """Apply a partial edit in place; fields absent from ``data`` are left alone."""
        updated = copy.deepcopy(message)
        author = self.users.get(int(updated["author"]["id"]), self.bot_user)
        if "content" in data:
            updated["content"] = data["content"] or ""
        if "content" in data or "allowed_mentions" in data:
            users, roles, everyone = self._mentions(updated["content"], data.get("allowed_mentions"), author)
            updated.update({"mentions": users, "mention_roles": roles, "mention_everyone": everyone})
        if "embeds" in data:
            updated["embeds"] = self._normalize_embeds(data["embeds"])
        if "components" in data:
            updated["components"] = self._normalize_components(data["components"])
        if "flags" in data and data["flags"] is not None:
            toggles = FLAG_SUPPRESS_EMBEDS | FLAG_IS_COMPONENTS_V2
            updated["flags"] = (updated["flags"] & ~toggles) | (data["flags"] & toggles)
        channel_id = int(updated["channel_id"])
        if "attachments" in data:
            updated["attachments"] = self._attachments(
                channel_id, data["attachments"], files, updated["attachments"]
            )
        elif files:
            updated["attachments"] = updated["attachments"] + self._attachments(channel_id, None, files, [])
        if (
            not (
                updated["content"]
                or updated["embeds"]
                or updated["components"]
                or updated["attachments"]
                or updated.get("poll")
            )
            and not updated["flags"] & FLAG_LOADING
        ):
            return _Reply(400, {"message": "Cannot send an empty message", "code": 50006})
        updated["edited_timestamp"] = _iso()
        message.clear()
        message.update(updated)
        return None

    async def _echo(self, event: str, message: JSON) -> None:
        """Send the gateway event Discord emits for a message the bot created/edited/deleted."""
        if not self.echo_bot_messages or message["flags"] & FLAG_EPHEMERAL:
            return
        session = self._active_session
        if session is None:
            return
        channel = self.channels.get(int(message["channel_id"]), {})
        in_guild = channel.get("type") != 1
        if event == "MESSAGE_DELETE":
            data: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
            if in_guild:
                data["guild_id"] = str(GUILD_ID)
        else:
            data = copy.deepcopy(message)
            if in_guild:
                data["guild_id"] = str(GUILD_ID)
                author = self.users.get(int(message["author"]["id"]))
                if author is not None:
                    data["member"] = self.member_payload(author, with_user=False)
            data["channel_type"] = channel.get("type", 0)
        await self._dispatch_to(session, event, data)

    @staticmethod
    def _strip_event_fields(message: JSON) -> JSON:
        """A stored message is the REST shape: no gateway-only ``guild_id``/``member``/``channel_type``."""
        stored = copy.deepcopy(message)
        for key in ("guild_id", "member", "channel_type"):
            stored.pop(key, None)
        for mention in stored.get("mentions", []):
            mention.pop("member", None)
        return stored

    # ------------------------------------------------------------------ payload builders

    def _user(self, user: FakeUser | int | None, default: FakeUser | None = None) -> FakeUser:
        if user is None:
            if default is None:
                raise ValueError("a user is required")
            return default
        if isinstance(user, FakeUser):
            return user
        try:
            return self.users[int(user)]
        except KeyError:
            raise FakeDiscordError(f"unknown user id {user}; add it with fake.add_user()") from None

    def _register_interaction(self, payload: JSON) -> _InteractionState:
        state = _InteractionState(
            id=int(payload["id"]),
            token=payload["token"],
            type=payload["type"],
            payload=payload,
            created_at=asyncio.get_running_loop().time(),
        )
        self._interactions[state.id] = state
        self._interactions_by_token[state.token] = state
        return state

    def _interaction(
        self,
        interaction_type: int,
        data: JSON | None,
        *,
        user: FakeUser,
        guild: bool,
        channel_id: int | None = None,
        message: JSON | None = None,
    ) -> JSON:
        interaction_id = self._ids.next()
        # Real tokens are long opaque url-safe strings; this one starts the same way ("interaction:").
        token = (
            base64.urlsafe_b64encode(f"interaction:{interaction_id}:{secrets.token_urlsafe(48)}".encode())
            .decode()
            .rstrip("=")
        )
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": interaction_type,
        }
        if data is not None:
            payload["data"] = data
        if guild:
            channel = self.channels[channel_id or TEXT_CHANNEL_ID]
            if channel["type"] == 1:
                raise FakeDiscordError("guild=True needs a guild channel")
            permissions = str(self.permissions_for(user))
            payload.update(
                {
                    "guild": {"id": str(GUILD_ID), "locale": "en-US", "features": []},
                    "guild_id": str(GUILD_ID),
                    "channel": {**channel, "permissions": permissions},
                    "channel_id": channel["id"],
                    "member": {**self.member_payload(user), "permissions": permissions},
                }
            )
        else:
            channel = self.dm_channel_payload(user)
            payload.update({"channel": channel, "channel_id": channel["id"], "user": user.to_user()})
        payload.update(
            {
                "token": token,
                "version": 1,
                "app_permissions": str(self.permissions_for(self.bot_user) if guild else DM_APP_PERMISSIONS),
                "locale": user.locale,
                "entitlements": [],
                # GUILD_INSTALL: the guild id, or "0" in the bot's DMs.
                "authorizing_integration_owners": {"0": str(GUILD_ID) if guild else "0"},
                "context": 0 if guild else 1,
                "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            }
        )
        if guild:
            payload["guild_locale"] = "en-US"
        if message is not None:
            payload["message"] = self._strip_event_fields(message)
        payload = copy.deepcopy(payload)  # nothing in the returned payload may alias the fake's state
        self._register_interaction(copy.deepcopy(payload))
        return payload

    def _command(self, name: str, command_type: int, *, guild: bool) -> JSON:
        scopes: list[int | None] = [GUILD_ID, None] if guild else [None]
        for scope in scopes:
            command = self._find_command(name, command_type, scope)
            if command is not None:
                return command
        synced = sorted(
            f"{c['name']} (type {c['type']})" for cmds in self.commands.values() for c in cmds.values()
        )
        raise FakeDiscordError(
            f"no synced command {name!r} of type {command_type}; synced: {synced or 'none'}. "
            "Call bot.tree.sync() (or fake.register_command()) first."
        )

    def _check_invocable(
        self, command: JSON, user: FakeUser, *, guild: bool, check_permissions: bool
    ) -> None:
        contexts = command.get("contexts")
        context = 0 if guild else 1
        if contexts is not None and context not in contexts:
            raise FakeDiscordError(f"command {command['name']!r} is not available in context {context}")
        if not guild and command.get("guild_id"):
            raise FakeDiscordError(f"guild command {command['name']!r} cannot be used in DMs")
        required = command.get("default_member_permissions")
        if check_permissions and guild and required is not None:
            needed = int(required)
            have = self.permissions_for(user)
            if have != ALL_PERMISSIONS and (needed == 0 or have & needed != needed):
                raise FakeDiscordError(
                    f"{user.username} lacks default_member_permissions={needed} for {command['name']!r}, so "
                    "Discord would not offer the command; pass check_permissions=False to simulate a server "
                    "override"
                )

    def _option_value(self, option: JSON, value: Any, resolved: JSON, *, guild: bool, partial: bool) -> Any:
        option_type = option["type"]
        name = option["name"]
        if option_type == OPTION_USER or (
            option_type == OPTION_MENTIONABLE and (isinstance(value, FakeUser) or int(value) in self.users)
        ):
            user = self._user(value)
            resolved.setdefault("users", {})[str(user.id)] = user.to_user()
            if guild:
                member = self.member_payload(user, with_user=False, permissions=True)
                resolved.setdefault("members", {})[str(user.id)] = member
            return str(user.id)
        if option_type in (OPTION_ROLE, OPTION_MENTIONABLE):
            role = self.roles.get(int(value))
            if role is None:
                raise FakeDiscordError(f"option {name!r}: unknown role {value}")
            resolved.setdefault("roles", {})[role["id"]] = role
            return role["id"]
        if option_type == OPTION_CHANNEL:
            channel = self.channels.get(int(value))
            if channel is None:
                raise FakeDiscordError(f"option {name!r}: unknown channel {value}")
            partial_channel = {
                k: channel[k]
                for k in ("id", "name", "type", "guild_id", "parent_id", "topic", "position", "nsfw", "flags")
                if k in channel
            }
            partial_channel["permissions"] = str(ALL_PERMISSIONS)
            resolved.setdefault("channels", {})[channel["id"]] = partial_channel
            return channel["id"]
        if option_type == OPTION_ATTACHMENT:
            if not isinstance(value, dict) or "filename" not in value:
                raise FakeDiscordError(f"option {name!r}: pass an attachment dict with at least 'filename'")
            attachment_id = str(self._ids.next())
            attachment = self._attachment(
                TEXT_CHANNEL_ID,
                UploadedFile("", value["filename"], None, b"\0" * int(value.get("size", 0))),
                {},
            )
            attachment.update(value)
            attachment["id"] = attachment_id
            resolved.setdefault("attachments", {})[attachment_id] = attachment
            return attachment_id
        if partial:
            return value  # what the user has typed so far, not yet validated by the client
        expected: dict[int, tuple[type, ...]] = {
            OPTION_STRING: (str,),
            OPTION_INTEGER: (int,),
            OPTION_NUMBER: (int, float),
            OPTION_BOOLEAN: (bool,),
        }
        types = expected.get(option_type)
        if types is not None and (
            not isinstance(value, types)
            or (option_type in (OPTION_INTEGER, OPTION_NUMBER) and isinstance(value, bool))
        ):
            raise FakeDiscordError(f"option {name!r} (type {option_type}) got {value!r}")
        choices = option.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise FakeDiscordError(f"option {name!r}: {value!r} is not one of the command's choices")
        if option_type == OPTION_STRING and not option.get("min_length", 0) <= len(value) <= option.get(
            "max_length", 6000
        ):
            raise FakeDiscordError(f"option {name!r}: length of {value!r} is outside the command's limits")
        if option_type in (OPTION_INTEGER, OPTION_NUMBER):
            low, high = option.get("min_value"), option.get("max_value")
            if (low is not None and value < low) or (high is not None and value > high):
                raise FakeDiscordError(f"option {name!r}: {value!r} is outside the command's limits")
        return value

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any] | Sequence[JSON] | None,
        *,
        user: FakeUser,
        guild: bool,
        focused: str | None,
        check_permissions: bool,
    ) -> JSON:
        root, *path = name.split()
        command = self._command(root, COMMAND_CHAT_INPUT, guild=guild)
        self._check_invocable(command, user, guild=guild, check_permissions=check_permissions)
        schema: list[JSON] = command.get("options") or []
        chain: list[JSON] = []
        for part in path:
            sub = next(
                (
                    o
                    for o in schema
                    if o["name"] == part and o["type"] in (OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP)
                ),
                None,
            )
            if sub is None:
                raise FakeDiscordError(f"{root!r} has no subcommand (group) {part!r}")
            chain.append(sub)
            schema = sub.get("options") or []
        if any(o["type"] in (OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP) for o in schema):
            raise FakeDiscordError(f"{name!r} is a group; name a subcommand, e.g. '{name} <sub>'")
        resolved: JSON = {}
        leaf: list[JSON]
        if options is None or isinstance(options, Mapping):
            values = dict(options or {})
            by_name = {o["name"]: o for o in schema}
            leaf = []
            for key, value in values.items():
                option = by_name.get(key)
                if option is None:
                    raise FakeDiscordError(f"{name!r} has no option {key!r}; options: {sorted(by_name)}")
                is_focused = key == focused
                item: JSON = {
                    "name": key,
                    "type": option["type"],
                    "value": self._option_value(option, value, resolved, guild=guild, partial=is_focused),
                }
                if is_focused:
                    item["focused"] = True
                leaf.append(item)
            if focused is None:
                missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
                if missing:
                    raise FakeDiscordError(f"{name!r} is missing required option(s) {missing}")
        else:
            leaf = [dict(o) for o in options]
        nested = leaf
        for sub in reversed(chain):
            nested = [{"name": sub["name"], "type": sub["type"], "options": nested}]
        data: JSON = {"id": command["id"], "name": root, "type": COMMAND_CHAT_INPUT}
        if nested:
            data["options"] = nested
        if resolved:
            data["resolved"] = resolved
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        return data

    def make_slash_interaction(
        self,
        name: str,
        options: Mapping[str, Any] | Sequence[JSON] | None = None,
        *,
        user: FakeUser | int | None = None,
        guild: bool = True,
        channel_id: int | None = None,
        check_permissions: bool = True,
    ) -> JSON:
        """An APPLICATION_COMMAND interaction for a synced CHAT_INPUT command.

        ``name`` may include subcommands (``"faq add"``).  ``options`` maps option names to values (typed
        from the synced definition; pass ``FakeUser``/ids for user, role and channel options and they are
        added to ``resolved``), or is a raw list of option objects.  The default user is ``fake.member``.
        """
        user = self._user(user, self.member)
        data = self._command_data(
            name, options, user=user, guild=guild, focused=None, check_permissions=check_permissions
        )
        return self._interaction(
            INTERACTION_APPLICATION_COMMAND, data, user=user, guild=guild, channel_id=channel_id
        )

    def make_autocomplete_interaction(
        self,
        name: str,
        options: Mapping[str, Any],
        *,
        focused: str | None = None,
        user: FakeUser | int | None = None,
        guild: bool = True,
        channel_id: int | None = None,
    ) -> JSON:
        """An APPLICATION_COMMAND_AUTOCOMPLETE interaction.

        ``options`` holds what the user has typed so far; ``focused`` names the option being typed into
        (default: the last one).  Required options may be missing, as they are while typing.
        """
        if not options:
            raise FakeDiscordError("autocomplete needs at least the focused option")
        focused = focused if focused is not None else list(options)[-1]
        if focused not in options:
            raise FakeDiscordError(f"focused option {focused!r} is not in options")
        user = self._user(user, self.member)
        data = self._command_data(
            name, options, user=user, guild=guild, focused=focused, check_permissions=True
        )
        return self._interaction(
            INTERACTION_AUTOCOMPLETE, data, user=user, guild=guild, channel_id=channel_id
        )

    def _message(self, message: JSON | int | str) -> JSON:
        if isinstance(message, dict):
            return self.messages.get(int(message["id"]), message)
        found = self.messages.get(int(message))
        if found is None:
            raise FakeDiscordError(f"unknown message {message}")
        return found

    def _is_guild_channel(self, channel_id: int) -> bool:
        return self.channels.get(channel_id, {}).get("type", 0) != 1

    def make_message_context_interaction(
        self,
        command_name: str,
        target_message: JSON | int,
        *,
        user: FakeUser | int | None = None,
        check_permissions: bool = True,
    ) -> JSON:
        """An APPLICATION_COMMAND interaction for a MESSAGE context-menu command on ``target_message``."""
        user = self._user(user, self.member)
        target = self._message(target_message)
        channel_id = int(target["channel_id"])
        guild = self._is_guild_channel(channel_id)
        command = self._command(command_name, COMMAND_MESSAGE, guild=guild)
        self._check_invocable(command, user, guild=guild, check_permissions=check_permissions)
        data: JSON = {
            "id": command["id"],
            "name": command_name,
            "type": COMMAND_MESSAGE,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: self._strip_event_fields(target)}},
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        return self._interaction(
            INTERACTION_APPLICATION_COMMAND, data, user=user, guild=guild, channel_id=channel_id
        )

    def make_user_context_interaction(
        self,
        command_name: str,
        target_user: FakeUser | int,
        *,
        user: FakeUser | int | None = None,
        check_permissions: bool = True,
    ) -> JSON:
        """An APPLICATION_COMMAND interaction for a USER context-menu command on ``target_user``."""
        user = self._user(user, self.member)
        target = self._user(target_user)
        command = self._command(command_name, COMMAND_USER, guild=True)
        self._check_invocable(command, user, guild=True, check_permissions=check_permissions)
        data: JSON = {
            "id": command["id"],
            "name": command_name,
            "type": COMMAND_USER,
            "target_id": str(target.id),
            "resolved": {
                "users": {str(target.id): target.to_user()},
                "members": {str(target.id): self.member_payload(target, with_user=False, permissions=True)},
            },
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        return self._interaction(INTERACTION_APPLICATION_COMMAND, data, user=user, guild=True)

    @staticmethod
    def _find_component(components: Sequence[JSON], custom_id: str) -> JSON | None:
        for component in components:
            if component.get("custom_id") == custom_id:
                return component
            children = list(component.get("components") or [])
            children += [
                component[k] for k in ("component", "accessory") if isinstance(component.get(k), dict)
            ]
            found = FakeDiscord._find_component(children, custom_id)
            if found is not None:
                return found
        return None

    def make_component_interaction(
        self,
        custom_id: str,
        message: JSON | int,
        *,
        user: FakeUser | int | None = None,
        values: Sequence[str] | None = None,
    ) -> JSON:
        """A MESSAGE_COMPONENT interaction: ``user`` clicks/selects ``custom_id`` on ``message``.

        ``message`` is a message the fake knows (a dict from ``fake.messages`` or a callback/REST
        response, or its id).  The component must exist on the message's current version and not be
        disabled; for selects pass ``values``.
        """
        user = self._user(user, self.member)
        target = self._message(message)
        component = self._find_component(target.get("components") or [], custom_id)
        if component is None:
            raise FakeDiscordError(f"message {target['id']} has no component with custom_id {custom_id!r}")
        if component.get("disabled"):
            raise FakeDiscordError(
                f"component {custom_id!r} is disabled; Discord would not let the user use it"
            )
        data: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
        elif values:
            raise FakeDiscordError("values only make sense for select menus")
        channel_id = int(target["channel_id"])
        return self._interaction(
            INTERACTION_MESSAGE_COMPONENT,
            data,
            user=user,
            guild=self._is_guild_channel(channel_id),
            channel_id=channel_id,
            message=target,
        )

    def _submitted_component(self, component: JSON, values: dict[str, Any], counter: Iterator[int]) -> JSON:
        submitted: JSON = {"type": component["type"], "id": component.get("id") or next(counter)}
        custom_id = component.get("custom_id")
        if custom_id is not None:
            submitted["custom_id"] = custom_id
        if component["type"] == 4:  # text input
            value = values.pop(custom_id, component.get("value") or "")
            if component.get("required", True) and not value:
                raise FakeDiscordError(f"text input {custom_id!r} is required")
            submitted["value"] = value
        elif component["type"] in (3, 5, 6, 7, 8):  # selects
            submitted["values"] = list(values.pop(custom_id, []))
        return submitted

    def make_modal_submit(
        self,
        custom_id: str,
        components: Mapping[str, Any] | Sequence[JSON],
        *,
        user: FakeUser | int | None = None,
        message: JSON | int | None = None,
    ) -> JSON:
        """A MODAL_SUBMIT interaction for the modal ``custom_id``.

        ``components`` maps text-input custom_ids to values; the submitted structure mirrors the modal
        the bot opened (action rows or labels).  A raw list of submitted components is used as is.  Pass
        ``message`` when the modal was opened from a component on that message.
        """
        user = self._user(user, self.member)
        counter = iter(range(1, 1000))
        if isinstance(components, Mapping):
            values = dict(components)
            modal = self.modals.get(custom_id)
            if modal is None:
                raise FakeDiscordError(f"the bot never opened a modal with custom_id {custom_id!r}")
            submitted: list[JSON] = []
            for top in modal["components"]:
                if top["type"] == 1:
                    row = {"type": 1, "id": top.get("id") or next(counter), "components": []}
                    row["components"] = [
                        self._submitted_component(c, values, counter) for c in top.get("components", [])
                    ]
                    submitted.append(row)
                elif top["type"] == 18:  # label wrapping one interactive component
                    label = {"type": 18, "id": top.get("id") or next(counter)}
                    label["component"] = self._submitted_component(top["component"], values, counter)
                    submitted.append(label)
                else:
                    submitted.append({"type": top["type"], "id": top.get("id") or next(counter)})
            if values:
                raise FakeDiscordError(f"modal {custom_id!r} has no inputs {sorted(values)}")
        else:
            submitted = [dict(c) for c in components]
        target = self._message(message) if message is not None else None
        channel_id = int(target["channel_id"]) if target else TEXT_CHANNEL_ID
        return self._interaction(
            INTERACTION_MODAL_SUBMIT,
            {"custom_id": custom_id, "components": submitted},
            user=user,
            guild=self._is_guild_channel(channel_id),
            channel_id=channel_id,
            message=target,
        )

    def make_message(
        self,
        content: str,
        *,
        author: FakeUser | int | None = None,
        mentions: Sequence[FakeUser | int] = (),
        channel_id: int | None = None,
        guild: bool = True,
        reply_to: JSON | int | None = None,
        attachments: Sequence[JSON] = (),
    ) -> JSON:
        """A MESSAGE_CREATE payload from a human (default ``fake.member``).

        ``mentions`` is filled from ``<@id>`` in ``content`` plus any users given explicitly; in a guild
        each mention carries a partial ``member``, as MESSAGE_CREATE does.  ``guild=False`` makes a DM to
        the bot.  The message is stored, so it can later be a context-menu target or be replied to.
        """
        author = self._user(author, self.member)
        message_id = self._ids.next()
        channel = self.channels[channel_id or TEXT_CHANNEL_ID] if guild else self.dm_channel_payload(author)
        mentioned: dict[int, FakeUser] = {}
        for raw in _USER_MENTION.findall(content):
            if int(raw) in self.users:
                mentioned[int(raw)] = self.users[int(raw)]
        for extra in mentions:
            extra_user = self._user(extra)
            mentioned[extra_user.id] = extra_user
        mention_payloads = []
        for mentioned_user in mentioned.values():
            entry = mentioned_user.to_user()
            if guild:
                entry["member"] = self.member_payload(mentioned_user, with_user=False)
            mention_payloads.append(entry)
        referenced = self._message(reply_to) if reply_to is not None else None
        message: JSON = {
            "id": str(message_id),
            "channel_id": channel["id"],
            "author": author.to_user(),
            "content": content,
            "timestamp": _iso(snowflake_time(message_id)),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": ("@everyone" in content or "@here" in content)
            and bool(self.permissions_for(author) & Permission.MENTION_EVERYONE),
            "mentions": mention_payloads,
            "mention_roles": [
                r for r in dict.fromkeys(_ROLE_MENTION.findall(content)) if int(r) in self.roles
            ],
            "attachments": [self._human_attachment(int(channel["id"]), a) for a in attachments],
            "embeds": [],
            "pinned": False,
            "type": MESSAGE_REPLY if referenced else MESSAGE_DEFAULT,
            "flags": 0,
            "components": [],
            "nonce": str(self._ids.next()),
        }
        if referenced is not None:
            message["message_reference"] = {
                "type": 0,
                "channel_id": referenced["channel_id"],
                "message_id": referenced["id"],
                **({"guild_id": str(GUILD_ID)} if guild else {}),
            }
            message["referenced_message"] = self._strip_event_fields(referenced)
        if guild:
            message["guild_id"] = str(GUILD_ID)
            message["member"] = self.member_payload(author, with_user=False)
        message["channel_type"] = channel["type"]
        self.messages[message_id] = self._strip_event_fields(message)
        return message

    def _human_attachment(self, channel_id: int, partial: JSON) -> JSON:
        """An attachment on a user's message; ``partial`` needs ``filename`` and may override anything."""
        attachment = self._attachment(
            channel_id, UploadedFile("", partial.get("filename", "file"), None, b""), {}
        )
        attachment.update(partial)
        return attachment

    # ------------------------------------------------------------------ static role/channel payloads

    @staticmethod
    def _role_payload(
        role_id: int,
        name: str,
        permissions: int,
        *,
        position: int,
        color: int = 0,
        hoist: bool = False,
        managed: bool = False,
        tags: JSON | None = None,
    ) -> JSON:
        role: JSON = {
            "id": str(role_id),
            "name": name,
            "color": color,
            "colors": {"primary_color": color, "secondary_color": None, "tertiary_color": None},
            "hoist": hoist,
            "icon": None,
            "unicode_emoji": None,
            "position": position,
            "permissions": str(permissions),
            "managed": managed,
            "mentionable": False,
            "flags": 0,
        }
        if tags is not None:
            role["tags"] = tags
        return role

    @staticmethod
    def _text_channel_payload(channel_id: int, name: str, position: int, topic: str | None) -> JSON:
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "rate_limit_per_user": 0,
            "nsfw": False,
            "topic": topic,
            "last_message_id": None,
            "parent_id": None,
            "default_auto_archive_duration": 1440,
            "flags": 0,
        }


# ---------------------------------------------------------------------- discord.py glue


@contextlib.contextmanager
def point_discord_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and default gateway at ``fake``; restores both afterwards.

    These two class attributes are the only places discord.py reads the endpoints from
    (``Route.BASE`` at each request, ``DEFAULT_GATEWAY`` when a client connects).
    """
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = fake.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        Route.BASE = old_base
        DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord, bot: discord.Client, *, token: str | None = None, ready_timeout: float = 5.0
) -> AsyncIterator[asyncio.Task[None]]:
    """Start ``bot`` against ``fake``, wait for ``on_ready``, and close it cleanly on exit.

    ``on_ready`` fires ``guild_ready_timeout`` seconds (discord.py default 2.0) after the last
    GUILD_CREATE, so bots under test should be built with e.g. ``guild_ready_timeout=0.05``.
    If the bot fails to start (bad token, crash in ``setup_hook``), that exception is raised here.
    """
    with point_discord_at(fake):
        task = asyncio.create_task(bot.start(token or fake.token), name="bot-under-test")
        try:
            ready = asyncio.create_task(bot.wait_until_ready())
            try:
                done, _ = await asyncio.wait(
                    {task, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
                )
            finally:
                ready.cancel()
            if task in done:
                task.result()  # raises the start-up failure
                raise RuntimeError("bot.start() returned before the bot became ready")
            if ready not in done:
                raise TimeoutError(f"bot not ready within {ready_timeout}s")
            ready.result()  # wait_until_ready() itself can raise (client not initialised)
            yield task
        finally:
            await bot.close()
            # bot.start() returns once the gateway loop sees the close.  A start-up failure was already
            # raised above and a close-time error is not the test's concern; wait_for cancels a task
            # that hangs, so nothing leaks into the next test.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, timeout=5.0)
