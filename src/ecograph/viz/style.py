"""How each class of node looks: colour, shape and size, plus the legend they make."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ecograph.records import FINE_TYPES


@dataclass(frozen=True, slots=True)
class Look:
    """The colour and vis-network shape of one node type."""

    color: str
    shape: str
    label_fr: str


# Places in blues (round/diamond), organisations in warm squares, people as stars,
# sectors as hexagons, events as red triangles; dates and figures small and grey.
LOOKS: dict[str, Look] = {
    "City": Look("#2b7bba", "dot", "Ville"),
    "Country": Look("#0b4f8a", "diamond", "Pays"),
    "Region": Look("#6baed6", "triangle", "Région"),
    "Department": Look("#9ecae1", "triangle", "Département"),
    "Place": Look("#c6dbef", "dot", "Autre lieu"),
    "Company": Look("#e6550d", "square", "Entreprise"),
    "PublicBody": Look("#31a354", "square", "Collectivité, organisme public"),
    "Agency": Look("#74c476", "square", "Agence"),
    "Chamber": Look("#a1d99b", "square", "Chambre consulaire"),
    "Association": Look("#fd8d3c", "square", "Association"),
    "PoliticalParty": Look("#fdae6b", "square", "Parti politique"),
    "Organisation": Look("#fdd0a2", "square", "Autre organisation"),
    "Person": Look("#756bb1", "star", "Personne"),
    "Sector": Look("#e7ba52", "hexagon", "Secteur"),
    "Partnership": Look("#d6616b", "triangleDown", "Partenariat"),
    "Agreement": Look("#ad494a", "triangleDown", "Accord"),
    "Mission": Look("#e7969c", "triangleDown", "Mission"),
    "Visit": Look("#cc8a91", "triangleDown", "Visite"),
    "Investment": Look("#843c39", "triangleDown", "Investissement"),
    "Acquisition": Look("#7b4173", "triangleDown", "Acquisition"),
    "Establishment": Look("#a55194", "triangleDown", "Implantation"),
    "Event": Look("#de9ed6", "triangleDown", "Autre événement"),
    "Date": Look("#bdbdbd", "dot", "Date"),
    "Figure": Look("#969696", "dot", "Chiffre"),
}
SMALL = frozenset({"Date", "Figure"})
# Legend order: the order of FINE_TYPES (organisations, places, people, ...).
ORDER = tuple(t for types in FINE_TYPES.values() for t in types)


def look(node_type: str) -> Look:
    """Return the look of a fine type, with a neutral one for a type the map does not know."""
    return LOOKS.get(node_type, Look("#cccccc", "dot", node_type))


def node_size(node_type: str, articles: int) -> float:
    """Size a node by the number of articles that mention it; dates and figures stay small."""
    if node_type in SMALL:
        return 5.0
    return round(10.0 + 8.0 * math.sqrt(max(articles, 1) - 1), 1)


def legend(types_present: dict[str, int]) -> list[dict[str, object]]:
    """Return legend rows (type, French name, colour, shape, count) in a stable order."""
    ranked = sorted(types_present, key=lambda t: (ORDER.index(t) if t in ORDER else len(ORDER), t))
    return [
        {
            "type": t,
            "name": look(t).label_fr,
            "color": look(t).color,
            "shape": look(t).shape,
            "count": types_present[t],
        }
        for t in ranked
    ]


# Edge labels, in French like the articles (relation local name -> label).
RELATION_LABELS: dict[str, str] = {
    "party": "partie",
    "destination": "destination",
    "origin": "origine",
    "participant": "participe à",
    "organiser": "organise",
    "date": "date",
    "measures": "mesure",
    "locatedIn": "situé à",
    "hasSector": "secteur",
    "holdsRole": "fonction",
    "memberOf": "membre de",
    "inContactWith": "en contact avec",
    "establishesIn": "s'implante à",
    "investsIn": "investit dans",
    "acquires": "acquiert",
}


def relation_label(relation: str) -> str:
    """Return the French label of a relation, or its own name when unknown."""
    return RELATION_LABELS.get(relation, relation)
