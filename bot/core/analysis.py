"""Turn a fan's message or a curated phrasing into comparable terms.

The same analyser runs over the knowledge at index time and over each question, so both
sides agree: chat noise removed, typography folded, names and nicknames replaced by one
term per person or character, fan vocabulary folded by the lexicon, words stemmed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache, partial
from itertools import chain, compress, count, pairwise, product, takewhile
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, TypeVar

import snowballstemmer

from bot.core.text import (
    CHAR_FOLDS,
    DISCORD_TOKENS,
    KIN,
    WORD_TOKEN,
    case_sensitive_twin,
    last_clause,
    may_match,
)

# Words that carry no topic. Question words that decide what is being asked (who, when,
# where, why, how, old) stay: "who wrote it" and "when was it written" must differ.
ENGLISH_STOPWORDS = frozenset(
    """
    a about above again all also am an and any are aren as at be because been being
    between both but by can could couldn d did didn do does doesn doing don during each ever few
    for from further get gets got had hadn has hasn have haven having he her here hers herself
    him himself his i if im in into is isn it its itself ive just ll m me might mightn more most
    mustn my myself no nor not o of off on once only or other our ours ourselves
    out over own re s same shan she should shouldn so some such t than that thats the their
    theirs them themselves then there these they this those through to too under until up ve
    very was wasn we were weren what whats which while whom will with would wouldn y you
    youd your youre yours yourself yourselves actually anyway basically btw can't cant dont
    doesnt didnt wont wouldnt isnt hey hi hello pls please plz thanks thank thx lol lmao lmfao
    rofl omg ngl tbh idk imo imho ok okay yeah yea yes nah guys guy bro bruh dude fr srsh srsly
    like literally really pretty kinda sorta gonna wanna gotta u ur r y'all yall someone
    somebody anyone anybody tell know wondering wonder quick question q asking let
    lets one thing things even much many abt bc cuz coz tho though w wat wut wht whos
    whose smth sth something stuff anything everything again according per apparently supposedly
    exactly totally honestly seriously lowkey highkey mean means meant context whats remind
    reminder tho quite rather just also okay alright name called ever sometimes often maybe
    perhaps probably another wait eachother hmm um uh oh ah anyways lemme gimme yo
    huh eh ugh meh oof welp wow whoa yikes aw aww
    swear swears
    theres hes shes theyre theyve theyll weve youll heard true actual
    bout thru rly bit hear never
    info information details deets explain explained explanation lowdown rundown tea
    make makes made making try tries tried trying
    sorry sry soz
    super extremely incredibly hella mega truly definitely
    keep keeps kept keeping
    randomly suddenly secretly casually
    eventually ultimately finally
    entire entirely completely
    around roughly approximately
    wasnt arent havent hasnt hadnt aint cannot couldnt shouldnt mustnt neednt
    shouldve wouldve couldve ought must shall
    dunno
    whether
    mr mrs ms mister
    obviously surely certainly
    exact precise precisely specifically
    whole
    onto upon unto
    whatever whatevs wtv
    simply merely fairly somewhat indeed
    identify identified identifies credited accurate accurately describe described describes describing
    essay essays citation citations purposes individual individuals
    primarily mainly chiefly largely principally potential future additional
    particular particularly especially specifically
    kindly
    innit aye yer youse yous summat owt fae cannae canna dinnae didnae wi whit mate
    faq faqs showfaq
    """.split()
)

# Stopwords that only say how much or how sure ("never quite let him go", "did he really come
# back"): inside a phrase the lexicon knows, they stand between its words without changing it.
DEGREE_WORDS = frozenset(
    """
    quite really truly actually even sorta kinda basically literally honestly seriously totally
    completely entirely super extremely incredibly hella definitely rather simply merely fairly
    somewhat indeed obviously surely certainly
    """.split()
)

# Words common in any English text, stopwords aside: at least 250 in a million words (a Zipf
# frequency of 5.4 or more in the English data of the wordfreq project, CC BY-SA 4.0). Fans
# pad questions with them ("two", "see", "always", "back"); a word an entry never mentions
# weighs less when it is one of these than when it is "netflix" or "spinoff".
EVERYDAY_WORDS = frozenset(
    """
    able after against ago already always american area around away back bad based become
    before believe best better big black body book business call came car care case change
    children city come coming company control country course court day days death different
    done down early end enough every everyone face fact family far feel find first five
    following food found four free friends full game games general getting give given go god
    going good government great group half hand hard head health help high home hope hours
    house however important including job keep kind last later law least left less level life
    line little live local long look looking lot love man may men mind money mr music must
    national need new news next night nothing now number office old open order others part
    party pay people person place play point post power president problem public put read real
    right run school season second see seen service set shit show side since single small
    social south start state states still stop story support sure system take talk team three
    time times today together told took top two united us use used using video want war water
    way week well went white whole within without women work working world year years yet young
    """.split()
)

_ENGLISH_WORDS = Path(__file__).with_name("data") / "english_words.txt"
_COMMON_ENGLISH_WORDS = Path(__file__).with_name("data") / "common_english_words.txt"


def english_words() -> frozenset[str]:
    """English words of three letters or more (see the data file's header), read once."""
    return _word_list(_ENGLISH_WORDS)


def common_english_words() -> frozenset[str]:
    """The English words fans type meaning the word itself, never as a typo (see the data
    file's header), read once."""
    return _word_list(_COMMON_ENGLISH_WORDS)


@lru_cache(maxsize=2)
def _word_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _words_by_heading(path: Path) -> dict[str, frozenset[str]]:
    """The words of a word list under each comment heading them ("# German"), by its first
    words ("# Hindi and Urdu, as fans type them" is "Hindi and Urdu")."""
    headed: dict[str, set[str]] = {}
    heading = ""
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            heading = line.lstrip("# ").split(",")[0]
        elif line:
            headed.setdefault(heading, set()).add(line)
    return {heading: frozenset(words) for heading, words in headed.items()}


# The other languages' words that carry no topic either (see the data file's header): fans mix
# them into their English ("quien es la actriz de rory"). Read once, by language, as the
# ambiguous words below need to know whose small words are whose.
_STOPWORDS_BY_LANGUAGE = _words_by_heading(Path(__file__).with_name("data") / "other_language_stopwords.txt")
OTHER_LANGUAGE_STOPWORDS = frozenset().union(*_STOPWORDS_BY_LANGUAGE.values())
STOPWORDS = ENGLISH_STOPWORDS | OTHER_LANGUAGE_STOPWORDS

# Small words of the other languages that are English words too, so in neither list above: in
# a message that uses that language's own small words ("in welcher serie war milo der star",
# "Milo hat gesagt er ist Team Dean"), they are that language's, read as the English words they
# stand for. Elsewhere they are English ("war", "hat", "son", "era").
_FALSE_FRIENDS = {
    "German": {
        "der": "the",
        "die": "the",
        "war": "was",
        "hat": "has",
        "bin": "am",
        "wie": "how",
        "wer": "who",
        "was": "what",
    },
    "Spanish": {"son": "are", "era": "was", "con": "with", "sin": "without"},
}
# Each language's own small words that are not English ones too ("im" is "I'm").
_OWN_SMALL_WORDS = {
    language: _STOPWORDS_BY_LANGUAGE[language] - ENGLISH_STOPWORDS for language in _FALSE_FRIENDS
}
_ANY_FALSE_FRIEND = frozenset().union(*_FALSE_FRIENDS.values())
# How many of a language's own small words make a message's ambiguous ones that language's
# (or one, beside as many of the ambiguous ones).
_OWN_WORDS_AT_LEAST = 2


def read_false_friends(words: Iterable[str]) -> dict[str, str]:
    """The words of `words` (a message's) that are another language's small words though
    English ones too, each with the English word it stands for (see _FALSE_FRIENDS)."""
    present = set(words)
    if _ANY_FALSE_FRIEND.isdisjoint(present):  # most messages: one look in C
        return {}
    read: dict[str, str] = {}
    for language, friends in _FALSE_FRIENDS.items():
        befriended = friends.keys() & present
        if not befriended:
            continue
        owned = len(_OWN_SMALL_WORDS[language] & present)
        if owned >= _OWN_WORDS_AT_LEAST or (owned and len(befriended) >= _OWN_WORDS_AT_LEAST):
            read.update((word, friends[word]) for word in befriended)
    return read


# Terms that say what kind of answer is wanted, or that the answer is someone's words,
# rather than what it is about. They still rank, but weigh little in coverage.
QUESTION_TERMS = frozenset({"who", "when", "where", "whi", "how"})
# The ones whose answer is a kind of thing: a person, a time, a place, or an amount
# ("how much", "how many": the lexicon folds those to "amount").
ANSWER_KIND_TERMS = frozenset({"who", "when", "where", "amount"})
# Asking what someone said or thinks ("how does milo feel": the lexicon folds "feel" to "think").
THOUGHT_TERM = "think"  # the lexicon folds "opinion", "feel", "take", "reckon" to it
SAID_TERM = "say"  # the lexicon folds "said", "talk", "mention", "quote" to it
OPINION_TERMS = frozenset({SAID_TERM, THOUGHT_TERM})
# Whom someone would rather see with whom is their view too (the lexicon folds "favour" to
# "prefer", "cheer for" to "root for").
_PREFERENCE_TERMS = frozenset({"prefer", "root"})
AGE_TERM = "age"  # the lexicon folds "how old" to it
ACTING_TERM = "play"  # the lexicon folds "actor", "actress", "portray" to it
SCREEN_TERM = "screen"  # the lexicon folds "on tv", "onscreen", "fictional" to it
TEST_TERM = "test"  # the lexicon folds "criteria", "decide whether" to it
REASON_TERM = "reason"  # the lexicon folds "motive", "rationale" to it
LIGHT_TERMS = QUESTION_TERMS | OPINION_TERMS


def opinion_holders(terms: Sequence[str]) -> frozenset[str]:
    """The people or characters whose words or thoughts a question asks for ("what did alexis say").

    A name right before "say" or "think" holds the opinion ("does lauren think ...",
    "milo's take": the lexicon folds "take" to "think"), or right before whom or what they
    prefer or root for ("does scott prefer jess or dean"), and so does a group right before
    "think": "what do fans think of rory" asks the fans' view, which no one quoted gives.
    """
    return frozenset(
        before
        for before, term in pairwise(terms)
        if ((term in OPINION_TERMS or term in _PREFERENCE_TERMS) and before[0] == "@")
        or (term == THOUGHT_TERM and before in _GROUP_TERMS)
    )


def answer_kinds(terms: Iterable[str]) -> frozenset[str]:
    """The kinds of answer a question's terms ask for, which only an entry asked that way gives.

    "how" asks for a manner ("how did scott get the part") and "why" for a reason ("why is
    the podcast called i am all in") unless they ask for an opinion ("how does milo feel
    about jess and rory", "why does milo think they needed each other"), which any entry
    about that opinion gives; "where" asks for a place unless it asks where someone stands;
    "how" asks for a test, not a manner, when it asks how someone decides whether.
    Why someone *said* something still asks for a reason: a view holds its reasons, but an
    entry telling what someone said ("he had teased that he's team dean") does not say why
    he said it unless it is asked "why".
    """
    asked = frozenset(terms)
    kinds = asked & ANSWER_KIND_TERMS
    if asked.isdisjoint(OPINION_TERMS):
        kinds |= asked & {"how"}
    if THOUGHT_TERM not in asked:
        kinds |= asked & {"whi"}
    if TEST_TERM in asked:  # "how does milo decide whether ..." asks his test, not a manner
        kinds -= {"how"}
    if "stand" in asked:  # "where does milo stand on dean vs jess"
        kinds -= {"where"}
    return kinds


# Letters and digits in any script. Possessives go ("milo's" is "milo"); other apostrophes
# join their word ("didn't" is "didnt").
_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"'[sS]\b")  # typographic apostrophes are made plain first
# French and Italian elide a short word into the next ("l'acteur", "qu'il", "d'un", "l'oncle"):
# read apart, the word is one the lexicon or the stopwords know. Not "c'" or "n'": "c'est" and
# "n'est" read best as one word ("cest"), where "est" alone is an English word.
_VOWELS = "aeiouyhàâäéèêëîïôöûü"
_BEFORE_A_VOWEL = re.compile(f"'[{_VOWELS}]", re.IGNORECASE)
_ELISION = re.compile(f"\\b(qu|[djlmst])'(?=[{_VOWELS}])", re.IGNORECASE)
_STRETCH = re.compile(r"(.)\1{2,}")  # a letter typed three times or more: "sooo", "jesssss"
_STEMMER = snowballstemmer.stemmer("english")
_Value = TypeVar("_Value")


# Stemmers leave irregular past forms alone; fans write "came out" as often as "come out".
_IRREGULAR = {
    "came": "come",
    "went": "go",
    "gone": "go",
    "said": "say",
    "thought": "think",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "ran": "run",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "felt": "feel",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "bought": "buy",
    "found": "find",
    "kept": "keep",
    "met": "meet",
    "paid": "pay",
    "sang": "sing",
    "sung": "sing",
    "spoke": "speak",
    "spoken": "speak",
    "stood": "stand",
    "understood": "understand",
    "won": "win",
    "wore": "wear",
    "worn": "wear",
    "chose": "choose",
    "chosen": "choose",
    "broke": "break",
    "broken": "break",
    "fell": "fall",
    "fallen": "fall",
    "forgot": "forget",
    "forgotten": "forget",
    "did": "do",
    "done": "do",
    "was": "be",
    "were": "be",
    "been": "be",
    "had": "have",
    "has": "have",
    # Question words run together with "'d" or "'s" once the apostrophe is gone.
    "whyd": "why",
    "whys": "why",
    "howd": "how",
    "hows": "how",
    "whod": "who",
    "whered": "where",
    "wheres": "where",
    "whend": "when",
    "whens": "when",
    # Question words of the languages fans mix into their English (see the lexicon's note on
    # them), in Latin letters as they type them; "what" is a stopword in any language.
    "quien": "who",
    "quién": "who",
    "quem": "who",
    "kto": "who",
    "sino": "who",
    "kaun": "who",
    "kisne": "who",
    "qui": "who",
    "bakit": "why",
    "kyun": "why",
    "kyon": "why",
    "kyu": "why",
    "kailan": "when",
    "kab": "when",
    "saan": "where",
    "kahan": "where",
    "paano": "how",
    "kaise": "how",
    # Chat's short forms of words that phrases are made of ("what he likes most abt them").
    "abt": "about",
    "bout": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "thru": "through",
    "u": "you",
    "ur": "your",
    "w": "with",
}

# Early Modern English, as fans write it for fun or in character ("prithee, who didst play
# jess", "what sayeth milo"): its forms of words still in use. Words that are English words of
# their own ("art", "wilt", "yon") are left alone.
_OLD_FORMS = {
    "thou": "you",
    "thee": "you",
    "ye": "you",
    "thy": "your",
    "thine": "your",
    "dost": "do",
    "doth": "does",
    "doeth": "does",
    "didst": "did",
    "hath": "has",
    "hast": "have",
    "wouldst": "would",
    "shouldst": "should",
    "couldst": "could",
    "canst": "can",
    "shalt": "shall",
    "mayst": "may",
    "spake": "spoke",
    "twixt": "between",
    "betwixt": "between",
    "wherefore": "why",
    "whence": "where",
}
_OLD_VERB_ENDING = "eth"  # "sayeth", "cometh": "says", "comes"
_OLD_VERB_STEM_MIN = 3

# Chat's own spellings of words, read in a fan's message as the words meant: phrases and
# constructions are made of the words meant. (A pack's curated phrasings may use them too.)
_CHAT_SPELLINGS = {
    # Two words chat runs together.
    "eachother": "each other",
    "atleast": "at least",
    "alot": "a lot",
    "noone": "no one",
    "everytime": "every time",
    "aswell": "as well",
    "inlove": "in love",
    # Text-speak, as phones without keyboards taught it: a digit for its sound ("gr8", "b4",
    # "sum1"), a letter for a word ("n"), words cut to their consonants or spelt by
    # ear ("wud", "shud", "cum bak"). Only forms that mean one thing in chat: "y" is "why" or
    # Spanish "and" ("jess y rory") or half of "y/n", "b" and "c" are "be" and "see" or a
    # quiz's choices, "r" is "are" or Rory ("r+j"), "wer" is German "who"; "dis" and "wit"
    # are words. Longer words typed without their vowels ("plyd", "intrvw") are found by the
    # vocabulary instead.
    "b4": "before",
    "gr8": "great",
    "gr8t": "great",
    "l8": "late",
    "l8r": "later",
    "w8": "wait",
    "h8": "hate",
    "str8": "straight",
    "apprec8": "appreciate",
    "2day": "today",
    "2nite": "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2gether": "together",
    "4ever": "forever",
    "4eva": "forever",
    "4evr": "forever",
    "4got": "forgot",
    "sum1": "someone",
    "some1": "someone",
    "ne1": "anyone",
    "any1": "anyone",
    "every1": "everyone",
    "evry1": "everyone",
    "evry": "every",
    "no1": "no one",
    "n": "and",
    "ws": "was",
    "wz": "was",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "cld": "could",
    "shud": "should",
    "shld": "should",
    "wen": "when",
    "wot": "what",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "wats": "whats",
    "hoo": "who",
    "whomst": "who",
    "wuz": "was",
    "fer": "for",
    "ther": "there",
    "wuts": "whats",
    "sed": "said",
    "sez": "says",
    "cum": "come",
    "cumin": "coming",
    "cummin": "coming",
    "bak": "back",
    "bck": "back",
    "gud": "good",
    "rite": "right",
    "mite": "might",
    "kno": "know",
    "knw": "know",
    "thnk": "think",
    "thnks": "thanks",
    "tnx": "thanks",
    "frm": "from",
    "tht": "that",
    "hav": "have",
    "hv": "have",
    "dnt": "dont",
    "cnt": "cant",
    "jst": "just",
    "lyk": "like",
    "luv": "love",
    "frnd": "friend",
    "frnds": "friends",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "yr": "year",
    "yrs": "years",
    "irl": "in real life",
    "tmrw": "tomorrow",
    "sumthin": "something",
    "sumthing": "something",
    "nuthin": "nothing",
    "nuthing": "nothing",
    "thn": "than",
    "giv": "give",
    "theyr": "theyre",
    "bday": "birthday",
}
# Every word read as other words whatever the message: chat's spellings and the old forms.
_SPELT_OUT = {**_CHAT_SPELLINGS, **_OLD_FORMS}


# Nouns Snowball cuts to a verb's stem where fans mean another thing by each: a podcast's
# listener is a fan, but "where can i listen to it" asks for the podcast, not about its fans.
# Mates are friends, but a fan's "mate" is whoever they are talking to ("cheers mate"): a
# stopword, with a stem of its own.
_NOUN_STEMS = {"listener": "listener", "listeners": "listener", "mates": "mates"}


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """Return the Snowball stem of a lower-case word; terms that name entities pass unchanged."""
    if word.startswith("@"):
        return word
    if word in _NOUN_STEMS:
        return _NOUN_STEMS[word]
    return _STEMMER.stemWord(_IRREGULAR.get(word, word))


# The show's cast as a group ("would the cast come back", "his castmates"): someone a question
# may be about, as a name is.
CAST_TERMS = frozenset(map(stem, ("cast", "castmate")))
# Groups whose view a question may ask for (see opinion_holders): fans, people, the cast.
_GROUP_TERMS = frozenset(map(stem, ("fan", "people"))) | CAST_TERMS


def surface_words(text: str) -> list[str]:
    """Split a message into lower-case words, without chat noise, possessives or apostrophes.

    Emoji, markdown and punctuation fall away because only letters and digits make words;
    mentions, custom emoji and links are removed first since they contain some.
    """
    return _words(text, _ASCII_WORDS)


def _words(text: str, ascii_table: bytes) -> list[str]:
    """`surface_words`, with `ascii_table` saying what each character of an all-ASCII text becomes."""
    if "<" in text or ":" in text:  # every token it removes has one, links too
        text = DISCORD_TOKENS.sub(" ", text)
    if "\u2019" in text:
        # Made plain here rather than by CHAR_FOLDS below, so the possessive pattern starts with
        # one literal character, which the regex engine finds much faster than a class.
        text = text.replace("\u2019", "'")
    if "'" in text:
        if _BEFORE_A_VOWEL.search(text) is not None:  # rare in English: looked for first
            text = _ELISION.sub(r"\1 ", text)
        # Apostrophes join their word ("didn't" is "didnt"); taken out here, so that the
        # translation below has nothing to delete (deleting costs it a table per call).
        text = _POSSESSIVE.sub("", text).replace("'", "")
    if "$" in text:
        text = _MONEY_SIGNS.sub(" money ", text)
    if text.isascii():
        # The common case, done in C: lower-case letters and digits kept, everything else a space.
        return text.encode().translate(ascii_table).decode().split()
    folded = text.translate(_READING_FOLDS).casefold().replace("'", "")
    return _TOKEN.findall(folded)


# Emoji that fans type for a word ("came back just for the 💰"), read as that word; the rest,
# like punctuation, only set a tone ("😭", "💔") and fall away.
_EMOJI_WORDS = {
    "💰": " money ",  # money bag
    "💸": " money ",  # money with wings
    "💵": " money ",  # dollar banknote
    "🤑": " money ",  # money-mouth face
}
_READING_FOLDS = CHAR_FOLDS | str.maketrans(_EMOJI_WORDS)
# Dollar signs typed for money ("just 4 the $$", "for the $"), not one before a word or amount
# ("$q" calls some bots, "$5").
_MONEY_SIGNS = re.compile(r"\$\$+|(?<!\S)\$(?!\S)")


def _ascii_word_table(*kept: str) -> bytes:
    table = bytearray(b" " * 256)
    for code in range(256):
        char = chr(code)
        if char.isascii() and char.isalnum():
            table[code] = ord(char.lower())
    for char in kept:
        table[ord(char)] = ord(char)
    return bytes(table)


_ASCII_WORDS = _ascii_word_table()

# A document's texts are read in one pass, one after another with this word between them.
# Reading keeps only letters and digits, so no text holds it; it stands for itself, so phrases
# never run from one text into the next and the terms come out with it between texts.
TEXT_BREAK = "\x00"
_BETWEEN_TEXTS = f" {TEXT_BREAK} "
_ASCII_WORDS_AND_BREAKS = _ascii_word_table(TEXT_BREAK)


def _surface_words_of(texts: Sequence[str]) -> list[str]:
    """The surface words of several texts, in order, with TEXT_BREAK between one text's and the next's."""
    joined = _BETWEEN_TEXTS.join(texts)
    # Nothing surface_words removes spans a space, so the joined texts read as each would alone.
    # A text holding the break character itself (none should) is read on its own, as a non-ASCII
    # one is; looking for it in the texts joined without breaks is a memchr, where counting is not.
    if joined.isascii() and TEXT_BREAK not in "".join(texts):
        return _words(joined, _ASCII_WORDS_AND_BREAKS)
    return _BETWEEN_TEXTS.join(" ".join(surface_words(text)) for text in texts).split()


def _terms_of_each(terms: Sequence[str]) -> tuple[str, ...]:
    """Each text's terms joined by spaces, from the terms of one or more texts read together."""
    # Joined once and cut at the breaks; each cut keeps the space on either side of its break.
    return tuple(map(str.strip, " ".join(terms).split(TEXT_BREAK)))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """How the analyser recognises a phrase: its words' stems, so "feeling" finds "feel"."""
    return tuple(stem(word) for word in surface_words(phrase))


def _modern_form(word: str) -> str | None:
    """The English word an old verb form in "-eth" is ("sayeth" is "says", "cometh" "comes"),
    for a word that spells no English word; or None."""
    stem_ = word[: -len(_OLD_VERB_ENDING)]
    # A short stem is likelier a slip ("woeth" is "worth", not "woes"): "doeth" is in the table.
    if (
        len(stem_) < _OLD_VERB_STEM_MIN
        or not word.endswith(_OLD_VERB_ENDING)
        or word in (english := english_words())
    ):
        return None
    return next((form for form in (stem_ + "s", stem_ + "es") if form in english), None)


def _unstretched(word: str) -> tuple[str, str]:
    """`word` with every letter typed three times or more cut to two, then to one."""
    return _STRETCH.sub(r"\1\1", word), _STRETCH.sub(r"\1", word)


class Analysed(NamedTuple):
    """A text as terms (stopwords removed, phrases replaced, stemmed)."""

    terms: tuple[str, ...]
    text: str = ""  # what was read: for a fan's message, with typos fixed and constructions reworded


def with_words_meant(text: str, meant: Mapping[str, str]) -> str:
    """`text` with each of its words that `meant` holds (as a surface word) written as the word
    it means, the rest as written."""

    def rewritten(match: re.Match[str]) -> str:
        token = match.group()
        # Most tokens are ASCII letters and digits: lower-cased, that is their surface word.
        simple = token.isascii() and "'" not in token
        words = [token.lower()] if simple else surface_words(token)
        if len(words) != 1 or words[0] not in meant:
            return token
        # A possessive stays one ("jes's actor" is "jess's actor").
        return meant[words[0]] + ("'s" if _POSSESSIVE.search(token.replace("\u2019", "'")) else "")

    # Mentions, custom emoji and links are left as they are; they hold no words.
    pieces = DISCORD_TOKENS.split(text)
    tokens = DISCORD_TOKENS.findall(text)
    fixed = [WORD_TOKEN.sub(rewritten, piece) for piece in pieces]
    return "".join(chain.from_iterable(zip(fixed, [*tokens, ""], strict=True)))


class Meanings:
    """The word meant by each word read, kept between readings (see `Analyzer.fix_typos`): the
    words read as another, and the words read as typed."""

    def __init__(self) -> None:
        self.fixed: dict[str, str] = {}
        self.as_typed: set[str] = set()

    def __len__(self) -> int:
        return len(self.fixed) + len(self.as_typed)

    def clear(self) -> None:
        self.fixed.clear()
        self.as_typed.clear()


class Analyzer:
    """Maps words and phrases to terms. Built once from the pack's names and lexicon."""

    _WORD_TABLE_LIMIT = 262144  # words remembered; fans' misspellings would otherwise grow it forever

    def __init__(self, phrases: Mapping[str, str]) -> None:
        """`phrases` maps a phrase ("bad boy jess", "come back") to its replacement ("@jess", "return")."""
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        words: set[str] = set()
        for phrase, replacement in phrases.items():
            key = phrase_key(phrase)
            if key:
                self._phrases[key] = tuple(replacement.split())
                words.update(surface_words(phrase))
        # Phrases of two words or more, by first stem: the lengths to try, longest first.
        sizes: dict[str, set[int]] = {}
        for key in self._phrases:
            if len(key) > 1:
                sizes.setdefault(key[0], set()).add(len(key))
        self._sizes: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()
        }
        # Each of those phrases is looked for by one pair of neighbouring stems in it, its anchor:
        # the pair with the fewest stopwords, first of equals ("driver seat" in "in the driver
        # seat": "in the" is in most texts, which then hold no phrase). Each anchor, with its
        # places in the phrases it anchors; and the anchors by each stem they hold.
        stop_stems = frozenset(map(stem, STOPWORDS))
        offsets: dict[tuple[str, str], set[int]] = {}
        for key in self._phrases:
            if len(key) > 1:
                offset = min(
                    range(len(key) - 1), key=lambda at: (len(stop_stems.intersection(key[at : at + 2])), at)
                )
                offsets.setdefault((key[offset], key[offset + 1]), set()).add(offset)
        self._anchor_offsets = {anchor: tuple(sorted(found)) for anchor, found in offsets.items()}
        self._anchors_with: dict[str, set[tuple[str, str]]] = {}
        for anchor in self._anchor_offsets:
            for anchor_stem in anchor:
                self._anchors_with.setdefault(anchor_stem, set()).add(anchor)
        self.phrase_words = frozenset(words)
        # Unless a phrase holds one itself ("pretty cool").
        self._skipped_in_phrases = DEGREE_WORDS - self.phrase_words
        # Per surface word, decided once: the terms it stands for on its own (none for a stopword,
        # its replacement when it is a one-word phrase) and its stem; and the pairs of words that
        # may anchor a longer phrase ("came back" for "come back"). Most texts then take a few
        # C-level passes: stemming every text to find the few that hold a phrase would be slow.
        self._word_terms: dict[str, tuple[str, ...]] = {}
        # The same, for the words that stand for one term or none ("" then): most texts are read
        # from this one, in a single pass that makes no tuple per word. A word that stands for
        # several terms ("literati") is left out, so a text holding it is read in full.
        self._single_terms: dict[str, str] = {}
        self._stems: dict[str, str] = {}
        self._anchor_words: dict[str, set[str]] = {}  # per stem in an anchor, the words learned for it
        self._anchor_pairs: set[tuple[str, str]] = set()
        self._learn_text_break()

    def _learn_text_break(self) -> None:
        self._word_terms[TEXT_BREAK] = (TEXT_BREAK,)
        self._single_terms[TEXT_BREAK] = TEXT_BREAK
        self._stems[TEXT_BREAK] = TEXT_BREAK

    def _learn(self, words: Iterable[str]) -> None:
        table, stems, anchor_words = self._word_terms, self._stems, self._anchor_words
        if len(table) > self._WORD_TABLE_LIMIT:
            table.clear()
            self._single_terms.clear()
            stems.clear()
            anchor_words.clear()
            self._anchor_pairs.clear()
            self._learn_text_break()
        # A document is learned whole, but most of its words are known.
        for word in set(words).difference(table):
            stemmed = stems[word] = stem(word)
            if stemmed in self._anchors_with:
                anchor_words.setdefault(stemmed, set()).add(word)
                for first, second in self._anchors_with[stemmed]:
                    self._anchor_pairs.update(
                        product(anchor_words.get(first, ()), anchor_words.get(second, ()))
                    )
            replacement = self._phrases.get((stemmed,))
            if replacement is not None:
                table[word] = replacement
            else:
                table[word] = () if word in STOPWORDS or len(word) < 2 else (stemmed,)
            if len(table[word]) <= 1:
                self._single_terms[word] = "".join(table[word])

    def analyse(self, text: str) -> Analysed:
        """Return the terms of `text`, read as written (`fix_typos` first for a fan's message)."""
        return Analysed(self._terms(surface_words(text)), text)

    def fix_typos(
        self,
        text: str,
        *,
        correct: Callable[[str], str | None],
        known: Callable[[str], bool],
        remembered: Meanings | None = None,
    ) -> str:
        """`text` with each word `known` rejects replaced by the word meant, the rest as written:
        so reading a construction ("is this interview old") sees what a fan meant to type.

        `remembered` keeps the word meant by each word read, for a caller whose `correct` and
        `known` answer the same until it clears it: a long message is read again by sentence
        and clause, each with the same words."""
        fixes = self.words_meant(surface_words(text), correct=correct, known=known, remembered=remembered)
        return with_words_meant(text, fixes) if fixes else text  # most messages: as written

    def words_meant(
        self,
        words: Iterable[str],
        *,
        correct: Callable[[str], str | None],
        known: Callable[[str], bool],
        remembered: Meanings | None = None,
    ) -> dict[str, str]:
        """The surface words among `words` that `fix_typos` fixes, each with the word meant."""
        if remembered is None:
            remembered = Meanings()
        fixed, as_typed = remembered.fixed, remembered.as_typed
        words = set(words)
        # What another language's words that are English too mean depends on the message, so
        # it is never remembered.
        fixes = read_false_friends(words)
        # Most words were read before and mean what they say: set aside in C, they cost no
        # lookup of their own.
        for word in words.difference(as_typed).difference(fixes):
            meant = fixed.get(word)
            if meant is None:
                meant = self._meant(word, correct, known)
                if meant == word:
                    as_typed.add(word)
                    continue
                fixed[word] = meant
            fixes[word] = meant
        return fixes

    def _meant(self, word: str, correct: Callable[[str], str | None], known: Callable[[str], bool]) -> str:
        """The word a fan meant by the surface word `word`: itself, unstretched, split in two
        ("eachother"), or fixed."""
        if (spelled_out := _SPELT_OUT.get(word)) is not None:
            return spelled_out
        readable = self._readable(word, known)
        if not readable and _STRETCH.search(word):
            # Chat stretches words for feeling ("sooo", "pleaseee", "jesssss"); no English word
            # has a letter three times running, so read it with the run cut to two, else one.
            forms = _unstretched(word)
            word = next((form for form in forms if self._readable(form, known)), forms[0])
            readable = self._readable(word, known)
        if readable:
            return word
        if (modern := _modern_form(word)) is not None:
            return modern
        # `correct` fixes a real word only into a name ("mandy moore" is not "many more"); a
        # word that spells nothing may even become a stopword ("abuot", "wuold").
        return correct(word) or word

    def _readable(self, word: str, known: Callable[[str], bool]) -> bool:
        """True when `word` needs no typo fixing: a stopword, a lexicon word, or one `known` knows."""
        return word in STOPWORDS or word in self.phrase_words or known(word)

    def read_together(self, texts: Sequence[str], words: set[str]) -> tuple[str, ...]:
        """The terms of curated texts (read as written: no typo correction), with TEXT_BREAK
        between one text's terms and the next's; their surface words go into `words`.

        A large pack's documents hold millions of words in hundreds of thousands of texts:
        reading a document's texts in one pass saves a pass's fixed costs per text.
        """
        if not texts:
            return ()
        read = _surface_words_of(texts)
        words.update(read)
        words.discard(TEXT_BREAK)
        return self._terms(read)

    def read_document(
        self, asks: Sequence[str], says: Sequence[str], words: set[str]
    ) -> tuple[tuple[str, ...], set[str], set[str]]:
        """A document's texts: the terms of each text in `asks`, joined by spaces (as the index
        holds phrasings), the terms of all of them, and those of the texts in `says`. Their
        surface words go into `words`."""
        # Read in one pass, asks then says: a pass's fixed costs are paid once per document.
        terms = self.read_together([*asks, *says], words)
        if not (asks and says):
            asked_terms, said_terms = (terms, ()) if asks else ((), terms)
        else:
            # The asks' terms end at the break after the last of them (no phrase spans one).
            end = -1
            for _ in asks:
                end = terms.index(TEXT_BREAK, end + 1)
            asked_terms, said_terms = terms[:end], terms[end + 1 :]
        asked = set(asked_terms)
        said = set(said_terms)
        asked.discard(TEXT_BREAK)
        said.discard(TEXT_BREAK)
        return (_terms_of_each(asked_terms) if asks else ()), asked, said

    def _terms(self, read: list[str]) -> tuple[str, ...]:
        if not self._skipped_in_phrases.isdisjoint(read):  # stopwords: only phrases see the change
            read = [word for word in read if word not in self._skipped_in_phrases]
        try:
            # Most words stand for one term or none ("" for a stopword): read from the single-term
            # table in one C call, they need no tuple each, as the word table's would.
            singles = _each(self._single_terms, read)
        except KeyError:
            # A word not seen before (so in no opening pair yet either), or one that stands for
            # several terms: decide what any new word stands for, then look again.
            self._learn(read)
            try:
                singles = _each(self._single_terms, read)
            except KeyError:  # a word that stands for several terms ("literati")
                return self._terms_word_by_word(read)
        # Where a phrase stands, its replacement stands instead of its words' terms; stopwords'
        # empty terms are dropped last, in one pass.
        found = self._phrases_in(read)
        return tuple(filter(None, chain.from_iterable(_spliced(singles, found)) if found else singles))

    def _terms_word_by_word(self, read: list[str]) -> tuple[str, ...]:
        """`_terms`, for words one of which stands for several terms: from each word's tuple."""
        spans = [(at, end, (replacement,)) for at, end, replacement in self._phrases_in(read)]
        return tuple(chain.from_iterable(chain.from_iterable(_spliced(_each(self._word_terms, read), spans))))

    def _phrases_in(self, read: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Where `read` holds a phrase of two words or more: its start, its end, and what it stands
        for; leftmost first, and the longest where several start at one word."""
        # Neighbouring words paired by zip, not pairwise: zip reuses its tuple once the set
        # lookup lets go of it, where pairwise makes one per pair (millions in a large pack).
        # (No `strict=False`: a keyword sends zip down its slow construction path.)
        if self._anchor_pairs.isdisjoint(zip(read, read[1:])):  # noqa: B905, RUF007
            return []
        stems, sizes, phrases, offsets = self._stems, self._sizes, self._phrases, self._anchor_offsets
        # Only where an anchor's place in a phrase puts its start may a phrase start.
        starts = set()
        pairs = zip(read, read[1:])  # noqa: B905, RUF007
        for at in compress(count(), map(self._anchor_pairs.__contains__, pairs)):
            starts.update(
                at - offset for offset in offsets[stems[read[at]], stems[read[at + 1]]] if offset <= at
            )
        found: list[tuple[int, int, tuple[str, ...]]] = []
        start, length = 0, len(read)
        for at in sorted(starts):
            if at < start:
                # A phrase overlapping the last one and standing for the same runs on from it:
                # "bad boy jess mariano" is "bad boy jess" and "jess mariano", one name.
                for size in sizes.get(stems[read[at]], ()):
                    end = at + size
                    if start < end <= length and phrases.get(_each(stems, read[at:end])) == found[-1][2]:
                        found[-1] = (found[-1][0], end, found[-1][2])
                        start = end
                        break
                continue
            for size in sizes.get(stems[read[at]], ()):
                if at + size > length:
                    continue
                replacement = phrases.get(_each(stems, read[at : at + size]))
                if replacement is not None:
                    found.append((at, at + size, replacement))
                    start = at + size
                    break
        return found


_Item = TypeVar("_Item")


def _spliced(
    items: Sequence[_Item], spans: list[tuple[int, int, tuple[_Item, ...]]]
) -> Iterator[Sequence[_Item]]:
    """`items` in pieces, each span (start, end, replacement) replaced."""
    start = 0
    for at, end, replacement in spans:
        yield items[start:at]
        yield replacement
        start = end
    yield items[start:]


def _each(table: Mapping[str, _Value], words: Sequence[str]) -> tuple[_Value, ...]:
    """`table[word]` for each of `words` (KeyError for one it lacks), looked up in one C call:
    a large pack's texts hold millions of words."""
    if len(words) > 1:
        return itemgetter(*words)(table)  # type: ignore[no-any-return]
    return (table[words[0]],) if words else ()


# How fans describe an actor by a role: "the guy who played jess", "the actress playing rory".
_ACTOR_NOUNS = (
    r"(?:guy|actor|actress|girl|dude|man|woman|lady|one|person|boy|fella|bloke"
    r"|fellow|gentleman|chap|lad)"
)
_PLAYS = r"(?:plays|played|portrays|portrayed)"
# "the guy who actually played jess": an adverb may stand between.
_PLAYED_HOW = r"(?:once|originally|first|actually|really|literally|also)"
_WHO_PLAYS = rf"(?:(?:who|that)(?:\s+{_PLAYED_HOW})?\s+{_PLAYS}|playing|portraying)"


# Words before a description, in its clause, that make it what is asked ("who's the guy who
# played jess", "whats the name of the actress who...") or say whom it describes ("hes the
# one who played jess right"): then it is not read as the actor.
_NAMING_WORDS = frozenset(
    "who whos name names called he hes she shes they theyre that thats it its this these".split()
)


# "the podcast of", "the age of the": a thing of whoever follows.
_OWNED_BY_WHAT_FOLLOWS = re.compile(r"\b([^\W\d_]+)\s+of\s+(?:the\s+|that\s+|this\s+)?$", re.IGNORECASE)


def _owns_what_it_follows(text: str) -> bool:
    """True when `text` ends "<thing> of (the)", the thing no name ("the name of" names)."""
    owned = _OWNED_BY_WHAT_FOLLOWS.search(text)
    return owned is not None and owned[1].lower() not in _NAMING_WORDS


# A later sentence asking who the one described is ("i've forgotten the gentleman who played
# luke. who was he?") makes the description what is asked, as a naming word before it does.
_ASKED_WHO_AFTER = re.compile(
    r"\b(?:who\s+(?:is|was|were)\s+(?:he|she|they)|who['\u2019]?s\s+(?:he|she)"
    r"|(?:his|her|their)\s+names?|what\s+(?:is|was)\s+(?:he|she)\s+called)\b",
    re.IGNORECASE,
)


# A claim put to the chat ("is it true (that) the guy who played jess said ...") names no one:
# its "it" and "that" stand for the claim, not for the person described.
_CLAIM_CHECK = re.compile(
    r"\b(?:is|was|isn'?t|wasn'?t)\s+it\s+(?:true|right|correct|a fact)(?:\s+that)?\b", re.IGNORECASE
)


# Where a role was played, ending the message: "the actor who played jess in gilmore girls".
_WHERE_PLAYED_AT_THE_END = re.compile(r"^\s+(?:in|on|from)(?:\s+[^\s.,!?;:]+){1,3}[\s.!?]*$", re.IGNORECASE)

# "is" and "was", as a description is said to be someone ("jess's actor is milo").
_BEING_WORDS = frozenset({"is", "was", "isnt", "wasnt"})
_BEING = r"(?:is|was|isn['\u2019]?t|wasn['\u2019]?t)"


# "his character", "milo's role": a role described by whoever played it.
_ROLE_NOUNS = r"(?:character|role)"
# Words before or after a described role that make it what is asked ("what is milo's
# character called", "which was his role").
_ASKING_WHICH_WORDS = frozenset("what whats which called name named".split())
# The pronoun behind "him", "her" and "his": whom the sources must call so for them to stand
# for someone (a character whose actor is called so, the owner of "her role").
PRONOUN_OF = {"him": "he", "her": "she", "his": "he"}
# Up to four words after "played by", or between "did" and "play": where a guessed name may be.
_GUESS = r"(?P<guess>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})"
_GUESS_BEFORE = r"(?P<guess_did>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)"
_DID = r"did(?:n['\u2019]?t)?"
# "milo was jess", "rory is really alexis": someone said to be someone else.
_SAID_SO = rf"\s+{_BEING}\s+(?:really\s+|actually\s+)?"


def _actor_said_to_be(actors: str, roles: str, *, playing: bool = False) -> re.Pattern[str]:
    """An actor of `actors` (alternatives) said or asked to be a character of `roles`: "milo was
    jess", "is jess milo", "was milo dean"; with `playing`, said or asked to play them too
    ("did milo play dean", "was dean played by milo")."""
    actor = rf"(?:{actors})\b(?!['\u2019]s\b)"
    role = rf"(?:{roles})\b(?!['\u2019]s\b)"
    plays = rf"\s+(?:{_PLAYED_HOW}\s+)?(?:played|plays)\s+" if playing else None
    asked = rf"(?:{_DID}|{_BEING})" if playing else _BEING
    play = rf"(?:(?:{_PLAYED_HOW}\s+)?play\s+)?" if playing else ""
    played_by = rf"(?:(?:{_PLAYED_HOW}\s+)?played\s+by\s+)?" if playing else ""
    return re.compile(
        rf"\b(?:(?P<actor>{actor})(?:{_SAID_SO}{'|' + plays if plays else ''})(?P<role>{role})"
        rf"|{asked}\s+(?P<asked_actor>{actor})\s+{play}(?P<asked_role>{role})"
        rf"|(?P<role_first>{role}){_SAID_SO}{played_by}(?P<actor_after>{actor})"
        rf"|{_BEING}\s+(?P<asked_role_first>{role})\s+{played_by}(?P<asked_actor_after>{actor}))",
        re.IGNORECASE,
    )


class RoleReferences:
    """Names the actor where a fan describes them by a role they played, and the reverse.

    "how old is the guy who plays jess" asks Milo's age: it is read as "how old is the milo
    ventimiglia", about him, and its "who" no longer asks for a person. So is "the guy who
    played him" after a message names Jess and no other character the sources call "he". A
    description that is what is asked ("who's the guy that played jess") or that says what
    someone named is ("is milo the one who played jess") is left alone, as is a character
    several people played, or a possessive ("the guy who played luke's nephew" is not Scott).

    The other way round, "does milo think his character was good for rory" asks about Jess:
    a role described by its actor, named or "his" after a message names them alone, is read
    as the character, unless the role is what is asked ("what is milo's character called") or
    the character is named too.

    An actor said to be a character they played ("milo was jess", "is jess milo ventimiglia")
    is read as having played them: with no word of playing, "was milo jess on gilmore girls"
    read closest to the entry asking whether Milo would come back to Gilmore Girls.
    """

    def __init__(
        self,
        roles: Iterable[tuple[str, str, str]],
        people: Iterable[tuple[str, str]] = (),
        *,
        pronouns: Mapping[str, str] | None = None,
        asks_anything: Callable[[str], bool] = lambda text: not STOPWORDS.issuperset(surface_words(text)),
        unknown_word: Callable[[str], bool] = lambda word: False,
        unplayed: Iterable[str] = (),
    ) -> None:
        """`roles` are (character name or alias, character, actor's name) triples; `people`,
        (name or alias, person) pairs for everyone; `pronouns`, how the sources refer to each
        person by name ("he"); `asks_anything` tells whether a text reads as anything (filler
        such as "pls" does not); `unknown_word`, whether the sources never use a word (as a
        name the sources never mention is); `unplayed`, the names and aliases of characters
        the sources give no actor for."""
        self._asks_anything = asks_anything
        self._unknown_word = unknown_word
        pronouns = pronouns or {}
        people = list(people)
        self._people_words = frozenset(word for name, _ in people for word in surface_words(name))
        actors: dict[str, set[str]] = {}
        characters: dict[str, set[str]] = {}
        self._character_of: dict[str, str] = {}
        for alias, character, actor in roles:
            actors.setdefault(alias_key(alias), set()).add(actor)
            characters.setdefault(actor, set()).add(character)
            self._character_of[alias_key(alias)] = character
        self._actors = {alias: next(iter(found)) for alias, found in actors.items() if len(found) == 1}
        # Whom "him" may stand for: characters whose only actor the sources call "he".
        self._pronoun_of_character = {
            alias: pronouns[actor] for alias, actor in self._actors.items() if actor in pronouns
        }
        # Whose role "his character" is: someone who played one character.
        self._sole_role = {actor: next(iter(found)) for actor, found in characters.items() if len(found) == 1}
        self._characters_played = characters
        self._person_of = {alias_key(name): person for name, person in people}
        self._pronoun_of_person = pronouns
        pattern = _alternatives(self._actors)
        self._characters = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) if self._actors else None
        self._pattern = (
            re.compile(
                rf"\b(?:{_ACTOR_NOUNS}\s+{_WHO_PLAYS}\s+(?:(?P<alias>{pattern})\b(?!['\u2019]s\b)|(?P<pronoun>him|her)\b)"
                # "jess's actor", "rorys actress", "the jess actor": as fans name an actor by the role.
                rf"|(?P<owner>{pattern})(?:['\u2019]s|s)\s+(?:actor|actress)\b"
                rf"|(?<=\bthe\s)(?P<owner_before>{pattern})\s+(?:actor|actress)\b)",
                re.IGNORECASE,
            )
            if self._actors
            else None
        )
        self._pattern_twin = case_sensitive_twin(self._pattern) if self._pattern is not None else None
        played_by = [name for name, person in people if person in self._sole_role]
        # "milo was jess", "was scott luke on gg", "rory is alexis bledel?": an actor said to be
        # a character they played says they played them.
        # Names as looked up (lower case): the pattern ignores case, and so has a twin.
        played_by_anyone = _alternatives(alias_key(name) for name, person in people if person in characters)
        self._being_role = self._being_role_twin = None
        if self._actors and played_by_anyone:
            self._being_role = _actor_said_to_be(played_by_anyone, pattern)
            self._being_role_twin = case_sensitive_twin(self._being_role)
        unplayed = list(unplayed)
        # Every name of those characters holds one of these words: most questions hold none. (A
        # question is read several times over: one search is cheaper than a loop of tests.)
        unplayed_words = sorted({word for alias in unplayed for word in surface_words(alias)})
        self._unplayed_mention = re.compile("|".join(map(re.escape, unplayed_words)) or "(?!)")
        # "did milo play dean", "milo was dean right": an actor guessed at a character the
        # sources give no actor for asks whom they played, which the sources do say.
        self._other_role = (
            _actor_said_to_be(_alternatives(played_by), _alternatives(unplayed), playing=True)
            if played_by and unplayed
            else None
        )
        if self._actors:
            role = rf"(?P<role>{pattern})\b(?!['\u2019]s\b)"
            # Two patterns, each tried only on a message with its words: a question is read several
            # times over. (A guess told, "sophia bush played rory", is not read: its pattern tried
            # at every word of every message that plays anything, and it moved no question.)
            self._guesses: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
                # "isnt jess played by chad michael murray", "was rory played by alexis bledsoe"
                (
                    ("played by",),
                    re.compile(
                        rf"\b(?:(?:(?:the\s+)?(?:part|{_ROLE_NOUNS})\s+of\s+)?(?P<told_role>{pattern}){_SAID_SO}"
                        rf"|{_BEING}\s+(?P<asked_role>{pattern})\s+)(?:{_PLAYED_HOW}\s+)?played\s+by\s+{_GUESS}",
                        re.IGNORECASE,
                    ),
                ),
                # "didn't lauren graham play rory", "did jared padalecki really play jess"
                (
                    ("did", "play "),
                    re.compile(
                        rf"\b{_DID}\s+{_GUESS_BEFORE}\s+(?:{_PLAYED_HOW}\s+)?play\s+{role}", re.IGNORECASE
                    ),
                ),
            )
        else:
            self._guesses = ()
        self._roles = (
            re.compile(
                rf"\b(?:(?P<his>his|her)|(?P<actor>{_alternatives(played_by)})(?:['\u2019]s|s))"
                rf"\s+(?P<noun>{_ROLE_NOUNS})\b(?!['\u2019]s\b)",
                re.IGNORECASE,
            )
            if played_by
            else None
        )

    def name_actors(self, text: str) -> str:
        """`text` with each actor described by a role named instead, and each role described
        by its actor."""
        # Every description names the playing ("plays", "portrayed"), the actor or the role:
        # most questions have none.
        lowered = text.lower()
        if "play" in lowered:
            for needed, guessed in self._guesses:
                if all(words in lowered for words in needed):
                    text = guessed.sub(self._read_guessed_actor, text)
        if (
            self._pattern is not None
            and ("play" in lowered or "portray" in lowered or "actor" in lowered or "actress" in lowered)
            and may_match(self._pattern_twin, text)
        ):
            text = self._pattern.sub(self._name_actor, text)
        if self._roles is not None and ("character" in lowered or "role" in lowered):
            text = self._roles.sub(self._name_role, text)
        spaced = f" {lowered}"
        if (
            self._being_role is not None
            and (" is" in spaced or " was" in spaced)  # "isn't" too
            and may_match(self._being_role_twin, text)
        ):
            text = self._being_role.sub(self._read_being_role, text)
        if self._other_role is not None and self._unplayed_mention.search(lowered):
            text = self._other_role.sub(self._read_being_role, text)
        return text

    def _read_guessed_actor(self, found: re.Match[str]) -> str:
        """A guess at who played a role ("isnt jess played by chad michael murray", "didn't
        lauren graham play rory") asks who did: the entry saying so settles it, right or wrong.
        A right guess is read with the actor's full name ("alexis bledsoe" as Alexis Bledel)."""
        groups = found.groupdict()
        role = groups.get("told_role") or groups.get("asked_role") or groups["role"]
        actor = self._actors[alias_key(role)]
        group = "guess" if groups.get("guess") is not None else "guess_did"
        words = list(_TOKEN.finditer(found[group]))
        may_be_a_name = lambda word: self._may_be_a_name(word[0].lower())  # noqa: E731
        if group == "guess":  # "played by chad michael murray? i always mix them up"
            named = list(takewhile(may_be_a_name, words))
        else:  # "did the guy from this is us play jess" guesses no name
            named = words if all(map(may_be_a_name, words)) else []
        if not named:
            return found[0]
        guessed = [word[0].lower() for word in named]
        start = found.start(group)
        before = found.string[found.start() : start + named[0].start()]
        after = found.string[start + named[-1].end() : found.end()]
        if any(self._person_of.get(alias) == actor and _names(guessed, alias) for alias in self._person_of):
            return f"{before}{actor}{after}"
        # The guess's words after the name stay ("... chad michael murray? i always mix them up").
        return f"who played {role}{after if group == 'guess' else ''}"

    def _may_be_a_name(self, word: str) -> bool:
        """True for a word of someone's name in the sources, or one the sources never use."""
        return word in self._people_words or (word not in STOPWORDS and self._unknown_word(word))

    def _read_being_role(self, found: re.Match[str]) -> str:
        actor = found["actor"] or found["asked_actor"] or found["actor_after"] or found["asked_actor_after"]
        role = found["role"] or found["asked_role"] or found["role_first"] or found["asked_role_first"]
        person = self._person_of[alias_key(actor)]
        character = self._character_of.get(alias_key(role))
        if character is None:  # a character no one is said to play: the role they did play
            return f"{actor} played {self._sole_role[person]}"
        if character not in self._characters_played.get(person, ()):
            return found[0]  # a guess at someone else's role ("was milo luke") is asked as typed
        return f"{actor} played {role}"

    def _name_actor(self, found: re.Match[str]) -> str:
        text = found.string[: found.start()]
        before = surface_words(_CLAIM_CHECK.sub(" ", last_clause(text)))
        named_before = not (_NAMING_WORDS.isdisjoint(before) and self._people_words.isdisjoint(before))
        # Something of the one described ("the name of the podcast of the guy who played luke")
        # is asked about them, whatever names it: they are whose it is.
        if named_before and not _owns_what_it_follows(text):
            return found[0]
        if _ASKED_WHO_AFTER.search(found.string, found.end()):
            return found[0]
        # Nor one said to be someone named ("jess's actor is milo, right?"): asked whether he played jess.
        after = surface_words(found.string[found.end() :])[:2]
        if len(after) == 2 and after[0] in _BEING_WORDS and after[1] in self._people_words:
            return found[0]
        # A description on its own ("actor who played jess pls", "the actor who played jess in
        # gilmore girls") asks who that is, as "who played jess" does: naming the actor would
        # leave only a name (and where they played), which asks nothing.
        rest = _WHERE_PLAYED_AT_THE_END.sub("", found.string[found.end() :], count=1)
        if not self._asks_anything(found.string[: found.start()] + " " + rest):
            return found[0]
        if found["pronoun"] is not None:
            actor = self._actor_referred_to(found)
            return found[0] if actor is None else actor
        return self._actors[alias_key(found["alias"] or found["owner"] or found["owner_before"])]

    def _actor_referred_to(self, found: re.Match[str]) -> str | None:
        """Who played the character "him" or "her" stands for: the one character of that
        pronoun the rest of the message names, if it names one."""
        assert self._characters is not None
        pronoun = PRONOUN_OF[found["pronoun"].lower()]
        rest = found.string[: found.start()] + " " + found.string[found.end() :]
        actors = {
            self._actors[key]
            for named in self._characters.finditer(rest)
            if self._pronoun_of_character.get(key := alias_key(named[0])) == pronoun
        }
        return next(iter(actors)) if len(actors) == 1 else None

    def _name_role(self, found: re.Match[str]) -> str:
        text = found.string
        if found["actor"] is not None:
            actor = self._person_of.get(alias_key(found["actor"]))
        else:
            # "his": the one person of that pronoun the message names, who played one role.
            pronoun = PRONOUN_OF[found["his"].lower()]
            words = surface_words(text)
            named = {
                person
                for alias, person in self._person_of.items()
                if self._pronoun_of_person.get(person) == pronoun and _names(words, alias)
            }
            actor = next(iter(named)) if len(named) == 1 else None
        character = self._sole_role.get(actor) if actor is not None else None
        if character is None:
            return found[0]
        before = surface_words(last_clause(text[: found.start()]))
        after = surface_words(text[found.end() :])[:2]
        rest = text[: found.start()] + " " + text[found.end() :]
        assert self._characters is not None
        is_character = self._characters.fullmatch
        if (
            # On its own ("scott's character??") the role is what is asked.
            not self._asks_anything(rest)
            or not _ASKING_WHICH_WORDS.isdisjoint(before)
            or not _ASKING_WHICH_WORDS.isdisjoint(after[:1])
            # "alexis's role in gg?", "milo's character on the show": which role, in what.
            or after[:1] in (["in"], ["on"])
            or any(
                self._character_of.get(alias_key(named[0])) == character
                for named in self._characters.finditer(rest)
            )
            or (before and is_character(before[-1]))
            or (len(after) == 2 and after[0] in _BEING_WORDS and is_character(after[1]))
        ):
            # Asked which it is ("what is milo's character called", "scott's role in gg"), or
            # said to be a character ("is rory milo's character", "is jess milo's role"): read
            # as the role he played, which is what the entries on who played whom are asked
            # ("is jess the character milo played").
            who = found["actor"] or {"his": "he", "her": "she"}[found["his"].lower()]
            return f"the {found['noun']} {who} played"
        return character


def _names(words: Sequence[str], name: str) -> bool:
    """True when `words` (a text's surface words) hold the name's words in a row."""
    wanted = surface_words(name)
    width = len(wanted)
    return any(list(words[at : at + width]) == wanted for at in range(len(words) - width + 1))


# Family words a fan may guess for two characters the sources relate otherwise ("is luke
# jess's dad"), and words before them ("older brother", "real dad").
_KIN_WORD = re.compile(rf"\b{KIN}\b")
_KIN_BEFORE = r"(?:older|younger|big|little|real|actual|biological|bio|long\s+lost|secret)"
# A guess is put as a yes-or-no ("is his son?", "is that his dad") or offers another ("his
# father or?").
_PRONOUN_KIN = re.compile(
    rf"\b(?:(?:is|was|isn['\u2019]?t|wasn['\u2019]?t)\s+(?:[^\W\d_]+\s+)?(?:his|her)\s+"
    rf"(?P<kin>(?:{_KIN_BEFORE}\s+)?{KIN})\b"
    rf"|(?:his|her)\s+(?P<offered>(?:{_KIN_BEFORE}\s+)?{KIN})\s+or\b)",
    re.IGNORECASE,
)
_ASKING_WHO = frozenset("who whos what whats which".split())


# What opens a description set beside a name: "jess, luke's nephew", "jess (luke's nephew)".
_APPOSITION_OPENED = re.compile(r"[,(\-\u2013\u2014]\s*$")


class Relatives:
    """Names the character where a fan describes one by what the sources make them to another.

    "who played luke's nephew" asks who played Jess: it is read as "who played Jess", not as
    a question about Luke. Left alone where the character is named elsewhere ("is jess luke's
    nephew" asks whether the description is true); with the character named right after
    ("luke's nephew jess"), the description goes and the name stays.
    """

    def __init__(
        self,
        descriptions: Iterable[tuple[Iterable[str], str, str]],
        *,
        named: Callable[[str], Iterable[str]],
        aliases: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """`descriptions` are (the owner's names, the relation's words, the character's name):
        (["Luke", "Luke Danes"], "nephew", "Jess"). `named` gives the people and characters a
        text names, as terms; `aliases`, each character's names (by default, the name alone)."""
        self._named = named
        descriptions = list(descriptions)
        aliases = aliases or {}
        # "is luke jess's dad", "luke is jess's older brother right?": a guess at how two
        # characters the sources relate are related asks how they are, in the sources' word.
        self._kin_guesses = [
            (re.compile(pattern, re.IGNORECASE), relation)
            for owners, relation, character in descriptions
            for kin_of, of in [(_alternatives(aliases.get(character, [character])), _alternatives(owners))]
            for pattern in (
                # "is luke jess's dad", "luke is really jess's older brother"
                rf"\b(?:{_BEING}\s+(?:{kin_of})\s+(?:{of})|(?:{kin_of})\s+{_BEING}\s+"
                rf"(?:really\s+|actually\s+|like\s+)?(?:{of}))(?:['\u2019]s|s)?\s+"
                rf"(?P<kin>(?:{_KIN_BEFORE}\s+)?{KIN})\b",
                # "jess's dad is luke?"
                rf"\b(?:{of})(?:['\u2019]s|s)?\s+(?P<kin>(?:{_KIN_BEFORE}\s+)?{KIN})\s+{_BEING}\s+(?:{kin_of})\b",
            )
        ]
        # "luke is what of jess, his father or?", "what is jess for luke? is his son?": a guess
        # made through "his" or "her", where both related characters are named.
        self._kin_pairs = [
            (
                re.compile(rf"\b(?:{_alternatives(aliases.get(character, [character]))})\b", re.IGNORECASE),
                re.compile(rf"\b(?:{_alternatives(owners)})\b", re.IGNORECASE),
                relation,
            )
            for owners, relation, character in descriptions
        ]
        # Any of the related characters' names, searched in lower-cased text (a case-ignoring
        # search costs several times more, and most questions are asked only this).
        self._kin_names = re.compile(
            "|".join(
                sorted(
                    {
                        re.escape(name.lower())
                        for owners, _, character in descriptions
                        for name in (*owners, *aliases.get(character, [character]))
                    }
                )
            )
            or "(?!)"
        )
        self._patterns = [
            (
                relation.split()[-1].casefold(),
                re.compile(
                    rf"\b(?:{_alternatives(owners)})(?:['\u2019]s?|s)?\s+{_words_pattern(relation)}\b",
                    re.IGNORECASE,
                ),
                character,
                entity_term(character),
            )
            for owners, relation, character in descriptions
        ]
        # "who played the nephew": a relation no other description uses needs no owner to say
        # whom it means. Only after "the" ("my nephew and i are rewatching" is the fan's), and
        # not before "of", which names an owner the sources may never relate ("the nephew of
        # kirk").
        relation_uses = Counter(relation.casefold() for _, relation, _ in descriptions)
        self._patterns += [
            (
                relation.split()[-1].casefold(),
                re.compile(rf"(?<=\bthe\s){_words_pattern(relation)}\b(?!\s+of\b)", re.IGNORECASE),
                character,
                entity_term(character),
            )
            for _, relation, character in descriptions
            if relation_uses[relation.casefold()] == 1
        ]

    def read_kin_guesses(self, text: str) -> str:
        """`text` with a guess at how two related characters are related put in the sources' word."""
        # Most questions name neither character, and fewer a family word: both are cheap to rule
        # out (the guesses' own patterns ignore case, which costs ten times more).
        lowered = text.lower()
        if self._kin_names.search(lowered) is None or _KIN_WORD.search(lowered) is None:
            return text
        for pattern, relation in self._kin_guesses:
            text = pattern.sub(partial(_in_the_sources_word, relation), text)
        if _PRONOUN_KIN.search(text) is not None:
            for kin_of, of, relation in self._kin_pairs:
                if kin_of.search(text) and of.search(text):
                    # Put in one pair's word: the other's would read it back (nephew, uncle).
                    text = _PRONOUN_KIN.sub(partial(_guessed_in_the_sources_word, relation), text)
                    break
        return text

    def name_characters(self, text: str) -> str:
        """`text` with each character described through another named instead."""
        lowered = text.casefold()
        for relation_word, pattern, character, term in self._patterns:
            # Most texts hold no relation word: no need to try every owner's name at every word.
            if relation_word not in lowered:
                continue
            found = pattern.search(text)
            if found is None:
                continue
            before, after = text[: found.start()], text[found.end() :]
            if term in self._named(" ".join(surface_words(after)[:1])):
                text = before + after  # "luke's nephew jess": jess stays
            elif _APPOSITION_OPENED.search(before) and term in self._named(
                " ".join(surface_words(before)[-3:])
            ):
                # "who played jess, luke's nephew", "jess (luke's nephew)": said of jess, who stays.
                text = _APPOSITION_OPENED.sub("", before) + " " + after.lstrip(" )")
            elif term not in self._named(text[: found.start()] + " " + after):
                text = text[: found.start()] + character + after
        return text


def _guessed_in_the_sources_word(relation: str, found: re.Match[str]) -> str:
    """A kin guess made through "his" or "her", in the sources' word; left as typed where it is
    asked about ("who is his dad" asks for someone the sources may never name)."""
    if not _ASKING_WHO.isdisjoint(surface_words(found.string[: found.start()])[-1:]):
        return found[0]
    return _in_the_sources_word(relation, found, "kin" if found["kin"] is not None else "offered")


def _in_the_sources_word(relation: str, found: re.Match[str], group: str = "kin") -> str:
    """A kin guess found, its family word (the match's `group`) replaced by `relation`."""
    start, end = found.start(group) - found.start(), found.end(group) - found.start()
    return found[0][:start] + relation + found[0][end:]


def _alternatives(phrases: Iterable[str]) -> str:
    """A pattern for any of `phrases`, longest first ("jess mariano" before "jess"), spaced as fans type."""
    return "|".join(_words_pattern(phrase) for phrase in sorted(set(phrases), key=len, reverse=True))


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(map(re.escape, phrase.split()))


def alias_key(alias: str) -> str:
    """How a name or alias is looked up: case and spacing do not matter."""
    return " ".join(alias.casefold().split())


def entity_term(name: str) -> str:
    """Return the single term that stands for a person or character ("@jess")."""
    return "@" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def initialisms(full_names: Iterable[tuple[str, str]], taken: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(initials, name) for each full name among `full_names` ((full name, canonical name) pairs):
    fans write "MV", "JM", "SP" for Milo Ventimiglia, Jess Mariano, Scott Patterson. Initials two
    names share ("LG": Lauren Graham, Lorelai Gilmore), or that `taken` says are already a word or
    a name, are left out."""
    owners: dict[str, set[str]] = {}
    for full_name, name in full_names:
        if len(words := surface_words(full_name)) >= 2:
            owners.setdefault("".join(word[0] for word in words), set()).add(name)
    return [
        (initials, name)
        for initials, (name, *others) in owners.items()
        if not others and initials not in STOPWORDS and initials not in _SPELT_OUT and not taken(initials)
    ]


def name_table(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each alias of a person or character to its entity term ("bad boy jess" -> "@jess").

    `names` are (alias, canonical name) pairs.
    """
    return {alias: entity_term(canonical) for alias, canonical in names}
