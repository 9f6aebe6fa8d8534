"""ecograph component eco_relations (first slice: passes the doc through; filled in by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("eco_relations")
def make_relations(nlp: Language, name: str) -> "PassThrough":
    return PassThrough()


class PassThrough:
    def __call__(self, doc: Doc) -> Doc:
        return doc
