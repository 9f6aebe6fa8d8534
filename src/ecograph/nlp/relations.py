"""ecograph component eco_relations: events and direct relations from the parse and lexicons.

Runs last: it reads the entity mentions of ``doc.spans["eco"]``, adds event
mentions there (Mission, Visit, Partnership, Agreement) and records every
relation with ``add_relation`` (rule name, confidence, evidence clause).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ecograph.nlp.rel import (
    business,
    leaders,
    locations,
    measures,
    membership,
    participation,
    roles,
)
from ecograph.nlp.rel.constraints import drop_misfits
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.event_rules import extract_events
from ecograph.nlp.spans import relations


class RelationExtractor:
    """Apply the event rules, then the direct-relation rules, clause by clause."""

    def __call__(self, doc: Doc) -> Doc:
        relations(doc)
        ctx = Context.build(doc)
        ctx.clause_of(0)  # cuts the clauses once: the rules and the topic memo share them
        parts = ctx.parts
        log = extract_events(ctx, parts)
        for clause in parts:
            roles.extract(ctx, clause)
            leaders.extract(ctx, clause)
            membership.extract(ctx, clause)
            locations.extract(ctx, clause)
            business.extract(ctx, clause)
            measures.extract(ctx, clause, log)
            participation.extract(ctx, clause, log)
        drop_misfits(doc)
        return doc


@Language.factory("eco_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """Build the eco_relations component (no settings: its lexicons are module data)."""
    return RelationExtractor()
