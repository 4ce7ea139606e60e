"""Article text against the article-extraction-benchmark, warreader beside trafilatura.

    python bench/bench_cleaning.py                  # both tables
    python bench/bench_cleaning.py --input html     # one input only (html or text)
    python bench/bench_cleaning.py --save out/      # also write each system's output JSON
    python bench/bench_cleaning.py --worst 10       # plus the 10 pages warreader does worst on

The benchmark (``../shared/corpora/article-extraction-benchmark``, or ``--corpus``; MIT,
from scrapinghub/article-extraction-benchmark) holds 181 saved news pages, the article
body of each, and its scorer ``evaluate.py``; the figures come from that scorer
(4-word shingles, precision/recall/F1 per page, averaged). Two inputs:

- ``html``: each page as it is. warreader reads it through ``read_article`` (trafilatura
  for main text and metadata, then warreader's clean-up); trafilatura runs as the
  benchmark's own ``run_trafilatura.py`` does (``extract(html, include_comments=False)``).
- ``text``: the same page dumped to plain text by a text browser, ``w3m -dump`` (Debian
  package ``w3m``; 80 columns, UTF-8): navigation menus, link lists, share buttons and
  footers stay in, paragraphs are hard-wrapped, as when a reader saves a page as text.
  warreader reads the ``.txt`` file through ``read_article`` (its plain-text cleaner);
  beside it, the dump unchanged and trafilatura given the dump as HTML (one ``<p>`` per
  blank-line block, since it reads HTML only).

Besides the scorer's figures each table shows: pages with no text; "chrome" = paragraphs
of the output none of whose 4-word shingles is in the true body (site text kept);
"lost" = paragraphs of the true body none of whose shingles is in the output. The
ground truth holds no titles, authors or dates, so the metadata table compares what
warreader finds in the text dump with what trafilatura reads from the page's tags.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "article-extraction-benchmark"
W3M = ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8"]


def load_scorer(corpus: Path):
    """The benchmark's own ``evaluate.py``, imported from the corpus folder."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", corpus / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(corpus: Path, work: Path, keys: list[str]) -> None:
    """Write ``KEY.html`` (UTF-8, as the benchmark reads it) for every page into ``work``."""
    for key in keys:
        with gzip.open(corpus / "html" / f"{key}.html.gz", "rt", encoding="utf8") as f:
            (work / f"{key}.html").write_text(f.read(), encoding="utf-8")


def dump_text(work: Path, keys: list[str]) -> None:
    """Write ``KEY.txt``: the page as ``w3m -dump`` renders it."""
    if shutil.which("w3m") is None:
        sys.exit("bench_cleaning: w3m is needed for the text input (apt-get install -y w3m)")
    for key in keys:
        out = subprocess.run(
            [*W3M, str(work / f"{key}.html")], capture_output=True, timeout=60, check=False
        )
        text = out.stdout.decode("utf-8", errors="replace")
        (work / f"{key}.txt").write_text(text, encoding="utf-8")


def warreader(path: Path) -> dict:
    """Body (paragraphs joined by blank lines) and metadata as warreader reads the file."""
    from warreader.index.articles import ArticleError, read_article

    try:
        article = read_article(path)
    except ArticleError:
        return {"articleBody": ""}
    return {
        "articleBody": "\n\n".join(p.text for p in article.paragraphs),
        "title": None if article.title_derived else article.title,
        "author": article.author,
        "date": article.date,
    }


def trafilatura_html(path: Path) -> dict:
    """trafilatura as the benchmark runs it, plus its metadata."""
    import trafilatura

    source = path.read_text(encoding="utf-8")
    body = trafilatura.extract(source, include_comments=False) or ""
    meta = trafilatura.extract_metadata(source)
    return {
        "articleBody": body,
        "title": meta.title if meta else None,
        "author": meta.author if meta else None,
        "date": (meta.date or "")[:10] or None if meta else None,
    }


def trafilatura_text(path: Path) -> dict:
    """trafilatura given the dump as HTML, one paragraph per blank-line block."""
    import trafilatura

    blocks = [b for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
    markup = "".join(f"<p>{htmllib.escape(b)}</p>\n" for b in blocks)
    body = trafilatura.extract(f"<html><body>{markup}</body></html>", include_comments=False)
    return {"articleBody": body or ""}


def raw_dump(path: Path) -> dict:
    """The dump unchanged: what the clean-up starts from."""
    return {"articleBody": path.read_text(encoding="utf-8")}


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text or "") if p.strip()]


def line_counts(scorer, truth: str, pred: str) -> tuple[int, int]:
    """(chrome, lost): output paragraphs with no true shingle, true ones with none output."""
    true_sh = set(scorer._all_shingles(truth, 4))
    pred_sh = set(scorer._all_shingles(pred, 4))

    def missing(paragraph: str, other: set) -> bool:
        shingles = set(scorer._all_shingles(paragraph, 4))
        return bool(shingles) and len(scorer._tokenize(paragraph)) >= 4 and not shingles & other

    chrome = sum(missing(p, true_sh) for p in _paragraphs(pred))
    lost = sum(missing(p, pred_sh) for p in _paragraphs(truth))
    return chrome, lost


def score(scorer, truth: dict, outputs: dict[str, dict]) -> dict:
    """The scorer's figures plus empty pages, chrome and lost paragraphs."""
    metrics = scorer.evaluate(truth, outputs, 0)
    empty = [k for k in truth if not (outputs[k].get("articleBody") or "").strip()]
    chrome = lost = 0
    for key in truth:
        c, n = line_counts(scorer, truth[key]["articleBody"], outputs[key].get("articleBody"))
        chrome, lost = chrome + c, lost + n
    metrics.update(empty=empty, chrome=chrome, lost=lost)
    return metrics


def run(systems: dict[str, Callable[[Path], dict]], work: Path, keys: list[str], suffix: str):
    return {
        name: {key: fn(work / f"{key}{suffix}") for key in keys} for name, fn in systems.items()
    }


def print_table(title: str, results: dict[str, dict], reference: dict | None = None) -> None:
    print(f"\n{title}")
    print("| system | shingle F1 | precision | recall | pages empty | chrome | lost |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, m in results.items():
        empty = len(m["empty"])
        if reference is not None and name != "trafilatura":
            found = [k for k in m["empty"] if (reference[k].get("articleBody") or "").strip()]
            empty = f"{empty} ({len(found)} where trafilatura has text)"
        print(
            f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} "
            f"| {empty} | {m['chrome']} | {m['lost']} |"
        )


def _same_title(a: str | None, b: str | None) -> bool:
    from rapidfuzz import fuzz

    if not a or not b:
        return False
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return a in b or b in a or fuzz.ratio(a, b) >= 90


def print_metadata(outputs: dict[str, dict[str, dict]], keys: list[str]) -> None:
    """Titles, authors and dates: how many pages have one, and agreement with the page's."""
    tags = outputs.get("html", {}).get("trafilatura")
    print("\nMetadata (the ground truth has none: compared with the page's tags as trafilatura")
    print("reads them; warreader's HTML metadata is trafilatura's by design)")
    print("| input / system | titles | same title | authors | same author | dates | same date |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for source, systems in outputs.items():
        for name, out in systems.items():
            if "title" not in next(iter(out.values()), {}) and name != "warreader":
                continue
            row = [f"{source} / {name}"]
            for field, same in (
                ("title", _same_title),
                ("author", lambda a, b: bool(a and b) and _same_title(a, b)),
                ("date", lambda a, b: bool(a) and a == b),
            ):
                have = sum(bool(out[k].get(field)) for k in keys)
                agree = sum(same(out[k].get(field), tags[k].get(field)) for k in keys)
                row += [str(have), str(agree) if tags else "-"]
            print("| " + " | ".join(row) + " |")


def print_worst(scorer, truth: dict, out: dict, n: int) -> None:
    rows = []
    for key in truth:
        pred = out[key].get("articleBody") or ""
        tp, fp, fn = scorer.string_shingle_matching(truth[key]["articleBody"], pred)
        rows.append((tp / (tp + 0.5 * (fp + fn)) if tp + fp + fn else 1.0, fp, fn, key))
    print(f"\nWorst {n} pages for warreader (F1, share of false, share of missed shingles):")
    for f1, fp, fn, key in sorted(rows)[:n]:
        print(f"  {f1:.3f}  fp {fp:.3f}  fn {fn:.3f}  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--input", choices=("html", "text", "both"), default="both")
    parser.add_argument("--save", type=Path, help="write each system's output JSON here")
    parser.add_argument("--keep", type=Path, help="keep the pages and dumps in this folder")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.corpus)
    truth = scorer.load_json(args.corpus / "ground-truth.json")
    keys = list(truth)
    tmp = tempfile.TemporaryDirectory(prefix="bench_cleaning_")
    work = Path(tmp.name)
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    pages(args.corpus, work, keys)
    outputs: dict[str, dict[str, dict]] = {}
    if args.input in ("html", "both"):
        outputs["html"] = run(
            {"warreader": warreader, "trafilatura": trafilatura_html}, work, keys, ".html"
        )
        results = {n: score(scorer, truth, o) for n, o in outputs["html"].items()}
        print_table(
            f"HTML pages ({len(keys)}), scored by the benchmark's evaluate.py",
            results,
            outputs["html"]["trafilatura"],
        )
        if args.worst:
            print_worst(scorer, truth, outputs["html"]["warreader"], args.worst)
    if args.input in ("text", "both"):
        dump_text(work, keys)
        outputs["text"] = run(
            {"warreader": warreader, "trafilatura": trafilatura_text, "dump as is": raw_dump},
            work,
            keys,
            ".txt",
        )
        results = {n: score(scorer, truth, o) for n, o in outputs["text"].items()}
        print_table(f"Text dumps (w3m -dump) of the same pages ({len(keys)})", results)
        if args.worst:
            print_worst(scorer, truth, outputs["text"]["warreader"], args.worst)
    if "html" in outputs:
        print_metadata(outputs, keys)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for source, systems in outputs.items():
            for name, out in systems.items():
                target = args.save / f"{source}-{name.replace(' ', '_')}.json"
                target.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
