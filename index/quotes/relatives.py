"""A quotation inside a relative clause on someone the main clause names.

"Mr Dunn thanked Ms Varga, who said the port was "finished"": the quoted words stand in
the clause "who said ...", still open at the quotation (no comma, dash or colon closes it
before), so they are the words of that clause's speaking subject (Varga, whom "who"
stands for), not of the main clause's subject. "Mr Dunn thanked Ms Varga, who had
resigned, and said the port was "finished"": the relative clause closes on its comma
before the quotation, which is the main clause's again. The clause's verb may follow
adverbs, an auxiliary or a short phrase of time ("who at the time said", "who last week
told"), and a weak cue counts ("Pike defended Quinn, who believes the budget is "…""); a
negated one never does ("who never said"). "Dunn praised Varga, who said …, and called it
"…"": the comma closed the clause, and "called" goes on from Dunn's "praised"; not when
Varga opens Dunn's reported clause ("Dunn said Varga, who said …, and called it "…", had
quit": all Varga's), where a quotation after the clause's closing comma is its predicate,
Dunn's ("Dunn said Varga, who …, "deserves a medal"").
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, lexicon, name_lex
from warreader.index.quotes.cue_punctuation import ends_on_comma
from warreader.index.quotes.tokens import Token

_RELATIVES = lexicon.words("who whose which whom")
_CLOSES = frozenset((",", ";", ":", "(", ")", "-", "–", "—", "--"))


def open_relative(tokens: list[Token], start: int, qi: int) -> int | None:
    """The index of the relative word ("who", "whose", "which", "whom"), at or after
    ``start``, whose clause is still open at the quotation at ``qi``; None when a comma,
    dash, colon or another quotation comes first on the way back from ``qi``."""
    for k in range(qi - 1, start - 1, -1):
        token = tokens[k]
        if token.kind == "q" or token.text in _CLOSES:
            return None
        if token.kind == "w" and not token.capitalised and token.lower in _RELATIVES:
            return k
    return None


# Verbs of saying by suggestion that are no reporting cues (a cue there makes an event
# of its own): "who had implied the port was "…"" says whose the words are, while "who
# would "unravel" …" or "who are "victims"" says nothing of it (the main subject's).
_HINTING = lexicon.words(
    "implied implies imply implying hinted hints hint hinting intimated intimates "
    "insinuated insinuates"
)
_BETWEEN = lexicon.words(
    "had has have having also repeatedly once earlier previously later then just"
)


# A short phrase of time or place between "who" and its verb ("who at the time said",
# "who last week told", "who on Monday said"): a preposition or "last"/"this", then up to
# three words, none a pronoun (which would be a subject of its own: "who at first he ...").
_TIME_OPENS = lexicon.words("at on in during last this earlier later early late")
_TIME_WORDS = lexicon.words(
    "the a this that last next time week weeks month months year years day days weekend "
    "morning afternoon evening night moment start end hearing meeting rally debate "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december spring summer autumn winter"
)
_NEGATIONS = lexicon.words("never not n't")
_AUXILIARIES = lexicon.words("did does do has have had")


def _verb_after(tokens: list[Token], k: int, end: int) -> tuple[int, bool]:
    """The index of the verb of a relative clause whose relative word is at ``k``
    (before ``end``), adverbs, auxiliaries, a short phrase of time and a negation skipped
    ("who had said", "who at the time said", "who never said", "who did not say"), and
    whether a negation stands before it."""
    k += 1
    negated = False
    while k < end and tokens[k].kind == "w":
        low = tokens[k].lower
        if low in _TIME_OPENS and not tokens[k].capitalised:
            phrase = k + 1
            while phrase < min(end, k + 4) and (
                tokens[phrase].lower in _TIME_WORDS or tokens[phrase].text.isdigit()
            ):
                phrase += 1
            if phrase == k + 1 and low not in _BETWEEN:
                break
            k = phrase
            continue
        if low in _NEGATIONS or low.endswith("n't"):
            negated = True
        elif not (
            low in _BETWEEN or low in _AUXILIARIES
            or low.endswith("ly") and not tokens[k].capitalised  # not "who Sally said"
        ):
            break
        k += 1
    return k, negated


def relative_cue(tokens: list[Token], start: int, cue: int, qi: int) -> bool:
    """Is the cue at token ``cue`` the verb of a relative clause opened after ``start``
    by its subject "who" or "which" after a comma ("Varga, who had said ...", "the
    council, which said ...", "the nurses, who called it ..."), a clause still open at
    the quotation at ``qi``? Not "people who back him told ..." (the relative clause
    closed before the cue, whose subject is the whole phrase), nor one with no comma
    before "who": "Hale recalled a nurse who told her ..." tells a story of the
    subject's, and "Hale dismissed Orme who said the war was over as "…"" may close
    before the quotation, the main verb's complement."""
    k = open_relative(tokens, start, qi)
    if k is None or k >= cue or tokens[k].lower not in ("who", "which"):
        return False
    if tokens[k - 1].text != ",":
        return False  # "Hale dismissed Orme who said ... as "…"": no comma, no clause known
    verb, negated = _verb_after(tokens, k, cue + 1)  # "had", "also", "at the time"
    return verb == cue and not negated


def hinting_relative(tokens: list[Token], start: int, qi: int) -> bool:
    """Does the quotation at ``qi`` stand in a relative clause on a person opened after
    ``start`` whose relative word is the subject of a verb of hinting ("…, who had
    implied the port was "…"", "…, who hinted that …")? Then the quoted words are not
    the main clause's subject's. Not "…, who he believes was "…"" (a subject of its
    own), "…, which …" (a thing), nor a relative clause with any other verb."""
    k = open_relative(tokens, start, qi)
    if k is None or tokens[k].lower != "who":
        return False
    k += 1
    while k < qi and tokens[k].kind == "w" and tokens[k].lower in _BETWEEN:
        k += 1
    return k < qi and tokens[k].kind == "w" and tokens[k].lower in _HINTING


def not_antecedent(avoid, tokens: list[Token], floor: int, j: int):
    """``avoid`` (whom a pronoun cannot be; None for no one), widened by the person a
    relative clause opened by "who" or "whom" right before the pronoun at token ``j``
    stands on ("Campese defended Andy Robinson, who he believes was "…"": the "he",
    that clause's own subject, is never Robinson), by full name or surname. Only the one
    the antecedent names: an honorific's sex keeps a bearer of the surname of the other
    sex ("Ann Orme praised her husband, Mr Orme, whom she called ..."), and the full name
    opening the sentence (from token ``floor``), its subject, is someone else ("Tom Orme
    thanked Mr Orme, who he said ...": Tom Orme speaks)."""
    run, at = _antecedent_run(tokens, j)
    if not run:
        return avoid
    sex = name_lex.HONORIFICS.get(run[0].lower())
    subject = _opening_name(tokens, floor, at)

    def skipped(entity) -> bool:
        parts = entity.name.split()
        same = entity.kind != "org" and parts[-1] == run[-1] and (
            len(run) == 1 or len(parts) == 1 or parts[0] == run[0] or sex is not None
        ) and (not sex or entity.gender in ("", sex)) and tuple(parts) != subject
        return same or avoid is not None and avoid(entity)

    return skipped


def _opening_name(tokens: list[Token], floor: int, end: int) -> tuple[str, ...]:
    """The full name (two capitalised words or more, no honorific) opening the sentence
    at ``floor`` as its subject (not "Tom Orme's lawyer"), ending before token ``end``."""
    k = floor
    while k < end and tokens[k].kind == "w" and tokens[k].capitalised and not tokens[k].possessive:
        k += 1
    if k - floor < 2 or k >= end or tokens[k].possessive or (
        tokens[floor].lower in name_lex.HONORIFICS
    ):
        return ()
    return tuple(t.bare for t in tokens[floor:k])


def _antecedent_run(tokens: list[Token], j: int) -> tuple[tuple[str, ...], int]:
    """The capitalised words before ", who" or ", whom" right before token ``j``, and
    the index of the first."""
    if j < 2 or tokens[j - 1].lower not in ("who", "whom") or tokens[j - 1].capitalised:
        return (), j
    k = j - 3 if tokens[j - 2].text == "," else j - 2
    run: list[str] = []
    while k >= 0 and tokens[k].kind == "w" and tokens[k].capitalised and len(run) < 4:
        run.insert(0, tokens[k].bare)
        k -= 1
    return tuple(run), k + 1


def closed_relative_main(tokens: list[Token], events: list, i: int, floor: int) -> tuple:
    """The main clause's event when the verb at token ``i`` follows ", and" (or ", but")
    right after a relative clause that the comma closed: "Dunn praised Varga, who said the
    port was "…", and called the decision "…"" goes on from Dunn's "praised", not from
    Varga's "said" (without the comma, "who said … and called …", both are Varga's).
    The last event of the sentence must be the relative clause's ("Varga, who said") and
    the one before it the main clause's, its cue before the antecedent; else nothing."""
    if i - 2 <= floor or tokens[i - 1].lower not in ("and", "but"):
        return ()
    comma = tokens[i - 2]
    if comma.text != "," and not (comma.kind == "q" and comma.text.rstrip("\"'”’").endswith(",")):
        return ()
    same = [e for e in events if e.cue_index >= floor]
    if len(same) < 2:
        return ()
    relative, main = same[-1], same[-2]
    who = next(
        (k for k in range(relative.first + 1, relative.cue_index) if tokens[k].lower == "who"),
        None,
    )
    if who is None or tokens[who - 1].text != "," or not relative_cue(
        tokens, relative.first, relative.cue_index, relative.cue_index + 1
    ):
        return ()
    if main.cue_index >= relative.first or any(
        t.text in (";", ":") or t.lower in ("who", "which") for t in tokens[who + 1 : i - 2]
    ):
        return ()  # a second relative clause, or a clause of its own, before the "and"
    if _opens_complement(tokens, main, relative.first) or _predicate_follows(tokens, i):
        return ()  # "Hale said Orme, who said …, and called it "…", had quit": all Orme's
    return (main,)


# Cues whose complement is a clause, never a person as object ("said Orme, who ...":
# Orme is the reported clause's subject), and cues of telling, whose person object comes
# first ("told MPs Orme, who ...": Orme opens the reported clause).
_SAYING = lexicon.words(
    "say says said claim claims claimed insist insists insisted argue argues argued add "
    "adds added write writes wrote state states stated declare declares declared note "
    "notes noted believe believes believed think thinks thought feel feels felt hope "
    "hopes hoped fear fears feared expect expects expected suggest suggests suggested "
    "stress stresses stressed explain explains explained announce announces announced "
    "admit admits admitted concede concedes conceded maintain maintains maintained "
    "assert asserts asserted contend contends contended allege alleges alleged confirm "
    "confirms confirmed predict predicts predicted reckon reckons reckoned reveal "
    "reveals revealed conclude concludes concluded acknowledge acknowledges acknowledged"
)
_TELLING = lexicon.words(
    "tell tells told warn warns warned assure assures assured inform informs informed "
    "remind reminds reminded promise promises promised reassure reassures reassured"
)
# Words that, after a comma, give a waiting subject its predicate ("…, had resigned").
_FINITE = lexicon.BE | lexicon.words(
    "had has have did does do will would shall should can could may might must"
)
_SUBJECTS = lexicon.words("he she they it we i")


def _opens_complement(tokens: list[Token], main, start: int) -> bool:
    """Does the antecedent at token ``start`` open the reported clause of the main
    event's cue ("Hale said Orme, who", "Hale said that Orme, who", "Hale told MPs Orme,
    who"), rather than stand as its object ("Hale praised Orme, who")?"""
    between = tokens[main.cue_index + 1 : start]
    cue = main.cue.lower()
    if between:
        return between[-1].lower == "that" or (
            cue in _TELLING and len(between) <= 3 and all(t.kind == "w" for t in between)
        )
    return cue in _SAYING


def _predicate_follows(tokens: list[Token], i: int) -> bool:
    """After the verb at token ``i``, before the sentence ends, does a comma come before a
    finite verb or a subject and its verb (", had resigned", ", she looked tired")? Then
    a subject before the relative clause still waits for its predicate, and the ", and"
    at ``i`` goes on inside the clause."""
    for k in range(i + 1, len(tokens) - 1):
        token = tokens[k]
        if token.text in (".", "?", "!", ";") or (
            token.kind == "q" and token.text.rstrip("\"”’'").endswith((".", "?", "!"))
        ):
            return False
        if token.text != "," and not (token.kind == "q" and ends_on_comma(token.text)):
            continue
        after = tokens[k + 1]
        if after.lower in _FINITE:
            return True
        if after.lower in _SUBJECTS and k + 2 < len(tokens) and (
            tokens[k + 2].kind == "w" and tokens[k + 2].lower not in cue_lex.CUE_VERBS
        ):
            return True  # not "…, and called it "…", she said": a cue of its own
    return False


def waiting_predicate(tokens: list[Token], before: list, qi: int):
    """The event whose reported clause's subject a relative clause interrupts when the
    quotation at token ``qi`` stands right after the comma closing that clause, in
    lower case, as the subject's predicate: "Hale said Orme, who called the bridge "…",
    and urged a ban, "deserves a medal"" is Hale's (``before``: the sentence's events
    before the quotation). None otherwise: the antecedent an object ("Hale praised
    Orme, who ..."), the quotation after another's comma (a list of quoted terms, "who
    called it "…", "…" and "…"") or in capitals."""
    if qi < 2 or tokens[qi - 1].text != "," or tokens[qi - 2].kind == "q":
        return None
    if not tokens[qi].text.lstrip("\"'“‘ ")[:1].islower():
        return None
    for outer in reversed(before):
        start = outer.cue_index + 1
        start += start < qi and tokens[start].lower == "that"
        who = next((k for k in range(start + 1, min(qi, start + 8)) if tokens[k].lower == "who"), 0)
        if not who or tokens[who - 1].text != "," or any(
            t.kind != "w" for t in tokens[start : who - 1]
        ) or any(t.text in (";", ":") or t.lower == "who" for t in tokens[who + 1 : qi]):
            continue
        if _opens_complement(tokens, outer, start):
            return outer
    return None
