"""Correcting the engine: `c` on a quote or a speaker, `ctrl+z` to undo, `C` to list.

A mixin of :class:`tui.screens.main.MainScreen`. A correction is written to the
corpus's ``corrections.yaml`` (under its lock: a CLI changing it meanwhile loses
nothing), applied to the corpus at once (the article is shown again, corrected) and
taken into the index by a refresh in the background (search and the speaker list).
"""

from __future__ import annotations

from warreader.tui.colours import UNATTRIBUTED_LABEL
from warreader.tui.keymap import key_named
from warreader.tui.safe_text import one_line
from warreader.tui.screens.correct_menu import SIDEBAR_HEADING


class CorrectionsMixin:
    """The reader's corrections: the menu, the speaker picker, undo."""

    undo_stack: list | None = None

    # -- what is being corrected -----------------------------------------------------

    def _current_quote(self):
        if self.article is None or self.body.current is None:
            return None
        return self.quotes[self.body.current]

    def _target_speaker(self) -> str | None:
        """The speaker under the sidebar's cursor (when it has focus), else the one the
        sidebar has selected, else the current quote's."""
        sidebar = self.sidebar
        option = sidebar.highlighted_option if sidebar.has_focus else None
        name = option.id[2:] if option is not None and str(option.id).startswith("s:") else None
        quote = self._current_quote()
        name = name or sidebar.selected or (quote.speaker if quote is not None else None)
        name = sidebar.name_of(name) if name else None  # a corpus speaker's key: its name
        return None if name in (None, UNATTRIBUTED_LABEL) else name

    def _store(self):
        from warreader.index.annotations.corrections import CorrectionStore

        return CorrectionStore(self.app.paths)

    # -- the menu -----------------------------------------------------------------------

    def action_correct(self) -> None:
        """Correct the current quote or the speaker in the sidebar (`c`): a small menu."""
        if self.corpus is None:
            self.notify("The index is still being built; correct once it is ready.",
                        severity="warning")
            return
        quote, speaker = self._current_quote(), self._target_speaker()
        choices: list[tuple[str, str]] = []
        if quote is not None:
            choices.append(("reassign", "Reassign this quote's speaker…"))
            choices.append(("quote", "It is a quotation, not a term") if quote.kind == "term"
                           else ("term", "It is a quoted term, not a quotation"))
        if speaker is not None:  # the sidebar's, not the quote's: say so (below 100
            # columns the sidebar is off screen, and "Rename Alex Ferguson" over Robert
            # Voice's quote named someone the reader could not see), once, on a line of
            # its own ("(in the sidebar)" in two labels wrapped mid-phrase, review U5)
            if quote is not None and quote.speaker != speaker:
                choices.append(("", SIDEBAR_HEADING))
            choices.append(("rename", f"Rename {speaker}…"))
            choices.append(("merge", f"Merge {speaker} into another speaker…"))
            if self.article is not None and any(q.speaker == speaker for q in self.quotes):
                choices.append(("split", f"Split {speaker}'s quotes in this article off…"))
        if not choices:
            self.notify(f"Nothing to correct: {key_named(self.app, 'next-quote')} steps to a "
                        f"quote, {key_named(self.app, 'pane-sidebar')} to the speakers.",
                        severity="warning")
            return
        from warreader.tui.screens.correct_menu import CorrectMenu

        title = f"Correct · {speaker}" if quote is None and speaker else "Correct"
        self.app.push_screen(CorrectMenu(title, choices),
                             lambda action: self._corrects(action, quote, speaker))

    def _speakers(self, leave_out: str | None = None) -> list[tuple[str, str | None]]:
        return [(s.name, s.role) for s in self.sidebar.speakers if s.name != leave_out]

    def _pick(self, title: str, then, **options) -> None:
        from warreader.tui.screens.speaker_picker import SpeakerPicker

        leave_out = options.pop("leave_out", None)
        self.app.push_screen(SpeakerPicker(title, self._speakers(leave_out), **options),
                             lambda picked: picked and then(*picked))

    def _corrects(self, action: str | None, quote, speaker: str | None) -> None:
        from warreader.index.annotations.anchor import QuoteAnchor, relative_path
        from warreader.index.annotations.corrections import Correction

        if action is None:
            return
        paths, article = self.app.paths, self.article
        if action in ("reassign", "term", "quote"):
            anchor = QuoteAnchor.of(article, quote, paths)
            if action == "reassign":
                self._pick("Who said it?", lambda to, role: self.record_correction(
                    Correction("speaker", anchor=anchor, to=to, role=role)))
            else:
                self.record_correction(Correction(action, anchor=anchor))
        elif action == "rename":
            self._pick(f"Rename {speaker} to", lambda to, role: self.record_correction(
                Correction("rename", name=speaker, to=to, role=role)), initial=speaker,
                leave_out=speaker)
        elif action == "merge":
            self._pick(f"Merge {speaker} into", lambda to, role: self.record_correction(
                Correction("merge", name=speaker, to=to, role=role)), with_role=False,
                new_names=False, leave_out=speaker)
        elif action == "split":
            rel = relative_path(article.path, paths)
            self._pick(f"In this article, {speaker}'s quotes are by",
                       lambda to, role: self.record_correction(Correction(
                           "split", article=rel, name=speaker, to=to, role=role)),
                       leave_out=speaker)

    # -- recording and undoing ------------------------------------------------------------

    def record_correction(self, correction) -> None:
        """Save ``correction``, apply it, and re-index what it touches."""
        if correction.name and correction.to and correction.name == correction.to:
            self.notify("That is the same name: nothing changed.", severity="warning")
            return
        from dataclasses import replace

        from warreader.index.annotations.corrections import now

        correction = replace(correction, when=now())  # as stored: what undo removes
        if self._change_store(lambda store: store.add(correction)) is None:
            return
        if self.undo_stack is None:
            self.undo_stack = []
        self.undo_stack.append(correction)
        self.notify(one_line(f"Corrected: {correction.describe()} "
                             f"({key_named(self.app, 'undo-correction')} undoes)"),
                    title="Correction", markup=False)

    def action_undo_correction(self) -> None:
        """Undo the last correction made in this session (`ctrl+z`)."""
        if not self.undo_stack:
            self.notify("No correction to undo.", severity="warning")
            return
        last = self.undo_stack.pop()
        if self._change_store(lambda store: store.remove(last)) is not None:
            self.notify(one_line(f"Undone: {last.describe()}"), title="Correction",
                        markup=False)

    def _change_store(self, change):
        """Run ``change(store)``; apply the corrections it returns everywhere. None (and a
        notice) when the file cannot be used."""
        from warreader.index.annotations.store import AnnotationFileDamaged

        try:
            corrections = change(self._store())
        except (AnnotationFileDamaged, OSError) as exc:
            self.notify(one_line(f"Corrections: {exc}"), severity="error", markup=False)
            return None
        self.corpus.use_corrections(corrections)  # one assignment: no lock to wait for
        self.show_corrected()
        return corrections

    def show_corrected(self) -> None:
        """Show the open article again with the corrections applied, at the same quote,
        and take them into the index (a refresh in the background). Keys typed on (`]`
        right after the picker's enter) wait until it is shown: they stepped in the
        article shown before, then its reload put the cursor back
        (:mod:`tui.screens.key_hold`)."""
        self.forget_loaded()  # articles kept parsed carry the old speakers
        if self.article is not None:
            quote = self._current_quote()
            self.pending_id = self.article.id
            self._load_article(self.article.id, quote.start if quote is not None else None)
            if self.held_keys is None:
                self.hold_keys()
            self.release_when_shown = True
        self.start_indexing()

    def report_corrections_problem(self) -> None:
        """Say once that the corrections file was damaged (and set aside)."""
        problem = getattr(self.corpus, "corrections_problem", None)
        if problem:
            self.corpus.corrections_problem = None
            self.keep_notice(problem, severity="error", timeout=15)

    def action_show_corrections(self) -> None:
        """List every correction, and the orphaned ones (`C`)."""
        if self.corpus is None:
            self.notify("The index is still being built.", severity="warning")
            return
        from warreader.tui.screens.corrections_list import CorrectionsScreen

        self.app.push_screen(CorrectionsScreen(self.corpus, self.corpus_lock,
                                               str(self._store().path)))
