"""Relation and event rules of the eco_relations component, one module per family."""
