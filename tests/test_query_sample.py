"""Every named query on the graph `ecograph run` builds from the sample article (real model).

Expected rows come from two independent places, never from names typed here:
the records the same run wrote (`records.jsonl`: the query must return exactly
what was extracted) and the hand-made gold (headline facts must be there, e.g.
the partners of the city every gold partnership involves, with their statuses).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from typing import Any

import pytest

from conftest import GOLD_DIR, SAMPLE
from ecograph.link import fold
from ecograph.query import Source, open_source, run_named
from ecograph.records import Record

pytestmark = [pytest.mark.model, pytest.mark.slow]
GOLD = json.loads((GOLD_DIR / f"{SAMPLE.stem}.gold.json").read_text(encoding="utf-8"))
FACTS = [f for f in GOLD["facts"] if not f.get("optional")]
LOCAL = {"measure": "measures", "located_in": "locatedIn", "has_sector": "hasSector"}
LOCAL |= {"holds_role": "holdsRole", "member_of": "memberOf", "in_contact_with": "inContactWith"}
LOCAL |= {"establishes_in": "establishesIn", "invests_in": "investsIn"}


@pytest.fixture(scope="module")
def run_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Source, Record]:
    out = tmp_path_factory.mktemp("sample")
    command = [sys.executable, "-m", "ecograph", "run", str(SAMPLE), "--out", str(out), "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    (line,) = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return open_source(store=out / "store"), Record.from_dict(json.loads(line))


@pytest.fixture(scope="module")
def source(run_output: tuple[Source, Record]) -> Source:
    return run_output[0]


@pytest.fixture(scope="module")
def record(run_output: tuple[Source, Record]) -> Record:
    return run_output[1]


def names(record: Record) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def edges(record: Record, *types: str) -> list[tuple[str, str, str, dict[str, str]]]:
    return [
        (r.type, r.subject, r.object, r.attributes) for r in record.relations if r.type in types
    ]


def pick(rows: Iterable[dict[str, Any]], *keys: str) -> set[tuple[Any, ...]]:
    return {tuple(row[k] for k in keys) for row in rows}


def folded(values: Iterable[str]) -> set[str]:
    return {fold(v) for v in values}


def hub_of_partnerships() -> str:
    """The party every gold partnership shares (the city the article is about)."""
    parties = [set(f["parties"]) for f in FACTS if f["relation"] == "partnership"]
    (hub,) = set.intersection(*parties)
    return str(hub)


def ids_named(record: Record, name: str) -> set[str]:
    return {
        e.id for e in record.entities if name.lower() in {x.lower() for x in (e.name, *e.aliases)}
    }


def test_query_sample_partners_of_the_hub(source: Source, record: Record) -> None:
    hub = hub_of_partnerships()
    rows = run_named(source, "partners", entity=hub)
    got = {(fold(r["partner"]), s) for r in rows for s in (r["status"] or "").split(", ")}
    for fact in FACTS:
        if fact["relation"] == "partnership" and hub in fact["parties"]:
            (other,) = set(fact["parties"]) - {hub}
            assert (fold(other), fact["status"]) in got
    hub_ids, label = ids_named(record, hub), names(record)
    events = {s for _, s, o, _ in edges(record, "party") if o in hub_ids}
    expected = {(label[o], "party") for _, s, o, _ in edges(record, "party") if s in events}
    expected -= {(label[i], "party") for i in hub_ids}
    contacts = edges(record, "in_contact_with")
    expected |= {(label[o], "contact") for _, s, o, _ in contacts if s in hub_ids}
    expected |= {(label[s], "contact") for _, s, o, _ in contacts if o in hub_ids}
    got_kinds = {(r["partner"], "contact" if r["kind"] == "contact" else "party") for r in rows}
    assert got_kinds == expected and rows


def test_query_sample_missions(source: Source, record: Record) -> None:
    rows = run_named(source, "missions")
    label, kind = names(record), {e.id: e.type.lower() for e in record.entities}
    expected = {
        (kind[s], label[o])
        for _, s, o, _ in edges(record, "destination")
        if kind[s] in ("mission", "visit")
    }
    assert pick(rows, "kind", "place") == expected and rows
    by_place = {fold(r["place"]): r for r in rows}
    for fact in FACTS:
        if fact["relation"] in ("mission", "visit"):
            row = by_place[fold(fact["destination"])]
            assert row["date"] == fact.get("date", row["date"])


def test_query_sample_missions_in_a_period(source: Source) -> None:
    dated = [f for f in FACTS if f["relation"] in ("mission", "visit") and f.get("date")]
    month = sorted(f["date"][:7] for f in dated)[-1]  # the latest month the gold names
    rows = run_named(source, "missions", since=month, until=month)
    bounds = {fold(f["destination"]): f["date"].split("/") for f in dated}
    inside = {place for place, (*_, last) in bounds.items() if month == last[:7]}
    assert inside and folded(r["place"] for r in rows) == inside


def test_query_sample_companies_by_sector(source: Source, record: Record) -> None:
    label, kind = names(record), {e.id: e.type for e in record.entities}
    pairs = edges(record, "has_sector")
    expected = {(label[s], label[o]) for _, s, o, _ in pairs if kind[s] == "Company"}
    assert pick(run_named(source, "companies-by-sector"), "company", "activity") == expected
    gold = {(fold(f["subject"]), fold(f["object"])) for f in FACTS if f["relation"] == "has_sector"}
    assert gold <= {(fold(a), fold(b)) for a, b in expected}


def test_query_sample_companies_by_country(source: Source, record: Record) -> None:
    label, kind = names(record), {e.id: e.type for e in record.entities}
    located = {(s, o) for _, s, o, _ in edges(record, "located_in")}
    country = {s: o for s, o in located if kind[o] == "Country"}
    expected = {
        (label[s], label[country.get(o, o)])
        for s, o in located
        if kind[s] == "Company" and kind[country.get(o, o)] == "Country"
    }
    assert (
        pick(run_named(source, "companies-by-country"), "company", "land") == expected and expected
    )


def test_query_sample_establishments(source: Source, record: Record) -> None:
    rows = run_named(source, "establishments")
    label = names(record)
    expected = {(label[s], label[o]) for _, s, o, _ in edges(record, "establishes_in")}
    assert pick(rows, "organisation", "settles_in") == expected
    got = {(fold(r["organisation"]), fold(r["settles_in"]), r["status"]) for r in rows}
    for fact in FACTS:
        if fact["relation"] == "establishes_in":
            assert (fold(fact["subject"]), fold(fact["object"]), fact["status"]) in got


def test_query_sample_people_and_roles(source: Source, record: Record) -> None:
    label = names(record)
    expected = {
        (label[s], a.get("role") or ("membre" if t == "member_of" else ""), label[o])
        for t, s, o, a in edges(record, "holds_role", "member_of")
    }
    rows = run_named(source, "people")
    assert pick(rows, "name", "role", "organisation") == expected
    gold = {(fold(f["subject"]), fold(f["role"])) for f in FACTS if f["relation"] == "holds_role"}
    assert gold <= {(fold(r["name"]), fold(r["role"])) for r in rows}


def test_query_sample_figures_about_the_hub(source: Source, record: Record) -> None:
    hub = hub_of_partnerships()
    hub_ids, label = ids_named(record, hub), names(record)
    linked = {s for _, s, o, _ in edges(record, "party", "destination", "origin") if o in hub_ids}
    linked |= {o for _, s, o, _ in edges(record, "participant", "organiser") if s in hub_ids}
    targets = hub_ids | linked
    expected = {label[s] for _, s, o, _ in edges(record, "measure") if o in targets}
    rows = run_named(source, "figures", entity=hub)
    assert {r["figure"] for r in rows} == expected and expected


def test_query_sample_provenance_matches_the_text(source: Source, record: Record) -> None:
    label, text = names(record), SAMPLE.read_text(encoding="utf-8")
    rows = run_named(source, "provenance")
    expected = {
        (label[r.subject], LOCAL.get(r.type, r.type), label[r.object], r.evidence.start)
        for r in record.relations
    }
    assert pick(rows, "from", "property", "to", "start") == expected
    for row in rows:
        assert text[row["start"] : row["end"]] == row["sentence"]


def test_query_sample_most_mentioned(source: Source, record: Record) -> None:
    rows = run_named(source, "most-mentioned")
    kept = ("Organisation", "Place", "Person", "Sector")
    expected = {e.name for e in record.entities if e.category in kept}
    assert {r["name"] for r in rows} == expected and {r["articles"] for r in rows} == {1}


def test_query_sample_changes_by_event_date(source: Source, record: Record) -> None:
    label, value = names(record), {e.id: str(e.value) for e in record.entities}
    when = {s: value[o] for t, s, o, _ in edges(record, "date")}
    year = sorted(v[:4] for v in when.values())[-1]
    expected = {
        (label[r.subject], LOCAL.get(r.type, r.type), label[r.object])
        for r in record.relations
        if any(when.get(x, "").startswith(year) for x in (r.subject, r.object))
    }
    rows = run_named(source, "changes", period_a="1900", period_b=year)
    assert pick(rows, "from", "property", "to") == expected and expected


def test_query_sample_search(source: Source, record: Record) -> None:
    agency = next(e for e in record.entities if e.category == "Organisation")
    text = agency.name[1:5].lower()
    expected = {
        e.name for e in record.entities if any(text in x.lower() for x in (e.name, *e.aliases))
    }
    assert {r["name"] for r in run_named(source, "search", text=text)} == expected
