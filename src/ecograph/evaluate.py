"""Score extraction records against gold files: the public names of `ecograph.evaluation`.

Kept so that `from ecograph.evaluate import evaluate, load_gold, ...` goes on working.
"""

from ecograph.evaluation import (
    Fact,
    Gold,
    Report,
    Score,
    evaluate,
    evaluate_files,
    load_gold,
    load_records,
    record_facts,
)

__all__ = [
    "Fact",
    "Gold",
    "Report",
    "Score",
    "evaluate",
    "evaluate_files",
    "load_gold",
    "load_records",
    "record_facts",
]
