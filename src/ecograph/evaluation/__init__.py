"""Score extraction records against hand-made gold files: precision, recall, F1 per kind of fact.

Facts are compared as `../shared/spec/extraction-schema.md` ("How facts are compared") says.
Names fold case, accents and hyphens (`link.fold`); a gold entity is known by its name and its
aliases, a record entity by its name, its aliases and its mention texts; two ends match when
these name sets meet.

Entity facts (`Event` entities are not entity facts: they are scored through relations):
  Organisation, Place, Person, Sector: (category, name).
  Date: (category, normalized value); Figure: (category, value, unit). A gold date or figure
  without a value falls back to its names.
Relation facts are read from the record's events and their edges (see `predicted`): partnership
and the like, mission, visit, participant, measure, and the direct relation types.

Attributes are not part of a fact; they are scored separately on matched facts as accuracy:
`type`, `qualifier` and `nace` (`links.nace`) for entities; for relations `status` (any edge
of the event, or the relation itself, with `attributes.status`), `date` (the value of the
event's or figure's `date` edges), `sector` (the event's `has_sector`) and `role`.

Gold facts marked ``"optional": true`` are never misses, and a predicted fact that matches only
an optional gold fact is excluded from both true and false hits. Matching is one-to-one (a
maximum bipartite matching), so two entities for one gold thing give one false hit; relation
facts that come out identical (two Mission events to one city) count once.

Modules: `facts` (the fact and its keys), `gold` (gold files), `events` and `predicted` (the
facts of a record), `matching` and `score` (one kind of fact), `compare` (records against gold
files), `report` (the whole report as JSON data or tables).
"""

from ecograph.evaluation.compare import evaluate, evaluate_files
from ecograph.evaluation.facts import Fact
from ecograph.evaluation.gold import Gold, load_gold
from ecograph.evaluation.predicted import load_records, record_facts
from ecograph.evaluation.report import Report, error_lines, report_tables
from ecograph.evaluation.score import Score

__all__ = [
    "Fact",
    "Gold",
    "Report",
    "Score",
    "error_lines",
    "evaluate",
    "evaluate_files",
    "load_gold",
    "load_records",
    "record_facts",
    "report_tables",
]
