"""Transfer tests: the same gold articles with their names or house style changed.

    python bench/transfer.py                      # BBC dev sets, every variant
    python bench/transfer.py --set train          # PolNeAR train (840 articles)
    python bench/transfer.py --set dev            # PolNeAR dev: figures only (held out)
    python bench/transfer.py --variants none,names-unknown --verbose names-unknown
    python bench/transfer.py --keep /tmp/t        # keep the changed articles and gold

A rule fitted to the articles it was read from scores well on them and on nothing else;
a mechanism that is right for reasons of English scores the same when the people in the
story are called something else, or when the outlet writes "says" for "said" or straight
quotation marks for curly ones. Each *variant* here rewrites every article of a gold set
(a list of edits: old span -> new text), moves the gold lines' offsets with the edits,
renames their speakers the same way, runs the engine on the changed text and scores it
with the project's scorer (``../shared/tools/attribution_eval.py``, the scorer of issue
10). ``none`` changes nothing: it is the baseline each variant is read against, in the
same run. A drop says where the engine leans on what one corpus happens to hold (the
given names it knows, one outlet's verbs or marks) instead of on the grammar.

Sets: ``bbc`` (the BBC dev sets we may read: bbc.jsonl and bbc-dev2..dev12), ``seeds``,
``probes`` (our invented UK, US and war probes), ``train`` and ``dev`` (PolNeAR, read from
../shared; never copied), ``heldout`` (the held-out BBC set). ``dev`` and ``heldout`` print
figures only: ``--verbose`` is refused for them.

Variants are registered in :data:`VARIANTS` (names in ``transfer_names.py``, house style
in ``transfer_styles.py``, the grammar of attribution cues in ``transfer_cues.py``).
``--verbose VARIANT`` lists, for every article that scores worse under VARIANT than under
``none``, the scorer's error lines under both.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_quotes import article_path, corpora_root, load_gold, quote_record  # noqa: E402
from transfer_edits import VARIANTS, Variant, apply_edits  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "tools" / "attribution_eval.py"
HELD_OUT = ("dev", "heldout")
BBC_SETS = ("bbc",) + tuple(f"bbc-dev{i}" for i in range(2, 13))
OFFSET_PAIRS = (("start", "end"), ("source_start", "source_end"), ("cue_start", "cue_end"))
NAME_KEYS = ("speaker", "mention", "source_mention", "coref_mention")


# --------------------------------------------------------------------------- sets


def set_gold(name: str) -> tuple[list[dict], Callable[[str], Path]]:
    """The gold lines of a set and how to find an article's file."""
    if name == "bbc":
        lines = [g for s in BBC_SETS for g in load_gold(s)]
        return lines, article_path
    if name in ("seeds", "heldout"):
        return load_gold("bbc-heldout" if name == "heldout" else name), article_path
    if name == "probes":
        lines = [g for s in ("probe-uk", "probe-us", "probe-war") for g in load_gold(s)]
        return lines, article_path
    if name in ("train", "dev"):
        root = corpora_root() / "polnear-dev"
        with (root / f"{name}.silver.jsonl").open(encoding="utf-8") as f:
            lines = [json.loads(x) for x in f if x.strip()]
        return lines, lambda art: root / name / art
    raise SystemExit(f"unknown set {name!r}")


def _placed(line: dict, body: str) -> dict | None:
    """The gold line with offsets that fit ``body`` (found by its text if they do not)."""
    start, end = line.get("start"), line.get("end")
    if isinstance(start, int) and body[start:end] == line["text"]:
        return line
    pos = body.find(line["text"])
    if pos < 0:
        return None
    return {**line, "start": pos, "end": pos + len(line["text"])}


def load_set(name: str) -> tuple[dict[str, list[dict]], dict[str, str], int]:
    """Gold lines by flat article name, the articles' texts, and lines dropped (their
    text not found in their article)."""
    lines, path_of = set_gold(name)
    by_art: dict[str, list[dict]] = {}
    texts: dict[str, str] = {}
    dropped = 0
    for g in lines:
        flat = g["article"].replace("/", "__")
        if flat not in texts:
            texts[flat] = path_of(g["article"]).read_text(encoding="utf-8")
        placed = _placed(g, texts[flat])
        if placed is None:
            dropped += 1
            continue
        by_art.setdefault(flat, []).append({**placed, "article": flat})
    return by_art, texts, dropped


def _remention(g: dict, h: dict, body: str, new_body: str, where) -> tuple[str, ...]:
    """The source mention (and a mention equal to it) of ``h`` read from ``new_body`` at
    its moved span, widened over text inserted at its start ("Kell" -> "Dr Kell"); the
    keys it set, or none when the gold's span does not hold its mention."""
    ss, se, mention = g.get("source_start"), g.get("source_end"), g.get("source_mention")
    if not (isinstance(ss, int) and isinstance(se, int) and mention):
        return ()
    if body[ss:se] != mention:
        return ()
    h["source_start"], h["source_end"] = where(ss, end=True), where(se, end=True)
    h["source_mention"] = new_body[h["source_start"] : h["source_end"]]
    if g.get("mention") == mention:
        h["mention"] = h["source_mention"]
        return ("source_mention", "mention")
    return ("source_mention",)


def rewrite(
    gold: dict[str, list[dict]], texts: dict[str, str], variant: Variant
) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Every article changed by ``variant`` and its gold lines moved and renamed."""
    new_gold: dict[str, list[dict]] = {}
    new_texts: dict[str, str] = {}
    for art, body in texts.items():
        new_body, where = apply_edits(body, variant.edits(body))
        rename = variant.rename_in(body) if variant.rename_in else variant.rename
        new_texts[art] = new_body
        out = []
        for g in gold.get(art, []):
            h = dict(g)
            for a, b in OFFSET_PAIRS:
                if isinstance(h.get(a), int) and isinstance(h.get(b), int):
                    h[a], h[b] = where(h[a]), where(h[b], end=True)
            h["text"] = new_body[h["start"] : h["end"]]
            mentioned = variant.remention and _remention(g, h, body, new_body, where)
            for key in NAME_KEYS:
                if isinstance(h.get(key), str) and not (mentioned and key in mentioned):
                    h[key] = rename(h[key])
            if isinstance(h.get("aliases"), list):
                h["aliases"] = [rename(a) for a in h["aliases"]]
            out.append(h)
        new_gold[art] = out
    return new_gold, new_texts


# --------------------------------------------------------------------------- run


def predict(folder: Path, arts: list[str], suffix: str = "") -> list[dict]:
    """The engine's quotations for each article file in ``folder`` (read under its name
    plus ``suffix``, so that ``.html`` takes the reader's HTML path)."""
    from warreader.index.articles import read_article
    from warreader.index.quotes import extract_quotes

    records = []
    for art in arts:
        try:
            quotes = extract_quotes(read_article(folder / (art + suffix)))
        except Exception as exc:  # one article must not hide the others' figures
            print(f"  {art}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        records.extend(quote_record(art, q) for q in quotes)
    return records


def _write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def score(folder: Path, *flags: str) -> str:
    """The scorer's output for ``folder``'s gold.jsonl and pred.jsonl."""
    cmd = [
        sys.executable,
        str(SCORER),
        str(folder / "gold.jsonl"),
        str(folder / "pred.jsonl"),
        str(folder / "articles"),
        "--gold-articles-only",
        *flags,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


FIGURE = re.compile(
    r"extraction\s+P=\S+ R=\S+ F1=(?P<f1>\S+)"
    r".*?speaker resolved\s+(?P<acc>\S+) \((?P<ok>\d+)/(?P<n>\d+)\)"
    r".*?end-to-end\s+P=\S+ R=\S+ F1=(?P<e2e>\S+)",
    re.S,
)


def figures(output: str) -> dict[str, str]:
    """Extraction F1, resolved-speaker accuracy (with counts) and end-to-end F1."""
    m = FIGURE.search(output)
    return m.groupdict() if m else {"f1": "?", "acc": "?", "ok": "?", "n": "?", "e2e": "?"}


def run_variant(name: str, gold, texts, seed: int, root: Path) -> Path:
    """Write the changed set under ``root/name``, run the engine, save its predictions."""
    variant = VARIANTS[name]([g for lines in gold.values() for g in lines], texts, seed)
    new_gold, new_texts = rewrite(gold, texts, variant)
    folder = root / name
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    engine = folder / "engine" if variant.suffix else folder / "articles"
    engine.mkdir(exist_ok=True)
    for art, body in new_texts.items():
        (folder / "articles" / art).write_text(body, encoding="utf-8")
        if variant.suffix:  # the scorer reads the same text under the gold's name
            (engine / (art + variant.suffix)).write_text(body, encoding="utf-8")
    preds = predict(engine, sorted(new_texts), variant.suffix)
    gold_lines = [g for lines in new_gold.values() for g in lines]
    _write_jsonl(folder / "gold.jsonl", scorer_view(gold_lines, new_texts))
    if variant.suffix == ".html":  # the page holds "&amp;" where the engine's text holds "&"
        for p in preds:
            p["text"] = html.escape(p["text"], quote=False)
    _write_jsonl(folder / "pred.jsonl", scorer_view(preds, new_texts))
    return folder


NEWLINES = re.compile(r"\r\n?")


def scorer_view(records: list[dict], texts: dict[str, str]) -> list[dict]:
    """The records as the scorer sees their articles: it reads them with Python's
    universal newlines ("\\r\\n" and "\\r" become "\\n"), so offsets and texts move with that."""
    views = {
        art: apply_edits(body, [(m.start(), m.end(), "\n") for m in NEWLINES.finditer(body)])
        for art, body in texts.items()
        if "\r" in body
    }
    out = []
    for r in records:
        if r["article"] not in views:
            out.append(r)
            continue
        view, where = views[r["article"]]
        r = dict(r)
        for a, b in OFFSET_PAIRS:
            if isinstance(r.get(a), int) and isinstance(r.get(b), int):
                r[a], r[b] = where(r[a]), where(r[b], end=True)
        r["text"] = NEWLINES.sub("\n", r["text"])
        out.append(r)
    return out


def _by_article(output: str) -> dict[str, tuple[int, int]]:
    rows = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 8 and "/" in parts[7] and parts[0].endswith(".txt"):
            ok = int(parts[7].split("/")[0])
            rows[parts[0]] = (int(parts[3]), ok)
    return rows


def show_worse(base: Path, other: Path) -> None:
    """The scorer's error lines of every article that scores worse in ``other``."""
    b_out, o_out = (
        score(base, "--verbose", "--by-article"),
        score(other, "--verbose", "--by-article"),
    )
    b_rows, o_rows = _by_article(b_out), _by_article(o_out)
    worse = sorted(  # fewer matched or fewer speakers right: either counts
        a
        for a in o_rows
        if any(o < b for o, b in zip(o_rows[a], b_rows.get(a, (0, 0)), strict=True))
    )
    print(f"\n{len(worse)} article(s) worse under {other.name} than under {base.name}")
    for art in worse:
        print(f"\n== {art}  matched/speaker-right: {b_rows[art]} -> {o_rows[art]}")
        for tag, out in ((base.name, b_out), (other.name, o_out)):
            for line in out.splitlines():
                if f" {art} " in line and not line.startswith(art):
                    print(f"  [{tag}] {line}")


def main(argv: list[str] | None = None) -> int:
    import transfer_cues  # noqa: F401
    import transfer_layout  # noqa: F401
    import transfer_names  # noqa: F401  (registers its variants)
    import transfer_pages  # noqa: F401
    import transfer_styles  # noqa: F401

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    sets = ("bbc", "seeds", "probes", "train", "dev", "heldout")
    ap.add_argument("--set", default="bbc", choices=sets)
    ap.add_argument(
        "--variants", default=",".join(VARIANTS), help="comma-separated; 'none' is always run"
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", metavar="VARIANT", help="list the articles VARIANT makes worse")
    ap.add_argument(
        "--keep", metavar="DIR", help="keep the changed articles, gold and predictions here"
    )
    a = ap.parse_args(argv)
    names = ["none"] + [v for v in a.variants.split(",") if v and v != "none"]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        ap.error(f"unknown variant(s) {unknown}; known: {', '.join(VARIANTS)}")
    if a.verbose and a.set in HELD_OUT:
        ap.error(f"--verbose is refused for the held-out set {a.set!r}: figures only")
    gold, texts, dropped = load_set(a.set)
    print(
        f"set {a.set}: {len(texts)} articles, {sum(map(len, gold.values()))} gold lines"
        + (f" ({dropped} dropped: text not found)" if dropped else "")
    )
    with tempfile.TemporaryDirectory(prefix="transfer-") as tmp:
        root = Path(a.keep) if a.keep else Path(tmp)
        base = None
        print(f"{'variant':22s} {'F1':>6s} {'speaker':>16s} {'e2e':>6s}   change vs none")
        for name in names:
            folder = run_variant(name, gold, texts, a.seed, root)
            fig = figures(score(folder))
            if base is None:
                base = fig
            delta = (
                ""
                if name == "none"
                else (
                    f"speaker {float(fig['acc']) - float(base['acc']):+.3f}, "
                    f"e2e {float(fig['e2e']) - float(base['e2e']):+.3f}, "
                    f"F1 {float(fig['f1']) - float(base['f1']):+.3f}"
                )
            )
            print(
                f"{name:22s} {fig['f1']:>6s} {fig['acc']:>6s} ({fig['ok']:>4s}/{fig['n']:>4s}) "
                f"{fig['e2e']:>6s}   {delta}",
                flush=True,
            )
        if a.verbose:
            show_worse(root / "none", root / a.verbose)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("WARREADER_INDEX_DIR", tempfile.mkdtemp(prefix="transfer-index-"))
    raise SystemExit(main())
