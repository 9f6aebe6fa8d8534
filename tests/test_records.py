"""Records round-trip through their dict form (the JSONL contract).

Texts written for these tests.
"""

from __future__ import annotations

from ecograph.records import (
    CATEGORY_OF_TYPE,
    Document,
    Entity,
    Evidence,
    Mention,
    Record,
    Relation,
)


def _record() -> Record:
    text = "La société Brevalix ouvre un bureau à Grenoble."
    company = Entity(
        id="https://w3id.org/ecograph/id/org/brevalix-1",
        category="Organisation",
        type="Company",
        name="Brevalix",
        mentions=(Mention("Brevalix", 11, 19, 0),),
    )
    city = Entity(
        id="https://w3id.org/ecograph/id/place/grenoble-2",
        category="Place",
        type="City",
        name="Grenoble",
        mentions=(Mention("Grenoble", 38, 46, 0),),
        links={"geonames": "3014728"},
    )
    relation = Relation(
        type="establishes_in",
        subject=company.id,
        object=city.id,
        evidence=Evidence(text, 0, len(text)),
        confidence=0.8,
        rule="open_office",
        attributes={"status": "in_progress"},
    )
    return Record(
        document=Document(id="a1", source="t.txt", sha256="0" * 64),
        entities=(company, city),
        relations=(relation,),
    )


def test_records_round_trip_through_dict() -> None:
    record = _record()
    assert Record.from_dict(record.to_dict()) == record


def test_records_dict_has_the_contract_fields() -> None:
    data = _record().to_dict()
    assert data["schema_version"] == 1
    assert set(data["document"]) >= {"id", "source", "title", "published", "language", "sha256"}
    entity = data["entities"][1]
    assert set(entity) >= {"id", "category", "type", "name", "links", "mentions"}
    assert entity["mentions"][0] == {"text": "Grenoble", "start": 38, "end": 46, "sentence": 0}
    relation = data["relations"][0]
    assert set(relation) >= {"type", "subject", "object", "attributes", "confidence", "evidence"}


def test_records_every_fine_type_has_one_category() -> None:
    assert CATEGORY_OF_TYPE["Chamber"] == "Organisation"
    assert CATEGORY_OF_TYPE["Department"] == "Place"
    assert CATEGORY_OF_TYPE["Mission"] == "Event"
