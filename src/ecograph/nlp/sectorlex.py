"""Find activity sectors in French descriptions of organisations (pure, no spaCy).

A sector word counts only where the text describes an activity: a whole
parenthesised description ("X (sécurité)"), "en" inside one ("bureau d'étude
en électronique"), or after a sector cue ("le secteur de la santé", "axée sur
le numérique", "pour l'industrie de l'aviation", "la gestion de l'eau").
Plain occurrences ("un verre d'eau", "un voyage à Rome") are not sectors.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ecograph.link import fold

AP = "['’]"
# Elided forms first ("de l'" before "de"), then longest first ("les" before "le").
_DET = rf"(?:(?:de\s+l|à\s+l|l|d){AP}\s*|(?:de\s+la|à\s+la|les|le|la|du|des|aux|au|de)\s+)"
_OF = rf"(?:de\s+la\s+|de\s+l{AP}|du\s+|des\s+|de\s+|d{AP})"
_NOUN_CUES = (
    r"secteurs?|filières?|domaines?|industries?|marchés?|professionnels|acteurs?|métiers?"
    r"|leaders?(?:\s+(?:mondial|européen|français|national))?|spécialistes?|experts?"
    r"|entreprises?|sociétés?|start-?ups?|pme|groupes?|salons?|forums?|pôles?|clusters?|gestion"
)
# One adjective may sit between the cue and its "de": "acteurs majeurs du numérique".
_ADJ = r"[a-zàâçéèêëîïôûùüÿœ]+"
# "la filière bois", "l'industrie pharmaceutique": the sector word follows directly.
_BARE_CUES = r"secteurs?|filières?|industries?|pôles?|marchés?"
_VERB_CUES = r"axée?s?|centrée?s?|spécialisée?s?|active?s?|positionnée?s?|tournée?s?"
CUE = re.compile(
    rf"\b(?:(?:{_NOUN_CUES})\s+(?:{_ADJ}\s+)?{_OF}|(?:{_BARE_CUES})\s+"
    rf"|(?:{_VERB_CUES})\s+(?:\w+ment\s+)?(?:sur|dans|en|vers)\s+{_DET}?"
    rf"|(?:dédiée?s?|consacrée?s?|destinée?s?)\s+(?:à\s+la\s+|à\s+l{AP}|au\s+|aux\s+)"
    rf"|(?:spécialistes?|experts?)\s+en\s+)",
    re.IGNORECASE,
)
_COORD = re.compile(rf"(?:\s*,\s*|\s*/\s*|\s+(?:et|ou)\s+){_DET}?", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{1,300})\)")
# What may follow the sector word that opens a description: a complement or adjective.
_OPEN_REST = re.compile(rf"\s+(?:{_OF}|{_ADJ}\b)", re.IGNORECASE)
_EN = re.compile(r"\s+en\s", re.IGNORECASE)
_PAREN_EN = re.compile(rf"\ben\s+{_DET}?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SectorMatch:
    """A sector word in the text, with its vocabulary name and NACE code."""

    start: int
    end: int
    text: str
    name: str
    nace: str
    rule: str


class SectorLexicon:
    """The sector vocabulary (from `sectors.json`) compiled into one matcher."""

    def __init__(self, sectors: list[dict[str, Any]]) -> None:
        self.by_form: dict[str, tuple[str, str]] = {}
        for sector in sectors:
            for form in sector["forms"]:
                self.by_form[fold(form)] = (sector["name"], sector["nace"])
        forms = sorted({f for s in sectors for f in s["forms"]}, key=len, reverse=True)
        pieces = [re.escape(f).replace("'", AP).replace(r"\ ", r"\s+") for f in forms]
        self.term = re.compile(rf"(?<![\w-])(?:{'|'.join(pieces)})(?:s|x)?(?![\w-])", re.I)

    @classmethod
    def load(cls) -> SectorLexicon:
        """Load the lexicon shipped in `ecograph/data/sectors.json`."""
        data = resources.files("ecograph").joinpath("data/sectors.json").read_text("utf-8")
        return cls(json.loads(data)["sectors"])

    def find(self, text: str) -> list[SectorMatch]:
        """Return the sector mentions of `text`, in order, without overlaps."""
        hits: dict[int, SectorMatch] = {}
        for cue in CUE.finditer(text):
            self._terms_at(text, cue.end(), "sector.cue", hits)
        for paren in _PAREN.finditer(text):
            self._whole_paren(text, paren, hits)
            for en in _PAREN_EN.finditer(text, paren.start(1), paren.end(1)):
                self._terms_at(text, en.end(), "sector.paren_en", hits)
        return [hits[k] for k in sorted(hits)]

    def _terms_at(self, text: str, pos: int, rule: str, hits: dict[int, SectorMatch]) -> int:
        """Read a term at `pos` and the terms coordinated with it; return where they end."""
        term = self.term.match(text, pos)
        end = pos
        while term is not None:
            self._add(text, term, rule, hits)
            end = term.end()
            coord = _COORD.match(text, end)
            term = self.term.match(text, coord.end()) if coord else None
        return end

    def _whole_paren(self, text: str, paren: re.Match[str], hits: dict[int, SectorMatch]) -> None:
        """'(sécurité)', '(eau et énergie)', '(logistique du froid)': a description that
        opens on a lowercase sector word names the organisation's activity."""
        start = paren.start(1) + len(paren[1]) - len(paren[1].lstrip())
        if not text[start : start + 1].islower():
            return
        found: dict[int, SectorMatch] = {}
        end = self._terms_at(text, start, "sector.paren", found)
        rest = text[end : paren.end(1)]
        # "(conseil en robotique)": the activity is what follows "en", not the head.
        if found and (not rest.strip() or (_OPEN_REST.match(rest) and not _EN.match(rest))):
            hits.update(found)

    def _add(self, text: str, term: re.Match[str], rule: str, hits: dict[int, SectorMatch]) -> None:
        sector = self.lookup(term[0])
        if sector is not None and term.start() not in hits:
            name, nace = sector
            hits[term.start()] = SectorMatch(term.start(), term.end(), term[0], name, nace, rule)

    def lookup(self, form: str) -> tuple[str, str] | None:
        """Return (name, NACE code) of a sector form, plural or singular."""
        key = fold(form)
        return self.by_form.get(key) or self.by_form.get(key[:-1])
