"""Load and check a knowledge pack: articles in `seeds/`, curated YAML in `knowledge/`.

Every problem is collected with its `file:line` before anything is refused, so one run of
`showfaq check` lists all that needs fixing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.analysis import phrase_key, surface_words
from bot.core.articles import LineKind, ParsedArticle, parse_article
from bot.core.models import (
    Checklist,
    ChecklistItem,
    FaqEntry,
    Person,
    Quote,
    Role,
    Source,
    SourceRef,
    Verdict,
)
from bot.core.quotes import extract_quotes
from bot.core.text import fold, fold_for_compare
from bot.core.yamlfile import LineList, Problem, line_of, load_yaml

FAQ_FILE = "faq.yaml"
CAST_FILE = "cast.yaml"
REVIVAL_FILE = "revival.yaml"
LEXICON_FILE = "lexicon.yaml"
VERDICT_KEYS = ("worth-it", "mixed", "wrong-reasons")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class PackError(Exception):
    """The pack cannot be used; `problems` says where and why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Fans' words for the same thing: each phrase maps to its group's first phrase.

    `other_languages` are the words of the `other_languages` groups' phrases that no English
    phrase uses: a typo as close to an English word as to one of them is the English word's.
    """

    synonyms: dict[str, str] = field(default_factory=dict)
    other_languages: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pack:
    """Everything loaded from `knowledge/` and `seeds/`, checked."""

    sources: dict[str, Source]
    quotes: tuple[Quote, ...]
    entries: tuple[FaqEntry, ...]
    people: tuple[Person, ...]
    checklist: Checklist | None
    lexicon: Lexicon
    non_content: dict[str, tuple[str, ...]]  # source id -> captions, credits, link titles
    # Characters the sources name without saying who played them ("Team Dean").
    characters: tuple[Role, ...] = ()

    def source(self, source_id: str) -> Source:
        """The source with `source_id` (KeyError when there is none)."""
        return self.sources[source_id]

    def entry(self, entry_id: str) -> FaqEntry | None:
        """The shipped entry with `entry_id`, or None."""
        return next((e for e in self.entries if e.id == entry_id), None)


# --- a small declarative schema -------------------------------------------------------------

Kind = type | tuple[type, ...]


@dataclass(frozen=True)
class Field:
    """One key of a schema: its type, whether it is required, and its items' type."""

    kind: Kind
    required: bool = True
    items: Kind | Schema | None = None  # for lists: the kind or schema of each item


@dataclass(frozen=True)
class Schema:
    """The keys a YAML mapping may have."""

    name: str
    fields: dict[str, Field]


_KIND_NAMES = {str: "text", bool: "true or false", list: "a list", dict: "a mapping", int: "a number"}


def _kind_name(kind: Kind) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds)


class _Checker:
    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def report(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.display, line, message))

    def mapping(self, value: Any, schema: Schema, line: int | None) -> bool:
        """Check `value` against `schema`; return True when it can be used."""
        if not isinstance(value, dict):
            self.report(line_of(value, line), f"a {schema.name} must be a mapping of keys to values")
            return False
        ok = True
        key_lines = getattr(value, "key_lines", {})
        for key in value:
            if key not in schema.fields:
                expected = ", ".join(schema.fields)
                self.report(
                    key_lines.get(key, line), f"unknown key {key!r} in {schema.name} (expected: {expected})"
                )
                ok = False
        own_line = line_of(value, line)
        for key, spec in schema.fields.items():
            if key not in value or value[key] is None or value[key] == "":
                if spec.required:
                    self.report(own_line, f"{schema.name} is missing {key!r}")
                    ok = False
                continue
            ok &= self._value(value[key], spec, key_lines.get(key, own_line), f"{schema.name} {key!r}")
        return ok

    def _value(self, value: Any, spec: Field, line: int | None, what: str) -> bool:
        if spec.kind is list:
            if not isinstance(value, list):
                self.report(line, f"{what} must be a list")
                return False
            item_lines = getattr(value, "item_lines", [line] * len(value))
            ok = True
            for item, item_line in zip(value, item_lines, strict=True):
                if isinstance(spec.items, Schema):
                    ok &= self.mapping(item, spec.items, item_line)
                elif spec.items is not None and not _is_kind(item, spec.items):
                    self.report(item_line, f"each of {what} must be {_kind_name(spec.items)}, not {item!r}")
                    ok = False
            return ok
        if not _is_kind(value, spec.kind):
            self.report(line, f"{what} must be {_kind_name(spec.kind)}, not {value!r}")
            return False
        return True


def _is_kind(value: Any, kind: Kind) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


# A role's description through someone else: "Luke's nephew" (owner "Luke", relation "nephew").
DESCRIPTION_OWNER = re.compile(r"(?P<owner>.+?)['\u2019]s?\s+(?P<relation>\S.*)")

REF = Schema("source reference", {"source": Field(str), "quote": Field(str)})
FAQ_ENTRY = Schema(
    "FAQ entry",
    {
        "id": Field(str),
        "question": Field(str),
        "alternates": Field(list, required=False, items=str),
        "answer": Field(str),
        "tags": Field(list, required=False, items=str),
        "sources": Field(list, items=REF),
    },
)
FAQ_FILE_SCHEMA = Schema("FAQ file", {"entries": Field(list, items=FAQ_ENTRY)})
ROLE = Schema(
    "role",
    {
        "character": Field(str),
        "aliases": Field(list, required=False, items=str),
        "described_as": Field(list, required=False, items=str),
        "sources": Field(list, items=REF),
    },
)
PERSON = Schema(
    "person",
    {
        "id": Field(str),
        "name": Field(str),
        "aliases": Field(list, required=False, items=str),
        "misheard_as": Field(list, required=False, items=str),
        "pronoun": Field(str, required=False),
        "about": Field(str, required=False),
        "roles": Field(list, required=False, items=ROLE),
        "sources": Field(list, required=False, items=REF),
    },
)
CHARACTER = Schema(
    "character",
    {
        "character": Field(str),
        "aliases": Field(list, required=False, items=str),
        "sources": Field(list, items=REF),
    },
)
CAST_FILE_SCHEMA = Schema(
    "cast file",
    {"people": Field(list, items=PERSON), "characters": Field(list, required=False, items=CHARACTER)},
)
CHECK_ITEM = Schema(
    "checklist item",
    {
        "id": Field(str),
        "question": Field(str),
        "favourable": Field(bool),
        "why": Field(str),
        "source": Field(str),
        "quote": Field(str),
    },
)
VERDICT = Schema("verdict", {"text": Field(str), "source": Field(str), "quote": Field(str)})
REVIVAL_FILE_SCHEMA = Schema(
    "revival file",
    {
        "title": Field(str),
        "intro": Field(str),
        "items": Field(list, items=CHECK_ITEM),
        "verdicts": Field(dict),
    },
)
LEXICON_FILE_SCHEMA = Schema(
    "lexicon file",
    {"synonyms": Field(list, items=list), "other_languages": Field(list, items=list, required=False)},
)
SOURCE_META = Schema(
    "source metadata",
    {
        "id": Field(str, required=False),
        "title": Field(str, required=False),
        "author": Field(str, required=False),
        "published": Field((dt.date, str), required=False),
        "outlet": Field(str, required=False),
        "url": Field(str, required=False),
        "called": Field(list, required=False, items=str),
    },
)


# --- sources ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LoadedSource:
    source: Source
    article: ParsedArticle
    content_folded: tuple[str, ...]
    furniture_folded: tuple[str, ...]


def _load_sources(seeds_dir: Path, problems: list[Problem]) -> dict[str, _LoadedSource]:
    loaded: dict[str, _LoadedSource] = {}
    if not seeds_dir.is_dir():
        problems.append(Problem(str(seeds_dir), None, "seeds folder not found"))
        return loaded
    for path in sorted(seeds_dir.glob("*.txt")):
        meta_path = path.with_suffix(".yaml")
        meta: dict[str, Any] = {}
        if meta_path.exists():
            data, meta_problems = load_yaml(meta_path)
            problems.extend(meta_problems)
            checker = _Checker(str(meta_path))
            if data is not None and checker.mapping(data, SOURCE_META, 1):
                meta = dict(data)
            problems.extend(checker.problems)
        try:
            article = parse_article(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(str(path), None, f"cannot read the article ({error})"))
            continue
        source_id = meta.get("id") or path.stem
        published = meta.get("published", article.published)
        if isinstance(published, str):
            try:
                published = dt.date.fromisoformat(published)
            except ValueError:
                problems.append(
                    Problem(str(meta_path), None, f"published must be YYYY-MM-DD, not {published!r}")
                )
                published = article.published
        if source_id in loaded:
            problems.append(Problem(str(path), None, f"duplicate source id {source_id!r}"))
            continue
        if not article.author and not meta.get("author"):
            problems.append(
                Problem(str(path), None, "no author: add a 'By NAME Mon DD, YYYY' line or metadata")
            )
        source = Source(
            id=source_id,
            title=meta.get("title") or article.title,
            author=meta.get("author") or article.author,
            published=published,
            outlet=meta.get("outlet") or None,
            url=meta.get("url") or None,
            paragraphs=article.paragraphs,
            path=str(path),
            called=tuple(meta.get("called") or ()),
        )
        furniture = tuple(
            fold_for_compare(line.text)
            for line in article.lines
            if line.kind in {LineKind.CAPTION, LineKind.CREDIT, LineKind.LINK_TITLE}
        )
        # The title and byline are the article's own words too: "who wrote it" is sourced from the byline.
        content = tuple(
            fold_for_compare(line.text)
            for line in article.lines
            if line.kind in {LineKind.CONTENT, LineKind.TITLE, LineKind.BYLINE}
        )
        loaded[source_id] = _LoadedSource(source, article, content, furniture)
    if not loaded:
        problems.append(Problem(str(seeds_dir), None, "no articles (*.txt) in the seeds folder"))
    return loaded


def _check_ref(
    checker: _Checker, sources: dict[str, _LoadedSource], source_id: str, quote: str, line: int | None
) -> SourceRef | None:
    loaded = sources.get(source_id)
    if loaded is None:
        known = ", ".join(sorted(sources)) or "none"
        checker.report(line, f"unknown source {source_id!r} (known: {known})")
        return None
    wanted = fold_for_compare(quote)
    if not wanted:
        checker.report(line, "empty quote")
        return None
    if any(wanted in paragraph for paragraph in loaded.content_folded):
        return SourceRef(source_id, fold(quote))
    if any(wanted in line_text for line_text in loaded.furniture_folded):
        checker.report(
            line, f"quote is from a caption, credit or link title, not the article's text: {quote!r}"
        )
    else:
        checker.report(line, f"quote is not verbatim in {source_id!r}: {quote!r}")
    return None


def _refs(
    checker: _Checker, sources: dict[str, _LoadedSource], raw: Any, fallback_line: int | None
) -> tuple[SourceRef, ...]:
    refs: list[SourceRef] = []
    for item, line in zip(raw or [], getattr(raw, "item_lines", []), strict=False):
        ref = _check_ref(
            checker, sources, item["source"], item["quote"], line_of(item, line or fallback_line)
        )
        if ref:
            refs.append(ref)
    return tuple(refs)


def _items(data: Any, key: str) -> Iterator[tuple[Any, int | None]]:
    values = data.get(key) if isinstance(data, dict) else None
    if isinstance(values, LineList):
        yield from zip(values, values.item_lines, strict=True)


def _check_id(
    checker: _Checker, seen: dict[str, int | None], value: str, line: int | None, what: str
) -> bool:
    if not _ID.match(value):
        checker.report(line, f"{what} id {value!r} must be lower-case letters, digits and hyphens")
        return False
    if value in seen:
        checker.report(line, f"duplicate {what} id {value!r} (first at line {seen[value]})")
        return False
    seen[value] = line
    return True


def _match_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text).casefold()).strip()


# --- curated files -------------------------------------------------------------------------------


def _load_file(
    directory: Path, name: str, schema: Schema, problems: list[Problem], *, required: bool = True
) -> tuple[Any, _Checker]:
    path = directory / name
    checker = _Checker(str(path))
    if not path.exists():
        # A missing folder is reported once by `collect_pack`, not once per file in it.
        if required and directory.is_dir():
            checker.report(None, "file not found")
        return None, checker
    data, yaml_problems = load_yaml(path)
    problems.extend(yaml_problems)
    if yaml_problems:
        return None, checker
    if data is None:
        checker.report(1, f"the {schema.name} is empty")
        return None, checker
    # Top-level keys are checked here; items are checked one by one so one bad entry spares the rest.
    shallow = Schema(schema.name, {k: Field(f.kind, f.required) for k, f in schema.fields.items()})
    if not checker.mapping(data, shallow, 1):
        return None, checker
    return data, checker


def _load_entries(
    directory: Path, sources: dict[str, _LoadedSource], problems: list[Problem]
) -> tuple[FaqEntry, ...]:
    data, checker = _load_file(directory, FAQ_FILE, FAQ_FILE_SCHEMA, problems)
    entries: list[FaqEntry] = []
    ids: dict[str, int | None] = {}
    phrasings: dict[str, tuple[str, int | None]] = {}
    for raw, line in _items(data, "entries"):
        if not checker.mapping(raw, FAQ_ENTRY, line):
            continue
        if not _check_id(checker, ids, raw["id"], line, "entry"):
            continue
        alternates = tuple(raw.get("alternates") or ())
        alt_lines = getattr(raw.get("alternates"), "item_lines", [line] * len(alternates))
        question_line = raw.key_lines.get("question", line)
        for text, text_line in [(raw["question"], question_line), *zip(alternates, alt_lines, strict=True)]:
            key = _match_key(text)
            owner = phrasings.get(key)
            if owner and owner[0] != raw["id"]:
                checker.report(
                    text_line, f"{text!r} is also a phrasing of entry {owner[0]!r} (line {owner[1]})"
                )
            elif owner is None:
                phrasings[key] = (raw["id"], text_line)
        refs = _refs(checker, sources, raw["sources"], line)
        if not refs:
            continue
        entries.append(
            FaqEntry(
                id=raw["id"],
                question=fold(raw["question"]),
                alternates=tuple(fold(a) for a in alternates),
                answer=fold(raw["answer"]),
                tags=tuple(raw.get("tags") or ()),
                sources=refs,
            )
        )
    problems.extend(checker.problems)
    return tuple(entries)


def _load_cast(
    directory: Path, sources: dict[str, _LoadedSource], problems: list[Problem]
) -> tuple[tuple[Person, ...], tuple[Role, ...]]:
    """The people, and the characters whose actor the sources do not name."""
    data, checker = _load_file(directory, CAST_FILE, CAST_FILE_SCHEMA, problems)
    people: list[Person] = []
    ids: dict[str, int | None] = {}
    names: dict[str, str] = {}
    described: list[tuple[str, int | None]] = []  # roles' descriptions, checked once all names are known
    for raw, line in _items(data, "people"):
        if not checker.mapping(raw, PERSON, line) or not _check_id(checker, ids, raw["id"], line, "person"):
            continue
        pronoun = raw.get("pronoun")
        if pronoun not in (None, "he", "she", "they"):
            checker.report(raw.key_lines.get("pronoun"), f"pronoun must be he, she or they, not {pronoun!r}")
        roles: list[Role] = []
        for role_raw, role_line in _items(raw, "roles"):
            refs = _refs(checker, sources, role_raw["sources"], role_line)
            descriptions = tuple(fold(d) for d in role_raw.get("described_as") or ())
            descriptions_line = role_raw.key_lines.get("described_as", role_line)
            described.extend((description, descriptions_line) for description in descriptions)
            if refs:
                aliases = tuple(role_raw.get("aliases") or ())
                roles.append(Role(fold(role_raw["character"]), aliases, refs, descriptions))
        person = Person(
            id=raw["id"],
            name=fold(raw["name"]),
            aliases=tuple(fold(a) for a in raw.get("aliases") or ()),
            pronoun=pronoun if pronoun in ("he", "she", "they") else None,
            about=fold(raw["about"]) if raw.get("about") else None,
            roles=tuple(roles),
            sources=_refs(checker, sources, raw.get("sources"), line),
            misheard_as=tuple(fold(a) for a in raw.get("misheard_as") or ()),
        )
        for name in (*person.names(), *person.misheard_as):
            key = _match_key(name)
            if key in names and names[key] != person.id:
                checker.report(line, f"name {name!r} is used by both {names[key]!r} and {person.id!r}")
            names[key] = person.id
        people.append(person)
    known = {
        _match_key(name)
        for person in people
        for name in (*person.names(), *(a for role in person.roles for a in (role.character, *role.aliases)))
    }
    for description, line in described:
        owner = DESCRIPTION_OWNER.match(description)
        if owner is None or _match_key(owner["owner"]) not in known:
            checker.report(
                line,
                f"described_as {description!r} must name someone in this file and what the character is "
                'to them, as in "Luke\'s nephew"',
            )
    characters: list[Role] = []
    for raw, line in _items(data, "characters"):
        if not checker.mapping(raw, CHARACTER, line):
            continue
        refs = _refs(checker, sources, raw["sources"], line)
        character = Role(fold(raw["character"]), tuple(fold(a) for a in raw.get("aliases") or ()), refs)
        names = (character.character, *character.aliases)
        for name in names:
            if _match_key(name) in known:
                checker.report(line, f"name {name!r} of character {character.character!r} is someone else's")
        known.update(map(_match_key, names))  # after the check: a name repeated in one entry is its own
        if refs:
            characters.append(character)
    problems.extend(checker.problems)
    return tuple(people), tuple(characters)


def _load_checklist(
    directory: Path, sources: dict[str, _LoadedSource], problems: list[Problem]
) -> Checklist | None:
    data, checker = _load_file(directory, REVIVAL_FILE, REVIVAL_FILE_SCHEMA, problems)
    if data is None:
        problems.extend(checker.problems)
        return None
    items: list[ChecklistItem] = []
    ids: dict[str, int | None] = {}
    for raw, line in _items(data, "items"):
        if not checker.mapping(raw, CHECK_ITEM, line) or not _check_id(checker, ids, raw["id"], line, "item"):
            continue
        ref = _check_ref(checker, sources, raw["source"], raw["quote"], raw.key_lines.get("quote", line))
        if ref:
            items.append(
                ChecklistItem(raw["id"], fold(raw["question"]), raw["favourable"], fold(raw["why"]), ref)
            )
    verdicts: dict[str, Verdict] = {}
    raw_verdicts = data["verdicts"]
    for key in raw_verdicts:
        if key not in VERDICT_KEYS:
            checker.report(
                raw_verdicts.key_lines.get(key),
                f"unknown verdict {key!r} (expected: {', '.join(VERDICT_KEYS)})",
            )
    for key in VERDICT_KEYS:
        raw = raw_verdicts.get(key)
        line = raw_verdicts.key_lines.get(key, data.key_lines.get("verdicts"))
        if raw is None:
            checker.report(line, f"verdicts is missing {key!r}")
            continue
        if checker.mapping(raw, VERDICT, line):
            ref = _check_ref(checker, sources, raw["source"], raw["quote"], line_of(raw, line))
            if ref:
                verdicts[key] = Verdict(key, fold(raw["text"]), ref)
    if not items:
        checker.report(data.key_lines.get("items"), "the checklist has no usable items")
    problems.extend(checker.problems)
    if not items or len(verdicts) != len(VERDICT_KEYS):
        return None
    return Checklist(fold(data["title"]), fold(data["intro"]), tuple(items), verdicts)


def _load_lexicon(directory: Path, problems: list[Problem]) -> Lexicon:
    data, checker = _load_file(directory, LEXICON_FILE, LEXICON_FILE_SCHEMA, problems, required=False)
    synonyms: dict[str, str] = {}
    read_as: dict[tuple[str, ...], tuple[str, str]] = {}  # stems -> (group head, phrase)
    english_phrase_words: set[str] = set()
    foreign_phrase_words: set[str] = set()
    groups = [(group, line, False) for group, line in _items(data, "synonyms")]
    groups += [(group, line, True) for group, line in _items(data, "other_languages")]
    for group, line, foreign in groups:
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(w, str) for w in group):
            checker.report(line, "each synonym group must be a list of two or more words or phrases")
            continue
        head = _match_key(group[0])
        if foreign:
            # Other languages' words join the English group their first phrase belongs to.
            owner = read_as.get(phrase_key(group[0]))
            if owner is None:
                checker.report(line, f"{group[0]!r} must be a phrase of one of the synonym groups above")
                continue
            head = owner[0]
        for phrase in group[1:] if foreign else group:
            # Phrases are matched by their stems, so "dating" and "date" are one phrase to the engine.
            stems = phrase_key(phrase)
            owner = read_as.get(stems)
            if owner is not None and owner[0] != head:
                checker.report(
                    line, f"{phrase!r} reads the same as {owner[1]!r}, already a synonym of {owner[0]!r}"
                )
                continue
            read_as[stems] = (head, phrase)
            (foreign_phrase_words if foreign else english_phrase_words).update(surface_words(phrase))
            if foreign or phrase is not group[0]:
                # Kept as a question's words read ("you're" is "youre", "people's" is "people"),
                # so the engine finds the phrase where a fan types it.
                synonyms[" ".join(surface_words(phrase))] = head
    problems.extend(checker.problems)
    return Lexicon(synonyms, frozenset(foreign_phrase_words - english_phrase_words))


def collect_pack(knowledge_dir: Path, seeds_dir: Path) -> tuple[Pack, list[Problem]]:
    """Load everything that can be loaded and list every problem found on the way."""
    problems: list[Problem] = []
    if not knowledge_dir.is_dir():
        problems.append(Problem(str(knowledge_dir), None, "knowledge folder not found"))
    sources = _load_sources(seeds_dir, problems)
    people, characters = _load_cast(knowledge_dir, sources, problems)
    entries = _load_entries(knowledge_dir, sources, problems)
    checklist = _load_checklist(knowledge_dir, sources, problems)
    lexicon = _load_lexicon(knowledge_dir, problems)
    quotes: list[Quote] = []
    for loaded in sources.values():
        quotes.extend(extract_quotes(loaded.source.id, loaded.source.paragraphs, people))
    non_content = {
        sid: tuple(
            line.text for line in loaded.article.lines if line.kind not in {LineKind.CONTENT, LineKind.TITLE}
        )
        for sid, loaded in sources.items()
    }
    pack = Pack(
        sources={sid: loaded.source for sid, loaded in sources.items()},
        quotes=tuple(quotes),
        entries=entries,
        people=people,
        checklist=checklist,
        lexicon=lexicon,
        non_content=non_content,
        characters=characters,
    )
    return pack, problems


def load_pack(knowledge_dir: Path, seeds_dir: Path) -> Pack:
    """Load the pack, or raise `PackError` listing every problem."""
    pack, problems = collect_pack(knowledge_dir, seeds_dir)
    if problems:
        raise PackError(problems)
    return pack
