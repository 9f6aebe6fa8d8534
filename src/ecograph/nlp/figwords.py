"""French number vocabulary for the figure rules: number words, scales, currencies, qualifiers."""

from __future__ import annotations

import re

from text_to_num import text2num

AP = "['’]"
SP = r"[\s\u00a0\u202f]"  # French thousands are grouped with (narrow) no-break spaces.

_UNITS = "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze"
_TENS = "quinze seize vingts? trente quarante cinquante soixante cents? mille"


def _words(text: str) -> frozenset[str]:
    """Return the set of space-separated words of `text` (keeps long word lists readable)."""
    return frozenset(text.split())


NUMBER_WORDS = tuple((_UNITS + " " + _TENS).split())
_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
WORDS = rf"{_WORD}(?:(?:-|{SP}+|{SP}+et{SP}+)(?:{_WORD}))*"
DIGITS = (
    rf"\d{{1,3}}(?:{SP}\d{{3}})+(?:,\d+)?"  # 6 000 / 1 250,5
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.233
    r"|\d+(?:,\d+)?"  # 96 / 3,5
)

# Approximate nouns: "une quarantaine d'entreprises" is about forty of them.
APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}
APPROX = "(?:" + "|".join(APPROX_NOUNS) + ")"

SCALES = {"mille": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "milliard": 1e9, "md": 1e9, "mds": 1e9}
SCALE = r"(?:milliards?|millions?|mille|Mds?|M|k)(?![\w])"

CURRENCIES = {
    "€": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dollar": "USD",
    "usd": "USD",
    "£": "GBP",
    "livre sterling": "GBP",
    "chf": "CHF",
    "franc suisse": "CHF",
    "yuan": "CNY",
    "yen": "JPY",
    # Currencies named with their country ('dollars canadiens', 'couronnes suédoises').
    "dollar canadien": "CAD",
    "dollar américain": "USD",
    "dollar australien": "AUD",
    "dollar néo-zélandais": "NZD",
    "dollar singapourien": "SGD",
    "dollar de hong kong": "HKD",
    "couronne suédoise": "SEK",
    "couronne norvégienne": "NOK",
    "couronne danoise": "DKK",
    "couronne tchèque": "CZK",
    "franc cfa": "XOF",
    "zloty": "PLN",
    "won": "KRW",
    "roupie": "INR",
    "roupie indienne": "INR",
    "dirham": "MAD",
    "dirham marocain": "MAD",
    "dirham émirati": "AED",
    "peso mexicain": "MXN",
    "rand": "ZAR",
    "rouble": "RUB",
    "forint": "HUF",
    "livre turque": "TRY",
    "dinar tunisien": "TND",
    "dinar algérien": "DZD",
    "shekel": "ILS",
    "renminbi": "CNY",
}
# A currency's country comes after its noun: the longer name is tried first.
_NAMED_CURRENCY = (
    r"dollars?\s+(?:canadiens?|américains?|australiens?|néo-zélandais|singapouriens?"
    r"|de\s+hong\s+kong)\b|couronnes?\s+(?:suédoises?|norvégiennes?|danoises?|tchèques?)\b"
    r"|francs?\s+cfa\b|zlotys?\b|wons?\b|roupies?(?:\s+indiennes?)?\b"
    r"|dirhams?(?:\s+(?:marocains?|émiratis?))?\b|pesos?\s+mexicains?\b|rands?\b|roubles?\b"
    r"|forints?\b|livres?\s+turques?\b|dinars?\s+(?:tunisiens?|algériens?)\b|shekels?\b"
    r"|renminbis?\b"
)
CURRENCY = (
    rf"(?:{_NAMED_CURRENCY}|€|euros?\b|EUR\b|\$|dollars?\b|USD\b|£|livres?\s+sterling\b"
    r"|CHF\b|francs?\s+suisses?\b|yuans?\b|yens?\b)"
)
PERCENT = r"(?:%|pour\s*cents?\b|pourcents?\b)"

# Qualifiers written before the number ("plus de 6 000", "près d'une centaine").
QUALIFIER = re.compile(
    rf"(?P<q>pas\s+moins\s+d(?:e\s|{AP})|plus\s+d(?:e\s|{AP})|au\s+moins|moins\s+d(?:e\s|{AP})"
    rf"|près\s+d(?:e\s|{AP})|environ|quelque|autour\s+d(?:e\s|{AP})|jusqu{AP}à|presque)\s*$",
    re.IGNORECASE,
)
QUALIFIER_OF = {
    "pas": "more_than",
    "plus": "more_than",
    "au": "more_than",
    "moins": "less_than",
    "jusqu": "less_than",
}  # every other qualifier word means "about"

# Words that can follow a number without being what it counts ("96 depuis", "quatre en").
NOT_NOUNS = _words(
    "à a au aux avec chez contre dans de des du d en entre et est fois la le les l leur "
    "leurs mais ou où par parmi pour sans selon sont sur vers ont ne n qui que qu se s "
    "soit dont il ils elle elles on y ce ces cet cette son sa ses tout tous toutes plus "
    "moins ans an environ depuis pendant durant avant après lors malgré jusqu dès sous "
    "via hors outre grâce seulement déjà encore aussi notamment alors ainsi ensuite "
    "enfin également toujours ont sont était étaient sera seront avaient avait ont été "
    "ayant étant"
)
# Adjectives that sit between a number and its noun ("quatre autres sociétés").
PRE_ADJECTIVES = _words(
    "autres nouveaux nouvelles nouvel grands grandes petits petites principaux "
    "principales premiers premières derniers dernières jeunes gros grosses"
)
STREET_WORDS = re.compile(
    r"(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route)\b", re.I
)


def words_value(text: str) -> float:
    """Return the value of French number words ('quarante-deux' -> 42)."""
    return float(text2num(" ".join(text.casefold().split()), "fr"))


def digits_value(text: str) -> float:
    """Return the value of French digits ('6 000' -> 6000, '1.233' -> 1233, '3,5' -> 3.5)."""
    plain = re.sub(SP, "", text).replace(".", "").replace(",", ".")
    return float(plain)


# Nouns spelt alike in the singular and the plural.
INVARIANT = _words(
    "mois fois pays bois avis colis devis permis repas bus corps prix temps campus virus "
    "processus cas fils progrès succès accès procès"
)


def singular(noun: str) -> str:
    """Return the dictionary form of a French plural count noun ('délégations' -> 'délégation')."""
    word = noun.casefold()
    if word in INVARIANT or len(word) <= 3:
        return word
    if word.endswith(("eaux", "eux", "oux")):
        return word[:-1]
    if word.endswith("aux") and word != "travaux":
        return word[:-3] + "al"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
