"""Shared view of one doc for the rules: entity lookup by token, clauses, lists."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ecograph.nlp.doctext import column_strings
from ecograph.nlp.rel.lexicon import DETERMINERS, EVENT_LABELS, GENERIC_ORG_NOUNS
from ecograph.nlp.rel.words import LEMMAS, clauses, lemma
from ecograph.nlp.spans import attrs, entity_spans

# Words between a verb and its object that say when or how much, not what:
# "a racheté en 2022 la PME X", "a rejoint cet été le cluster X", "a adhéré le mois dernier".
_ADVERBS = frozenset(
    {"déjà", "également", "aussi", "enfin", "ailleurs", "outre", "ensuite", "désormais"}
    | {"récemment", "notamment", "finalement", "officiellement", "aujourd'hui", "bien"}
)
_TIME_NOUNS = frozenset(
    {"été", "hiver", "printemps", "automne", "mois", "année", "an", "semaine", "trimestre"}
)
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "le", "l'", "l’"})
# "s'est offert en janvier 51 % de X": a month the date component left untagged.
_MONTHS = frozenset(
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"}
    | {"octobre", "novembre", "décembre"}
)


class Topic(NamedTuple):
    """What one clause is about: its organisation subject, or the kind of its subject."""

    org: Span | None  # the organisation the clause is about (named or resolved)
    person: bool  # the subject is a person: a later "il"/"elle" is about them
    paragraph: bool  # the clause opens a paragraph
    at: int  # the token the topic was read from (the clause's end when none)


@dataclass
class Context:
    """The entity mentions of a doc indexed by token, plus its clauses."""

    doc: Doc
    by_token: dict[int, Span] = field(default_factory=dict)
    # The label of by_token[i], read once: Span.label_ decodes a new string per call.
    labels: dict[int, str] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)  # in text order
    span_starts: list[int] = field(default_factory=list)  # their first tokens, sorted
    place_names: list[tuple[str, Span]] | None = None
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # sorted, a superset of the span starts
    lemmas: list[str] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    statuses: dict[tuple[int, int], str | None] = field(default_factory=dict)
    word_sets: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )
    # Per-doc discourse memo, filled by `anaphora` on first use (clauses, their
    # topics, and which organisation each kind noun designated: "le logisticien X").
    parts: list[Span] = field(default_factory=list)
    part_starts: list[int] = field(default_factory=list)
    topics: list[Topic] | None = None
    designations: dict[str, list[Span]] = field(default_factory=dict)
    indexed: bool = False
    # Kind noun -> (token, organisation) each subject "le groupe" was resolved to, in order.
    kind_memo: dict[str, list[tuple[int, Span]]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> Context:
        """Index the longest non-event entity span covering each token."""
        ctx = cls(doc)
        # spaCy makes a new Token object on every doc[i]: the rules scan each clause
        # many times, so the tokens are made once here.
        ctx.tokens = list(doc)
        # The lemma and lower-form columns: cheaper than a string look-up per Token.
        keys = doc.to_array(LEMMA).tolist()
        ctx.lemmas = [LEMMAS.get(key) or lemma(t) for key, t in zip(keys, ctx.tokens, strict=True)]
        ctx.lowers = column_strings(doc, LOWER)
        for span in entity_spans(doc):
            label = span.label_
            if label in EVENT_LABELS:
                continue
            ctx.spans.append(span)
            ctx.span_starts.append(span.start)
            for i in range(span.start, span.end):
                known = ctx.by_token.get(i)
                if known is None or len(span) > len(known):
                    ctx.by_token[i] = span
                    ctx.labels[i] = label
        ctx.starts = sorted(i for i, span in ctx.by_token.items() if span.start == i)
        return ctx

    def clause_of(self, i: int) -> int:
        """Index in `parts` of the clause holding token `i` (clauses made once per doc)."""
        if not self.parts:
            self.parts = list(clauses(self.doc, lowers=self.lowers))
            self.part_starts = [c.start for c in self.parts]
        return max(bisect_right(self.part_starts, i) - 1, 0)

    def words(self, clause: Span) -> list[Token]:
        """The tokens of `clause`, from the doc's token list made once."""
        return self.tokens[clause.start : clause.end]

    def mentions(
        self, clause: Span, lemmas: Collection[str], *, words: Collection[str] = ()
    ) -> bool:
        """Whether a token of `clause` has one of `lemmas` or a lower form in `words`.

        A rule whose every trigger is such a word skips the other clauses without
        looking at their tokens one by one (most clauses have none).
        """
        key = (clause.start, clause.end)
        sets = self.word_sets.get(key)
        if sets is None:
            sets = self.word_sets[key] = (
                frozenset(self.lemmas[clause.start : clause.end]),
                frozenset(self.lowers[clause.start : clause.end]),
            )
        return not sets[0].isdisjoint(lemmas) or not sets[1].isdisjoint(words)

    def candidates(
        self, clause: Span, lemmas: Collection[str], *, words: Collection[str] = ()
    ) -> list[Token]:
        """The tokens of `clause` when one has a trigger (see `mentions`), else none."""
        return self.words(clause) if self.mentions(clause, lemmas, words=words) else []

    def entity_at(self, i: int, labels: frozenset[str]) -> Span | None:
        """Return the entity covering token `i` if its label is in `labels`."""
        span = self.by_token.get(i)
        return span if span is not None and self.labels[i] in labels else None

    def entities_in(self, start: int, end: int, labels: frozenset[str]) -> list[Span]:
        """Return the entities starting inside tokens [start, end), in order."""
        found: list[Span] = []
        starts = self.starts
        for n in range(bisect_left(starts, start), bisect_left(starts, end)):
            span = self.by_token[starts[n]]
            if span.start == starts[n] and self.labels[starts[n]] in labels:
                found.append(span)
        return found

    def index(self, i: int, span: Span) -> None:
        """Make `span` (which starts at token `i`) the entity found at token `i`."""
        self.by_token[i] = span
        self.labels[i] = span.label_
        at = bisect_left(self.starts, i)
        if at == len(self.starts) or self.starts[at] != i:
            self.starts.insert(at, i)

    def nested(self, outer: Span, labels: frozenset[str]) -> list[Span]:
        """Mentions of type `labels` inside `outer` ("Gênes" in "chambre de commerce de Gênes")."""
        # Only the spans starting inside `outer` can be in it (bisect: not every span).
        first = bisect_left(self.span_starts, outer.start)
        last = bisect_left(self.span_starts, outer.end)
        return [
            s
            for s in self.spans[first:last]
            if s.label_ in labels and s.end <= outer.end and s != outer
        ]

    def entity_after(self, i: int, end: int, labels: frozenset[str]) -> Span | None:
        """The entity from token `i`, past determiners, kind nouns and adjectives
        ("par le fonds américain X"), and past a date or adverb ("a racheté en 2022
        la PME X", "a rejoint cet été le cluster X")."""
        reach = 6  # "la start-up niçoise X": the model cuts "start", "-", "up"
        j = i
        while j < min(i + reach, end):
            span = self.entity_at(j, labels)
            if span is not None:
                return span
            skip = self.time_words(j, end)
            if skip:
                reach += skip
                j += skip
                continue
            token = self.tokens[j]
            # "la start-up X": the model cuts "start", "-", "up".
            skippable = self.lowers[j] in DETERMINERS or token.pos_ in ("ADJ", "DET")
            skippable = skippable or token.text == "-"
            # "le distributeur X": one lower-case kind noun may stand before the name.
            # A lower-case "PROPN" is an adjective the model misread ("la PME mosellane X").
            kind = self.lemmas[j] in GENERIC_ORG_NOUNS or (
                token.pos_ in ("NOUN", "PROPN") and token.is_lower
            )
            if not (skippable or kind or self.by_token.get(j)):
                return None
            j += 1
        return None

    def time_words(self, j: int, end: int) -> int:
        """How many tokens from `j` only say when: a Date mention, an adverb, "cet été"."""
        span = self.by_token.get(j)
        if span is not None and span.label_ == "Date":
            return span.end - j
        word = self.lowers[j]
        if word in _ADVERBS and self.tokens[j].pos_ in ("ADV", "ADJ"):
            return 1
        if word in ("en", "depuis", "dès") and j + 1 < end:
            date = self.by_token.get(j + 1)  # "a racheté en 2019 la société X"
            if date is not None and date.label_ == "Date" and date.start == j + 1:
                return date.end - j
        if word == "en" and j + 1 < end and self.lowers[j + 1] in _MONTHS:
            return 2
        if word == "par" and j + 1 < end and self.lowers[j + 1] == "ailleurs":
            return 2
        if word == "en" and j + 1 < end and self.lowers[j + 1] in ("outre", "plus"):
            return 2
        if word in _DEMONSTRATIVES and j + 1 < end and self.lowers[j + 1] in _TIME_NOUNS:
            # "cet été" (read as a copula by the model), "le mois dernier", "l'an dernier".
            last = j + 2 if j + 2 < end and self.lowers[j + 2] in ("dernier", "dernière") else j + 1
            if word in ("ce", "cet", "cette") or last > j + 1:
                return last - j + 1
        return 0

    def at_offsets(self, offsets: object) -> Span | None:
        """The entity mention at (start_char, end_char), as other components record it."""
        if not isinstance(offsets, list | tuple) or len(offsets) != 2:
            return None
        wanted = (offsets[0], offsets[1])
        found = (s for s in set(self.by_token.values()) if (s.start_char, s.end_char) == wanted)
        return next(found, None)

    def name(self, span: Span) -> str:
        """Return the canonical name of an entity mention."""
        return str(attrs(span).get("name") or span.text)
