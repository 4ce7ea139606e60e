"""Where warreader's files live: bundled data, the user's config, the index cache.

Bundled data (the seed articles and the default ``config.yaml``) sits at the repo root
in a development checkout and under ``index/_bundled/`` in an installed wheel; the
functions here find it either way, so callers never guess.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir

APP_NAME = "warreader"

_PACKAGE_DIR = Path(__file__).resolve().parent
_WHEEL_BUNDLE = _PACKAGE_DIR / "_bundled"
_CHECKOUT_ROOT = _PACKAGE_DIR.parent


def _bundled(name: str) -> Path:
    """The bundled file or folder ``name``: wheel location first, then the checkout."""
    installed = _WHEEL_BUNDLE / name
    if installed.exists():
        return installed
    return _CHECKOUT_ROOT / name


def bundled_seeds_dir() -> Path:
    """The folder holding the seed articles shipped with warreader."""
    return _bundled("seeds")


def bundled_config_path() -> Path:
    """The bundled default ``config.yaml`` (documented in place)."""
    return _bundled("config.yaml")


def user_config_path() -> Path:
    """Where a user's own config file is looked for (it need not exist)."""
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.yaml"


def user_cache_path() -> Path:
    """The platform's user cache folder for warreader (it need not exist)."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))


def corpus_key(corpus_paths: Iterable[Path | str]) -> str:
    """A short stable hash of a corpus: its resolved paths, sorted."""
    resolved = sorted(str(Path(p).expanduser().resolve()) for p in corpus_paths)
    return hashlib.sha1(os.fsencode("\n".join(resolved))).hexdigest()[:12]


def default_index_dir(corpus_paths: Iterable[Path | str]) -> Path:
    """The default index folder for a corpus: user cache dir / ``index-<hash>``.

    Each distinct set of corpus paths gets its own index, so switching corpora never
    mixes articles from two of them.
    """
    return user_cache_path() / f"index-{corpus_key(corpus_paths)}"


def index_dir_for(corpus_paths: Iterable[Path | str], index_dir: Path | str | None) -> Path:
    """The index folder of a corpus: ``index_dir`` when one is given (the command line,
    the config), else the corpus's default one (:func:`default_index_dir`)."""
    return Path(index_dir) if index_dir is not None else default_index_dir(corpus_paths)


def shown_path(path: str | Path) -> str:
    """``path`` as text that can always be printed or encoded: bytes of a file name that
    are not UTF-8 (a Linux file system allows them) shown as ``\\xe9`` escapes."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text

