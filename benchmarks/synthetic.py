"""Deterministic synthetic FAQ entries and fan questions for benchmarking the engine at scale.

Entries look like a fan wiki grown over many shows: invented actors, characters and shows,
a few hundred topic words picked with a Zipf-like skew, and question templates fans really
use ("who played {character} on {show}", "would {actor} return for a {show} revival").
The name and show vocabulary grows with the number of entries, as it would in a real pack.
Every entry cites the real article with a short quote that is verbatim in it.

    from benchmarks.synthetic import make_entries, make_questions
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.models import FaqEntry, SourceRef

# Short spans of seeds/milo-ventimiglia-jess-rory-2021.txt, verbatim (checked by `check_quotes`).
REAL_QUOTES = (
    "I can't ever get away from it",
    "they kind of made their own world",
    "Are there still more stories to tell?",
    "I think things are complicated when you're young",
    "I'd be a jerk not to show up",
    "they were what they needed at the moment from each other",
)

TOPICS = """
diner coffee pie pancakes bookstore library scholarship graduation prom dance marathon festival
snowfall winter autumn spring summer thanksgiving christmas halloween birthday wedding funeral
proposal engagement divorce breakup kiss argument apology letter postcard diary journal novel
poetry newspaper editor internship college harvard yale princeton dorm roommate professor lecture
exam debate election mayor council meeting town square gazebo bridge lake river boat car truck
motorcycle bicycle bus train airport hotel inn kitchen chef recipe cake cookies bakery market
grocery farm garden flowers tree forest cabin camping hiking beach ocean island vacation europe
paris london italy roadtrip concert band guitar drums record vinyl radio podcast interview
premiere finale cliffhanger pilot season episode script rehearsal audition casting wardrobe costume
makeup set studio backlot soundstage director producer writer showrunner network streaming ratings
award emmy nomination reunion revival reboot spinoff sequel prequel flashback montage soundtrack
theme song lyrics dance-off karaoke party celebration anniversary reunion dinner breakfast brunch
lunch picnic barbecue holiday parade carnival fair rodeo circus museum gallery painting sculpture
photograph camera film movie documentary theater musical opera ballet orchestra choir church
school teacher principal detention homework report card locker hallway gym basketball baseball
football soccer tennis swimming running chess poker bingo trivia quiz puzzle crossword riddle
secret rumor gossip scandal lie truth promise betrayal loyalty friendship rivalry jealousy
grief comfort advice lesson mistake regret forgiveness second chance fresh start new job
promotion layoff business startup loan debt inheritance will house apartment renovation
moving boxes neighbor landlord dog cat horse pig chicken goat pet sitter nanny baby twins
pregnancy adoption grandparents parents siblings cousins uncle aunt nephew niece stepfather
mother daughter father son boyfriend girlfriend husband wife ex fiance mentor rival boss
coworker assistant intern rookie veteran sheriff lawyer doctor nurse pilot sailor soldier
hospital accident injury surgery recovery storm flood fire blackout earthquake snowstorm
""".split()

RELATIONS = ("mother", "father", "best friend", "boyfriend", "girlfriend", "rival", "boss", "uncle", "sister")

SYLLABLES = """
ba be bi bo bu da de di do du fa fe fi fo ga ge go ha he hi ho ja jo ka ke ki ko la le li lo lu ma
me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo wa we
wi za ze zo bran dell kin mar ton ley ros vin sel tor cal den fen gar hal jen kel lan mor nel pen
quin rav sten tam vel wyn
""".split()

SHOW_WORDS = """
harbor hollow falls heights creek ridge valley springs haven crossing lane street avenue house
hall manor academy high diner station county city bay point shore grove meadow river hills
""".split()


@dataclass(frozen=True, slots=True)
class Cast:
    """The invented names an entry set draws from; it grows with the number of entries."""

    actors: tuple[str, ...]
    characters: tuple[str, ...]
    shows: tuple[str, ...]


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def _names(rng: random.Random, count: int, taken: set[str]) -> tuple[str, ...]:
    found: list[str] = []
    while len(found) < count:
        name = f"{_word(rng, 2, 3)} {_word(rng, 2, 3)}"
        if name.casefold() not in taken:
            taken.add(name.casefold())
            found.append(name)
    return tuple(found)


def make_cast(size: int, seed: int = 1) -> Cast:
    """Names for `size` entries: about one actor and one character per eight entries."""
    rng = random.Random(f"cast-{seed}")
    taken: set[str] = set()
    actors = _names(rng, max(20, size // 8), taken)
    characters = _names(rng, max(20, size // 8), taken)
    shows: list[str] = []
    seen: set[str] = set()
    while len(shows) < max(6, size // 100):
        show = f"{_word(rng, 2, 3)} {rng.choice(SHOW_WORDS).capitalize()}"
        if show not in seen:
            seen.add(show)
            shows.append(show)
    return Cast(actors, characters, tuple(shows))


# Each template: (question, alternates to pick 3-5 of, answer). Fields: {a} actor, {af} actor's
# first name, {al} actor's last name, {c} character, {cf} character's first name, {s} show,
# {t} topic, {t2} another topic, {r} relation.
TEMPLATES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Who played {c} on {s}?",
        (
            "who plays {cf}",
            "{c} actor?",
            "who was {cf} played by in {s}",
            "the actor behind {c}",
            "{s} {cf} actor",
            "who portrayed {c}",
        ),
        "{a} played {c} on {s}, mostly in the {t} storylines.",
    ),
    (
        "What did {a} say about the {t}?",
        (
            "{af}'s thoughts on the {t}",
            "did {a} talk about the {t}",
            "{al} on the {t}",
            "what does {af} think of the {t}",
            "{a} {t} interview",
        ),
        "{a} said the {t} on {s} was one of the {t2} moments they remember best.",
    ),
    (
        "Would {a} return for a {s} revival?",
        (
            "is {af} coming back to {s}",
            "{al} {s} revival?",
            "will {a} be in the {s} reboot",
            "would {af} do a {s} reunion",
            "{a} back for {s}?",
        ),
        "{a} said they would come back to {s} if the story of the {t} was worth telling.",
    ),
    (
        "Why did {c} leave {s}?",
        (
            "why was {cf} written off {s}",
            "what happened to {c}",
            "{cf} leaves {s} why",
            "why did {cf} go away",
            "{c} exit explained",
        ),
        "{c} left {s} after the {t} storyline; {a} wanted to try new roles.",
    ),
    (
        "Who is {c}'s {r} on {s}?",
        (
            "{cf}'s {r} in {s}",
            "who plays {c}'s {r}",
            "does {cf} have a {r}",
            "{c} {r} actor",
        ),
        "{c}'s {r} on {s} is played by {a}, introduced in the {t} episode.",
    ),
    (
        "When did {s} film the {t} episode?",
        (
            "{s} {t} episode filming date",
            "when was the {t} episode shot",
            "when did they film the {s} {t} ep",
            "{t} episode {s} when",
        ),
        "{s} filmed the {t} episode in the {t2} season, with {a} on set.",
    ),
    (
        "What song plays during the {t} scene in {s}?",
        (
            "song in the {s} {t} scene",
            "{t} scene music {s}",
            "what's the song when {cf} is at the {t}",
            "{s} {t} soundtrack",
        ),
        "The {t} scene in {s} uses a song picked by {a}, who also liked the {t2} episode.",
    ),
    (
        "How old was {a} when {s} started?",
        (
            "{af}'s age in {s} season one",
            "how old is {a} in {s}",
            "{al} age when {s} began",
            "was {af} a teen on {s}",
        ),
        "{a} was in their twenties when {s} started, around the {t} episodes.",
    ),
    (
        "Is {c} in the {s} revival?",
        (
            "does {cf} come back in the {s} revival",
            "{c} {s} reboot",
            "is {cf} back for the {s} revival",
            "will {c} return",
        ),
        "{c} appears in the {s} revival in the {t} chapter, played again by {a}.",
    ),
    (
        "Did {c} and {c2} end up together on {s}?",
        (
            "are {cf} and {c2f} endgame",
            "{cf} {c2f} ship {s}",
            "do {cf} and {c2f} get married",
            "{c} and {c2} relationship",
        ),
        "{c} and {c2} split after the {t} on {s}, though they stayed friends.",
    ),
)

UNANSWERABLE_TEMPLATES = (
    "who played {c} on {s}",
    "what did {a} say about the {t}",
    "would {a} come back for {s}",
    "is {c} in the {s} movie",
    "what is {a}'s star sign",
    "how tall is {a}",
)

OFF_TOPIC = (
    "how do i bake sourdough bread",
    "what's the weather in paris tomorrow",
    "best pizza place in new york",
    "can someone help me with my python homework",
    "who won the world cup in 2014",
    "how many moons does jupiter have",
    "recommend me a good fantasy book series",
    "is the stock market open on saturday",
    "what time is it in tokyo",
    "how do i fix a flat bike tire",
    "lol this server is dead",
    "anyone watching the game tonight??",
)

REWORDS = (
    ("Who played", "who was the actor for"),
    ("who plays", "who's playing"),
    ("revival", "reboot"),
    ("return", "come back"),
    ("say about", "think about"),
    ("leave", "quit"),
    ("end up together", "get together"),
    ("film", "shoot"),
    ("How old", "what age"),
)

NOISE_BEFORE = ("", "", "", "<@1234567890> ", "ok so ", "quick q: ", "hey guys ", "wait ")
NOISE_AFTER = ("", "", "", " lol", "??", " pls", " 😭", " ?", " anyone know")


def _fields(rng: random.Random, cast: Cast, cum_weights: Sequence[float]) -> dict[str, str]:
    actor, character, other = rng.choice(cast.actors), *rng.sample(cast.characters, 2)
    topic, topic2 = rng.choices(TOPICS, cum_weights=cum_weights, k=2)
    return {
        "a": actor,
        "af": actor.split()[0],
        "al": actor.split()[1],
        "c": character,
        "cf": character.split()[0],
        "c2": other,
        "c2f": other.split()[0],
        "s": rng.choice(cast.shows),
        "t": topic,
        "t2": topic2,
        "r": rng.choice(RELATIONS),
    }


def _zipf(count: int) -> list[float]:
    """Cumulative Zipf-like weights: the first topics are asked about far more than the last."""
    return list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(count)))


def make_entries(
    size: int, source_id: str, *, seed: int = 1, start: int = 0, cast: Cast | None = None
) -> list[FaqEntry]:
    """`size` distinct entries `syn-<n>` (n from `start`), each with 3-5 alternates and a real quote."""
    cast = cast or make_cast(size, seed)
    rng = random.Random(f"entries-{seed}-{start}")
    weights = _zipf(len(TOPICS))
    entries: list[FaqEntry] = []
    questions: set[str] = set()
    while len(entries) < size:
        question, alternates, answer = rng.choice(TEMPLATES)
        values = _fields(rng, cast, weights)
        text = question.format(**values)
        if text in questions:
            continue
        questions.add(text)
        chosen = rng.sample(alternates, min(len(alternates), rng.randint(3, 5)))
        number = start + len(entries)
        entries.append(
            FaqEntry(
                id=f"syn-{number:06d}",
                question=text,
                alternates=tuple(a.format(**values) for a in chosen),
                answer=answer.format(**values),
                tags=(_slug(values["s"]), values["t"]),
                sources=(SourceRef(source_id, rng.choice(REAL_QUOTES)),),
            )
        )
    return entries


def edited(entry: FaqEntry, rng: random.Random) -> FaqEntry:
    """The same entry as a moderator might fix it: a new alternate and a reworded answer."""
    topic = rng.choice(TOPICS)
    return FaqEntry(
        id=entry.id,
        question=entry.question,
        alternates=(*entry.alternates[1:], f"{entry.question.rstrip('?').lower()} {topic}"),
        answer=f"{entry.answer} (Updated: see also the {topic} episode.)",
        tags=entry.tags,
        sources=entry.sources,
        guild_id=entry.guild_id,
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: a dropped, doubled, swapped or wrong letter."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeiourstnl") + word[i + 1 :]


def fan_version(text: str, rng: random.Random) -> str:
    """`text` as a fan types it: reworded, lower case, a typo or two, chat noise."""
    for old, new in REWORDS:
        if old in text and rng.random() < 0.5:
            text = text.replace(old, new)
            break
    if rng.random() < 0.7:
        text = text.lower().rstrip("?")
    words = text.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        i = rng.randrange(len(words))
        words[i] = typo(words[i], rng)
    return rng.choice(NOISE_BEFORE) + " ".join(words) + rng.choice(NOISE_AFTER)


def make_questions(entries: Sequence[FaqEntry], count: int, *, seed: int = 1) -> list[tuple[str, str | None]]:
    """`count` fan questions with the id that answers each (None: unanswerable).

    Two thirds are reworded, typo'd phrasings of `entries`; a third are unanswerable: they
    name people the entries never mention (invented with another seed) next to real shows
    or strangers' shows, or are off-topic chat.
    """
    rng = random.Random(f"questions-{seed}")
    questions: list[tuple[str, str | None]] = []
    for entry in rng.sample(list(entries), min(count * 2 // 3, len(entries))):
        base = rng.choice((entry.question, *entry.alternates))
        questions.append((fan_version(base, rng), entry.id))
    strangers = make_cast(200, seed=seed + 1000)
    weights = _zipf(len(TOPICS))
    while len(questions) < count:
        roll = rng.random()
        if roll < 0.2:
            questions.append((rng.choice(OFF_TOPIC), None))
            continue
        values = _fields(rng, strangers, weights)
        if roll < 0.6:
            values["s"] = rng.choice(entries).tags[0].replace("-", " ")
        questions.append((fan_version(rng.choice(UNANSWERABLE_TEMPLATES).format(**values), rng), None))
    return questions
