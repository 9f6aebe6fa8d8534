"""Find French date expressions in text and normalize them to ISO 8601 (pure, no spaCy).

Explicit dates (days, months with a year, years, intervals) are read alone;
relative ones ("en février", "l'an dernier", "les neuf premiers mois de
l'année") are read against an `Anchor`: the publication date when known, else
the latest explicit date of the article (flagged ``inferred``), else left
without a value and flagged ``unresolved``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ecograph.nlp import (
    dateranges,
    daterel,
    daterules,
    datescan,
    dateseason,
    dateshift,
    dateshort,
)
from ecograph.nlp.dateanchor import UNRESOLVED, Anchor, latest_anchor, published_anchor
from ecograph.nlp.datecues import CUES, cued_rules
from ecograph.nlp.daterules import Found

Rule = Callable[[str, Anchor | None], list[Found]]

# Longest and most specific first: a day interval must win over the days and year inside it.
RULES: tuple[Rule, ...] = (
    dateranges.day_interval,
    dateranges.month_interval,
    dateranges.year_interval,
    dateranges.decade,
    daterel.first_months,
    daterel.year_to_date,
    daterel.part_of_year,
    dateshort.dateline,
    daterules.day,
    dateshort.weekday,
    daterules.month_year,
    daterel.relative_year,
    dateshift.shifted,
    dateshift.week,
    dateshift.relative_month,
    daterel.lone_month,
    dateseason.season,
    daterules.year,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: where it is, its ISO value and how it was resolved."""

    start: int
    end: int
    text: str
    value: str | None
    resolved: str | None
    rule: str


def find_dates(text: str, *, published: str | None = None) -> list[DateMatch]:
    """Return the date expressions of an article, in text order, normalized."""
    datescan.forget()
    anchor = published_anchor(published)
    cued = cued_rules(text)
    rules = [rule for rule in RULES if rule.__name__ in cued or rule.__name__ not in CUES]
    if anchor is not None:
        return [_to_match(text, found) for found in _scan(text, anchor, rules)]
    # Without a publication date, read the article once, anchor on its explicit
    # dates, then re-read only with the rules whose hits needed the anchor.
    unanchored = _scan(text, None, rules)
    anchor = latest_anchor(explicit_points(unanchored))
    if anchor is not None:
        unanchored = _resolve(text, unanchored, anchor)
    return [_to_match(text, found) for found in unanchored]


def normalize_date(text: str, *, published: str | None = None) -> str | None:
    """Return the ISO value of the first date expression in `text` (None if none)."""
    matches = find_dates(text, published=published)
    return matches[0].value if matches else None


def explicit_points(found: list[Found]) -> list[tuple[int, int]]:
    """Return the (year, month) of every date that states its own year."""
    points = []
    for hit in found:
        if hit.relative or not hit.value:
            continue
        last = hit.value.split("/")[-1]
        points.append((int(last[:4]), int(last[5:7]) if len(last) >= 7 else 1))
    return points


def _scan(text: str, anchor: Anchor | None, rules: list[Rule]) -> list[Found]:
    """Run the rules longest-first and keep the matches that do not overlap."""
    taken: list[Found] = []
    for rule in rules:
        for found in rule(text, anchor):
            if all(found.end <= t.start or found.start >= t.end for t in taken):
                taken.append(found)
    return sorted(taken, key=lambda f: f.start)


def _resolve(text: str, found: list[Found], anchor: Anchor) -> list[Found]:
    """Give relative hits their value; a rule's spans never depend on the anchor."""
    rules = {f.rule for f in found if f.relative}
    anchored = {
        (hit.start, hit.end): hit
        for rule in RULES
        if rule.__name__ in rules
        for hit in rule(text, anchor)
    }
    return [anchored.get((f.start, f.end), f) if f.relative else f for f in found]


def _to_match(text: str, found: Found) -> DateMatch:
    resolved = None
    if found.relative:
        resolved = found.anchor_kind if found.value else UNRESOLVED
    return DateMatch(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        value=found.value,
        resolved=resolved,
        rule=found.rule,
    )
