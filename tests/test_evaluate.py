"""`ecograph evaluate`: facts compared as the spec says, scores, errors and the CLI.

Model-free. The test gold `tests/data/gold/rhone_brief.gold.json` describes an invented article
(Lyon, Kelvatec, Boulangeries Orvalis, ... are our own names, not the sample's); records are
built by hand here. The shared sample gold is only used to check that every fact it holds can
be stated by a record.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ecograph.cli import app
from ecograph.errors import EcographError, GoldError, InputError
from ecograph.evaluate import Report, Score, evaluate, load_gold, load_records
from ecograph.link import fold
from ecograph.records import Document, Entity, Evidence, Mention, Record, Relation

GOLD = Path(__file__).parent / "data" / "gold" / "rhone_brief.gold.json"
SAMPLE_GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "gold"
EVIDENCE = Evidence("phrase", 0, 6)
runner = CliRunner()


# --- a record that states exactly what a gold file says -----------------------------------


class _Builder:
    """Build a record from gold JSON: the perfect prediction for that gold."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.entities: list[Entity] = []
        self.relations: list[Relation] = []
        self.by_name: dict[str, Entity] = {}
        self.missions: dict[str, Entity] = {}
        for data in gold["entities"]:
            entity = self.entity(data["category"], data["type"], data["name"], **_extra(data))
            for name in data.get("aliases", ()):
                self.by_name[fold(name)] = entity

    def entity(self, category: str, fine_type: str, name: str, **extra: Any) -> Entity:
        number = len(self.entities)
        mention = Mention(name, number, number + len(name), 0)
        entity = Entity(f"urn:t:{number}", category, fine_type, name, (mention,), **extra)
        self.entities.append(entity)
        self.by_name.setdefault(fold(name), entity)
        return entity

    def edge(self, rel_type: str, subject: Entity, obj: Entity, **attributes: str) -> None:
        relation = Relation(rel_type, subject.id, obj.id, EVIDENCE, attributes=attributes)
        self.relations.append(relation)

    def fact(self, fact: dict[str, Any]) -> None:
        kind, name = fact["relation"], self.by_name.get
        status = {"status": fact["status"]} if "status" in fact else {}
        if "parties" in fact:
            event = self.entity("Event", kind.capitalize(), kind)
            for party in fact["parties"]:
                self.edge("party", event, self.by_name[fold(party)], **status)
        elif kind in ("mission", "visit"):
            event = self.event(kind, fact["destination"], status)
            if "origin" in fact:
                self.edge("origin", event, self.by_name[fold(fact["origin"])])
            self.event_details(event, fact)
        elif kind == "participant":
            found = self.missions.get(fold(fact["destination"]))
            event = found or self.event("mission", fact["destination"], {})
            self.edge("participant", self.by_name[fold(fact["subject"])], event)
        elif kind == "measure":
            figure = self.by_name[fold(fact["figure"])]
            self.edge("measure", figure, self.by_name[fold(fact["of"])])
            self.event_details(figure, fact)
        else:
            role = {"role": fact["role"]} if "role" in fact else {}
            subject, obj = name(fold(fact["subject"])), name(fold(fact["object"]))
            assert subject is not None and obj is not None
            self.edge(kind, subject, obj, **status, **role)

    def event(self, kind: str, destination: str, status: dict[str, str]) -> Entity:
        event = self.entity("Event", kind.capitalize(), f"{kind} {destination}")
        self.edge("destination", event, self.by_name[fold(destination)], **status)
        self.missions.setdefault(fold(destination), event)
        return event

    def event_details(self, event: Entity, fact: dict[str, Any]) -> None:
        dates = [e for e in self.entities if e.category == "Date" and e.value == fact.get("date")]
        for date in dates[:1]:
            self.edge("date", event, date)
        if "sector" in fact:
            self.edge("has_sector", event, self.by_name[fold(fact["sector"])])


def _extra(data: dict[str, Any]) -> dict[str, Any]:
    links = {"nace": data["nace"]} if "nace" in data else {}
    keys = ("value", "unit", "qualifier")
    return {"links": links, **{k: data[k] for k in keys if k in data}}


def perfect_record(gold_path: Path, *, source: str | None = None) -> Record:
    """The record a flawless pipeline would write for the article of `gold_path`."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    builder = _Builder(gold)
    for fact in sorted(gold["facts"], key=lambda f: f["relation"] == "participant"):
        builder.fact(fact)
    document = Document(id="doc1", source=source or f"corpus/{gold['document']}", sha256="0")
    return Record(document, tuple(builder.entities), tuple(builder.relations))


def named(record: Record, name: str) -> Entity:
    return next(e for e in record.entities if e.name == name)


def without(record: Record, name: str) -> Record:
    return replace(record, entities=tuple(e for e in record.entities if e.name != name))


def with_entities(record: Record, *entities: Entity) -> Record:
    return replace(record, entities=(*record.entities, *entities))


def score(report: Report, kind: str) -> Score:
    found = {s.kind: s for s in (*report.entities, *report.relations)}
    return found[kind]


def run(record: Record) -> Report:
    return evaluate([record], load_gold(GOLD))


def extra(category: str, fine_type: str, name: str, **more: Any) -> Entity:
    return Entity(f"urn:x:{name}", category, fine_type, name, **more)


# --- scores --------------------------------------------------------------------------------


@pytest.mark.parametrize("gold_path", [GOLD, *sorted(SAMPLE_GOLD_DIR.glob("*.gold.json"))])
def test_evaluate_perfect_prediction_scores_one(gold_path: Path) -> None:
    report = evaluate([perfect_record(gold_path)], load_gold(gold_path))
    assert [s.kind for s in report.entities][:6] == [
        "Organisation", "Place", "Person", "Sector", "Date", "Figure",
    ]  # fmt: skip
    for item in (*report.entities, *report.relations):
        assert (item.f1, item.fp, item.fn) == (1.0, 0, 0), item
    assert report.entity_overall.f1 == report.relation_overall.f1 == 1.0
    assert all(ok == n for _, ok, n in report.relation_overall.attributes)


def test_evaluate_missing_entity_lowers_recall_only() -> None:
    org = score(run(without(perfect_record(GOLD), "Boulangeries Orvalis")), "Organisation")
    assert (org.tp, org.fn, org.fp) == (2, 1, 0)
    assert org.recall == pytest.approx(2 / 3) and org.precision == 1.0
    assert org.misses == ("Boulangeries Orvalis",)


def test_evaluate_wrong_category_is_a_miss_and_a_false_hit() -> None:
    record = perfect_record(GOLD)
    kelvatec = named(record, "Kelvatec")
    wrong = replace(kelvatec, id="urn:wrong", category="Place", type="City")
    report = run(with_entities(without(record, "Kelvatec"), wrong))
    assert score(report, "Organisation").misses == ("Kelvatec",)
    place = score(report, "Place")
    assert place.false_hits == ("Kelvatec",) and place.precision < 1.0


def test_evaluate_extra_entity_lowers_precision() -> None:
    report = run(with_entities(perfect_record(GOLD), extra("Organisation", "Company", "Zorbix")))
    org = score(report, "Organisation")
    assert (org.fp, org.recall, org.false_hits) == (1, 1.0, ("Zorbix",))
    assert org.precision == pytest.approx(3 / 4)


def test_evaluate_duplicate_entity_is_a_false_hit() -> None:
    record = perfect_record(GOLD)
    twin = replace(named(record, "Lyon"), id="urn:twin", name="LYON", mentions=())
    place = score(run(with_entities(record, twin)), "Place")
    assert (place.tp, place.fp) == (4, 1)


@pytest.mark.parametrize("written", ["SAINT ETIENNE", "saint-etienne", "Saint–Étienne"])
def test_evaluate_folds_case_accents_and_hyphens(written: str) -> None:
    record = perfect_record(GOLD)
    renamed = replace(named(record, "Saint-Étienne"), name=written, mentions=())
    place = score(run(with_entities(without(record, "Saint-Étienne"), renamed)), "Place")
    assert (place.fp, place.fn) == (0, 0)


def test_evaluate_gold_aliases_and_own_mentions_are_names() -> None:
    record = perfect_record(GOLD)
    short = replace(named(record, "Boulangeries Orvalis"), name="Orvalis", mentions=())
    mentioned = Entity(
        "urn:agency", "Organisation", "Agency", "l'agence", (Mention("Rhône-Essor", 0, 11, 0),)
    )
    record = without(without(record, "Boulangeries Orvalis"), "Agence Rhône Essor")
    org = score(run(with_entities(record, short, mentioned)), "Organisation")
    assert (org.tp, org.fp, org.fn) == (3, 0, 0)


def test_evaluate_optional_facts_are_neither_missed_nor_counted() -> None:
    record = perfect_record(GOLD)
    found = run(record)
    missed = run(without(record, "Brésil"))
    assert score(found, "Place").tp == score(missed, "Place").tp == 4
    assert score(found, "Place").fp == score(missed, "Place").fn == 0
    participants = [r for r in record.relations if r.type == "participant"]
    assert len(participants) == 2  # the optional one is stated in `record`
    lean = replace(
        record, relations=tuple(r for r in record.relations if r not in participants[1:])
    )
    assert (score(run(lean), "participant").tp, score(run(lean), "participant").fn) == (1, 0)


def _partnership(record: Record, *party_names: str, status: str = "signed") -> Record:
    event = extra("Event", "Partnership", "accord")
    edges = [r for r in record.relations if r.type != "party"]
    for name in party_names:
        edges.append(Relation("party", event.id, named(record, name).id, EVIDENCE))
    edges[-1] = replace(edges[-1], attributes={"status": status})
    others = tuple(e for e in record.entities if e.type != "Partnership")
    return Record(record.document, (*others, event), tuple(edges))


def test_evaluate_partnership_parties_compare_as_a_set() -> None:
    record = perfect_record(GOLD)
    assert score(run(_partnership(record, "Stuttgart", "Lyon")), "partnership").f1 == 1.0
    half = score(run(_partnership(record, "Lyon")), "partnership")
    assert (half.tp, half.fp, half.fn) == (0, 1, 1)
    more = score(run(_partnership(record, "Lyon", "Stuttgart", "Kelvatec")), "partnership")
    assert (more.tp, more.fp, more.fn) == (0, 1, 1)


def test_evaluate_status_is_scored_apart_from_the_fact() -> None:
    record = _partnership(perfect_record(GOLD), "Lyon", "Stuttgart", status="proposed")
    partnership = score(run(record), "partnership")
    assert partnership.f1 == 1.0 and partnership.attributes == (("status", 0, 1),)


@pytest.mark.parametrize(
    ("value", "unit", "matches"),
    [
        (12_000_000.0, "EUR", True),
        ("12000000", "eur", True),
        (12, "EUR", False),
        (12e6, "%", False),
    ],
)
def test_evaluate_figures_compare_by_value_and_unit(
    value: float | str, unit: str, matches: bool
) -> None:
    record = perfect_record(GOLD)
    figure = replace(named(record, "12 millions d'euros"), name="12 M€", value=value, unit=unit)
    report = run(
        with_entities(without(record, "12 millions d'euros"), replace(figure, mentions=()))
    )
    assert (score(report, "Figure").fn == 0) is matches


@pytest.mark.parametrize(("value", "matches"), [("2019-03", True), ("2019-04", False)])
def test_evaluate_dates_compare_by_normalized_value(value: str, matches: bool) -> None:
    record = perfect_record(GOLD)
    date = replace(named(record, "mars 2019"), name="au printemps", value=value, mentions=())
    report = run(with_entities(without(record, "mars 2019"), date))
    assert (score(report, "Date").fn == 0) is matches
    assert (score(report, "visit").attributes == (("date", 1, 1),)) is matches


def test_evaluate_mission_without_destination_is_a_false_hit() -> None:
    record = perfect_record(GOLD)
    lost = extra("Event", "Mission", "mission")
    mission = score(run(with_entities(record, lost)), "mission")
    assert (mission.tp, mission.fp) == (1, 1) and mission.false_hits == ("mission(?)",)


def test_evaluate_participant_edge_reversed_or_organiser_still_counts() -> None:
    record = perfect_record(GOLD)
    edges = tuple(
        replace(r, type="organiser") if r.type == "participant" else r for r in record.relations
    )
    assert score(run(replace(record, relations=edges)), "participant").fn == 0
    flipped = tuple(
        replace(r, subject=r.object, object=r.subject) if r.type == "participant" else r
        for r in record.relations
    )
    assert score(run(replace(record, relations=flipped)), "participant").fn == 0


def test_evaluate_visit_checks_origin() -> None:
    record = perfect_record(GOLD)
    edges = tuple(
        replace(r, object=named(record, "Brésil").id) if r.type == "origin" else r
        for r in record.relations
    )
    visit = score(run(replace(record, relations=edges)), "visit")
    assert (visit.tp, visit.fp, visit.fn) == (0, 1, 1)


def test_evaluate_measure_of_an_event_is_named_by_its_destination() -> None:
    record = perfect_record(GOLD)
    mission = next(e for e in record.entities if e.type == "Mission")
    edges = tuple(
        replace(r, object=mission.id)
        if r.type == "measure" and r.object == named(record, "Stuttgart").id
        else r
        for r in record.relations
    )
    assert score(run(replace(record, relations=edges)), "measure").f1 == 1.0


def test_evaluate_wrong_relation_object_is_a_miss_and_a_false_hit() -> None:
    record = perfect_record(GOLD)
    edges = tuple(
        replace(r, object=named(record, "Stuttgart").id) if r.type == "located_in" else r
        for r in record.relations
    )
    located = score(run(replace(record, relations=edges)), "located_in")
    assert located.misses == ("located_in(Kelvatec, Saint-Étienne)",)
    assert located.false_hits == ("located_in(Kelvatec, Stuttgart)",)


def test_evaluate_matches_record_by_document_id_too() -> None:
    record = perfect_record(GOLD, source="elsewhere/other.txt")
    record = replace(record, document=replace(record.document, id="rhone_brief"))
    assert run(record).entity_overall.f1 == 1.0


# --- errors --------------------------------------------------------------------------------


def test_evaluate_no_matching_record_is_an_error() -> None:
    with pytest.raises(GoldError, match="document"):
        run(perfect_record(GOLD, source="corpus/unrelated.txt"))


def test_evaluate_load_gold_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "absent.gold.json")
    with pytest.raises(GoldError, match=r"no \*\.gold\.json"):
        load_gold(tmp_path)
    broken = tmp_path / "broken.gold.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.gold\.json"):
        load_gold(tmp_path)
    broken.write_text(json.dumps({"document": "a.txt"}), encoding="utf-8")
    with pytest.raises(GoldError, match="not a gold file"):
        load_gold(broken)


def test_evaluate_load_records_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such records file"):
        load_records(tmp_path / "records.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"document": {}}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_records(bad)
    assert issubclass(InputError, EcographError)


# --- the command line ----------------------------------------------------------------------


def _write(tmp_path: Path, record: Record) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_cli_prints_rows_per_category_and_the_misses(tmp_path: Path) -> None:
    path = _write(tmp_path, without(perfect_record(GOLD), "Kelvatec"))
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(GOLD.parent)])
    assert result.exit_code == 0, result.output
    for row in ("Organisation", "Place", "Person", "Sector", "Date", "Figure", "located_in"):
        assert row in result.output
    assert "missed" in result.output and "Kelvatec" in result.output
    quiet = runner.invoke(app, ["evaluate", str(path), "--gold", str(GOLD), "--no-show-errors"])
    assert quiet.exit_code == 0 and "missed" not in quiet.output


def test_evaluate_cli_json_is_machine_readable(tmp_path: Path) -> None:
    path = _write(tmp_path, perfect_record(GOLD))
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(GOLD), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["entities"]["overall"]["f1"] == 1.0
    assert data["relations"]["by_type"]["partnership"]["attributes"]["status"]["accuracy"] == 1.0
    assert data["entities"]["by_category"]["Figure"]["misses"] == []


def test_evaluate_cli_missing_gold_is_one_line_and_an_exit_code(tmp_path: Path) -> None:
    path = _write(tmp_path, perfect_record(GOLD))
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(tmp_path / "nope")])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "nope" in lines[0] and "Traceback" not in result.output


def test_evaluate_identical_relation_facts_count_once() -> None:
    record = perfect_record(GOLD)
    twin = extra("Event", "Mission", "la mission")
    place = named(record, "Stuttgart")
    edge = Relation("destination", twin.id, place.id, EVIDENCE)
    record = replace(with_entities(record, twin), relations=(*record.relations, edge))
    assert score(run(record), "mission").fp == 0


def test_evaluate_several_documents_sum_and_name_their_misses(tmp_path: Path) -> None:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    for name in ("deux", "trois"):
        data["document"] = f"{name}.txt"
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(data), encoding="utf-8")
    records = [without(perfect_record(GOLD, source="in/deux.txt"), "Kelvatec")]
    report = evaluate(records, load_gold(tmp_path))
    assert report.documents == ("in/deux.txt",)
    assert report.unmatched_gold == (str(tmp_path / "trois.gold.json"),)
    assert score(report, "Organisation").misses == ("deux.txt: Kelvatec",)


# --- the evaluation package ------------------------------------------------------------------


def test_evaluate_module_reexports_the_evaluation_package() -> None:
    import ecograph.evaluate as compat
    import ecograph.evaluation as package

    for name in ("evaluate", "evaluate_files", "load_gold", "load_records", "Report", "Score"):
        assert getattr(compat, name) is getattr(package, name)


def test_evaluate_matching_is_maximum_not_first_come() -> None:
    from ecograph.evaluation.matching import match

    # Prediction 0 fits both gold facts, prediction 1 only the first: taking the first fit
    # for prediction 0 would leave prediction 1 unmatched.
    fits = {(0, 0), (0, 1), (1, 0)}
    pairs = match([0, 1], [0, 1], lambda g, p: (p, g) in fits)
    assert sorted(pairs.items()) == [(0, 1), (1, 0)]


def test_evaluate_error_lines_and_tables_follow_the_scores() -> None:
    from ecograph.evaluation import error_lines, report_tables

    report = run(
        with_entities(
            without(perfect_record(GOLD), "Kelvatec"), extra("Place", "City", "Vénissieux")
        )
    )
    lines = list(error_lines(report))
    assert "Organisation  missed  Kelvatec" in lines
    assert "Place  false   Vénissieux" in lines
    entities, relations = report_tables(report)
    assert entities.row_count == len(report.entities) + 1  # one row per category, then overall
    assert relations.row_count == len(report.relations) + 1


def test_evaluate_error_lines_name_the_wrong_attribute_of_a_matched_fact() -> None:
    from ecograph.evaluation import error_lines
    from ecograph.evaluation.facts import Fact
    from ecograph.evaluation.score import score_facts, sum_scores

    keys = (frozenset({"marie roux"}), frozenset({"tissages morvan"}))
    gold = Fact(
        "holds_role",
        keys,
        "holds_role(Marie Roux, Tissages Morvan)",
        attrs=(("role", frozenset({"presidente"})),),
    )
    wrong = replace(gold, attrs=(("role", frozenset({"fondatrice"})),))
    bare = replace(gold, attrs=())
    assert score_facts("holds_role", [gold], [gold]).mismatches == ()
    found = score_facts("holds_role", [gold], [wrong], prefix="a.txt: ")
    assert found.tp == 1 and found.mismatches == (
        "a.txt: holds_role(Marie Roux, Tissages Morvan): role 'presidente' (found 'fondatrice')",
    )
    missing = score_facts("holds_role", [gold], [bare])
    assert missing.mismatches == (
        "holds_role(Marie Roux, Tissages Morvan): role 'presidente' (found nothing)",
    )
    report = Report(("a.txt",), (), (sum_scores("holds_role", [found, missing]),))
    lines = list(error_lines(report))
    assert len([line for line in lines if line.startswith("holds_role  attr    ")]) == 2
    assert report.to_dict()["relations"]["by_type"]["holds_role"]["attribute_mismatches"]
