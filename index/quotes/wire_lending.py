"""A speech cue lent to the next paragraph's words, as to the next sentence.

Inside a paragraph a quotation with no cue of its own borrows the last strong cue
before it ("The mill can be saved, she said. Its looms are old, yet “they will run
for another twenty years.”"). Wire copy sets each sentence in its own paragraph, so
the same words come as two paragraphs and the cue is out of reach. This
module lends the cue over the paragraph break, for the first quotation of a paragraph
whose first sentence holds it, has no speech cue and keeps the cue's speaker as its
topic: its subject is that speaker, a pronoun or a thing ("There are “no big
differences” ...", "Those bids were then “conveyed ...”"), never another person or
body ("Okafor “never ran a mill ...”", "The Tories called it “a con”"). A short quoted
phrase that is no sentence is left to the term rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from warreader.index.quotes import lexicon
from warreader.index.quotes.events import Event
from warreader.index.quotes.narration_topics import keeps_topic
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.terms import phrase_like
from warreader.index.quotes.wire_topics import written_lower


def lent_across(
    heard: Mapping[tuple[int, int], Attribution],
    paras: Sequence[Para],
    p: int,
    k: int,
    qi: int,
) -> Attribution | None:
    """The speaker the quotation ``k`` (token ``qi``) of paragraph ``p`` borrows from the
    cue of paragraph ``p - 1`` (:func:`lent_cue`, :func:`keeps_lender`), as that cue was
    read (``heard``: (paragraph, cue token) -> its reading; never read again here, for
    reading has effects); None when it borrows none."""
    cue = lent_cue(paras[p - 1], paras[p], k, qi) if p > 0 else None
    lent = heard.get((p - 1, cue.cue_index)) if cue is not None else None
    if lent is None or not keeps_lender(
        paras[p], k, lent, written_lower([x.text for x in paras])
    ):
        return None
    return replace(lent, via="carried")


def heard_last(
    resolve: Callable[[int, Para, Event], Attribution],
    p: int,
    para: Para,
    last: tuple[int, Attribution] | None,
) -> tuple[int, Attribution] | None:
    """Who was reported last after paragraph ``p``, which quotes nothing: each of its
    speech events read by ``resolve`` (so its names and speakers are known), and the
    person its last strong cue names ("We are in a new phase, argues Mr Donofrio."), if
    that cue is no "according to" and is not negated; else ``last``."""
    found = {id(e): resolve(p, para, e) for e in para.events}
    strong = [e for e in para.events if not e.weak]
    if not strong:
        return last
    cue = max(strong, key=lambda e: e.last)  # "was asked by X ..., in which he said ..."
    who = found[id(cue)]
    if cue.cue.startswith("according") or _negated(para, cue.cue_index):
        return last  # a fact's source, or one who said nothing
    return (p, who) if who.speaker and who.kind == "quote" and who.via == "named" else last


def later_of(
    one: tuple[int, Attribution] | None, other: tuple[int, Attribution] | None
) -> tuple[int, Attribution] | None:
    """Whichever of two (paragraph, speaker) came later (``one`` on a tie or alone)."""
    if one is None or other is not None and other[0] > one[0]:
        return other
    return one


_DASHES = frozenset("-–—―")
# Words that name a saying rather than report one ("The old adage, “…”").
_NAMING = lexicon.TERM_MARKERS | lexicon.words("adage saying maxim mantra proverb refrain")
_NEGATIONS = frozenset(("not", "never", "n't", "no", "nor", "declined", "refused"))


def _negated(para: Para, cue: int) -> bool:
    """Is the cue at token ``cue`` negated or refused by one of the three words before it
    ("has not said", "never told", "declined to say")?"""
    return any(
        t.lower in _NEGATIONS or t.lower.endswith("n't") for t in para.tokens[max(0, cue - 3) : cue]
    )


def lent_cue(prev: Para, para: Para, k: int, qi: int) -> Event | None:
    """The strong speech cue of paragraph ``prev`` that the quotation ``k`` (at token
    ``qi``) of the next paragraph ``para`` borrows, or None (see the module's doc)."""
    if k or not prev.events or not para.tokens or para.sentence_of[qi] != 0:
        return None
    if any(para.sentence_of[e.cue_index] == 0 for e in para.events):
        return None  # the sentence has a cue of its own, weak or not
    span = para.spans[k]
    before = para.text[: span.start].strip(" \"“‘'")
    if phrase_like(para.text, span) or not before or "<" in before:
        return None  # a term, a paragraph opening on its quotation (other rules), markup
    if para.text[span.end :].lstrip(" \"”’'")[:1] in _DASHES:
        return None  # a credit after the quotation: "“…” – @someone"
    if any(w.strip(",:;").lower() in _NAMING for w in before.split()[-3:]):
        return None  # "The old adage, “…”", "the so-called “…”": words named, not said
    strong = [e for e in prev.events if not e.weak]
    if not strong:
        return None
    last = max(strong, key=lambda e: e.last)
    if any(t.kind == "q" for t in prev.tokens[last.last + 1 :]):
        return None  # a quotation after the cue: who spoke last is read elsewhere
    outer = [
        e
        for e in strong
        if e.cue.startswith("according")
        and prev.sentence_of[e.cue_index] == prev.sentence_of[last.cue_index]
        and e.last < last.first
    ]
    return outer[0] if outer else last  # "According to X, Y admitted ...": X's


def keeps_lender(para: Para, k: int, who: Attribution, lower: Callable[[str], bool]) -> bool:
    """Do the words of the sentence of quotation ``k`` of ``para``, the quotation read
    as "it", keep ``who`` as their topic (:func:`narration_topics.keeps_topic`)?"""
    span = para.spans[k]
    opening = para.text.rfind(" ", 0, span.start)
    before = para.text[: opening + 1] if opening >= 0 else ""
    if not who.speaker or _names_another(before, who.speaker):
        return False
    return keeps_topic(before + "it.", who, lower)


def _names_another(words: str, speaker: str) -> bool:
    """Do ``words`` hold a possessive, or a capitalised word after their first, that is
    not part of the ``speaker``'s name ("Kemp's reply was that", "The book by Dr Ruth
    Kemp argues")?"""
    own = {w.strip(".,'’") for w in speaker.split()}
    for i, word in enumerate(words.split()):
        bare = word.strip(".,;:()'’\"“”‘")
        base = bare.removesuffix("'s").removesuffix("’s")
        if base in own:
            continue
        if base != bare or i and base[:1].isupper():
            return True
    return False
