"""Rule census: what each attribution rule decides, switched off one at a time.

    python bench/rule_census.py OUT.jsonl [--switches bench/rule_census.txt] [--only NAME]
                                [--transfer DIR] [--cpu]
    python bench/rule_census.py --table OUT.jsonl      # the rows as a Markdown table

Every rule named in the switches file (``name|module:function=neutral``, ``;`` between
several) is wrapped so that one pass over the readable sets records the articles where
it fires (returns anything but its neutral value: None, False, an empty tuple, the
index it was given, ...). Each rule is then switched off alone (made to return its
neutral value) and only the articles where it fired are read again. Per set family
(BBC dev + seeds, bbc-dev2..dev12, the UK, US and war probes, PolNeAR train) OUT gets
the gold lines it decides right (right with it, not without), wrong (the reverse), the
change in spurious quotations (positive: it adds them), and the lines changed anywhere,
the whole BBC corpus included. PolNeAR train is scored as ``attribution_eval.py`` does,
the BBC sets as ``score_quotes.py`` does. The held-out sets (bbc-heldout, PolNeAR dev)
are never read.

``--transfer DIR`` adds one more family, ``transfer``: a set kept by ``bench/transfer.py
--keep DIR`` (DIR/VARIANT with ``articles/`` and ``gold.jsonl``; e.g. ``--set bbc
--variants names-world --keep /tmp/t`` then ``--transfer /tmp/t/names-world``), scored as
``attribution_eval.py`` scores it; only its counts are written. ``--cpu`` adds each rule's
CPU share: a first pass profiles ``extract_quotes`` over the whole BBC corpus (cProfile
with a thread-CPU timer, the articles read beforehand, before any rule is wrapped) and
each switch's function's cumulative time is written as a percentage of
``extract_quotes``'s (a rule with several functions: their sum; nested calls of one
function count once).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import score_quotes as sq  # noqa: E402

TOOLS = REPO.parent / "shared" / "tools"
POLNEAR = REPO.parent / "shared" / "corpora" / "polnear-dev" / "train"
FAMILIES = {"seeds": "bbcdev", "bbc": "bbcdev", "probe-uk": "probeuk", "probe-us": "probeus",
            "probe-war": "probewar"}
FAMILIES.update({f"bbc-dev{n}": "dev2-12" for n in range(2, 13)})
FAMILY_ORDER = ("bbcdev", "dev2-12", "probeuk", "probeus", "probewar", "polnear", "transfer")
SILVER = ("polnear", "transfer")  # scored as attribution_eval.py scores
TRANSFER: dict[str, Path] = {}  # the kept transfer set's articles, when --transfer
NEUTRAL = {
    "none": lambda a: None, "false": lambda a: False, "true": lambda a: True,
    "second": lambda a: a[1], "empty": lambda a: (), "pair12": lambda a: (a[1], a[2]),
    "emptystr": lambda a: "", "emptyset": lambda a: frozenset(), "emptylist": lambda a: [],
    "third": lambda a: a[2], "past": lambda a: _past_verb(a[0]), "zero": lambda a: 0,
    "first": lambda a: a[0], "chosen": lambda a: (a[4], False),  # affiliated_choice's own
    "fourth": lambda a: a[3],  # plural_instead's antecedent as found
}


def _past_verb(word: str) -> bool:
    """The test a stricter verb check falls back to when switched off (``acting_verb``)."""
    from warreader.index.quotes.contrast_clauses import past_verb

    return past_verb(word)

SIDE_EFFECTS = {"see_described_subject", "see_opening_pronoun", "name_unnamed_spokespeople",
                "learn_unlisted", "named_after_noun", "glance_unlisted", "see_national_group",
                "full_names_for_surnames", "roles_named_later", "descriptions_named_next",
                "see_described_bodies"}
STATE: dict = {"article": None, "off": None}
FIRED: dict[str, set[str]] = {}


def _wrap(name: str, spec: str) -> None:
    target, value = spec.split("=")
    modname, attr = target.split(":")
    module = sys.modules[f"warreader.index.quotes.{modname}"]
    neutral = NEUTRAL[value]
    FIRED.setdefault(name, set())
    if "." in attr:  # a method: Class.method
        cls_name, meth = attr.split(".")
        cls = getattr(module, cls_name)
        orig_method = getattr(cls, meth)

        def method(self, *a, **k):
            if STATE["off"] == name:
                return neutral(a)
            r = orig_method(self, *a, **k)
            if r != neutral(a):
                FIRED[name].add(STATE["article"])
            return r

        setattr(cls, meth, method)
        return
    orig = getattr(module, attr)
    side = attr in SIDE_EFFECTS

    def wrapper(*a, **k):
        if STATE["off"] == name:
            return neutral(a)
        r = orig(*a, **k)
        if side or not (r is neutral(a) or r == neutral(a)):
            FIRED[name].add(STATE["article"])
        return r

    for mname, m in list(sys.modules.items()):  # every module that imported it
        if mname.startswith("warreader.index.quotes") and getattr(m, attr, None) is orig:
            setattr(m, attr, wrapper)


def _articles() -> list[tuple[str, Path]]:
    arts: dict[str, Path] = {}
    for name in FAMILIES:
        for a in sorted({r["article"] for r in sq.load_gold(name)}):
            arts.setdefault(a, sq.article_path(a))
    for p in sorted(POLNEAR.glob("*.txt")):
        arts.setdefault("polnear/" + p.name, p)
    for p in sorted(Path(sq.corpora_root() / "bbc").glob("*/*.txt")):
        arts.setdefault("bbc/" + "/".join(p.parts[-2:]), p)
    arts.update(TRANSFER)
    return list(arts.items())


def _gold() -> tuple[dict, dict]:
    gold: dict = {}
    for name, fam in FAMILIES.items():
        for r in sq.load_gold(name):
            gold.setdefault((fam, r["article"]), []).append(r)
    for r in _ae().load(str(POLNEAR.parent / "train.silver.jsonl")):
        gold.setdefault(("polnear", "polnear/" + os.path.basename(r["article"])), []).append(r)
    if TRANSFER:
        root = next(iter(TRANSFER.values())).parents[1]
        for r in _ae().load(str(root / "gold.jsonl")):
            gold.setdefault(("transfer", "transfer/" + r["article"]), []).append(r)
    family = {a: fam for fam, a in gold}
    for p in POLNEAR.glob("*.txt"):
        family.setdefault("polnear/" + p.name, "polnear")
    for a in TRANSFER:
        family.setdefault(a, "transfer")
    return gold, family


def _ae():
    sys.path.insert(0, str(TOOLS))
    import attribution_eval as ae

    if not ae.GIVEN:
        ae.load_given(str(TOOLS / "first_names.tsv"))
    return ae


def _silver_lines(fam: str, gs: list, ps: list, body: str, out: dict, a: str) -> int:
    ae = _ae()
    used, gspans = set(), []
    for g in gs:
        sp = ae.gold_span(g, body, used)
        used.add(sp)
        gspans.append(sp)
    pspans = [ae.pred_span(p, body) for p in ps]
    pairs = sorted(((ae.overlap(x, gspans[gi]), pi, gi) for pi, x in enumerate(pspans)
                    for gi in range(len(gs))), reverse=True)
    pm: dict[int, int] = {}
    gm: dict[int, int] = {}
    for ov, pi, gi in pairs:
        if ov < 0.5:
            break
        if pi not in pm and gi not in gm:
            pm[pi], gm[gi] = gi, pi
    for gi, g in enumerate(gs):
        if g["kind"] != "quote":
            continue
        if gi not in gm:
            out[(fam, a, gi)] = "miss"
            continue
        p, cls = ps[gm[gi]], ae.speaker_class(g)
        ok = (ae.speaker_ok(p.get("speaker"), g) if cls == "resolved"
              else ae.unresolved_ok(p, g) if cls == "unresolved" else True)
        out[(fam, a, gi)] = "ok" if ok else "wrong"
    return sum(1 for pi in range(len(ps)) if pi not in pm)


def statuses(
    pred: dict, gold: dict, family: dict, only: set[str]
) -> tuple[dict, collections.Counter]:
    """Each gold quotation's status (ok, wrong, miss) and the spurious count per family,
    over the articles ``only``."""
    status: dict = {}
    spurious: collections.Counter = collections.Counter()
    for a in only:
        fam = family.get(a)
        if fam is None:
            continue
        gs = gold.get((fam, a), [])
        ps = [p for p in pred.get(a, []) if p["kind"] == "quote"]
        if fam in SILVER:
            path = TRANSFER[a] if fam == "transfer" else POLNEAR / a.split("/", 1)[1]
            body = path.read_text(encoding="utf-8")
            spurious[fam] += _silver_lines(fam, gs, ps, body, status, a)
            continue
        gq = sorted((g for g in gs if g.get("kind", "quote") == "quote"),
                    key=lambda r: (r["start"], r["end"]))
        pq = sorted(ps, key=lambda r: (r["start"], r["end"]))
        pairs = dict(sq.match_spans([(r["start"], r["end"]) for r in gq],
                                    [(r["start"], r["end"]) for r in pq]))
        spurious[fam] += len(pq) - len(pairs)
        for gi, g in enumerate(gq):
            if gi not in pairs:
                status[(fam, a, gi)] = "miss"
            else:
                right = sq.same_speaker(g.get("speaker"), pq[pairs[gi]].get("speaker"))
                status[(fam, a, gi)] = "ok" if right else "wrong"
    return status, spurious


def _records(article) -> list[dict]:
    from warreader.index.quotes import extract_quotes
    from warreader.index.quotes.extract import remember_read_texts

    remember_read_texts(False)  # no copy met in the memo: every reading is this switch's
    return [{"start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker,
             "mention": q.mention, "text": q.text} for q in extract_quotes(article)]


def cpu_shares(parsed: dict, switches: list) -> dict[str, float]:
    """Each switch's functions' cumulative CPU as a percentage of ``extract_quotes``'s, over
    the BBC corpus's articles of ``parsed`` (cProfile with a thread-CPU timer)."""
    import cProfile
    import pstats
    import time

    from warreader.index.quotes import extract_quotes
    from warreader.index.quotes.extract import remember_read_texts

    remember_read_texts(False)  # each article read by the engine, copies too
    prof = cProfile.Profile(time.thread_time)
    prof.enable()
    for a, art in parsed.items():
        if a.startswith("bbc/"):
            extract_quotes(art)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    cum: dict[tuple[str, str], float] = {}
    for (path, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.items():
        if "quotes" not in Path(path).parts:
            continue
        key = (Path(path).stem, func)
        cum[key] = cum.get(key, 0.0) + ct
    total = max(ct for (mod, func), ct in cum.items() if func == "extract_quotes")
    shares = {}
    for name, specs in switches:
        t = 0.0
        for spec in specs:
            modname, attr = spec.split("=")[0].split(":")
            t += cum.get((modname, attr.split(".")[-1]), 0.0)
        shares[name] = round(100 * t / total, 3)
    return shares


def table(path: Path) -> None:
    """The census rows of ``path`` as a Markdown table (right/wrong per family, spurious
    added in all, net lines won, CPU share)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # the transfer column is named by the folder the census was given (--transfer)
    label = next((r["transfer"] for r in rows if r.get("transfer")), "transfer")
    heads = ("BBC dev+seeds", "dev2-12", "probe UK", "probe US", "probe war", "PolNeAR train",
             label)
    print("| rule | fires | changed | " + " | ".join(heads) + " | spurious | net | CPU % |")
    print("| --- |" + " ---: |" * (len(heads) + 5))
    for r in rows:
        rws = r["right_wrong_spurious"]
        cells = [f"{rws[f][0]}/{rws[f][1]}" if f in rws else "-" for f in FAMILY_ORDER]
        spur = sum(v[2] for f, v in rws.items() if f != "transfer")
        net = sum(v[0] - v[1] for f, v in rws.items() if f != "transfer") - spur
        print(f"| `{r['rule']}` | {r['fired_articles']} | {r['changed']} | "
              + " | ".join(cells) + f" | {spur:+d} | {net:+d} | {r.get('cpu_pct', '-')} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--switches", type=Path, default=REPO / "bench" / "rule_census.txt")
    ap.add_argument("--only", action="append", help="census these switches alone")
    ap.add_argument("--transfer", type=Path, help="a kept transfer variant's folder")
    ap.add_argument("--cpu", action="store_true", help="add each rule's CPU share")
    ap.add_argument("--table", action="store_true", help="print OUT's rows as a table")
    args = ap.parse_args(argv)
    if args.table:
        table(args.out)
        return 0
    if args.transfer:
        for f in sorted((args.transfer / "articles").glob("*.txt")):
            TRANSFER["transfer/" + f.name] = f
    import warreader.index.quotes as quotes
    from warreader.index.articles import read_article

    for m in pkgutil.iter_modules(quotes.__path__):
        importlib.import_module(f"warreader.index.quotes.{m.name}")
    switches = []
    for line in args.switches.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, specs = line.strip().split("|")
            if not args.only or name in args.only:
                switches.append((name, specs.split(";")))
    gold, family = _gold()
    parsed = {a: read_article(p) for a, p in _articles()}
    cpu = cpu_shares(parsed, switches) if args.cpu else {}
    for name, specs in switches:
        for spec in specs:
            _wrap(name, spec)
    base = {}
    for a, art in parsed.items():
        STATE["article"] = a
        base[a] = _records(art)
    with args.out.open("w", encoding="utf-8") as out:
        for name, _ in switches:
            STATE["off"] = name
            fired = FIRED[name]
            off = dict(base)
            for a in fired:
                STATE["article"] = a
                off[a] = _records(parsed[a])
            STATE["off"] = None
            sb, pb = statuses(base, gold, family, fired)
            so, po = statuses(off, gold, family, fired)
            right: collections.Counter = collections.Counter()
            wrong: collections.Counter = collections.Counter()
            for key, s in sb.items():
                if s == "ok" and so[key] != "ok":
                    right[key[0]] += 1
                elif s != "ok" and so[key] == "ok":
                    wrong[key[0]] += 1
            changed = sum(
                len({tuple(r.values()) for r in base[a]} ^ {tuple(r.values()) for r in off[a]})
                for a in fired
            )
            fams = [f for f in FAMILY_ORDER if f != "transfer" or TRANSFER]
            row = {f: (right[f], wrong[f], pb[f] - po[f]) for f in fams}
            rec = {"rule": name, "fired_articles": len(fired), "changed": changed,
                   "right_wrong_spurious": row}
            if name in cpu:
                rec["cpu_pct"] = cpu[name]
            if args.transfer:
                rec["transfer"] = args.transfer.name
            out.write(json.dumps(rec) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
