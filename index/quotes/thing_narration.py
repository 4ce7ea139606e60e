"""A quotation after narration about things goes on from the paragraph's last speaker.

"“The answer is to combine what you know with what you have.” The method uses the chip
in bank cards. This can be changed at any time. It combines that with passwords. “You
put the card in the reader.”" - the second quotation is the first one's speaker's: the
sentences between describe a thing, name nobody and give nobody a voice. They must name
no person (no capitalised word but a plain sentence opener, no pronoun for a person),
open on no person noun or body ("Users found it slow", "The bank warned"), ask no
question, introduce nothing with a colon (a sign, a manual) and hold no speech event;
the quotation must open its own sentence.

Narration that introduces another voice is refused (revM25): a document, sign, headline,
message, song or plaque named anywhere between ("The warning came by text message. It
was short. "Leave now.""), a group or plural person noun anywhere between ("The crew
lost everything.", "... treated by doctors after it."), a quotation that opens on a
question word ("How much will the town pay."), and a quotation followed in its paragraph
by a sentence naming or describing a person ('"It was a disaster." Ann Roe, a fisherman,
has lost two boats.', "... The words are those of a fisherman who lost two boats.").
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, org_lex
from warreader.index.quotes.events import document_words
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
# Groups of people and things that carry words, not in the lexicons' person nouns.
_GROUP_WORDS = words(
    """
    crew crews staff family families locals fans crowd crowds team audience public
    song songs chorus lyric lyrics plaque plaques graffiti slogan slogans motto inscription
    placard placards chant chants anthem text texts sms
    """
)
# Words that open a question put without a question mark: "How much will it cost."
_QUESTION_OPENERS = words("how why who whom whose which where what")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!]\s*$")
_NEXT_SENTENCE = re.compile(r"[^.!?]*")  # up to a sentence's end


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
    quoted = _WORD.search(para.text, para.spans[k].start, para.spans[k].end)
    if quoted and quoted.group().lower() in _QUESTION_OPENERS:
        return False  # "How much will the town pay." is a question put to the speaker
    if not _narrates_things(_sentence_after(para, k), 99, bodies=False):
        return False  # '"It was a disaster." Ann Roe, a fisherman, has lost two boats.'
    return _narrates_things(words_between, 3, bodies=True)


def _narrates_things(text: str, opening: int, bodies: bool) -> bool:
    """Do the sentences of ``text`` name no person, person noun (a singular one, or a body
    if ``bodies``, only in a sentence's first ``opening`` words), group or document (see
    the module)?"""
    place = 0  # the word's place in its sentence
    for match in _WORD.finditer(text):
        word = match.group()
        low = word.lower()
        low = low[:-2] if low.endswith(("'s", "’s")) else low
        if word[0].isupper() and not (place == 0 and low in _PLAIN_OPENERS):
            return False  # a name, or a sentence opening on one
        if low in _PEOPLE_WORDS or place < opening and (
            _names_people(low) or bodies and low in org_lex.ORG_NOUNS
        ):
            return False  # "Users like it.", "The bank has warned against it." (not "a
            # card reader" further on: a thing the narration describes)
        if low in _GROUP_WORDS or low in _DOCUMENTS or _plural_person(low):
            return False  # "The crew lost everything.", "The warning came by text."
        after = text[match.end() : match.end() + 2]
        place = 0 if after.startswith((". ", "! ")) else place + 1
    return True


def about_things(text: str) -> bool:
    """Does ``text``, a paragraph of narration, speak only of things: no question, colon,
    semicolon or bracket, and no person, person noun, body opening a sentence, group or
    document (see the module)? ``asides`` reads a one-sentence paragraph so."""
    return not any(mark in text for mark in "?:;()[]") and _narrates_things(text, 3, True)


def _sentence_after(para: Para, k: int) -> str:
    """The words after quotation ``k`` of ``para`` to the end of their sentence, or to the
    next quotation ("" when one follows at once)."""
    stop = para.spans[k + 1].start if k + 1 < len(para.spans) else len(para.text)
    after = para.text[para.spans[k].end : stop].lstrip(" \"'”’")
    return after[: _NEXT_SENTENCE.match(after).end()]


def _plural_person(low: str) -> bool:
    """Is ``low`` a plural noun for people ("fishermen", "doctors")?"""
    return low in job_lex.PERSON_PLURALS or low.endswith("s") and low[:-1] in job_lex.PERSON_NOUNS


_DOCUMENTS = document_words()


def _names_people(low: str) -> bool:
    """Is ``low`` a noun for a person or people ("user", "critics")?"""
    return (
        low in job_lex.PERSON_NOUNS
        or low in job_lex.PERSON_PLURALS
        or low.endswith("s") and low[:-1] in job_lex.PERSON_NOUNS
    )
