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

from warreader.tui.commands._common import (
    chosen_index_dir,
    corpus_paths,
    dump_json,
    fail,
    load_config_or_exit,
    missing_status,
    report_skip,
    warn,
)
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


def _quoted_names(args: Namespace, paths: list, config) -> list[str]:
    """The names (and other names) of every speaker quoted in the corpus, corrections
    applied: from its index when that is up to date, else read from the files; no index
    is built or updated (:func:`tui.commands._corrected.read_pairs`)."""
    from warreader.index.quotes.speakers import build_directory
    from warreader.tui.commands._corrected import read_pairs

    _, pairs = read_pairs(args, paths, config)
    names: list[str] = []
    for s in build_directory(pairs, config.aliases).summaries():
        names += [s.name, *s.aliases]
    return names


def _report_unlisted(paths: list) -> None:
    """Say a missing PATH, and a file the walk finds but cannot stat or must not open (a
    FIFO), as every command says them (one walk, no article read)."""
    from warreader.index.files import gone_reason, unlisted_reason
    from warreader.index.search.sources import scan_files

    for path in paths:
        if not path.exists():
            report_skip(path, gone_reason(path))
    files, stats = scan_files([p for p in paths if p.exists()])
    for file in files:
        if file not in stats:
            report_skip(file, unlisted_reason(file))


def run(args: Namespace) -> int:
    """List, remove or add corrections (reading the corpus, never writing its index:
    ux31 #9, `--index-dir DIR` built an index in DIR just to list them)."""
    from warreader.index.annotations.corrections import CorrectionStore
    from warreader.index.annotations.orphans import correction_states
    from warreader.index.annotations.store import AnnotationFileDamaged
    from warreader.index.corpus import Corpus
    from warreader.index.paths import index_dir_for

    config = load_config_or_exit(args)
    paths = corpus_paths(args, config)
    store = CorrectionStore(paths)
    if args.path:
        print(store.path)
        return 0
    try:
        status = _change(args, store)
    except AnnotationFileDamaged as exc:
        return fail(f"corrections: {exc}")
    if status is not None:
        return status
    corpus = Corpus(paths, index_dir_for(paths, chosen_index_dir(args, config)),
                    config.aliases)  # its index is never opened: the files are read
    corpus.reload_corrections()
    if corpus.corrections_problem:  # a damaged corrections file: set aside, said once
        warn(corpus.corrections_problem)
    names = None  # renames and merges only are checked against the quoted speakers
    if any(c.article_path is None for c in corpus.corrections.corrections):
        names = _quoted_names(args, paths, config)  # a missing PATH is reported there
    else:
        _report_unlisted(paths)
    states = correction_states(corpus, names if names is not None else [])
    if args.orphaned:
        states = [s for s in states if s.orphaned]
    if args.json:
        dump_json([s.to_dict() for s in states])
    elif not states:
        warn("no orphaned corrections" if args.orphaned else _none_yet(args, store.path))
    for s in states if not args.json else ():
        mark = f"  ORPHANED: {s.orphaned}" if s.orphaned else ""
        print(one_line(f"{s.number:3d}. {s.correction.describe()}{mark}"))
    return missing_status(paths)
