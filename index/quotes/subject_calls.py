"""A subject that calls something what its quotation says: "The TUC has branded the plan
"a shambles"", "Critics have dubbed him "the invisible man"". A subject that brands or
dubs speaks the words; one that labels speaks them only as a verdict on someone or on a
policy: the quotation opens with an article ("a fraud"), or the thing labelled is a person
(a pronoun, a capitalised name) or a policy ("the plan", "the budget"). A thing labelled
with a bare word is a label, a term, not anyone's words: "The police have labelled the
files "secret"", "The Hales have labelled every jar "homemade"".
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.tokens import Token

# Verbs by which a subject calls its object what the quotation says ("The Conservatives
# have branded the plan "a shambles""), as "called" does.
_CALLING = lexicon.words("brand brands branded dub dubs dubbed label labels labelled labeled")
# Of them, the verbs that also put a label on a thing ("labelled the files "secret""):
# only these need a verdict's shape ("The union has branded the offer "insulting"" speaks).
_LABELLING = lexicon.words("label labels labelled labeled")
_AUXILIARIES_HAVE = lexicon.words("has have had")
_REACH = 6  # words from the verb of calling to its quotation
# Objects whose calling is a verdict the subject speaks: people and policies.
_VERDICT_OBJECTS = lexicon.words(
    """
    him her them it us me plan plans scheme schemes system policy policies budget bill
    move decision proposal proposals idea report government party reforms deal
    """
)
_QUOTE_MARKS = "\"'“”‘’ "


def calls_it(tokens: list[Token], verb: int, qi: int) -> bool:
    """Is the subject's own verb at ``verb`` (or the participle after its auxiliary) a
    verb of calling, with the quotation at ``qi`` close after it and a verdict (see the
    module's docstring) rather than a bare label?"""
    at = verb + 1 if tokens[verb].lower in _AUXILIARIES_HAVE else verb
    if not (at < qi and tokens[at].lower in _CALLING and qi - at <= _REACH):
        return False
    if tokens[at].lower not in _LABELLING:
        return True
    words = tokens[qi].text.strip(_QUOTE_MARKS).split()
    if words and words[0].lower() in lexicon.DETERMINERS:
        return True  # "branded the plan "a shambles"": a verdict
    return any(
        t.kind == "w" and (t.lower in _VERDICT_OBJECTS or t.capitalised)
        for t in tokens[at + 1 : qi]
    )
