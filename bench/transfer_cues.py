"""Transfer variants that change the grammar of attribution cues, not who spoke.

Outlets write the same attribution in different orders and with different courtesy
titles; a reader that follows English grammar gives the same speaker under each. Every
edit here is made outside quotation marks only (the quoted words never change), and only
where the rewrite is clean English; elsewhere the text stays as it is.

- ``cue-verb-first``: ``"...," Name said.`` -> ``"...," said Name.`` (and ``the
  minister said`` -> ``said the minister``; ``Name, the minister, said.`` -> ``said
  Name, the minister.``): the inverted order of most UK papers and many US features.
- ``cue-name-first``: the reverse (the subject-first order of most US wire copy).
- ``honorific-strip``: "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir" dropped before a
  capitalised name (BBC and UK-paper style -> US style, which writes the bare surname).
- ``honorific-add``: "Dr" (a title that says nothing of sex) put before the later bare
  surnames of the set's speakers (US style -> UK style, where a later mention has a title).
- ``colon-intro``: a sentence ``"Q," Name said.`` whose quotation is one whole sentence
  becomes ``Name said: "Q."`` (the colon introduction of BBC and broadcast web copy).
- ``trailing-cue``: the reverse, ``Name said: "Q."`` -> ``"Q," Name said.``.

``colon-intro`` and ``trailing-cue`` skip a quotation with nested marks, with more than
one sentence, or that goes on after its cue (``"A," X said. "B."``).
"""

from __future__ import annotations

import re

from transfer_edits import Edit, Variant, register, register_fixed
from transfer_names import _given_names
from transfer_pages import _quote_depths
from transfer_styles import paragraphs

VERBS = (
    "said|says|added|adds|asked|asks|explained|replied|continued|wrote|recalled|insisted"
    "|warned|admitted|noted"
)
TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?"
# a capitalised word ("McCain", "O'Neill", "Smith-Jones"), an initial, or a short title
# with its stop before a name ("Sen. Ann Roe", "Gov. Tom Hill")
NAME_WORD = (
    r"(?:[A-Z][a-z]{1,3}\.(?= [A-Z])|[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'\u2019][A-Z]?[a-z]+)*"
    r"|[A-Z]\.(?= [A-Z]))"
)
NOT_NAME = (
    r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|The|A|An|There|But|And|One|Another"
    r"|Some|Others|Many|Both|All|Each)\b)"
)
NAME = rf"{NOT_NAME}(?:{TITLE} )?{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
DESC = r"(?:the|a|an|one|his|her|its|their) [\w'\u2019-]+(?: [\w'\u2019-]+){0,5}?"
DESC_CAP = r"(?:The|A|An|One|His|Her|Its|Their) [\w'\u2019-]+(?: [\w'\u2019-]+){0,5}?"
# an appositive ends at a comma or a stop before a space: "U.S." and "MoveOn.org" go on
APPOS = (
    r"(?:the|a|an|his|her|its|their|who) "
    r"(?:[^,\"\u201c\u201d\n.;:]|\.(?=\S)|(?<=[A-Z])\.){1,60}?"
)
CLOSE = r"(?<=[,?!])[\"\u201d]"
ADJUNCT = (
    r" (?:in|on|at|after|before|during|yesterday|today|last|this|to|from|outside|when|while)\b"
)
PUNCT = r"[.,;:?!]"
# "...," Name said / "...," the minister said / "...," Name, the minister, said
SUBJECT_VERB = re.compile(
    rf"{CLOSE} (?P<subj>(?:{NAME}|{DESC})(?:, {APPOS}(?P<comma>,))?) (?P<verb>{VERBS})"
    rf"(?={PUNCT}|{ADJUNCT})"
)
VERB_SUBJECT = re.compile(
    rf"{CLOSE} (?P<verb>{VERBS}) (?:(?P<name>{NAME})(?P<appos>, {APPOS})?|(?P<desc>{DESC}))"
    # not "U.S. "; "in 't" is a name's particle ("Anna in 't Veld"), no adjunct
    rf"(?=(?<![A-Z])[.;?!](?:\s|$)|, [\"\u201c]|(?P<tail>{ADJUNCT}(?! ['\u2019]t\b)))"
)
SENTENCE_START = r"(?:(?<=\n)|(?<=^)|(?<=[.?!] )|(?<=[.?!][\"\u201d] ))"
# a quotation first: not after a closing mark ('"A." "B," added X' covers both)
QUOTE_START = r"(?:(?<=\n)|(?<=^)|(?<=[.?!] ))"
ONE_SENTENCE = r"[A-Z][^\"\u201c\u201d\u2018\n]*?"
QUOTE_FIRST = re.compile(
    rf"{QUOTE_START}[\"\u201c](?P<q>{ONE_SENTENCE})(?P<p>[,?!])[\"\u201d] "
    rf"(?:(?P<subj>{NAME}|{DESC}) (?P<verb>{VERBS})|(?P<verb2>{VERBS}) (?P<subj2>{NAME}|{DESC}))"
    r"\.(?=\s|$)(?! *[\"\u201c])",
    re.M,
)
CUE_FIRST = re.compile(
    rf"{SENTENCE_START}(?P<subj>{NAME}|{DESC_CAP}) (?P<verb>{VERBS}): "
    rf"[\"\u201c](?P<q>{ONE_SENTENCE})"
    r"(?P<p>[.?!])[\"\u201d](?=\s|$)(?! *[\"\u201c])",
    re.M,
)
# Nouns a surname modifies ("Kell spokesman", "Kell supporters"): no title goes there.
MODIFIED = (
    r" (?:spokes(?:man|woman|person|people)|campaign|camp|supporters?|aides?|backers?"
    r"|all(?:y|ies)|administration|advis[eo]rs?|team|staff(?:ers)?|loyalists|surrogates"
    r"|voters|fans|era|presidency|government|family|foundation|rally|rallies"
    r"|speech|doctrine|officials|plan|policy|policies|victory|win|years)\b"
)
# "Miss" and "Sir" only before a full name: "the Miss Universe pageant" has no title, and
# "Sir Paul" without it is a bare given name, not US style
STRIP = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr)\.? (?=[A-Z][a-z])|(?:Miss|Sir) (?=[A-Z][a-z]+ [A-Z][a-z]))"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) of every quotation, marks included, read per paragraph as
    para-split reads them (:func:`transfer_pages._quote_depths`: a straight mark by its
    place, so a quotation reopened mid-paragraph stays quoted; single marks too)."""
    spans: list[tuple[int, int]] = []
    for s, e in paragraphs(text):
        depths = _quote_depths(text[s:e], singles=True)
        start = None
        for k in range(e - s):
            inside = depths[k] > 0 or depths[k + 1] > 0
            if inside and start is None:
                start = k
            elif not inside and start is not None:
                spans.append((s + start, s + k))
                start = None
        if start is not None:
            spans.append((s + start, e))
    return spans


# short titles written with a stop before a name ("Sen. Ann Roe"); an initial counts too
SHORT_TITLES = (
    r"(?:Sens?|Reps?|Govs?|Gens?|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Cpl|Pvt|Dr|Mr|Mrs|Ms|Rev|Prof"
    r"|Pres|Atty|Supt|Insp|Fr|St|Gov|Amb|Det|Hon)"
)


def cut_title(text: str, end: int) -> bool:
    """Does a name read up to ``end`` stop at a short title's stop ("said Sen." before
    "Ann Roe") or an initial's ("Patrick J.")? Such a match is no name: the edit is
    skipped. A short surname at a sentence's end ("said Cruz. The") is a name."""
    return bool(re.match(r"\. [A-Z]", text[end : end + 3])) and bool(
        re.search(rf"(?:^|\s)(?:[A-Z]|{SHORT_TITLES})$", text[max(0, end - 6) : end])
    )


def outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) clear of every quotation span?"""
    return all(end <= a or start >= b for a, b in spans)


def verb_first_edits(text: str) -> list[Edit]:
    """``Name said`` after a closing mark made ``said Name`` (subject offsets unmoved)."""
    edits: list[Edit] = []
    spans = quoted_spans(text)
    for m in SUBJECT_VERB.finditer(text):
        s, e = m.start("subj"), m.end("verb")
        if not outside(spans, s, e):
            continue
        # the appositive's closing comma goes before a stop ("said X, the y."), stays
        # before an adjunct ("said X, the y, in a statement")
        before_stop = re.match(PUNCT, text[e : e + 1])
        cut = m.start("comma") if m.group("comma") and before_stop else m.end("subj")
        edits += [(s, s, m.group("verb") + " "), (cut, e, "")]
    return edits


def name_first_edits(text: str) -> list[Edit]:
    """``said Name`` after a closing mark made ``Name said`` (``said Name, the minister.``
    -> ``Name, the minister, said.``); a description only before a stop or a quotation."""
    edits: list[Edit] = []
    spans = quoted_spans(text)
    for m in VERB_SUBJECT.finditer(text):
        if m.group("tail") is not None and (m.group("desc") or m.group("appos")):
            continue  # "said the minister in charge of ..." or "said X, the y, in ...": unclear
        s = m.start("verb")
        end = m.end("appos") if m.group("appos") else m.end("name") if m.group("name") else m.end()
        if not outside(spans, s, end) or cut_title(text, end):
            continue
        verb = m.group("verb")
        insert = f", {verb}" if m.group("appos") else f" {verb}"
        edits += [(s, m.end("verb") + 1, ""), (end, end, insert)]
    return edits


def strip_edits(text: str) -> list[Edit]:
    """Courtesy titles before a capitalised name dropped, outside quotation marks."""
    spans = quoted_spans(text)
    return [(m.start(), m.end(), "") for m in STRIP.finditer(text) if outside(spans, *m.span())]


def _subject(m: re.Match[str]) -> tuple[str, str]:
    subj = m.group("subj") or m.group("subj2")
    return subj, m.group("verb") or m.group("verb2")


def colon_intro_edits(text: str) -> list[Edit]:
    """``"Q," Name said.`` -> ``Name said: "Q."`` where Q is one sentence: the cue goes
    before the opening mark, Q's comma becomes a stop, the trailing cue goes."""
    edits: list[Edit] = []
    spans = quoted_spans(text)
    for m in QUOTE_FIRST.finditer(text):
        if re.search(r"[.?!;:] ", m.group("q")) or not outside(spans, m.end("p") + 1, m.end()):
            continue
        subj, verb = _subject(m)
        if cut_title(text, m.end("subj2") if m.group("subj2") else m.end("subj")):
            continue
        head = subj[0].upper() + subj[1:] + f" {verb}: "
        edits.append((m.start(), m.start(), head))
        if m.group("p") == ",":
            edits.append((m.start("p"), m.end("p"), "."))
        edits.append((m.end("p") + 1, m.end(), ""))
    return edits


def trailing_cue_edits(text: str) -> list[Edit]:
    """``Name said: "Q."`` -> ``"Q," Name said.`` where Q is one sentence."""
    edits: list[Edit] = []
    spans = quoted_spans(text)
    for m in CUE_FIRST.finditer(text):
        if re.search(r"[.?!;:] ", m.group("q")) or not outside(spans, m.start(), m.end("verb")):
            continue
        subj = m.group("subj")
        if re.match(DESC_CAP, subj):
            subj = subj[0].lower() + subj[1:]
        open_at = m.end("verb") + 2
        edits.append((m.start(), open_at, ""))
        if m.group("p") == ".":
            edits.append((m.start("p"), m.end("p"), ","))
        edits.append((m.end(), m.end(), f" {subj} {m.group('verb')}."))
    return edits


def surnames_by_text(gold: list[dict], texts: dict[str, str]) -> dict[str, set[str]]:
    """The last words of every speaker of an article's gold who is named with two or
    more capitalised words (a person, as the set's gold gives people; where the gold
    gives no type, one whose first word is a given name the engine knows), by article
    text."""
    out: dict[str, set[str]] = {}
    given = _given_names()
    for g in gold:
        speaker = g.get("speaker") or ""
        words = speaker.split()
        if g.get("speaker_type", "person") != "person" or len(words) < 2:
            continue
        if "speaker_type" not in g and words[0].lower() not in given:
            continue  # no type (BBC gold): a firm ("Continental Airlines") is no person
        if not all(re.fullmatch(NAME_WORD, w) for w in words) or words[0] in ("The", "A"):
            continue
        body = texts.get(g["article"])
        if body is not None:
            out.setdefault(body, set()).add(words[-1])
    return out


def add_edits(text: str, surnames: set[str]) -> list[Edit]:
    """The title "Dr" before every bare mention of ``surnames`` after the first full
    mention: not after a capitalised word, a title, an article or a number ("the Kell
    supporter"), not before another capitalised word, a hyphen or a noun it modifies
    ("Kell spokesman", see MODIFIED), and not for a surname that is also a lower-case
    word of the text ("Al From")."""
    edits: list[Edit] = []
    spans = quoted_spans(text)
    for surname in surnames:
        if re.search(rf"\b{re.escape(surname.lower())}\b", text):
            continue  # "Al From": the surname is also a word of the text ("from")
        pattern = re.compile(
            rf"(?<![\w'\u2019-]){re.escape(surname)}\b(?! [A-Z]|-|{MODIFIED})"
        )
        first = re.search(rf"[A-Z][\w'\u2019-]+ {re.escape(surname)}\b", text)
        if not first:
            continue
        for m in pattern.finditer(text, first.end()):
            before = text[max(0, m.start() - 12) : m.start()]
            if re.search(r"(?:[A-Z][\w.'\u2019-]*|\b(?:the|a|an|\d+)) $", before):
                continue  # a name or title before it; "the Kell supporter": attributive
            if not outside(spans, *m.span()):
                continue
            edits.append((m.start(), m.start(), "Dr "))
    return edits


def _add_factory(gold: list[dict], texts: dict[str, str], seed: int) -> Variant:
    by_text = surnames_by_text(gold, texts)

    def edits(text: str) -> list[Edit]:
        return add_edits(text, by_text.get(text, set()))

    def rename_in(text: str):
        names = by_text.get(text, set())
        return lambda s: f"Dr {s}" if s in names else s

    return Variant("honorific-add", edits, rename_in=rename_in, remention=True)


register_fixed("cue-verb-first", verb_first_edits)
register_fixed("cue-name-first", name_first_edits)
register_fixed("colon-intro", colon_intro_edits)
register_fixed("trailing-cue", trailing_cue_edits)
register("honorific-add")(_add_factory)
register("honorific-strip")(
    lambda gold, texts, seed: Variant(
        "honorific-strip", strip_edits, rename=lambda s: STRIP.sub("", s)
    )
)
