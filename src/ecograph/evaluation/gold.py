"""Gold files: read `*.gold.json` into the entity and relation facts they state."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecograph.errors import GoldError
from ecograph.evaluation.facts import (
    ENTITY_KINDS,
    Fact,
    Keys,
    date_key,
    entity_fact,
    fold_all,
    value_key,
)
from ecograph.link import fold

GOLD_SUFFIX = ".gold.json"
GOLD_SHAPE = "see ../shared/gold/*.gold.json for the shape: document, entities, facts"
_ATTRIBUTES = ("status", "date", "sector", "role")
# Ends of each gold relation, in the order the record's facts give them.
_GOLD_ENDS = {
    "mission": ("destination",),
    "visit": ("destination", "origin"),
    "participant": ("subject", "destination"),
    "measure": ("figure", "of"),
}

Resolve = Callable[[str], Keys]


@dataclass(frozen=True, slots=True)
class Gold:
    """The facts of one gold file and the names its document goes by."""

    path: str
    names: frozenset[str]
    entities: tuple[Fact, ...]
    relations: tuple[Fact, ...]


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
    resolve = _resolver(data["entities"], entities)
    facts = tuple(_gold_relation(f, resolve) for f in data.get("facts", ()))
    names = frozenset({document, Path(document).stem, path.name.removesuffix(GOLD_SUFFIX)})
    return Gold(str(path), names, entities, facts)


def _resolver(entities: list[dict[str, Any]], facts: tuple[Fact, ...]) -> Resolve:
    """Name the ends of relation facts by the keys of the gold entity they name."""
    index: dict[str, Keys] = {}
    for entity, fact in zip(entities, facts, strict=True):
        for name in (entity["name"], *entity.get("aliases", ())):
            index.setdefault(fold(str(name)), fact.ends[0] or frozenset())

    def resolve(name: str) -> Keys:
        # A fact names its ends by a gold entity's name: take that entity's keys (aliases too).
        return index.get(fold(name)) or frozenset({fold(name)})

    return resolve


def _gold_entity(entity: dict[str, Any]) -> Fact:
    category, name = str(entity["category"]), str(entity["name"])
    if category not in ENTITY_KINDS:
        raise ValueError(f"unknown entity category {category!r} for {name!r}")
    value, unit = entity.get("value"), entity.get("unit")
    key = value_key(category, value, unit)
    keys = frozenset({key}) if key else fold_all([name, *entity.get("aliases", ())])
    found = {k: entity.get(k) for k in ("type", "qualifier", "nace")}
    optional = bool(entity.get("optional"))
    return entity_fact(
        category, keys, name=name, value=value, unit=unit, found=found, optional=optional
    )


def _gold_relation(fact: dict[str, Any], resolve: Resolve) -> Fact:
    kind = str(fact["relation"])
    attrs = tuple((k, _attr_keys(k, str(fact[k]), resolve)) for k in _ATTRIBUTES if fact.get(k))
    unordered = kind not in _GOLD_ENDS and "parties" in fact
    if unordered:
        parties = [str(p) for p in fact["parties"]]
        ends: tuple[Keys | None, ...] = tuple(resolve(p) for p in parties)
        label = f"{kind}{{{', '.join(parties)}}}"
    else:
        ends, label = _role_ends(kind, fact, resolve)
    optional = bool(fact.get("optional"))
    return Fact(kind, ends, label, unordered=unordered, optional=optional, attrs=attrs)


def _role_ends(
    kind: str, fact: dict[str, Any], resolve: Resolve
) -> tuple[tuple[Keys | None, ...], str]:
    """Return the ends of a fact named by role (subject, destination...) and its label."""
    roles = _GOLD_ENDS.get(kind, ("subject", "object"))
    # A gold visit without origin does not check the origin.
    given = [None if r == "origin" and r not in fact else str(fact[r]) for r in roles]
    ends = tuple(None if n is None else resolve(n) for n in given)
    return ends, f"{kind}({', '.join(n or '*' for n in given)})"


def _attr_keys(name: str, value: str, resolve: Resolve) -> Keys:
    if name == "date":
        return frozenset({date_key(value.strip())})
    return resolve(value) if name == "sector" else frozenset({fold(value)})
