"""Which index folder a command uses: --index-dir (or WARREADER_INDEX_DIR), else the
config's, else the corpus's default one; chosen by one function in the CLI
(:func:`tui.commands._common.chosen_index_dir`) and one in the engine
(:func:`index.paths.index_dir_for`)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from warreader.index.config import Config
from warreader.index.paths import default_index_dir, index_dir_for
from warreader.tui.cli import build_parser
from warreader.tui.commands._common import chosen_index_dir


def test_a_given_folder_is_used_else_the_corpus_default(tmp_path):
    corpus = [tmp_path / "a"]
    assert index_dir_for(corpus, tmp_path / "ix") == tmp_path / "ix"
    assert index_dir_for(corpus, str(tmp_path / "ix")) == tmp_path / "ix"
    assert index_dir_for(corpus, None) == default_index_dir(corpus)
    assert index_dir_for(corpus, None) != index_dir_for([tmp_path / "b"], None)


def test_the_command_line_folder_comes_before_the_configs(tmp_path, monkeypatch):
    configured = Config(index_dir=tmp_path / "from-config")
    monkeypatch.delenv("WARREADER_INDEX_DIR", raising=False)
    given = build_parser().parse_args(["search", "nato", "--index-dir", str(tmp_path / "ix")])
    assert chosen_index_dir(given, configured) == tmp_path / "ix"
    plain = build_parser().parse_args(["search", "nato"])
    assert chosen_index_dir(plain, configured) == tmp_path / "from-config"
    assert chosen_index_dir(plain, Config()) is None
    assert chosen_index_dir(Namespace(), configured) == tmp_path / "from-config"


def test_the_environment_names_the_folder_when_the_command_line_does_not(tmp_path,
                                                                        monkeypatch):
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "env"))
    args = build_parser().parse_args(["quotes"])
    assert chosen_index_dir(args, Config(index_dir=tmp_path / "cfg")) == Path(tmp_path / "env")
