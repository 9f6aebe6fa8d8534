"""Helpers of the sector lexicon: the match type, word shapes and regex building (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ecograph.nlp.regexgroups import by_initial
from ecograph.nlp.sectorcues import AP


@dataclass(frozen=True, slots=True)
class SectorMatch:
    """A sector word in the text, with its vocabulary name and NACE code."""

    start: int
    end: int
    text: str
    name: str
    nace: str
    rule: str


ACRONYM = re.compile(r"[A-Z][A-Z&]+\b")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Sector words whose complement names the sector better: "l'industrie de l'aviation".
GENERIC_HEADS = frozenset({"industrie", "energie", "technologie"})
# Services named by their field: "(conseil en robotique)", "(bureau d'études en électronique)".
SERVICES = frozenset(
    {"conseil", "ingénierie", "enseignement", "formation professionnelle", "design"}
    | {"recherche et développement", "expertise comptable", "services juridiques", "publicité"}
)
# The comma parts of a parenthesis: "(Lyon, 45 salariés, robotique)".
PART = re.compile(r"[^,;]+")


def alternation(forms: Iterable[str]) -> re.Pattern[str]:
    """Compile sector forms, longest first, as whole words with an optional plural."""
    ordered = sorted(set(forms), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")  # an empty alternation would match everywhere
    pieces = [re.escape(f).replace("'", AP).replace(r"\ ", r"\s+") for f in ordered]
    initials = "".join(
        sorted({re.escape(c) for f in ordered for c in (f[0].lower(), f[0].upper())})
    )
    # The lookahead on the first letters lets the engine skip most positions fast.
    grouped = by_initial("|".join(pieces), ignore_case=True)  # the same matches, faster
    return re.compile(rf"(?=[{initials}])(?<![\w-])(?:{grouped})(?:s|x)?(?![\w-])", re.I)


def outermost(matches: Iterable[SectorMatch]) -> list[SectorMatch]:
    """Drop the matches inside a longer one: "eau" within "gestion de l'eau"."""
    kept: list[SectorMatch] = []
    for match in matches:
        if kept and match.start < kept[-1].end:
            if match.end - match.start <= kept[-1].end - kept[-1].start:
                continue
            kept.pop()
        kept.append(match)
    return kept


def opens_sentence(text: str, start: int) -> bool:
    """True when `start` opens the text, a line or a sentence."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?\n:«"'


def lowercase(word: str) -> bool:
    """'Transport' opening a name is no sector word; 'transport' and 'BTP' are."""
    return not word[:1].isupper() or word.isupper()
