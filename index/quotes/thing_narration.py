"""A quotation after narration about things goes on from the paragraph's last speaker.

"“The answer is to combine what you know with what you have.” The method uses the chip
in bank cards. This can be changed at any time. It combines that with passwords. “You
put the card in the reader.”" - the second quotation is the first one's speaker's: the
sentences between describe a thing, name nobody and give nobody a voice. They must name
no person (no capitalised word but a plain sentence opener, no pronoun for a person),
open on no person noun or body ("Users found it slow", "The bank warned"), ask no
question, introduce nothing with a colon (a sign, a manual) and hold no speech event;
the quotation must open its own sentence.
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, org_lex
from warreader.index.quotes.lexicon import words
from warreader.index.quotes.reading import Para

# Capitalised words that open a sentence about a thing and name nobody.
_PLAIN_OPENERS = words(
    """
    the this that these those it its there a an in on at but and so then now also
    however yet still such each every some many most all both one when if as for with
    """
)
# Words for a person, a people or a voice: "he", "users", "critics", "the bank".
_PEOPLE_WORDS = words(
    """
    he she him her his hers they them their theirs we us our i me my you your who whom
    someone somebody anyone anybody everyone everybody people person man woman men women
    """
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!]\s*$")


def narration_about_things(para: Para, k: int) -> bool:
    """Do the words between quotation ``k - 1`` and ``k`` of ``para`` narrate only things,
    so that quotation ``k`` goes on from quotation ``k - 1``'s speaker (see the module)?"""
    if k == 0:
        return False
    between = para.text[para.spans[k - 1].end : para.spans[k].start]
    words_between = between.strip(" \"'“”‘’")
    if not words_between or not _SENTENCE_END.search(words_between):
        return False  # the quotation must open its own sentence, after narration
    if any(mark in words_between for mark in "?:;()[]"):
        return False  # a question put, a sign or a document introduced, an aside
    qi, before = para.q_index.get(k), para.q_index.get(k - 1)
    if qi is not None and before is not None and any(
        before < e.first < qi or before < e.cue_index < qi for e in para.events
    ):
        return False
    place = 0  # the word's place in its sentence
    for match in _WORD.finditer(words_between):
        word = match.group()
        low = word.lower()
        low = low[:-2] if low.endswith(("'s", "’s")) else low
        if word[0].isupper() and not (place == 0 and low in _PLAIN_OPENERS):
            return False  # a name, or a sentence opening on one
        if low in _PEOPLE_WORDS or place < 3 and (_names_people(low) or low in org_lex.ORG_NOUNS):
            return False  # "Users like it.", "The bank has warned against it." (not "a
            # card reader" further on: a thing the narration describes)
        after = words_between[match.end() : match.end() + 2]
        place = 0 if after.startswith((". ", "! ")) else place + 1
    return True


def _names_people(low: str) -> bool:
    """Is ``low`` a noun for a person or people ("user", "critics")?"""
    return (
        low in job_lex.PERSON_NOUNS
        or low in job_lex.PERSON_PLURALS
        or low.endswith("s") and low[:-1] in job_lex.PERSON_NOUNS
    )
