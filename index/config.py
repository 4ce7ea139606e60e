"""The warreader config: bundled defaults overlaid by the user's YAML file.

The user file is, in order: the path given (``--config``), ``$WARREADER_CONFIG``, or
:func:`index.paths.user_config_path` when it exists. Every key is checked against a
small schema while the YAML node tree is still at hand, so a typo or a wrong type is
reported with the key, the file and the line (:class:`ConfigError`), never a traceback.
A file that validated before is not parsed again (:mod:`index.config_cache`): PyYAML is
only imported for a new or edited file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index import config_cache
from warreader.index.files import DEFAULT_ARTICLE_MB, ReadRefused, read_regular
from warreader.index.paths import bundled_config_path, bundled_seeds_dir, user_config_path
from warreader.index.quotes.archive_marks import MODES as ARCHIVE_MODES

if TYPE_CHECKING:
    from yaml.nodes import Node

BUNDLED_SEEDS = "bundled:seeds"
"""Corpus entry meaning "the seed articles shipped with warreader"."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_BOOL = "tag:yaml.org,2002:bool"
KNOWN_KEYS = (
    "corpus", "index_dir", "aliases", "theme", "keys", "max_file_mb", "watch", "archive_quotes"
)
MAX_CONFIG_BYTES = 1 << 20
"""Largest config file read (1 MiB; a real one is a few hundred bytes)."""


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
    max_file_mb: float = DEFAULT_ARTICLE_MB
    watch: bool = True
    archive_quotes: str = "off"


class _Reader:
    """Validates one YAML file's node tree into a plain dict of typed values.

    Paths are left as written (``corpus``, ``index_dir``): :func:`_resolve` turns them
    into paths, so remembered values resolve ``~`` and ``$VARS`` afresh at each load.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, node: Node | None, message: str) -> ConfigError:
        where = f", line {node.start_mark.line + 1}" if node is not None else ""
        return ConfigError(f"config {self.path}{where}: {message}")

    def string(self, node: Node, key: str) -> str:
        from yaml.nodes import ScalarNode

        if isinstance(node, ScalarNode) and node.tag == _STR:
            return node.value
        raise self.error(node, f"'{key}' must be a string, not {_describe(node)}")

    def strings(self, node: Node, key: str) -> list[str]:
        from yaml.nodes import ScalarNode, SequenceNode

        if isinstance(node, ScalarNode) and node.tag == _STR:
            return [node.value]
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"'{key}' must be a list of strings, not {_describe(node)}")
        return [self.string(item, key) for item in node.value]

    def mapping(self, node: Node, key: str) -> list[tuple[str, Node]]:
        from yaml.nodes import MappingNode, ScalarNode

        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, MappingNode):
            raise self.error(node, f"'{key}' must be a mapping, not {_describe(node)}")
        return [(self.string(k, f"{key} key"), v) for k, v in node.value]

    def archive_mode(self, node: Node) -> str:
        """``archive_quotes``: off, on or auto (YAML reads a bare on/off as true/false)."""
        from yaml.nodes import ScalarNode

        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return "on" if node.value.lower() in ("true", "yes", "on") else "off"
        if isinstance(node, ScalarNode) and node.tag == _STR and node.value in ARCHIVE_MODES:
            return node.value
        raise self.error(node, f"'archive_quotes' must be off, on or auto, not {_describe(node)}")

    def read(self, text: str) -> dict:
        """Parse and validate ``text``; returns only the keys it sets (paths as written)."""
        import yaml

        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except (RecursionError, MemoryError):
            raise ConfigError(f"config {self.path}: nested too deeply to read") from None
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
        from yaml.nodes import ScalarNode

        if key == "corpus":
            return self.strings(node, key)
        if key == "index_dir":
            if isinstance(node, ScalarNode) and node.tag == _NULL:
                return None
            return self.string(node, key)
        if key == "theme":
            return self.string(node, key)
        if key == "aliases":
            return {name: self.strings(v, f"aliases.{name}") for name, v in self.mapping(node, key)}
        if key == "max_file_mb":
            if isinstance(node, ScalarNode) and node.tag in _NUMBERS and float(node.value) > 0:
                return float(node.value)
            raise self.error(node, f"'max_file_mb' must be a number above 0, not {_describe(node)}")
        if key == "watch":
            if isinstance(node, ScalarNode) and node.tag == _BOOL:
                return node.value.lower() in ("true", "yes", "on")
            raise self.error(node, f"'watch' must be true or false, not {_describe(node)}")
        if key == "archive_quotes":
            return self.archive_mode(node)
        if key == "keys":
            pairs = self.mapping(node, key)
            return {bid: ",".join(self.strings(v, f"keys.{bid}")) for bid, v in pairs}
        key_node = next(k for k, v in root.value if v is node)
        import difflib  # only when a key needs explaining

        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(KNOWN_KEYS)})"
        raise self.error(key_node, f"unknown key '{key}'{hint}")


def _path_value(text: str, base: Path) -> Path:
    """A path as written in a config file in folder ``base``, resolved."""
    if text == BUNDLED_SEEDS:
        return bundled_seeds_dir()
    path = Path(os.path.expandvars(text)).expanduser()
    return path if path.is_absolute() else base / path


def _resolve(values: dict, base: Path) -> dict:
    """``values`` with ``corpus`` and ``index_dir`` turned into resolved paths."""
    out = dict(values)
    if "corpus" in out:
        out["corpus"] = [_path_value(p, base) for p in out["corpus"]]
    if out.get("index_dir") is not None:
        out["index_dir"] = _path_value(out["index_dir"], base)
    return out


def _well_formed(values: object) -> bool:
    """True when remembered ``values`` have the shapes :class:`_Reader` produces."""
    def strs(v: object) -> bool:
        return isinstance(v, list) and all(isinstance(x, str) for x in v)

    if not isinstance(values, dict) or not set(values) <= set(KNOWN_KEYS):
        return False
    aliases, keys = values.get("aliases", {}), values.get("keys", {})
    return (
        strs(values.get("corpus", []))
        and isinstance(values.get("index_dir"), str | None)
        and isinstance(values.get("theme", ""), str)
        and isinstance(aliases, dict) and all(strs(v) for v in aliases.values())
        and isinstance(keys, dict) and all(isinstance(v, str) for v in keys.values())
        and isinstance(values.get("max_file_mb", 1.0), float)
        and isinstance(values.get("watch", True), bool)
        and values.get("archive_quotes", "off") in ARCHIVE_MODES
    )


def _describe(node: Node) -> str:
    from yaml.nodes import MappingNode, SequenceNode

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
    path = Path(path)
    try:
        text = read_regular(path, MAX_CONFIG_BYTES).decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except ReadRefused as exc:
        raise ConfigError(f"cannot read config {path}: {exc.reason}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read config {path}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror or exc}") from None
    values = config_cache.recall(text)
    if values is None or not _well_formed(values):
        values = _Reader(path).read(text)
        config_cache.remember(text, values)
    return _resolve(values, path.parent)


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
