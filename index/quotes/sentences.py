"""Split a paragraph into sentences without splitting inside quotations or abbreviations.

Quoted spans are atomic: a full stop inside a quote ends a sentence only when it is the
quote's last character and a capitalised word follows the closing mark ("...home.” They
are"), never for "...,” he said." Abbreviations (Mr., U.S., Capt., initials) never end
a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warreader.index.quotes.cue_lex import CUE_VERBS, PHRASAL_CUES
from warreader.index.quotes.job_lex import PERSON_NOUNS
from warreader.index.quotes.lexicon import words
from warreader.index.quotes.marks import Span

ABBREVIATIONS = frozenset(
    words(
        """
    mr mrs ms dr prof st jr sr gen lt col capt cmdr adm sgt maj rep sen gov pres rev
    fr sec no vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov
    dec mt ft approx dept est univ assn bros messrs mme mlle u.s u.k u.n e.g i.e a.m
    p.m
    """
    )
)
# One end mark, then any more: a pattern that opens on a plain set of characters lets the
# regex engine skip to the next candidate mark instead of trying every position.
_END = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


# Up to four capitalised words, perhaps an aside between commas ("Rep. Glenn Tamson,
# R-Pa., said", "Dechy, the fifth seed, said"; not a "who" clause, and only after a
# question or exclamation mark), perhaps an "-ly" adverb, then a lower-case word.
_NAMED_CUE = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(,\s(?!who|which|whose)[^,!?“”\"\n]{1,60},)?"
    r"(?:\s+[a-z]{3,}ly)?\s+([a-z]+)\b"  # a manner adverb: "“… home?” Ana tearfully asked"
)


# An owner's name, a job, perhaps the person's name, then a lower-case word ("“… movie?”
# Mr Kashyap's lawyer Mihir Desai said.", "“… missing.” Hale's spokeswoman said.").
_OWNED_CUE = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}['’]s((?:\s+[a-z-]+){1,2})"
    r"(?:\s+[A-Z][\w.’'-]*){0,3}\s+([a-z]+)\b"
)


# The end of a reporting clause: a stop, comma or semicolon, perhaps after "later" or a
# phrase of time or place ("Pike said later.", "Pike said on Friday.").
_CLAUSE_END = re.compile(
    r"\s*(?:(?:later|afterwards)\s*)?"
    r"(?:[.,;]|(?:on|in|at|during|after|while|as)\s+[\w’' -]{1,40}[.,])"
)


# After a full stop and an aside, the verb must end its sentence, perhaps after "later" or
# one or two short phrases of time or place ("said.", "said on Friday.", "said in a
# statement.", "said in a post on Telegram.", "wrote on Telegram on Sunday."): never a
# reported clause ("said on Monday that ...", "said in court he ...").
_SHORT_PHRASE = r"(?:(?:a|an|the|his|her|its|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
_SHORT_END = re.compile(
    r"\s*(?:(?:later|afterwards)\s*)?"
    rf"(?:\.|(?:on|in|at|during|after)\s+{_SHORT_PHRASE}"
    rf"(?:\s+(?:on|in|at|to|during|after)\s+{_SHORT_PHRASE})?\.)"
)
# After a full stop and an aside, only a verb of saying takes the quotation before it:
# "“… lying.” Clara Bunt, the judge, agreed." (or smiled, denied, objected) is her own
# reaction, not the quotation's cue (review revM23).
_SAYING_AFTER_ASIDE = frozenset(
    ("said", "says", "added", "adds", "explained", "insisted", "noted", "wrote", "writes")
    + ("recalled", "argued", "warned", "concluded", "continued", "replied", "responded")
    + ("answered", "stressed", "admitted", "acknowledged", "declared", "announced")
    + ("claimed", "conceded", "confirmed", "maintained")
)

_OPENING = " \t\n\"“‘'("  # what may stand before a quotation opening its sentence
_PARTICLE = re.compile(r"\s+([a-z]+)\b")
_PRONOUN = re.compile(r"(?:He|She|They|We|I|It)\b")
# Words that open a sentence of their own after a quotation: "“… much.” That said, she"
_OPENER = re.compile(r"(?:And|But|So|Then|Yet|Or|Now|Still|Later|Meanwhile|That|This)\b")


def _attributed_after(text: str, at: int, full_stop: bool, opens: bool = True) -> bool:
    """Do a capitalised name and a reporting verb follow a quotation that ends in a
    question or exclamation mark ("“… tonight?” Biden said.")? Then the sentence goes on.
    After a full stop the verb must also end its clause ("“… missing.” Pike said."),
    for "“… budget.” Mr Karger said the comic ..." starts a sentence of its own. A
    verb with its particle ("“… right?” Kell went on") counts after a question or
    exclamation mark only: after a full stop, "Kell fired back in May" answers it.
    ``opens``: the quotation opens its sentence (no words of the writer before it)."""
    match = _NAMED_CUE.match(text, at)
    if match is None or _OPENER.match(text, at) or _PRONOUN.match(text, at):
        return False  # "“… go!” She told the clerk that ...": a sentence of its own
    owned = _OWNED_CUE.match(text, at)
    if owned is not None and owned.group(2) in CUE_VERBS and owned.group(1).split()[-1] in (
        PERSON_NOUNS
    ):  # "“… movie?” Mr Kashyap's lawyer Mihir Desai said.": the lawyer speaks
        return _CLAUSE_END.match(text, owned.end()) is not None
    end = match.end()
    if match.group(2) not in CUE_VERBS:
        # "“… right?” Kell went on." (after a full stop, "Kell fired back" answers it)
        particle = _PARTICLE.match(text, end)
        if full_stop or particle is None or PHRASAL_CUES.get(match.group(2)) != particle.group(1):
            return False
        end = particle.end()
    if full_stop and match.group(1):
        # After a full stop the verb may open the next quotation ("“… listeners.” Saumil
        # Nanavati, president of Sydus, said, “…”") or a reported clause of its own: with
        # an aside, the verb must end the sentence ("“… appeal.” Tom Osei, the defence
        # lawyer, said.", "... said on Friday."), and the quotation must open its own
        # sentence: 'Hale told the court: "…" Osei, the defence lawyer, said.' is Hale's.
        return opens and match.group(2) in _SAYING_AFTER_ASIDE and (
            _SHORT_END.match(text, end) is not None
        )
    return not full_stop or _CLAUSE_END.match(text, end) is not None


def _is_abbreviation(text: str, match: re.Match | None) -> bool:
    """True when a full stop after ``match`` (_WORD_BEFORE searched over the ten
    characters before it; None for another end mark or no word) closes an abbreviation
    or an initial. No abbreviation is longer than six letters, so ten characters back
    is enough to tell (a longer word matches the whole window and is no abbreviation
    either)."""
    if not match:
        return False
    word = match.group(1).lower()
    if len(word) == 1 and match.start() and text[match.start() - 1].isdigit():
        return False  # "totalling $8.6m. Nortel added": a unit, not an initial
    if word == "s" and match.start() and text[match.start() - 1] in "'’":
        return False  # "at Standard & Poor's. But": a possessive, not an initial
    if len(word) == 1 and _labelled_letter(text, match.start()):
        return False  # "tested doses of vitamin C. Ann Marsh, a nurse, said": no initial
    return len(word) == 1 or word in ABBREVIATIONS or ("." in word and len(word) <= 6)


# Nouns a capital letter labels ("vitamin C", "grade A", "Type B"): a letter after one
# closes the label, never opens a name, so its full stop can end a sentence. A letter
# after any other word stays an initial ("said R. Tom Keller", "editor M. Stan Ovens",
# "Malcolm X." too: a given name may stand before an initial). Only nouns no initial-led
# name follows in practice: not "plan", "group", "class", "part", "wing", "block" and the
# like, verbs or nouns a relative clause or an object follows ("tried to block E. Jean
# Carroll", "the group J. D. Vance founded", "the wing R. Ann Hale leads"; revM25).
LETTER_LABELS = words("vitamin vitamins hepatitis grade grades type category")
_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\s$")


def _labelled_letter(text: str, at: int) -> bool:
    """Is the capital letter at ``at`` the label of the noun before it ("vitamin C")?"""
    if not text[at].isupper():
        return False
    found = _LABEL_BEFORE.search(text, max(0, at - 12), at)
    return found is not None and found.group(1).lower() in LETTER_LABELS


# Abbreviations that end a name ("Warner Bros.", "Acme Inc."): a word that only opens
# sentences after them starts a new one ("... at Warner Bros. However, critics ...").
_NAME_FINAL = words("inc corp ltd co bros jr sr plc")
_OPENS_SENTENCE = re.compile(
    r"(?:However|But|The|This|These|It|Its|He|She|They|We|In|On|At|Meanwhile|Analysts|"
    r"Shares|And|So|Yet|Still|Now|Last|Earlier|Later|Some|Many|Most)\b"
)


def _closes_name_then_opens(text: str, match: re.Match, after: int) -> bool:
    """Does the abbreviation ``match`` (see :func:`_is_abbreviation`) close a name and the word at
    ``after`` open a sentence ("Warner Bros. However, US critics")?"""
    return (
        match.group(1).lower() in _NAME_FINAL
        and _OPENS_SENTENCE.match(text, after) is not None
    )


# A wire dateline opening a paragraph: a place in capitals, perhaps its country or state
# and a date, perhaps the agency, then a dash ("WASHINGTON (AP) — ", "KYIV, Ukraine — ",
# "BRUSSELS, May 3 (Reuters) - "). It names where the story was filed, not who speaks.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z][\w ]{0,30}\))? (?:--|[-–—]) (?=\S)"
)


# Where the first sentence's own words end: a stop (perhaps a closing mark, then a space
# or the end) or a double mark opening a quotation, whose dashes are the speaker's.
_FIRST_END = re.compile(r"[.!?][\"”’']?(?:\s|$)|[\"“]")


def dateline_end(text: str) -> int:
    """Where a wire dateline opening ``text`` ends (0 when none does). A bare capitals
    word (no country, date or agency) is no dateline when the same dash comes again in
    the sentence: it opened an aside after the subject ("NATO – the alliance – said")."""
    if not (text[:1].isupper() and text[1:2].isupper()):
        return 0
    found = DATELINE.match(text)
    if found is None:
        return 0
    if "," not in found.group() and "(" not in found.group():
        dash = found.group().rstrip().rsplit(" ", 1)[-1]
        stop = _FIRST_END.search(text, found.end())
        rest = text[found.end() : stop.start() if stop is not None else len(text)]
        if (f" {dash} " if dash in ("-", "--") else dash) in rest:
            return 0
    return found.end()


def sentence_bounds(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; ``spans`` are its quoted spans. A wire
    dateline opening the paragraph (:data:`DATELINE`) is in no sentence: the story's
    first sentence starts after it, with its own subject. A paragraph asked again is
    answered from a cache (a paragraph of many sentences was cut once per pronoun)."""
    return list(_sentence_bounds(text, tuple([(s.start, s.end) for s in spans])))


@lru_cache(maxsize=256)
def _sentence_bounds(
    text: str, inside: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    bounds: list[tuple[int, int]] = []
    start = dateline_end(text)
    k = 0
    for match in _END.finditer(text):
        pos = match.start()
        while k < len(inside) and inside[k][1] < pos:
            k += 1
        if k < len(inside) and inside[k][0] <= pos < inside[k][1] and match.end() <= inside[k][1]:
            continue  # inside a quotation, and not at its end
        if (
            k < len(inside)
            and inside[k][0] <= pos < inside[k][1]
            and not text[start : inside[k][0]].rstrip(_OPENING).endswith(":")
            and _attributed_after(
                text, match.end(), text[pos] == ".", not text[start : inside[k][0]].strip(_OPENING)
            )
        ):  # “… tonight?” Biden said. / “… now!” Senator Jane Miller said. Not after a colon:
            continue  # 'A reporter asked: “… appeal?” Osei said no.' puts the question
        before = _WORD_BEFORE.search(text, max(0, pos - 10), pos) if text[pos] == "." else None
        if _is_abbreviation(text, before) and not _closes_name_then_opens(
            text, before, match.end()
        ):
            continue
        end = match.end()
        bounds.append((start, end))
        start = end
    if start < len(text):
        bounds.append((start, len(text)))
    return tuple(bounds)
