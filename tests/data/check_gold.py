"""Mechanical check of a development set's gold files against its articles.jsonl.

Run: python3 tests/data/check_gold.py tests/data/dev3 (a folder with articles.jsonl and
one <id>.gold.json per article).
"""

import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
NAME_KEYS = ("subject", "object", "destination", "origin", "of", "figure", "sector")


def fold(s: str) -> str:
    """Lower-case and unify apostrophes for a tolerant substring test."""
    return s.replace("\u2019", "'").lower()


def check(art: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Return the problems found in one gold file."""
    problems, text = [], fold(art["text"])
    n_words = len(art["text"].split())
    if not 250 <= n_words <= 450:
        problems.append(f"length {n_words} words")
    if gold["document"] != art["id"]:
        problems.append("document id mismatch")
    names, seen = set(), set()
    for e in gold["entities"]:
        key = (e["category"], fold(e["name"]))
        if key in seen:
            problems.append(f"duplicate entity {key}")
        seen.add(key)
        names.add(e["name"])
        forms = [e["name"], *e.get("aliases", [])]
        missing = [f for f in forms if fold(f) not in text]
        if e["category"] != "Date" and len(missing) == len(forms) and not e.get("optional"):
            problems.append(f"no surface form in text: {e['name']}")
        if e["category"] == "Date":
            if fold(e["name"]) not in text:
                problems.append(f"date name not in text: {e['name']}")
            if not ISO.match(e["value"]):
                problems.append(f"bad ISO date {e['value']}")
            for part in e["value"].split("/"):
                p = part + "-01" * (2 - part.count("-"))
                datetime.date.fromisoformat(p)
        if e["category"] == "Figure" and not isinstance(e["value"], (int, float)):
            problems.append(f"figure not numeric: {e['name']}")
    date_values = {e["value"] for e in gold["entities"] if e["category"] == "Date"}
    for fact in gold["facts"]:
        refs = [fact[k] for k in NAME_KEYS if k in fact] + fact.get("parties", [])
        for r in refs:
            if r not in names:
                problems.append(f"fact names unknown entity {r!r}: {fact}")
        if "date" in fact and fact["date"] not in date_values:
            problems.append(f"fact date {fact['date']} not a date entity value")
    return problems


def main(folder: Path) -> int:
    """Check every article of `folder`; print problems; exit 1 if any."""
    bad = 0
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        gold = json.loads((folder / f"{art['id']}.gold.json").read_text(encoding="utf-8"))
        for p in check(art, gold):
            bad += 1
            print(art["id"], p)
        words, n_ent, n_facts = len(art["text"].split()), len(gold["entities"]), len(gold["facts"])
        print(f"{art['id']}: {words} words, {n_ent} entities, {n_facts} facts")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 tests/data/check_gold.py FOLDER (e.g. tests/data/dev3)")
    sys.exit(main(Path(sys.argv[1])))
