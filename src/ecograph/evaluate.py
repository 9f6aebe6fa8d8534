"""Score extraction records against hand-made gold files: precision, recall, F1 per kind of fact.

Facts are compared as `../shared/spec/extraction-schema.md` ("How facts are compared") says.
Names fold case, accents and hyphens (`link.fold`); a gold entity is known by its name and its
aliases, a record entity by its name, its aliases and its mention texts; two ends match when
these name sets meet.

Entity facts (`Event` entities are not entity facts: they are scored through relations):
  Organisation, Place, Person, Sector: (category, name).
  Date: (category, normalized value); Figure: (category, value, unit). A gold date or figure
  without a value falls back to its names.

Relation facts, read from the record's events (entities of category Event) and their edges
(`party`, `destination`, `origin`, `participant`, `organiser`, `date`, `has_sector`); an edge
is read from either end, so a reversed edge still counts:
  partnership{A, B}: a Partnership event with `party` edges to A and B, compared as a set.
    Agreement, Investment, ... events give agreement{...}, investment{...} the same way.
  mission(D): one per `destination` D of a Mission event; visit(D, O) per destination D and
    `origin` O of a Visit event (a gold visit without origin does not check it). An event
    without destination gives a fact with an empty end, which matches no gold fact.
  participant(P, D): a `participant` or `organiser` edge from P to a Mission/Visit event with
    destination D (the gold annotates who took part; an organiser takes part).
  measure(F, X): a `measure` edge from figure F to X; when X is an event, its destinations
    name it too ("a hundred participants" of the London mission is measure(F, Londres)).
  located_in, has_sector, holds_role, member_of, in_contact_with, establishes_in, invests_in,
    acquires: (type, subject, object). `has_sector` of an event is the event's sector instead.
  Other event edges that touch no event are not facts.

Attributes are not part of a fact; they are scored separately on matched facts as accuracy:
`type`, `qualifier` and `nace` (`links.nace`) for entities; for relations `status` (any edge
of the event, or the relation itself, with `attributes.status`), `date` (the value of the
event's or figure's `date` edges), `sector` (the event's `has_sector`) and `role`.

Gold facts marked ``"optional": true`` are never misses, and a predicted fact that matches only
an optional gold fact is excluded from both true and false hits. Matching is one-to-one (a
maximum bipartite matching), so two entities for one gold thing give one false hit; relation
facts that come out identical (two Mission events to one city) count once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any, TypeVar

from ecograph.errors import GoldError, InputError
from ecograph.link import fold
from ecograph.records import Entity, Record

ENTITY_KINDS = ("Organisation", "Place", "Person", "Sector", "Date", "Figure")
DIRECT_TYPES = (
    "located_in",
    "has_sector",
    "holds_role",
    "member_of",
    "in_contact_with",
    "establishes_in",
    "invests_in",
    "acquires",
)
RELATION_KINDS = ("partnership", "mission", "visit", "participant", "measure", *DIRECT_TYPES)
EVENT_EDGES = frozenset({"party", "destination", "origin", "participant", "organiser", "date"})
GOLD_SUFFIX = ".gold.json"
GOLD_SHAPE = "see ../shared/gold/*.gold.json for the shape: document, entities, facts"

Keys = frozenset[str]
G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Fact:
    """One comparable fact: a kind, the name keys of each end, and attributes scored apart.

    An end of None (gold only) is not checked; an empty end (a prediction with a missing
    destination, say) matches nothing.
    """

    kind: str
    ends: tuple[Keys | None, ...]
    label: str
    unordered: bool = False
    optional: bool = False
    attrs: tuple[tuple[str, Keys], ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    """The facts of one gold file and the names its document goes by."""

    path: str
    names: frozenset[str]
    entities: tuple[Fact, ...]
    relations: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one kind of fact, with the facts missed and the false hits."""

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: tuple[str, ...] = ()
    false_hits: tuple[str, ...] = ()
    attributes: tuple[tuple[str, int, int], ...] = ()  # (attribute, correct, compared)

    @property
    def precision(self) -> float:
        """Share of predicted facts that are right (1.0 when nothing was there to find)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        """Share of gold facts that were found (1.0 when nothing was predicted wrongly)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Return the score as plain JSON data (misses and false hits when `errors`)."""
        data: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "attributes": {
                name: {"correct": ok, "compared": n, "accuracy": round(ok / n, 4)}
                for name, ok, n in self.attributes
            },
        }
        if errors:
            data["misses"] = list(self.misses)
            data["false_hits"] = list(self.false_hits)
        return data


@dataclass(frozen=True, slots=True)
class Report:
    """Scores per entity category and per relation type, over every evaluated document."""

    documents: tuple[str, ...]
    entities: tuple[Score, ...]
    relations: tuple[Score, ...]
    unmatched_gold: tuple[str, ...] = ()

    @property
    def entity_overall(self) -> Score:
        """Micro-averaged score over all entity categories."""
        return _sum("overall", self.entities)

    @property
    def relation_overall(self) -> Score:
        """Micro-averaged score over all relation types."""
        return _sum("overall", self.relations)

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """Return the report as plain JSON data."""
        return {
            "documents": list(self.documents),
            "unmatched_gold": list(self.unmatched_gold),
            "entities": {
                "overall": self.entity_overall.to_dict(errors=False),
                "by_category": {s.kind: s.to_dict(errors=errors) for s in self.entities},
            },
            "relations": {
                "overall": self.relation_overall.to_dict(errors=False),
                "by_type": {s.kind: s.to_dict(errors=errors) for s in self.relations},
            },
        }


# --- reading files -------------------------------------------------------------------------


def load_records(path: str | Path) -> tuple[Record, ...]:
    """Read `records.jsonl` (or a directory holding one): one `Record` per line."""
    path = Path(path)
    path = path / "records.jsonl" if path.is_dir() else path
    fix = "pass the records.jsonl that `ecograph extract CORPUS --out DIR` writes"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise InputError(str(path), "no such records file", fix=fix) from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot be read ({type(e).__name__})", fix=fix) from e
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(Record.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            reason = f"line {number} is not a record ({type(e).__name__}: {e})"
            raise InputError(str(path), reason, fix=fix) from e
    if not records:
        raise InputError(str(path), "holds no record", fix=fix)
    return tuple(records)


def load_gold(path: str | Path) -> tuple[Gold, ...]:
    """Read one gold file, or every `*.gold.json` file of a directory, sorted by name."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob(f"*{GOLD_SUFFIX}"))
        if not files:
            raise GoldError(f"{path}: no *{GOLD_SUFFIX} file here", fix="check the --gold path")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"{path}: no such gold file or directory", fix="check the --gold path")
    return tuple(_read_gold(f) for f in files)


def _read_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: not readable JSON ({e})", fix=GOLD_SHAPE) from e
    try:
        return _parse_gold(data, path)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise GoldError(f"{path}: not a gold file ({type(e).__name__}: {e})", fix=GOLD_SHAPE) from e


def _parse_gold(data: dict[str, Any], path: Path) -> Gold:
    document = str(data["document"])
    entities = tuple(_gold_entity(e) for e in data["entities"])
    index: dict[str, Keys] = {}
    for entity, fact in zip(data["entities"], entities, strict=True):
        for name in (entity["name"], *entity.get("aliases", ())):
            index.setdefault(fold(str(name)), fact.ends[0] or frozenset())

    def resolve(name: str) -> Keys:
        # A fact names its ends by a gold entity's name: take that entity's keys (aliases too).
        return index.get(fold(name)) or frozenset({fold(name)})

    facts = tuple(_gold_relation(f, resolve) for f in data.get("facts", ()))
    names = frozenset({document, Path(document).stem, path.name.removesuffix(GOLD_SUFFIX)})
    return Gold(str(path), names, entities, facts)


def _gold_entity(entity: dict[str, Any]) -> Fact:
    category, name = str(entity["category"]), str(entity["name"])
    if category not in ENTITY_KINDS:
        raise ValueError(f"unknown entity category {category!r} for {name!r}")
    key = _value_key(category, entity.get("value"), entity.get("unit"))
    keys = frozenset({key}) if key else _fold_all([name, *entity.get("aliases", ())])
    found = {"type": entity.get("type"), "qualifier": entity.get("qualifier")}
    found["nace"] = entity.get("nace")
    attrs = tuple((k, frozenset({fold(str(v))})) for k, v in found.items() if v)
    label = _entity_label(name, entity.get("value"), entity.get("unit"), category)
    return Fact(category, (keys,), label, optional=bool(entity.get("optional")), attrs=attrs)


# Ends of each gold relation, in the order the record's facts give them.
_GOLD_ENDS = {
    "mission": ("destination",),
    "visit": ("destination", "origin"),
    "participant": ("subject", "destination"),
    "measure": ("figure", "of"),
}


def _gold_relation(fact: dict[str, Any], resolve: Callable[[str], Keys]) -> Fact:
    kind = str(fact["relation"])
    attrs = tuple(
        (k, _attr_keys(k, str(fact[k]), resolve))
        for k in ("status", "date", "sector", "role")
        if fact.get(k)
    )
    if kind not in _GOLD_ENDS and "parties" in fact:
        parties = [str(p) for p in fact["parties"]]
        ends: tuple[Keys | None, ...] = tuple(resolve(p) for p in parties)
        label, unordered = f"{kind}{{{', '.join(parties)}}}", True
    else:
        # A gold visit without origin does not check the origin.
        roles = _GOLD_ENDS.get(kind, ("subject", "object"))
        given = [None if r == "origin" and r not in fact else str(fact[r]) for r in roles]
        ends = tuple(None if n is None else resolve(n) for n in given)
        label, unordered = f"{kind}({', '.join(n or '*' for n in given)})", False
    optional = bool(fact.get("optional"))
    return Fact(kind, ends, label, unordered=unordered, optional=optional, attrs=attrs)


def _attr_keys(name: str, value: str, resolve: Callable[[str], Keys]) -> Keys:
    if name == "date":
        return frozenset({f"date:{value.strip()}"})
    return resolve(value) if name == "sector" else frozenset({fold(value)})


# --- facts of a record ---------------------------------------------------------------------


class _Graph:
    """The entities and edges of one record, read around events."""

    def __init__(self, record: Record) -> None:
        self.by_id = {e.id: e for e in record.entities}
        self.relations = record.relations

    def is_event(self, entity: Entity) -> bool:
        return entity.category == "Event"

    def around(self, event: Entity, rel_type: str) -> list[Entity]:
        """The other ends of the `rel_type` edges that touch `event`, in either direction."""
        ends = []
        for rel in self.relations:
            if rel.type == rel_type and event.id in (rel.subject, rel.object):
                other = self.by_id.get(rel.object if rel.subject == event.id else rel.subject)
                ends += [other] if other is not None else []
        return ends

    def keys(self, entity: Entity) -> Keys:
        """Names of a node; an event is also named by its destinations."""
        keys = _record_keys(entity)
        if self.is_event(entity):
            keys = keys.union(*(_record_keys(d) for d in self.around(entity, "destination")))
        return keys

    def dates(self, entity: Entity) -> Keys:
        return frozenset(f"date:{d.value}" for d in self.around(entity, "date") if d.value)

    def statuses(self, entity: Entity) -> Keys:
        return frozenset(
            fold(r.attributes["status"])
            for r in self.relations
            if entity.id in (r.subject, r.object) and r.attributes.get("status")
        )


def record_facts(record: Record) -> tuple[list[Fact], list[Fact]]:
    """Return the entity facts and the relation facts a record states."""
    graph = _Graph(record)
    entities = [_record_entity(e) for e in record.entities if not graph.is_event(e)]
    relations = [*_event_facts(graph), *_edge_facts(graph)]
    unique = {(f.kind, frozenset(f.ends) if f.unordered else f.ends): f for f in relations[::-1]}
    return entities, list(reversed(unique.values()))


def _record_entity(entity: Entity) -> Fact:
    found = {"type": entity.type, "qualifier": entity.qualifier, "nace": entity.links.get("nace")}
    attrs = tuple((k, frozenset({fold(str(v))})) for k, v in found.items() if v)
    label = _entity_label(entity.name, entity.value, entity.unit, entity.category)
    return Fact(entity.category, (_record_keys(entity),), label, attrs=attrs)


def _event_facts(graph: _Graph) -> Iterator[Fact]:
    for event in filter(graph.is_event, graph.by_id.values()):
        places: list[Entity | None] = [*graph.around(event, "destination")] or [None]
        yield from _own_facts(graph, event, places)
        for who in graph.around(event, "participant") + graph.around(event, "organiser"):
            for d in places:
                ends = (graph.keys(who), _keys(graph, d))
                yield Fact("participant", ends, _label("participant", who, d))


def _own_facts(graph: _Graph, event: Entity, places: list[Entity | None]) -> Iterator[Fact]:
    """mission(D), visit(D, O), or partnership{parties} (and the like) of one event."""
    sectors = frozenset().union(*(graph.keys(s) for s in graph.around(event, "has_sector")))
    attrs = (
        ("status", graph.statuses(event)),
        ("date", graph.dates(event)),
        ("sector", sectors),
    )
    kind = event.type.lower()
    if event.type == "Mission":
        for d in places:
            yield Fact(kind, (_keys(graph, d),), _label(kind, d), attrs=attrs)
    elif event.type == "Visit":
        origins: list[Entity | None] = [*graph.around(event, "origin")] or [None]
        for d, o in product(places, origins):
            yield Fact(kind, (_keys(graph, d), _keys(graph, o)), _label(kind, d, o), attrs=attrs)
    else:
        parties = graph.around(event, "party")
        ends = tuple(graph.keys(p) for p in parties)
        label = f"{kind}{{{', '.join(p.name for p in parties)}}}"
        yield Fact(kind, ends, label, unordered=True, attrs=attrs)


def _edge_facts(graph: _Graph) -> Iterator[Fact]:
    for rel in graph.relations:
        subject, obj = graph.by_id.get(rel.subject), graph.by_id.get(rel.object)
        if subject is None or obj is None or rel.type in EVENT_EDGES:
            continue
        if rel.type == "has_sector" and graph.is_event(subject):
            continue  # the event's sector: an attribute of its fact
        attrs = tuple(
            (k, frozenset({fold(rel.attributes[k])}))
            for k in ("status", "role")
            if rel.attributes.get(k)
        )
        if rel.type == "measure":
            attrs += (("date", graph.dates(subject)),)
        ends = (graph.keys(subject), graph.keys(obj))
        yield Fact(rel.type, ends, _label(rel.type, subject, obj), attrs=attrs)


def _keys(graph: _Graph, entity: Entity | None) -> Keys:
    return frozenset() if entity is None else graph.keys(entity)


def _label(kind: str, *ends: Entity | None) -> str:
    return f"{kind}({', '.join('?' if e is None else e.name for e in ends)})"


def _record_keys(entity: Entity) -> Keys:
    names = _fold_all([entity.name, *entity.aliases, *(m.text for m in entity.mentions)])
    key = _value_key(entity.category, entity.value, entity.unit)
    return names | {key} if key else names


def _value_key(category: str, value: object, unit: object) -> str | None:
    """Dates compare by normalized value, figures by (value, unit)."""
    if value is None or value == "":
        return None
    if category == "Date":
        return f"date:{str(value).strip()}"
    if category != "Figure":
        return None
    try:
        return f"figure:{float(str(value))!r}|{fold(str(unit or ''))}"
    except ValueError:
        return None


def _fold_all(names: Iterable[str]) -> Keys:
    return frozenset(f for f in (fold(str(n)) for n in names) if f)


def _entity_label(name: str, value: object, unit: object, category: str) -> str:
    if category in ("Date", "Figure") and value is not None:
        return f"{name} = {value}{f' {unit}' if unit else ''}"
    return name


# --- scoring -------------------------------------------------------------------------------


def evaluate_files(records_path: str | Path, gold_path: str | Path) -> Report:
    """Score the records of `records_path` against the gold file(s) at `gold_path`."""
    return evaluate(load_records(records_path), load_gold(gold_path))


def evaluate(records: Iterable[Record], golds: Sequence[Gold]) -> Report:
    """Score records against gold files matched to them by document name.

    A gold file matches the record whose `document.source` file name (or its stem), or whose
    `document.id`, is the gold's "document" name or the gold file's stem. Gold files that
    match no record are listed in `Report.unmatched_gold`; records without gold are skipped.
    """
    records = list(records)
    entity_scores: dict[str, list[Score]] = {}
    relation_scores: dict[str, list[Score]] = {}
    documents, unmatched = [], []
    for gold in golds:
        record = _find_record(records, gold)
        if record is None:
            unmatched.append(gold.path)
            continue
        documents.append(record.document.source)
        prefix = f"{Path(record.document.source).name}: " if len(golds) > 1 else ""
        pred_entities, pred_relations = record_facts(record)
        _score_into(entity_scores, gold.entities, pred_entities, prefix)
        _score_into(relation_scores, gold.relations, pred_relations, prefix)
    if not documents:
        names = ", ".join(sorted(n for g in golds for n in g.names))
        raise GoldError(
            f"no record is about a gold document ({names})",
            fix="a gold file's 'document' must be a record's source file name or document id",
        )
    return Report(
        documents=tuple(documents),
        entities=_ordered(entity_scores, ENTITY_KINDS, keep=ENTITY_KINDS),
        relations=_ordered(relation_scores, RELATION_KINDS, keep=()),
        unmatched_gold=tuple(unmatched),
    )


def _find_record(records: list[Record], gold: Gold) -> Record | None:
    for record in records:
        source = Path(record.document.source)
        if {source.name, source.stem, record.document.id} & gold.names:
            return record
    return None


def _score_into(
    scores: dict[str, list[Score]], golds: Sequence[Fact], preds: Sequence[Fact], prefix: str
) -> None:
    for kind in dict.fromkeys([f.kind for f in golds] + [f.kind for f in preds]):
        kind_golds = [f for f in golds if f.kind == kind]
        kind_preds = [f for f in preds if f.kind == kind]
        scores.setdefault(kind, []).append(_score(kind, kind_golds, kind_preds, prefix))


def _score(kind: str, golds: list[Fact], preds: list[Fact], prefix: str) -> Score:
    """Match one-to-one; predictions that fit only an optional gold fact are not counted."""
    required = [g for g in golds if not g.optional]
    optional = [g for g in golds if g.optional]
    pairs = _matching(required, preds, _fits)
    used = set(pairs.values())
    leftover = [p for i, p in enumerate(preds) if i not in used]
    false_hits = [p for p in leftover if not any(_fits(g, p) for g in optional)]
    misses = [g for i, g in enumerate(required) if i not in pairs]
    counts: dict[str, list[int]] = {}
    for g, p in pairs.items():
        found = dict(preds[p].attrs)
        for name, keys in required[g].attrs:
            count = counts.setdefault(name, [0, 0])
            count[0] += bool(keys & found.get(name, frozenset()))
            count[1] += 1
    return Score(
        kind,
        tp=len(pairs),
        fp=len(false_hits),
        fn=len(misses),
        misses=tuple(prefix + f.label for f in misses),
        false_hits=tuple(prefix + f.label for f in false_hits),
        attributes=tuple((name, ok, n) for name, (ok, n) in sorted(counts.items())),
    )


def _fits(gold: Fact, pred: Fact) -> bool:
    if len(gold.ends) != len(pred.ends):
        return False
    if gold.unordered:
        # Parties are a set: every gold party needs its own predicted party.
        return len(_matching(gold.ends, pred.ends, _end_fits)) == len(gold.ends)
    return all(_end_fits(g, p) for g, p in zip(gold.ends, pred.ends, strict=True))


def _end_fits(gold: Keys | None, pred: Keys | None) -> bool:
    return gold is None or bool(pred and gold & pred)


def _matching(
    golds: Sequence[G], preds: Sequence[P], fits: Callable[[G, P], bool]
) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold index -> prediction index."""
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g, gold in enumerate(golds):
            if g in seen or not fits(gold, preds[p]):
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return owner


def _sum(kind: str, scores: Iterable[Score]) -> Score:
    scores = list(scores)
    counts: dict[str, list[int]] = {}
    for score in scores:
        for name, ok, n in score.attributes:
            count = counts.setdefault(name, [0, 0])
            count[0] += ok
            count[1] += n
    return Score(
        kind,
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        misses=tuple(m for s in scores for m in s.misses),
        false_hits=tuple(h for s in scores for h in s.false_hits),
        attributes=tuple((name, ok, n) for name, (ok, n) in sorted(counts.items())),
    )


def _ordered(
    scores: dict[str, list[Score]], order: Sequence[str], *, keep: Sequence[str]
) -> tuple[Score, ...]:
    """Scores in `order`, then the others; a kind with nothing to count shows only if kept."""
    kinds = [k for k in order if k in scores or k in keep]
    kinds += sorted(k for k in scores if k not in order)
    summed = (_sum(kind, scores.get(kind, [])) for kind in kinds)
    return tuple(s for s in summed if s.tp + s.fp + s.fn or s.kind in keep)
