"""The inverted index's candidate gathering, against a plain restatement of what it must return."""

from __future__ import annotations

import heapq
import random
from array import array
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bot.core.index as index_module
from bot.core.engine import Engine
from bot.core.index import Document, InvertedIndex, Vocabulary, _in_list_order, _slipped_into

WORDS = [f"w{n}" for n in range(14)]


def reference_candidates(
    index: InvertedIndex,
    terms: list[str],
    *,
    limit: int,
    common_share: float,
    min_share: float,
    said_share: float,
    max_walk: int,
    accept: Callable[[Document], bool] | None,
) -> list[str]:
    """What `InvertedIndex.candidates` returns, computed the obvious way: every document the walk
    reaches is scored and checked, then the cuts are made over all of them."""
    total = max(len(index), 1)
    known = {t: df for t in sorted(set(terms)) if (df := index.document_frequency(t)) > 0}
    informative = [t for t, df in known.items() if df <= max(50, common_share * total)]
    walk = informative or sorted(known, key=lambda t: (known[t], t))[:1]
    scores: dict[int, float] = {}
    for term in walk:
        weight = index.weight(term)
        for postings, share in ((index._asked, 1.0), (index._said, said_share)):
            for slot in postings.get(term, ())[:max_walk]:
                scores[slot] = scores.get(slot, 0.0) + weight * share
    docs = index._docs
    live = [
        (slot, score)
        for slot, score in scores.items()
        if (doc := docs[slot]) is not None and (accept is None or accept(doc))
    ]
    common = [(term, index.weight(term)) for term in known if term not in walk]
    if informative and common:
        if len(live) > limit:
            most = sum(weight for _, weight in common)
            cut = heapq.nlargest(limit, (score for _, score in live))[-1] - most - 1e-9
            live = [item for item in live if item[1] >= cut]
        reweighed = []
        for slot, score in live:
            doc = docs[slot]
            assert doc is not None
            for term, weight in common:
                if term in doc.asked_terms:
                    score += weight
                elif term in doc.body:
                    score += weight * said_share
            reweighed.append((slot, score))
        live = reweighed
    if not live:
        return []
    floor = max(score for _, score in live) * min_share
    ranked = sorted((item for item in live if item[1] >= floor), key=lambda item: (-item[1], item[0]))
    ranked = ranked[: 2 * limit]
    if len(ranked) > limit:
        ranked = [item for n, item in enumerate(ranked) if n < limit or item[1] >= ranked[limit - 1][1]]
    return [doc.key for slot, _ in ranked if (doc := docs[slot]) is not None]


def random_document(rng: random.Random, key: str) -> Document:
    # Few words, used unevenly: some are in most documents (common), some in few, and
    # documents often tie.
    asked = {w for n, w in enumerate(WORDS) if rng.random() < 0.6 / (1 + n // 3)}
    body = {w for w in WORDS if w not in asked and rng.random() < 0.15}
    return Document(
        key,
        is_quote=rng.random() < 0.2,
        guild_id=rng.choice([None, None, None, 1, 2]),
        phrasings=(" ".join(sorted(asked)),),
        body=tuple(body),
        asked_terms=tuple(asked),
    )


@pytest.mark.parametrize("seed", range(120))
def test_candidates_are_the_best_visible_documents(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Long posting lists keep removed documents as empty slots; make a few lists long enough.
    monkeypatch.setattr(index_module, "_SHORT_POSTINGS", 8)
    rng = random.Random(seed)
    index = InvertedIndex()
    size = rng.choice([20, 80, 200])
    index.add_all(random_document(rng, f"d{n}") for n in range(size))
    for n in rng.sample(range(size), size // 10):
        index.remove(f"d{n}")
    for n in rng.sample(range(size), size // 10):  # edits: the same key in a new slot
        index.add(random_document(rng, f"d{n}"))
    for _ in range(12):
        terms = rng.sample([*WORDS, "unknown"], rng.randint(1, 5))
        guild, quotes, entries = rng.choice([None, 1, 2]), rng.random() < 0.8, rng.random() < 0.9

        def accept(
            doc: Document, guild: int | None = guild, quotes: bool = quotes, entries: bool = entries
        ) -> bool:
            if doc.guild_id is not None and doc.guild_id != guild:
                return False
            return quotes if doc.is_quote else entries

        settings = {
            "limit": rng.choice([1, 2, 3, 8]),
            "common_share": rng.choice([0.01, 0.1, 0.3]),
            "min_share": rng.choice([0.0, 0.5]),
            "said_share": rng.choice([0.7, 0.7, 1.0]),
            "max_walk": rng.choice([3, 1024]),
            "accept": rng.choice([accept, None]),
        }
        found = [doc.key for doc in index.candidates(terms, **settings)]
        assert found == reference_candidates(index, terms, **settings), (terms, settings)


def test_a_posting_list_names_each_document_once_in_slot_order(engine: Engine) -> None:
    # Gathering adds a long posting list at once, which is only right when no slot is in it
    # twice, and takes a single term's documents in the lists' order, which must be slot order.
    index = engine.index
    for postings in (index._asked, index._said):
        for term, listed in postings.items():
            assert list(listed) == sorted(set(listed)), term


@pytest.mark.parametrize("gains", [(2.0, 1.4), (2.0, 2.0), (1.4, 2.0), (2.0,)])
def test_one_terms_lists_are_taken_best_first_then_by_slot(gains: tuple[float, ...]) -> None:
    rng = random.Random(len(gains))
    slots = rng.sample(range(1000), 60)
    lists = [array("I", sorted(slots[n::2])) for n in range(len(gains))]
    walked = list(zip(lists, gains, strict=True))
    scored = [(slot, gain) for listed, gain in walked for slot in listed]
    expected = [slot for slot, _ in sorted(scored, key=lambda item: (-item[1], item[0]))]
    assert list(_in_list_order(walked)) == expected


def _vocabulary(reads_as: Callable[[str], tuple[str, ...]] = lambda word: (word,)) -> Vocabulary:
    vocabulary = Vocabulary(names=["jess"], english_words={"tall", "this", "mandy"}, reads_as=reads_as)
    vocabulary.add(["actor", "think", "talk", "when", "where", "this"])
    return vocabulary


def test_a_short_word_that_is_no_word_is_fixed_into_any_known_word() -> None:
    vocabulary = _vocabulary()
    assert vocabulary.correct("actr") == "actor"
    assert vocabulary.correct("jes") == "jess"


def test_a_real_word_is_fixed_only_into_a_name() -> None:
    vocabulary = Vocabulary(names=["milo"], english_words={"tall", "drive", "dinner", "mild"})
    vocabulary.add(["talk", "driven", "diner"])
    for real in ("tall", "drive", "dinner"):  # not "talk", "driven", "diner"
        assert vocabulary.correct(real) is None, real
    assert vocabulary.correct("drivn") == "driven"  # spells no word
    assert vocabulary.correct("mild") == "milo"


def test_a_word_fans_type_every_day_is_never_a_typo() -> None:
    vocabulary = Vocabulary(
        names=["dean", "luke", "scott"], english_words={"dead", "lake", "scot"}, common_words={"dead", "lake"}
    )
    assert vocabulary.correct("dead") is None  # "i'm dead", not Dean
    assert vocabulary.correct("lake") is None
    assert vocabulary.correct("scot") == "scott"  # a rarer word may still be a name misspelt


def test_a_pet_name_is_the_name() -> None:
    vocabulary = Vocabulary(names=["jess", "scott", "dean"], english_words={"jessie", "scotty", "deanna"})
    assert vocabulary.correct("jessie") == "jess"
    assert vocabulary.correct("scotty") == "scott"
    assert vocabulary.correct("deanna") is None  # a name of its own, not a pet name of Dean's


def test_a_word_without_the_g_of_ing_is_the_word_with_it() -> None:
    vocabulary = Vocabulary(
        names=["milo"],
        english_words={
            "going",
            "goin",
            "telling",
            "experiencing",
            "thin",
            "thing",
            "robin",
            "robing",
            "aging",
        },
        common_words={"thin", "robin"},
    )
    vocabulary.add(["jess", "rory", "again"])
    assert vocabulary.correct("agin") == "again"  # a known word one slip away comes first
    assert vocabulary.correct("goin") == "going"  # typed as often as it is, still chat's "going"
    assert vocabulary.correct("tellin") == "telling"
    assert vocabulary.correct("experiencin") == "experiencing"
    assert vocabulary.correct("thin") is None  # a word fans type meaning itself
    assert vocabulary.correct("robin") is None


def test_an_everyday_word_one_letter_from_a_name_may_be_a_phone_autocorrect_of_it() -> None:
    vocabulary = Vocabulary(
        names=["milo", "jess", "luke", "dean"],
        english_words={"mild", "mile", "jesus", "dead", "mole", "made"},
        common_words={"mild", "mile", "jesus", "dead", "made"},
    )
    vocabulary.add(["dead"])
    assert vocabulary.name_autocorrected("mild") == "milo"
    assert vocabulary.name_autocorrected("mile") == "milo"
    assert vocabulary.name_autocorrected("jesus") is None  # a letter more, not one changed
    assert vocabulary.name_autocorrected("dead") is None  # a word the knowledge uses
    assert vocabulary.name_autocorrected("mole") is None  # no everyday word
    assert vocabulary.name_autocorrected("made") is None  # a first letter no name has


def test_a_word_beside_half_a_full_name_is_the_other_half_misspelt() -> None:
    vocabulary = Vocabulary(
        names=["scott", "patterson", "jess", "mariano", "milo"],
        english_words={"peterson", "jessie"},
        full_names=[("scott", "patterson"), ("jess", "mariano")],
    )
    vocabulary.add(["said", "played"])
    assert vocabulary.correct("peterson") is None  # a name of its own, two slips from Patterson
    assert vocabulary.complete_names(["scott", "peterson", "was", "luke"]) == {"peterson": "patterson"}
    assert vocabulary.complete_names(["who", "played", "jessie", "mariano"]) == {"jessie": "jess"}
    assert vocabulary.complete_names(["scott", "said"]) == {}  # a word the knowledge uses
    assert vocabulary.complete_names(["scott", "pilgrim"]) == {}  # no slip of Patterson
    # A possessive typed without its apostrophe, three letters off with its "s".
    assert vocabulary.complete_names(["scott", "pattisons", "podcast"]) == {"pattisons": "patterson"}
    assert vocabulary.complete_names(["peterson", "said"]) == {}  # not beside the other half
    # Each time the name is written.
    assert vocabulary.complete_names(["milo", "and", "scott", "said", "scott", "peterson"]) == {
        "peterson": "patterson"
    }


def test_a_typo_as_close_to_an_english_word_as_to_another_languages_is_the_english_one() -> None:
    readings = {"actor": "play", "autor": "author"}
    both_english = Vocabulary(reads_as=lambda word: readings.get(word, word))
    both_english.add(["actor", "autor"])
    assert both_english.correct("ator") is None  # a letter dropped from either
    vocabulary = Vocabulary(other_languages={"autor"}, reads_as=lambda word: readings.get(word, word))
    vocabulary.add(["actor", "autor", "porque"])
    assert vocabulary.correct("ator") == "actor"
    assert vocabulary.correct("porrque") == "porque"  # alone, still a typo of it


def test_a_short_typo_between_two_words_is_left_alone() -> None:
    vocabulary = _vocabulary()
    vocabulary.add(["thank"])
    assert vocabulary.correct("thnk") is None  # "think" or "thank", a letter dropped either way


def test_a_short_typo_between_words_that_read_alike_is_fixed() -> None:
    vocabulary = _vocabulary(reads_as=lambda word: ("ask",) if word in {"asks", "asked"} else (word,))
    vocabulary.add(["asks", "asks", "asked"])
    assert vocabulary.correct("aks") is None  # three letters: names only
    assert vocabulary.correct("askd") == "asks"  # the commoner of two that read the same


def test_a_fix_into_a_stopword_must_be_the_only_reading() -> None:
    vocabulary = _vocabulary(reads_as=lambda word: () if word in {"this", "about", "were"} else (word,))
    vocabulary.add(["about", "were", "where"])
    assert vocabulary.correct("abuot") == "about"
    # "this" or "think": a dropped "n" makes it "think" ("k" is nowhere near "s") ...
    assert vocabulary.correct("thik") == "think"
    # ... unless a dropped letter makes it another word too.
    vocabulary.add(["thick"])
    assert vocabulary.correct("thik") is None


def test_a_slip_of_the_fingers_settles_a_typo_between_two_words() -> None:
    vocabulary = _vocabulary(reads_as=lambda word: () if word in {"were", "would"} else (word,))
    vocabulary.add(["were", "where", "would", "wild", "thank"])
    # "g" is the key beside "h": "where" with a slip, "were" with a letter from nowhere.
    assert vocabulary.correct("wgere") == "where"
    assert vocabulary.correct("woild") == "would"  # "i" beside "u"; "wild" has no "o"
    assert vocabulary.correct("wehre") == "where"  # two letters swapped
    assert vocabulary.correct("whre") == "where"  # a letter dropped; "were" has no "h"
    # A letter dropped is no slip, and settles nothing: "thnk" is "think" or "thank".
    assert vocabulary.correct("thnk") is None


@pytest.mark.parametrize(
    ("meant", "typed", "slipped"),
    [
        ("would", "woild", True),  # a key touching "u"
        ("where", "wgere", True),
        ("gap", "gsp", True),  # "s" touches "a"
        ("where", "wehre", True),  # swapped
        ("would", "wouuld", True),  # doubled
        ("would", "wovld", False),  # "v" is nowhere near "u"
        ("were", "wgere", False),  # a letter added, not doubled
        ("where", "whre", True),  # dropped
        ("where", "wre", False),  # two dropped
    ],
)
def test_a_slip_of_the_fingers_is_a_touching_key_a_swap_or_a_double(
    meant: str, typed: str, slipped: bool
) -> None:
    assert _slipped_into(meant, typed) is slipped


def test_a_word_spelt_by_ear_is_the_known_word_it_sounds_like() -> None:
    everyday = {"after", "actor", "relation", "conditions"}
    vocabulary = Vocabulary(english_words=everyday, common_words=everyday)
    vocabulary.add(["actor", "after", "relation", "conditions"])
    # "akter" is one letter from "after", but "k" is far from "f" on a keyboard: read by ear.
    assert vocabulary.correct("akter") == "actor"
    assert vocabulary.correct("relashun") == "relation"
    assert vocabulary.correct("condishuns") == "conditions"
    # A slip of the fingers is still the word it slipped from.
    assert vocabulary.correct("actr") == "actor"
    assert vocabulary.correct("aftet") == "after"  # "t" touches "r"


def test_a_word_spelt_by_ear_is_left_alone_when_a_word_the_pack_never_uses_sounds_as_close() -> None:
    # "munny" sounds like "money", and as much like "manny", which the knowledge never uses.
    vocabulary = Vocabulary(english_words={"money", "manny"}, common_words={"money"})
    vocabulary.add(["money"])
    assert vocabulary.correct("munny") is None
    # Alone with it, it is the word meant.
    assert (
        Vocabulary(english_words={"money"}, common_words={"money"}).correct("munny") is None
    )  # not the pack's
    alone = Vocabulary(english_words={"money"}, common_words={"money"})
    alone.add(["money"])
    assert alone.correct("munny") == "money"


def test_a_word_near_an_english_word_the_pack_never_uses_is_not_read_by_ear() -> None:
    # "galat" (Hindi for "wrong") sounds like the pack's "glad", and is a letter from "gala".
    vocabulary = Vocabulary(english_words={"glad", "gala"}, common_words={"glad", "gala"})
    vocabulary.add(["glad"])
    assert vocabulary.correct("galat") is None
    alone = Vocabulary(english_words={"glad"}, common_words={"glad"})
    alone.add(["glad"])
    assert alone.correct("galat") == "glad"


def test_a_rare_word_is_not_what_a_word_spelt_by_ear_means() -> None:
    # "matried" sounds like the pack's "matured", but is a slip of "married": fans spell by ear
    # the everyday words they say.
    vocabulary = Vocabulary(english_words={"matured", "married"}, common_words={"married"})
    vocabulary.add(["matured"])
    assert vocabulary.correct("matried") is None


def test_a_word_no_document_uses_any_more_is_not_what_one_spelt_by_ear_means() -> None:
    vocabulary = Vocabulary(english_words={"actor"}, common_words={"actor"})
    vocabulary.add(["actor"])
    vocabulary.remove(["actor"])
    assert vocabulary.correct("akter") is None


def test_seven_or_eight_letters_two_edits_off_are_fixed_unless_nearer_another_word() -> None:
    stems = {"revive": "reviv", "revival": "reviv", "married": "marri", "matched": "match"}
    vocabulary = Vocabulary(english_words={"revive", "married"}, reads_as=lambda word: stems.get(word, word))
    vocabulary.add(["revival", "matched"])
    assert vocabulary.correct("revivle") == "revival"  # one from "revive", which reads the same
    assert vocabulary.correct("matried") is None  # one from "married", which does not
    assert vocabulary.correct("revle") is None  # six letters or fewer: one edit at most


@pytest.mark.parametrize("seed", range(30))
def test_a_profile_after_edits_is_the_one_a_fresh_index_derives(seed: int) -> None:
    # Profiles keep what does not depend on the weights between edits; what they hold must
    # still be what an index built from scratch with the same documents derives.
    rng = random.Random(seed)
    index = InvertedIndex(0.3)
    docs = {f"d{n}": random_document(rng, f"d{n}") for n in range(30)}
    index.add_all(docs.values())
    for key in rng.sample(sorted(docs), 10):
        index.profile(docs[key])  # derived before the edits below
    for _ in range(10):
        key = rng.choice(sorted(docs))
        if rng.random() < 0.5:
            docs[key] = random_document(rng, key)  # an edit: same key, new phrasings
            index.add(docs[key])
        else:
            new_key = f"d{len(docs) + 100}"
            docs[new_key] = random_document(rng, new_key)
            index.add(docs[new_key])
    fresh = InvertedIndex(0.3)
    fresh.add_all(index.get(key) for key in docs)
    for key in sorted(docs):
        assert index.profile(docs[key]) == fresh.profile(fresh.get(key))


def test_words_typed_without_spaces_are_read_apart() -> None:
    vocabulary = Vocabulary(
        names=["milo", "ventimiglia", "luke"],
        english_words={"whore", "heroes", "however", "reprise", "mail", "bag"},
        common_words={"good", "mail", "bag"},
    )
    vocabulary.add(["who", "are", "played", "age", "match"])
    assert vocabulary.correct("whoplayedluke") == "who played luke"
    assert vocabulary.correct("miloventimiglia") == "milo ventimiglia"
    # A name with its possessive's apostrophe dropped is the name; one part may be an everyday word.
    assert vocabulary.correct("milosage") == "milo age"
    assert vocabulary.correct("goodmatch") == "good match"
    # Every letter of a run-together word is typed: a word a letter longer than an English one still is.
    assert vocabulary.correct("whoare") == "who are"


def test_an_english_word_or_a_slip_of_one_is_not_read_apart() -> None:
    vocabulary = Vocabulary(
        english_words={"however", "reprise", "heroes", "mailbag"},
        common_words={"heroes"},
    )
    vocabulary.add(["how", "ever", "rep", "rising", "he", "ores", "mail", "bag"])
    assert vocabulary.correct("however") is None
    assert vocabulary.correct("reprising") is None  # "reprise" + "ing"
    assert vocabulary.correct("heores") is None  # a slip of "heroes", not "he ores"
    # Parts the pack never uses are not what a fan meant: "mailbag" is not "mail bag" to it.
    assert Vocabulary(common_words={"mail", "bag"}).correct("mailbag") is None


def test_two_letters_swapped_in_a_short_word_are_read_as_the_word_meant() -> None:
    stopwords = {"the", "what", "and"}
    vocabulary = Vocabulary(
        names=["dan"],
        common_words={"form", "from"},
        reads_as=lambda word: () if word in stopwords else (word,),
    )
    vocabulary.add(["the", "what", "want", "wait", "and", "who", "how", "from", "pals", "plays", "plan"])
    # "waht" is a letter from "want" and "wait" too; the swap is the slip.
    assert vocabulary.correct("waht") == "what"
    assert vocabulary.correct("teh") == "the"
    # Swapped either way, two words the pack uses: neither is what the fan meant.
    assert vocabulary.correct("adn") is None  # "and" or "dan"
    # A word that means something is not guessed at: "plas" may be "pals" or "plays".
    assert vocabulary.correct("plas") is None
    # A word fans type meaning itself is left alone.
    assert vocabulary.correct("form") is None


def test_a_word_typed_without_its_vowels_is_the_one_word_it_is_typed_from() -> None:
    stopwords = {"that", "from", "called"}
    everyday = {"played", "think", "thank", "that", "from", "form", "farm", "called", "fame"}
    everyday |= {"interview", "relationship"}
    vocabulary = Vocabulary(
        names=["jess"],
        english_words=everyday,
        common_words=everyday,
        reads_as=lambda word: () if word in stopwords else (word,),
    )
    assert vocabulary.correct("jss") == "jess"  # a name
    assert vocabulary.correct("plyd") == "played"
    assert vocabulary.correct("intrvw") == "interview"
    assert vocabulary.correct("rltnshp") == "relationship"
    assert vocabulary.correct("tht") == "that"
    assert vocabulary.correct("calld") == "called"  # from five letters, some vowels may stay
    # Typed from words that read otherwise: neither is guessed at.
    assert vocabulary.correct("thnk") is None  # "think" or "thank"
    assert vocabulary.correct("frm") is None  # "from", "form" or "farm"
    # A short word with a vowel inside is no word with more of them: "fam" is not "fame".
    assert vocabulary.correct("fam") is None


def test_a_word_in_baby_talk_is_the_one_word_it_says() -> None:
    everyday = {"revival", "called", "read", "lead", "for", "wow"}
    vocabulary = Vocabulary(
        names=["rory", "milo"],
        english_words=everyday,
        common_words=everyday,
        reads_as=lambda word: () if word == "for" else (word,),
    )
    assert vocabulary.correct("wowy") == "rory"  # a name
    assert vocabulary.correct("wevivaw") == "revival"
    assert vocabulary.correct("cawwed") == "called"
    assert vocabulary.correct("fow") == "for"
    assert vocabulary.correct("wead") is None  # "read" or "lead"
    assert vocabulary.correct("wow") is None  # a word of its own


def test_a_word_typed_with_a_space_inside_is_found_whole() -> None:
    vocabulary = Vocabulary(names=["jess", "rory"])
    vocabulary.add(["revival", "relationship", "whoever", "ago", "jessrory"])
    words = "is he down for another re vival or a relation ship who ever asks jess rory a go".split()
    assert vocabulary.typed_apart(words, phrase_words={"podcast"}) == {
        "re vival": "revival",
        "relation ship": "relationship",
    }
    # The lexicon's words count as used.
    assert vocabulary.typed_apart(["a", "pod", "cast"], phrase_words={"podcast"}) == {"pod cast": "podcast"}


_KNOWN_PARTS = ["who", "played", "luke", "milo", "age", "good", "match", "the", "and", "revival"]


@given(
    st.lists(st.sampled_from([*_KNOWN_PARTS, "x", "zq", "lukes", "2"]), min_size=1, max_size=6).map("".join)
)
def test_a_word_is_read_apart_only_into_words_the_pack_knows(typed: str) -> None:
    # Whatever a fan runs together, a word is read apart only into words the pack uses, a
    # name it knows, an everyday word or a number; never into made-up pieces.
    vocabulary = Vocabulary(names=["luke", "milo"], common_words={"good"})
    vocabulary.add(_KNOWN_PARTS)
    meant = vocabulary.correct(typed)
    if meant is not None and " " in meant:
        assert all(part in vocabulary or part in {"good"} or part.isdigit() for part in meant.split())
