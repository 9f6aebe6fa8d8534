"""Cut long texts into pieces on paragraph boundaries, and put their records back together.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters) and its
memory grows with the text, so a long article is processed in pieces of at
most `max_chars`. Pieces are contiguous: joined in order they give the text
back exactly, and each keeps its start offset so mention offsets can be moved
back into the whole article. Nothing is dropped: where no boundary exists a
piece is cut at `max_chars` (a 100k-character "word" is not French anyway).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ecograph.records import Entity, Evidence, Mention, Record, Relation

DEFAULT_MAX_CHARS = 100_000

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


def merge_records(records: Sequence[Record], shifts: Sequence[tuple[int, int]]) -> Record:
    """Merge the records of one article's pieces into one record of the whole article.

    `shifts[i]` is `(piece.start, sentences before piece i)`: mention and
    evidence offsets and sentence numbers are moved by them. Entities with the
    same id (the same thing named in two pieces) become one; repeated
    relations are kept once.
    """
    if len(records) != len(shifts) or not records:
        raise ValueError("merge_records needs one (start, sentence) shift per record")
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}
    for record, (start, sentence) in zip(records, shifts, strict=True):
        for entity in record.entities:
            moved = _shift_entity(entity, start, sentence)
            old = entities.get(entity.id)
            entities[entity.id] = moved if old is None else _join_entities(old, moved)
        for relation in record.relations:
            key = (relation.type, relation.subject, relation.object)
            relations.setdefault(key, _shift_relation(relation, start))
    return replace(
        records[0], entities=tuple(entities.values()), relations=tuple(relations.values())
    )


def _shift_entity(entity: Entity, start: int, sentence: int) -> Entity:
    mentions = tuple(
        Mention(m.text, m.start + start, m.end + start, m.sentence + sentence)
        for m in entity.mentions
    )
    return replace(entity, mentions=mentions)


def _join_entities(old: Entity, new: Entity) -> Entity:
    """Keep the first piece's name and values; add the later mentions, aliases and links."""
    aliases = tuple(sorted((set(old.aliases) | set(new.aliases) | {new.name}) - {old.name}))
    return replace(
        old,
        mentions=old.mentions + new.mentions,
        aliases=aliases,
        links={**new.links, **old.links},
        value=old.value if old.value is not None else new.value,
        unit=old.unit or new.unit,
        qualifier=old.qualifier or new.qualifier,
    )


def _shift_relation(relation: Relation, start: int) -> Relation:
    evidence = relation.evidence
    moved = Evidence(evidence.text, evidence.start + start, evidence.end + start)
    return replace(relation, evidence=moved)
