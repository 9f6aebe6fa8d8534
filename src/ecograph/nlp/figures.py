"""ecograph component eco_figures: counts, amounts, percentages and durations as Figure mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.doctext import doc_text
from ecograph.nlp.numbers import NounTest, find_figures
from ecograph.nlp.spans import add_entity, entity_spans

# Parts of speech that cannot be what a number counts ("96 depuis", "quatre en 2016").
_NOT_COUNTED = frozenset(
    ("VERB", "AUX", "ADP", "ADV", "PRON", "DET", "CCONJ", "SCONJ", "PUNCT", "NUM")
)


class FigureTagger:
    """Add a ``Figure`` mention (name, value, unit, qualifier) for each figure of the text."""

    def __call__(self, doc: Doc) -> Doc:
        # Numbers inside dates, names and places ("2017", "Fondation 2030") are no figures.
        blocked = [(s.start_char, s.end_char) for s in entity_spans(doc)]
        # doc.has_annotation("POS") walks every token; the first one tells as much.
        is_noun = _noun_test(doc) if len(doc) and doc[0].pos else None
        for found in find_figures(doc_text(doc), blocked=blocked, is_noun=is_noun):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None:
                continue
            add_entity(
                doc,
                span.start,
                span.end,
                "Figure",
                name=found.text,
                value=found.value,
                unit=found.unit,
                qualifier=found.qualifier,
                rule=found.rule,
            )
        return doc


def _noun_test(doc: Doc) -> NounTest:
    """Ask the tagger whether the word at some offsets can be a counted noun."""

    def is_noun(start: int, end: int) -> bool | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        return span[0].pos_ not in _NOT_COUNTED

    return is_noun


@Language.factory("eco_figures")
def make_figures(nlp: Language, name: str) -> FigureTagger:
    """Build the eco_figures component."""
    return FigureTagger()
