"""The HTML network map: RDF -> networkx -> one offline, escaped pyvis page."""

from __future__ import annotations

from ecograph.viz.network import read_network
from ecograph.viz.write import MapSummary, write_map

__all__ = ["MapSummary", "read_network", "write_map"]
