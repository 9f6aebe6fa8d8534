"""The comparable fact that gold files and records both state, and the keys that name its ends.

Names fold case, accents and hyphens (`link.fold`); dates compare by normalized value and
figures by (value, unit), so those keys carry a `date:` or `figure:` prefix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ecograph.link import fold
from ecograph.records import RELATION_TYPES, Entity

Keys = frozenset[str]
Attrs = tuple[tuple[str, Keys], ...]

ENTITY_KINDS = ("Organisation", "Place", "Person", "Sector", "Date", "Figure")
# Relations compared as plain (subject, object) edges: the record's types from located_in on.
DIRECT_TYPES = RELATION_TYPES[RELATION_TYPES.index("located_in") :]
RELATION_KINDS = ("partnership", "mission", "visit", "participant", "measure", *DIRECT_TYPES)


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
    attrs: Attrs = ()


def entity_fact(
    category: str,
    keys: Keys,
    *,
    name: str,
    value: object,
    unit: object,
    found: Mapping[str, object],
    optional: bool = False,
) -> Fact:
    """Return the fact of one entity named by `keys`, with its `found` attributes folded."""
    label = _entity_label(name, value, unit, category)
    return Fact(category, (keys,), label, optional=optional, attrs=folded_attrs(found))


def folded_attrs(found: Mapping[str, object]) -> Attrs:
    """Return the attributes that have a value, each keyed by its folded value."""
    return tuple((k, frozenset({fold(str(v))})) for k, v in found.items() if v)


def record_keys(entity: Entity) -> Keys:
    """Return the names of a record entity: name, aliases, mention texts, and its value key."""
    names = fold_all([entity.name, *entity.aliases, *(m.text for m in entity.mentions)])
    key = value_key(entity.category, entity.value, entity.unit)
    return names | {key} if key else names


def value_key(category: str, value: object, unit: object) -> str | None:
    """Dates compare by normalized value, figures by (value, unit); other kinds have no key."""
    if value is None or value == "":
        return None
    if category == "Date":
        return date_key(str(value).strip())
    if category != "Figure":
        return None
    try:
        return f"figure:{float(str(value))!r}|{fold(str(unit or ''))}"
    except ValueError:
        return None


def date_key(value: object) -> str:
    """Return the key of a normalized date value."""
    return f"date:{value}"


def fold_all(names: Iterable[str]) -> Keys:
    """Return the non-empty folded forms of `names`."""
    return frozenset(f for f in (fold(str(n)) for n in names) if f)


def _entity_label(name: str, value: object, unit: object, category: str) -> str:
    if category in ("Date", "Figure") and value is not None:
        return f"{name} = {value}{f' {unit}' if unit else ''}"
    return name
