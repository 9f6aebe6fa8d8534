"""The CLI: every command's help carries an example, and the README lists the real commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecograph.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_cli_top_level_help_has_an_example() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.parametrize("command", _commands())
def test_cli_each_command_help_has_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_cli_readme_lists_exactly_the_real_commands() -> None:
    listed = set(re.findall(r"^\| `ecograph (\w+)", README.read_text(encoding="utf-8"), re.M))
    assert listed == set(_commands())


def _help(command: str) -> str:
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    return " ".join(result.output.split())


def test_cli_flags_are_shown_without_a_value_type() -> None:
    text = _help("run")
    assert "<bool>" not in text
    assert "--force Re-extract" in text and "--quiet -q No progress bar" in text
    assert "--out -o <path>" in text  # options that take a value keep their type


def test_cli_run_help_gives_the_default_corpus_and_the_exit_statuses() -> None:
    text = _help("run")
    assert "(default: corpus/)" in text
    assert "130" in text and "4 when some were skipped" in text


def test_cli_push_example_is_not_the_read_only_serve_port() -> None:
    serve_port = re.search(r"--port (\d+)", _help("serve"))
    example = re.search(
        r"Example: ecograph push .*--endpoint http://localhost:(\d+)", _help("push")
    )
    assert serve_port and example and example.group(1) != serve_port.group(1)


def test_cli_serve_help_says_it_answers_from_the_store_as_it_was() -> None:
    assert "as it was when the server started" in _help("serve")


def test_cli_map_focus_says_which_entities_it_matched(tmp_path: Path) -> None:
    trig = Path(__file__).parent / "data" / "map" / "small.trig"
    args = ["map", "--graph", str(trig), "--focus", "brind", "--out", str(tmp_path / "m.html")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "focus 'brind': Brindel" in result.output


def test_cli_readme_gold_and_links_examples_are_read_by_ecograph(tmp_path: Path) -> None:
    import json

    from ecograph.evaluate import load_gold
    from ecograph.linking import LinksFile

    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Write your own gold file") :]
    gold = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))  # type: ignore[union-attr]
    (tmp_path / "rennes_usine.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (loaded,) = load_gold(tmp_path)
    assert len(loaded.entities) == len(gold["entities"])
    assert len(loaded.relations) == len(gold["facts"])
    toml = re.search(r"```toml\n(.*?)```", text, re.S).group(1)  # type: ignore[union-attr]
    (tmp_path / "links.toml").write_text(toml, encoding="utf-8")
    links = LinksFile.read(tmp_path / "links.toml")
    assert len(links.same) == 2 and len(links.different) == 1
