"""The facts a record states: read `records.jsonl`, then its entities, events and edges.

Relation facts come from the record's events (entities of category Event) and their edges;
an edge is read from either end, so a reversed edge still counts:
  partnership{A, B}: a Partnership event with `party` edges to A and B, compared as a set.
    Agreement, Investment, ... events give agreement{...}, investment{...} the same way.
  mission(D): one per `destination` D of a Mission event; visit(D, O) per destination D and
    `origin` O of a Visit event. An event without destination gives a fact with an empty end,
    which matches no gold fact.
  participant(P, D): a `participant` or `organiser` edge from P to a Mission/Visit event with
    destination D (the gold annotates who took part; an organiser takes part).
  measure(F, X) and the direct types: (type, subject, object); when X is an event, its
    destinations name it too. `has_sector` of an event is the event's sector instead.
  Other event edges that touch no event are not facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import product
from pathlib import Path

from ecograph.errors import InputError
from ecograph.evaluation.events import EventGraph, is_event
from ecograph.evaluation.facts import Attrs, Fact, entity_fact, folded_attrs, record_keys
from ecograph.records import Entity, Record

EVENT_EDGES = frozenset({"party", "destination", "origin", "participant", "organiser", "date"})
_RECORDS_FIX = "pass the records.jsonl that `ecograph extract CORPUS --out DIR` writes"


def load_records(path: str | Path) -> tuple[Record, ...]:
    """Read `records.jsonl` (or a directory holding one): one `Record` per line."""
    path = Path(path)
    path = path / "records.jsonl" if path.is_dir() else path
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise InputError(str(path), "no such records file", fix=_RECORDS_FIX) from e
    except (OSError, UnicodeDecodeError) as e:
        reason = f"cannot be read ({type(e).__name__})"
        raise InputError(str(path), reason, fix=_RECORDS_FIX) from e
    records = tuple(_parse_record(path, n, line) for n, line in enumerate(lines, 1) if line.strip())
    if not records:
        raise InputError(str(path), "holds no record", fix=_RECORDS_FIX)
    return records


def _parse_record(path: Path, number: int, line: str) -> Record:
    try:
        return Record.from_dict(json.loads(line))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        reason = f"line {number} is not a record ({type(e).__name__}: {e})"
        raise InputError(str(path), reason, fix=_RECORDS_FIX) from e


def record_facts(record: Record) -> tuple[list[Fact], list[Fact]]:
    """Return the entity facts and the relation facts a record states."""
    graph = EventGraph(record)
    entities = [_record_entity(e) for e in record.entities if not is_event(e)]
    relations = [*_event_facts(graph), *_edge_facts(graph)]
    # Identical relation facts (two Mission events to one city) count once.
    unique = {(f.kind, frozenset(f.ends) if f.unordered else f.ends): f for f in relations[::-1]}
    return entities, list(reversed(unique.values()))


def _record_entity(entity: Entity) -> Fact:
    found = {"type": entity.type, "qualifier": entity.qualifier, "nace": entity.links.get("nace")}
    keys, name = record_keys(entity), entity.name
    return entity_fact(
        entity.category, keys, name=name, value=entity.value, unit=entity.unit, found=found
    )


def _event_facts(graph: EventGraph) -> Iterator[Fact]:
    for event in graph.events():
        places: list[Entity | None] = [*graph.around(event, "destination")] or [None]
        yield from _own_facts(graph, event, places)
        for who in graph.around(event, "participant") + graph.around(event, "organiser"):
            for d in places:
                ends = (graph.keys(who), graph.keys(d))
                yield Fact("participant", ends, _label("participant", who, d))


def _own_facts(graph: EventGraph, event: Entity, places: list[Entity | None]) -> Iterator[Fact]:
    """mission(D), visit(D, O), or partnership{parties} (and the like) of one event."""
    kind, attrs = event.type.lower(), _event_attrs(graph, event)
    if event.type == "Mission":
        for d in places:
            yield Fact(kind, (graph.keys(d),), _label(kind, d), attrs=attrs)
    elif event.type == "Visit":
        origins: list[Entity | None] = [*graph.around(event, "origin")] or [None]
        for d, o in product(places, origins):
            yield Fact(kind, (graph.keys(d), graph.keys(o)), _label(kind, d, o), attrs=attrs)
    else:
        parties = graph.around(event, "party")
        label = f"{kind}{{{', '.join(p.name for p in parties)}}}"
        yield Fact(kind, tuple(map(graph.keys, parties)), label, unordered=True, attrs=attrs)


def _event_attrs(graph: EventGraph, event: Entity) -> Attrs:
    return (
        ("status", graph.statuses(event)),
        ("date", graph.dates(event)),
        ("sector", graph.sectors(event)),
    )


def _edge_facts(graph: EventGraph) -> Iterator[Fact]:
    for rel in graph.relations:
        subject, obj = graph.by_id.get(rel.subject), graph.by_id.get(rel.object)
        if subject is None or obj is None or rel.type in EVENT_EDGES:
            continue
        if rel.type == "has_sector" and is_event(subject):
            continue  # the event's sector: an attribute of its fact
        attrs = folded_attrs({k: rel.attributes.get(k) for k in ("status", "role")})
        if rel.type == "measure":
            attrs += (("date", graph.dates(subject)),)
        ends = (graph.keys(subject), graph.keys(obj))
        yield Fact(rel.type, ends, _label(rel.type, subject, obj), attrs=attrs)


def _label(kind: str, *ends: Entity | None) -> str:
    return f"{kind}({', '.join('?' if e is None else e.name for e in ends)})"
