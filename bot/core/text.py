"""Text folding shared by the loader, the quote index and the matcher.

Articles copied from the web carry non-breaking spaces, curly quotes and em dashes; fans
type straight quotes and hyphens. Everything that compares text goes through `fold`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz

CHAR_FOLDS = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2014": "-",
        "\u2013": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
_SPACES = str.maketrans(
    {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\ufeff": ""}
)


# Whether a text holds any of some words, the cheap test before a reading's pattern. A
# question is asked it by a dozen readings in a row: the text's folded form is kept for the
# next test of the same text.
_last_folded: tuple[str, str] = ("", "")


def _holds_any(text: str, words: Iterable[str]) -> bool:
    """True when `text`, case folded, holds any of `words` (folded already) anywhere."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        folded = last[1]
    else:
        folded = text.casefold()
        _last_folded = (text, folded)
    return any(map(folded.__contains__, words))


def case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, which ignores case, compiled to heed it: see `may_match`. Only for a pattern
    whose letters are all lower case (escapes and group names aside)."""
    source = pattern.pattern.removeprefix("(?i)")
    letters = re.sub(r"\\.|\(\?P<\w+>", "", source)
    if letters != letters.lower():
        raise ValueError(f"a pattern with capitals has no lower-case twin: {source[:80]!r}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def may_match(twin: re.Pattern[str], text: str) -> bool:
    """False only when the pattern whose case-sensitive twin is `twin` cannot match `text`: in
    ASCII text, lower-cased (every character stays where it was), the twin finds what the
    pattern finds, three times faster or more. Most messages have no match to look at."""
    return not text.isascii() or twin.search(text.lower()) is not None


def clean(text: str) -> str:
    """Return `text` with odd spaces made plain and runs of whitespace collapsed; typography kept."""
    # str.split() cuts at what the pattern \s+ finds (both know whitespace by str.isspace),
    # in a fraction of the time.
    return " ".join(text.translate(_SPACES).split())


def fold(text: str) -> str:
    """Return `text` with typographic variants folded to ASCII and whitespace collapsed."""
    return " ".join(text.translate(CHAR_FOLDS).split())


def fold_for_compare(text: str) -> str:
    """Fold `text` for a verbatim check: typography and spacing never count, words do."""
    folded = fold(text)
    # "was—outside" and "was - outside" are the same words; spacing around dashes never matters.
    folded = re.sub(r"\s*-\s*", "-", folded)
    return folded.casefold()


# Discord markup that carries no meaning for a question.
DISCORD_TOKENS = re.compile(
    r"<a?:\w+:\d+>"  # custom emoji
    r"|<[@#][!&]?\d+>"  # user, role and channel mentions
    r"|<t:\d+(?::\w)?>"  # timestamps
    r"|:[a-z0-9_+-]+:"  # :shortcode: emoji
    r"|https?://\S+",
    re.IGNORECASE,
)
_MARKDOWN = re.compile(r"[*_~`|>#]+")


def strip_chat_noise(text: str) -> str:
    """Remove mentions, emoji, links and markdown that fans wrap questions in."""
    text = DISCORD_TOKENS.sub(" ", text)
    text = _MARKDOWN.sub(" ", text)
    # Unicode emoji and pictographs are symbols ("So") or modifiers; drop them.
    text = "".join(" " if unicodedata.category(ch) in {"So", "Sk", "Cs", "Co"} else ch for ch in text)
    return fold(text)


# Struck-through words are ones the writer takes back ("~~dean~~ jess is the best bf"), or a
# joke beside the real question; they are not what is asked.
_STRUCK_THROUGH = re.compile(r"~~(?!~)[^\n]*?~~")


def drop_struck_through(text: str) -> str:
    """`text` without its ~~struck-through~~ parts, unless that is all there is."""
    if "~~" not in text:
        return text
    kept = _STRUCK_THROUGH.sub(" ", text)
    return kept if any(char.isalnum() for char in kept) else text


# A word as a fan types it, apostrophes and all ("didn't", "jess's"): what surface_words reads as one.
WORD_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

# A fan taking back what they typed, mid-message: "who played luke no wait who played jess",
# "who played luke, sorry, i meant rory", "..., scratch that, ...". Not at the start, where
# "wait" only opens the message. A bare "i mean" also rephrases ("what did he say, i mean
# did he like them"): it corrects only a name ("who played luke i mean jess").
_TAKING_BACK = (
    r"(?:no\s+wait|wait\s+no|scratch\s+that|no\s+i\s+meant?|i\s+meant"
    r"|(?:sorry|oops|whoops|my\s+bad)[\s,.]+(?:no[\s,.]+)?(?:wait|i\s+meant?))"
)
_TAKEN_BACK = re.compile(
    rf"(?<=\w)[\s,.;:!?-]+(?:(?P<firmly>{_TAKING_BACK}(?:[\s,.]+(?:{_TAKING_BACK}|i\s+mean))*)|i\s+mean)"
    r"\b[\s,.;:!-]*(?=\w)",
    re.IGNORECASE,
)
# "*jess" sent after the message: the star marks the correction of a word typed wrong.
_STARRED_CORRECTION = re.compile(r"(?<=\S)\s+\*(\w[\w' ]{0,40}?)\s*$")
_FRAGMENT_WORDS_MAX = 3  # "no wait, team jess": words that stand for some typed before; more ask anew
_STARRED_SIMILARITY_MIN = 70  # "rival *revival": how alike a starred word and the word it fixes are


def read_corrections(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` as the fan meant it once they corrected themselves.

    What follows "no wait", "scratch that" or "sorry, i meant" is asked instead when it is a
    question of its own ("who played luke no wait who played jess"); a name stands for the
    last name before ("who played luke i mean jess", "who played luke *jess"), a few other
    words for those typed from where their first word last was ("is he team dean no wait team
    jess"), and a starred word for the word most like it ("a rival *revival"). "i mean" alone
    corrects only a name: "jess was, i mean, the best" is read as written."""
    if text.count("*") == 1 and (starred := _STARRED_CORRECTION.search(text)) is not None:
        before, word = text[: starred.start()], starred[1]
        return _renamed(before, word, names_someone) or _respelt(before, word) or text
    # Every way of taking words back holds one of these: most messages hold none.
    if not _holds_any(text, ("wait", "mean", "scratch")):
        return text
    if (taken_back := _TAKEN_BACK.search(text)) is None:
        return text
    spans = _token_spans(text)
    if _in_a_span(spans, taken_back.end()):
        return text
    # The colon closing a ":shortcode:" may open the words taking it back: the emoji stays whole.
    cut = next((end for start, end in spans if start <= taken_back.start() < end), taken_back.start())
    before, after = text[:cut], text[taken_back.end() :]
    said = after.rstrip(" ?!.")
    if (renamed := _renamed(before, said, names_someone)) is not None:
        return renamed + after[len(said) :]
    if not taken_back["firmly"]:
        return text
    words = said.split()
    if _opens_a_question(words, after_fillers=True) or len(words) > _FRAGMENT_WORDS_MAX:
        return after
    # A few words stand for those typed from the last place their first word was ("about the
    # reboot, oops wait, the podcast host"), or one word for the last one.
    typed = _words_outside_tokens(before)
    recent = typed[-2 * len(words) - 1 :]
    first = words[0].lower()
    start = next((found for found in reversed(recent) if found[0].lower() == first), None)
    if start is None and len(words) == 1 and len(typed) > 1:
        start = typed[-1]
    return text if start is None else before[: start.start()] + after


def _renamed(text: str, name: str, names_someone: Callable[[str], bool]) -> str | None:
    """`text` with its last name (one or two words) written as `name`; None when `name` names no
    one, or `text` holds no name."""
    if not names_someone(name):
        return None
    words = _words_outside_tokens(text)
    for end in range(len(words) - 1, -1, -1):
        for start in (end - 1, end):
            if start >= 0 and names_someone(text[words[start].start() : words[end].end()]):
                return text[: words[start].start()] + name + text[words[end].end() :]
    return None


def _words_outside_tokens(text: str) -> list[re.Match[str]]:
    """The words of `text`, but those inside mentions, custom emoji and links."""
    spans = _token_spans(text)
    return [found for found in WORD_TOKEN.finditer(text) if not _in_a_span(spans, found.start())]


def _token_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`'s mentions, custom emoji and links are."""
    if "<" not in text and ":" not in text:  # every such token holds one
        return []
    return [found.span() for found in DISCORD_TOKENS.finditer(text)]


def _in_a_span(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def _respelt(text: str, word: str) -> str | None:
    """`text` with the word most like `word` (the last of equals) written as `word`; None when
    none is alike enough to be the word it corrects."""
    scored = [
        (fuzz.ratio(found[0].lower(), word.lower()), found.start(), found)
        for found in _words_outside_tokens(text)
    ]
    if not scored:
        return None
    similarity, _, found = max(scored, key=lambda scored_word: scored_word[:2])
    if similarity < _STARRED_SIMILARITY_MIN:
        return None
    return text[: found.start()] + word + text[found.end() :]


# A channel of the server, typed by name ("someone in #general said milo ..."): where the fan
# saw something, not what they ask. A hashtag on its own ("#teamjess") is kept.
_IN_A_CHANNEL = re.compile(r"(?i)\b(?:in|on|from|over\s+in)\s+#[^\W_][\w-]*")


def drop_channel_names(text: str) -> str:
    """`text` without the server channels it names as where something was said or seen."""
    if "#" not in text:
        return text
    return _IN_A_CHANNEL.sub(" ", text)


# A command, typed as for a bot that reads text commands ("!faq jess actor", "/ask who played
# luke", "?q revival", ".faq"): one mark, then the command's name, at the very start.
_BOT_COMMAND = re.compile(r"^\s*[!?/.$%](?![!?/.$%])([^\W\d_]\w*)")


def drop_bot_command(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` without a command name it opens with; a name of someone stays ("?jess actor")."""
    command = _BOT_COMMAND.match(text)
    if command is None or names_someone(command[1]):
        return text
    return text[command.end() :]


# Discord's block quotes: "> " quotes its line, ">>> " the rest of the message.
_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?(?!>>)(.*)$", re.MULTILINE)
_QUOTED_REST = re.compile(r"^[ \t]*>>>[ \t]?", re.MULTILINE)


def block_quoted(text: str) -> tuple[str, str] | None:
    """What a message quotes as a block ("> things are complicated when you're young"), its
    lines joined, and the rest of the message; None when it quotes nothing."""
    rest, quoted_rest = text, ""
    if (opening := _QUOTED_REST.search(text)) is not None:
        rest, quoted_rest = text[: opening.start()], text[opening.end() :]
    found = [line.strip() for line in _QUOTED_LINE.findall(rest)]
    quoted = " ".join(filter(None, [*found, quoted_rest.strip()]))
    if not quoted:
        return None
    return quoted, _QUOTED_LINE.sub("", rest).strip()


# Words a fan quotes inside a message: "...", curly quotes, or single quotes that no letter
# touches from outside ("milo said 'why wouldn't i' about what": the apostrophe in "wouldn't"
# neither opens nor closes).
_INLINE_QUOTED = re.compile(
    r"\"([^\"\n]+)\"|\u201c([^\u201d\n]+)\u201d|(?<![^\W_])['\u2018]([^\n]+?)['\u2019](?![^\W_])"
)


def _may_quote(text: str) -> bool:
    """False when `text` opens no quotation: no quotation mark but the apostrophe of "milo's",
    which most messages hold (a single quote opens a span only at the start or after a space)."""
    return '"' in text or "\u201c" in text or "\u2018" in text or " '" in text or text.startswith("'")


def inline_quoted(text: str) -> list[str]:
    """The words `text` puts in quotation marks, each span on its own."""
    if not _may_quote(text):
        return []
    return [next(filter(None, found.groups())) for found in _INLINE_QUOTED.finditer(text)]


def inline_quoted_apart(text: str) -> list[tuple[str, str]]:
    """Each span of words `text` puts in quotation marks, with the rest of `text` without it."""
    if not _may_quote(text):
        return []
    return [
        (next(filter(None, found.groups())), f"{text[: found.start()]} {text[found.end() :]}".strip())
        for found in _INLINE_QUOTED.finditer(text)
    ]


def truncate(text: str, limit: int, *, ellipsis: str = "…") -> str:
    """Cut `text` to at most `limit` characters at a word boundary, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ellipsis))]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + ellipsis


# Whitespace after a full stop, question or exclamation mark, an emoji (fans end a sentence
# with one: "i only know scott from his podcast 😅 who did he play"), or a run of newlines. Every
# break opens with one whitespace character, and is written so: a pattern that opens with a
# set lets the regex engine skip ahead to where one can start, where an alternation or a
# look-behind first has it try the whole pattern at every character (twice as slow).
_SENTENCE_BREAK = re.compile(r"\s(?:(?<=[.!?\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]\s)\s*|(?<=\n)\n*)")
# Commas, semicolons, brackets, ellipses ("..", "\u2026") and dashes between spaces end a
# clause; a hyphen inside a word ("sherman-palladino") does not. Opened by a set, like the above.
_CLAUSE_BREAK = re.compile(
    r"[,;()\[\]\u2026.\s](?:(?<=[,;()\[\]\u2026])|(?<=\.)\.+|(?<=\s)[-\u2013\u2014]+\s)"
)
WH_WORDS = ("who", "what", "when", "where", "why", "how", "which", "whose")
_WH_OPENERS = frozenset(WH_WORDS) | {"whos", "whats"}
# Verbs that open a yes-or-no question ("is milo team dean", "did he come back").
_VERB_OPENERS = "is isnt was wasnt are were does did do would will can could should has have".split()
_QUESTION_OPENERS = _WH_OPENERS.union(
    _VERB_OPENERS,
    # Question words as fans misspell them most ("wat did milo say", "wich actor was it").
    "wat wut wht wats wuts waht wich whch whih wher wen hw".split(),
)


# Dictating by voice, a fan says the punctuation ("so who played jess question mark"), and
# a phone may type the words out. "period" and "full stop" are ordinary words too ("that
# period of his life"): only before the end or a new question do they end a sentence.
_NEXT_SENTENCE = (  # words that start a new sentence after a spoken "period"
    "who whats what when where why how which did does do is was are were can could would will so and but i"
)
_SPOKEN_MARKS = (
    (re.compile(r"(?i)\s*\bquestion\s+mark\b"), "?"),
    (re.compile(r"(?i)\s*\bexclamation\s+(?:point|mark)\b"), "!"),
    (re.compile(r"(?i)\s*\bcomma\b"), ","),
    (
        re.compile(
            r"(?i)\s*\b(?:period|full\s+stop)\b"
            rf"(?=\s*(?:$|[^\w\s]|(?:{'|'.join(_NEXT_SENTENCE.split())})\b))"
        ),
        ".",
    ),
)
_SPOKEN_MARK_WORDS = ("question mark", "exclamation", "comma", "period", "full stop")


def read_spoken_punctuation(text: str) -> str:
    """`text` with punctuation said aloud and typed out by dictation written as marks."""
    if not _holds_any(text, _SPOKEN_MARK_WORDS):
        return text
    for spoken, mark in _SPOKEN_MARKS:
        text = spoken.sub(mark, text)
    return text


@lru_cache(maxsize=1024)
def _cut_at_sentence_breaks(text: str) -> tuple[str, ...]:
    """`text` cut as `_SENTENCE_BREAK.split` cuts it. A message is cut again by a dozen
    readings, and by each again for every part of it that is read alone."""
    return tuple(_SENTENCE_BREAK.split(text))


@lru_cache(maxsize=1024)
def sentences(text: str) -> tuple[str, ...]:
    """The sentences of `text`, stripped, without empty ones."""
    return tuple(part.strip() for part in _cut_at_sentence_breaks(text) if part.strip())


# A message the engine cannot answer whole is cut three ways, each from its asking sentence.
@lru_cache(maxsize=256)
def last_asked_sentence(text: str) -> str | None:
    """The last sentence of a several-sentence message that asks something, if any.

    A fan often sets the scene before asking ("im on season 2 and ... who played him?"):
    a sentence of three words or more asks when it ends with a question mark or opens
    with a question word. A message of one sentence gives none: it is asked as a whole.
    """
    parts = sentences(text)
    if len(parts) < 2:
        return None
    # A word or two ("source??", "why tho?") only makes sense with the rest of the message.
    long_enough = [sentence for sentence in parts if len(sentence.split()) >= 3]
    # A check ("MILO IS TEAM DEAN?? THE BETRAYAL. is this real") asks whether the rest is so:
    # the sentence that asks is among the rest, when one does.
    checked = [s for s in long_enough if not (_may_end_in_confirmation(s) and _only_a_check(s))]
    return _asking_sentence(checked) or _asking_sentence(long_enough)


def _asking_sentence(candidates: list[str]) -> str | None:
    # One that opens with a question word asks; one that only ends with a question mark may be
    # a guess at the answer ("which actor was jess mariano again? the this is us guy?"). Not a
    # comparison set after the question ("would milo come back? like how the fuller house cast
    # all came back"): "like" opens it, and no question mark ends it.
    return next(
        (
            sentence
            for sentence in reversed(candidates)
            if _opens_a_question(sentence.split(), after_fillers=True) and not _a_comparison(sentence)
        ),
        next((sentence for sentence in reversed(candidates) if sentence.endswith("?")), None),
    )


_COMPARISON = re.compile(
    r"(?i)^\W*(?:just\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?like\s+(?:how|when|where|what)\b"
    # "like what did he say", "like how old is he": a question after all.
    r"(?!\s+(?:[\w'\u2019]+\s+)?(?:did|does|do|is|was|were|are|would|will|could|can|has|have|had|should)\b)"
)


def _a_comparison(sentence: str) -> bool:
    """True when `sentence` compares rather than asks: "like how the cast came back", with no
    question mark and no question after the question word."""
    return not sentence.rstrip().endswith("?") and _COMPARISON.match(sentence) is not None


# "whats scott's podcast called and who was on it", "who did scott play, and would he come
# back": a second question joined to the first.
_NEXT_QUESTION = re.compile(
    r"(?i)(?:[,;]\s*|\s+)(?:and|also|plus)\s+(?=(?:"
    + "|".join(sorted(_QUESTION_OPENERS))
    + r")(?:['\u2019]s)?\s)"
)


_ASIDE_WORDS_MAX = 4  # words of a greeting or a sign-off beside several questions


def first_of_several_questions(text: str) -> str | None:
    """The first question of a message that asks several, one after another, and nothing else
    ("who wrote this and what podcast is it about", "how old was milo? what show was he on
    then?"): answered alone, it is an answer to what was asked, where the whole reads as two
    entries at once. None when the message asks one question or tells anything besides a
    greeting or a sign-off (a long post's questions come with its scene), or the first is under
    three words or opens with no question word."""
    questions = []
    for sentence in sentences(text):
        for piece in _NEXT_QUESTION.split(sentence):
            words = piece.split()
            if piece.endswith("?") or _opens_a_question(words, after_fillers=True):
                questions.append(piece)
            elif len(words) > _ASIDE_WORDS_MAX:
                return None  # besides them, a greeting or a sign-off ("hey everyone!"), not a scene
    if len(questions) < 2:
        return None
    # One that only ends with a question mark may set up the next ("the guy from this is us
    # was in gilmore girls?? who did he play").
    first = questions[0].split()
    return questions[0] if len(first) >= 3 and _opens_a_question(first, after_fillers=True) else None


# A word capitalised inside its sentence is likely a name ("I love Lane Kim", "I just watched
# Heroes"): what a fan tells of may be what they ask about, and a name is kept.
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;:'\u2019\")] )[A-Z][\w'\u2019-]*")


@lru_cache(maxsize=256)
def told_around_a_question(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentences of a several-sentence message that ask (end with a question mark or open
    with a question word), and those that only tell, the latter without the words capitalised
    inside them. Neither when the message is one sentence or none asks."""
    parts = sentences(text)
    if len(parts) < 2:
        return (), ()
    asking = tuple(
        part for part in parts if part.endswith("?") or _opens_a_question(part.split(), after_fillers=True)
    )
    if not asking:
        return (), ()
    told = tuple(_CAPITALISED_INSIDE.sub(" ", part) for part in parts if part not in asking)
    return asking, told


@lru_cache(maxsize=256)
def sentences_told(text: str) -> tuple[str, ...]:
    """The sentences of a several-sentence message none of whose sentences asks (none when one
    does, or when it is one sentence): a claim and the remarks around it ("milo said jess was
    a great match for rory. checkmate logan fans"). A question mark, or a sentence opening
    with a question word, asks: `last_asked_sentence` reads those."""
    if "?" in text:
        return ()
    parts = sentences(text)
    if len(parts) < 2 or any(_opens_a_question(part.split(), after_fillers=True) for part in parts):
        return ()
    return parts


_GUESS_WORDS_MAX = 6


# Quiz and trivia formats ("True or false: milo is 44", "Q3. name the actor who played jess",
# "Multiple choice: luke was played by A) ... B) ..."): the label asks nothing, and the options
# offered are guesses at the answer, which read with the question pull it toward what they
# name (and name people the sources never mention). The question is what is left.
_QUIZ_LABEL = re.compile(
    r"(?i)^\s*(?:(?:quiz|trivia)(?:\s+(?:time|round|question|q)\s*\d*)?\s*[:.)\-]+\s*)?"
    r"(?:(?:q|question|#)\s*\d+\s*[:.)\-]+\s*)?"
    r"(?:(?:true\s+or\s+false|t\s*/\s*f|t\s+or\s+f|fill\s+in\s+the\s+blanks?|multiple\s+choice"
    r"|(?:finish|complete)\s+(?:the\s+|this\s+)?(?:[^\W\d_]+['\u2019]s\s+)?(?:quote|sentence|line)"
    r"(?:\s+from\s+the\s+(?:article|fan\s+question|podcast|interview))?)"
    r"\s*(?:[:?.)\-]+\s*|\s+(?=\S)))?"
)
# Options lettered "a)" or "(a)", two or more in a row, to the end of the message.
_QUIZ_OPTIONS = re.compile(r"(?i)(?<!\w)\(?a\)\s*\S.*?(?<!\w)\(?b\)\s*\S.*$", re.DOTALL)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def drop_quiz_format(text: str) -> str:
    """`text` without a quiz's label and lettered options, unless nothing else is left. A blank
    ("____") stays: it is no word, and it keeps a word before it from ending the sentence
    ("... made for the right ____" is no "..., right?")."""
    kept = _QUIZ_LABEL.sub("", text, count=1)  # anchored: tried at the start only
    if "a)" in kept or "A)" in kept:
        kept = _QUIZ_OPTIONS.sub("", kept)
    return kept.strip() if _LETTER_OR_DIGIT.search(kept) else text


# "Hi all, Margaret here.", "longtime lurker here, ...", "... Sincerely, Helen": who is asking,
# said at the start or signed at the end, is not what they ask; read as words, a name no
# source uses weighs as much as what is asked. Only a few words with no verb or question
# word ("rory is so confused here lol" says something), and only with more after (or before).
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[.!?,;:]))\s*(?P<who>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+(?:here|speaking)\s*[.!,;:\-]+\s*(?=\S)",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"(?P<end>[.!?,])\s*(?i:sincerely|regards|kind\s+regards|best\s+regards|warm\s+regards|best\s+wishes"
    r"|warmly|yours|yours\s+truly|many\s+thanks|with\s+thanks|thank\s+you|thanks|cheers|love|best)"
    r"\s*,?\s+[A-Z][a-z]+\.?\s*$"
)
_NOT_AN_INTRODUCTION = frozenset(
    "is are was were am be been do does did who what when where why how which whats whos it this that".split()
)


# Fans who roleplay in the server act between asterisks or underscores ("*pours coffee* who
# played jess?", "... *adjusts clipboard*"): an action standing apart from the sentences, at the
# start or end of the message or between sentences, is no part of what they ask. Emphasis
# inside a sentence ("did milo *really* say that") stays, as does a message all in italics.
_ROLEPLAY_ACTION = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:(?<!\*)\*(?!\*)[^*\n]+(?<!\*)\*(?!\*)|(?<!_)_(?!_)[^_\n]+(?<!_)_(?!_))"
    r"\s*(?=$|[A-Za-z0-9\"'(])"
)


def drop_roleplay_actions(text: str, is_asked_about: Callable[[str], bool]) -> str:
    """`text` without the actions a roleplaying fan sets between asterisks apart from their
    sentences ("*adjusts fedora* who played jess?"), unless that is all there is. Words
    `is_asked_about` (the sources' own, or only names: "*right reason*, where's it from",
    "*jess and rory* endgame?") are set apart for emphasis, and stay."""
    if "*" not in text and "_" not in text:
        return text

    def dropped(found: re.Match[str]) -> str:
        return found[0] if is_asked_about(found[0].strip(" *_")) else " "

    kept = _ROLEPLAY_ACTION.sub(dropped, text).strip()
    return kept if any(char.isalnum() for char in kept) else text


# "Kirk: did milo say ...", "miss patty: would he come back": who is speaking, labelled as in a
# script, as fans who roleplay write.
_SPEAKER_LABEL = re.compile(r"\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:\s+(?=\S)")
_THIRD_PERSON = frozenset("he she him her his hers they them their theirs".split())


def drop_speaker_label(
    text: str, unknown: Callable[[str], bool], names_someone: Callable[[str], bool]
) -> str:
    """`text` without a label it opens with that says who is speaking ("Kirk: ..."): words
    `unknown` to the sources, before a question that says whom it is about. A label of words the
    sources use ("luke: who played him?", "question: ...") may be what is asked about, and so
    may any label before a question that only says "he" or "she" ("Paris: who played her?")."""
    found = _SPEAKER_LABEL.match(text)
    if found is None or not unknown(found["label"]):
        return text
    rest = text[found.end() :]
    words = {word.lower() for word in WORD_TOKEN.findall(rest)}
    if not _THIRD_PERSON.isdisjoint(words) and not names_someone(rest):
        return text
    return rest


def drop_introductions(text: str) -> str:
    """`text` without a fan saying who they are before asking ("Margaret here.", "Taylor Doose
    speaking,") or signing their name after it ("Sincerely, Helen")."""

    def dropped(found: re.Match[str]) -> str:
        words = found["who"].casefold().split()
        return found[0] if not _NOT_AN_INTRODUCTION.isdisjoint(words) else " "

    text = _rewritten(text, ("here", "speaking"), _INTRODUCTION, dropped)
    # A signature ends with a capitalised name: most messages end otherwise.
    last = text.rstrip(" .").rpartition(" ")[2]
    if last[:1].isupper() and last.isalpha():
        text = _SIGNATURE.sub(r"\g<end>", text)
    return text.strip()


def drop_trailing_guesses(text: str) -> str:
    """`text` without the guesses at the answer a fan adds after asking ("who played luke? the
    podcast guy?", "which actor was jess again? the this is us guy?"): short sentences that
    end with a question mark but open with no question word, after one that opens or ends with
    one. Read with the question, a guess pulls the message toward the entry on what it names."""
    if text.count("?") < 2:
        return text
    breaks = list(_SENTENCE_BREAK.finditer(text))
    ends = [found.start() for found in breaks] + [len(text)]
    starts = [0] + [found.end() for found in breaks]
    sentences = [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    cut = len(sentences)
    while cut > 1:
        words = sentences[cut - 1].split()
        if not (
            sentences[cut - 1].endswith("?")
            and len(words) <= _GUESS_WORDS_MAX
            and not _opens_a_question(words, after_fillers=True)
        ):
            break
        cut -= 1
    if cut == len(sentences) or not _asks_outright(sentences[cut - 1].split()):
        return text
    return text[: ends[cut - 1]]


def _asks_outright(words: list[str]) -> bool:
    """True when `words`, a sentence, open with a question word (after "wait", "ok so") or end
    with one ("i am all in is hosted by who?", "the revival came out when?")."""
    if _opens_a_question(words, after_fillers=True):
        return True
    last = words[-1].lower().translate(_NOT_IN_OPENER).rstrip("?!.,") if words else ""
    return last in _WH_OPENERS


# Markdown and quotes around a word, and the apostrophe of a contraction ("who's", "isn’t").
_NOT_IN_OPENER = str.maketrans("", "", "*_~`'\"‘’")


# Words a fan opens with before the question itself ("wait which actor was it", "ok so who ...").
_LEAD_FILLERS = frozenset("wait ok okay so hey oh um uh hmm lol ngl tbh also and but like yo".split())


def _opens_a_question(words: list[str], *, after_fillers: bool = False) -> bool:
    """True when `words` open with a question word; `after_fillers`: or do after "wait", "ok so"."""
    # A mention or emoji before it ("<@123> who plays luke, the diner guy") opens nothing.
    openers = (word.lower().translate(_NOT_IN_OPENER) for word in words if not DISCORD_TOKENS.fullmatch(word))
    if after_fillers:
        openers = (word for word in openers if word.strip(",.!") not in _LEAD_FILLERS)
    return next(openers, "") in _QUESTION_OPENERS


# Family as fans name it, and partners: someone's relatives on the show.
KIN = (
    r"(?:dad|daddy|father|pops|papa|son|brother|bro|cousin|uncle|nephew|grandpa|grandfather|grandson"
    r"|mom|mum|mother|sister|sis|daughter|aunt|niece|grandma|grandmother|granddaughter"
    r"|step\s?(?:dad|father|son|mom|mum|mother|daughter|brother|sister)|half\s+(?:brother|sister))"
)
_PARTNER = r"(?:girlfriend|boyfriend|gf|bf|wife|husband|ex|partner|crush|love\s+interest)"
# "you" as fans type it, and what it reads as once the one addressed is named ("your" is theirs).
_YOU_FORMS = {
    **dict.fromkeys(("you", "u", "ya", "yourself", "urself"), ""),
    **dict.fromkeys(("your", "ur", "yours"), "'s"),
    **dict.fromkeys(("you're", "youre"), " is"),
    **dict.fromkeys(("you'd", "youd"), " would"),
    **dict.fromkeys(("you've", "youve"), " has"),
    **dict.fromkeys(("you'll", "youll"), " will"),
}
_YOU = re.compile(
    r"(?i)(?<![\w'\u2019])(?:"
    + "|".join(form.replace("'", "['\u2019]") for form in sorted(_YOU_FORMS, key=len, reverse=True))
    + r")(?![\w'\u2019])"
)
_NAME_WORDS = r"[^\W\d_]+(?:\s+[^\W\d_]+)??"  # one word, or two ("milo ventimiglia")
# Someone addressed by name before the question: "milo, would you come back", "hey milo where
# did you grow up", "scott be honest are you team dean".
_ADDRESSED_FIRST = re.compile(
    rf"(?i)^(?P<before>(?:\s*{DISCORD_TOKENS.pattern})*\W*(?:(?:{'|'.join(sorted(_LEAD_FILLERS))}|hi|hii|hello|hiya|dear)\W+)*)"
    rf"(?P<name>{_NAME_WORDS})"
    rf"(?:\s*[,:!\u2013\u2014-]+\s*|\s+(?=(?:{'|'.join(sorted(_WH_OPENERS))}|be|tell|pls|please|plz|honestly)\b"
    # A verb after the name asks them only when "you" follows it: "milo was jess right" (then
    # "thank you") tells who Milo was.
    rf"|(?:{'|'.join(_VERB_OPENERS)})\s+{_YOU.pattern.removeprefix('(?i)')}))"
)
# ... or after it: "are you team dean, milo?", "do you agree milo".
_ADDRESSED_LAST = re.compile(
    r"(?i)(?:\s*,\s*|(?P<word>\b(?:agree|think|honestly|right|tho|though|lol|pls|please)\s+))"
    rf"(?P<name>{_NAME_WORDS})(?P<end>\W*)$"
)


_THANKING = re.compile(r"(?i)\bthank\s+$")
_RELATIVE_AFTER = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?(?:{KIN}|{_PARTNER})\b")


def _names_someone_only(words: str, names_someone: Callable[[str], bool]) -> bool:
    # Each word: "right for rory" names Rory, but "for" is no name.
    return all(map(names_someone, words.split()))


def read_addressed_as_named(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` with "you" read as the one it addresses by name, and the name that addresses them
    left out: "milo where did you grow up" asks where Milo grew up, and "was jess a good bf in
    your opinion, milo" Milo's view. Not when no one is addressed ("would you come back" may
    ask the bot), nor when a name opens a claim ("milo said you should never ..."): then it is
    read as typed. `names_someone` tells words that name people or characters only."""
    if _YOU.search(text) is None:
        return text
    found = _ADDRESSED_FIRST.match(text)
    if found is not None and _names_someone_only(found["name"], names_someone):
        before, rest = found["before"], text[found.end() :]
    else:
        found = _ADDRESSED_LAST.search(text)
        if found is None or not _names_someone_only(found["name"], names_someone):
            return text
        before, rest = "", text[: found.start()] + (found["word"] or "").rstrip() + found["end"]
    name = found["name"]

    def named(you: re.Match[str]) -> str:
        form = _YOU_FORMS[you[0].lower().replace("\u2019", "'")]
        if _THANKING.search(you.string, 0, you.start()):  # "thank you" thanks the bot
            return you[0]
        # An actor addressed as their character ("milo who played ur uncle on the show"): their
        # family and partners are the character's, whom the name does not say.
        if form == "'s" and _RELATIVE_AFTER.match(you.string, you.end()):
            return you[0]
        return name + form

    read = _YOU.sub(named, rest)
    return text if read == rest else before + read


# Words that open chat's asides after a question, when a fan types on without a full stop
# ("who played jess sorry the dog is on my keyboard", "is milo team dean brb dinner",
# "rory actress name pls, asking for my mom who calls her the yale girl"); and a clause of the
# fan's own that ends the message ("whats his name again, my brain is soup rn", "is milo team
# dean or not, i need to know whether to riot"). Not one with a sentence after it: "scott
# patterson has a podcast, i am told. what is it called" asks in the next.
_ASIDE = re.compile(
    r"(?i)\s(?:sorry|sry|soz|apologies|thanks|thank\s+(?:you|u)|thx|ty|tysm|cheers|many\s+thanks"
    r"|much\s+love|love\s+from|greetings\s+from|brb|gtg|gotta\s+go|gonna\s+go|lol|lmao|lmfao|haha+"
    r"|hehe+|no\s+worries|no\s+pressure|no\s+rush|btw|kthx\w*|asking\s+for)\b"
    r"|,\s*(?:my|i|im|i['\u2019]m|ive|i['\u2019]ve)\b(?=[^.?!]*[.?!]*\s*$)"
)
_ASIDE_TWIN = case_sensitive_twin(_ASIDE)


# What only leads to a question told, with nothing told yet ("my mum wants to know asking for
# my mom: how old was milo ..."): before an aside, it is no question.
_LEADING_TO_A_QUESTION = re.compile(
    r"(?i)\b(?:know|ask|asks|asked|asking|wonder|wonders|wondered|wondering|curious)\W*$"
)


def question_before_aside(text: str) -> str | None:
    """The question before the first aside a fan types on with ("... sorry the dog is sitting on
    my keyboard", "... brb dinner"), when three words or more come before it."""
    if not may_match(_ASIDE_TWIN, text):
        return None
    for found in _ASIDE.finditer(text):
        before = text[: found.start()].rstrip(" ,;:-")
        if len(before.split()) >= 3:
            return None if _LEADING_TO_A_QUESTION.search(before) else before
    return None


# "does milo think they needed each other or was it just teen hormones", "is jess coming back
# or do i need to start a petition": a yes-or-no question with another guess after "or". The
# first side asks what the sources may settle; the guess after it, often a joke, may not.
_OTHER_GUESS = re.compile(
    rf"(?i),?\s+or\s+(?=(?:{'|'.join(_VERB_OPENERS)}|didnt|doesnt|dont|had|am|just|nah+|nope|not)\b)"
)


def question_before_another_guess(text: str) -> str | None:
    """The yes-or-no question before another guess ("... or is he over it"), in the message's
    asking sentence, when it is three words or more."""
    sentence = last_asked_sentence(text) or text
    found = _OTHER_GUESS.search(sentence)
    if found is None:
        return None
    before = sentence[: found.start()]
    words = before.split()
    if len(words) < 3 or not _opens_a_question(words, after_fillers=True) or _WH_WORD.match(before.lstrip()):
        return None
    return before


# A question told rather than asked ("my friend keeps asking why jess and rory broke up and i
# have no clue", "i always forget how old milo was in the article"): what follows the verb of
# asking, knowing, forgetting or needing, from its question word (or after "if", "whether"), is the
# question, up to the end of its clause or a clause of the fan's own ("... and i forgot").
_TOLD_QUESTION = re.compile(
    r"(?i)\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|remember|forgot|need|needs"
    r"|forgotten|forget|forgets|recall|recollect|tell\s+(?:me|us)|find\s+out|figure\s+out|curious"
    r"|no\s+idea|not\s+sure|unsure)"
    r"\s+(?:(?:me|us|him|her|you|u)\s+)?"
    r"(?:(?:if|whether)\s+(?P<whether>[^.?!;,\n]+)"
    # "i've forgotten the name of the actor who played jess" asks the name as "what is" would.
    r"|(?P<question>(?:who|what|why|how|when|where|which|the\s+name\s+of)\b[^.?!;,\n]+))"
)
_FANS_OWN_CLAUSE = re.compile(
    r"(?i)\s+(?:and|but|so|cause|cuz|because|bc)\s+(?:i|im|i['\u2019]m|my|we|she|he|they)\b.*$"
)
_TOLD_QUESTION_MARKERS = tuple(
    "ask wonder know remember forg tell find figure curious sure idea recall recollect need".split()
)


def told_question(text: str, names_something: Callable[[str], bool]) -> str | None:
    """The question a fan tells of rather than asks ("she asked me who plays rory and i blanked"),
    when three words or more, and nothing after it asks about something of its own: in "he keeps
    asking if jack and jess are alike. did milo ever compare them?", the last sentence asks.
    `names_something` tells whether a clause asks about anything ("who is it again" does not)."""
    if not _holds_any(text, _TOLD_QUESTION_MARKERS):
        return None
    for found in _TOLD_QUESTION.finditer(text):
        question = _FANS_OWN_CLAUSE.sub("", found["question"] or found["whether"]).strip()
        if len(question.split()) < 3:
            continue
        if any(names_something(clause) for clause in _asking_clauses(text[found.end() :])):
            return None
        return question
    return None


# A fan putting claims to the bot to settle: "bf says milo thinks jess was bad for rory. i
# think he said they needed each other. who's right?", "friend swears milo said 'why wouldn't
# i' about coming back. legit?". Each claim opens with whoever holds it and how; the next may
# follow in the same sentence ("..., i said lauren graham", "..., mom says no").
_HOLDING = (
    r"(?:(?:keeps|kept)\s+saying|(?:is|was)\s+(?:saying|convinced|sure|adamant)|says|said|say|claims?"
    r"|claimed|insists?|insisted|swears?|swore|thinks?|thought|reckons?|reckoned|believes?|believed"
    r"|argues?|argued|bets?)"
)
_THE_FANS_OWN_HOLDING = (
    r"(?:i['\u2019]?m\s+(?:like|(?:pretty\s+)?(?:sure|convinced))|i\s+am\s+(?:pretty\s+)?sure)"
)
# A message that holds a claim has one of these somewhere: a quick test of the lower-cased
# message, before reading it closely (case-blind and at word starts only, it cost more).
_ANY_HOLDING = re.compile(f"{_HOLDING}|{_THE_FANS_OWN_HOLDING}")
_CLAIM_HELD = re.compile(
    r"(?i)^\s*(?:(?:but|and|while|whereas|so|ok|okay|lol|meanwhile)[\s,]+)?"
    rf"(?:(?P<holder>(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+)\s+(?P<holding>{_HOLDING})|{_THE_FANS_OWN_HOLDING})"
    r"(?:\s+(?:that|like))?[\s,:]+(?=\S)"
)
_NEXT_CLAIM = re.compile(
    rf"(?i)(?:\s*[,;]\s*|\s+)(?:(?:but|and|while|whereas)\s+)?(?=i\s+{_HOLDING}\b|{_THE_FANS_OWN_HOLDING})"
    # "..., mom says no its someone else": another's claim after a comma.
    rf"|\s*[,;]\s*(?:(?:but|and|while|whereas)\s+)?(?=(?:(?:my|his|her|our)\s+)?[^\W\d_]+\s+{_HOLDING}\b)"
)
_NEXT_CLAIM_TWIN = case_sensitive_twin(_NEXT_CLAIM)
# A sentence asking only to settle the claims: "who's right?", "which is it", "true or false".
_SETTLE_ONLY = re.compile(
    r"(?i)^\W*(?:(?:so|ok|okay|lol|pls|please|bot|well|then|now)\W+)*"
    r"(?:who(?:['\u2019]?s|\s+is|\s+was)\s+(?:right|correct|wrong|closer|winning)|(?:so\s+)?who\s+wins"
    r"|which\s+(?:one\s+)?of\s+us\s+(?:is\s+)?(?:right|correct|wrong|closer|wins)|which\s+(?:one\s+)?is\s+it"
    r"|settle\s+(?:it|this|that)(?:\s+for\s+(?:us|me))?|true(?:\s+or\s+(?:false|not))?|legit|real|correct|right"
    r"|(?:is|was)\s+(?:that|this|it)\s+(?:true|right|real|correct|legit)|did\s+(?:he|she|they)"
    r"|am\s+i\s+(?:right|wrong)|help)"
    r"(?:\s+(?:here|then|lol|pls|please|now))*"
    r"(?P<source>\s+(?:according\s+to|in|per)\s+(?:the\s+)?(?:article|interview|source|sources|podcast))?\W*$"
)


class ClaimsToSettle(NamedTuple):
    claims: list[str]  # each without whoever holds it
    # The message without a request to settle them that names the source: "who's right
    # according to the article" asks nothing of the article itself.
    message: str


def claims_to_settle(text: str, names_someone: Callable[[str], bool]) -> ClaimsToSettle | None:
    """The claims a message puts to the bot to settle, each without whoever holds it, when the
    message does nothing else: each sentence holds a claim ("my sister says milo ...", "i
    think ...", or the fan's own, untold by anyone) or asks only to settle them ("who's
    right?"). None when a sentence asks something itself, when no one holds a claim, or when
    one claim is put without asking (a story: "my sister says she loves jess"). A holder the
    sources know (`names_someone`: "milo said ...") or "he", "she" ("he thinks ...") is part of
    the claim."""
    # Most messages hold no claim: one with no word of holding one is passed over at once.
    if _ANY_HOLDING.search(text.lower()) is None:
        return None
    pieces = [
        piece
        for sentence in sentences(text)
        for piece in (_NEXT_CLAIM.split(sentence) if may_match(_NEXT_CLAIM_TWIN, sentence) else (sentence,))
    ]
    if len(pieces) < 2:  # one claim put with no request to settle it tells a story
        return None
    claims: list[str] = []
    told: list[str] = []  # claims held by no one, which must not ask anything themselves
    held = settling = 0
    message = text
    for piece in pieces:
        if (settle := _SETTLE_ONLY.match(piece)) is not None:
            settling += 1
            if settle["source"]:
                message = message.replace(piece, " ")
            continue
        if (claimed := _claimed(piece, names_someone)) is not None:
            held += 1
            piece = claimed
        elif piece.endswith("?"):
            return None  # a question of its own, held by no one
        else:
            told.append(piece)
        claims.append(piece)
    if not (held and (settling or len(claims) > 1)) or any(map(any, map(_asking_clauses, told))):
        return None
    return ClaimsToSettle(claims, message)


def _claimed(piece: str, names_someone: Callable[[str], bool]) -> str | None:
    """What `piece` claims, without whoever holds it ("my bf says ..."), if someone does. After
    a thought had by no one, the claim may still be held: "random thought my friend claims
    ..."."""
    while (found := _CLAIM_HELD.match(piece)) is not None:
        if not found["holder"] or _holds(found["holder"], found["holding"], names_someone):
            return piece[found.end() :]
        if found["holding"].lower() != "thought":
            return None
        piece = piece[found.end() :]
    return None


def _holds(holder: str, holding: str, names_someone: Callable[[str], bool]) -> bool:
    """True when `holder` holds a claim the way `holding` says: not someone the sources know,
    nor "he" ("does milo think ...", "did he say ...": asked, not held), nor a thought had by
    no one ("random thought: ...", "late night thought")."""
    words = holder.lower().split()
    if _opens_a_question(words) or words[-1] in _PERSONAL_PRONOUNS | {"they"}:
        return False
    if holding.lower() == "thought" and words[0] not in {"i", "we", "my", "our"}:
        return False
    return not names_someone(holder)


def _asking_clauses(text: str) -> Iterator[str]:
    """The clauses of `text` that ask: end with a question mark, or open with a question word,
    and with a verb ("is", "has") only at the start of a sentence: in "it has been bugging me
    all week", "has been bugging me" asks nothing."""
    for sentence in sentences(text):
        for at, clause in enumerate(clauses(sentence)):
            words = clause.split()
            if clause.endswith("?") or (
                _opens_a_question(words, after_fillers=True)
                and (at == 0 or words[0].lower().translate(_NOT_IN_OPENER) in _WH_OPENERS)
            ):
                yield clause


def asked_clause(text: str) -> str | None:
    """The first clause of a message's asking sentence that opens with a question word, if any.

    Fans tack asides onto a question ("who plays luke, the diner guy w the backwards cap",
    "who played jess again... asking for my mom lol"); the clause that asks may be answered
    alone. A sentence of one clause gives none, and neither does a clause under three words.
    """
    sentence = last_asked_sentence(text) or text
    clauses = [part.strip() for part in _CLAUSE_BREAK.split(sentence) if part.strip()]
    if len(clauses) < 2:
        return None
    return next((c for c in clauses if len(words := c.split()) >= 3 and _opens_a_question(words)), None)


# Question words that open a question in the middle of a sentence. Not "is", "does" and the
# like: mid-sentence they mostly continue a statement ("milo said he was team dean").
_WH_WORD = re.compile(r"(?i)(?<![\w'\u2019])(?:" + "|".join(WH_WORDS) + r")(?:s|['\u2019]s)?\b")


def question_after_lead_in(text: str) -> str | None:
    """The question an asking sentence puts after a lead-in with no break ("ok dumb q but who
    played jess's uncle"): from its first question word on, from after a colon, or from a
    verb that opens a question after "and", "but" or "so". None when
    the sentence opens with a question word itself, or the question would be under three
    words."""
    sentence = (last_asked_sentence(text) or _sentence_with_a_question_word(text)).strip()
    words = sentence.split()
    if not words or _opens_a_question(words):
        return None
    # A colon ends a lead-in ("not me lurking for months and finally posting: were rory and
    # jess good for each other"): what follows is asked, question word or not, unless a
    # lead-in goes on after it ("late night thought: watching s2 ... but how is jess ...").
    _, colon, after = sentence.partition(": ")
    after = after.strip()
    if colon and len(after.split()) >= 3:
        if _opens_a_question(after.split()):
            return after
        return _from_question_word(after) or after
    return _from_question_word(sentence) or _from_asking_verb(sentence)


def _sentence_with_a_question_word(text: str) -> str:
    """The first sentence of `text` holding a question word, when none asks ("name of the dude
    who plays luke. i need it for a tattoo"): the rest is said around it. All of `text`
    when no sentence holds one."""
    return next((sentence for sentence in sentences(text) if _WH_WORD.search(sentence)), text)


# "just got back from school and does milo think revivals are a cash grab", "can't sleep lol
# was milo in this is us": a question that opens with a verb after "and", "but", "so" or a
# word of chat that closes a thought ("lol", "anyway", "tbh") ends the lead-in before it.
_ASKING_VERB_AFTER = re.compile(
    r"(?i)\b(?:and|but|so|lol|lmao|haha|anyway|anyways|btw|tbh|ngl|ok|okay|well)\s+"
    r"(?=(?:does|did|do|is|was|are|were|would|will|can|could|has|have)\s)"
)


def _from_asking_verb(sentence: str) -> str | None:
    """`sentence` from a verb that opens a question after "and", "but", "so" or the like, when
    that is three words or more."""
    found = _ASKING_VERB_AFTER.search(sentence)
    if found is None:
        return None
    question = sentence[found.end() :]
    return question if len(question.split()) >= 3 else None


def _from_question_word(sentence: str) -> str | None:
    """`sentence` from its first question word on, when that is three words or more."""
    found = _WH_WORD.search(sentence)
    if found is None:
        return None
    question = sentence[found.start() :]
    return question if len(question.split()) >= 3 else None


# A word as a fan writes it within a sentence: letters and digits, with the apostrophes and
# hyphens of "didn't" and "sherman-palladino".
_WORD = r"[\w'\u2019-]+"

# "which season did they break up", "what website is it on": the word after "what" or "which",
# when an auxiliary follows it, names the kind of thing the question wants.
_WHICH_THING = re.compile(
    # "what show or podcast was it on": either thing; "which ayitl episode is": an episode.
    r"(?i)\b(?:what|which)\s+(?:(?P<before>[^\W\d_]+)\s+)?(?P<thing>[^\W\d_]+(?:\s+or\s+[^\W\d_]+)?)\s*#?\s+"
    # "which season of the bachelor is ...": what it is a part of does not change the thing.
    rf"(?:of\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}\s+)?"
    r"(?:did|does|do|is|was|are|were|has|have|had|would|will|can|could|should"
    # "what site published the article", "which outlet ran it": the thing made it public.
    r"|published|publishes|ran|runs|posted|printed|released|aired|hosted|reported|broke|covered)\b"
)
_WHICH_THING_TWIN = case_sensitive_twin(_WHICH_THING)


def asked_thing(text: str, names_someone: Callable[[str], bool] | None = None) -> str | None:
    """The word naming what a "which <thing> did ..." question asks for ("season"; "show or
    podcast" for a choice of two), if it has one. Asked as a fan passes a question on ("which
    podcast milo was on"), the word after the thing names who did it (`names_someone` tells)."""
    found = _WHICH_THING.search(text) if may_match(_WHICH_THING_TWIN, text) else None
    if found is None:
        return None
    if found["before"] and names_someone is not None and names_someone(found["thing"]):
        return found["before"]
    return found["thing"]


def last_clause(text: str) -> str:
    """What follows the last sentence or clause break in `text` (all of it when there is none)."""
    return _CLAUSE_BREAK.split(_cut_at_sentence_breaks(text)[-1])[-1]


# Where a clause ends, or another begins: before a question word ("milo on jess x rory
# whats his opinion" is two clauses, and the second asks about "his").
_OPENING = r"\b(?=(?:" + "|".join(sorted(_QUESTION_OPENERS)) + r")(?:['\u2019]s)?\b)"
_CLAUSE_OPENING = re.compile("(?i)" + _OPENING)
# The same, for lower-case text: matching case-sensitively, the regex engine passes over the
# question words that start with another letter, where ignoring case it tries each in turn.
_LOWER_CASE_CLAUSE_OPENING = re.compile(_OPENING)


def _cut_before_question_words(text: str) -> list[str]:
    """`text` in pieces, each but the first opening with a question word (as a split would cut it)."""
    if not text.isascii():
        return _CLAUSE_OPENING.split(text)
    # Lower-casing ASCII text leaves every character where it was, so the cuts fall alike.
    cuts = [found.start() for found in _LOWER_CASE_CLAUSE_OPENING.finditer(text.lower())]
    return [text[start:end] for start, end in pairwise([0, *cuts, len(text)])]


def clauses(text: str) -> list[str]:
    """`text` cut into clauses: at sentence and clause breaks, and before each question word."""
    parts = (part for sentence in _cut_at_sentence_breaks(text) for part in _CLAUSE_BREAK.split(sentence))
    return [clause.strip() for part in parts for clause in _cut_before_question_words(part) if clause.strip()]


def _rewritten(
    text: str,
    markers: tuple[str, ...],
    pattern: re.Pattern[str],
    replacement: str | Callable[[re.Match[str]], str],
) -> str:
    """`text` with `pattern` replaced, when it holds one of `markers` (words every match holds):
    most questions hold none, and a substring test is far cheaper than the pattern."""
    if not _holds_any(text, markers):
        return text
    return pattern.sub(replacement, text)


# "does milo like jess", "did he actually like the revival": whether someone likes a thing
# asks their view of it. Elsewhere "like" is chat filler ("like, what did he say"), a
# comparison ("does rory look like lorelai"), a wish ("did he say he'd like to come back") or
# part of a phrase the lexicon knows ("what did he like about them"), and stays a stopword.
_LIKING = re.compile(
    rf"(?i)\b((?:do|does|did)(?:n['\u2019]?t)?\s+(?:{_WORD}\s+){{1,4}}?)"
    r"(?<!\blook\s)(?<!\blooks\s)(?<!\bsound\s)(?<!\bsounds\s)(?<!\bseem\s)(?<!\bfeel\s)"
    r"(?:like|likes|liked)\b(?!\s+(?:to|about|abt|bout|most)\b)"
)


def read_liking_as_a_view(text: str) -> str:
    """`text` with "does someone like ..." asking what they think of it."""
    return _rewritten(text, ("like",), _LIKING, r"\1think of")


# "what did milo like about jess and rory together": two people "together" after what a view
# is of or about are the pair, not whether they ended up together.
_PAIR_TOGETHER = re.compile(
    r"(?i)\b((?:about|abt|of|on)\s+(?:the\s+two\s+of\s+them|them(?:\s+two)?|those\s+two|"
    r"[^\W\d_]+\s+(?:and|n|&|x|\+)\s+[^\W\d_]+))\s+together\b"
)


def read_pair_together(text: str) -> str:
    """`text` without the "together" of "about jess and rory together", which names the pair."""
    return _rewritten(text, ("together",), _PAIR_TOGETHER, r"\1")


# "amy sherman-palladino and who else produced it": someone named, and the others with them,
# asks who did it; "else" only says the one named is known. Only after a name: "... and who
# else would come back" after a remark still asks who besides Milo.
_AND_WHO_ELSE = re.compile(rf"(?i)\b((?:{_WORD}\s+){{0,2}}{_WORD})\s+(and|&|\+)\s+who\s+else\b")


def read_and_who_else(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` with "<someone> and who else ..." asking who did it (`names_someone` tells
    whether words name people or characters)."""

    def who(found: re.Match[str]) -> str:
        words = found[1].split()
        if any(names_someone(" ".join(words[-size:])) for size in range(1, len(words) + 1)):
            return f"{found[1]} {found[2]} who"
        return found[0]

    return _rewritten(text, ("else",), _AND_WHO_ELSE, who)


# "according to alexis, was jess good for rory", "would lauren come back, according to milo":
# whose view a message asks for, as "what does alexis say" asks it. Only someone named,
# not a possessive ("according to milo's interview"): "according to the article" asks the
# sources, as every question does.
_ACCORDING_TO = re.compile(r"(?i)\baccording\s+to\s+(?P<name>[^\W_]+(?:\s+[^\W_]+)?)(?![\w'\u2019])")


def read_according_to(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` with "according to <someone>" read as "<someone> says" (`names_someone` tells
    words that name people or characters)."""

    def view(found: re.Match[str]) -> str:
        words = found["name"].split()
        # "according to milo would alexis come back": the name may run into what is asked.
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if names_someone(name):
                return f"{name} says" + found["name"][len(name) :]
        return found[0]

    return _rewritten(text, ("according",), _ACCORDING_TO, view)


# "the girl jess was dating, who played her", "the guy rory dated": someone described by whom
# they dated is that person's girlfriend or boyfriend, as a fan may also ask ("jess's
# girlfriend"); the name is not whom the question is about.
_DATED_BY = re.compile(
    r"(?i)\b(?:the\s+)?(?:(?P<her>girl|woman|lady|gal|chick)|(?P<him>guy|boy|man|dude|lad))\s+(?:that\s+|who\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?!(?:was|used)\b){_WORD})?)\s+(?:was\s+|used\s+to\s+be\s+)?"
    r"(?:dating|dated|date|went\s+out\s+with|was\s+seeing|seeing|fell\s+for|kissed|kissing)\b"
)


def read_dating_as_partner(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` with "the girl <someone> was dating" read as their girlfriend (`names_someone`
    tells words that name people or characters)."""

    def partner(found: re.Match[str]) -> str:
        if not names_someone(found["name"]):
            return found[0]
        return f"{found['name']}'s {'girlfriend' if found['her'] else 'boyfriend'}"

    return _rewritten(text, ("dat", "went out", "seeing", "fell for", "kiss"), _DATED_BY, partner)


# "alexis bledel played rory, not lorelai, correct?", "milo was jess right? not dean?": someone
# ruled out only sharpens the question; it asks nothing of them, whether the sources know them
# or not. Only a name standing alone after "not" ("not the logan guy" too): "not the fandom,
# him", "not team jess" stay.
_ONE_OF_THEM = r"(?:guy|girl|dude|one)"
_RULED_OUT = re.compile(
    rf"(?i)(?:\s*[,;]|(?<=[?!.]))\s+(?:(?:and|but)\s+)?not\s+(?:the\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?!{_ONE_OF_THEM}\b){_WORD})?)(?P<one>\s+{_ONE_OF_THEM})?(?=\s*(?:$|[,;?!.]))"
)


def drop_names_ruled_out(text: str, is_someone: Callable[[str, bool], bool]) -> str:
    """`text` without "not <someone>" set after what it asks. `is_someone(words, called_a_person)`
    tells words that name someone, `called_a_person` when the fan calls them a guy or a girl."""

    def dropped(found: re.Match[str]) -> str:
        return "" if is_someone(found["name"], bool(found["one"])) else found[0]

    return _rewritten(text, ("not",), _RULED_OUT, dropped)


# "will there be a gilmore girls revival", "is there gonna be a season 8": whether a thing will
# come about, which no one can answer for, asks whether it occurs. Not when the rest of the
# sentence names someone: "will there be another year in the life with milo" asks whether he
# would be in it.
_THERE_WILL_BE = re.compile(
    r"(?i)\b(?:(?:will|would)\s+there\s+(?:ever\s+|really\s+|actually\s+)?be"
    r"|(?:is|are)\s+there\s+(?:ever\s+|really\s+|actually\s+)?(?:going\s+to|gonna|gon\s+na)\s+be)\b"
    r"(?P<rest>[^.?!]*)"
)


# "will gilmore girls get a season 8", "is gg getting another revival", "gilmore girls will have
# a season 8?": whether a thing will have something new asks the same. Not when the thing or
# the rest is someone ("will milo get a role in it", "would jess and rory get back together"),
# nor unless a new thing follows ("would it have been better").
_THING_WILL_HAVE = re.compile(
    r"(?i)(?:\b(?:will|would)\s+(?P<asked>(?:[^\W\d_]+\s+){1,3}?)(?:ever\s+|really\s+|actually\s+)?(?:have|get)"
    r"|\b(?:is|are)\s+(?P<asked_now>(?:[^\W\d_]+\s+){1,3}?)(?:ever\s+)?(?:getting|(?:gonna|going\s+to)\s+(?:have|get))"
    r"|^\s*(?P<told>(?:[^\W\d_]+\s+){1,3}?)(?:will|would|is\s+gonna|is\s+going\s+to)\s+(?:ever\s+)?(?:have|get))"
    r"(?P<rest>\s+(?:a|an|another|any|more|new|some|season|seasons)\b[^.?!]*)"
)


def read_whether_there_will_be(text: str, is_about_someone: Callable[[str], bool]) -> str:
    """`text` with "will there be <something>" and "will <a thing> get <something>" asking
    whether it will occur, unless the thing or the rest of its sentence is about someone
    (`is_about_someone`)."""

    def occurring(found: re.Match[str]) -> str:
        return found[0] if is_about_someone(found["rest"]) else f"will occur{found['rest']}"

    def thing_occurring(found: re.Match[str]) -> str:
        thing = found["asked"] or found["asked_now"] or found["told"]
        if is_about_someone(thing) or is_about_someone(found["rest"]):
            return found[0]
        return f"will occur {thing.strip()}{found['rest']}"

    text = _rewritten(text, ("there",), _THERE_WILL_BE, occurring)
    return _rewritten(text, ("have", "get"), _THING_WILL_HAVE, thing_occurring)


# "would milo play jess again", "will he ever play him again": playing a role again, asked
# of what someone would or will do, is coming back as it. "who plays jess again" (remind me)
# has no such word before it and is left alone.
_PLAYING_AGAIN = re.compile(
    r"(?i)\b((?:would|will|could|wanna|gonna|ever|want\s+to|going\s+to|willing\s+to|down\s+to|"
    rf"up\s+for|open\s+to)\b[^.?!,;]*?)\bplay(?:ing)?\s+((?:{_WORD}\s+){{1,3}}?)again\b"
)


def read_playing_again_as_returning(text: str) -> str:
    """`text` with "would someone play <role> again" asking whether they would return as it."""
    return _rewritten(text, ("again",), _PLAYING_AGAIN, r"\1return as \2")


# "worth bringing an old show back", "would they bring jess and rory back": bringing something
# back, with what is brought between, is bringing it back as the lexicon knows the phrase. Not
# what the lexicon's phrases hold already ("bring the show back").
_BRINGING_BACK = re.compile(
    r"(?i)\b(bring|brings|bringing|brought)\s+(?!(?:it|the\s+show|a\s+show|shows|gilmore\s+girls|gg)\s+back\b)"
    rf"((?:{_WORD}\s+){{0,3}}?{_WORD})\s+back\b"
)


def read_bringing_back(text: str) -> str:
    """`text` with "bring <something> back" read as "bring back <something>"."""
    return _rewritten(text, ("back",), _BRINGING_BACK, r"\1 back \2")


# "would milo be in another revival", "does he even want to be in a new one", "will jess be in
# a year in the life part 2", "will milo appear in another", "any chance milo appears in a new
# one": being (or appearing, starring) in something still to come is coming back for it. Only
# after a word that looks ahead: "milo was in the article" is where he was quoted.
_BEING_IN_AGAIN = re.compile(
    r"(?i)\b((?:would|will|could|might|gonna|wanna|to|ever|chance|possibility)\s+(?:[^\W\d_]+\s+){0,3}?)"
    r"(?:be|appears?|stars?|features?)\s+in\s+(?=(?:a|an|another|any|too)\b)"
)
_BEING_IN_AGAIN_MARKERS = (
    "be in a",
    "be in too",
    "appear in a",
    "appears in a",
    "star in a",
    "stars in a",
    "feature in a",
    "features in a",
)


def read_being_in_as_returning(text: str) -> str:
    """`text` with "would someone be in <something to come>" asking whether they would return."""
    return _rewritten(text, _BEING_IN_AGAIN_MARKERS, _BEING_IN_AGAIN, r"\1return in ")


# "did the revival actually happen", "has a second one happened yet": whether something took
# place, a fact the sources either give or not. Not when it should or would ("should revivals
# only happen for the right reason" is Milo's view), nor when, where or what happened: those
# ask another word first.
_HAPPENING = re.compile(
    r"(?i)(?P<lead>^|[.?!,;:]\s*|\b(?:so|ok|okay|wait|but|and|like|lol|um|hey)\s+)"
    rf"(?P<asked>(?:did|has|have|had)(?:n['\u2019]?t)?\s+(?:{_WORD}\s+){{1,5}}?"
    r"(?:(?:ever|actually|really|even|already|finally)\s+)?)happen(?:ed)?\b"
)


def read_happening_as_occurring(text: str) -> str:
    """`text` with "did <something> happen" asking whether it occurred."""
    return _rewritten(text, ("happen",), _HAPPENING, r"\g<lead>\g<asked>occur")


# Readings that change what a question asks, not only its words: a curated phrasing is read
# the same way, so that one asked as written still matches. Each with the words it needs.
_PHRASING_READINGS: tuple[tuple[tuple[str, ...], Callable[[str], str]], ...] = (
    (_BEING_IN_AGAIN_MARKERS, read_being_in_as_returning),
    (("happen",), read_happening_as_occurring),
)


def read_phrasings_as_asked(phrasings: list[str]) -> list[str]:
    """Curated phrasings read as a question is by the readings above. A large pack holds
    hundreds of thousands: one test of all of an entry's at once rules out nearly every entry."""
    joined = " ".join(phrasings)
    for markers, read in _PHRASING_READINGS:
        if _holds_any(joined, markers):
            phrasings = [read(phrasing) for phrasing in phrasings]
    return phrasings


# "where is milo from", "where does he come from": where a person is from asks their
# hometown, which is not where they said something ("where did milo say this"). Not "where is
# the phrase from" or "where's that from": the caller decides whether the subject is a person.
_ORIGIN = re.compile(
    r"(?i)\bwhere(?:['\u2019]?s|\s+(?:is|are|was|were|does|did|do))\s+"
    rf"(?!(?:it|this|that|these|those|the|a|an)\b)(?P<subject>\w(?:{_WORD})?(?:\s+\w(?:{_WORD})?){{0,3}}?)"
    r"\s+(?:originally\s+)?(?:(?:come|comes|came)\s+)?from\b(?=\s*(?:$|[^\w\s]|originally\b|irl\b))"
)


def read_origins(text: str, is_someone: Callable[[str], bool]) -> str:
    """`text` with "where is <someone> from" asking for their hometown."""
    if "from" not in text.casefold():
        return text
    return _ORIGIN.sub(
        lambda found: f"{found['subject']} hometown" if is_someone(found["subject"]) else found[0], text
    )


# "the sullen boy jess", "the young gentleman jess", "lorelai's daughter, rory": a fan who
# names a character often describes them too, in words the sources need not use. The name
# says whom the description means, so the name alone is read. Not where the name starts a
# clause of its own ("the girl jess was dating" is Rory): the name must end the phrase, or be
# followed by a word that cannot start a clause ("the boy jess to luke").
_DESCRIBING_NOUNS = (
    "boy girl man woman guy gal lady gentleman fellow fella lad lass chap kid teen teenager "
    "character actor actress rebel troublemaker heartthrob bookworm host star costar uncle nephew"
).split()
_NAME_ENDS_PHRASE = r"(?=\s*(?:$|[^\w\s'\u2019]|(?:in|on|from|of|to|and|or|at|for|with|back|again)\b))"
_NAME_AFTER_TITLE = re.compile(
    rf"(?i)\b(?:the|that|this)\s+(?:{_WORD}\s+){{0,3}}?(?:{'|'.join(_DESCRIBING_NOUNS)})\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD})?){_NAME_ENDS_PHRASE}"
)
_NAME_AFTER_DESCRIPTION = re.compile(
    rf"(?i)\b(?:{_WORD}['\u2019]s|his|her|their)\s+(?:{_WORD}\s+){{0,2}}?{_WORD}\s*,\s*"
    rf"(?P<name>{_WORD}(?:\s+{_WORD})?)(?=\s*(?:$|[^\w\s'\u2019]))"
)


def read_names_after_descriptions(text: str, names_someone: Callable[[str], bool]) -> str:
    """`text` with a description set before a name ("the bad boy jess", "lorelai's daughter,
    rory") left out: the name says whom it means. `names_someone` tells words that name people
    or characters only."""

    def named(found: re.Match[str]) -> str:
        # Its first word too: "the actor for jess" describes no one as "for jess".
        name = found["name"]
        return name if names_someone(name.split()[0]) and names_someone(name) else found[0]

    if _holds_any(text, _DESCRIBING_NOUNS):
        text = _NAME_AFTER_TITLE.sub(named, text)
    if "," in text:
        text = _NAME_AFTER_DESCRIPTION.sub(named, text)
    return text


# "who were the producers milo mentioned", "who are the amy and dan milo keeps bringing up":
# a clause that ends a question asking who someone is, and says who spoke of them, only
# points at them; what is asked is who they are, not what the speaker said. The speaker stays
# named. ("what's the show scott brought up" is left alone: without "brought up", "the show
# scott" reads as the show Scott was on.)
_SPOKEN_OF = re.compile(
    r"(?i)\b(?P<thing>who(?:['\u2019]?s|\s+(?:is|are|was|were|r))\s+[^.?!,;]*?)\s+(?:(?:keeps|kept|keep)\s+)?"
    r"(?:mentioned|mentions|mentioning|"
    r"talked\s+about|talks\s+about|talking\s+about|brought\s+up|brings\s+up|bringing\s+up|named|names|"
    r"naming)\s*(?=[?!.]*\s*$)"
)
_RELATIVE_WORDS = frozenset({"that", "who", "which"})
# Words that end a clause's opening, not a thing: "what has milo mentioned" asks what he said.
_NOT_A_THING = frozenset(
    "what who whom which when where why how do does did has have had is are was were will would "
    "can could should shall may might must".split()
)
_NOT_A_NAME = _NOT_A_THING | _RELATIVE_WORDS | {"the", "a", "an", "and", "or"}
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_LISTING_WORDS = frozenset({"and", "or", "&"})


def names_one(terms: Iterable[str]) -> bool:
    """True when `terms` (as the analyser reads them: people and characters as "@name") are one
    person's or character's and nothing else ("luke")."""
    distinct = set(terms)
    return len(distinct) == 1 and next(iter(distinct))[0] == "@"


def read_things_spoken_of(text: str, terms_of: Callable[[str], Sequence[str]]) -> str:
    """`text` without the verb of a closing "<someone> mentioned" after whoever it asks about,
    when they are named or described ("the producers", not "the guy"); `terms_of` reads words
    as terms (people and characters as "@name" terms, "he" and "she" as none)."""

    def thing_alone(found: re.Match[str]) -> str:
        words = found["thing"].split()
        # The longest run of last words that names one person ("milo ventimiglia", not "dan milo").
        for size in (3, 2, 1):
            name = words[-size:]
            if name[0].lower() in _NOT_A_NAME or len(words) - size < 2:
                continue
            if not names_one(terms_of(" ".join(name))) and not (
                size == 1 and name[0].lower() in _PERSONAL_PRONOUNS
            ):
                continue
            kept = words[(2 if words[0].lower() == "who" else 1) : -size]  # after "who are", "who's"
            if kept and kept[-1].lower() in _LISTING_WORDS:
                continue  # "the amy and dan mentioned": Dan is one of them, not who spoke
            if kept and kept[-1].lower() in _RELATIVE_WORDS:
                kept = kept[:-1]
            if kept and kept[-1].lower() not in _NOT_A_THING and terms_of(" ".join(kept)):
                return found["thing"]
        return found[0]

    if not _holds_any(text, ("mention", "talk", "brought", "bring", "nam")):
        return text
    return _SPOKEN_OF.sub(thing_alone, text)


# "is this interview old", "how old is the article": how old a thing is asks when it is
# from; how old a person is asks their age.
_MEDIA = (
    rf"(?:this|that|the|these|those)\s+(?:{_WORD}\s+)?"
    r"(?:interview|article|piece|podcast|pod|episode|ep|quote|post|video|clip|story|write\s?up)s?\b"
)
_THING_BEFORE_OLD = re.compile(rf"(?i)\b({_MEDIA}[^.?!,;]*?)\bold\b")
_OLD_BEFORE_THING = re.compile(rf"(?i)\bhow\s+old(?:\s+(?:is|was|are|were)|['\u2019]s)\s+(?={_MEDIA})")


def read_age_of_a_thing_as_its_date(text: str) -> str:
    """`text` with how old an interview, article or the like is asking when it is from."""
    if "old" not in text.casefold():
        return text
    return _OLD_BEFORE_THING.sub("when is ", _THING_BEFORE_OLD.sub(r"\1from when", text))


# "is this piece from 2022?", "was this published in 2019?": a year offered for when a thing is
# from is a guess at its date, which the entry giving the date answers; read as a year, it
# was a word no entry uses. Not "written in" (who wrote it is asked as much as when), nor a
# year something happened in ("what did milo say in 2016", "is scott still doing the podcast
# in 2024").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_OF_A_THING = re.compile(
    rf"(?i)\b({_MEDIA}(?:['\u2019]s|\s+(?:is|was))?\s+"
    r"(?:from|(?:published|posted|released|recorded|put\s+out|out)\s+in)\s+)"
    rf"(?:(?:early|mid|late)\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d\b"
    # "... or 2022", "... or older": the other guess, or none ("older" would ask an age).
    r"(?:\s+or\s+(?:(?:19|20)\d\d|older|newer|earlier|later|before|after)\b)?"
)


def read_year_of_a_thing_as_its_date(text: str) -> str:
    """`text` with a year offered for when an interview, article or the like is from read as
    asking when it is from."""
    return _rewritten(text, ("19", "20"), _YEAR_OF_A_THING, r"\1when")


# "how many years has milo?", "how many years does he have": how many languages ask an age
# ("cuántos años tiene"). Only someone who has the years at the end of a clause: "how many
# years has it been", "how many years has milo been acting" ask how long.
_WHO_HAS_YEARS = rf"(?!(?:it|this|that|there)\b)(?!been\b){_WORD}(?:\s+(?!been\b){_WORD}){{0,2}}"
_YEARS_HAD = re.compile(
    r"(?i)\bhow\s+many\s+(?:years|yrs)\s+(?:(?:do|does|did)\s+)?"
    rf"(?:(?:have|has|had)\s+(?P<holder>{_WHO_HAS_YEARS})|(?P<subject>{_WHO_HAS_YEARS})\s+(?:have|has|had))"
    r"(?=\s*(?:$|[?.!,;]))"
)


def read_years_had_as_age(text: str) -> str:
    """`text` with "how many years has <someone>" asking how old they are."""
    return _rewritten(
        text, ("years", "yrs"), _YEARS_HAD, lambda found: f"how old is {found['holder'] or found['subject']}"
    )


# "in milo's eyes", "in his mind", "in his book", "through her eyes": someone's view, not
# their eyes or a book of theirs.
_SEEN_BY = re.compile(
    r"(?i)\b((?:in|through)\s+(?:his|her|their|(?!(?:this|its)\b)[^\W\d_]+(?:['\u2019]?s|['\u2019])))"
    r"\s+(?:eyes|mind|book)\b"
)


def read_point_of_view(text: str) -> str:
    """`text` with "in someone's eyes" (mind, book) asking for their opinion."""
    return _rewritten(text, ("eyes", "mind", "book"), _SEEN_BY, r"\1 opinion")


# "what says Milo of Jess and Rory", "what thinketh Alexis": asked as old English asks, the
# verb before the one whose words or thoughts are asked for. Read as "what does Milo say", so
# that whose view is asked is told as it is in any other question. Only a capitalised name
# follows: "what says jess and rory were endgame" is no one's view.
_SAYING_BEFORE_SPEAKER = re.compile(
    r"\b(?P<asks>(?i:what|how))\s+(?:(?P<says>(?i:says|sayeth|saith))|(?i:thinks|thinketh|feels|feeleth|reckons))"
    r"\s+(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
)
_SAYING_BEFORE_SPEAKER_MARKERS = (
    "says",
    "sayeth",
    "saith",
    "thinks",
    "thinketh",
    "feels",
    "feeleth",
    "reckons",
)


def read_saying_before_speaker(text: str) -> str:
    """`text` with "what says milo" read as "what does milo say" (and "thinks" as "think")."""
    return _rewritten(
        text,
        _SAYING_BEFORE_SPEAKER_MARKERS,
        _SAYING_BEFORE_SPEAKER,
        lambda found: f"{found['asks']} does {found['who']} {'say' if found['says'] else 'think'}",
    )


# "milo said he'd be a jerk not to show up. what was he referring to?": what someone refers
# to is what they mean. The noun is left to the lexicon: "is that a bachelor reference"
# asks about an allusion.
_REFERRING_TO = re.compile(r"(?i)\b(?:referring|referred|refers|refer)(?:\s+to\b|(?=\s*(?:[?.!]|$)))")


def read_referring_as_meaning(text: str) -> str:
    """`text` with "referring to" (a verb) read as "mean", which asks nothing of its own."""
    return _rewritten(text, ("refer",), _REFERRING_TO, "mean")


# "my sister and i have been arguing for like three days about dean vs jess", "we've been
# fighting in #general for two hours about team jess vs team dean", "my whole server fights me
# on it": the fan's own argument is why they ask, not what they ask about, and the rest of
# its sentence (how long, where) goes with it; what it is about stays. Only a fan's: going on
# ("been arguing"), against the fan ("fights me on it") or one they are in ("in a heated
# debate"). "did milo and scott ever fight" asks about a fight the article never mentions,
# and the word stays to refuse on.
_FANS_DISPUTE = re.compile(
    r"(?i)\b(?:(?:been|are|were|am|keep|kept|currently|started|still|rn)\s+"
    r"(?:arguing|fighting|debating|bickering)"
    r"|(?:fights?|fought|argues?|argued)\s+(?:me|us)\s+(?:on|about|over)\s+(?:it|this|that)"
    r"|(?:in|having|had|have|into)\s+(?:a|an|this|the|our)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:argument|debate|fight))\b"
)
_DISPUTE_SETTING = re.compile(
    r"(?i)(?:^|\s)(?:(?:for|all)\s+(?:(?:like|literally|about|almost|over|nearly|the\s+(?:past|last))\s+)?"
    r"(?:(?:an?|\d+|one|two|three|four|five|six|a\s+few|few|several|many)\s+)?"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ages|night|morning|evening|afternoon)"
    r"|(?:in|on)\s+#[\w-]+|(?:at|over)\s+(?:dinner|lunch|breakfast))\b"
)


def drop_fans_dispute(text: str) -> str:
    """`text` without the argument a fan tells of before asking, and how long and where it went on."""
    if not _holds_any(text, ("argu", "fight", "fought", "debat", "bicker")):
        return text
    sentences = _cut_at_sentence_breaks(text)
    kept = []
    for sentence in sentences:
        without, disputes = _FANS_DISPUTE.subn("", sentence)
        kept.append(_DISPUTE_SETTING.sub("", without) if disputes else sentence)
    return text if tuple(kept) == sentences else " ".join(kept)


# "team jess obviously but did milo ever say ...", "i'm team jess till i die, but ...", "team
# jess here, does milo ...": the fan's own side, opening a sentence before a "but", or said
# as theirs ("here", "forever") before the question, is not what they ask; "team jess or team
# dean?", "team dean, is milo on it?" and "is milo team dean" ask whose side someone is on,
# and stay.
_FANS_SIDE = re.compile(
    r"(?i)(?:^\s*|(?<=[.!?\n]\s))(?:i['\u2019]?m\s+|i\s+am\s+|im\s+)?team\s+[^\W\d_]+"
    r"(?:(?:\s+[^\W\d_]+){0,3}?\s*,?\s+but\b\s*"
    r"|\s+(?:(?:over\s+)?here|all\s+the\s+way|forever|for\s+life|till?\s+i\s+die)"
    r"(?:\s*[^\w\s]+\s*|\s+(?=[^\W\d_]))(?=\S))"
)


def drop_fans_side(text: str) -> str:
    """`text` without the side a fan declares before asking ("team jess obviously but ...")."""
    return _rewritten(text, ("team",), _FANS_SIDE, "")


# "which fan question got milo talking about jess and rory": the question that got someone
# talking is one they were asked, and what it asks is that question, not what they said; read
# as said, it asked Milo's words, which an entry quoting the fan's question does not give.
_GOT_TALKING = re.compile(
    r"(?i)\b(questions?|qs?)\s+(?:that\s+|which\s+)?got\s+((?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+"
    r"(?:talking|going\s+on|started|chatting|speaking|opening\s+up|to\s+talk|to\s+open\s+up)\b"
)


def read_got_talking_as_asked(text: str) -> str:
    """`text` with "the question that got someone talking about ..." as the one they were asked."""
    return _rewritten(text, ("got",), _GOT_TALKING, r"\1 asked \2")


# "when milo talks about X, what's he getting at": a clause that opens with "when" and ends
# at a comma before a question sets the scene for it; it does not ask when ("when did ..."
# and "when is ..." do).
_QUESTION_START = (
    r"(?:what|whats|who|whos|whom|whose|why|how|which|where"
    r"|do|does|did|is|was|were|are|will|would|can|could|should|has|have|had)\b"
)
_SETTING_WHEN = re.compile(
    rf"(?i)(?:^|(?<=[.!?\n]\s))\s*when\s+(?!{_QUESTION_START})(?=[^,?.!\n]+,\s*{_QUESTION_START})"
)


def drop_setting_when(text: str) -> str:
    """`text` without the "when" of a clause that sets the scene for the question after it."""
    # Only a sentence's first word can be such a "when" (the pattern tries every position).
    lowered = text.lower()
    at = lowered.find("when")
    while at != -1:
        if _opens_a_sentence(lowered[:at]):
            return _SETTING_WHEN.sub("", text)
        at = lowered.find("when", at + 1)
    return text


def _opens_a_sentence(before: str) -> bool:
    """True when what follows `before` starts the text or a sentence, as _SETTING_WHEN reads one."""
    kept = before.rstrip()
    space = before[len(kept) :]
    return not kept or (bool(space) and kept[-1] in ".!?") or "\n" in space[:-1]


# "how do i report someone", "who do i report this to", "i want to report a message": a fan
# reporting something in the server asks the moderators, not the sources. Read as flagging,
# a word no source uses: as "report", it found the entry on who reported the article.
_FAN_REPORTING = re.compile(
    r"(?i)\b((?:do|can|should|could|would|shall|may)\s+(?:i|we|u|you)\s+"
    r"|(?:how|where|who|wanna|want|need|trying|try|way)\s+to\s+)report\b"
)


def read_fan_reporting_as_flagging(text: str) -> str:
    """`text` with a fan's reporting of something in the server read as flagging it."""
    return _rewritten(text, ("report",), _FAN_REPORTING, r"\1flag")


# "is the milo 'can't ever get away from it' article from 2021": words quoted right before
# what a source is called name the source, as a title would. Read as what is asked about, they
# found the entry citing them ("can't get away") for a question on the article's date. Not
# before "quote", "line" or "part": those ask about the words themselves.
_SOURCE_NOUNS = (
    "article",
    "piece",
    "interview",
    "post",
    "story",
    "headline",
    "episode",
    "write up",
    "writeup",
)
_QUOTED_TITLE = re.compile(
    r"(?:\"(?P<double>[^\"\n]+)\"|\u201c(?P<curly>[^\u201d\n]+)\u201d"
    r"|(?<![^\W_])['\u2018](?P<single>[^\n]+?)['\u2019](?![^\W_]))\s+"
    r"(?=(?:" + "|".join(noun.replace(" ", r"\s+") for noun in _SOURCE_NOUNS) + r")\b)",
    re.IGNORECASE,
)


def drop_quoted_titles(text: str, from_a_source: Callable[[str], bool]) -> str:
    """`text` without words quoted as the title of a source ("the 'can't get away' article"),
    when `from_a_source` says the sources hold them: the question is about that article, not
    about the words. Words no source holds ("that 'we ranked all the couples' article") name
    another article, which the sources do not answer for, and stay. (With several articles
    in a pack, the question then reads as about any of them: a "did you mean", not a wrong
    article's answer.)"""

    def dropped(found: re.Match[str]) -> str:
        words = found["double"] or found["curly"] or found["single"]
        return "" if from_a_source(words) else found[0]

    if not _may_quote(text):  # most messages quote nothing
        return text
    return _rewritten(text, _SOURCE_NOUNS, _QUOTED_TITLE, dropped)


# Words of saying, asking and thinking, as typed: what someone said, asked or wondered.
SAYING_WORDS = frozenset(
    "say says said mention mentions mentioned talk talks talked ask asks asked wonder wonders wondered "
    "think thinks thought want wants wanted".split()
)
# "what else did milo say about the split", "what else does he ask": more of what someone said
# asks what they said; "else" only says the fan knows part of it. Not of anything but saying:
# "what else has lindsay weinberg written", "what else is on the podcast" ask for more than the
# sources hold.
_WHAT_ELSE_SAID = re.compile(
    r"(?i)\b(what)\s+else\s+(?=(?:(?:did|does|do|has|had|would|will)\s+)?"
    rf"(?:{_WORD}\s+){{0,2}}?(?:{'|'.join(sorted(SAYING_WORDS))})\b)"
)


def read_what_else_said(text: str) -> str:
    """`text` with "what else did someone say" asking what they said."""
    return _rewritten(text, ("else",), _WHAT_ELSE_SAID, r"\1 ")


# "someone in #general asked whose podcast i am all in is", "my mom wants to know if milo thinks
# jess was right for rory", "relaying from a friend: ...": a question passed on from someone else
# asks what they asked; who asked, and where, is not part of it. Only before what is asked (a
# question word, "if", a verb that asks, a quote): "someone asked milo about jess and rory" says
# who asked Milo.
_RELAYED_BY = re.compile(
    r"(?i)(?:^|(?<=[.!?:;,]\s))\s*(?:(?:so|ok|okay|hey|hi|hii+|lol|also|and)\s+)?"
    r"(?:someone|somebody|some\s+one|a\s+(?:friend|mate|user|member|person|guy|girl)|bestie"
    r"|(?:one\s+of\s+)?(?:my|our)\s+[\w'\u2019]+)"
    r"(?:\s+(?:in|on|from)\s+(?:the\s+)?#?[\w-]+(?:\s+chat)?)?"
    r"\s+(?:just\s+|keeps?\s+|kept\s+|also\s+)?(?:asked|asks|is\s+asking|was\s+asking|keeps\s+asking|wants\s+to\s+know"
    r"|wanted\s+to\s+know|is\s+wondering|was\s+wondering|wonders|wondered)"
    r"(?:\s+(?:me|us|here|in\s+(?:the\s+)?#?[\w-]+(?:\s+chat)?))?\s*[:,]?\s*"
    # "my grandma asked me and i didn't know, so what's ...": the fan passes it on.
    r"(?:and\s+i\s+(?:didn['\u2019]?t|did\s+not|don['\u2019]?t|do\s+not)\s+know\s*[:,]?\s*(?:so\s+)?)?"
    rf"(?=[\"'\u201c\u2018]|(?:{'|'.join(sorted(_WH_OPENERS))}|if|whether|is|are|was|were"
    r"|does|did|do|would|will|can|could|has|have)\b)"
    r"|(?:^|(?<=[.!?]\s))\s*(?:relaying|forwarding|quoting|passing\s+(?:this\s+)?(?:on|along))"
    r"(?:\s+(?:(?:from|for)\s+)?(?:a|my|our|the)\s+[\w'\u2019]+(?:\s+(?:in|on)\s+#?[\w-]+)?)?\s*:\s*"
)


# "which actor plays dean", "what actress was rory": asking which actor asks who, as "who
# played dean" does. Read in questions only: curated phrasings keep their words, so the
# entries' weights do not move.
_WHICH_ACTOR = re.compile(r"(?i)\b(?:which|what)(?=\s+(?:actor|actress)(?:e?s)?\b)")


def read_which_actor_as_who(text: str) -> str:
    """`text` with "which actor" and "what actress" asking "who"."""
    return _rewritten(text, ("actor", "actress"), _WHICH_ACTOR, "who")


def drop_relaying(text: str) -> str:
    """`text` without who passed the question on ("someone in #general asked ...")."""
    return _rewritten(text, ("ask", "know", "wonder", "relay", "forward", "quot", "passing"), _RELAYED_BY, "")


# Text-speak's "2" and "4" for "to" and "for" ("cum bak 4 a revival", "wud it b hard 2 say"),
# not where they count ("season 4 of", "2 questions", "part 2"): before a word, after none that
# takes a number, and before no plural.
_DIGIT_FOR_WORD = re.compile(r"(?:^|(?<=\s))(?P<digit>[24])(?=\s+(?P<after>[A-Za-z][\w']*))")
_DIGIT_WORDS = {"2": "to", "4": "for"}
_TAKES_A_NUMBER = frozenset(
    """season seasons part pt episode episodes ep eps chapter vol volume round book number no top the
    all those these first last only about around over under just like series revival day days
    week weeks year years phase level page act scene s""".split()
)
_PLURAL_NOT = frozenset("us is was his this yes less its".split())


def read_digits_as_words(text: str) -> str:
    """`text` with a "2" or "4" standing for "to" or "for" written as the word."""
    if "2" not in text and "4" not in text:
        return text

    def read(found: re.Match[str]) -> str:
        before = text[: found.start()].split()[-1:]
        after = found["after"].lower()
        if (before and before[0].lower().strip(",.!?:;") in _TAKES_A_NUMBER) or (
            after.endswith("s") and after not in _PLURAL_NOT
        ):
            return found[0]
        return _DIGIT_WORDS[found["digit"]]

    return _DIGIT_FOR_WORD.sub(read, text)


# "when did the milo jess rory story come out", "who wrote this story": a story that comes out
# or is written is a news story, the article, not a story left to tell.
_STORY = re.compile(r"(?i)\b(?:this|that|the)\s+(?:[\w'-]+\s+){0,4}?(?P<story>story)\b")
_PUBLISHING = re.compile(
    r"(?i)\b(?:c[ao]mes?\s+out|coming\s+out|published|publish|posted|went\s+up|go(?:ne)?\s+up|drop(?:ped)?"
    r"|written|wrote|write|writer|author|byline|released)\b"
)


def read_news_story_as_article(text: str) -> str:
    """`text` with a story that comes out or is written read as the article."""
    if not _holds_any(text, ("story",)) or _PUBLISHING.search(text) is None:
        return text
    return _STORY.sub(lambda found: found[0][: found.start("story") - found.start()] + "article", text)


# Words typed for another that looks or sounds alike, read as meant where the word itself
# cannot stand: "form" for "from" before a determiner, pronoun or question word or after a word
# of going or taking ("get away form gilmore girls", "is milo form this is us"), "wood" for
# "would" opening a question or beside a question word or pronoun ("wood milo come back", "what
# wood it take"), "herd" for "heard" after "i", "we" or "have" ("i herd milo said"), "rote" for
# "wrote" after whoever wrote ("who rote the article"), "were" and "wear" for "where" opening a
# question before a verb ("were did milo say it"), "dose" for "does" opening a question or after
# a question word ("how dose milo feel"), "weather" for "whether" after asking, knowing or
# saying ("they asked weather he'd come back"), "write" for "right" before reasons ("the write
# reasons") and "plaid" for "played" after whoever played. The words themselves stay where they
# stand ("the form", "a wood", "a herd", "by rote", "the guy in plaid", "a dose of").
_DETERMINER_OR_PRONOUN = r"(?:the|a|an|this|that|these|those|his|her|him|their|them|my|your|our|it|its|me|us)"
_FORM_FOR_FROM = re.compile(
    rf"(?i)\b(?:(?P<going>(?:away|come|came|comes|coming|back|far|apart|borrowed|taken|quoted)\s+)form\b"
    rf"|form(?=\s+(?:{_DETERMINER_OR_PRONOUN}|which|what|where|whom|whose)\b))"
)
_WOOD_FOR_WOULD = re.compile(
    r"(?i)(?P<before>^\s*|[.!?,]\s*|\b(?:what|how|why|who|when|where|which|that|he|she|it|they|you|i|we)\s+)wood\b"
    r"|\bwood\b(?=\s+(?:i|you|he|she|it|we|they)\b)"
)
_HERD_FOR_HEARD = re.compile(
    r"(?i)\b(?P<before>(?:i|we|you|they|he|she|ive|have|had|just|never|ever)\s+)herd\b"
)


_WERE_FOR_WHERE = re.compile(
    r"(?i)(?P<before>^\s*|[.!?]\s*)(?:were|wear)(?=\s+(?:did|does|do|can|could|would|will|should|is|was)\b)"
)
_DOSE_FOR_DOES = re.compile(
    r"(?i)(?P<before>^\s*|[.!?,]\s*|\b(?:what|how|why|who|when|where|which)\s+)dose\b(?!\s+of\b)"
)
_WEATHER_FOR_WHETHER = re.compile(
    r"(?i)\b(?P<before>(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|sure|decide|decides"
    r"|decided|matter|matters|care|cares|say|says|said|tell|told|unclear|idea)\s+)weather\b"
)
# Words as sure to be their look-alike in a fan's question about a show ("a grate fit", "a good
# mach"), and "staring in" for "starring in" ("the show he was staring in").
_ALWAYS_LOOK_ALIKES = {"grate": "great", "mach": "match"}
_ALWAYS_LOOK_ALIKE = re.compile(r"(?i)\b(?:grate|mach)\b(?!\s*\d)")
_STARRED = {"ing": "ring", "ed": "red", "es": "s"}
_STARING_FOR_STARRING = re.compile(r"(?i)\b(?P<star>star)(?P<rest>ing|ed|es)(?=\s+(?:in|on|as)\b)")
_PLAID_FOR_PLAYED = re.compile(
    r"(?i)\b(?P<before>(?:who|that|he|she|they|i|you|actor|actress|guy|girl|man|woman)\s+)plaid\b"
)
_ROTE_FOR_WROTE = re.compile(r"(?i)\b(?P<before>(?:who|he|she|i|we|you|they)\s+)rote\b")
_WRITE_FOR_RIGHT = re.compile(r"(?i)\bwrite(?=\s+reasons?\b)")


# Each look-alike: the words every match holds, the pattern, what it is read as.
_LOOK_ALIKES: tuple[tuple[tuple[str, ...], re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (("grate", "mach"), _ALWAYS_LOOK_ALIKE, lambda found: _ALWAYS_LOOK_ALIKES[found[0].lower()]),
    (("star",), _STARING_FOR_STARRING, lambda found: found["star"] + _STARRED[found["rest"].lower()]),
    (("plaid",), _PLAID_FOR_PLAYED, lambda found: found["before"] + "played"),
    (("were", "wear"), _WERE_FOR_WHERE, lambda found: found["before"] + "where"),
    (("dose",), _DOSE_FOR_DOES, lambda found: found["before"] + "does"),
    (("weather",), _WEATHER_FOR_WHETHER, lambda found: found["before"] + "whether"),
    (("rote",), _ROTE_FOR_WROTE, lambda found: found["before"] + "wrote"),
    (("write",), _WRITE_FOR_RIGHT, lambda found: "right"),
    (("form",), _FORM_FOR_FROM, lambda found: (found["going"] or "") + "from"),
    (("wood",), _WOOD_FOR_WOULD, lambda found: (found["before"] or "") + "would"),
    (("herd",), _HERD_FOR_HEARD, lambda found: found["before"] + "heard"),
)

_LOOK_ALIKE_MARKERS = tuple(marker for markers, _, _ in _LOOK_ALIKES for marker in markers)


def read_look_alikes(text: str) -> str:
    """`text` with words fans type for look-alikes read as the words meant, where the word
    itself cannot stand (see the patterns above): "form" as "from", "wood" as "would", "herd" as
    "heard", "rote" as "wrote", "write" as "right", "were" and "wear" as "where", "dose" as
    "does", "weather" as "whether", "plaid" as "played", "staring in" as "starring in", and
    "grate" and "mach" as "great" and "match"."""
    if not _holds_any(text, _LOOK_ALIKE_MARKERS):  # most messages: one test
        return text
    for markers, pattern, replacement in _LOOK_ALIKES:
        text = _rewritten(text, markers, pattern, replacement)
    return text


# Innermost first: each reads the text the one before it left.
_CONSTRUCTIONS: tuple[Callable[[str], str], ...] = (
    read_digits_as_words,
    read_look_alikes,
    read_news_story_as_article,
    drop_relaying,
    read_fan_reporting_as_flagging,
    drop_setting_when,
    drop_fans_dispute,
    drop_fans_side,
    read_got_talking_as_asked,
    read_what_else_said,
    read_pair_together,
    read_liking_as_a_view,
    read_playing_again_as_returning,
    read_being_in_as_returning,
    read_bringing_back,
    read_years_had_as_age,
    read_age_of_a_thing_as_its_date,
    read_year_of_a_thing_as_its_date,
    read_point_of_view,
    read_saying_before_speaker,
    read_happening_as_occurring,
    read_referring_as_meaning,
    read_which_actor_as_who,
)


def read_constructions(text: str) -> str:
    """`text` with the constructions above put in the words the lexicon knows."""
    for read in _CONSTRUCTIONS:
        text = read(text)
    return text


# A rumour checked at the end of a sentence ("... is that true?", "... right?", "true or a
# troll", "my friend says milo is team dean. who's right?"): it asks whether the rest is so,
# which is what the rest asks already. An emoji may close it ("is that true 😭").
_BEFORE_A_WORD = r"[\s,.;!?]"  # what may stand right before a check's first word
_AFTER_A_CHECK_CHARACTER = r"[\s?!.\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]"
_AFTER_A_CHECK = _AFTER_A_CHECK_CHARACTER + "*$"
# What a fan offers against "true" or "real": "is that real or made up", "... or a tumblr thing".
_NOT_SO = (
    r"(?:false|not|fake|cap|(?:a\s+)?troll|made\s+up|(?:just\s+)?(?:a\s+)?(?:rumou?r|joke)|fanon"
    r"|misquoted|an?\s+(?:tumblr|tiktok|twitter|reddit|fan)\s+thing)"
)
_CONFIRMATION = re.compile(
    rf"(?i)(?:^|(?<={_BEFORE_A_WORD}))(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?"
    r"(?:true|right|real|correct|legit|accurate|fake|a\s+real\s+quote)(?:\s+or\s+" + _NOT_SO + ")?"
    r"|(?:true|real)\s+or\s+" + _NOT_SO + r"|right|correct|fr|for\s+real"
    r"|who(?:['\u2019]?s|\s+is)\s+right(?:\s+here)?)" + _AFTER_A_CHECK
)


# The last word of every check `_CONFIRMATION` finds: most sentences end in another, and
# looking at the last word is far cheaper than trying the pattern at every position.
_CONFIRMATION_ENDINGS = frozenset(
    "true right real correct legit accurate fake quote false not cap troll fr here up rumor rumour "
    "joke fanon misquoted thing".split()
)


def _only_a_check(sentence: str) -> bool:
    """True when `sentence` is nothing but a check ("is this real?", "true or a troll")."""
    return not _CONFIRMATION.sub("", sentence).strip(" ?!.")


_WORD_BOUNDARY = re.compile(_BEFORE_A_WORD)
_ONE_AFTER_A_CHECK = re.compile(_AFTER_A_CHECK_CHARACTER)


def _without_what_follows_a_check(sentence: str) -> str:
    """`sentence` without the spaces, marks and emoji `_AFTER_A_CHECK` allows at its end."""
    # Looked at from the end, character by character: searched for, the pattern would be
    # tried at every position of the sentence.
    end = len(sentence)
    while end and _ONE_AFTER_A_CHECK.match(sentence, end - 1):
        end -= 1
    return sentence[:end]


def _may_end_in_confirmation(sentence: str) -> bool:
    last = _without_what_follows_a_check(sentence).rsplit(None, 1)[-1:]
    return bool(last) and _WORD_BOUNDARY.split(last[0])[-1].casefold() in _CONFIRMATION_ENDINGS


# "milo said they made their own little world? whats the quote", "... what did he say
# exactly": a sentence asking only for the words of what the rest asks about asks nothing
# more, as every answer quotes its source. Only with a pronoun: "what did scott say" after a
# question about Milo asks about someone else.
_ASKING_FOR_THE_WORDS = re.compile(
    r"(?i)^\s*(?:(?:so|but|and|ok|okay)\s+)?(?:what|wat|wut)(?:['\u2019]?s|\s+(?:is|was|were|did|does))?"
    r"(?:\s+(?:he|she|they))?(?:\s+(?:actually|exactly|really))?(?:\s+(?:the|his|her|their))?"
    r"(?:\s+(?:exact|actual|full|real|whole))?\s+(?:say|said|quote|words|wording)"
    r"(?:\s+(?:exactly|again|actually))?(?:\s+(?:pls|please|plz))?" + _AFTER_A_CHECK
)


def drop_requests_for_the_words(text: str) -> str:
    """`text` without a sentence that asks only for the exact words of the rest ("whats the quote")."""
    if not _holds_any(text, ("say", "said", "quote", "word")):
        return text
    sentences = _cut_at_sentence_breaks(text)
    if len(sentences) < 2:
        return text
    kept = [sentence for sentence in sentences if not _ASKING_FOR_THE_WORDS.match(sentence)]
    if len(kept) == len(sentences) or not kept:
        return text
    return " ".join(kept)


def drop_confirmations(text: str) -> str:
    """`text` without the checks fans tack onto a claim ("i heard milo is team dean, is that true?")."""
    sentences = _cut_at_sentence_breaks(text)
    if not any(map(_may_end_in_confirmation, sentences)):
        return text
    kept = tuple(_CONFIRMATION.sub("", sentence) for sentence in sentences)
    if kept == sentences or not any(part.strip() for part in kept):  # "is that right?" alone asks it
        return text
    return " ".join(part for part in kept if part.strip())
