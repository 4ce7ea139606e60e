"""Config: bundled defaults, user overlay, and one-line errors naming key and line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from warreader.index.config import ConfigError, load_config
from warreader.index.paths import bundled_config_path, bundled_seeds_dir, default_index_dir

REPO = Path(__file__).resolve().parents[1]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("WARREADER_CONFIG", raising=False)
    absent, cache = tmp_path / "absent.yaml", tmp_path / "config-cache.json"
    monkeypatch.setattr("warreader.index.config.user_config_path", lambda: absent)
    monkeypatch.setattr("warreader.index.config_cache.cache_path", lambda: cache)


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
        [sys.executable, "-m", "warreader.tui.cli", "articles", "--config", str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("warreader: config ") and "line 2" in proc.stderr


# -- remembered config files (index.config_cache) ---------------------------------------


def test_a_validated_file_is_remembered_and_not_parsed_again(tmp_path, monkeypatch):
    path = _write(tmp_path, "theme: nord\ncorpus: [articles]\n")
    first = load_config(path)
    assert (tmp_path / "config-cache.json").is_file()

    def no_yaml(self, text):
        raise AssertionError("parsed again")

    monkeypatch.setattr("warreader.index.config._Reader.read", no_yaml)
    again = load_config(path)
    assert again == first and again.theme == "nord"
    assert again.corpus == [tmp_path / "articles"]


def test_an_edited_file_is_parsed_again(tmp_path):
    path = _write(tmp_path, "theme: nord\n")
    assert load_config(path).theme == "nord"
    path.write_text("theme: gruvbox\n", encoding="utf-8")
    assert load_config(path).theme == "gruvbox"
    path.write_text("theme: nord\ncorpsu: [a]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2: unknown key 'corpsu'"):
        load_config(path)


def test_remembered_paths_resolve_at_each_load(tmp_path, monkeypatch):
    text = "corpus: [$ARTICLES, here, ~/there]\n"
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "config.yaml").write_text(text, encoding="utf-8")
    (two / "config.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("ARTICLES", "/data/a")
    assert load_config(one / "config.yaml").corpus[:2] == [Path("/data/a"), one / "here"]
    monkeypatch.setenv("ARTICLES", "/data/b")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert load_config(two / "config.yaml").corpus == [
        Path("/data/b"), two / "here", tmp_path / "there"
    ]


@pytest.mark.parametrize(
    "cache_text",
    ["{not json", "[1, 2]", '{"k": "v"}', ""],
)
def test_a_corrupt_cache_is_ignored_and_rewritten(tmp_path, cache_text):
    cache = tmp_path / "config-cache.json"
    cache.write_text(cache_text, encoding="utf-8")
    assert load_config(_write(tmp_path, "theme: nord\n")).theme == "nord"
    assert load_config().theme == "textual-dark"
    assert len(json.loads(cache.read_text(encoding="utf-8"))) == 2


def test_badly_shaped_remembered_values_are_not_trusted(tmp_path):
    from warreader.index import config_cache

    path = _write(tmp_path, "theme: nord\n")
    config_cache.remember(path.read_text(encoding="utf-8"), {"theme": ["not", "a", "str"]})
    assert load_config(path).theme == "nord"


def test_the_app_starts_without_importing_yaml_once_remembered(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("WARREADER_CONFIG", None)
    code = ("import sys; from index.config import load_config; load_config(); "
            "print('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=REPO, env=env, timeout=120, check=True).stdout.strip()
            for _ in range(2)]
    assert runs == ["True", "False"]
