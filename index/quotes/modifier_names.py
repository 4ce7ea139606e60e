"""A name used only to qualify a noun ("value the Premiership club", "a Google search",
"approached the Rovers board") is what a thing or a body is called, not a body that acts:
a speaking "it" ("..., it has confirmed") takes such a name only when no other body fits.

Read on the text of the pronoun's paragraph and the two before, up to the pronoun: a name
counts as a modifier there when every one of its appearances is "a/an NAME noun", or
"the/its/their NAME noun" after a lower-case word (the object of a verb or a preposition:
"value the Premiership club"; never "The Ferrari team has denied", which opens its
sentence as its subject), unless the noun is something that happens to the name ("a
Vodafone upgrade by Merrill Lynch", "a BT takeover").
Only a name of one word; a name that has spoken is never one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warreader.index.quotes import lexicon

if TYPE_CHECKING:
    from warreader.index.quotes.entities import Entity, Position
    from warreader.index.quotes.mentions import Mention
    from warreader.index.quotes.resolution import Resolution

_REACH = 2  # paragraphs before the pronoun's own that are read
_INDEFINITE = frozenset(("a", "an"))
_DEFINITE = frozenset(("the", "its", "their"))


def it_antecedent(
    stage: Resolution, mention: Mention, where: Position,
    avoid: Callable[[Entity], bool] | None, topic: str,
) -> Entity | None:
    """The antecedent of the pronoun ``mention`` at ``where`` (see ``Registry.antecedent``);
    for "it", first without the names used only as modifiers in reach, then, when no
    other body fits (one named in reach in a paragraph of sentences, not only in a
    headline: "Board"), as before."""
    registry = stage.registry
    if mention.head == "it":
        p, texts = where[0], stage.texts
        reach = [texts[q] for q in range(max(0, p - _REACH), p)] + [texts[p][: mention.start]]

        def narrower(entity: Entity) -> bool:
            return (avoid is not None and avoid(entity)) or only_modifier(entity, reach, True)

        found = registry.antecedent("it", where, avoid=narrower, topic=topic)
        if found is not None and named_in_prose(found, reach):
            return found  # a body the sentences name, not a headline's word ("Board")
    return registry.antecedent(mention.head, where, avoid=avoid, topic=topic)


def named_in_prose(entity: Entity, texts: list[str]) -> bool:
    """Is ``entity``'s name in the last of ``texts`` (the pronoun's paragraph up to it) or
    in one that ends as a sentence does (a headline has no full stop)?"""
    return any(
        (k == len(texts) - 1 or text.rstrip()[-1:] in _ENDS) and _appearances(entity.name, text)
        for k, text in enumerate(texts)
    )


_ENDS = frozenset(".!?\"”’'")


def _appearances(name: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def only_modifier(entity: Entity, texts: list[str], for_it: bool = False) -> bool:
    """Is every appearance of ``entity``'s name in ``texts`` (one at least) a modifier of a
    noun, in the sense of the module's docstring? ``for_it``: for a speaking "it", before
    a noun of what happens to the name ("a Vodafone upgrade") the name is none; a body's
    description ("the bank said") still passes it over for the bank named after "by"."""
    if entity.speaks or entity.kind == "person" or " " in entity.name:
        return False  # "the Argentine Work Ministry has been": a body's own name
    seen = False
    for text in texts:
        for found in _appearances(entity.name, text):
            seen = True
            if not _modifies(text, found.start(), found.end(), for_it):
                return False
    return seen


_AFTER = re.compile(r" ([a-z][a-z-]*)\b")  # a lower-case word right after the name: its noun
# Words after a name that make it a subject, not a modifier: "the UN published", "the UN says",
# "the UN has", "the UN will".
_VERB_ENDINGS = ("ed", "ing", "s")
_NOT_NOUNS = lexicon.words(
    "will would can could may might must shall should and or but who which that did does do "
    "also then now only just"
)
# Nouns of what happens to the name, not things it names ("a Vodafone upgrade by Merrill
# Lynch", "a Marconi takeover"; revBT26's 5). Not "a Google search by Harlow staff".
_EVENT_NOUNS = lexicon.words("upgrade downgrade takeover bid listing flotation warning results")
_BEFORE = re.compile(r"(?:^|(\S+) )(\S+) $")  # the two words before the name


def _modifies(text: str, start: int, end: int, for_it: bool = False) -> bool:
    after = _AFTER.match(text, end)
    if not after or after.group(1) in _NOT_NOUNS or after.group(1).endswith(_VERB_ENDINGS):
        return False
    if for_it and after.group(1) in _EVENT_NOUNS:
        return False  # "a Vodafone upgrade by Merrill Lynch": what happens to Vodafone
    before = _BEFORE.search(text, 0, start)
    if before is None:
        return False
    ahead, article = before.group(1), before.group(2).lower()
    if article in _INDEFINITE:
        return True
    return (
        article in _DEFINITE and ahead is not None and ahead[:1].islower()
        and ahead[-1:].isalpha()  # not "... the table. The Acme board"
    )
