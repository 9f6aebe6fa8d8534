"""Tests for the date rules' cue words (datecues) and first-word scans (datescan.scan).

The sentences are written for these tests, with invented names; none comes
from the sample article.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pytest

from ecograph.nlp import datenorm, datescan
from ecograph.nlp.datecues import CUES, cued_rules, lowered
from ecograph.nlp.datescan import word_starts

TEXTS = (
    "Le salon de Quimperlé se tiendra du 3 au 5 MARS 2027, puis les 12 et 13 avril.",
    "AU DEUXIÈME TRIMESTRE 2021, les ventes ont baissé ; l'an dernier elles montaient.",
    "Depuis le début de l'année, les neuf premiers mois de l'année 2019 comptent.",
    "Dans les années 1980, l'usine de Vernoux tournait ; cette semaine elle ferme.",
    "L'ÉTÉ PROCHAIN, la coopérative ouvrira ; le mois dernier, elle a recruté.",
    "Il y a deux ans, en février, la PME a levé des fonds de 2015 à 2018.",
    "Au printemps 2024 et cet hiver, d'ici trois mois, hier encore : rien.",
    "Une réunion sans date, avec des chiffres : 12 salariés et 300 clients.",
)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_datecues_skipping_rules_changes_no_hit(text: str, case: Callable[[str], str]) -> None:
    """A rule left out for lack of cues would have found nothing."""
    sample = case(text)
    cued = cued_rules(sample)
    for rule in datenorm.RULES:
        if rule.__name__ in CUES and rule.__name__ not in cued:
            assert rule(sample, None) == [], rule.__name__


def test_datecues_skips_rules_without_their_words() -> None:
    cued = cued_rules("Une réunion sans date, avec des chiffres : 12 salariés.")
    assert "part_of_year" not in cued
    assert "season" not in cued
    assert "day" not in cued  # a digit but no month
    assert "year" not in cued  # no 19xx / 20xx


def test_datecues_keeps_rules_whose_words_appear() -> None:
    cued = cued_rules("AU TROISIÈME TRIMESTRE 2020, puis le 4 juin.")
    assert {"part_of_year", "year", "day", "lone_month"} <= cued


def test_datecues_lowered_matches_ignorecase_letters() -> None:
    assert lowered("İSTANBUL") == "istanbul"
    assert "mois" in lowered("MOıS") and "mois" in lowered("moiſ")


@pytest.mark.parametrize("text", TEXTS[:-1])  # the last one has no date
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
@pytest.mark.parametrize("published", [None, "2020-05-17"])
def test_datescan_scan_finds_what_a_full_scan_finds(
    text: str, case: Callable[[str], str], published: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trying the patterns only where their first words stand changes no date."""
    sample = case(text)
    quick = datenorm.find_dates(sample, published=published)
    # No offsets: every pattern scans the whole text (cached like the real function).
    monkeypatch.setattr(datescan, "word_starts", lru_cache(lambda text, words: None))
    assert datenorm.find_dates(sample, published=published) == quick
    assert quick


def test_datescan_word_starts_finds_words_in_any_case() -> None:
    assert word_starts("Les MOIS, les mois", ("les", "mois")) == (0, 4, 10, 14)
    assert word_starts("İl y a", ("il",)) is None  # lowering would shift offsets
