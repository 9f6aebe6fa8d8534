"""Status of an event or plan from French modality and tense cues in its clause."""

from __future__ import annotations

import re

# Checked in order: the most specific cue wins ("en cours de négociation" is in
# progress, not merely under discussion; "a signé" beats a later "prévu").
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ended", re.compile(r"\b(ferm[eéèa]\w*|rompu\w*|rupture|mis fin|met fin|abandonn\w*)\b")),
    ("in_progress", re.compile(r"\ben cours\b|\bfinalis\w*|\bsur le point de\b")),
    (
        "signed",
        re.compile(
            r"\b(a|ont|avait|avaient|été|sont)\s+(\w+\s+)?(sign[ée]\w*|conclu\w*|scell[ée]\w*|"
            r"paraph[ée]\w*)|\bsignature\b|\bsigné\w*\b"
        ),
    ),
    (
        "under_discussion",
        re.compile(r"\ben (discussion|négociation|pourparlers)\b|\bnégoci\w*|\bdiscut\w*"),
    ),
    (
        "proposed",
        re.compile(r"\b(souhait\w*|veu[tl]\w*|voudrai\w*|propos\w*|envisag\w*|aimerai\w*)\b"),
    ),
    (
        "planned",
        re.compile(
            r"\b(prévu\w*|prévoi\w*|attendu\w*|désireu\w*|programm(?:é|ée|és|ées|er|era|eront)|devrai\w*|doit|doivent|"
            r"va|vont|compte|comptent|projet\w*|prochain\w*|envisag\w*|annonc\w*)\b"
        ),
    ),
)


def status_from_text(text: str, *, past: bool = False, future: bool = False) -> str | None:
    """Return the status a clause gives its event, or None when it says nothing.

    `past` says the governing verb is in a past tense (passé composé, imparfait,
    passé simple): with no modal cue, what is told in the past is done, and
    what is told in the future (`future`) is planned.
    """
    cued = cue_status(text)
    if cued is not None:
        return cued
    if future:
        return "planned"
    return "done" if past else None


def cue_status(text: str) -> str | None:
    """The status a modality cue of `text` gives ("en cours", "a signé"), else None."""
    lowered = text.casefold().replace("’", "'")
    for status, pattern in _CUES:
        if pattern.search(lowered):
            return status
    return None
