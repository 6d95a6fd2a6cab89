"""The answer engine: from a fan's message to an answer, a "did you mean", or an honest "I don't know".

A question is answered only when one entry covers what it asks. Coverage is weighed by
how informative each word is (BM25's idf over the knowledge), so a question that names
something the entry never mentions ("lane kim", "star sign") cannot ride on the words it
happens to share with it ("who played", "milo").
"""

from __future__ import annotations

import gc
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, combinations, dropwhile, islice, pairwise
from typing import NamedTuple

from rapidfuzz import fuzz, process, utils

from bot.core.analysis import (
    ACTING_TERM,
    AGE_TERM,
    CAST_TERMS,
    EVERYDAY_WORDS,
    LIGHT_TERMS,
    OPINION_TERMS,
    PRONOUN_OF,
    QUESTION_TERMS,
    REASON_TERM,
    SAID_TERM,
    SCREEN_TERM,
    STOPWORDS,
    THOUGHT_TERM,
    WORD_TOKEN,
    Analysed,
    Analyzer,
    Meanings,
    Relatives,
    RoleReferences,
    alias_key,
    answer_kinds,
    common_english_words,
    english_words,
    entity_term,
    initialisms,
    name_table,
    opinion_holders,
    stem,
    surface_words,
    with_words_meant,
)
from bot.core.index import (
    PROFILES_AT_BUILD,
    PROFILES_KEPT,
    Document,
    InvertedIndex,
    Profile,
    Vocabulary,
    idf,
    remember,
)
from bot.core.knowledge import DESCRIPTION_OWNER, Pack
from bot.core.models import Answer, Citation, FaqEntry, Person, Quote, Role, SourceRef, Status, Suggestion
from bot.core.text import (
    DISCORD_TOKENS,
    SAYING_WORDS,
    asked_clause,
    asked_thing,
    block_quoted,
    claims_to_settle,
    clauses,
    drop_bot_command,
    drop_channel_names,
    drop_confirmations,
    drop_introductions,
    drop_names_ruled_out,
    drop_quiz_format,
    drop_quoted_titles,
    drop_requests_for_the_words,
    drop_roleplay_actions,
    drop_speaker_label,
    drop_struck_through,
    drop_trailing_guesses,
    first_of_several_questions,
    fold_for_compare,
    inline_quoted,
    inline_quoted_apart,
    last_asked_sentence,
    names_one,
    question_after_lead_in,
    question_before_another_guess,
    question_before_aside,
    read_according_to,
    read_addressed_as_named,
    read_and_who_else,
    read_constructions,
    read_corrections,
    read_dating_as_partner,
    read_look_alikes,
    read_names_after_descriptions,
    read_origins,
    read_phrasings_as_asked,
    read_spoken_punctuation,
    read_things_spoken_of,
    read_whether_there_will_be,
    sentences,
    sentences_told,
    told_around_a_question,
    told_question,
)

QUOTE_PREFIX = "quote:"
# Pronouns that stand for people as themselves; "his", "her" and "their" are mostly someone's
# ("her boyfriend"), so they do not say whom a question is about.
_REFERRING_PRONOUNS = frozenset({"he", "him", "she", "they", "them", "hes", "shes", "theyre"})
_ACTOR_ASKED = frozenset({"who", ACTING_TERM})
# Words by which a question refers back to what the fan told before it ("could you remind me
# of his name?", "what was that about?").
_REFERRING_BACK = _REFERRING_PRONOUNS | frozenset("it its that this these those his her their".split())
_SHE_WORDS = frozenset({"she", "her", "hers", "herself", "shes"})
_FANS_OWN = frozenset({"my", "mine", "our", "ours"})
# A part of a message that ends "on that", "about this" or "there" asks about what the rest of
# it says ("wasn't milo in heroes? what part did he play there").
_POINTERS = ("that", "this", "those", "these")
# Words typed after a question is asked ("whose show is that exactly", "who is it again").
_AFTERTHOUGHTS = frozenset("exactly again tho though then anyway lol pls please now".split())
_POINTING_BACK = frozenset(
    (preposition, pointer)
    for preposition in ("on", "about", "abt", "of", "over", "regarding")
    for pointer in _POINTERS
)
# A pronoun that may hold a view ("does he think", "his take"), and whom it stands for.
_HOLDER_PRONOUNS = {"he": "he", "his": "he", "she": "she", "her": "she"}
_OWNER_PRONOUNS = frozenset({"his", "her"})
_AUXILIARIES = frozenset(
    "do does did is was would will can could should has have had dont doesnt didnt isnt wasnt wouldnt".split()
)
# A possessive, with its apostrophe ("luke's": the owner) or without ("lukes": bare); not
# "the palladinos", a family's plural.
_POSSESSIVE_TOKEN = re.compile(r"\b(?:([^\W_]+)['\u2019]s|(?<!\bthe )([^\W_]+)s)\b")
# Terms that ask nothing on their own. Not "where" and "when": alone ("where is this from",
# "when?") they ask where and when the article's words were said.
_ASK_NOTHING_ALONE = LIGHT_TERMS - {"where", "when"}
_THE_ARTICLE = frozenset({stem("article")})
# Words that point at what a part of a message is about ("what did he say about them").
_POINTED_AT = frozenset("them it that this those these him her".split())
# What a message asks about words it quotes from a source, beside who said them ("who said
# this", "what else did he say", "what was he answering", "where is this from", "is this real").
_ABOUT_A_QUOTE = LIGHT_TERMS | frozenset(
    map(stem, "else rest after before answer source real full finish complete next".split())
)
# "... (back) when he talked about jess and rory": a clause saying when, up to its clause's end.
_WHEN_CLAUSE = re.compile(r"(?i)\s+(?:back\s+)?when\s+(?P<clause>[^.?!,;]+)")
# "was lauren graham on the podcast", "has scott ever been in ayitl": whether someone appeared
# somewhere.
_APPEARING_ASKED_BY = ("was", "is", "has", "have", "did", "does")
_APPEARANCE = re.compile(
    rf"(?i)\W*(?:{'|'.join(_APPEARING_ASKED_BY)})\s+(?P<who>[^?.!,;]+?)\s+(?:ever\s+)?"
    r"(?:been\s+|appear(?:ed)?\s+|be\s+|go\s+|gone\s+|come\s+|guest(?:ed)?\s+|show\s+up\s+)?"
    r"(?:on|in)\s+(?P<where>[^?.!,;]+)"
)
_FIRST_WORD = re.compile(r"\W*(\w*)")
# "relation" as fans learning English use it for a couple ("the relation of jess and rory");
# not "in relation to", which the lexicon reads as "about".
_RELATION_WORD = re.compile(r"(?i)(?<!\bin )\brelations?\b")
# "would milo come back if amy and dan ran it": a condition on what is asked, from its word to
# the end, or to a comma when it opens the phrasing ("if amy and dan did it, would milo").
_CONDITION_WORDS = ("if", "unless", "as long as", "provided")
_CONDITION = re.compile(rf"(?i)\b(?:{'|'.join(_CONDITION_WORDS)})\b")


def _condition_in(text: str) -> re.Match[str] | None:
    """Where a condition opens in `text` ("if", "unless" ...), if anywhere. Most questions hold
    none: a substring test is far cheaper than the pattern."""
    lowered = text.lower()
    if not any(word in lowered for word in _CONDITION_WORDS):
        return None
    return _CONDITION.search(text)


# What may come before an appearance question: not a question word ("what did milo say on ...").
_LEAD_STOPWORDS = (
    STOPWORDS - set(_APPEARING_ASKED_BY) - {"what", "whats", "wat", "wut", "wht", "which", "whom", "whose"}
)
_APPEARING = re.compile(r"(?i)\b(?:on|in|appear(?:s|ed)?|guest(?:s|ed)?)\b")
_QUOTED_WORDS_MIN = 4  # fewer words quoted ("it's like") could be from anywhere
# Words quoted inside a message only point at an entry against its rivals, and two words
# ("outside influence") are enough for that.
_INLINE_QUOTED_MIN = 2
# Where a fan leaves words out of a quote ("I can't ever ____ from it", "they were what they
# needed..."): the words on either side are still the source's, in order.
_QUOTE_GAP = re.compile(r"_{2,}|\.{3,}|\u2026")
_BUILD_BATCH = 256  # entries indexed together when a pack is loaded (their words are held meanwhile)
_READINGS_KEPT = 4096  # questions whose reading is kept between edits
_TERM_WEIGHTS_KEPT = 8192  # terms whose weight is remembered
_MEANINGS_KEPT = 16384  # words whose reading (the word meant) is kept between edits
_LABELS_KEPT = 4096  # tags and cited quotes whose reading is kept, as they recur across entries
COMPLETION_SCAN = 2000  # questions rapidfuzz may look through for one autocomplete keystroke


# Question words that also open clauses: they ask only first or last ("when was it", "milo
# said it where"), not in between ("how old was milo when he said it" asks an age).
_CLAUSE_KINDS = frozenset({"when", "where"})
# Words between a possessive and the thing it owns that say how much of it, or whose alone.
_BEFORE_THE_THING = frozenset({"whole", "entire", "own"})
# Who a clause is about, right after the word that opens it ("when he did this").
_SUBJECT_PRONOUNS = frozenset("he she they i you we it hes shes theyre youre im".split())
# A word capitalised as a name is: "Mild" in "does Mild think", "Mild's".
_CAPITALISED = re.compile(r"[A-Z][a-z]+\b")
# Words that join names: "milo's jess and rory comments", "milo's jess x rory take" ("&" and
# "/" are no words: surface_words drops them).
_BETWEEN_NAMES = frozenset({"and", "x", "n"})
# Question words that ask, later in a sentence a "when" clause opens.
_ASKING_AFTER_A_WHEN_CLAUSE = frozenset({"what", "whats", "who", "whos", "why", "how", "which"})
# What a source is said to do at its occasion: "when this interview happened", "when the
# podcast was recorded", "when the article dropped". Not "aired" or "released": a show's
# episode airs too.
_OCCASION_TERMS = frozenset(map(stem, "happened recorded published posted dropped took place".split()))


def _ends_asking(question: str, terms: Sequence[str]) -> set[str]:
    """The first and last of a question's terms, less a "when" or "where" there that opens a
    clause ("what show was milo starring in when he did this"), which asks nothing; and one
    that opens a later sentence ("is this article old? when was it written"), which asks."""
    opening_later: set[str] = set()
    if not _CLAUSE_KINDS.isdisjoint(terms[1:-1]):
        for sentence in sentences(question)[1:]:
            first, *then = surface_words(sentence)[:2] or [""]
            # Not "... when he said it" either, should a sentence open so.
            if first in _CLAUSE_KINDS and not (then and then[0] in _SUBJECT_PRONOUNS):
                opening_later.add(first)
    ends = {terms[0], terms[-1]}
    if ends.isdisjoint(_CLAUSE_KINDS):
        return ends | opening_later
    words = surface_words(question)

    def opens_a_clause(at: int) -> bool:
        if at + 1 >= len(words):
            return False
        if words[at + 1] in _SUBJECT_PRONOUNS:
            return True
        # "when milo said he can't ever get away from it what was he talking about": with no
        # auxiliary after it and a question word later, the other word asks. (Not "where":
        # "where milo said he was team dean, in which interview?" asks where, twice.)
        return (
            words[at] == "when"
            and words[at + 1] not in _AUXILIARIES
            and not _ASKING_AFTER_A_WHEN_CLAUSE.isdisjoint(words[at + 3 :])
        )

    # The first term as it first stands, the last as it last stands.
    if terms[0] in _CLAUSE_KINDS and terms[0] in words and opens_a_clause(words.index(terms[0])):
        ends.discard(terms[0])
    if (
        terms[-1] in _CLAUSE_KINDS
        and terms[-1] in words
        and opens_a_clause(len(words) - 1 - words[::-1].index(terms[-1]))
    ):
        ends.discard(terms[-1])
    return ends | opening_later


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Where the engine draws its lines. Chosen on `tests/data/questions.yaml` (tune split)."""

    answer_score: float = 65.0  # at or above (with coverage and a lead): answered
    uncertain_score: float = 42.0  # at or above: "did you mean ...?"
    suggest_score: float = 22.0  # lowest score still offered as a suggestion
    min_coverage: float = 0.5  # share of the question's information the entry must cover to answer
    max_missing: float = 0.25  # share of the question's information the entry may never mention at all
    guess_max_missing: float = 0.2  # the same, for offering the entry as a "did you mean"
    lead: float = 4.0  # points the best entry must lead a different runner-up by to answer
    # A runner-up that never mentions this share of the question is no rival to a best entry
    # that mentions all of it.
    rival_missing: float = 0.3
    # "who said ...": share of the words asked about that a document's quotes must hold for it
    # to tell who said them, though no phrasing of it asks "who"
    quoted_share: float = 0.5
    body_share: float = 0.7  # how much a word in the answer or sources counts, next to one in a phrasing
    entity_body_share: float = 0.3  # the same for a person or character the entry only mentions
    # How a phrasing's score is made: share of the question covered, share of the phrasing
    # asked for, and rapidfuzz's token_sort_ratio between the two (they add up to 1).
    coverage_weight: float = 0.5
    precision_weight: float = 0.3
    similarity_weight: float = 0.2
    # Share of the score from how typical the question's words are of the entry's phrasings.
    topic_weight: float = 0.1
    quote_factor: float = 0.9  # quotes rank just below an entry that says the same
    light_weight: float = 0.3  # weight of question words and "say"/"think", as a share of their idf
    source_name_weight: float = 0.5  # the same for what a source is called ("interview")
    # Weight of a word common in any English text ("see", "two", "always"), as a share of its
    # idf: fans pad questions with them, and a small pack's idf cannot tell them from rare ones.
    everyday_weight: float = 0.6
    unknown_weight: float = 0.4  # an unseen word's weight, as a share of the rarest known term's
    subject_share: float = 0.5  # a person asked about in this share of documents is the pack's subject
    candidate_limit: int = 8
    candidate_share: float = 0.5  # candidates sharing less of the leader's weight are not scored
    common_share: float = 0.01  # terms in more of the index than this are not walked when gathering
    max_suggestions: int = 3


def _overlaps(a: str, b: str) -> bool:
    """True when one quoted span contains the other (they are the same evidence)."""
    a, b = _folded(a), _folded(b)
    return a in b or b in a


@lru_cache(maxsize=4096)
def _folded(quote: str) -> str:
    return fold_for_compare(quote)


def _holds_in_order(text: str, pieces: Sequence[str]) -> bool:
    """True when `text` holds every one of `pieces`, each after the one before."""
    at = 0
    for piece in pieces:
        at = text.find(piece, at)
        if at == -1:
            return False
        at += len(piece)
    return True


def _entry_before_quote(citing: Iterable[Document]) -> Document | None:
    """Of documents citing the same words, best first, the first entry, else the first quote:
    an entry says what the words were about, the quote only repeats them."""
    return min(citing, key=lambda doc: doc.is_quote, default=None)


_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


def _unasked_alternatives(alternatives: Sequence[tuple[str, str]], profile: Profile) -> set[str]:
    """Of each choice the question offers, the side `profile` never mentions when it mentions the other."""
    unasked = set()
    for first, second in alternatives:
        if profile.mentions(first) != profile.mentions(second):
            unasked.add(second if profile.mentions(first) else first)
    return unasked


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a pack is read and indexed.

    Indexing makes millions of small objects and no reference cycles; left on, the collector
    re-scans the growing heap over and over and takes a third of a large build's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the build kept lives as long as the engine. Moved into the oldest generation at
        # once, it is not traversed by the young collection that the first allocation after
        # re-enabling would set off (a tenth of a second for a large pack) only to end up
        # there anyway. Objects an application froze itself (before forking, say) stay frozen.
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


class Scored(NamedTuple):
    """One document as the engine judged it for one question (a tuple: a question makes dozens)."""

    doc: Document
    score: float  # 0-100
    coverage: float  # 0-1: share of the question's information the document covers
    conflict: bool = False  # the question names people or characters the best phrasing is not about
    missing: float = 0.0  # 0-1: share of the question's information the document never mentions
    # asks who/when/where/how much or how, or "which <thing>", and no phrasing of the document
    # does; or asks of something someone has ("jess's gf") that the document never mentions
    wrong_kind: bool = False
    exact: bool = False  # the question reads exactly as one of the document's phrasings
    stranger: bool = False  # the question names someone the document never mentions at all
    other_voice: bool = False  # asks what someone said or thinks, and the document quotes others

    @property
    def about_others(self) -> bool:
        """True when the document is about, or quotes, other people than the question names."""
        return self.conflict or self.stranger or self.other_voice

    @property
    def could_answer(self) -> bool:
        """False when something the question asks rules the document out, however well it scores."""
        return not (self.about_others or self.wrong_kind)


class Engine:
    """Answers questions from a pack plus any server's own entries; cheap to query, cheap to edit."""

    def __init__(self, pack: Pack, settings: MatchSettings | None = None) -> None:
        # The whole build runs with the collector paused: reading the names and the lexicon
        # makes enough objects to set off collections, and the oldest generation's traverses
        # the whole pack the caller holds as well.
        with _collector_paused():
            self.pack = pack
            self.settings = settings or MatchSettings()
            # How the sources refer to each person (as a term) they call by a pronoun, and those
            # pronouns.
            self._pronoun_of = {
                entity_term(person.name): person.pronoun for person in pack.people if person.pronoun
            }
            self._pronouns = frozenset(self._pronoun_of.values())
            people = [(alias, person.name) for person in pack.people for alias in person.names()]
            # Read as the name, but no words of a name anywhere else ("my" of "my low").
            misheard = [(heard, person.name) for person in pack.people for heard in person.misheard_as]
            # (what fans call a character, the character, who played it)
            roles = [
                (alias, role.character, person.name)
                for person in pack.people
                for role in person.roles
                for alias in (role.character, *role.aliases)
            ]
            names = people + misheard + [(alias, character) for alias, character, _ in roles]
            # Characters whose actor the sources do not name are still someone ("what does dean
            # think of jess" asks Dean's view, which nothing gives), not a word.
            names += [
                (alias, character.character)
                for character in pack.characters
                for alias in (character.character, *character.aliases)
            ]
            # Initials stand for a full name: a person's, or a character's name and surname.
            full_names = [(person.name, person.name) for person in pack.people] + [
                (alias, role.character)
                for role in (*(r for person in pack.people for r in person.roles), *pack.characters)
                for alias in role.aliases
                if alias_key(alias).startswith(alias_key(role.character) + " ")
            ]
            known_aliases = {alias_key(alias) for alias, _ in names}
            # English words, as the typo reader knows them (see `_ruled_out_as_someone`).
            self._english = english = english_words()
            common = common_english_words()
            names += initialisms(
                full_names,
                taken=lambda initials: (
                    initials in known_aliases
                    or initials in english
                    or initials in common
                    or initials in pack.lexicon.synonyms
                ),
            )
            # Lexicon heads are themselves read through the names, so "literati" becomes "@jess @rory".
            table = name_table(names)
            name_analyzer = Analyzer(table)
            lexicon = {
                phrase: " ".join(name_analyzer.analyse(head).terms)
                for phrase, head in pack.lexicon.synonyms.items()
            }
            # A group whose head is a stopword reads its phrases as nothing: "in relation to" is
            # "about", not a word for family.
            table.update(lexicon)
            self.analyzer = Analyzer(table)
            # What the lexicon folds words into is what the pack is about ("show", "money",
            # "story"): it keeps its full weight, however common the word is elsewhere.
            curated = {term for terms in lexicon.values() for term in terms.split()}
            self._everyday_terms = frozenset(map(stem, EVERYDAY_WORDS)) - curated
            aliases: dict[str, list[str]] = {}  # every name of each person and character
            for alias, name in names:
                aliases.setdefault(name, []).append(alias)
            described = self._described_characters(pack, names)
            self._relatives = Relatives(
                [(aliases[owner], relation, character) for owner, relation, character in described],
                named=lambda text: (t for t in self.analyzer.analyse(text).terms if t[0] == "@"),
                aliases=aliases,
            )
            self._role_references = RoleReferences(
                roles,
                people,
                pronouns={person.name: person.pronoun for person in pack.people if person.pronoun},
                asks_anything=lambda text: bool(self.analyzer.analyse(text).terms),
                unknown_word=lambda word: not self._is_known_word(word),
                unplayed=[
                    alias
                    for character in pack.characters
                    for alias in (character.character, *character.aliases)
                ],
            )
            self._related: dict[str, set[str]] = {}
            for person in pack.people:
                for role in person.roles:
                    actor, character = entity_term(person.name), entity_term(role.character)
                    self._related.setdefault(actor, set()).add(character)
                    self._related.setdefault(character, set()).add(actor)
            self._relatable = frozenset(self._related)
            # The articles' own words, as the knowledge check reads them: title and paragraphs.
            self._source_texts = tuple(
                fold_for_compare(text)
                for source in pack.sources.values()
                for text in (source.title, *source.paragraphs)
            )
            # Pairs the sources make family ("Luke's nephew"), as characters and as their actors.
            self._kin: set[frozenset[str]] = set()
            for owner_name, _, character in described:
                owner, described_one = entity_term(owner_name), entity_term(character)
                for first in {owner} | self._related.get(owner, set()):
                    for second in {described_one} | self._related.get(described_one, set()):
                        self._kin.add(frozenset((first, second)))
            self._entity_names = {entity_term(name): name for alias, name in names}
            # Who "he" or "she" may be: the people the sources refer to that way, by the words
            # of their names.
            self._called_by_word = {
                word: (person.pronoun, entity_term(person.name))
                for person in pack.people
                if person.pronoun
                for alias in person.names()
                for word in surface_words(alias)
            }
            # What each source is called, as terms, and all such terms (see `_points_at_its_source`).
            self._source_names = {
                source.id: frozenset(
                    term for name in source.called for term in self.analyzer.analyse(name).terms
                )
                for source in pack.sources.values()
            }
            self._source_name_terms = frozenset().union(*self._source_names.values())
            # The typo reader knows names as words of their own; "my" and "low" are everyday words.
            heard = set(misheard)
            self.vocabulary = Vocabulary(
                names=(w for pair in names if pair not in heard for w in surface_words(pair[0])),
                english_words=english,
                common_words=common,
                other_languages=pack.lexicon.other_languages,
                curated_words=self.analyzer.phrase_words,
                reads_as=lambda word: self.analyzer.analyse(word).terms,
                # First and last names as written, not descriptions ("diner guy") or initials.
                full_names=(
                    (words[0], words[1])
                    for alias, _ in names
                    if len(words := surface_words(alias)) == 2
                    and all(word[:1].isupper() and len(word) >= 3 for word in alias.split())
                ),
            )
            self.vocabulary.add(self.analyzer.phrase_words)
            # Names as fans type their possessive without an apostrophe ("lukes"); "jess" is
            # no possessive of "jes".
            names = self.vocabulary.names
            self._names_with_s = frozenset(name + "s" for name in names if name + "s" not in names)
            self.index = InvertedIndex(self.settings.precision_weight)
            self._entries: dict[str, FaqEntry] = {}
            self._quotes: dict[str, Quote] = {}
            self._speakers = self._speaker_lookup(pack.quotes)
            self._speaker_by_quote: dict[tuple[str, str], str | None] = {}
            self._example_entries: list[FaqEntry] | None = None
            self._labels: dict[str, tuple[tuple[str, ...], set[str]]] = {}
            self._readings: dict[str, Analysed] = {}  # questions as read since the knowledge last changed
            self._meanings = Meanings()  # the word meant by each word read since then
            self._term_weights: dict[str, float] = {}  # see term_weight, since then too
            # Whether two documents (by key) rest on the same quote, since the entries last changed.
            self._same_answers: dict[tuple[str, str], bool] = {}
            # Who said a document's quoted words, and the roles they play or are played by
            # (the same voice), when first needed.
            self._voices: dict[str, frozenset[str]] = {}
            # What each document's phrasings ask for by "which <thing>", when first needed.
            self._asked_things_of: dict[str, frozenset[str]] = {}
            # Per document, the people each phrasing with a condition names outside it (by the
            # phrasing's terms joined), when first needed.
            self._conditional_phrasings: dict[str, dict[str, frozenset[str]]] = {}
            # Whom and where each document's phrasings ask whether someone appeared, when first needed.
            self._appearances_of: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]] = {}
            # A pack is indexed in batches: counts are taken a batch at a time, not entry by entry,
            # and no more than a batch of entries' words is held at once.
            entries = {entry.id: entry for entry in pack.entries}  # a repeated id: the last one stands
            quotes = [quote for quote in pack.quotes if not quote.is_fragment]
            self._entries.update(entries)
            self._quotes.update((QUOTE_PREFIX + quote.id, quote) for quote in quotes)
            documents = chain(map(self._entry_document, entries.values()), map(self._quote_document, quotes))
            while batch := list(islice(documents, _BUILD_BATCH)):
                self.vocabulary.add(chain.from_iterable(words for _, words in batch))
                self.index.add_all(doc for doc, _ in batch)
            # The shipped pack is indexed first: its documents' profiles, and whose voice each
            # gives (a search of the quote index per source), are derived now rather than by
            # the first questions that score them (about 0.1 ms and 30 us a document).
            for doc in self.index.first_documents(PROFILES_AT_BUILD):
                self.index.profile(doc)
                self._voices_with_roles(doc)

    # --- building --------------------------------------------------------------------------

    @staticmethod
    def _described_characters(pack: Pack, names: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
        """For each role's description through someone ("Luke's nephew"): that someone's name,
        the relation, and the character described."""
        canonical = {alias_key(alias): name for alias, name in names}
        found = []
        for person in pack.people:
            for role in person.roles:
                for description in role.described_as:
                    parts = DESCRIPTION_OWNER.match(description)
                    owner = parts and canonical.get(alias_key(parts["owner"]))
                    if owner:
                        found.append((owner, parts["relation"], role.character))
        return found

    def _related_terms(self, terms: Iterable[str]) -> set[str]:
        return {r for t in self._related.keys() & terms for r in self._related[t]}

    def _document(
        self,
        key: str,
        *,
        is_quote: bool,
        guild_id: int | None,
        asks: Sequence[str],
        says: Sequence[str],
        labels: Iterable[str] = (),
    ) -> tuple[Document, set[str]]:
        """Analyse a document's texts once: its index entry, and the surface words it uses.

        `labels` (tags, cited quotes, a speaker) are said like `says`, but recur across documents.
        """
        words: set[str] = set()
        phrasings, asked, said = self.analyzer.read_document(asks, says, words)
        for label in labels:
            terms, label_words = self._read_label(label)
            said.update(terms)
            words.update(label_words)
        # Few documents name someone with a role (an actor, a character): only those look them up.
        related: set[str] = set()
        if not (self._relatable.isdisjoint(asked) and self._relatable.isdisjoint(said)):
            related = (self._related_terms(asked) | self._related_terms(said)) - asked - said
            said |= related
        said -= asked
        doc = Document(key, is_quote, guild_id, phrasings, tuple(said), tuple(asked), tuple(related))
        return doc, words

    def _read_label(self, text: str) -> tuple[tuple[str, ...], set[str]]:
        # Tags and cited quotes recur across entries: one recently read is kept in `_labels`,
        # so it is not read again.
        found = self._labels.get(text)
        if found is not None:
            return found
        words: set[str] = set()
        terms = self.analyzer.read_together((text,), words)
        return remember(self._labels, text, (terms, words), _LABELS_KEPT)

    def _entry_document(self, entry: FaqEntry) -> tuple[Document, set[str]]:
        return self._document(
            entry.id,
            is_quote=False,
            guild_id=entry.guild_id,
            asks=read_phrasings_as_asked([entry.question, *entry.alternates]),
            says=[entry.answer],
            labels=chain(entry.tags, (ref.quote for ref in entry.sources)),
        )

    def add_entry(self, entry: FaqEntry) -> None:
        """Add or replace an entry; only its own postings change."""
        self.remove_entry(entry.id)
        doc, words = self._entry_document(entry)
        self._entries[entry.id] = entry
        self.vocabulary.add(words)
        self.index.add(doc)
        self._knowledge_changed()

    def remove_entry(self, entry_id: str) -> bool:
        """Remove an entry; False when there was none with that id."""
        entry = self._entries.pop(entry_id, None)
        if entry is None:
            return False
        self.index.remove(entry_id)
        self._voices.pop(entry_id, None)
        self._asked_things_of.pop(entry_id, None)
        self._conditional_phrasings.pop(entry_id, None)
        self._appearances_of.pop(entry_id, None)
        # Re-reading the entry is cheaper than keeping every entry's words for a rare removal.
        self.vocabulary.remove(self._entry_document(entry)[1])
        self._knowledge_changed()
        return True

    def _knowledge_changed(self) -> None:
        # New words or fewer: a typo in a question may now read as another word.
        self._readings.clear()
        self._meanings.clear()
        self._term_weights.clear()
        self._same_answers.clear()

    def _quote_document(self, quote: Quote) -> tuple[Document, set[str]]:
        speaker = [quote.speaker] if quote.speaker else []
        return self._document(
            QUOTE_PREFIX + quote.id,
            is_quote=True,
            guild_id=None,
            asks=[quote.text],
            says=[quote.sentence],
            labels=speaker,
        )

    @staticmethod
    def _speaker_lookup(quotes: Sequence[Quote]) -> list[tuple[str, str, str | None]]:
        return [(q.source_id, fold_for_compare(q.text), q.speaker) for q in quotes]

    def entries(self, guild_id: int | None = None) -> list[FaqEntry]:
        """The entries a server sees: the shipped pack and its own."""
        return list(self._visible(guild_id))

    def _visible(self, guild_id: int | None) -> Iterator[FaqEntry]:
        return (e for e in self._entries.values() if e.guild_id in (None, guild_id))

    # --- asking ----------------------------------------------------------------------------

    def analyse_question(self, question: str) -> Analysed:
        """Read a fan's question into terms, fixing typos against the pack's vocabulary."""
        # One question is read several times over (whole, by sentence and clause, each side of
        # a choice), and popular ones recur: a reading stands until the knowledge changes.
        found = self._readings.get(question)
        if found is None:
            # Typos are fixed first, so that a construction misspelled is still read as one.
            typed = self._typos_fixed(
                drop_struck_through(drop_channel_names(drop_bot_command(question, self._names_someone)))
            )
            text = drop_quoted_titles(self._read_relation(typed), self._in_a_source)
            text = read_constructions(drop_requests_for_the_words(text))
            text = read_names_after_descriptions(text, self._names_someone)
            text = read_according_to(text, self._names_someone_besides_the_subject)
            text = drop_names_ruled_out(text, self._ruled_out_as_someone)
            text = read_dating_as_partner(text, self._names_someone)
            text = read_origins(text, self._is_someone)
            text = read_whether_there_will_be(text, self._is_about_someone)
            text = read_and_who_else(text, self._names_someone)
            text = read_things_spoken_of(text, lambda words: self.analyzer.analyse(words).terms)
            unnamed = text
            text = self._role_references.name_actors(drop_confirmations(text))
            # Characters described through others are named after actors described by a role:
            # "the guy who played luke's nephew, what's his name" asks who played Jess, not
            # about Milo.
            named = self._relatives.name_characters(self._relatives.read_kin_guesses(text))
            if named != text:
                # ... and the actor of one so named after that: "would the nephew's actor come
                # back" asks whether Milo would.
                named = self._role_references.name_actors(named)
            found = self.analyzer.analyse(named)
            if SCREEN_TERM in found.terms and (
                ACTING_TERM in found.terms or ACTING_TERM in self.analyzer.analyse(unnamed).terms
            ):
                # A role is played on screen: beside playing, "on tv" says nothing more ("who
                # played jess on tv", "the guy who played jess on tv"), where alone it asks
                # about the show rather than real life ("milo's on-screen uncle").
                found = found._replace(terms=tuple(term for term in found.terms if term != SCREEN_TERM))
            remember(self._readings, question, found, _READINGS_KEPT)
        return found

    def _sources_use(self, word: str) -> bool:
        """True when the sources or the lexicon use `word` (a surface word)."""
        return self._is_known_word(word) or word in self.analyzer.phrase_words

    def _unknown_to_the_sources(self, words: str) -> bool:
        """True when no word of `words` is one the sources or the lexicon use."""
        return not any(map(self._sources_use, surface_words(words)))

    def _emphasised_to_ask(self, words: str) -> bool:
        """True when `words`, set apart in italics, are what a fan asks about: only words the
        sources or the lexicon use ("*right reasons*", "*jess and rory*"), where a roleplayed
        action has some of its own ("*adjusts clipboard*")."""
        return all(word in STOPWORDS or self._sources_use(word) for word in surface_words(words))

    def _in_a_source(self, words: str) -> bool:
        """True when an article in the sources holds `words` (two or more) in its title or one
        of its paragraphs, as written there."""
        folded = fold_for_compare(words)
        return len(surface_words(words)) >= _INLINE_QUOTED_MIN and any(
            folded in text for text in self._source_texts
        )

    def _read_relation(self, text: str) -> str:
        """`text` with "relation" read as a relationship when it names people the sources do
        not make family: "the relation of jess and rory" asks about the couple, "the relation
        of jess and luke" how they are related."""
        # Most messages hold no "relation": a substring test is far cheaper than the pattern.
        if "elation" not in text or _RELATION_WORD.search(text) is None:
            return text
        named = {term for term in self.analyzer.analyse(text).terms if term[0] == "@"}
        if len(named) < 2 or any(frozenset(pair) in self._kin for pair in combinations(sorted(named), 2)):
            return text
        return _RELATION_WORD.sub("relationship", text)

    def _asked_things(self, question: str) -> frozenset[str]:
        """The terms of the thing a "which <thing> did ..." question asks for: only an entry asked
        about that thing gives one ("which season did jess and rory break up" is not answered by
        the entry on why they did). Nothing when the lexicon reads "which <thing>" as a phrase
        of its own ("what date" asks when), or names someone ("what jess did ...")."""
        # Read with typos fixed: "wich episode do they break up in" asks for an episode too.
        reading = self.analyse_question(question)
        thing = asked_thing(reading.text, self._names_someone)
        if thing is None:
            return frozenset()
        terms = frozenset(self.analyse_question(thing).terms)
        # "what milo thinks is a bad reason": what someone thinks or says is no kind of thing.
        if (
            terms <= OPINION_TERMS
            or any(term[0] == "@" for term in terms)
            or terms != frozenset(self.analyse_question("which " + thing).terms)
        ):
            return frozenset()
        # Nor when the words are read into a longer phrase ("in what scenario" asks on what terms).
        return terms if terms.issubset(reading.terms) else frozenset()

    def _things_asked_for(self, doc: Document) -> frozenset[str]:
        """The terms of the things a document's phrasings ask for by "which <thing>" or "what
        <thing>" ("what podcast was milo on"): an entry that only talks about shows does not
        say which shows ("which shows did milo mean" is not answered by his view of them)."""
        found = self._asked_things_of.get(doc.key)
        if found is None:
            found = frozenset(
                term
                for phrasing in self._written_phrasings(doc)
                if (thing := asked_thing(phrasing)) is not None
                for term in self.analyzer.analyse(thing).terms
            )
            remember(self._asked_things_of, doc.key, found, PROFILES_KEPT)
        return found

    def _written_phrasings(self, doc: Document) -> tuple[str, ...]:
        """An entry's question and alternates as written (a quote has none)."""
        if doc.is_quote:
            return ()
        entry = self._entries[doc.key]
        return (entry.question, *entry.alternates)

    def _things_owned(self, question: str) -> tuple[frozenset[str], frozenset[str]]:
        """Whose things a question asks of, and the terms of those things ("who played jess's
        gf", "milo's net worth"): only a document that mentions the thing answers, since the
        owner is not what is asked about. Nothing after a possessive that reads as nothing or as
        someone ("milo's jess"), nor before a verb ("milo's coming back" says he is)."""
        reading = self.analyse_question(question)
        text = reading.text.lower()  # as `_possessives` finds them
        asked = frozenset(reading.terms)
        owners: set[str] = set()
        owned: set[str] = set()
        for possessive in self._possessives(text):
            # "milo's whole thing", "jess's own actor": the thing is the noun these come before.
            following = list(
                dropwhile(_BEFORE_THE_THING.__contains__, surface_words(text[possessive.end() :]))
            )[:1]
            if following and not following[0].endswith("ing"):
                terms = self.analyzer.analyse(following[0]).terms  # typos are fixed in `text`
                # A word read into a phrase ("milo's fav thing about" is what he appreciates)
                # names no thing of its own.
                if terms and terms[0][0] != "@" and asked.issuperset(terms):
                    owned.update(terms)
                    owner, bare = possessive.groups()
                    named = self.analyse_question(owner or bare).terms
                    owners.update(term for term in named if term[0] == "@")
        return frozenset(owners), frozenset(owned)

    def _is_someone(self, words: str) -> bool:
        """True when `words` name people or characters only, or are a pronoun ("he")."""
        return all(term[0] == "@" for term in self.analyse_question(words).terms)

    def _is_known_word(self, word: str) -> bool:
        # Another form of a word the knowledge uses ("dates" for "date") is not a typo, even
        # when a different word is one letter away ("danes").
        return word in self.vocabulary or self.index.document_frequency(stem(word)) > 0

    def rank(
        self,
        question: str,
        *,
        guild_id: int | None = None,
        quotes: bool = True,
        entries: bool = True,
        referred: frozenset[str] | None = None,
    ) -> list[Scored]:
        """Score the likely documents for `question`, best first (ties by key, for determinism).

        `referred`: whose view the whole message asks for as "he" or "she", when `question` is
        part of it (see `_holders_referred_to`); by default read from `question`."""
        analysed = self.analyse_question(question)
        terms = set(analysed.terms)
        if not terms:
            return []
        settings = self.settings
        # A fixed order makes float sums, and so ties, the same in every process.
        own_words = self._fans_own_words(question, terms)
        question_weights = {t: 0.0 if t in own_words else self.term_weight(t) for t in sorted(terms)}
        question_weight = sum(question_weights.values())
        question_parts = self._term_parts(question_weights, question_weight)
        alternatives = self._alternatives(question, terms)
        kinds = answer_kinds(terms) - (_CLAUSE_KINDS - _ends_asking(question, analysed.terms))
        clause_kinds_asked = kinds & _CLAUSE_KINDS
        things = self._asked_things(question)
        owners, owned = self._things_owned(question)
        appearance = self._appearance(question)
        holders = opinion_holders(analysed.terms)
        if holders and len(parts := clauses(analysed.text)) > 1:
            # A name holds the view only within its clause: "milo on jess x rory, what's his
            # opinion" asks Milo's view, not Rory's. (The question as read: typos fixed, names
            # given, so each clause needs no reading of its own.)
            holders = frozenset().union(
                *(opinion_holders(self.analyzer.analyse(part).terms) for part in parts)
            )
        if holders and (possessor := self._view_owned(analysed.text)) is not None:
            holders = frozenset({possessor})
        holders |= self._holders_referred_to(question) if referred is None else referred
        asks_thoughts = THOUGHT_TERM in terms
        # "who said ...": a document that quotes someone tells who said it, whether or not
        # any of its phrasings asks "who".
        # Only for words the document quotes: "who said the revival was bad" is not answered by
        # an entry quoting Milo on bad reasons for revivals.
        said_words = terms - {"who", SAID_TERM} if ("who", SAID_TERM) in pairwise(analysed.terms) else None
        # Someone most entries are about is the pack's subject ("according to milo"), not a
        # topic: only the others must be mentioned by an entry that answers.
        named = {t for t in terms if t[0] == "@"}
        # Whom the question is about: not those named only in a condition on it ("would milo do
        # another revival if scott and alexis were in" is not about whether they would).
        named_outright = (
            self._people_outside_a_condition(analysed.text, frozenset(named)) if named else frozenset()
        )
        # "does milo think alexis would come back": Alexis is whom it is about, Milo whose view;
        # so is the cast in "does milo think the cast would come back". Not those named only in
        # a condition: "milo says he would return if amy and dan were at the helm".
        subjects: set[str] = set()
        if not holders.isdisjoint(named):
            subjects = (named_outright - holders) | (terms & CAST_TERMS)
        strangers_to_check = {t for t in named if not self._is_pack_subject(t)}
        cast_asked = not named and not terms.isdisjoint(CAST_TERMS)
        # "would milo come back if the rest of the cast did" asks about Milo: the cast is only
        # what his coming back would depend on.
        cast_in_a_condition = (
            bool(named_outright)
            and not terms.isdisjoint(CAST_TERMS)
            and self._cast_only_in_a_condition(analysed.text)
        )
        query_text = " ".join(analysed.terms)
        query_length = max(len(query_text), 1)
        sorted_query = " ".join(sorted(analysed.terms))  # see Profile.sorted_texts
        coverage_weight = settings.coverage_weight
        similarity_weight = settings.similarity_weight
        source_name_terms = self._source_name_terms
        scored: list[Scored] = []

        def accept(doc: Document) -> bool:
            if doc.guild_id is not None and doc.guild_id != guild_id:
                return False
            return quotes if doc.is_quote else entries

        # A choice's rarer side must not crowd out the entries that name the other: each side
        # gathers its own candidates ("did milo play jess or dean").
        gathered: dict[str, Document] = {}
        for asked in (terms, *(terms - {side} for pair in alternatives for side in pair)):
            for doc in self.index.candidates(
                asked,
                limit=settings.candidate_limit,
                common_share=settings.common_share,
                min_share=settings.candidate_share,
                said_share=settings.body_share,
                accept=accept,
            ):
                gathered.setdefault(doc.key, doc)
        for doc in gathered.values():
            # One pass over the question's terms: what the answer or sources cover (a term there
            # counts for less, a person they only mention barely), what no part of the document
            # mentions, how typical the terms are of its phrasings, and which phrasings use them.
            profile = self.index.profile(doc)
            weights, asked_weight, strangers = question_weights, question_weight, strangers_to_check
            parts = question_parts
            unasked = _unasked_alternatives(alternatives, profile) if alternatives else set()
            if unasked:
                # "did milo play jess or dean": an entry that names one of the two is not
                # missing the other; it answers which.
                weights = {t: w for t, w in question_weights.items() if t not in unasked}
                asked_weight = sum(weights.values())
                strangers = strangers_to_check - unasked
                parts = self._term_parts(weights, asked_weight)
            if clause_kinds_asked and (
                kinds_in_clauses := (clause_kinds_asked & profile.asked_terms) - profile.ends
            ):
                # "when did the milo article come out" asks a date; "what series was milo on
                # when this came out" uses "when" only to open a clause. The word is the same,
                # the meaning not: it neither covers what is asked nor is missing from it.
                weights = {t: w for t, w in weights.items() if t not in kinds_in_clauses}
                parts = [part for part in parts if part[0] not in kinds_in_clauses]
            body, doc_shares, typical = profile.body, profile.shares, profile.typicality
            body_covered = missing = topic = 0.0
            gains: list[tuple[tuple[tuple[int, float], ...], float]] = []
            for term, weight, said_part, gain in parts:
                if term in body:
                    body_covered += said_part
                elif (shares := doc_shares.get(term)) is not None:
                    gains.append((shares, gain))
                    # Only a phrasing's terms are typical of it (the answer's never are).
                    topic += weight * typical[term]
                elif term not in source_name_terms or not self._points_at_its_source(doc, term):
                    missing += weight
            # A phrasing's value: what the answer covers, plus, per term it shares with the
            # question, the coverage that adds and the term's share of the phrasing's weight (as
            # the index scales it: see Profile.shares).
            untouched = coverage_weight * body_covered / asked_weight
            values = [untouched] * len(profile.phrasings)
            for shares, gain in gains:
                for position, precision in shares:
                    values[position] += gain + precision
            # Most promising first, so rapidfuzz runs only while a phrasing could still win; a
            # stable sort keeps equal values in phrasing order, so ties resolve the same every time.
            # Phrasings as token_sort_ratio reads them (the same length as written).
            texts = profile.sorted_texts
            best, chosen = untouched, None  # the best value so far, and its phrasing's position
            for position in sorted(range(len(values)), key=values.__getitem__, reverse=True):
                upper = values[position]
                if upper <= untouched or upper + similarity_weight <= best:
                    break
                text = texts[position]
                # token_sort_ratio cannot beat 2 * shorter / (sum of lengths): skip when that loses.
                ceiling = 2 * min(query_length, len(text)) / (query_length + len(text))
                if upper + similarity_weight * ceiling <= best:
                    continue
                # The phrasing's fuzz.token_sort_ratio with the question, to the last bit.
                value = upper + similarity_weight * fuzz.ratio(sorted_query, text) / 100
                if value > best:
                    best, chosen = value, position
            phrasing = None if chosen is None else profile.phrasings[chosen]
            covered = body_covered
            if phrasing is not None:
                covered = sum(map(weights.__getitem__, weights.keys() & phrasing)) + body_covered
            score = 100 * ((1 - settings.topic_weight) * best + settings.topic_weight * topic / asked_weight)
            if doc.is_quote:
                score *= settings.quote_factor
            conflict = (
                bool(named) and phrasing is not None and self._names_someone_else(named_outright, phrasing)
            )
            if subjects and not conflict and phrasing is not None:
                # An entry about Milo coming back does not say whether Alexis would.
                conflict = self._about_the_holder(subjects, holders, doc, phrasing)
            if cast_in_a_condition and not conflict and phrasing is not None:
                conflict = not CAST_TERMS.isdisjoint(phrasing) and named_outright.isdisjoint(phrasing)
            if cast_asked and not conflict and phrasing is not None:
                # "which castmates would be back": an entry asked only about the pack's subject
                # (Milo coming back) does not say which of the cast would.
                conflict = self._about_the_subject_alone(doc, phrasing)
            # "who is dean" wants a person; an entry never asked with "who" does not give one
            # (unless it quotes the words someone is asked to have said).
            wrong_kind = (
                bool(kinds)
                and kinds.isdisjoint(profile.asked_terms - (_CLAUSE_KINDS - profile.ends))
                and not (said_words is not None and self._quotes_words(doc, said_words, question_weights))
            ) or (
                bool(things)
                and things.isdisjoint(self._things_asked_for(doc))
                # "which castmates ...": people, whom an entry asked "who ..." names.
                and not (things <= CAST_TERMS and "who" in profile.asked_terms)
            )
            if owned and not wrong_kind:
                # "is luke jess's dad or his uncle": an entry that names one of the two answers.
                needed = owned - unasked
                # What someone has is theirs: an entry that names them only as the actor of its
                # character (or the reverse) speaks of the character's ("milo's girlfriend" is
                # not Jess's).
                wrong_kind = not all(map(profile.mentions, needed)) or not owners.isdisjoint(doc.related)
            if appearance and not wrong_kind:
                who, where = appearance
                wrong_kind = not any(
                    not who.isdisjoint(before) and not where.isdisjoint(whole)
                    for before, whole in self._appearances_asked(doc)
                )
            exact = query_text in profile.exact  # both are terms joined by spaces
            # Named only as the actor of a character the document is about (or the reverse) is
            # not being written about: jess-rory-friendship does not say whether Milo and Alexis
            # are friends.
            stranger = bool(strangers) and any(not profile.mentions(t) or t in doc.related for t in strangers)
            other_voice = bool(holders) and self._voiced_by_others(
                holders, doc, profile, thoughts=asks_thoughts
            )
            # Given in field order, not by keyword: keywords send a NamedTuple's constructor down
            # a slow path (0.6 us more, for each of the dozen or so candidates of a question).
            scored.append(
                Scored(
                    doc,
                    score,
                    min(covered / asked_weight, 1.0),
                    conflict,
                    missing / asked_weight,
                    wrong_kind,
                    exact,
                    stranger,
                    other_voice,
                )
            )
        scored.sort(key=lambda s: (-s.score, s.doc.key))
        return scored

    def _fans_own_words(self, question: str, terms: set[str]) -> frozenset[str]:
        """Terms of `question` that only the fan's own story around what it asks uses, and no
        document at all: "I heard Milo chatted with Scott on a podcast, and my granddaughter
        and I are desperate to hear it. What is it called?" asks the podcast's name, not about
        granddaughters. They weigh nothing.

        Only where the question refers back to the story ("what is it called", "is that so")
        or asks nothing of its own ("could you remind me?"), and names no one. One that names
        whom it asks about ("jess mariano actor?? blanking rn") is read as it is, and so is
        one that needs the story to say whom it means ("the revival was fun. who's the
        actor"). Names (capitalised inside a sentence) and every word of a sentence that asks
        stay."""
        # Most messages tell nothing around what they ask: found out first, as reading the
        # sentence that asks costs more.
        asking, told = told_around_a_question(question)
        if not told or (asked := last_asked_sentence(question)) is None:
            return frozenset()
        refers_back = (
            not _REFERRING_BACK.isdisjoint(surface_words(asked))
            or set(self.analyse_question(asked).terms) <= _ASK_NOTHING_ALONE
        )
        if not refers_back or self._is_about_someone(asked):
            return frozenset()
        kept = set().union(*(self.analyse_question(sentence).terms for sentence in asking))
        # The told sentences are read for their words alone (typos fixed, as the whole was): a
        # word no document uses reads so whatever construction holds it.
        own = frozenset(
            term
            for sentence in told
            for term in self.analyzer.analyse(self._typos_fixed(sentence)).terms
            if term in terms
            and term not in kept
            and term[0] != "@"
            and self.index.document_frequency(term) == 0
        )
        # A message of nothing else is read as it is: nothing would be left to weigh.
        return own if own < terms else frozenset()

    def _typos_fixed(self, text: str) -> str:
        """`text` with its typos fixed, as `analyse_question` fixes them."""
        return self.analyzer.fix_typos(
            text, correct=self.vocabulary.correct, known=self._is_known_word, remembered=self._kept_meanings()
        )

    def term_weight(self, term: str) -> float:
        """How much a question's `term` says about what it asks: its idf, less for words that
        ask rather than name something, and for words common in any English text."""
        # Asked for every term of every part of a message read: kept until the knowledge changes.
        if (kept := self._term_weights.get(term)) is not None:
            return kept
        settings = self.settings
        if self.index.document_frequency(term) == 0:
            # A term the index has never seen is informative (nothing covers it), but fans pad
            # questions with words no article uses, so it weighs a set share of the rarest term.
            weight = idf(0, max(len(self.index), 1)) * settings.unknown_weight
        else:
            weight = self.index.weight(term)
        if term in LIGHT_TERMS:
            weight *= settings.light_weight
        if term in self._source_name_terms:
            weight *= settings.source_name_weight
        if term in self._everyday_terms:
            weight *= settings.everyday_weight
        return remember(self._term_weights, term, weight, _TERM_WEIGHTS_KEPT)

    def _term_parts(
        self, weights: dict[str, float], asked_weight: float
    ) -> list[tuple[str, float, float, float]]:
        """Each term with its weight, what it adds when only the answer or sources use it, and the
        coverage it adds to a phrasing that uses it: the same for every document a question scores."""
        settings = self.settings
        coverage = settings.coverage_weight
        return [
            (
                term,
                weight,
                weight * (settings.entity_body_share if term[0] == "@" else settings.body_share),
                coverage * weight / asked_weight,
            )
            for term, weight in weights.items()
        ]

    def _alternatives(self, question: str, terms: set[str]) -> list[tuple[str, str]]:
        """The terms a question offers as a choice ("jess or dean", "dad or his uncle")."""
        parts = _OR.split(question)
        if len(parts) < 2:
            return []
        found = []
        for before, after in pairwise(parts):
            # The choice is within a clause: "come back or nah? asking for my literati heart"
            # offers none.
            left_clause, right_clause = clauses(before)[-1:], clauses(after)[:1]
            if not (left_clause and right_clause):
                continue
            left = self.analyse_question(left_clause[0]).terms
            right = self.analyse_question(right_clause[0]).terms
            # "or nah", "or what": a side with no term offers no choice; nor does one that opens
            # with a question word or "say" ("a podcast or a talk show" is not podcast-or-say).
            if not (left and right) or left[-1] == right[0] or not {left[-1], right[0]} <= terms:
                continue
            # A side naming what the other names offers no choice between them: "did milo say
            # anything about logan or is he team logan" asks of Logan either way.
            if left[-1] in right or right[0] in left:
                continue
            if left[-1] not in LIGHT_TERMS and right[0] not in LIGHT_TERMS:
                found.append((left[-1], right[0]))
        return found

    def _voiced_by_others(
        self, holders: frozenset[str], doc: Document, profile: Profile, *, thoughts: bool = False
    ) -> bool:
        """True when the document cannot give these people's view: it quotes others (or their
        roles), or a question, or quotes nobody it knows and is asked for others' views ("where
        did milo say this") or for nobody's ("who played rory"); or, when the question asks what
        they think, it is an entry never asked what anyone thinks."""
        if doc.is_quote and self._quotes[doc.key].text.rstrip().endswith("?"):
            # Words that ask ("looking back, what do you think about jess and rory?") are no one's view.
            return True
        if thoughts and not doc.is_quote and THOUGHT_TERM not in profile.asked_terms:
            # "what does milo think of the bachelor": the entry on where the article's "right
            # reasons" comes from quotes him, but gives his words, not his view of the show.
            return True
        voices = self._voices_with_roles(doc)
        if not voices:
            return profile.asked_terms.isdisjoint(OPINION_TERMS)
        return holders.isdisjoint(voices)

    def _voices_with_roles(self, doc: Document) -> frozenset[str]:
        voices = self._voices.get(doc.key)
        if voices is None:
            # Bounded like the index's candidate profiles.
            voices = self._voices_of(doc)
            voices = remember(self._voices, doc.key, voices | self._related_terms(voices), PROFILES_KEPT)
        return voices

    def _voices_of(self, doc: Document) -> frozenset[str]:
        """Whose words or views a document gives: the people it quotes, else the people its
        phrasings ask the view of. interview-where quotes the article's narration and is asked
        "milo said this on scott's podcast right?": it gives Milo's words, not Scott's."""
        voices = self._speakers_quoted(doc)
        if voices or doc.is_quote:
            return voices
        return frozenset().union(*map(opinion_holders, self.index.profile(doc).phrasings))

    def _quotes_words(self, doc: Document, words: set[str], weights: dict[str, float]) -> bool:
        """True when the document quotes someone, and its quotes hold most of `words` (terms,
        by `weights`)."""
        if not words or not self._speakers_quoted(doc):
            return False
        if doc.is_quote:
            quoted = self.index.profile(doc).asked_terms
        else:
            quoted = frozenset().union(
                *(self._read_label(ref.quote)[0] for ref in self._entries[doc.key].sources)
            )
        held = sum(weights[term] for term in words & quoted)
        return held >= self.settings.quoted_share * sum(weights[term] for term in words)

    def _points_at_its_source(self, doc: Document, term: str) -> bool:
        """True when `term` is what a source of the document is called: "in the interview" points
        at where every entry and quote from the interview comes from, so none of them misses it."""
        return any(term in self._source_names.get(source_id, ()) for source_id in self._sources_cited(doc))

    def _speakers_quoted(self, doc: Document) -> frozenset[str]:
        """The people whose words the document quotes (as terms)."""
        if doc.is_quote:
            said_by = {self._quotes[doc.key].speaker}
        else:
            said_by = {self._speaker_of(ref) for ref in self._entries[doc.key].sources}
        return frozenset(entity_term(name) for name in said_by if name)

    def _about_the_holder(
        self, subjects: set[str], holders: frozenset[str], doc: Document, phrasing: tuple[str, ...]
    ) -> bool:
        """True when the phrasing names only people whose view the question asks, and not as
        holding a view ("would milo come back"), and none of those the question is about
        (`subjects`, or their roles). People named only in a condition do not count: "milo
        would return if amy, dan and the whole cast were in" is about Milo returning."""
        about = set(self._named_outside_a_condition(doc, phrasing))
        if not about or not about.isdisjoint(subjects) or not self._related_terms(about).isdisjoint(subjects):
            return False
        about -= opinion_holders(phrasing)
        return bool(about) and about <= holders

    def _about_the_subject_alone(self, doc: Document, phrasing: tuple[str, ...]) -> bool:
        """True when the phrasing names no one but the pack's subject (outside a condition),
        and not the cast."""
        if not CAST_TERMS.isdisjoint(phrasing):
            return False
        people = self._named_outside_a_condition(doc, phrasing)
        return bool(people) and all(map(self._is_pack_subject, people))

    def _claim_among_remarks(self, message: str) -> str | None:
        """The claim a fan puts among remarks, when no sentence asks: the one sentence that
        tells what someone said or thinks, as the sources do ("team logan wins again. milo
        admitted jess and rory didn't work out"). The jabs around it ("checkmate logan fans",
        "its over for jess fans") are not what the bot is asked to settle, and may read as
        something else."""
        telling = [
            sentence
            for sentence in sentences_told(message)
            if not OPINION_TERMS.isdisjoint(self.analyse_question(sentence).terms)
        ]
        return telling[0] if len(telling) == 1 else None

    def _is_pack_subject(self, person: str) -> bool:
        """True for someone so many entries are asked about that they are the pack's subject
        (Milo here), not a topic."""
        return self.index.asked_share(person) >= self.settings.subject_share

    def _named_outside_a_condition(self, doc: Document, phrasing: tuple[str, ...]) -> frozenset[str]:
        named = frozenset(t for t in phrasing if t[0] == "@")
        if not named:
            return named
        conditional = self._conditional_phrasings.get(doc.key)
        if conditional is None:
            # Few phrasings have a condition: they are found once per document (a quote is
            # asked nothing), and only theirs are read again.
            conditional = {}
            if not doc.is_quote:
                for text, read in zip(self._written_phrasings(doc), doc.phrasings, strict=True):
                    if read not in conditional and _CONDITION.search(text) is not None:
                        people = frozenset(t for t in read.split() if t[0] == "@")
                        conditional[read] = self._people_outside_a_condition(text, people)
            remember(self._conditional_phrasings, doc.key, conditional, PROFILES_KEPT)
        return conditional.get(" ".join(phrasing), named) if conditional else named

    def _people_outside_a_condition(self, text: str, named: frozenset[str]) -> frozenset[str]:
        """Of the people `text` names (`named`), those outside a condition on what it asks: "would
        milo come back if scott and alexis were in" asks about Milo."""
        # One person named is the one outside it too.
        if len(named) < 2:
            return named
        condition = _condition_in(text)
        if condition is None:
            return named
        # "i wonder if milo thinks ..." asks whether: only a clause that names someone is what
        # the condition is on.
        if before := self._people_named(text[: condition.start()]):
            return before
        comma = text.find(",", condition.end())
        if comma != -1 and (after := self._people_named(text[comma + 1 :])):
            return after
        return named

    def _cast_only_in_a_condition(self, text: str) -> bool:
        """True when `text` speaks of the cast only in a condition on what it asks about someone
        ("would milo come back if the rest of the cast did")."""
        condition = _condition_in(text)
        if condition is None:
            return False
        before, after = text[: condition.start()], text[condition.end() :]
        before_terms = self.analyzer.analyse(before).terms
        return (
            any(term[0] == "@" for term in before_terms)
            and CAST_TERMS.isdisjoint(before_terms)
            and not CAST_TERMS.isdisjoint(self.analyzer.analyse(after).terms)
        )

    def _people_named(self, text: str) -> frozenset[str]:
        return frozenset(t for t in self.analyzer.analyse(text).terms if t[0] == "@")

    def _names_someone_else(self, named: frozenset[str], phrasing: tuple[str, ...]) -> bool:
        """True when the phrasing names people, and none of those the question `named` (or their roles)."""
        # `named` holds only people: if it meets the phrasing (mostly), it meets the people it names.
        if not named.isdisjoint(phrasing):
            return False
        about = {t for t in phrasing if t[0] == "@"}
        return bool(about) and named.isdisjoint(self._related_terms(about))

    def ask(self, question: str, *, guild_id: int | None = None) -> Answer:
        """Answer `question`, or say how sure the engine is and what it could answer instead."""
        # The question as read; `question` as typed. Its words are read as meant once, here:
        # every part of the message cut below then reads them so.
        message = self._read_as_meant(read_spoken_punctuation(question))
        asked = message  # what is asked: the message, or the rest of it beside words pasted
        if (pasted := self._pasted_from_a_source(message, guild_id)) is not None:
            citing, rest = pasted
            # Asked about ("who said this", "context?"), or pasted on their own, the words are
            # answered by the entry citing them. Asked something of their own ("was he talking
            # about his marriage?"), they are what the rest refers to, not what it asks.
            if self._asks_only_about(rest, citing):
                return self._answer_from(Scored(citing, 100.0, 1.0), question, Status.ANSWERED, ())
            asked = self._naming_whom_it_refers_to(rest, message, named=self._speakers_quoted(citing))
        corrected = read_corrections(asked, self._names_someone)
        if corrected != asked and asked.endswith(corrected):
            # Asked again after the words taken back: "he" is still whom the message named ("what
            # did milo say about it, sorry, i meant would he come back").
            corrected = self._naming_whom_it_refers_to(corrected, asked)
        asked = drop_quiz_format(drop_trailing_guesses(corrected))
        asked = drop_introductions(drop_roleplay_actions(asked, self._emphasised_to_ask))
        asked = drop_speaker_label(asked, self._unknown_to_the_sources, self._names_someone)
        # "milo, would you come back": the one addressed is whom "you" means.
        asked = read_addressed_as_named(asked, self._names_someone)
        # Words quoted inline, asked about alone ("finish the quote: 'i can't ever ____ from it'",
        # "'it's like, yeah, why wouldn't i?' who said that"), are answered as pasted words are.
        # Their own words may all be stopwords, which a ranking cannot find them by.
        if pasted is None and (inline := self._quoted_inline_from_a_source(asked, guild_id)) is not None:
            citing, rest = inline
            if self._asks_only_about(rest, citing):
                return self._answer_from(Scored(citing, 100.0, 1.0), question, Status.ANSWERED, ())
        # Claims put to the bot to settle ("bf says milo thinks jess was bad for rory. i think he
        # said they needed each other. who's right?"), unanswered whole, are each asked alone
        # below. Asking who is right "according to the article" asks nothing of its author.
        if (to_settle := claims_to_settle(asked, self._is_about_someone)) is not None:
            asked = to_settle.message
        if self._refers_to_no_one_known(asked):
            return self._unknown(question, guild_id)
        # "why", "who are you", "says who": a question word or "say" alone asks about nothing the
        # sources could be about, however exactly some phrasing reads the same.
        asked_terms = set(self.analyse_question(asked).terms)
        if asked_terms <= _ASK_NOTHING_ALONE:
            return self._unknown(question, guild_id)
        # "what did the article say", "what's the article about": the whole of it, which no one
        # fact about it (who wrote it, when) answers.
        if asked_terms - _ASK_NOTHING_ALONE == _THE_ARTICLE and asked_terms.isdisjoint(QUESTION_TERMS):
            ranked = self.rank(asked, guild_id=guild_id)
            return self._unknown(question, guild_id, suggestions=self._suggestions(ranked, exclude=None))
        # Whose view the message asks for, by a pronoun or "according to" ("according to alexis,
        # was jess good for rory"): each part cut from it below asks for it too.
        referred = self._holders_referred_to(asked) | self._holders_according_to(asked)
        ranked = self.rank(asked, guild_id=guild_id, referred=referred)
        if self._asks_an_age_at_another_time(asked):
            return self._unknown(question, guild_id, suggestions=self._suggestions(ranked, exclude=None))
        # Words quoted inline ("milo said 'why wouldn't i' about what") point at what cites them.
        quoted = [
            words
            for words in inline_quoted(drop_quoted_titles(asked, self._in_a_source))
            if len(surface_words(words)) >= _INLINE_QUOTED_MIN
        ]
        status, chosen = self._judge(ranked, quoted)
        pointed_at = [words for words in quoted if ranked and self._cites(ranked[0].doc, words)]
        # Scene-setting and asides can drown the question itself: the sentence that asks (or,
        # when none does, the claim among the jabs: "... checkmate logan fans"), then
        # the clause that asks, the question after a lead-in, the question before a "when" that
        # only says when, the question before an aside typed on ("... brb dinner"), a question
        # told of ("she asked me who plays rory and i blanked") and the first of several asked
        # at once ("who wrote this and what podcast is it about") may answer alone, held to the
        # same checks.
        for part_of in (
            last_asked_sentence,
            self._claim_among_remarks,
            asked_clause,
            self._question_after_lead_in,
            self._question_before_occasion,
            question_before_aside,
            question_before_another_guess,
            self._told_question,
            partial(self._first_of_several_questions, whole=ranked, guild_id=guild_id, referred=referred),
        ):
            if status is Status.ANSWERED:
                break
            if (part := part_of(asked)) and self._may_answer_alone(part, asked):
                part = self._naming_whom_it_refers_to(part, asked)
                # A question word alone ("who's 'you guys'") asks nothing, as the whole would not.
                if set(self.analyse_question(part).terms) <= _ASK_NOTHING_ALONE:
                    continue
                part_ranked = self.rank(part, guild_id=guild_id, referred=referred)
                part_status, part_chosen = self._judge(part_ranked, quoted)
                # Words the fan quotes that the best entry for the whole cites are what a part
                # asks about ("the 'outside influence' part, is he talking about fans shipping
                # them or what?"): an answer that does not cite them answers something else,
                # unless the part asks where or when they were said.
                if (
                    pointed_at
                    and part_chosen is not None
                    and _CLAUSE_KINDS.isdisjoint(self.analyse_question(part).terms)
                    and not all(self._cites(part_chosen.doc, words) for words in pointed_at)
                ):
                    continue
                if part_status is Status.ANSWERED:
                    ranked, status, chosen = part_ranked, part_status, part_chosen
        if status is not Status.ANSWERED and (setting := self._setting_of_words_said(asked, ranked)):
            status, chosen = Status.ANSWERED, setting
        if (
            status is not Status.ANSWERED
            and to_settle is not None
            and (settled := self._settling(to_settle.claims, asked, guild_id)) is not None
        ):
            status, chosen = Status.ANSWERED, settled
        if chosen is None:
            return self._unknown(question, guild_id)
        suggestions = self._suggestions(ranked, exclude=chosen.doc.key if status is Status.ANSWERED else None)
        if status is Status.UNKNOWN:
            return self._unknown(question, guild_id, score=chosen.score, suggestions=suggestions)
        return self._answer_from(chosen, question, status, suggestions if status is Status.UNCERTAIN else ())

    def _kept_meanings(self) -> Meanings:
        """The words read so far with the word each means, emptied when it grows too large."""
        if len(self._meanings) >= _MEANINGS_KEPT:
            self._meanings.clear()
        return self._meanings

    def _read_as_meant(self, message: str) -> str:
        """`message` with its words read as meant, so that what is checked of it, as well as what
        is read, is what the fan meant ("is tht ..." is "is that ..."): words typed with a space
        inside read whole ("re vival"), typos fixed, each word typed beside half of a full name
        for the other half read as that half ("scott peterson" is Scott Patterson: see
        `Vocabulary.complete_names`), and look-alikes read as the words meant ("form" for
        "from": a part cut from the message may start where one was mistaken for another)."""
        # A word typed with a space inside is read whole before any half is taken for a typo:
        # "re vival" is "revival", not "re revival".
        message, words = self._read_whole_where_typed_apart(message, surface_words(message))
        typos = self.analyzer.words_meant(
            words,
            correct=self.vocabulary.correct,
            known=self._is_known_word,
            remembered=self._kept_meanings(),
        )
        meant = self.vocabulary.complete_names([typos.get(word, word) for word in words])
        meant.update(self._names_autocorrected(message))
        if typos:
            message = with_words_meant(message, typos)
        if meant:
            message = with_words_meant(message, meant)
        return read_look_alikes(message)

    def _names_autocorrected(self, message: str) -> dict[str, str]:
        """Everyday words capitalised inside a sentence that a phone's autocorrect made of a
        name ("does Mild think ..."), each with the name (see `Vocabulary.name_autocorrected`).
        Not in a message written in title case or capitals, where every word is."""
        found: dict[str, str] = {}
        # Most messages have no capital after their first letter: nothing to look at.
        if message[1:].islower():
            return found
        words = message.split()
        if not words or 2 * sum(word[:1].isupper() for word in words) > len(words):
            return found
        for before, word, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True):
            # After a word (and a comma), not before another capitalised word: "near Lake
            # Tahoe" is a place's name, "8 Mile" a film's.
            if (
                (capitalised := _CAPITALISED.match(word)) is None
                or (capitalised.end() == len(word) and after[:1].isupper())
                or not (before[-1:].isalpha() or (before[-1:] in ",;:" and before[-2:-1].isalpha()))
            ):
                continue
            typed = capitalised[0].lower()
            if (name := self.vocabulary.name_autocorrected(typed)) is not None:
                found[typed] = name
        return found

    def _read_whole_where_typed_apart(self, message: str, words: list[str]) -> tuple[str, list[str]]:
        """`message` (whose surface words are `words`) with each word the pack uses that is typed
        with a space or hyphen inside ("re vival", "relation ship") written whole, and its
        surface words; as typed where the halves read as the whole does ("come back")."""
        apart = {
            halves: whole
            for halves, whole in self.vocabulary.typed_apart(words, self.analyzer.phrase_words).items()
            if self.analyzer.analyse(halves).terms != self.analyzer.analyse(whole).terms
        }
        if not apart:
            return message, words
        halves = "|".join(
            rf"\b{re.escape(before)}[\s-]+{re.escape(after)}\b" for before, after in map(str.split, apart)
        )
        message = re.sub(
            halves,
            lambda found: apart.get(" ".join(found[0].lower().replace("-", " ").split()), found[0]),
            message,
            flags=re.IGNORECASE,
        )
        return message, surface_words(message)

    def _first_of_several_questions(
        self, message: str, *, whole: Sequence[Scored], guild_id: int | None, referred: frozenset[str]
    ) -> str | None:
        """The first question of a message that asks several ("who wrote this and what podcast
        is it about"), when the whole (ranked as `whole`) reads closest to what the first asks,
        and the rest asks something else the sources may answer. A question set before another
        that narrows it asks one thing: "who is lindsay weinberg?? what site does she write
        for" is not asked who she is."""
        first = first_of_several_questions(message)
        if first is None or not whole:
            return None
        first_ranked = self.rank(
            self._naming_whom_it_refers_to(first, message), guild_id=guild_id, referred=referred
        )
        if not first_ranked or first_ranked[0].doc.key != whole[0].doc.key:
            return None
        rest = self._naming_whom_it_refers_to(message.replace(first, " ", 1), message)
        rest_status, rest_chosen = self._judge(self.rank(rest, guild_id=guild_id))
        if rest_status is Status.UNKNOWN or rest_chosen is None:
            return None
        return first if rest_chosen.doc.key != first_ranked[0].doc.key else None

    def _settling(self, claims: Sequence[str], message: str, guild_id: int | None) -> Scored | None:
        """The one entry that answers any of the claims a message puts to settle, each asked as
        a part of it is (held to the same checks); None when none does, or several do. A claim
        of one word that means anything is a reply to the other ("i say it's something else",
        "i think he meant in general"), which one word cannot be settled by."""
        settling: dict[str, Scored] = {}
        for claim in claims:
            if len(self.analyse_question(claim).terms) < 2 or not self._may_answer_alone(claim):
                continue
            claim = self._naming_whom_it_refers_to(claim, message)
            status, chosen = self._judge(self.rank(claim, guild_id=guild_id), [])
            if status is Status.ANSWERED and chosen is not None:
                settling.setdefault(chosen.doc.key, chosen)
        return next(iter(settling.values())) if len(settling) == 1 else None

    def _setting_of_words_said(self, question: str, ranked: Sequence[Scored]) -> Scored | None:
        """The entry that says where or when a source's words were said, for a question asking
        where or when someone said what another entry quotes them saying: "where did milo say
        jess and rory needed each other" is answered as "where did milo say it" is
        (interview-where), not by what he said.

        Only when that other entry would answer but for the kind asked, it quotes the very
        person asked about, and both cite the same source: "where did milo say he was team
        dean" quotes the article's writer on an earlier tease, and "when did milo join the
        cast" asks nothing said."""
        terms = self.analyse_question(question).terms
        kinds = answer_kinds(terms) & _CLAUSE_KINDS
        if not kinds or SAID_TERM not in terms:
            return None
        # Asked as the sentence opens ("in what setting did ...", "when and where did ..."), not
        # a clause ("the quote where milo said ...").
        opening = surface_words(last_asked_sentence(question) or question)[:3]
        kinds &= set(self.analyse_question(" ".join(opening)).terms)
        if not kinds:
            return None
        named = {term for term in terms if term[0] == "@"}
        speakers = opinion_holders(terms) or frozenset(named)
        order = sorted(ranked, key=lambda s: s.conflict)
        if len(speakers) != 1 or not order:
            return None
        said, settings = order[0], self.settings
        if not (
            said.wrong_kind
            and not said.about_others
            and said.score >= settings.answer_score
            and said.coverage >= settings.min_coverage
            and said.missing <= settings.max_missing
            and speakers <= self._speakers_quoted(said.doc)
        ):
            return None
        [speaker] = speakers
        if speaker not in self._entity_names:
            return None
        asked = f"{' and '.join(sorted(kinds, reverse=True))} did {self._entity_names[speaker]} say it"
        status, setting = self._judge(self.rank(asked))
        if (
            status is Status.ANSWERED
            and setting
            and not self._sources_cited(said.doc).isdisjoint(self._sources_cited(setting.doc))
        ):
            return setting
        return None

    def _citations(self, doc: Document) -> list[tuple[str, str]]:
        """What a document quotes of the sources: each source's id and the words."""
        if doc.is_quote:
            quote = self._quotes[doc.key]
            return [(quote.source_id, quote.text)]
        return [(ref.source_id, ref.quote) for ref in self._entries[doc.key].sources]

    def _sources_cited(self, doc: Document) -> frozenset[str]:
        """The ids of the sources a document quotes."""
        return frozenset(source_id for source_id, _ in self._citations(doc))

    def _refers_to_no_one_known(self, message: str) -> bool:
        """True when a message asks about "she" (or "her") and the sources call no one "she": it
        names no one else, or asks her view ("what did she say about jess and rory"). Answered,
        "how old is she" came back with Milo's age and that with his words. Not when the fan
        speaks of their own people ("my sister says she heard ...")."""
        words = surface_words(message)
        if _SHE_WORDS.isdisjoint(words) or not _FANS_OWN.isdisjoint(words) or "she" in self._pronouns:
            return False
        terms = self.analyse_question(message).terms
        asks_her_view = not OPINION_TERMS.isdisjoint(terms) and any(
            before in _AUXILIARIES and word in _SHE_WORDS for before, word in pairwise(words)
        )
        return asks_her_view or not any(term[0] == "@" for term in terms)

    def _appearance(self, question: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """Whom and where a question asks whether someone appeared ("was lauren graham on the
        podcast"): that person with their roles (or actor), and the place's terms. Only an entry
        one of whose phrasings names the person before a word of appearing and the place
        anywhere answers it (see `_appearances_asked`): cast-returning names Lauren, and says
        Milo spoke on a podcast, but not that she was on it."""
        text = self.analyse_question(question).text
        found = _APPEARANCE.match(text)
        if found is None and (text[:1] == "<" or _FIRST_WORD.match(text)[1].lower() in _LEAD_STOPWORDS):
            # After a mention or stopwords ("lowkey has milo ..."): the words are walked only
            # for a message that opens so, as few do.
            if "<" in text or ":" in text:
                text = DISCORD_TOKENS.sub(" ", text)
            opening = next(
                (word for word in WORD_TOKEN.finditer(text) if word[0].lower() not in _LEAD_STOPWORDS), None
            )
            found = None if opening is None else _APPEARANCE.match(text, opening.start())
        if found is None:
            return None
        # Read as written: the question's typos are fixed in its text already.
        who = frozenset(self.analyzer.analyse(found["who"]).terms)
        where = frozenset(term for term in self.analyzer.analyse(found["where"]).terms if term[0] != "@")
        if not (names_one(who) and where):
            return None  # "is milo down for a year in the life": not someone in somewhere
        return who | self._related_terms(who), where

    def _appearances_asked(self, doc: Document) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """For each phrasing of an entry with a word of appearing ("on", "in", "appeared",
        "guested"), the terms before its last such word and all its terms: "what podcast was
        milo on" asks where Milo appeared; "is milo quoting the bachelor" does not, and "is i am
        all in hosted by lauren graham" names her only after. A character described through
        another is that character, as in a question: "will luke's nephew be in ..." asks about
        Jess, not Luke."""
        found = self._appearances_of.get(doc.key)
        if found is None:
            analyse = self.analyzer.analyse
            readings = []
            for phrasing in map(self._relatives.name_characters, self._written_phrasings(doc)):
                last = max((word.start() for word in _APPEARING.finditer(phrasing)), default=None)
                if last is not None:
                    readings.append(
                        (frozenset(analyse(phrasing[:last]).terms), frozenset(analyse(phrasing).terms))
                    )
            found = remember(self._appearances_of, doc.key, tuple(readings), PROFILES_KEPT)
        return found

    def _question_before_occasion(self, message: str) -> str | None:
        """The question before "when <someone> <did what the sources record>" ("what podcast was
        milo on when he talked about jess and rory", "how old was milo when he went on scott's
        pod"): the clause only says when, and the sources record one occasion, the interview.
        Not when the clause may tell of another time ("how old was milo when he played jess")."""
        found = _WHEN_CLAUSE.search(message)
        if found is None or len(message[: found.start()].split()) < 3:
            return None
        # Only a clause that tells of the interview, and of nothing else, only says when.
        if self._tells_of_another_time(found) is False:
            return message[: found.start()]
        return None

    def _asks_an_age_at_another_time(self, message: str) -> bool:
        """True for someone's age "when" something other than the interview happened ("how old
        was milo when he played jess"): the sources give an age only as of the interview. A
        clause naming the source tells of it ("when he did that i am all in episode"). In a
        message of several sentences, only those that ask: "What age is Milo? He looks hardly a
        day older than when he played Jess." asks his age, and remarks on another time."""
        asking, _ = told_around_a_question(message)
        return any(self._sentence_asks_age_at_another_time(sentence) for sentence in asking or (message,))

    def _sentence_asks_age_at_another_time(self, sentence: str) -> bool:
        """`_asks_an_age_at_another_time`, for one sentence."""
        if AGE_TERM not in self.analyse_question(sentence).terms:
            return False
        found = _WHEN_CLAUSE.search(sentence)
        return (
            found is not None
            and bool(self._tells_of_another_time(found))
            and self._source_name_terms.isdisjoint(self.analyse_question(found["clause"]).terms)
        )

    def _tells_of_another_time(self, found: re.Match[str]) -> bool | None:
        """Whether a "when <clause>" (`_WHEN_CLAUSE`) may tell of another time than the one
        occasion the sources record, the interview; None when its subject is neither someone
        nor the source ("when it comes to ...")."""
        words = surface_words(found["clause"])
        subject = words[:1]
        # Someone, or the source itself ("when this article came out").
        the_source = (
            bool(subject) and subject[0] in (*_POINTERS, "the") and self._names_a_source(" ".join(words[1:2]))
        )
        if not subject or not (
            subject[0] in _SUBJECT_PRONOUNS or self._is_about_someone(subject[0]) or the_source
        ):
            return None
        # Its words must all tell of the occasion: people, saying and thinking, pointing at the
        # source ("the podcast", "the interview"), what the source does then ("this interview
        # happened", not "jess's episode aired") and everyday words ("went on"). Any other word
        # may tell of another time: "played jess", or "said he was team dean", which he said
        # elsewhere before.
        return any(
            not (
                term[0] == "@"
                or term in LIGHT_TERMS
                or term in self._source_name_terms
                or term in self._everyday_terms
                or (the_source and term in _OCCASION_TERMS)
            )
            for term in self.analyse_question(found["clause"]).terms
        )

    def _pasted_from_a_source(self, message: str, guild_id: int | None) -> tuple[Document, str] | None:
        """The document citing the words `message` quotes as a block ("> things are complicated
        when you're young"), and the rest of the message; None when no document cites them.
        Of the documents that do, the best-ranked entry for the words, else the best quote: an
        entry says what they were about, the quote only repeats them."""
        pasted = block_quoted(message) if ">" in message else None
        if pasted is None or len(surface_words(pasted[0])) < _QUOTED_WORDS_MIN:
            return None
        quoted, rest = pasted
        ranked = self.rank(quoted, guild_id=guild_id)
        doc = _entry_before_quote(scored.doc for scored in ranked if self._cites(scored.doc, quoted))
        return None if doc is None else (doc, rest)

    def _quoted_inline_from_a_source(self, message: str, guild_id: int | None) -> tuple[Document, str] | None:
        """The document citing the words `message` quotes inline, found through the quote they
        come from (gaps and all: "they were what they ____ from each other"), and the rest of the
        message; None when no quote of the sources holds them."""
        for words, rest in inline_quoted_apart(message):
            # Punctuation at a piece's ends is the fan's, not the source's ("... from it.").
            pieces = [fold_for_compare(piece).strip(" .,;:!?") for piece in _QUOTE_GAP.split(words)]
            pieces = [piece for piece in pieces if piece]
            if sum(len(surface_words(piece)) for piece in pieces) < _QUOTED_WORDS_MIN:
                continue
            source_quote = next(
                (quote for quote in self._quotes.values() if _holds_in_order(_folded(quote.text), pieces)),
                None,
            )
            if source_quote is None:
                continue
            # The documents citing the very words quoted, else any citing the quote they are from
            # (an entry may cite less of it than the fan quotes). Found by ranking the words
            # quoted, then the whole quote (the words alone may all be stopwords).
            ranked = list(
                dict.fromkeys(
                    scored.doc
                    for text in (" ".join(pieces), source_quote.text)
                    for scored in self.rank(text, guild_id=guild_id)
                )
            )
            citing = [
                doc
                for doc in ranked
                if any(_holds_in_order(_folded(span), pieces) for span in self._cited_spans(doc))
            ] or [doc for doc in ranked if self._cites(doc, source_quote.text)]
            doc = _entry_before_quote(citing)
            if doc is not None:
                return doc, rest
        return None

    def _asks_only_about(self, rest: str, citing: Document) -> bool:
        """True when the rest of a message beside words pasted asks only about them ("who said
        this and what was the rest of the quote"), naming no one but who said them."""
        asked = set(self.analyse_question(rest).terms)
        named = {term for term in asked if term[0] == "@"}
        return asked - named <= _ABOUT_A_QUOTE and named <= self._speakers_quoted(citing)

    def _cited_spans(self, doc: Document) -> list[str]:
        """The words of the sources `doc` quotes."""
        return [words for _, words in self._citations(doc)]

    def _cites(self, doc: Document, quoted: str) -> bool:
        """True when a source quote of `doc` holds the words `quoted`, or they hold it whole."""
        return any(
            _overlaps(span, quoted) and len(surface_words(span)) >= _QUOTED_WORDS_MIN
            for span in self._cited_spans(doc)
        )

    def _only_asks_whether_said(self, part: str) -> bool:
        """True for a part of a message that asks only whether someone said something ("...,
        did he ever say anything"): about what, the rest says; alone, any entry quoting him
        would do. Not when it points at something ("what did he say about them")."""
        terms = set(self.analyse_question(part).terms)
        return (
            SAID_TERM in terms and terms <= _ASK_NOTHING_ALONE and _POINTED_AT.isdisjoint(surface_words(part))
        )

    def _may_answer_alone(self, part: str, message: str | None = None) -> bool:
        """False for a part of a message that only the rest of it explains: one ending "on
        that" or "there" (the rest is what it asks about), one asking what "else" "he" did, one
        asking only whether someone said anything, one that names one person and nothing else
        ("... like for luke?"; two names ask how the two are related), one asking which of
        the choices the rest offers ("which does milo prefer, ..."), and one asking about "her"
        thing whom `message`, the whole it was cut from, names only in the rest ("amy, what
        was her role")."""
        words = surface_words(part)
        if words[-1:] == ["there"] or tuple(words[-2:]) in _POINTING_BACK:
            return False
        # "... a podcast called i am all in, whose show is that?": whose the thing the rest names
        # is. Alone, "whose show" reads as Milo's.
        asked = list(dropwhile(_AFTERTHOUGHTS.__contains__, reversed(words)))
        if "whose" in words and asked[:1] in (["that"], ["this"], ["it"]) and asked[1:2] in (["is"], ["was"]):
            return False
        # "... more stories to tell. what else did he wonder about?": what else he said, besides
        # what the rest says, not what else he starred in ("what else is he known for").
        if (
            "else" in words
            and not SAYING_WORDS.isdisjoint(words[words.index("else") :])
            and not _REFERRING_PRONOUNS.isdisjoint(words)
            and not self._is_about_someone(part)
        ):
            return False
        if self._only_asks_whether_said(part):
            return False
        # "amy sherman-palladino, what was her role on the show?": whose the thing is, only the
        # rest says, when the sources call none of the people it names "she" (or no one at all).
        # Alone, "her role on the show" read as a role in the show's story.
        if self._owner_unknown(words, message) and not self._is_about_someone(part):
            return False
        # "..., is that something milo said matters?": what "that" is, the rest says.
        if len(words) > 1 and words[0] in _AUXILIARIES and words[1] == "that":
            return False
        if words[:1] == ["which"] and len(words) > 1 and (words[1] in _AUXILIARIES or words[1] == "one"):
            return False
        terms = self.analyse_question(part).terms
        # "why is milo team dean?? what was his actual reason": the reason for what the rest says.
        if {term for term in terms if term[0] != "@"} - LIGHT_TERMS == {REASON_TERM}:
            return False
        return not names_one(terms)

    def _owner_unknown(self, words: Sequence[str], message: str | None) -> bool:
        """True when `words` speak of someone's thing as "his" or "her" before a word ("her
        role"; "played her, ..." is her, not hers), and the sources call so none of the people
        `message` names, or, when it names no one, no one at all."""
        owners = {
            PRONOUN_OF[word]
            for word, following in pairwise(words)
            if word in _OWNER_PRONOUNS and following not in STOPWORDS
        }
        if not owners:
            return False
        named = [term for term in self.analyse_question(message).terms if term[0] == "@"] if message else []
        if not named:
            return not owners <= self._pronouns
        called = {
            self._pronoun_of.get(someone)
            for term in named
            for someone in {term} | self._related.get(term, set())
        }
        return not owners <= called

    def _naming_whom_it_refers_to(
        self, asked: str, message: str, *, named: Iterable[str] | None = None
    ) -> str:
        """`asked`, a part of `message` that refers to people only as "he", "she" or "they" (or
        asks only who the actor is), followed by the people the rest of the message names: "i
        keep seeing clips of milo talking about jess and rory. does he think they were good
        together" asks about them.
        `named` (as terms), when the caller knows whom it refers to: who said words pasted.

        Unchanged when the rest names someone as another's: in "jess's dad shows up in
        season 3. who played him?", "him" is not Jess."""
        # "who's the actor" after "this new guy jess showed up" asks who played him, as "who
        # plays him" would.
        pronoun = not _REFERRING_PRONOUNS.isdisjoint(surface_words(asked))
        if not (pronoun or self._asks_for_an_actor_alone(asked)) or self._is_about_someone(asked):
            return asked
        if named is not None:
            known = [self._entity_names[term] for term in sorted(named) if term in self._entity_names]
            return f"{asked} ({', '.join(known)})" if known else asked
        # The message names them as the rest of it does: `asked` names no one.
        found = (self._entity_names.get(term) for term in dict.fromkeys(self.analyse_question(message).terms))
        names = [name for name in found if name is not None]
        # A character described through another is that character ("lukes nephew ... who
        # played him" asks about Jess); only another possessive leaves "him" unknown.
        if not names or self._names_someone_as_anothers(
            self._relatives.name_characters(message.replace(asked, " "))
        ):
            return asked
        return f"{asked} ({', '.join(names)})"

    def _holders_referred_to(self, question: str) -> frozenset[str]:
        """Whose view a question asks for as "he" or "she" ("scott is so funny on the pod. does
        he like jess?" asks Scott's): the last person named before the pronoun whom the sources
        call that, not as someone's ("milo was on scott's pod. what did he say" is Milo)."""
        if OPINION_TERMS.isdisjoint(self.analyse_question(question).terms):
            return frozenset()  # no view is asked for, whoever "he" is
        tokens = WORD_TOKEN.findall(question.lower())
        if _HOLDER_PRONOUNS.keys().isdisjoint(tokens) or self._called_by_word.keys().isdisjoint(tokens):
            return frozenset()
        last_named: dict[str, str] = {}  # pronoun -> the last person so called, so far
        resolved = []
        for before, token in pairwise(["", *tokens]):
            pronoun = _HOLDER_PRONOUNS.get(token)
            # A pronoun holds the view asked for as the subject of a question ("did he say",
            # "does he think") or as a view's owner ("his take"), not in a clause of its own
            # ("what show was milo on when he said all this").
            if pronoun is not None and (before in _AUXILIARIES or token in _OWNER_PRONOUNS):
                resolved.append(self._entity_names[last_named[pronoun]] if pronoun in last_named else token)
                continue
            resolved.append(token)
            # A possessive ("scott's") names someone else's thing, not whom "he" stands for.
            if (called := self._called_by_word.get(token)) is not None:
                last_named[called[0]] = called[1]
        if resolved == tokens:
            return frozenset()
        return opinion_holders(self.analyse_question(" ".join(resolved)).terms)

    def _holders_according_to(self, message: str) -> frozenset[str]:
        """Whose view a message asks for in a clause of nothing but "according to <someone>"
        (read as "<someone> says": see `read_according_to`)."""
        if "according" not in message.lower():
            return frozenset()
        found: set[str] = set()
        for clause in clauses(message):
            if "according" not in clause.lower():
                continue
            terms = self.analyse_question(clause).terms
            if all(term[0] == "@" or term in OPINION_TERMS for term in terms):
                found |= opinion_holders(terms)
        return frozenset(found)

    def _ruled_out_as_someone(self, words: str, called_a_person: bool) -> bool:
        """True when `words`, ruled out after a question ("..., not lorelai?"), name someone: a
        person or character the sources know, or words they never use that are no English word
        ("lorelai") or that the fan calls a guy or a girl ("not the logan guy")."""
        if self._names_someone(words):
            return True
        return self._unknown_to_the_sources(words) and (
            called_a_person or not any(word in self._english for word in surface_words(words))
        )

    def _names_someone_besides_the_subject(self, words: str) -> bool:
        """True when `words` name people or characters, not only the pack's subject: "according
        to milo" is the context of every entry, not his view set against a fact."""
        return self._names_someone(words) and not all(
            map(self._is_pack_subject, self.analyse_question(words).terms)
        )

    def _names_a_source(self, words: str) -> bool:
        terms = self.analyse_question(words).terms
        return bool(terms) and all(term in self._source_name_terms for term in terms)

    def _names_someone(self, words: str) -> bool:
        """True when `words` name people or characters only (not a pronoun)."""
        terms = self.analyse_question(words).terms
        return bool(terms) and all(term[0] == "@" for term in terms)

    def _is_about_someone(self, text: str) -> bool:
        return any(term[0] == "@" for term in self.analyse_question(text).terms)

    def _names_someone_as_anothers(self, text: str) -> bool:
        """True when `text` holds someone's possessive ("luke's", "rori's", or "lukes" as fans
        type it)."""
        return any(self._possessives(text))

    def _view_owned(self, text: str) -> str | None:
        """Whose the view or words are when a possessive names them before what they are about:
        "source for milo's jess rory comments" asks about Milo's comments on Jess and Rory, not
        Rory's. The possessor's term, when only names and the words between names ("and", "x")
        stand between it and a word of saying or thinking; else None."""
        for found in self._possessives(text):
            owner = [term for term in self.analyse_question(found[0]).terms if term[0] == "@"]
            if len(owner) != 1:
                continue
            named = False
            for word in surface_words(text[found.end() :]):
                if word in _BETWEEN_NAMES:
                    continue
                terms = self.analyse_question(word).terms
                if terms and all(term[0] == "@" for term in terms):
                    named = True
                    continue
                if named and terms and set(terms) <= OPINION_TERMS:
                    return owner[0]
                break
        return None

    def _possessives(self, text: str) -> Iterator[re.Match[str]]:
        """Where `text` names someone as a possessive ("luke's", "rori's", "lukes")."""
        # Most messages have neither an apostrophe nor a name run into its "s": no need to look
        # at every word ending in "s".
        if not ("'" in text or "\u2019" in text or not self._names_with_s.isdisjoint(surface_words(text))):
            return
        for found in _POSSESSIVE_TOKEN.finditer(text.lower()):
            owner, bare = found.groups()
            if self._is_about_someone(owner) if owner else bare + "s" in self._names_with_s:
                yield found

    def _told_question(self, message: str) -> str | None:
        """The question a fan tells of ("she asked me who plays rory"), unless a later clause asks."""
        return told_question(
            message, lambda clause: not set(self.analyse_question(clause).terms) <= _ASK_NOTHING_ALONE
        )

    def _asks_for_an_actor_alone(self, asked: str) -> bool:
        """True when `asked` asks who the actor is and names no one ("who's the actor")."""
        terms = set(self.analyse_question(asked).terms)
        return ACTING_TERM in terms and terms <= _ACTOR_ASKED

    def _question_after_lead_in(self, message: str) -> str | None:
        """The question after a lead-in that names no one ("ok dumb q but who played jess's
        uncle"); a name before the question word in its sentence is what it asks about
        ("scott patterson is who in gg"), so the message is not cut there. Names in sentences
        before it set the scene ("... dean was clingy, jess was jess. anyway quick q: who was
        the actor for luke")."""
        asked = question_after_lead_in(message)
        if asked is None:
            return None
        if self._is_about_someone(" ".join(sentences(message[: message.rindex(asked)])[-1:])):
            return None
        # Nor where the cut splits a phrase: "that's not what i asked" says the last answer
        # missed; "what i asked" alone would ask for the question Scott asked.
        if not set(self.analyse_question(asked).terms) <= set(self.analyse_question(message).terms):
            return None
        return asked

    def _judge(self, ranked: Sequence[Scored], quoted: Sequence[str] = ()) -> tuple[Status, Scored | None]:
        """How sure the engine is, and of which document: the one it answers with, else the
        best-ranked. `quoted`: words the question quotes inline."""
        if not ranked:
            return Status.UNKNOWN, None
        settings = self.settings
        # The best-scoring entry may be about other people than the question names (its best
        # phrasing is) while the next one is about them: "is jess coming back if they do another
        # revival" scores highest on the entry about which castmates would return, but the one
        # on whether Milo would is about Jess's actor. It is passed over, as it would not count
        # as a rival; the rest must still clear every check. Other reasons an entry cannot
        # answer (it never mentions someone asked about, quotes someone else, gives another
        # kind of answer) say the question is likely about something no entry covers: at
        # 100,000 entries, passing over those answered seven more questions the article does not.
        order = sorted(ranked, key=lambda s: s.conflict)  # stable: best score first within each
        top = order[0]
        # A quote never naming someone the question names ("they had an actual friendship") gives
        # way to an entry resting on the same words that names them: the entry says whom the
        # words were about.
        if top.doc.is_quote and top.stranger and not (top.conflict or top.other_voice or top.wrong_kind):
            entry = next(
                (
                    s
                    for s in order[1:]
                    if not s.doc.is_quote and s.could_answer and self._same_answer(s.doc, top.doc)
                ),
                None,
            )
            if entry is not None:
                order = [entry, *(s for s in order if s is not entry)]
                top = entry
        # The best may never mention a good share of what the question asks, where one scoring
        # within a lead of it mentions all of it ("did their thing last past the teen romance":
        # the entry on young love scores on "teen" and "relationship", the one on their
        # friendship on lasting past it too): that one answers, if anything does.
        if top.missing > settings.max_missing:
            whole = next(
                (s for s in order[1:] if s.missing == 0 and s.could_answer),
                None,
            )
            if whole is not None and top.score - whole.score < settings.lead:
                order = [whole, *(s for s in order if s is not whole)]
                top = whole
        # An entry about other people than the question's does not make the best one doubtful;
        # nor, when the best mentions everything the question asks, one that never mentions a
        # good share of it ("why did their relationship last past the teen romance": the entry on
        # young love scores as high on "teen" and "relationship", and never mentions lasting).
        unrivalled_missing = settings.rival_missing if top.missing == 0 else 1.0
        top_cites = any(self._cites(top.doc, words) for words in quoted)
        runner_up = next(
            (
                s
                for s in order[1:]
                if not s.about_others
                and s.missing < unrivalled_missing
                and not self._same_answer(s.doc, top.doc)
                # Words the fan quotes that the best cites and this one does not: it is not what
                # the fan points at ("milo said 'why wouldn't i' about what exactly").
                and not (top_cites and not any(self._cites(s.doc, words) for words in quoted))
            ),
            None,
        )
        lead = top.score - runner_up.score if runner_up else top.score
        # Asked word for word as curated (after folding), and as no other entry: no doubt left.
        verbatim = top.exact and not any(s.exact for s in order[1:] if not self._same_answer(s.doc, top.doc))
        # The quote factor ranks a quote below an entry saying the same; how well the quote
        # matches is its score before it.
        unfactored = top.score / settings.quote_factor if top.doc.is_quote else top.score
        # Either way, nothing the question asks may rule the document out: a question that reads
        # as a phrasing reads ("was milo in gilmore girls", "would milo ever do gilmore girls
        # again") may still ask another kind of thing.
        if top.could_answer and (
            verbatim
            or (
                unfactored >= settings.answer_score
                and top.coverage >= settings.min_coverage
                and lead >= settings.lead
                and top.missing <= settings.max_missing
            )
        ):
            return Status.ANSWERED, top
        # A guess, though, is the best-ranked document: what the question's words point at.
        top = ranked[0]
        if top.score >= settings.uncertain_score and top.missing <= settings.guess_max_missing:
            # A guess is only offered when the entry at least mentions most of what was asked:
            # "who played lane kim" gets suggestions, not Jess's answer as a "did you mean".
            return Status.UNCERTAIN, top
        return Status.UNKNOWN, top

    def answer_entry(self, entry_id: str, *, question: str | None = None) -> Answer | None:
        """The answer for a known entry or quote id, as when a fan picks a suggestion."""
        doc = self.index.get(entry_id)
        if doc is None:
            return None
        asked = question if question is not None else self._question_of(doc)
        return self._answer_from(Scored(doc, 100.0, 1.0), asked, Status.ANSWERED, ())

    def same_evidence(self, first_id: str, second_id: str) -> bool:
        """True when two entries or quotes (by id) rest on the same quoted words."""
        first, second = self.index.get(first_id), self.index.get(second_id)
        return first is not None and second is not None and self._same_answer(first, second)

    def _same_answer(self, a: Document, b: Document) -> bool:
        """Two documents resting on the same quote are one answer, not rivals."""
        # Each judgement holds the leader against the next few, mostly pairs judged before.
        key = (a.key, b.key)
        same = self._same_answers.get(key)
        if same is None:
            same = remember(self._same_answers, key, self._rest_on_one_quote(a, b), PROFILES_KEPT)
        return same

    def _rest_on_one_quote(self, a: Document, b: Document) -> bool:
        if not a.is_quote and not b.is_quote:
            first, second = self._entries.get(a.key), self._entries.get(b.key)
            if first is None or second is None:
                return False
            return any(
                a_ref.source_id == b_ref.source_id and _overlaps(a_ref.quote, b_ref.quote)
                for a_ref in first.sources
                for b_ref in second.sources
            )
        quote_doc, entry_doc = (a, b) if a.is_quote else (b, a)
        if not quote_doc.is_quote or entry_doc.is_quote:
            return False
        quote = self._quotes[quote_doc.key]
        entry = self._entries.get(entry_doc.key)
        if entry is None:
            return False
        return any(
            ref.source_id == quote.source_id and _overlaps(ref.quote, quote.text) for ref in entry.sources
        )

    def _unknown(
        self,
        question: str,
        guild_id: int | None,
        *,
        score: float = 0.0,
        suggestions: tuple[Suggestion, ...] = (),
    ) -> Answer:
        """Say "I don't know" with questions to ask instead: related ones, else a spread of the FAQ."""
        if not suggestions:
            suggestions = tuple(Suggestion(e.id, e.question, 0.0) for e in self._examples())
        return Answer(question=question, status=Status.UNKNOWN, score=score, suggestions=suggestions)

    def _examples(self) -> list[FaqEntry]:
        """A few of the pack's questions, spread over it, to show what can be asked."""
        if self._example_entries is None or any(e.id not in self._entries for e in self._example_entries):
            shipped = self.pack.entries
            step = max(1, len(shipped) // self.settings.max_suggestions)
            self._example_entries = [e for e in shipped[::step] if e.id in self._entries][
                : self.settings.max_suggestions
            ]
        return self._example_entries

    def _suggestions(self, ranked: Sequence[Scored], *, exclude: str | None) -> tuple[Suggestion, ...]:
        found: list[Suggestion] = []
        for scored in ranked:
            if scored.score < self.settings.suggest_score or len(found) >= self.settings.max_suggestions:
                break
            if scored.doc.is_quote or scored.doc.key == exclude:
                continue
            entry = self._entries[scored.doc.key]
            found.append(Suggestion(entry.id, entry.question, scored.score))
        return tuple(found)

    def _question_of(self, doc: Document) -> str:
        if doc.is_quote:
            return self._quotes[doc.key].text
        return self._entries[doc.key].question

    def _answer_from(
        self, scored: Scored, question: str, status: Status, suggestions: tuple[Suggestion, ...]
    ) -> Answer:
        doc = scored.doc
        if doc.is_quote:
            quote = self._quotes[doc.key]
            source = self.pack.sources[quote.source_id]
            who = quote.speaker or "The article"
            return Answer(
                question=question,
                status=status,
                entry_id=doc.key,
                entry_question=quote.text,
                text=f"{who} said: \u201c{quote.text}\u201d",
                score=scored.score,
                citations=(Citation(quote.text, quote.speaker, source),),
                suggestions=suggestions,
            )
        entry = self._entries[doc.key]
        citations = tuple(self.citation(ref) for ref in entry.sources if ref.source_id in self.pack.sources)
        return Answer(
            question=question,
            status=status,
            entry_id=entry.id,
            entry_question=entry.question,
            text=entry.answer,
            score=scored.score,
            citations=citations,
            suggestions=suggestions,
        )

    def citation(self, ref: SourceRef) -> Citation:
        """Cite `ref`, naming its speaker when the quote index knows who said those words."""
        return Citation(ref.quote, self._speaker_of(ref), self.pack.sources[ref.source_id])

    def _speaker_of(self, ref: SourceRef) -> str | None:
        """Who said the words `ref` quotes, when the quote index knows."""
        # Every answer cites its quotes, and the same few are cited over and over: each is
        # looked for among the article's quotes once (the quote index never changes).
        key = (ref.source_id, ref.quote)
        if key in self._speaker_by_quote:
            return self._speaker_by_quote[key]
        wanted = _folded(ref.quote)
        found = next(
            (
                who
                for sid, text, who in self._speakers
                if sid == ref.source_id and (wanted in text or text in wanted) and len(text) > 3
            ),
            None,
        )
        return remember(self._speaker_by_quote, key, found, PROFILES_KEPT)

    # --- browsing --------------------------------------------------------------------------

    def complete(self, prefix: str, *, guild_id: int | None = None, limit: int = 25) -> list[FaqEntry]:
        """Entries whose question fits what a fan has typed so far, best first (for autocomplete)."""
        visible = self._visible(guild_id)
        if not prefix.strip():
            return list(islice(visible, limit))
        ranked = [self._entries[s.doc.key] for s in self.rank(prefix, guild_id=guild_id, quotes=False)]
        if len(ranked) < limit:
            # A half-typed last word is not in the index yet; rapidfuzz over the questions fills
            # in. Only over the first few thousand (the shipped pack comes first), so a keystroke
            # never costs a pass over every server's entries.
            seen = {e.id for e in ranked}
            questions = {e.id: e.question for e in islice(visible, COMPLETION_SCAN) if e.id not in seen}
            for _, _, entry_id in process.extract(
                prefix,
                questions,
                scorer=fuzz.partial_ratio,
                processor=utils.default_process,
                limit=limit - len(ranked),
            ):
                ranked.append(self._entries[entry_id])
        return ranked[:limit]

    def unplayed_character(self, name: str) -> Role | None:
        """The character `name` names, when the sources name them without saying who played them."""
        wanted = alias_key(name)
        return next(
            (
                character
                for character in self.pack.characters
                if wanted in map(alias_key, (character.character, *character.aliases))
            ),
            None,
        )

    def find_quotes(
        self, topic: str | None = None, *, limit: int = 3, rng: random.Random | None = None
    ) -> list[Quote]:
        """Quotes about `topic`, best first; a random full quote when there is no topic."""
        full = [q for q in self.pack.quotes if not q.is_fragment]
        if not topic or not topic.strip():
            return [(rng or random).choice(full)] if full else []
        ranked = [s for s in self.rank(topic, entries=False) if s.score >= self.settings.suggest_score]
        return [self._quotes[s.doc.key] for s in ranked[:limit]]

    def find_people(self, name: str | None = None) -> list[Person]:
        """People whose name, alias, character or character alias matches `name`; everyone without one.

        Nobody for a character whose actor the sources do not name (see `unplayed_character`):
        "dean" is not a near miss of "Dan"."""
        if not name or not name.strip():
            return list(self.pack.people)
        if self.unplayed_character(name) is not None:
            return []
        wanted = " ".join(surface_words(name))
        choices: dict[tuple[int, str], str] = {}
        for i, person in enumerate(self.pack.people):
            for alias in (*person.names(), *(a for r in person.roles for a in (r.character, *r.aliases))):
                choices[(i, alias)] = " ".join(surface_words(alias))
        hits = process.extract(wanted, choices, scorer=fuzz.WRatio, score_cutoff=85, limit=None)
        found: list[Person] = []
        for _, _, (i, _alias) in sorted(hits, key=lambda h: (-h[1], h[2])):
            if self.pack.people[i] not in found:
                found.append(self.pack.people[i])
        return found
