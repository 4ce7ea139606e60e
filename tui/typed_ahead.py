"""Keys typed ahead of a change of focus go to the widget focused now, in their order.

Textual sends each key from the terminal to the widget focused when the app receives it;
the key runs its binding only once it has bubbled back up to the app. A fast typist's
keys (or a paste) all reach the app before the first has acted, so they all go to the
widget focused before any of them. The reader sent a character that reached the app
while an input had the focus on to that input, and no further: a dialog's keys typed
at once after the key opening it (`e`, tab, tab, a file name) acted on the widget
focused before, or on none, and were lost; and where the focus moved again before the
keys came back (ux34, K1: at 80x24 `3`, then `1 f speaker:wengr`, a pane key's focus
landing after `f`'s), the letters ran as commands (`p`, `e` opened dialogs).

Here a key notes the widget it was sent to (:func:`note_target`). When it bubbles back
to the app (:func:`pass_on`) and another widget has the focus by then, or another
screen is shown, the key was typed for what the focus is now: it is sent on there, as
if it had arrived after the key that moved the focus, and runs as it would have then
(a character typed in the input, tab to the next field, a dialog's own keys). Keys
reach the app in the order typed, and each is sent on behind the one before it; while
a key sent on is on its way (:class:`InFlight`: until it is back, or the
:class:`Passed` sent behind it is), the keys after it wait and are then typed again, so
their order holds even when the focus moved between them (`c`, `1` and a name typed at
once: a letter reached the article while the correction menu closed, before the
speaker picker opened, and came back into the name last).

In a dialog every key is sent so (ux35, U1): the keys typed behind the key closing it
had already been handed to its input before that key acted (ctrl+p, escape, `j`, `j`
typed "jj" into the closing palette; the picker's enter and a `]` named the speaker
"Ann Roe]"). A key is through once its :class:`Passed` is back (behind it, after its
binding ran), and then a settling :class:`Passed` along the focus of now (behind what
the binding posted: an input's ``Submitted``); a dialog closing releases the keys
waiting at once (:meth:`InFlight.screen_changed`). A bracketed paste goes the same way
(U2): noted like a key, sent on to the focus of now when it bubbles back unhandled
(`f` and a paste at once fill the filter), held behind keys on their way.
"""

from __future__ import annotations

import sys

from textual import events
from textual.message import Message
from textual.timer import Timer

HOPS = 8
"""Times at most that one key is sent on (the focus moving again before it arrives)."""

WAIT_LIMIT = 0.5
"""Seconds at most that keys wait for one sent on (its widget removed meanwhile)."""


class Passed(Message):
    """Sent to a widget behind a key sent on to it, along the same path: once it is back
    at the app the key has been taken, or is back before it (and its binding has run).
    ``settling``: sent after the last key through instead, to the focus of then, so that
    what that key's binding posted (an input's ``Submitted``, a dialog closing) is handled
    before the next key goes (``key`` is None then)."""

    def __init__(self, key: events.Key | None, settling: bool = False) -> None:
        super().__init__()
        self.key = key
        self.settling = settling


class InFlight:
    """The keys sent on and not yet through, and the keys waiting behind them."""

    def __init__(self, app) -> None:
        self.app = app
        self.keys: list[events.Key] = []
        self.waiting: list[events.Event] = []
        self.settling: Passed | None = None  # the probe behind the last key through
        self._timer: Timer | None = None

    @property
    def busy(self) -> bool:
        """Whether a key typed now must wait (keys on their way, waiting, or settling)."""
        return bool(self.keys or self.waiting or self.settling)

    def sent(self, key: events.Key, widget) -> None:
        """``key`` was sent on to ``widget``: a :class:`Passed` follows it there."""
        self.keys.append(key)
        widget.post_message(Passed(key))

    def back(self, key: events.Key) -> bool:
        """``key`` reached the app (it is through the hop it was sent on); True if it
        must wait behind keys still on their way (it is held). The first key on its way
        acts now; it is through once its :class:`Passed` is back, behind it."""
        if self.keys and key is self.keys[0]:
            return False
        if key in self.keys:
            self.keys.remove(key)
        if not self.busy:
            return False
        self.hold(key)
        return True

    def hold(self, key: events.Event) -> None:
        """Keep ``key`` (or a paste) until the keys on their way are through (at most
        WAIT_LIMIT)."""
        self.waiting.append(key)
        if self._timer is None:
            self._timer = self.app.set_timer(WAIT_LIMIT, self.release)

    def passed(self, message: Passed) -> None:
        """A :class:`Passed` is back: the key before it is through, and once none is on
        its way what it caused is settled (a second :class:`Passed` along the focus of
        now); then the keys waiting are typed again."""
        if message.settling:
            if message is self.settling:
                self.settling = None
                if not self.keys and self.waiting:
                    self.release()
            return
        if message.key in self.keys:
            self.keys.remove(message.key)
        if not self.keys and self.settling is None:
            self.settling = Passed(None, settling=True)
            (self.app.focused or self.app.screen).post_message(self.settling)

    def screen_changed(self) -> None:
        """A dialog closed: what was on its way there is gone with it, the keys waiting
        go to the focus of now. Called by the screen shown: the keys are made by the app
        (a message made in a widget's handler stops bubbling at that widget, so a key
        made by the screen never came back up to the app to run its binding)."""
        if self.keys or self.settling:
            self.app.call_later(self.release)

    def release(self) -> None:
        """Type the waiting keys again, in order, as if they came from the terminal now."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.keys.clear()  # given up for lost when timed out (their widget is gone)
        self.settling = None
        keys, self.waiting = self.waiting, []
        for key in keys:
            if isinstance(key, events.Paste):
                self.app.post_message(events.Paste(key.text))
                continue
            again = events.Key(key.key, key.character)
            if getattr(key, "retyped", False):
                again.retyped = True  # type: ignore[attr-defined]
            self.app.post_message(again)


def note_target(app, event: events.Key | events.Paste):
    """``event`` arrived from the terminal: note the widget it goes to (the focused one,
    else the screen), to tell later whether the focus moved before it acted; returns
    that widget."""
    event.typed_for = app.focused or app.screen  # type: ignore[union-attr]
    return event.typed_for  # type: ignore[union-attr]


def pass_on_paste(app, event: events.Paste) -> bool:
    """``event``, a paste, bubbled up to the app unhandled. True if it was sent on to the
    widget focused now (the focus moved after it arrived: `f` and a paste at once; an
    input takes every paste, so one bubbling up was meant for the focus of now)."""
    now = app.focused or app.screen
    was, hops = getattr(event, "typed_for", None), getattr(event, "hops", 0)
    if was is None or was is now or hops >= HOPS:
        return False
    again = events.Paste(event.text)
    again.typed_for, again.hops = now, hops + 1  # type: ignore[attr-defined]
    now._forward_event(again)
    return True


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
        _send(app, now, event, hops, typed_for=now)
        return True
    if _is_input_key(app.focused, event) and not getattr(event, "typed_ahead", False):
        _send(app, app.focused, event, hops, typed_ahead=True)  # back here unhandled
        return True  # (the input refusing it): its binding runs
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


def _send(app, widget, event: events.Key, hops: int, **marks: object) -> None:
    """Send a copy of ``event`` to ``widget`` with ``marks`` (and the key hold's
    ``retyped``, :mod:`tui.screens.key_hold`), one hop more, noted in ``app.in_flight``."""
    ahead = events.Key(event.key, event.character)
    ahead.hops = hops + 1  # type: ignore[attr-defined]
    if getattr(event, "retyped", False):
        ahead.retyped = True  # type: ignore[attr-defined]
    for name, value in marks.items():
        setattr(ahead, name, value)
    widget._forward_event(ahead)
    app.in_flight.sent(ahead, widget)
