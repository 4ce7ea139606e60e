"""Unpickling that cannot run code, installed wherever Whoosh reads its own files.

Whoosh (whoosh3 3.54, pinned) keeps part of its on-disk format as pickles: the TOC's
segment list (``_MAIN_<n>.toc``), posting blocks, inlined postings, stored fields and
compound-file directories. A plain ``pickle.load`` of a crafted file runs any code the
file names, and index folders get shared. :class:`SafeUnpickler` resolves only the
few classes those files really hold (listed in :data:`ALLOWED`, found by recording
every lookup while building, updating and searching indexes); any other name raises
``pickle.UnpicklingError``, which the index treats as damage (rebuilt, or one line).

:func:`harden_whoosh` swaps the loaders inside Whoosh's modules for the safe ones and
disables Whoosh's legacy TOC loaders (they unpickle with no restriction); it runs when
:mod:`index.search.store` is imported, before any index file is opened. Whoosh's
pickled schema is never read: warreader always passes its own schema.
"""

from __future__ import annotations

import importlib
import io
import pickle
import sys
import types
from typing import IO, Any

ALLOWED: frozenset[tuple[str, str]] = frozenset({
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "int"),
    ("builtins", "float"),
    ("builtins", "bool"),
    ("builtins", "str"),
    ("builtins", "bytes"),
    ("builtins", "bytearray"),
    ("builtins", "list"),
    ("builtins", "tuple"),
    ("builtins", "dict"),
    ("_codecs", "encode"),  # bytes in protocol 2 pickles
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
    ("copyreg", "_reconstructor"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("whoosh.codec.whoosh3", "W3Codec"),
    ("whoosh.codec.whoosh3", "W3Segment"),
    ("whoosh.codec.whoosh3", "W3TermInfo"),
    ("whoosh.idsets", "BitSet"),
    ("whoosh.idsets", "SortedIntSet"),
    ("whoosh.idsets", "OnDiskBitSet"),
    ("warreader.index.search.manifest", "FileState"),  # the helper process's reports
})
"""(module, name) pairs a pickle read by warreader may refer to; nothing else."""

PATCHED_MODULES = (
    "whoosh.filedb.structfile",
    "whoosh.columns",
    "whoosh.formats",
    "whoosh.codec.whoosh3",
    "whoosh.externalsort",
    "whoosh.index",
    "whoosh.filedb.fileindex",
    "whoosh.legacy",
)
"""Whoosh modules whose pickle loaders :func:`harden_whoosh` replaces (every module of
the pinned Whoosh that unpickles; ``tests/test_hostile_storage.py`` checks the list)."""

UNUSED_MODULES = (
    "whoosh.util.loading",
    "whoosh.multiproc",
    "whoosh.codec.whoosh2",
    "whoosh.codec.plaintext",
)
"""Whoosh modules that unpickle but that warreader never reaches (old codecs, whose
classes :data:`ALLOWED` does not name; the multiprocessing writer): patched too if
something imported them, not imported for it (they cost startup time)."""


class SafeUnpickler(pickle.Unpickler):
    """An unpickler that builds only the objects listed in :data:`ALLOWED`."""

    def find_class(self, module: str, name: str) -> Any:
        """The named class if it is allowed; else ``pickle.UnpicklingError``."""
        if (module, name) not in ALLOWED:
            raise pickle.UnpicklingError(f"refusing to load {module}.{name} from a file")
        return super().find_class(module, name)


def safe_load(file: IO[bytes], **_: Any) -> Any:
    """``pickle.load`` restricted to :data:`ALLOWED`."""
    return SafeUnpickler(file).load()


def safe_loads(data: bytes, **_: Any) -> Any:
    """``pickle.loads`` restricted to :data:`ALLOWED`."""
    return SafeUnpickler(io.BytesIO(data)).load()


def _pickle_facade() -> types.SimpleNamespace:
    """Stands in for the ``pickle`` module inside Whoosh modules that ``import pickle``."""
    return types.SimpleNamespace(
        loads=safe_loads, load=safe_load, dumps=pickle.dumps, dump=pickle.dump,
        PicklingError=pickle.PicklingError, UnpicklingError=pickle.UnpicklingError,
        HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL, Unpickler=SafeUnpickler,
    )


_hardened = False


def harden_whoosh() -> None:
    """Make every Whoosh module that unpickles use :class:`SafeUnpickler` (idempotent)."""
    global _hardened
    facade = _pickle_facade()
    for name in UNUSED_MODULES:
        if name in sys.modules:
            _patch(sys.modules[name], facade)
    if _hardened:
        return
    for name in PATCHED_MODULES:
        _patch(importlib.import_module(name), facade)
    # Old TOC formats are read by unrestricted unpicklers (whoosh.legacy); warreader
    # never wrote them, so a TOC claiming one is damage.
    importlib.import_module("whoosh.index").toc_loaders = {}
    importlib.import_module("whoosh.legacy").toc_loaders = {}
    _hardened = True


def _patch(module: types.ModuleType, facade: types.SimpleNamespace) -> None:
    for attr, value in list(vars(module).items()):
        if value is pickle.loads:
            setattr(module, attr, safe_loads)
        elif value is pickle.load:
            setattr(module, attr, safe_load)
        elif value is pickle:
            setattr(module, attr, facade)


def unpatched_loaders() -> list[str]:
    """Names in loaded Whoosh modules that still refer to an unrestricted loader
    (``pickle.load(s)``, the ``pickle`` module, ``pickle.Unpickler``, ``marshal.load(s)``)."""
    import marshal

    risky = {id(pickle.loads), id(pickle.load), id(pickle), id(pickle.Unpickler),
             id(marshal.loads), id(marshal.load), id(marshal)}
    out = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("whoosh") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if id(value) in risky:
                out.append(f"{name}.{attr}")
    return sorted(out)
