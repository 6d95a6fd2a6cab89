"""Read an article copied from the web: its metadata, and which lines are the article.

Web copies carry lines that are not the writer's text: the byline, video captions,
photo credits and the titles of related-story links. They are recognised by their form,
not by a list of this article's lines, so a second article needs no code change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from bot.core.text import clean, fold

_BYLINE = re.compile(
    r"^By\s+(?P<author>[^\d]+?)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})"
)
_CAPTION_PREFIX = re.compile(
    r"^(watch|video|photos?|gallery|related|read more|read also|see also|listen|up next|tags)\b\s*[:|-]?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?]["')\]]*$|["'][.!?]?$|\.\.\.$""")
# Words that stay lower case inside a headline written in Title Case.
_MINOR_WORDS = frozenset(
    """
    a an and as at but by for from in into nor of on or over per the to up via vs with
    """.split()
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


class LineKind(StrEnum):
    """What a line of a web copy is: the writer's text, or page furniture around it."""

    TITLE = "title"
    BYLINE = "byline"
    CAPTION = "caption"  # "Watch: ...", "Related: ..."
    CREDIT = "credit"  # "Warner Bros. Television", "Matt Baron/Shutterstock"
    LINK_TITLE = "link-title"  # a related story's headline dropped into the text
    CONTENT = "content"


@dataclass(frozen=True, slots=True)
class ArticleLine:
    """One non-empty line of an article, with its line number and kind."""

    number: int  # 1-based line number in the file
    text: str  # whitespace cleaned, typography kept
    kind: LineKind


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article read from its text: metadata from its own lines, and every line classified."""

    title: str
    author: str | None
    published: dt.date | None
    lines: tuple[ArticleLine, ...]

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The writer's paragraphs, in order, without title, byline or furniture."""
        return tuple(line.text for line in self.lines if line.kind is LineKind.CONTENT)


def parse_byline(line: str) -> tuple[str, dt.date] | None:
    """Return (author, date) from a "By NAME Mon DD, YYYY" line, or None."""
    match = _BYLINE.match(line)
    if not match:
        return None
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        return None
    try:
        published = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
    return match["author"].strip(), published


def classify_line(text: str, *, is_first: bool) -> LineKind:
    """Decide whether a line is the writer's text or page furniture, from its form alone.

    `text` must be folded (see `bot.core.text.fold`).
    """
    if is_first:
        return LineKind.TITLE
    if parse_byline(text):
        return LineKind.BYLINE
    if _CAPTION_PREFIX.match(text):
        return LineKind.CAPTION
    if _SENTENCE_END.search(text):
        return LineKind.CONTENT
    words = text.split()
    if len(words) <= 6:
        # Credits are a name, an agency or both ("Matt Baron/Shutterstock"): short and unpunctuated.
        return LineKind.CREDIT
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    minor = [w for w in words if w.lower() in _MINOR_WORDS]
    if len(capitalised) + len(minor) >= 0.9 * len(words) and len(capitalised) >= 0.6 * len(words):
        return LineKind.LINK_TITLE
    # Some sites drop the final full stop before an embed; a lower-case sentence is still text.
    return LineKind.CONTENT


def parse_article(text: str) -> ParsedArticle:
    """Split an article into classified lines and read its title, author and date."""
    lines: list[ArticleLine] = []
    author: str | None = None
    published: dt.date | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        text_line = clean(raw)
        if not text_line:
            continue
        folded = fold(text_line)
        kind = classify_line(folded, is_first=not lines)
        if kind is LineKind.BYLINE and author is None:
            author, published = parse_byline(folded) or (None, None)
        lines.append(ArticleLine(number, text_line, kind))
    title = lines[0].text if lines else ""
    return ParsedArticle(title=title, author=author, published=published, lines=tuple(lines))
