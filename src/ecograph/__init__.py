"""ecograph: French economic news to a knowledge graph you can query and browse."""

__version__ = "0.1.0"
