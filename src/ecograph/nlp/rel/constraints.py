"""The schema's domain and range of each relation: a last check before the doc leaves us."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ecograph.nlp.rel.lexicon import EVENT_LABELS, ORG_LABELS, PLACE_LABELS

_ORG_OR_PLACE = ORG_LABELS | PLACE_LABELS
_AGENT = ORG_LABELS | PLACE_LABELS | frozenset({"Person"})
_ANY = frozenset({"*"})

# relation type -> (subject labels, object labels), as in extraction-schema.md.
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "party": (EVENT_LABELS, _ORG_OR_PLACE),
    "destination": (EVENT_LABELS, PLACE_LABELS),
    "origin": (EVENT_LABELS, _ORG_OR_PLACE),
    "participant": (_AGENT, EVENT_LABELS),
    "organiser": (_AGENT, EVENT_LABELS),
    "date": (EVENT_LABELS, frozenset({"Date"})),
    "measure": (frozenset({"Figure"}), _ANY),
    "located_in": (_ORG_OR_PLACE, PLACE_LABELS),
    "has_sector": (ORG_LABELS | EVENT_LABELS, frozenset({"Sector"})),
    "holds_role": (frozenset({"Person"}), _ORG_OR_PLACE),
    "member_of": (ORG_LABELS | frozenset({"Person"}), ORG_LABELS),
    "in_contact_with": (ORG_LABELS, ORG_LABELS),
    "establishes_in": (ORG_LABELS, PLACE_LABELS),
    "invests_in": (ORG_LABELS, _ORG_OR_PLACE),
    "acquires": (ORG_LABELS, ORG_LABELS),
}


def fits(relation: dict[str, Any]) -> bool:
    """True when the relation's ends have the types its schema allows."""
    signature = SIGNATURES.get(relation["type"])
    if signature is None:
        return False
    subject_label, object_label = relation["subject"][2], relation["object"][2]
    if relation["subject"][:2] == relation["object"][:2]:
        return False
    return subject_label in signature[0] and (signature[1] is _ANY or object_label in signature[1])


def drop_misfits(doc: Doc) -> None:
    """Keep only the relations of `doc` whose ends fit the schema (graphs must validate)."""
    if doc._.eco_relations:
        doc._.eco_relations = [r for r in doc._.eco_relations if fits(r)]
