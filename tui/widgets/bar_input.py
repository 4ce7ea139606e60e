"""The input of the search and filter bars: its keys run in turn with the characters.

Textual runs a key's binding once the key, left alone by the input, has bubbled back up
to the app; the keys typed after it are meanwhile the input's. So "peskov", enter, "]"
typed at once (a fast typist, a paste) put the "]" in the query before enter moved the
focus to the results, and "abc", backspace, "d" read "abc" (the "d" typed, then the
backspace run). This input runs its own editing keys (backspace, ctrl+w, the arrows...)
and its bar's bindings (with the config's remaps) as it takes them, in turn with the
characters typed before them; a key that reaches it once such a key has moved the focus
away is passed on to the widget focused now, where it is the command it was typed as.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input
from textual.widgets.input import Selection

# The keys the input edits with ("backspace": "delete_left", "ctrl+a": "home", ...):
# never a bar's, even when the config gives one of them to a bar's action
# ("clear-filter: escape,backspace").
_INPUT_ACTIONS = {
    key.strip(): binding.action if isinstance(binding, Binding) else binding[1]
    for binding in Input.BINDINGS
    for key in (binding.key if isinstance(binding, Binding) else binding[0]).split(",")
}
del _INPUT_ACTIONS["enter"]  # the input's submit: the bar's own key


class BarInput(Input):
    """An ``Input`` that runs its editing keys and ``bar_bindings`` (its bar's) itself,
    in the order typed."""

    def __init__(self, bar_bindings: list[Binding], **kwargs) -> None:
        super().__init__(**kwargs)
        self.bar_bindings = bar_bindings

    def focus_to_resume(self) -> None:
        """Focus the input to go on typing: the cursor at the end of its text, nothing
        selected (a focus selects it all, which the next letter would replace)."""
        if self.screen.focused is self:
            return
        self.selection = Selection.cursor(len(self.value))
        self.select_on_focus = False  # for this focus only: its Focus event is queued
        self.screen.set_focus(self)
        self.call_later(setattr, self, "select_on_focus", True)  # behind it

    def bar_action(self, key: str) -> str | None:
        """The action of the bar's binding for ``key`` (config remaps applied), if any."""
        overrides = getattr(self.app, "keymap_overrides", {})
        for binding in self.bar_bindings:
            keys = overrides.get(binding.id, binding.key) if binding.id else binding.key
            if key in (k.strip() for k in keys.split(",")):
                return binding.action
        return None

    def takes_key(self, key: str) -> bool:
        """Whether ``key`` (not a character) is this input's: an editing key or its bar's."""
        return key in _INPUT_ACTIONS or self.bar_action(key) is not None

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not self:  # typed on after enter or escape took the focus away
            event.stop()
            event.prevent_default()
            ahead = events.Key(event.key, event.character)
            (focused or self.screen)._forward_event(ahead)
            return
        if event.is_printable:
            await super()._on_key(event)
            return
        own = _INPUT_ACTIONS.get(event.key)  # the input's own keys stay its own
        action = None if own is not None else self.bar_action(event.key)
        if own is None and action is None:  # tab, up...: the screen's, as Textual runs them
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        if own is not None:  # now, not once the key has bubbled back to the app
            await self.run_action(own)
        else:
            await self.app.run_action(action, self.parent)
