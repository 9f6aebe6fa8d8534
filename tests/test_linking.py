"""Cross-article linking, on hand-made records (names invented for these tests)."""

from __future__ import annotations

from pathlib import Path

from ecograph.link import entity_iri
from ecograph.linking import Linker, LinksFile, is_name_like
from ecograph.records import Document, Entity, Evidence, Mention, Record, Relation


def _org(
    name: str, kind: str = "Company", *, article: str, aliases: tuple[str, ...] = ()
) -> Entity:
    return Entity(
        id=entity_iri("Organisation", kind, name, article_id=article),
        category="Organisation",
        type=kind,
        name=name,
        mentions=(Mention(name, 0, len(name), 0),),
        aliases=aliases,
    )


def _country(name: str, code: str) -> Entity:
    return Entity(
        id=entity_iri("Place", "Country", name, links={"iso3166": code}, article_id="x"),
        category="Place",
        type="Country",
        name=name,
        links={"iso3166": code},
    )


def _record(doc: str, *entities: Entity, located: tuple[Entity, Entity] | None = None) -> Record:
    relations: tuple[Relation, ...] = ()
    if located:
        ev = Evidence("phrase", 0, 6)
        relations = (Relation("located_in", located[0].id, located[1].id, ev),)
    return Record(Document(doc, f"{doc}.txt", "0" * 64), tuple(entities), relations)


def _link_all(records: list[Record], links: LinksFile | None = None) -> list[Record]:
    linker = Linker(links=links or LinksFile()).learn(records)
    return [linker.link(r)[0] for r in records]


def _ids(record: Record, name: str) -> set[str]:
    return {e.id for e in record.entities if e.name == name or name in e.aliases}


def test_linking_same_company_in_two_articles_is_one_node() -> None:
    a = _record("a", _org("Brevalix", article="a"))
    b = _record("b", _org("BREVALIX", article="b"))
    la, lb = _link_all([a, b])
    assert la.entities[0].id == lb.entities[0].id


def test_linking_alias_declared_in_one_article_links_another() -> None:
    a = _record("a", _org("Compagnie des Forges Alpines", article="a", aliases=("CFA",)))
    b = _record("b", _org("CFA", article="b"))
    la, lb = _link_all([a, b])
    assert lb.entities[0].id == la.entities[0].id
    assert lb.entities[0].name == "Compagnie des Forges Alpines"


def test_linking_result_does_not_depend_on_article_order() -> None:
    a = _record("a", _org("Compagnie des Forges Alpines", article="a", aliases=("CFA",)))
    b = _record("b", _org("CFA", article="b"))
    assert _link_all([a, b]) == _link_all([b, a])[::-1]


def test_linking_same_name_in_different_countries_stays_apart() -> None:
    ma, fr = _country("Maroc", "MA"), _country("France", "FR")
    one, two = _org("Atlasco", article="a"), _org("Atlasco", article="b")
    a = _record("a", one, ma, located=(one, ma))
    b = _record("b", two, fr, located=(two, fr))
    la, lb = _link_all([a, b])
    assert la.entities[0].id != lb.entities[0].id


def test_linking_same_name_with_incompatible_kinds_stays_apart() -> None:
    a = _record("a", _org("Horizon", "Company", article="a"))
    b = _record("b", _org("Horizon", "PoliticalParty", article="b"))
    la, lb = _link_all([a, b])
    assert la.entities[0].id != lb.entities[0].id


def test_linking_unknown_kind_joins_the_one_typed_organisation() -> None:
    a = _record("a", _org("Velorix", "Company", article="a"))
    b = _record("b", _org("Velorix", "Organisation", article="b"))
    la, lb = _link_all([a, b])
    assert la.entities[0].id == lb.entities[0].id
    assert lb.entities[0].type == "Company"


def test_linking_links_file_changes_a_merge(tmp_path: Path) -> None:
    a = _record("a", _org("Norvane", article="a"))
    b = _record("b", _org("Norvane", article="b"))
    path = tmp_path / "links.toml"
    path.write_text('[[different]]\nname = "Norvane"\n', encoding="utf-8")
    la, lb = _link_all([a, b], LinksFile.read(path))
    assert la.entities[0].id != lb.entities[0].id
    path.write_text('[[same]]\nnames = ["NRV", "Norvane"]\n', encoding="utf-8")
    c = _record("c", _org("NRV", article="c"))
    la, lc = _link_all([a, c], LinksFile.read(path))
    assert la.entities[0].id == lc.entities[0].id


def test_linking_merges_are_logged() -> None:
    a = _record("a", _org("Compagnie des Forges Alpines", article="a", aliases=("CFA",)))
    b = _record("b", _org("CFA", article="b"))
    linker = Linker().learn([a, b])
    _, merges = linker.link(b)
    assert [m.reason for m in merges] == ["declared alias"]
    assert merges[0].article == "b"


def test_linking_generic_phrases_are_not_aliases() -> None:
    assert is_name_like("CCIL")
    assert is_name_like("Hewlett-Packard")
    assert not is_name_like("la Ville")
    assert not is_name_like("le Département")
