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
