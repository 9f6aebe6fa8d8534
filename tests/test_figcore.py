"""Tests for the number scan (ecograph.nlp.figcore) and the blocked ranges of find_figures.

The sentences are written for these tests, with invented names; none comes
from the sample article.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pytest

from ecograph.nlp import figcore
from ecograph.nlp.figcore import find_cores
from ecograph.nlp.numbers import find_figures

TEXTS = (
    "La coopérative de Vernoux emploie 1 250 salariés et VINGT-DEUX apprentis.",
    "Une centaine d'exposants, puis un millier de visiteurs ; réunion de deux heures trente.",
    "Le budget passe de 2,5 à 3 millions d'euros, soit 18 % de plus, contre quatre en 2016.",
    "Aucun chiffre ici, sauf le centre et l'unité : cent-un, onze, 4.500 tonnes.",
)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_figcore_scan_finds_what_a_full_search_finds(
    text: str, case: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trying the pattern only where a number may begin changes no number."""
    sample = case(text)
    quick = list(find_cores(sample))
    later = list(find_cores(sample, 20))
    quick_figures = find_figures(sample)
    monkeypatch.setattr(figcore, "_starts", lru_cache(lambda text: None))
    assert find_figures(sample) == quick_figures
    assert list(find_cores(sample)) == quick
    assert list(find_cores(sample, 20)) == later
    assert quick


def test_numbers_blocked_ranges_overlapping_in_any_order() -> None:
    text = "Elle compte 37 salariés, 12 machines et 8 sites."
    everything = find_figures(text)
    assert [f.value for f in everything] == [37, 12, 8]
    # An early long range and a later short one, given out of order.
    blocked = [(text.index("8"), text.index("8") + 1), (0, text.index("37") + 1)]
    assert [f.value for f in find_figures(text, blocked=blocked)] == [12]
    touching = [(text.index("12") + 2, text.index("12") + 3)]  # right after "12"
    assert [f.value for f in find_figures(text, blocked=touching)] == [37, 12, 8]
