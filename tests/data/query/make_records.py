"""Write `tests/data/query/records.jsonl`: two hand-made records for the query tests.

Both articles are short French texts written for these tests; every firm and
person in them is invented (Hydrolia, Vertiga, Kestrel Labs, Claire Dumas...).
Offsets are computed from the texts, IRIs minted by `ecograph.link`. The graph
is built from these records at test time by `ecograph.graph.build_dataset`, so
the fixture follows the RDF contract as the mapping writes it.

    .venv/bin/python tests/data/query/make_records.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ecograph.link import entity_iri
from ecograph.records import CATEGORY_OF_TYPE

OUT = Path(__file__).parent / "records.jsonl"

A_TEXT = (
    "Lyon et Porto signent un partenariat économique en septembre 2024. "
    "La mission à Montréal, du 3 au 6 juin 2024, a réuni une trentaine de participants, "
    "dont Hydrolia et Vertiga, autour de l'Agence Rhône Invest. "
    "Hydrolia, spécialiste de l'eau installé à Lyon, ouvrira un bureau à Montréal. "
    "Vertiga, éditeur de logiciel basé à Porto, au Portugal, compte 1 200 clients. "
    "Kestrel Labs, société allemande de logiciel, prévoit de s'installer à Lyon. "
    "L'Agence Rhône Invest est en contact avec Kestrel Labs. "
    "Claire Dumas, maire de Lyon, recevra une délégation de Leipzig en février 2025."
)
B_TEXT = (
    "Lyon et Leipzig discutent d'un partenariat industriel. "
    "Kestrel Labs, société allemande, s'installe à Lyon avec 15 emplois. "
    "Une mission de la Ville de Lyon partira à Leipzig en mars 2025."
)

# (type, name, surface, extras)
A_ENTITIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("City", "Lyon", "Lyon", {"links": {"geonames": "2996944"}}),
    ("City", "Porto", "Porto", {}),
    ("City", "Montréal", "Montréal", {}),
    ("City", "Leipzig", "Leipzig", {}),
    ("Country", "Portugal", "Portugal", {"links": {"iso3166": "PT"}}),
    ("Country", "Allemagne", "allemande", {"links": {"iso3166": "DE"}}),
    ("Company", "Hydrolia", "Hydrolia", {}),
    ("Company", "Vertiga", "Vertiga", {}),
    ("Company", "Kestrel Labs", "Kestrel Labs", {}),
    ("Agency", "Agence Rhône Invest", "Agence Rhône Invest", {}),
    ("Person", "Claire Dumas", "Claire Dumas", {}),
    ("Sector", "eau", "l'eau", {"links": {"nace": "E36"}}),
    ("Sector", "logiciel", "logiciel", {"links": {"nace": "J62"}}),
    ("Date", "septembre 2024", "septembre 2024", {"value": "2024-09"}),
    ("Date", "du 3 au 6 juin 2024", "du 3 au 6 juin 2024", {"value": "2024-06-03/2024-06-06"}),
    ("Date", "février 2025", "février 2025", {"value": "2025-02"}),
    ("Figure", "1 200 clients", "1 200 clients", {"value": 1200, "unit": "client"}),
    (
        "Figure",
        "une trentaine de participants",
        "une trentaine de participants",
        {"value": 30, "unit": "participant", "qualifier": "approx"},
    ),
    ("Partnership", "partenariat Lyon Porto", "partenariat", {}),
    ("Mission", "mission Montréal", "mission", {}),
    ("Visit", "délégation de Leipzig", "délégation", {}),
]
A_RELATIONS: list[tuple[str, str, str, dict[str, str]]] = [
    ("party", "partenariat Lyon Porto", "Lyon", {"status": "signed"}),
    ("party", "partenariat Lyon Porto", "Porto", {"status": "signed"}),
    ("date", "partenariat Lyon Porto", "septembre 2024", {}),
    ("destination", "mission Montréal", "Montréal", {"status": "done"}),
    ("date", "mission Montréal", "du 3 au 6 juin 2024", {}),
    ("participant", "Hydrolia", "mission Montréal", {}),
    ("participant", "Vertiga", "mission Montréal", {}),
    ("organiser", "Agence Rhône Invest", "mission Montréal", {}),
    ("measure", "une trentaine de participants", "mission Montréal", {}),
    ("in_contact_with", "Agence Rhône Invest", "Kestrel Labs", {"status": "in_progress"}),
    ("has_sector", "Hydrolia", "eau", {}),
    ("located_in", "Hydrolia", "Lyon", {}),
    ("establishes_in", "Hydrolia", "Montréal", {"status": "planned"}),
    ("has_sector", "Vertiga", "logiciel", {}),
    ("located_in", "Vertiga", "Porto", {}),
    ("located_in", "Porto", "Portugal", {}),
    ("measure", "1 200 clients", "Vertiga", {}),
    ("has_sector", "Kestrel Labs", "logiciel", {}),
    ("located_in", "Kestrel Labs", "Allemagne", {}),
    ("establishes_in", "Kestrel Labs", "Lyon", {"status": "planned"}),
    ("holds_role", "Claire Dumas", "Lyon", {"role": "maire"}),
    ("destination", "délégation de Leipzig", "Lyon", {"status": "planned"}),
    ("origin", "délégation de Leipzig", "Leipzig", {}),
    ("date", "délégation de Leipzig", "février 2025", {}),
]
B_ENTITIES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("City", "Lyon", "Lyon", {"links": {"geonames": "2996944"}}),
    ("City", "Leipzig", "Leipzig", {}),
    ("Country", "Allemagne", "allemande", {"links": {"iso3166": "DE"}}),
    ("Company", "Kestrel Labs", "Kestrel Labs", {}),
    ("PublicBody", "Ville de Lyon", "Ville de Lyon", {}),
    ("Date", "mars 2025", "mars 2025", {"value": "2025-03"}),
    ("Figure", "15 emplois", "15 emplois", {"value": 15, "unit": "emploi"}),
    ("Partnership", "partenariat Lyon Leipzig", "partenariat", {}),
    ("Mission", "mission Leipzig", "mission", {}),
]
B_RELATIONS: list[tuple[str, str, str, dict[str, str]]] = [
    ("party", "partenariat Lyon Leipzig", "Lyon", {"status": "under_discussion"}),
    ("party", "partenariat Lyon Leipzig", "Leipzig", {"status": "under_discussion"}),
    ("located_in", "Kestrel Labs", "Allemagne", {}),
    ("establishes_in", "Kestrel Labs", "Lyon", {"status": "in_progress"}),
    ("measure", "15 emplois", "Kestrel Labs", {}),
    ("destination", "mission Leipzig", "Leipzig", {"status": "planned"}),
    ("participant", "Ville de Lyon", "mission Leipzig", {}),
    ("date", "mission Leipzig", "mars 2025", {}),
]


def sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence (they all end with '. ' or the text end)."""
    spans, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        spans.append((start, end))
        start = end + 1
    return spans


def make_record(doc_id: str, text: str, published: str, entities: list, relations: list) -> dict:
    """Return one record dict: entities with their first mention, relations with evidence."""
    bounds = sentences(text)
    ids, out_entities = {}, []
    for fine_type, name, surface, extras in entities:
        category = CATEGORY_OF_TYPE[fine_type]
        links = extras.get("links", {})
        ids[name] = entity_iri(category, fine_type, name, links=links, article_id=doc_id)
        start = text.index(surface)
        index = next(i for i, (s, e) in enumerate(bounds) if s <= start < e)
        mention = {"text": surface, "start": start, "end": start + len(surface), "sentence": index}
        entity = {"id": ids[name], "category": category, "type": fine_type, "name": name}
        entity.update({k: v for k, v in extras.items() if k != "links"})
        out_entities.append({**entity, "links": links, "mentions": [mention]})
    surface = {name: surface for _, name, surface, _ in entities}
    first = {e["name"]: e["mentions"][0] for e in out_entities}
    out_relations = []
    for rel_type, subject, obj, attributes in relations:
        # Evidence: the first sentence naming both ends, else the later first mention's.
        anchor = max(first[subject]["start"], first[obj]["start"])
        start, end = next(
            (
                (s, e)
                for s, e in bounds
                if surface[subject] in text[s:e] and surface[obj] in text[s:e]
            ),
            next((s, e) for s, e in bounds if s <= anchor < e),
        )
        out_relations.append(
            {
                "type": rel_type,
                "subject": ids[subject],
                "object": ids[obj],
                "attributes": attributes,
                "confidence": 0.8,
                "rule": "fixture",
                "evidence": {"text": text[start:end], "start": start, "end": end},
            }
        )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document = {"id": doc_id, "source": f"corpus/{doc_id}.txt", "sha256": digest}
    document.update({"title": text.split(". ")[0], "published": published, "language": "fr"})
    return {"schema_version": 1, "document": document, "entities": out_entities,
            "relations": out_relations}  # fmt: skip


def main() -> None:
    """Write the two records, one JSON object per line."""
    records = [
        make_record("qa1", A_TEXT, "2024-03-10", A_ENTITIES, A_RELATIONS),
        make_record("qb2", B_TEXT, "2025-01-20", B_ENTITIES, B_RELATIONS),
    ]
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
