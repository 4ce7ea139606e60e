"""The distribution ships one import package, ``warreader``, and says its version."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import distribution
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"could not build the wheel here: {proc.stderr.strip()[-300:]}")
    (built,) = out.glob("warreader-*.whl")
    return built


def test_wheel_holds_only_the_warreader_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    dist_info = [t for t in tops if t.endswith(".dist-info")]
    assert tops - set(dist_info) == {"warreader"}
    assert len(dist_info) == 1
    # The engine, the app, the package's own __init__ and the bundled data are inside it.
    for path in ("warreader/__init__.py", "warreader/index/corpus.py", "warreader/tui/cli.py",
                 "warreader/tui/warreader.tcss", "warreader/index/_bundled/config.yaml"):
        assert path in names
    assert sum(n.startswith("warreader/index/_bundled/seeds/") for n in names) == 5
    entry = zipfile.ZipFile(wheel).read(f"{dist_info[0]}/entry_points.txt").decode()
    assert "warreader = warreader.tui.cli:main" in entry


def test_version_option_prints_the_installed_version():
    proc = subprocess.run(
        [sys.executable, "-m", "warreader.tui.cli", "--version"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"warreader {distribution('warreader').version}"


def test_no_source_imports_the_old_top_level_names():
    offenders = []
    for folder in ("index", "tui", "tests", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if line.lstrip().startswith(("from index", "import index", "from tui",
                                             "import tui")):
                    offenders.append(f"{path.relative_to(REPO)}:{number}")
    assert offenders == []


def test_lxml_provides_the_extra_jusText_asks_for():
    """pip warns at install when lxml lacks `html-clean` (lxml 6.2 dropped it)."""
    extras = distribution("lxml").metadata.get_all("Provides-Extra") or []
    assert "html-clean" in {e.replace("_", "-") for e in extras}
