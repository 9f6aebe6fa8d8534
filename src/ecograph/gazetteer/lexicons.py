"""General French lexicons: gentilés (demonyms), city periphrases, party names."""

from __future__ import annotations

from functools import cache

from ecograph.gazetteer.tsv import read_rows


def inflect(masculine: str) -> tuple[str, ...]:
    """Return the four forms of a regular French gentilé ('norvégien' -> ..., 'norvégiennes')."""
    if masculine.endswith(("en", "on")):
        # 'norvégienne', 'bretonne', 'wallonne': the n doubles before the e.
        return (masculine, masculine + "ne", masculine + "s", masculine + "nes")
    if masculine.endswith("e"):
        return (masculine, masculine + "s")
    if masculine.endswith("s"):
        # 'français' is both singular and plural in the masculine.
        return (masculine, masculine + "e", masculine + "es")
    return (masculine, masculine + "e", masculine + "s", masculine + "es")


@cache
def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for form, place in read_rows("demonyms.tsv"):
        forms = form.split(",") if "," in form else inflect(form)
        for word in forms:
            table[word] = place
            # Nouns of inhabitants are capitalized: 'les Israéliens'.
            table[word[0].upper() + word[1:]] = place
    return table


def demonym_target(word: str) -> str | None:
    """Return the place a gentilé points to ('chinoises' -> 'Chine'), or None."""
    return _demonyms().get(word)


def demonym_forms() -> tuple[str, ...]:
    """Return every known gentilé form (for scanning a doc)."""
    return tuple(_demonyms())


@cache
def periphrases() -> dict[str, str]:
    """Return lower-case city periphrases ('ville rose') mapped to the city name."""
    return {row[0]: row[1] for row in read_rows("periphrases.tsv")}


@cache
def _parties() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("parties.tsv")}


def party_name(text: str) -> str | None:
    """Return the canonical name of a French political party ('LR' -> 'Les Républicains')."""
    return _parties().get(text)


@cache
def institutions() -> dict[str, str]:
    """Return national institutions, unions and employers' bodies mapped to their type."""
    return {row[0]: row[1] for row in read_rows("institutions.tsv")}


def party_forms() -> tuple[str, ...]:
    """Return every written form of the known parties (for phrase matching)."""
    return tuple(_parties())


@cache
def org_designators() -> dict[str, tuple[str, str]]:
    """Return lower-case designator phrases before or heading a name: (type, mode).

    Modes: ``head`` (capitalized, part of the name), ``head_any`` (part of the name),
    ``before`` (precedes the name).
    """
    rows = read_rows("org_designators.tsv")
    return {r[0].lower(): (r[1], r[2]) for r in rows if r[2] in ("head", "head_any", "before")}


@cache
def org_suffixes() -> dict[str, tuple[str, str]]:
    """Return lower-case words ending a name: (type, ``after`` or ``legal`` form)."""
    rows = read_rows("org_designators.tsv")
    return {r[0].lower(): (r[1], r[2]) for r in rows if r[2] in ("after", "legal")}


@cache
def role_heads() -> frozenset[str]:
    """Return lower-case words that head an office ('maire', 'adjoint', 'pdg')."""
    return frozenset(row[0].lower() for row in read_rows("roles.tsv"))
