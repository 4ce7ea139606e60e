"""`warreader corrections`: the reader's corrections of the engine, and the orphaned ones.

Lists every correction of the corpus (numbered, oldest first) with whether it still
applies; ``--orphaned`` only those whose quote or speaker is gone; ``--remove N``
deletes one; ``--rename OLD NEW`` and ``--merge NAME INTO`` correct a speaker from the
command line. The same file as the app's (its path is printed with ``--path``), changed
under a lock, so the two never lose each other's corrections.
"""

from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from warreader.tui.commands._common import dump_json, fail, missing_status, warn
from warreader.tui.commands._corpus import open_corpus, print_problems
from warreader.tui.safe_text import one_line

if TYPE_CHECKING:
    from warreader.tui.commands._common import AddOptions, Subparsers

NAME = "corrections"


def register(subparsers: Subparsers, add_common_options: AddOptions) -> None:
    """Add the `corrections` parser."""
    p = subparsers.add_parser(
        NAME,
        help="list (and remove) the reader's corrections; orphaned ones too",
        description="List the corrections made in the reader (speakers reassigned, "
        "renamed, merged or split; quotes made terms and terms quotes), saying which "
        "no longer find their quote (orphaned).",
    )
    add_common_options(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--orphaned", action="store_true", help="only the orphaned corrections")
    p.add_argument("--path", action="store_true", help="print the corrections file's path")
    p.add_argument("--remove", type=int, metavar="N", help="remove correction number N")
    p.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="rename a speaker")
    p.add_argument("--merge", nargs=2, metavar=("NAME", "INTO"),
                   help="merge a speaker into another")
    p.set_defaults(func=run)


def _change(args: Namespace, store) -> int | None:
    """Make the change asked for (exit status), or None when only listing."""
    from warreader.index.annotations.corrections import Correction

    if args.remove is not None:
        removed = store.remove_at(args.remove)
        if removed is None:
            return fail(f"there is no correction number {args.remove} "
                        "(`warreader corrections` lists them)")
        print(one_line(f"removed {args.remove}: {removed.describe()}"))
        return 0
    for kind, pair in (("rename", args.rename), ("merge", args.merge)):
        if pair is not None:
            old, new = (" ".join(p.split()) for p in pair)
            if not old or not new or old.casefold() == new.casefold():
                return fail(f"--{kind} takes two different names")
            store.add(Correction(kind, name=old, to=new))
            print(one_line(f"{kind}: {old} -> {new}"))
            return 0
    return None


def _none_yet(args: Namespace, path) -> str:
    """The line for a corpus without corrections, naming their file; with an index dir
    chosen (--index-dir, WARREADER_INDEX_DIR), that the file is not in it (ux29 #19)."""
    if getattr(args, "index_dir", None):
        return (f"no corrections; they are kept per corpus in the user data dir, "
                f"not in the index dir: {path}")
    return f"no corrections ({path})"


def run(args: Namespace) -> int:
    """List, remove or add corrections."""
    from warreader.index.annotations.corrections import CorrectionStore
    from warreader.index.annotations.orphans import correction_states
    from warreader.index.annotations.store import AnnotationFileDamaged

    corpus = open_corpus(args)
    store = CorrectionStore(corpus.paths)
    if args.path:
        print(store.path)
        return 0
    try:
        status = _change(args, store)
    except AnnotationFileDamaged as exc:
        return fail(f"corrections: {exc}")
    if status is not None:
        return status
    print_problems(corpus.refresh())
    states = correction_states(corpus)
    corpus.close()
    if args.orphaned:
        states = [s for s in states if s.orphaned]
    if args.json:
        dump_json([s.to_dict() for s in states])
    elif not states:
        warn("no orphaned corrections" if args.orphaned else _none_yet(args, store.path))
    for s in states if not args.json else ():
        mark = f"  ORPHANED: {s.orphaned}" if s.orphaned else ""
        print(one_line(f"{s.number:3d}. {s.correction.describe()}{mark}"))
    return missing_status(corpus.paths)
