"""Keys typed ahead of a change of focus go to the widget focused now, in their order.

Textual sends each key from the terminal to the widget focused when the app receives it;
the key runs its binding only once it has bubbled back up to the app. A fast typist's
keys (or a paste) all reach the app before the first has acted, so they all go to the
widget focused before any of them: typed at once, `f` and `speaker:wengr` sent the
letters to the article list, and each ran as a command once `f`'s binding had focused
the filter bar (ux34, K1: at 80x24 `p` and `e` opened dialogs). The same held for the
palette, the search bar and a dialog's fields.

Here a key notes the widget it was sent to (:func:`note_target`). When it bubbles back
to the app (:func:`pass_on`) and another widget has the focus by then, or another
screen is shown, the key was typed for what the focus is now: it is sent on there, as
if it had arrived after the key that moved the focus, and runs as it would have then
(a character typed in the input, tab to the next field, a dialog's own keys). Keys
reach the app in the order typed, and each is sent on behind the one before it, so
their order holds.
"""

from __future__ import annotations

import sys

from textual import events

HOPS = 8
"""Times at most that one key is sent on (the focus moving again before it arrives)."""


def note_target(app, event: events.Key) -> None:
    """``event`` arrived from the terminal: note the widget it goes to (the focused one,
    else the screen), to tell later whether the focus moved before it acted."""
    event.typed_for = app.focused or app.screen  # type: ignore[attr-defined]


def pass_on(app, event: events.Key) -> bool:
    """``event`` bubbled up to the app unhandled. True if it was sent on to the widget
    focused now, where it belongs (the focus moved after it was typed, or an input has
    the focus and the key is its: see :func:`_is_input_key`); False if its binding runs
    here."""
    now = app.focused or app.screen
    hops = getattr(event, "hops", 0)
    if hops >= HOPS:
        return False
    was = getattr(event, "typed_for", None)
    if was is not None and was is not now:
        _send(now, event, hops, typed_for=now)
        return True
    if _is_input_key(app.focused, event) and not getattr(event, "typed_ahead", False):
        _send(app.focused, event, hops, typed_ahead=True)  # back here unhandled (the
        return True  # input refusing it): its binding runs
    return False


def _is_input_key(focused, event: events.Key) -> bool:
    """Whether ``focused`` is an input and ``event`` one of its keys: a character (an
    input takes every character typed in it, so one reaching the app was typed on
    before the input took the focus, queued for the pane focused then; `/quote` must
    not quit) or a bar input's own key (backspace, enter, escape)."""
    inputs = sys.modules.get("textual.widgets._input")  # none imported: none focused
    if inputs is None or not isinstance(focused, inputs.Input):
        return False
    return event.is_printable or bool(
        getattr(focused, "takes_key", None) and focused.takes_key(event.key))


def _send(widget, event: events.Key, hops: int, **marks: object) -> None:
    """Send a copy of ``event`` to ``widget`` with ``marks`` (and the key hold's
    ``retyped``, :mod:`tui.screens.key_hold`), one hop more."""
    ahead = events.Key(event.key, event.character)
    ahead.hops = hops + 1  # type: ignore[attr-defined]
    if getattr(event, "retyped", False):
        ahead.retyped = True  # type: ignore[attr-defined]
    for name, value in marks.items():
        setattr(ahead, name, value)
    widget._forward_event(ahead)
