"""regexgroups: grouped alternations match exactly what the flat ones match.

Test texts are short French phrases written for this file.
"""

from __future__ import annotations

import re

import pytest

from ecograph.nlp.regexgroups import alternatives, by_initial

FLAT = (
    r"secteurs?|sociétés?|start-?ups?|filières?|n°\s*1|numéro\s+(?:un|1)"
    r"|écoles?(?!\s+de\s+commerce)|s"
)
TEXTS = (
    "Le secteur du bois et les sociétés de la filière, numéro 1 du marché.",
    "Une start-up et deux startups, l'école de commerce et l'école d'art.",
    "SECTEURS, Sociétés, N° 1, ſecteur, s",
)


def test_regexgroups_splits_only_top_level_bars() -> None:
    assert alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_regexgroups_grouped_matches_like_flat(flags: int) -> None:
    grouped = by_initial(FLAT, ignore_case=bool(flags))
    assert grouped != FLAT  # grouped: "s(?:ecteurs?|ociétés?|...)"
    for text in TEXTS:
        flat_found = [m.span() for m in re.finditer(rf"\b(?:{FLAT})", text, flags)]
        grouped_found = [m.span() for m in re.finditer(rf"\b(?:{grouped})", text, flags)]
        assert grouped_found == flat_found


def test_regexgroups_case_blind_capitals_join_their_letter() -> None:
    grouped = by_initial("BTP|bois|Bâtiment", ignore_case=True)
    assert grouped == "b(?:TP|ois|âtiment)"
    assert by_initial("BTP|bois") == "BTP|bois"  # case-sensitive: "B" is no "b"


@pytest.mark.parametrize("pattern", [r"[ab]c|ad", r"(?:x)y|xz", r"a?b|ac", r"\w+|ab", "ſa|sb"])
def test_regexgroups_leaves_unsure_alternations_alone(pattern: str) -> None:
    assert by_initial(pattern, ignore_case=True) == pattern
