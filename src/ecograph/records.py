"""Plain records handed between stages: no spaCy or rdflib object past `extract`.

The JSON shape is the contract of `../shared/spec/extraction-schema.md`
(`schema_version` 1). Every record is a frozen dataclass with `to_dict` and
`from_dict`, so `records.jsonl` is a checkpoint the graph can be rebuilt from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1

CATEGORIES = ("Organisation", "Place", "Person", "Sector", "Date", "Figure", "Event")

FINE_TYPES: dict[str, tuple[str, ...]] = {
    "Organisation": (
        "Company",
        "PublicBody",
        "Agency",
        "Chamber",
        "Association",
        "PoliticalParty",
        "Organisation",
    ),
    "Place": ("City", "Country", "Region", "Department", "Place"),
    "Person": ("Person",),
    "Sector": ("Sector",),
    "Date": ("Date",),
    "Figure": ("Figure",),
    "Event": (
        "Partnership",
        "Mission",
        "Visit",
        "Agreement",
        "Investment",
        "Acquisition",
        "Establishment",
    ),
}

CATEGORY_OF_TYPE: dict[str, str] = {t: c for c, ts in FINE_TYPES.items() for t in ts}

RELATION_TYPES = (
    "party",
    "destination",
    "origin",
    "participant",
    "organiser",
    "date",
    "measure",
    "located_in",
    "has_sector",
    "holds_role",
    "member_of",
    "in_contact_with",
    "establishes_in",
    "invests_in",
    "acquires",
)

STATUSES = (
    "proposed",
    "under_discussion",
    "in_progress",
    "signed",
    "planned",
    "done",
    "ended",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from the corpus, text already decoded and normalized."""

    id: str
    text: str
    source: str
    sha256: str
    title: str | None = None
    published: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is named: character offsets into the article text."""

    text: str
    start: int
    end: int
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(data["text"], int(data["start"]), int(data["end"]), int(data["sentence"]))


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing named in an article, with all its mentions there."""

    id: str
    category: str
    type: str
    name: str
    mentions: tuple[Mention, ...] = ()
    value: str | float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    # Relative dates only: how they were anchored: "published" (the article's date),
    # "inferred" (the latest date the article states), "unresolved" (no anchor, no value).
    resolved: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "category": self.category,
            "type": self.type,
            "name": self.name,
        }
        if self.value is not None:
            data["value"] = self.value
        if self.unit is not None:
            data["unit"] = self.unit
        if self.qualifier is not None:
            data["qualifier"] = self.qualifier
        data["links"] = dict(self.links)
        if self.aliases:
            data["aliases"] = list(self.aliases)
        if self.resolved is not None:
            data["resolved"] = self.resolved
        data["mentions"] = [m.to_dict() for m in self.mentions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            category=data["category"],
            type=data["type"],
            name=data["name"],
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
            value=data.get("value"),
            unit=data.get("unit"),
            qualifier=data.get("qualifier"),
            links=dict(data.get("links") or {}),
            aliases=tuple(data.get("aliases") or ()),
            resolved=data.get("resolved"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact came from, with its offsets in the article."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(data["text"], int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities of the same article, with provenance."""

    type: str
    subject: str
    object: str
    evidence: Evidence
    confidence: float = 0.5
    rule: str = "unknown"
    attributes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subject": self.subject,
            "object": self.object,
            "attributes": dict(self.attributes),
            "confidence": self.confidence,
            "rule": self.rule,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(
            type=data["type"],
            subject=data["subject"],
            object=data["object"],
            evidence=Evidence.from_dict(data["evidence"]),
            confidence=float(data.get("confidence", 0.5)),
            rule=data.get("rule", "unknown"),
            attributes=dict(data.get("attributes") or {}),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """The `document` part of a record: where the article came from."""

    id: str
    source: str
    sha256: str
    title: str | None = None
    published: str | None = None
    language: str = "fr"
    encoding: str = "utf-8"
    pipeline: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            source=data["source"],
            sha256=data["sha256"],
            title=data.get("title"),
            published=data.get("published"),
            language=data.get("language", "fr"),
            encoding=data.get("encoding", "utf-8"),
            pipeline=data.get("pipeline", ""),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one article: the line of `records.jsonl`."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(
            document=Document.from_dict(data["document"]),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            relations=tuple(Relation.from_dict(r) for r in data.get("relations", ())),
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
        )

    def entity(self, entity_id: str) -> Entity | None:
        """Return the entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)
