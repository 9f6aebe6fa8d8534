"""Cut long texts into pieces on paragraph boundaries, and put their records back together.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters) and its
memory grows with the text, so a long article is processed in pieces of at
most `max_chars`. Pieces are contiguous: joined in order they give the text
back exactly, and each keeps its start offset so mention offsets can be moved
back into the whole article. Nothing is dropped: where no boundary exists a
piece is cut at `max_chars` (a 100k-character "word" is not French anyway).
`split_articles` feeds the pipeline with pieces; `chunk_join.join_pieces`
turns the pieces' records back into one record per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ecograph.records import Article

# A news article is under 20,000 characters, so only long documents are cut
# (the components use whole-article context: the city in focus, names met
# earlier). bench/bench_long_text.py on a 1.03M-character text, batch of 32:
# 100k pieces 78 CPU s and 3.9 GB peak RSS, 20k pieces 47 s / 2.6 GB, 5k 24 s / 1.2 GB.
DEFAULT_MAX_CHARS = 20_000

# Best boundary first: a blank line (paragraph), a line break, a sentence end
# (French puts a space before ! and ? but none before the full stop), a space.
BOUNDARIES = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<=[.!?…»])\s+"),
    re.compile(r"\s+"),
)
# A boundary in the first quarter of the window would make a tiny piece: look further.
MIN_FILL = 0.25


@dataclass(frozen=True, slots=True)
class Piece:
    """A slice of a text: `text == whole[start:start + len(text)]`."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just after the piece in the whole text."""
        return self.start + len(self.text)


def split_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[Piece]:
    """Return contiguous pieces of at most `max_chars` characters, cut on the best boundary."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    pieces: list[Piece] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, max_chars)
        pieces.append(Piece(start, text[start:end]))
        start = end
    if start < len(text) or not pieces:
        pieces.append(Piece(start, text[start:]))
    return pieces


def _cut(text: str, start: int, max_chars: int) -> int:
    """Return where the piece starting at `start` ends: after the best boundary in reach."""
    limit = start + max_chars
    floor = start + max(1, int(max_chars * MIN_FILL))
    for pattern in BOUNDARIES:
        end = _last_boundary_end(pattern, text, floor, limit)
        if end is not None:
            return end
    return limit


def _last_boundary_end(pattern: re.Pattern[str], text: str, floor: int, limit: int) -> int | None:
    """Return the end of the last match ending in (floor, limit], keeping its whitespace."""
    best = None
    for match in pattern.finditer(text, floor - 1, limit):
        if match.end() > floor:
            best = match.end()
    return best


@dataclass(frozen=True, slots=True)
class ArticlePiece:
    """Piece `index` of `count` of an article: `article.text` is the piece's text only."""

    article: Article
    start: int
    index: int
    count: int


def split_articles(
    articles: Iterable[Article], *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[ArticlePiece]:
    """Yield each article as one or more pieces, in order (a short article is one piece)."""
    for article in articles:
        pieces = split_text(article.text, max_chars=max_chars)
        for index, piece in enumerate(pieces):
            part = article if len(pieces) == 1 else replace(article, text=piece.text)
            yield ArticlePiece(part, piece.start, index, len(pieces))
