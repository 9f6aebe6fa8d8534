"""Cross-article linking: one node per real thing, merged conservatively and logged.

`extract` mints an IRI per entity from its own article (see `link.entity_iri`). This
stage looks at the whole set of records and rewrites organisation and person ids:

- an alias declared in one article ("Société Foo (SF)") links mentions of that alias
  in any article, when the types are compatible;
- an organisation of unknown kind links to the one typed organisation of that name;
- two organisations of one name in incompatible contexts (different types, or
  different countries) stay apart;
- a user file (`--links FILE`, TOML) forces merges (`[[same]]`) and splits (`[[different]]`).

The result depends only on the set of records and the links file, never on the order
in which articles were added. Every merge is a `Merge` (written to `merges.jsonl`).
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ecograph.errors import EcographError
from ecograph.link import fold, mint_iri
from ecograph.records import Entity, Record

LINKED = ("Organisation", "Person")
UNKNOWN_KIND = "Organisation"
# A declared alias must look like a name: an acronym or a capitalised proper name,
# never a generic phrase ("la Ville", "le Département") that means another thing elsewhere.
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9&.\-]{1,9}$")
_GENERIC_START = re.compile(r"^(l'|l’|la |le |les |un |une |des |du |de )", re.I)


@dataclass(frozen=True, slots=True)
class Merge:
    """One decision of the linker: `old` now means `new` (reviewable, one JSON line each)."""

    old: str
    new: str
    name: str
    reason: str
    article: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class LinksFile:
    """User overrides: names that are one thing, and names never merged across articles."""

    same: list[list[str]] = field(default_factory=list)
    different: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, path: Path | None) -> LinksFile:
        """Read a TOML links file (`[[same]] names = [...]`, `[[different]] name = "..."`)."""
        if path is None:
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise EcographError(
                f"{path}: cannot read the links file ({e})",
                fix='write TOML: [[same]] names = ["A", "B"] / [[different]] name = "C"',
            ) from e
        same = [list(map(str, item.get("names", []))) for item in data.get("same", [])]
        different = {fold(str(item.get("name", ""))) for item in data.get("different", [])}
        return cls(same=[s for s in same if len(s) > 1], different=different - {""})


def is_name_like(alias: str) -> bool:
    """Return True for an alias that can safely link across articles."""
    alias = alias.strip()
    if _ACRONYM.match(alias):
        return True
    return bool(alias[:1].isupper()) and not _GENERIC_START.match(alias) and len(alias) > 2


def org_key(entity: Entity, country: str | None) -> str:
    """The linking key of an organisation or person: kind, folded name, country if known."""
    kind = entity.type if entity.category == "Organisation" else "Person"
    return "|".join(filter(None, (kind, fold(entity.name), country)))


def countries_of(record: Record) -> dict[str, str]:
    """Map each organisation of a record to the country it is located in, when said."""
    places = {e.id: e for e in record.entities if e.type == "Country"}
    found: dict[str, str] = {}
    for rel in record.relations:
        country = places.get(rel.object)
        if rel.type == "located_in" and country is not None:
            found[rel.subject] = country.links.get("iso3166") or fold(country.name)
    return found


@dataclass
class Linker:
    """Global view of organisations and people over a set of records."""

    links: LinksFile = field(default_factory=LinksFile)
    # (category, folded name) -> {kind: {country or "": count}}
    seen: dict[tuple[str, str], dict[str, dict[str, int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    )
    aliases: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # folded alias -> (kind, name)

    def learn(self, records: Iterable[Record]) -> Linker:
        """Read names, kinds, countries and declared aliases from `records`."""
        for record in records:
            country = countries_of(record)
            for entity in record.entities:
                if entity.category in LINKED:
                    kind = entity.type if entity.category == "Organisation" else "Person"
                    key = (entity.category, fold(entity.name))
                    self.seen[key][kind][country.get(entity.id, "")] += 1
                    self._learn_aliases(entity, kind)
        for names in self.links.same:
            canonical = names[-1]
            for alias in names[:-1]:
                self.aliases[fold(alias)] = ("*", canonical)
        return self

    def _learn_aliases(self, entity: Entity, kind: str) -> None:
        for alias in entity.aliases:
            if is_name_like(alias) and fold(alias) != fold(entity.name):
                self.aliases.setdefault(fold(alias), (kind, entity.name))

    def link(self, record: Record) -> tuple[Record, list[Merge]]:
        """Rewrite the ids of a record's organisations and people; return the merges made."""
        country = countries_of(record)
        new_ids: dict[str, str] = {}
        merges: list[Merge] = []
        entities = []
        for entity in record.entities:
            linked, reason = self._resolve(entity, country.get(entity.id), record.document.id)
            if linked.id != entity.id:
                new_ids[entity.id] = linked.id
                if reason:
                    merge = Merge(entity.id, linked.id, entity.name, reason, record.document.id)
                    merges.append(merge)
            entities.append(linked)
        relations = tuple(
            replace(
                r, subject=new_ids.get(r.subject, r.subject), object=new_ids.get(r.object, r.object)
            )
            for r in record.relations
        )
        return replace(record, entities=_dedupe(entities), relations=relations), merges

    def _resolve(self, entity: Entity, country: str | None, article: str) -> tuple[Entity, str]:
        if entity.category not in LINKED:
            return entity, ""
        folded = fold(entity.name)
        if folded in self.links.different:
            return self._with_key(
                entity, f"{org_key(entity, country)}|{article}"
            ), "split by links file"
        reason = ""
        target = self.aliases.get(folded)
        if target and target[0] in ("*", entity.type, UNKNOWN_KIND, "Person"):
            entity = replace(entity, name=target[1], aliases=tuple({*entity.aliases, entity.name}))
            reason = "declared alias" if target[0] != "*" else "links file"
        kinds = self.seen.get((entity.category, fold(entity.name)), {})
        if entity.category == "Organisation" and entity.type == UNKNOWN_KIND:
            typed = [k for k in kinds if k != UNKNOWN_KIND]
            if len(typed) == 1:
                entity = replace(entity, type=typed[0])
                reason = "kind known from another article"
        if country is None:
            countries = [c for c in kinds.get(entity.type, {}) if c]
            country = countries[0] if len(countries) == 1 else None
            reason = reason or ("country known from another article" if country else "")
        return self._with_key(entity, org_key(entity, country)), reason

    @staticmethod
    def _with_key(entity: Entity, key: str) -> Entity:
        kind = "org" if entity.category == "Organisation" else "person"
        return replace(entity, id=mint_iri(kind, key))


def _dedupe(entities: list[Entity]) -> tuple[Entity, ...]:
    """Merge entities of one record that now share an id (mentions and aliases pooled)."""
    by_id: dict[str, Entity] = {}
    for entity in entities:
        old = by_id.get(entity.id)
        if old is None:
            by_id[entity.id] = entity
            continue
        aliases = tuple(sorted({*old.aliases, *entity.aliases, entity.name} - {old.name}))
        by_id[entity.id] = replace(old, mentions=old.mentions + entity.mentions, aliases=aliases)
    return tuple(by_id.values())


def merges_as_dicts(merges: Iterable[Merge]) -> list[dict[str, Any]]:
    """Plain dicts for `merges.jsonl`."""
    return [m.to_dict() for m in merges]
