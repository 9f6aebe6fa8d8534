"""ecograph component eco_dates: French date expressions as Date mentions with ISO values.

The article's publication date, when known, is read from ``doc._.published``
(an ISO string set by the caller); relative dates are anchored to it, or else
to the latest date the article states (attribute ``resolved: "inferred"``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.datenorm import find_dates
from ecograph.nlp.doctext import doc_text
from ecograph.nlp.spans import add_entity, entity_spans

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

# A date inside a name ("Fondation 2030", a person's name) is part of that name.
_NAME_CATEGORIES = ("Person", "Company", "Organisation", "Agency", "Association", "Chamber")


class DateTagger:
    """Add a ``Date`` mention (name, value, resolved, key) for each date expression."""

    def __call__(self, doc: Doc) -> Doc:
        names = [s for s in entity_spans(doc) if s.label_ in _NAME_CATEGORIES]
        published = doc._.published
        for found in find_dates(doc_text(doc), published=str(published) if published else None):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or any(span.start < n.end and n.start < span.end for n in names):
                continue
            add_entity(
                doc,
                span.start,
                span.end,
                "Date",
                name=found.text,
                value=found.value,
                resolved=found.resolved,
                # Mentions with one value are one date: "2016" twice, or two
                # phrasings of the same period.
                key=f"date:{found.value}" if found.value else None,
                rule=f"date.{found.rule}",
            )
        return doc


@Language.factory("eco_dates")
def make_dates(nlp: Language, name: str) -> DateTagger:
    """Build the eco_dates component."""
    return DateTagger()
