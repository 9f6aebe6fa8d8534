"""The point in time relative French dates are read from: publication date or article evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import dateparser

PUBLISHED = "published"
INFERRED = "inferred"
UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Anchor:
    """When the article speaks from: a year and month, a day when the date is known exactly."""

    year: int
    month: int
    day: int | None
    kind: str

    def base(self) -> datetime:
        """Return the anchor as a datetime, for dateparser's RELATIVE_BASE."""
        return datetime(self.year, self.month, self.day or 1)


def published_anchor(published: str | None) -> Anchor | None:
    """Read an ISO publication date ('2017-10-12', '2017-10', '2017-10-12T08:00')."""
    if not published:
        return None
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not found:
        return None
    year, month, day = found.groups()
    return Anchor(int(year), int(month or 1), int(day) if day else None, PUBLISHED)


def latest_anchor(points: list[tuple[int, int]]) -> Anchor | None:
    """Anchor to the latest explicit (year, month) an article mentions.

    The article was written no earlier than the latest date it states, so that
    date, at month precision, is the best article-internal evidence we have.
    """
    if not points:
        return None
    year, month = max(points)
    return Anchor(year, month, None, INFERRED)


def parse_with_dateparser(text: str, anchor: Anchor | None, *, future: bool) -> datetime | None:
    """Let dateparser read a French day or month expression relative to `anchor`."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = anchor.base()
    parsed: datetime | None = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed


FUTURE = "future"
PAST = "past"


def month_after(anchor: Anchor, month: int, *, tense: str | None) -> int:
    """Return the year of a month named without one, as the article means it.

    Future wording ("est attendu au mois de février") means the next occurrence
    at or after the anchor month, past wording ("a ouvert en novembre") the last
    one at or before it. Without either, a publication date picks the nearest
    occurrence; an anchor inferred from the article's own dates is only a lower
    bound on when it was written, so its year is kept.
    """
    if tense == FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    if anchor.kind != PUBLISHED:
        return anchor.year
    if tense == PAST:
        return anchor.year if month <= anchor.month else anchor.year - 1
    ahead = (month - anchor.month) % 12  # months until its next occurrence
    if ahead == 0:
        return anchor.year
    next_year = anchor.year if month > anchor.month else anchor.year + 1
    last_year = anchor.year if month < anchor.month else anchor.year - 1
    return next_year if ahead < 12 - ahead else last_year
