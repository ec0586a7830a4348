"""The README tells the truth: its set-up commands are CI's, every command is documented."""

import re
from pathlib import Path

import pytest
from typer.main import get_command

from prparse.cli import app
from prparse.exit_codes import ExitCode

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_readme_opens_with_the_two_setup_commands_ci_runs():
    first_block = re.search(r"```sh\n(.*?)```", README, re.DOTALL).group(1).strip().splitlines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert first_block[0].startswith("pip install . && prparse batch samples/")
    assert first_block[1].startswith("pip install '.[test]' && pytest")
    for line in first_block:
        assert line in ci.splitlines()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_and_has_help(command):
    assert f"`{command}" in README
    assert get_command(app).commands[command].help  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", list(ExitCode))
def test_every_exit_code_is_documented(code):
    assert re.search(rf"^\| {code.value} \|", README, re.MULTILINE), code.name


def test_readme_examples_name_real_samples():
    for sample in re.findall(r"samples/[\w.-]+\.\w+", README):
        assert (ROOT / sample).is_file(), sample
