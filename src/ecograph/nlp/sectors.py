"""ecograph component eco_sectors: activity sectors named in organisation descriptions."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ecograph.gazetteer import demonym_target
from ecograph.nlp.doctext import doc_text
from ecograph.nlp.sectorlex import SectorLexicon
from ecograph.nlp.spans import add_entity, entity_spans

ORG_TYPES = frozenset(
    {"Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty", "Organisation"}
)
# Words that may stand between a trade noun and the name: 'le constructeur indien X'.
MAX_QUALIFIERS = 2
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
        text = doc_text(doc)
        taken = [
            (s.start_char, s.end_char)
            for s in entity_spans(doc)
            if not _FAIR.match(text, s.start_char, s.end_char)  # s.text, without new Tokens
        ]
        for found in self.lexicon.find(text):
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
        if any(word in text for word in self.lexicon.designator_words):
            self.add_designators(doc)
        return doc

    def add_designators(self, doc: Doc) -> None:
        """'le constructeur indien X': a trade noun heading a company's name names its sector."""
        spans = entity_spans(doc)
        taken = {i for s in spans for i in range(s.start, s.end)}
        sector_tokens = {i for s in spans if s.label_ == "Sector" for i in range(s.start, s.end)}
        for org in spans:
            if org.label_ not in ORG_TYPES:
                continue
            word = _trade_noun_before(org)
            found = self._designated(doc, word.i) if word is not None else None
            if word is None or found is None or word.i in taken:
                continue
            if taken.intersection(range(word.i + 1, org.start)) & sector_tokens:
                continue  # 'le constructeur aéronautique X': the adjective names the sector
            start, sector = found
            add_entity(
                doc,
                start,
                word.i + 1,
                "Sector",
                name=sector[0],
                links={"nace": sector[1]},
                rule="sector.designator",
            )
            taken.add(word.i)

    def _designated(self, doc: Doc, i: int) -> tuple[int, tuple[str, str]] | None:
        """The trade noun ending at token `i`, of one to three words ('bureau d'études')."""
        for start in range(max(0, i - 2), i + 1):
            sector = self.lexicon.designated(doc[start : i + 1].text)
            if sector is not None:
                return start, sector
        return None


@Language.factory("eco_sectors")
def make_sectors(nlp: Language, name: str) -> SectorTagger:
    """Build the eco_sectors component; the lexicon is read once, here."""
    return SectorTagger(SectorLexicon.load())


def _trade_noun_before(org: Span) -> Token | None:
    """The lower-case noun before an organisation's name, past gentilés and adjectives."""
    doc, i = org.doc, org.start - 1
    skipped = 0
    while i > 0 and skipped < MAX_QUALIFIERS and _qualifier(doc[i]):
        i, skipped = i - 1, skipped + 1
    return doc[i] if i >= 0 and doc[i].is_lower and doc[i].is_alpha else None


def _qualifier(token: Token) -> bool:
    """'indien', 'bavarois', 'allemand': a gentilé or adjective between noun and name."""
    if not token.text.islower():
        return False
    return demonym_target(token.text) is not None or token.pos_ == "ADJ"
