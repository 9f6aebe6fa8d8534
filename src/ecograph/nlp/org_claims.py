"""Collect organisation claims on tokens, then write them to the doc in one pass.

Rules claim token ranges in priority order (first claim wins); the span group
is read once and written once per document, which keeps eco_orgs cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ecograph.nlp.spans import SPANS_KEY, attrs
from ecograph.nlp.userdata import set_span_value

PLACE_TYPES = ("City", "Country", "Region", "Department", "Place")
# Places typed by eco_places from a gazetteer or from their context ('installée à X',
# 'la technopole X').
PLACE_RULES = ("gazetteer", "local", "site")


@dataclass(slots=True)
class Claim:
    """One organisation mention to be: tokens, type, attributes."""

    start: int
    end: int
    label: str
    data: dict[str, Any]
    inner: tuple[int, int] | None = None
    alias: tuple[int, int] | None = None


@dataclass
class Claims:
    """Organisation claims over one doc, with token ownership."""

    doc: Doc
    items: list[Claim] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    dropped: set[tuple[int, int]] = field(default_factory=set)
    _places: set[int] | None = None
    _ents: tuple[Span, ...] | None = None

    def __post_init__(self) -> None:
        self.owner = [-1] * len(self.doc)

    def place_tokens(self) -> set[int]:
        """Token indices inside gazetteer places, computed once per doc."""
        if self._places is None:
            self._places = typed_place_tokens(self.doc)
        return self._places

    def ents(self) -> tuple[Span, ...]:
        """The model's entities (``doc.ents`` builds new spans at every access)."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def free(self, start: int, end: int) -> bool:
        """True when no claim holds a token of ``doc[start:end]``."""
        return all(o < 0 for o in self.owner[start:end])

    def add(self, start: int, end: int, label: str, **data: Any) -> bool:
        """Claim ``doc[start:end]``; refused when a token is already claimed."""
        inner = data.pop("inner", None)
        alias = data.pop("alias", None)
        if start >= end or not self.free(start, end):
            return False
        self.owner[start:end] = [len(self.items)] * (end - start)
        data = {k: v for k, v in data.items() if v is not None}
        self.items.append(Claim(start, end, label, data, inner, alias))
        return True

    def at(self, i: int) -> Claim | None:
        """The claim holding token `i`, if any."""
        return self.items[self.owner[i]] if self.owner[i] >= 0 else None

    def discard(self, span: Span) -> None:
        """Drop a model mention that is not an organisation ('ministre de l'Économie')."""
        self.dropped.add((span.start, span.end))

    def keep_place(self, span: Span) -> None:
        """Ask for a place mention inside a claim ('Var' in 'Département du Var')."""
        self.places.append(span)

    def apply(self) -> None:
        """Write the claims: overlapped model and place mentions give way, inner places stay."""
        kept: list[Span] = []
        for span in self.doc.spans[SPANS_KEY]:
            owners = {o for o in self.owner[span.start : span.end] if o >= 0}
            if (span.start, span.end) in self.dropped and span.label_ == "Organisation":
                continue
            if not owners or self._inner_place(span, owners):
                kept.append(span)
        seen = {(s.start, s.end) for s in kept}
        kept.extend(s for s in self.places if (s.start, s.end) not in seen)
        for claim in self.items:
            span = Span(self.doc, claim.start, claim.end, label=claim.label)
            set_span_value(span, claim.data)
            kept.append(span)
        self.doc.spans[SPANS_KEY] = kept

    def _inner_place(self, span: Span, owners: set[int]) -> bool:
        if span.label_ not in PLACE_TYPES or len(owners) != 1:
            return False
        inner = self.items[owners.pop()].inner
        return inner is not None and inner[0] <= span.start and span.end <= inner[1]


def typed_place_tokens(doc: Doc) -> set[int]:
    """Token indices inside gazetteer places (a propagated name must not take them)."""
    return {
        i
        for span in doc.spans[SPANS_KEY]
        if span.label_ in PLACE_TYPES and attrs(span).get("rule") in PLACE_RULES
        for i in range(span.start, span.end)
    }
