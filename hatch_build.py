"""Build hook: ship the repository's ``index/`` and ``tui/`` as one package, ``warreader``.

The wheel maps ``index`` -> ``warreader/index`` and ``tui`` -> ``warreader/tui`` (the
``sources`` table in pyproject.toml); this hook adds ``warreader/__init__.py``. An
editable install cannot express that mapping with a path entry, so for it the hook
writes a ``warreader/__init__.py`` whose ``__path__`` is this checkout: then
``warreader.index`` is the checkout's ``index/`` and edits take effect at once.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DOC = '"""warreader: a terminal reader for news coverage of a conflict: who said what."""\n'


class WarreaderPackageHook(BuildHookInterface):
    """Write the ``warreader`` package's ``__init__.py`` for the wheel being built."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="warreader-build-")
        init = Path(self._tmp.name) / "__init__.py"
        if version == "editable":
            root = str(Path(self.root).resolve())
            init.write_text(DOC + f"\n__path__ = [{root!r}]  # editable: this checkout\n")
            build_data["force_include_editable"][str(init)] = "warreader/__init__.py"
        else:
            init.write_text(DOC)
            build_data["force_include"][str(init)] = "warreader/__init__.py"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        self._tmp.cleanup()
