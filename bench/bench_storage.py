"""Memory and reopen figures of the index's stored data (issue 15), BBC and copies of it.

Run:  .venv/bin/python bench/bench_storage.py [--sizes 1808,10000] [--corpus DIR]

For each size, in fresh processes: the peak RSS of ``warreader index`` (a full build,
then the article list it caches), then a reader process that opens the corpus as the
app does (refresh of the unchanged corpus, article list, speakers, a speaker's quotes,
one article loaded, ten searches) and reports its RSS after that, and the median of five
reopens (``Corpus.open`` + ``refresh`` of the unchanged corpus). Copies are made as in
``bench_index.py`` (BBC files under new paths, so new ids). Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc"
sys.path.insert(0, str(REPO / "bench"))

from bench_index import QUERIES, make_copies  # noqa: E402

INDEX = r"""
import json, resource, sys
from warreader.tui.cli import main
sys.argv = ["warreader", "index", sys.argv[1], "--index-dir", sys.argv[2]]
try:
    main()
except SystemExit:
    pass
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"peak_mb": rss, "helper_mb": helper}), file=sys.stderr)
"""

READ = r"""
import json, resource, statistics, sys, time
from pathlib import Path
from warreader.index.config import load_config
from warreader.index.corpus import Corpus
corpus, index_dir, queries = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
aliases = load_config(None).aliases
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
reopen = []
for _ in range(5):
    start = time.perf_counter()
    c = Corpus.open([corpus], index_dir, aliases)
    c.refresh()
    reopen.append(time.perf_counter() - start)
    c.close()
c = Corpus.open([corpus], index_dir, aliases)
c.refresh()
start = time.perf_counter()
summaries = c.summaries()
speakers = c.speakers()
first = time.perf_counter() - start
quotes = c.quotes_by(speakers[0].name) if speakers else []
c.load(summaries[0].id)
for q in queries:
    c.search(q, limit=50)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"reopen_s": statistics.median(reopen), "list_and_speakers_s": first,
                  "rss_mb": rss(), "peak_mb": peak, "articles": len(summaries),
                  "speakers": len(speakers), "top_quotes": len(quotes)}))
"""


def run(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; the JSON it prints last (stdout or stderr)."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    text = (out.stdout.strip() or "") + "\n" + out.stderr.strip()
    return json.loads([line for line in text.splitlines() if line.startswith("{")][-1])


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1808,10000")
    parser.add_argument("--corpus", type=Path, default=BBC)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warreader-storage-") as tmp:
        work = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            corpus = args.corpus if size == 1808 else make_copies(
                args.corpus, work / f"corpus-{size}", size)
            index_dir = work / f"index-{size}"
            built = run(INDEX, str(corpus), str(index_dir))
            read = run(READ, str(corpus), str(index_dir), json.dumps(QUERIES))
            size_mb = sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file()) / 2**20
            print(f"{size:>7} articles: index peak {built['peak_mb']:.0f} MB (helper "
                  f"{built['helper_mb']:.0f} MB), index folder {size_mb:.0f} MB; reader RSS "
                  f"after 10 searches {read['rss_mb']:.0f} MB (peak {read['peak_mb']:.0f}); "
                  f"reopen {read['reopen_s']:.3f} s; list+speakers "
                  f"{read['list_and_speakers_s']:.3f} s ({read['articles']} articles, "
                  f"{read['speakers']} speakers)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
