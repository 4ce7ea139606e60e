"""Common words in a query: searched nowhere, not in the speaker field alone.

The prose fields (title, body, quote text) leave out common words ("the", "we", "will":
Whoosh's stop words) and words of one letter; the speaker field keeps every word of a
name. Whoosh's multi-field parser searched a bare word in every default field, so a
common word became a speaker-only term that every hit had to match: "russia will" found
nothing, "russia the" only the quotes of speakers named "the ...". Here a bare word (or
a phrase of such words only) that the prose analysis leaves out is searched in the prose
fields alone, where it means nothing, so the query is the rest of its words, and a query
of common words only is nothing to search for (:func:`dropped_words` says which).
``speaker:will`` typed as such still searches the speaker field.
"""

from __future__ import annotations

import copy
import re
from functools import cache

from warreader.index.search.schema import STEMMED_FIELDS
from warreader.index.search.textfield import CAPS_ACRONYMS
from whoosh.qparser import syntax
from whoosh.qparser.plugins import MultifieldPlugin, PhrasePlugin

_PLAIN = (syntax.WordNode, PhrasePlugin.PhraseNode)  # not a prefix, wildcard or fuzzy word

_BARE_WORD = re.compile(r"(?<![\w:\"'’-])([^\W_][\w'’]*)(?![\w:*~])")
_PART = re.compile(r'("[^"]*"?)|' + _BARE_WORD.pattern)  # a phrase, or a bare word
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_FIELD_VALUE = re.compile(r'(?<![\w-])(\w+):(\[[^\]]*\]?|\{[^}]*\}?|"[^"]*"?|\S*)')


def _prose_value(match: re.Match) -> str:
    """A field's value kept where the field is a prose one (its words may be left out),
    blanked otherwise (``speaker:will`` is searched as typed)."""
    return f" {match.group(2)} " if match.group(1).lower() in STEMMED_FIELDS else " "


@cache
def _analyzer():
    from warreader.index.search.textfield import TextAnalyzer

    return TextAnalyzer()


def is_left_out(text: str) -> bool:
    """Whether the prose fields' analysis keeps no word of ``text`` (common words, words
    of one letter; False for text without a word)."""
    words = _BARE_WORD.findall(text)
    return bool(words) and not any(True for _ in _analyzer()(text))


def has_acronym(text: str) -> bool:
    """Whether ``text`` holds "US" or "IT" in capitals, which the prose fields keep as
    acronyms but a name field would fold to the pronoun ("it said": speaker "it"), so it
    is searched in the prose fields alone (``speaker:IT`` typed as such is not)."""
    return any(w in CAPS_ACRONYMS for w in _BARE_WORD.findall(text))


def dropped_words(text: str) -> list[str]:
    """The bare words of ``text`` and its phrases (outside fields, or the value of a prose
    field: ``title:the``) that a search leaves out, in order (a phrase whole, in its
    quotes), for saying why a query of them alone searches nothing."""
    outside = _FIELD_VALUE.sub(_prose_value, text)
    found = []
    for phrase, word in _PART.findall(outside):
        if word in _OPERATORS:
            continue
        part = phrase or word
        if is_left_out(part.strip('"')):
            found.append(part)
    return found


class CommonWordsMultifield(MultifieldPlugin):
    """:class:`MultifieldPlugin` that searches a bare word (or phrase) the prose fields
    leave out in those fields only (where it matches nothing), not in the speaker field;
    likewise a word or phrase holding the acronym US or IT (:func:`has_acronym`)."""

    def do_multifield(self, parser, group):
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.do_multifield(parser, node)
            elif node.has_fieldname and node.fieldname is None:
                fields = self.fieldnames
                if type(node) in _PLAIN and (is_left_out(node.text) or has_acronym(node.text)):
                    fields = [f for f in fields if f in STEMMED_FIELDS]
                newnodes = []
                for name in fields:
                    newnode = copy.copy(node)
                    newnode.set_fieldname(name)
                    newnode.set_boost(self.boosts.get(name, 1.0))
                    newnodes.append(newnode)
                group[i] = self.group(newnodes)
        return group
