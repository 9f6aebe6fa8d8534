"""Put the records of an article's pieces back together: one record, whole-text offsets.

Each piece was extracted as if it were the article (same id, hash and
metadata, its own text), so its offsets and sentence numbers start at zero;
here they are moved by the piece's start offset and the sentences before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ecograph.chunking import ArticlePiece
from ecograph.records import Entity, Evidence, Mention, Record, Relation


def join_pieces(parts: Iterable[tuple[Record, ArticlePiece, int]]) -> Iterator[Record]:
    """Yield one record per article from `(record, piece, sentences in piece)`, in order."""
    pending: list[tuple[Record, ArticlePiece, int]] = []
    for record, piece, sentences in parts:
        if piece.count == 1:
            yield record
            continue
        pending.append((record, piece, sentences))
        if piece.index == piece.count - 1:
            yield _merge_pending(pending)
            pending = []
    if pending:
        raise ValueError(f"article {pending[0][1].article.id} ended before its last piece")


def _merge_pending(pending: list[tuple[Record, ArticlePiece, int]]) -> Record:
    shifts: list[tuple[int, int]] = []
    sentences_before = 0
    for _, piece, sentences in pending:
        shifts.append((piece.start, sentences_before))
        sentences_before += sentences
    return merge_records([record for record, _, _ in pending], shifts)


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
