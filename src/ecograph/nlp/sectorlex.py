"""Find activity sectors in French descriptions of organisations (pure, no spaCy).

A sector word counts only where the text describes an activity: a whole
parenthesised description ("X (sécurité)"), "en" inside one ("bureau d'étude
en électronique"), or after a sector cue ("le secteur de la santé", "axée sur
le numérique", "pour l'industrie de l'aviation", "la gestion de l'eau").
Words the press uses for nothing but an activity ("l'assureur", "la cybersécurité",
"la medtech") count anywhere they are written in lowercase. Plain occurrences of
other words ("un verre d'eau", "un voyage à Rome") are not sectors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

from ecograph.link import fold
from ecograph.nlp.sectorcues import (
    BARE_CUE,
    BARE_CUE_LOWER,
    COMPLEMENT,
    COORD,
    CUE,
    CUE_LOWER,
    EN,
    HEAD_OF,
    OPEN_REST,
    PAREN,
    PAREN_CUE,
    POST_CUE,
    POST_CUE_LOWER,
    POST_NOUNS,
    lowered,
)
from ecograph.nlp.sectorwords import (
    ACRONYM,
    GENERIC_HEADS,
    PART,
    SERVICES,
    WORD,
    SectorMatch,
    alternation,
    lowercase,
    opens_sentence,
    outermost,
)


class SectorLexicon:
    """The sector vocabulary (from `sectors.json`) compiled into one matcher."""

    def __init__(self, sectors: list[dict[str, Any]]) -> None:
        self.by_form: dict[str, tuple[str, str]] = {}
        for sector in sectors:
            for form in sector["forms"]:
                self.by_form[fold(form)] = (sector["name"], sector["nace"])
        self.term = alternation(f for s in sectors for f in s["forms"])
        # Words that name a sector in any context: "l'assureur", "la cybersécurité".
        anywhere = [f for s in sectors for f in s.get("anywhere", ())]
        self.anywhere = alternation(anywhere)
        # Their first words, so that a plain word scan finds where to try them.
        self.anywhere_first = frozenset(f.split()[0].lower() for f in anywhere)
        # Trade nouns that name a sector only before a company's name ("le constructeur X").
        self.designates = {
            fold(word): (sector["name"], sector["nace"])
            for sector in sectors
            for word in sector.get("designates", ())
        }
        self.designator_words = tuple(w for s in sectors for w in s.get("designates", ()))

    @classmethod
    def load(cls) -> SectorLexicon:
        """Load the lexicon shipped in `ecograph/data/sectors.json`."""
        data = resources.files("ecograph").joinpath("data/sectors.json").read_text("utf-8")
        return cls(json.loads(data)["sectors"])

    def find(self, text: str) -> list[SectorMatch]:
        """Return the sector mentions of `text`, in order, without overlaps."""
        hits: dict[int, SectorMatch] = {}
        low = lowered(text)
        cue_scans = (CUE, BARE_CUE) if low is None else (CUE_LOWER, BARE_CUE_LOWER)
        for cues in cue_scans:
            for cue in cues.finditer(low or text):
                self._terms_at(text, cue.end(), "sector.cue", hits)
        for paren in PAREN.finditer(text):
            made_of = self._whole_paren(text, paren, hits)
            for cue in PAREN_CUE.finditer(text, paren.start(1), paren.end(1)):
                if not any(a <= cue.start() < b for a, b in made_of):
                    self._terms_at(text, cue.end(), "sector.paren_cue", hits)
        if low is None:
            posts = POST_CUE.finditer(text)
        elif any(noun in low for noun in POST_NOUNS):
            posts = POST_CUE_LOWER.finditer(low)  # same offsets: lowered() keeps them
        else:
            posts = iter(())
        for post in posts:
            # "des universités, des filières agricoles": the cue noun opens a new item.
            if self._adjective_after(text, post.end()) is None:
                self._chain_before(text, post.start(), hits)
        for word in self._anywhere_words(text):
            if lowercase(word[0]) or opens_sentence(text, word.start()):
                # "Aéronautique, spatial et défense recrutent": capitalised by the sentence.
                self._terms_at(text, word.start(), "sector.word", hits, capital=True)
        return outermost(hits[k] for k in sorted(hits))

    def _anywhere_words(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the words that name a sector in any context ("l'assureur", "la biotech")."""
        first = self.anywhere_first
        for word in WORD.finditer(text):
            lower = word[0].lower()
            if lower in first or lower[:-1] in first:
                found = self.anywhere.match(text, word.start())
                if found is not None:
                    yield found

    def _terms_at(
        self, text: str, pos: int, rule: str, hits: dict[int, SectorMatch], *, capital: bool = False
    ) -> int:
        """Read a term at `pos` and the terms coordinated with it; return where they end.

        `capital` lets the first term open with a capital (checked by the caller)."""
        term = self.term.match(text, pos)
        end = pos
        while term is not None:
            term = self._specific(text, term)
            self._add(text, term, rule, hits, capital=capital and term.start() == pos)
            end = term.end()
            coord = COORD.match(text, end)
            term = self.term.match(text, coord.end()) if coord else None
        return end

    def _specific(self, text: str, term: re.Match[str]) -> re.Match[str]:
        """'l'industrie de l'aviation', 'l'industrie automobile': a sector word's complement
        or adjective names it better."""
        if fold(term[0]).rstrip("s") not in GENERIC_HEADS:
            return term  # "chaussures de sport": the complement only qualifies the product
        complement = COMPLEMENT.match(text, term.end())
        if complement is not None:
            inner = self.term.match(text, complement.end())
        else:
            inner = self._adjective_after(text, term.end())
        return inner if inner is not None and lowercase(inner[0]) else term

    def _adjective_after(self, text: str, end: int) -> re.Match[str] | None:
        """The sector word right after `end`, past one space ("industrie automobile")."""
        return self.term.match(text, end + 1) if text[end : end + 1] == " " else None

    def _chain_before(self, text: str, end: int, hits: dict[int, SectorMatch]) -> None:
        """Add the coordinated sector words that end right at `end`."""
        chain: list[re.Match[str]] = []
        for term in reversed(list(self.term.finditer(text, max(0, end - 160), end))):
            limit = chain[-1].start() if chain else end
            if not COORD.fullmatch(text, term.end(), limit) and term.end() != limit:
                break
            chain.append(term)
        for term in chain:
            self._add(text, term, "sector.post_cue", hits)

    def _whole_paren(
        self, text: str, paren: re.Match[str], hits: dict[int, SectorMatch]
    ) -> list[tuple[int, int]]:
        """'(sécurité)', '(eau et énergie)', '(Lyon, robotique)': a description, or a comma
        part of one, that opens on a lowercase sector word names the organisation's activity.

        Return the parts whose "en" names a material ("jouets en bois"), not the activity."""
        made_of = []
        for part in PART.finditer(text, paren.start(1), paren.end(1)):
            start = part.start() + len(part[0]) - len(part[0].lstrip())
            # "(BTP)", "(nantaise, IA)": an acronym keeps its capitals.
            if not text[start : start + 1].islower() and not ACRONYM.match(text, start):
                continue
            found: dict[int, SectorMatch] = {}
            end = self._terms_at(text, start, "sector.paren", found)
            head = HEAD_OF.match(text, start, part.end()) if not found else None
            if head is not None:
                end = self._terms_at(text, head.end(), "sector.paren", found)
            rest = text[end : part.end()]
            # "(conseil en robotique)": a service's activity follows "en"; "(jouets en bois)":
            # a product's "en" is its material. "(capteurs pour la vigne)": the client's sector.
            if found and EN.match(rest) and rest.lstrip()[:2].casefold() == "en":
                if not {m.name for m in found.values()} & SERVICES:
                    hits.update(found)
                    made_of.append((part.start(), part.end()))
            elif found and (not rest.strip() or (OPEN_REST.match(rest) and not EN.match(rest))):
                hits.update(found)
        return made_of

    def _add(
        self,
        text: str,
        term: re.Match[str],
        rule: str,
        hits: dict[int, SectorMatch],
        *,
        capital: bool = False,
    ) -> None:
        sector = self.lookup(term[0])
        if sector is not None and term.start() not in hits and (capital or lowercase(term[0])):
            name, nace = sector
            hits[term.start()] = SectorMatch(term.start(), term.end(), term[0], name, nace, rule)

    def designated(self, word: str) -> tuple[str, str] | None:
        """(name, NACE code) of a trade noun heading a company name ("constructeur"), else None."""
        key = fold(word)
        return self.designates.get(key) or self.designates.get(key[:-1])

    def lookup(self, form: str) -> tuple[str, str] | None:
        """Return (name, NACE code) of a sector form, plural or singular."""
        key = fold(form)
        return self.by_form.get(key) or self.by_form.get(key[:-1])
