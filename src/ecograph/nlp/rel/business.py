"""Company relations of one clause: has_sector, contacts, establishes_in, capital.

Each family has its module; this one keeps their order: establishments before
capital, whose "y investira" reads the place just written (`anaphora.topic_place`).
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel import activities, capital, contacts, descriptions, establish
from ecograph.nlp.rel.context import Context


def extract(ctx: Context, clause: Span) -> None:
    """Write the company relations of one clause."""
    descriptions.extract(ctx, clause)
    contacts.extract(ctx, clause)
    establish.extract(ctx, clause)
    capital.extract(ctx, clause)
    activities.extract(ctx, clause)
