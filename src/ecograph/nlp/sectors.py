"""ecograph component eco_sectors: activity sectors named in organisation descriptions."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.doctext import doc_text
from ecograph.nlp.sectorlex import SectorLexicon
from ecograph.nlp.spans import add_entity, entity_spans

_FAIR = re.compile(
    r"(?:salons?|foires?|forums?|rencontres|assises|journées|semaine|mondial|congrès|festival)\b",
    re.IGNORECASE,
)


class SectorTagger:
    """Add a ``Sector`` mention (name, links.nace) for each described activity."""

    def __init__(self, lexicon: SectorLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        # A sector word inside a name ("Banque Populaire") belongs to that name; a fair's
        # name says what it gathers ("Salon international de l'aéronautique").
        taken = [(s.start_char, s.end_char) for s in entity_spans(doc) if not _FAIR.match(s.text)]
        for found in self.lexicon.find(doc_text(doc)):
            if any(found.start < end and start < found.end for start, end in taken):
                continue
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None:
                continue
            add_entity(
                doc,
                span.start,
                span.end,
                "Sector",
                name=found.name,
                links={"nace": found.nace},
                rule=found.rule,
            )
        return doc


@Language.factory("eco_sectors")
def make_sectors(nlp: Language, name: str) -> SectorTagger:
    """Build the eco_sectors component; the lexicon is read once, here."""
    return SectorTagger(SectorLexicon.load())
