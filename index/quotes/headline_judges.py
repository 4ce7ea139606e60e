"""A headline's quoted fragment that its own subject judges: "Reid attacks 'snobbery' over
health", "Howard attacks Blair over 'broken' NHS promises", "Clarke: ID cards 'not
compulsory yet'". The headline names who says the words (the subject of a verb of judging
or saying before them, or the name of a "Name:" label), so the words are a quote of that
speaker, not a term, when the article's body credits that speaker with words of its own.

Two guards keep headline terms terms: the speaker must speak in the body (a headline about
someone who never speaks there names no speaker of the words), and when the body quotes a
word of the fragment as a term ("Corbett attacks 'dumbed-down TV'" over a body's "the
"dumbing down" of TV"), or quotes its whole text as a term or in another speaker's words
("Reid attacks 'fat tax' idea" over a think-tank's "a fat tax on snacks"), the fragment is
that term too. A fragment of capitalised words or numbers only is a name or a title ("Blair
attacks Tory 'Passport' scheme", "backs 'Live 8' concerts"), and one followed by a noun of
others' talk is that talk ("attacks 'nanny state' jibe", "'lazy' label"). A fragment
that is a claim ("'to rise'", "'will quit'") or owned by a possessive before it ("hails
Brown's 'prudent' budget": Brown's word) is left alone, and so are verbs that deny or
reject others' words ("Blair rejects 'lame duck' claims").
"""

from __future__ import annotations

import re
from dataclasses import replace

from warreader.index.quotes import cue_lex, lexicon
from warreader.index.quotes.event import Event
from warreader.index.quotes.headline_labels import headline_label
from warreader.index.quotes.mentions import build
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.terms import may_speak_alone

# Headline verbs by which a subject judges or says something in the quoted words (the
# present tense of headlines; plural subjects take the bare form: "Tories attack").
JUDGING = lexicon.words(
    """
    attacks attack hails hail backs back welcomes welcome criticises criticise
    criticizes criticize slams slam blasts blast praises praise raps rap condemns condemn
    brands brand savages savage lambasts lambast mocks mock derides deride accuses
    accuse warns warn urges urge vows vow admits admit insists insist pledges pledge
    promises promise predicts predict fears fear hits hit
    """
)
# Verbs of praise, whose object may be the one whose words are quoted.
_PRAISING = lexicon.words("hails hail backs back welcomes welcome praises praise")
# Words a claim opens on: "Rebel attacks 'to rise'", "Firm backs 'will quit' story".
_CLAIM_OPENERS = lexicon.words(
    "to will would may might could should must can is are was were has have had not be"
)
# Nouns of others' talk: a fragment right before one is that talk, not the subject's
# words ("Blair attacks 'nanny state' jibe", "Howard attacks 'lazy' label"); a plan or a
# scheme ("attacks 'reckless' plan") is no talk, and the words on it are the subject's.
_OTHERS_TALK = lexicon.words(
    """
    jibe jibes label labels slur slurs slogan slogans remark remarks comment comments
    claim claims speech speeches story stories tag tags taunt taunts poster posters
    critics row rows charge charges smear smears
    """
)
_STEM = 4  # letters two words share to be one word's forms ("dumbed", "dumbing")
_ECHO_WORDS = 6  # a body's quotation this short may be the fragment's source
_SHORT = 5  # shorter words say too little to echo ("TV", "down")


def headline_speaker(para: Para, qi: int, body: str) -> Event | None:
    """The event naming who says the quoted words at ``qi`` in headline ``para``: its
    label ("Clarke: ID cards '…'") or the subject of a verb of :data:`JUDGING` that opens
    the headline ("Reid attacks '…'"); None when the headline names no one before them."""
    tokens = para.tokens
    if tokens[qi].kind == "q" and _names_only(_fragment(para, qi)):
        return None  # "Blair attacks Tory 'Passport' scheme": a name or a title
    if qi + 1 < len(tokens) and tokens[qi + 1].lower in _OTHERS_TALK:
        return None  # "Hain hits out at 'Big Brother' critics": others' words
    if qi + 1 < len(tokens) and tokens[qi].kind == "q":
        words = para.text[para.spans[tokens[qi].quote].start :].split(None, 1)
        if words and words[0].lower().strip("'\"‘’“”") in _CLAIM_OPENERS:
            return None
    if qi and tokens[qi - 1].possessive:
        return None  # "hails Brown's 'prudent' budget": the owner's word
    label = headline_label(para, body)
    if label is not None and label.cue_index < qi:
        return label
    for v in range(1, qi):
        token = tokens[v]
        if token.kind != "w":
            return None  # a colon, a comma: no subject and verb before the words
        if token.lower not in JUDGING or v + 1 < len(tokens) and (
            token.lower in ("hits", "hit") and tokens[v + 1].lower != "out"
        ):
            continue
        if token.lower in _PRAISING and any(t.capitalised for t in tokens[v + 1 : qi]):
            return None  # "Blair backs Brown over 'prudent' budget": Brown's word, maybe
        mention = build(tokens[:v])
        if mention is None or mention.possessive or (
            mention.kind == "nominal" and not may_speak_alone(mention.head)
        ):
            return None
        return Event(token.text, v, mention, weak=True, first=0, last=v)
    return None


def headline_candidate(
    para: Para, k: int, qi: int, result: Attribution, event: Event | None, body: str
) -> Event | None:
    """For the quotation ``k`` of headline ``para`` read as a term, or credited to a name
    after it by a noun-like cue ("over 'broken' NHS promises": the promises are no verb
    here), the headline's own speaker (:func:`headline_speaker`); else None."""
    span = para.spans[k]
    after = (
        result.kind == "quote"
        and event is not None
        and event.first == qi + 1  # the name right after the words: "'broken' NHS"
        and event.cue.lower() in cue_lex.NOUN_LIKE_CUES
    )
    if span.continuation or not (result.kind == "term" or after) or _title_case(para.text):
        return None  # a title-case headline's words are read as they were (its verbs
    # and names are capitalised alike, and its quoted words are often a title's)
    return headline_speaker(para, qi, body)


# A body's quoted words that may echo a headline's fragment: the stems of its longer
# words (of a term or a short quote; else empty), its whole text in lower case, and its
# attribution.
Echo = tuple[set[str], str, Attribution]


def body_words(
    paras: list[Para], results: dict[tuple[int, int], Attribution]
) -> tuple[set[str], list[Echo]]:
    """The speakers the body (every paragraph after the headline) credits with quotes,
    and every quoted text of the body as an :data:`Echo`: word stems for every term and
    every short quote (up to :data:`_ECHO_WORDS` words), whole text for all."""
    said = {r.speaker for (p, _), r in results.items() if p and r.kind == "quote" and r.speaker}
    echoes = []
    for (p, k), r in results.items():
        span = paras[p].spans[k] if p else None
        if span is None:
            continue
        text = paras[p].text[span.start : span.end]
        short = r.kind == "term" or len(text.split(None, _ECHO_WORDS)) <= _ECHO_WORDS
        echoes.append((_stems(text) if short else set(), text.lower(), r))
    return said, echoes


def headline_quote(
    resolved: Attribution, fragment: str, body_said: set[str], echoes: list[Echo]
) -> Attribution | None:
    """``resolved`` (the headline speaker's attribution) as the fragment's, when that
    speaker is one of the body's speakers (``body_said``) and neither a word of
    ``fragment`` nor its whole text is echoed (:data:`Echo`) by a term or by another
    speaker's words; else None."""
    if resolved.speaker is None or resolved.speaker not in body_said:
        return None
    if fragment.lower().strip() in lexicon.TERM_MARKERS:
        return None  # "Brown attacks 'so-called' experts": a marker, no one's word
    stems = _stems(fragment)
    whole = _whole_words(fragment)
    for echoed, text, found in echoes:
        if found.kind == "quote" and found.speaker == resolved.speaker:
            continue
        if stems & echoed:
            return None  # "Corbett attacks 'dumbed-down TV'" over "the "dumbing down" of"
        if whole is not None and whole.search(text):
            return None  # "Reid attacks 'fat tax' idea" over a think-tank's "a fat tax"
    return replace(resolved, kind="quote")


def _fragment(para: Para, qi: int) -> str:
    """The words of the quotation token at ``qi`` of ``para``, without their marks."""
    span = para.spans[para.tokens[qi].quote]
    return para.text[span.start : span.end]


def _names_only(fragment: str) -> bool:
    """Is every word of ``fragment`` capitalised or a number ("Passport", "Big Brother",
    "Live 8", "The Wire"): a name or a title, never a subject's judging word?"""
    words = [w for w in fragment.split() if w[:1].isalnum()]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _whole_words(fragment: str) -> re.Pattern[str] | None:
    """A pattern finding ``fragment``'s whole text, as whole words, in lower-case text;
    None when the fragment holds no word."""
    text = fragment.lower().strip(" .,;:!?'\"‘’“”")
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)") if text else None


def _stems(text: str) -> set[str]:
    """The first letters of each longer word of ``text`` (hyphenated parts apart)."""
    words = text.lower().replace("-", " ").split()
    return {w.strip(".,;:!?'\"")[:_STEM] for w in words if len(w.strip(".,;:!?'\"")) >= _SHORT}


def _title_case(text: str) -> bool:
    """Is a headline written in title case: every longer word after the first, the
    quoted ones too, capitalised ("Warren: Trump Is a 'Proven Failure' in Business")?"""
    words = [w.strip(".,;:!?'\"‘’“”()") for w in text.split()[1:]]
    longer = [w for w in words if len(w) >= _SHORT - 1 and w[:1].isalpha()]
    return bool(longer) and all(w[:1].isupper() for w in longer)
