"""Sector words read around trade and network nouns, for has_sector (rel/descriptions.py).

- a maker noun opening a sentence names its company's trade by an adjective or a
  complement: "L'équipementier aéronautique, ...", "Le fabricant suédois d'électrolyseurs";
- a network is described by its members: "X, qui rassemble 190 entreprises de la cosmétique";
- in a list "A, le cartonnier vosgien B et C", the trade noun heads B, not an apposition of A.
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import ORG_LABELS, PLACE_LABELS

_SECTOR = frozenset({"Sector"})
# Nouns of a maker or seller whose adjective or complement names the trade.
TRADE_HEADS = frozenset({"équipementier", "fabricant", "constructeur", "éditeur", "producteur"})
TRADE_HEADS |= frozenset({"spécialiste", "sous-traitant", "distributeur", "concepteur"})
# A network's verbs of membership and the nouns of its members.
_GATHER_VERBS = frozenset({"rassembler", "regrouper", "fédérer", "réunir", "compter"})
_MEMBERS = frozenset({"entreprise", "acteur", "industriel", "professionnel", "société"})
_MEMBERS |= frozenset({"membre", "adhérent", "pme", "start-up", "fabricant", "producteur"})
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})
# Adjectives and gentilés between a trade noun and what follows it.
_MAX_QUALIFIERS = 2


def qualifier(ctx: Context, j: int) -> bool:
    """An adjective or a lower-case gentilé ('munichois', tagged as a noun at times)."""
    token = ctx.tokens[j]
    return token.pos_ == "ADJ" or (token.is_lower and ctx.entity_at(j, PLACE_LABELS) is not None)


def sector_of_head(ctx: Context, j: int, end: int) -> Span | None:
    """The sector after a maker noun: 'équipementier' + 'aéronautique', 'fabricant' +
    '(suédois) d'électrolyseurs'; `j` is the token after the noun."""
    limit = min(end, j + _MAX_QUALIFIERS + 2)
    while j < limit and (qualifier(ctx, j) or ctx.lowers[j] in _OF_WORDS):
        sector = ctx.entity_at(j, _SECTOR)
        if sector is not None:
            return sector
        j += 1
    return ctx.entity_at(j, _SECTOR) if j < limit else None


def names_next(ctx: Context, sector: Span, end: int) -> bool:
    """A sector word right before another organisation's name ('le brasseur (alsacien) X')."""
    j = sector.end
    while j < end and j < sector.end + _MAX_QUALIFIERS and qualifier(ctx, j):
        j += 1
    return ctx.entity_at(j, ORG_LABELS) is not None


def gathers(ctx: Context, org: Span, i: int) -> bool:
    """', qui rassemble / regroupe / fédère ...' after a network's name (`i`: 'qui')."""
    if org.label_ != "Association" or i + 1 >= len(ctx.lowers):
        return False
    return ctx.lowers[i] == "qui" and ctx.lemmas[i + 1] in _GATHER_VERBS


def of_members(ctx: Context, sector: Span) -> bool:
    """'190 entreprises de la cosmétique': the sector completes a members' noun."""
    j = sector.start - 1
    while j > 0 and ctx.lowers[j] in _OF_WORDS:
        j -= 1
    return j < sector.start - 1 and ctx.lemmas[j] in _MEMBERS
