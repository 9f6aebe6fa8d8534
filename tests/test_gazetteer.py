"""Gazetteer lookups: places, gentilés, periphrases, parties, role words.

Names here are general geography or invented for these tests, not taken from
the sample article.
"""

from __future__ import annotations

import pytest

from ecograph.gazetteer import demonym_target, lookup_place, party_name, periphrases
from ecograph.gazetteer.lexicons import inflect, org_designators, role_heads


@pytest.mark.parametrize(
    ("text", "fine_type", "link", "value"),
    [
        ("Allemagne", "Country", "iso3166", "DE"),
        ("Corée du Sud", "Country", "iso3166", "KR"),
        ("Etats-Unis", "Country", "iso3166", "US"),
        ("Pyrénées-Orientales", "Department", "iso3166", "FR-66"),
        ("Côte-d'Or", "Department", "iso3166", "FR-21"),
        ("Côte-d’Or", "Department", "iso3166", "FR-21"),
        ("Occitanie", "Region", "iso3166", "FR-OCC"),
        ("Grand Est", "Region", "iso3166", "FR-GES"),
        ("Lyon", "City", "geonames", "2996944"),
        ("Munich", "City", "geonames", "2867714"),
        ("Paris", "City", "geonames", "2988507"),
    ],
)
def test_gazetteer_lookup_types_and_links(text: str, fine_type: str, link: str, value: str) -> None:
    info = lookup_place(text)
    assert info is not None
    assert (info.type, info.links.get(link)) == (fine_type, value)


def test_gazetteer_city_keeps_the_french_form_written() -> None:
    info = lookup_place("Varsovie")
    assert info is not None and info.name == "Varsovie" and info.country == "PL"


@pytest.mark.parametrize(
    ("text", "country"), [("Orléans", "FR"), ("Bayonne", "FR"), ("Vienne", "AT")]
)
def test_gazetteer_homonyms_prefer_french_towns_unless_far_bigger(text: str, country: str) -> None:
    info = lookup_place(text)
    assert info is not None and info.country == country


def test_gazetteer_every_demonym_resolves_to_a_place() -> None:
    from ecograph.gazetteer.tsv import read_rows

    assert [place for _, place in read_rows("demonyms.tsv") if lookup_place(place) is None] == []


@pytest.mark.parametrize("text", ["Hôtel de Ville", "Hôtel-de-Ville", "Bourse", "Opéra", "Louvre"])
def test_gazetteer_city_districts_are_no_cities(text: str) -> None:
    # GeoNames names arrondissements after a building or a quarter ("Paris 04 Hôtel-de-Ville"):
    # "reçue à l'Hôtel de Ville" is the town hall of the city in the article, not a district.
    assert lookup_place(text) is None


def test_gazetteer_cities_with_districts_stay_cities() -> None:
    for city in ("Paris", "Lyon", "Marseille"):
        found = lookup_place(city)
        assert found is not None and found.type == "City" and found.country == "FR"


def test_gazetteer_hyphen_and_space_forms_are_the_same_city() -> None:
    one, two = lookup_place("New-York"), lookup_place("New York")
    assert one is not None and two is not None
    assert one.links == two.links


def test_gazetteer_historical_province_is_a_region_without_its_own_code() -> None:
    info = lookup_place("Bourgogne")
    assert info is not None and info.type == "Region"
    assert "iso3166" not in info.links


@pytest.mark.parametrize("text", ["Brevalix", "Quorvel", "lyon", "Région", "Terminé"])
def test_gazetteer_unknown_or_wrong_case_is_not_a_place(text: str) -> None:
    assert lookup_place(text) is None


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("allemandes", "Allemagne"),
        ("Japonais", "Japon"),
        ("norvégiennes", "Norvège"),
        ("grecque", "Grèce"),
        ("belges", "Belgique"),
        ("berlinoise", "Berlin"),
    ],
)
def test_gazetteer_demonyms_point_to_their_place(word: str, place: str) -> None:
    assert demonym_target(word) == place


def test_gazetteer_demonym_unknown_word_is_none() -> None:
    assert demonym_target("économique") is None


@pytest.mark.parametrize(
    ("masculine", "forms"),
    [
        ("canadien", {"canadien", "canadienne", "canadiens", "canadiennes"}),
        ("danois", {"danois", "danoise", "danoises"}),
        ("russe", {"russe", "russes"}),
        ("allemand", {"allemand", "allemande", "allemands", "allemandes"}),
    ],
)
def test_gazetteer_inflect_gentile(masculine: str, forms: set[str]) -> None:
    assert set(inflect(masculine)) == forms


def test_gazetteer_periphrases_resolve_to_known_cities() -> None:
    table = periphrases()
    assert table["ville rose"] == "Toulouse"
    assert all(lookup_place(city) is not None for city in table.values())


def test_gazetteer_party_acronyms_have_full_names() -> None:
    assert party_name("PS") == "Parti socialiste"
    assert party_name("Ps") is None


def test_gazetteer_designators_and_roles_are_loaded() -> None:
    assert org_designators()["chambre de commerce"] == ("Chamber", "head_any")
    assert {"maire", "adjoint", "pdg"} <= role_heads()
