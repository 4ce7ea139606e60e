"""The warreader config: bundled defaults overlaid by the user's YAML file.

The user file is, in order: the path given (``--config``), ``$WARREADER_CONFIG``, or
:func:`index.paths.user_config_path` when it exists. Every key is checked against a
small schema while the YAML node tree is still at hand, so a typo or a wrong type is
reported with the key, the file and the line (:class:`ConfigError`), never a traceback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from index.paths import bundled_config_path, bundled_seeds_dir, user_config_path

BUNDLED_SEEDS = "bundled:seeds"
"""Corpus entry meaning "the seed articles shipped with warreader"."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
KNOWN_KEYS = ("corpus", "index_dir", "aliases", "theme", "keys")


class ConfigError(Exception):
    """A config problem the user can fix; ``str()`` is one line naming key and line."""


@dataclass
class Config:
    """Effective settings. ``keys`` maps a binding id to comma-separated keys."""

    corpus: list[Path] = field(default_factory=list)
    index_dir: Path | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    theme: str = "textual-dark"
    keys: dict[str, str] = field(default_factory=dict)


class _Reader:
    """Validates one YAML file's node tree into a plain dict of typed values."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.base = path.parent

    def error(self, node: Node | None, message: str) -> ConfigError:
        where = f", line {node.start_mark.line + 1}" if node is not None else ""
        return ConfigError(f"config {self.path}{where}: {message}")

    def string(self, node: Node, key: str) -> str:
        if isinstance(node, ScalarNode) and node.tag == _STR:
            return node.value
        raise self.error(node, f"'{key}' must be a string, not {_describe(node)}")

    def strings(self, node: Node, key: str) -> list[str]:
        if isinstance(node, ScalarNode) and node.tag == _STR:
            return [node.value]
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"'{key}' must be a list of strings, not {_describe(node)}")
        return [self.string(item, key) for item in node.value]

    def mapping(self, node: Node, key: str) -> list[tuple[str, Node]]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, MappingNode):
            raise self.error(node, f"'{key}' must be a mapping, not {_describe(node)}")
        return [(self.string(k, f"{key} key"), v) for k, v in node.value]

    def path_value(self, text: str) -> Path:
        if text == BUNDLED_SEEDS:
            return bundled_seeds_dir()
        path = Path(os.path.expandvars(text)).expanduser()
        return path if path.is_absolute() else self.base / path

    def read(self) -> dict:
        """Parse and validate the file; returns only the keys it sets."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {self.path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config {self.path}: {exc}") from None
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ConfigError(f"config {self.path}{line}: invalid YAML: {problem}") from None
        if root is None:
            return {}
        out: dict = {}
        for key, node in self.mapping(root, "top level"):
            out[key] = self.value(key, node, root)
        return out

    def value(self, key: str, node: Node, root: Node):
        if key == "corpus":
            return [self.path_value(p) for p in self.strings(node, key)]
        if key == "index_dir":
            if isinstance(node, ScalarNode) and node.tag == _NULL:
                return None
            return self.path_value(self.string(node, key))
        if key == "theme":
            return self.string(node, key)
        if key == "aliases":
            return {name: self.strings(v, f"aliases.{name}") for name, v in self.mapping(node, key)}
        if key == "keys":
            pairs = self.mapping(node, key)
            return {bid: ",".join(self.strings(v, f"keys.{bid}")) for bid, v in pairs}
        key_node = next(k for k, v in root.value if v is node)
        import difflib  # only when a key needs explaining

        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(KNOWN_KEYS)})"
        raise self.error(key_node, f"unknown key '{key}'{hint}")


def _describe(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    kind = node.tag.rsplit(":", 1)[-1]
    return {"null": "empty", "int": "a number", "float": "a number", "bool": "true/false"}.get(
        kind, repr(node.value)
    )


def read_config_file(path: str | Path) -> dict:
    """Validate one config file; returns the keys it sets (paths already resolved)."""
    return _Reader(Path(path)).read()


def load_config(path: str | Path | None = None) -> Config:
    """The effective config: bundled defaults overlaid by the user's file, if any.

    ``corpus``, ``index_dir`` and ``theme`` from the user file replace the defaults;
    ``aliases`` and ``keys`` are merged entry by entry. Raises :class:`ConfigError`.
    """
    config = Config()
    _overlay(config, read_config_file(bundled_config_path()))
    if path is None:
        path = os.environ.get("WARREADER_CONFIG") or None
        if path is None and user_config_path().is_file():
            path = user_config_path()
    if path is not None:
        _overlay(config, read_config_file(path))
    return config


def _overlay(config: Config, values: dict) -> None:
    for key, value in values.items():
        if key in ("aliases", "keys"):
            getattr(config, key).update(value)
        else:
            setattr(config, key, value)
