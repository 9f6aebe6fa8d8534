"""French demonym adjectives ("israéliennes", "chinois") mapped to the country they name."""

from __future__ import annotations

from functools import cache

# Masculine singular adjective -> (country name in French, fine type).
_MASCULINE: dict[str, str] = {
    "français": "France",
    "allemand": "Allemagne",
    "italien": "Italie",
    "espagnol": "Espagne",
    "portugais": "Portugal",
    "belge": "Belgique",
    "suisse": "Suisse",
    "néerlandais": "Pays-Bas",
    "britannique": "Royaume-Uni",
    "anglais": "Royaume-Uni",
    "irlandais": "Irlande",
    "luxembourgeois": "Luxembourg",
    "autrichien": "Autriche",
    "polonais": "Pologne",
    "tchèque": "Tchéquie",
    "hongrois": "Hongrie",
    "roumain": "Roumanie",
    "bulgare": "Bulgarie",
    "grec": "Grèce",
    "suédois": "Suède",
    "norvégien": "Norvège",
    "danois": "Danemark",
    "finlandais": "Finlande",
    "russe": "Russie",
    "ukrainien": "Ukraine",
    "turc": "Turquie",
    "israélien": "Israël",
    "libanais": "Liban",
    "égyptien": "Égypte",
    "marocain": "Maroc",
    "algérien": "Algérie",
    "tunisien": "Tunisie",
    "sénégalais": "Sénégal",
    "ivoirien": "Côte d'Ivoire",
    "nigérian": "Nigeria",
    "sud-africain": "Afrique du Sud",
    "saoudien": "Arabie saoudite",
    "émirien": "Émirats arabes unis",
    "qatari": "Qatar",
    "iranien": "Iran",
    "indien": "Inde",
    "chinois": "Chine",
    "japonais": "Japon",
    "coréen": "Corée du Sud",
    "sud-coréen": "Corée du Sud",
    "vietnamien": "Viêt Nam",
    "thaïlandais": "Thaïlande",
    "singapourien": "Singapour",
    "indonésien": "Indonésie",
    "australien": "Australie",
    "américain": "États-Unis",
    "canadien": "Canada",
    "québécois": "Québec",
    "mexicain": "Mexique",
    "brésilien": "Brésil",
    "argentin": "Argentine",
    "chilien": "Chili",
    "colombien": "Colombie",
    "péruvien": "Pérou",
}


def _feminine(masc: str) -> str:
    """Return the feminine form of a demonym ("italien" -> "italienne")."""
    if masc.endswith("e"):
        return masc
    if masc.endswith(("ien", "éen")):
        return masc + "ne"
    if masc.endswith("c"):
        return masc[:-1] + "que"
    return masc + "e"


def _plural(form: str) -> str:
    return form if form.endswith(("s", "x")) else form + "s"


@cache
def _forms() -> dict[str, str]:
    table: dict[str, str] = {}
    for masc, country in _MASCULINE.items():
        fem = _feminine(masc)
        for form in (masc, fem, _plural(masc), _plural(fem)):
            table[form] = country
    return table


def country_of_demonym(word: str) -> str | None:
    """Return the country named by a demonym adjective in any gender or number, else None."""
    return _forms().get(word.casefold())
