"""Config: bundled defaults, user overlay, and one-line errors naming key and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.config import ConfigError, load_config
from index.paths import bundled_config_path, bundled_seeds_dir, default_index_dir

REPO = Path(__file__).resolve().parents[1]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    monkeypatch.setattr("index.config.user_config_path", lambda: tmp_path / "absent.yaml")


def test_bundled_defaults():
    config = load_config()
    assert bundled_config_path().is_file()
    assert config.corpus == [bundled_seeds_dir()]
    assert len(list(bundled_seeds_dir().glob("*.txt"))) == 5
    assert config.index_dir is None
    assert config.aliases["Volodymyr Zelenskyy"][:2] == ["Zelensky", "Zelenskiy"]
    assert config.aliases["Sergey Lavrov"] == ["Sergei Lavrov"]
    assert config.keys == {} and config.theme


def test_user_file_overlays_defaults(tmp_path):
    (tmp_path / "articles").mkdir()
    path = _write(
        tmp_path,
        "corpus: [articles, bundled:seeds]\nindex_dir: ~/idx\ntheme: nord\n"
        "aliases:\n  Jens Stoltenberg: [Stoltenberg]\nkeys:\n  quit: ctrl+q\n"
        "  search: [slash, ctrl+f]\n",
    )
    config = load_config(path)
    assert config.corpus == [tmp_path / "articles", bundled_seeds_dir()]
    assert config.index_dir == Path("~/idx").expanduser()
    assert config.theme == "nord"
    assert config.aliases["Jens Stoltenberg"] == ["Stoltenberg"]
    assert "Sergey Lavrov" in config.aliases  # merged, not replaced
    assert config.keys == {"quit": "ctrl+q", "search": "slash,ctrl+f"}


def test_env_variable_names_the_user_file(tmp_path, monkeypatch):
    monkeypatch.setenv("WARREADER_CONFIG", str(_write(tmp_path, "theme: gruvbox\n")))
    assert load_config().theme == "gruvbox"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theme: nord\ncorpsu: [a]\n", r"line 2: unknown key 'corpsu' \(did you mean 'corpus'\?\)"),
        ("aliases: {}\n\ntheme: [dark]\n", r"line 3: 'theme' must be a string, not a list"),
        ("corpus: 5\n", r"line 1: 'corpus' must be a list of strings, not a number"),
        ("keys:\n  quit: {a: b}\n", r"line 2: 'keys.quit' must be a list of strings"),
        ("aliases:\n  Putin: [1, 2]\n", r"line 2: 'aliases.Putin' must be a string, not a number"),
        ("theme: nord\ncorpus: [a\n", r"line 3: invalid YAML"),
        ("- a\n- b\n", r"line 1: 'top level' must be a mapping, not a list"),
    ],
)
def test_errors_name_key_and_line(tmp_path, text, expected):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=expected) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message


def test_missing_user_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_empty_user_file_keeps_defaults(tmp_path):
    assert load_config(_write(tmp_path, "# nothing\n")).corpus == [bundled_seeds_dir()]


def test_default_index_dir_is_keyed_by_corpus(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert default_index_dir([a, b]) == default_index_dir([b, a])
    assert default_index_dir([a]) != default_index_dir([b])
    assert default_index_dir([a]).name.startswith("index-")


def test_cli_exits_2_with_one_line(tmp_path):
    path = _write(tmp_path, "theme: nord\ncorpsu: [a]\n")
    proc = subprocess.run(
        [sys.executable, "-m", "tui.cli", "articles", "--config", str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("warreader: config ") and "line 2" in proc.stderr
