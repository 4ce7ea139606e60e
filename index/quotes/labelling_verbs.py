"""Labelling verbs: what a speaker calls something with the quoted words.

The vocabulary ("called", "branded", "derided", "described ... as") and the tests
``attribution.ArticleAttributor`` asks to tell a quote from a quoted term when such a
verb frames a quotation (:func:`labels_with_quote`, :func:`frames_own_words`,
:func:`labelled_before`). ``choice`` uses the words (:data:`LABELLING`, :data:`CALLING`,
:data:`FRAMING_CUES`) and :func:`framing_word` when it picks a quotation's event.
"""

from __future__ import annotations

from warreader.index.quotes import lexicon
from warreader.index.quotes.events import Event
from warreader.index.quotes.marks import Span
from warreader.index.quotes.quoted_context import PASSIVE, titled_quote
from warreader.index.quotes.reading import Para
from warreader.index.quotes.terms import may_speak_alone


def framing_word(para: Para, qi: int) -> str:
    """The word before the quotation at ``qi``, an article skipped, lower case ("as" in
    "... as a "disgrace""); "" at the paragraph's start."""
    back = qi - 1 if qi > 0 and para.tokens[qi - 1].lower not in lexicon.DETERMINERS else qi - 2
    return para.tokens[back].lower if back >= 0 else ""


LABELLING = lexicon.words(
    """
    call calls called brand brands branded dub dubs dubbed label labels labelled labeled
    calling branding dubbing labelling labeling
    deride derides derided characterise characterises characterised characterize
    characterizes characterized decry decries decried denounce denounces denounced
    deem deems deemed dismiss dismisses dismissed slam slams slammed blast blasts blasted
    condemn condemns condemned praise praises praised hail hails hailed
    """
)


def labels_with_quote(para: Para, subject: Event, qi: int) -> bool:
    """Does a named subject's verb label something with the quoted words ("Gibbs derided
    "the professional left"", "Mosman called it "distasteful""): a quote, not a term."""
    framed = para.tokens[qi - 1].lower == "as" or (  # "branded the complaint as "pathetic""
        qi > 1 and para.tokens[qi - 2].lower == "as" and para.tokens[qi - 1].lower in ("a", "an")
    )  # "characterized it as a "journey""
    return (
        (
            subject.mention.kind in ("name", "pronoun")
            or subject.mention.kind == "nominal"
            and may_speak_alone(subject.mention.head)
            and _verdict(para.tokens[qi].text)
        )  # "The former MP, expelled from the party, branded the plan "a disaster""
        and not _placed(para, subject)
        and para.tokens[subject.cue_index].lower in LABELLING
        and (qi - subject.cue_index <= 6 or framed)
    )


def _verdict(quoted: str) -> bool:
    """Do the quoted words hold a lower-case word besides an article ("a disaster",
    "nonsense"): a verdict, not a name given to a thing ("the Bowl", "H")?"""
    words = [w.strip(".,;:!?'\"‘’“”") for w in quoted.split()]
    return any(w[:1].islower() and w not in lexicon.DETERMINERS for w in words)


_NAMING = lexicon.words(
    """
    refer refers referred portray portrays portrayed cast casts casting identify
    identifies identified depict depicts depicted
    """
)


def frames_own_words(para: Para, qi: int, event: Event | None) -> bool:
    """Is the quotation at ``qi`` what a named speaker (or a pronoun) calls something,
    said with a labelling verb just before it ("Vane called the film "…"", "which she
    called "…"", "Hale referred to Pike as "…"")? Then it is the speaker's quote, even
    when the object is a noun that usually announces a title ("the show")."""
    if event is None or event.mention.kind not in ("name", "pronoun"):
        return False
    cue = para.tokens[event.cue_index]
    verb = cue.lower
    if event.mention.end > cue.start or not (
        verb in LABELLING or verb.startswith(FRAMING_CUES) or verb in _NAMING
    ):
        return False  # "a film called "…"", "was called "…" by": no speaker of its own
    if event.cue_index and para.tokens[event.cue_index - 1].lower in PASSIVE or _placed(
        para, event
    ):
        return False
    return 0 < qi - event.cue_index <= (8 if framing_word(para, qi) == "as" else 4)


def _placed(para: Para, event: Event) -> bool:
    """Is the event's name the object of a preposition ("A show on Channel 4 called "…"",
    "a band from Leeds called "…""): a place or a medium, no one labelling anything?"""
    k = next((i for i, t in enumerate(para.tokens) if t.start >= event.mention.start), 0)
    return k > 0 and para.tokens[k - 1].lower in _PLACING


_PLACING = lexicon.words("on in at from")


_SPEAKING_SUBJECT = lexicon.words("he she they i we who whom which that")


_HAVE = lexicon.words("has have had also")


def labelled_before(para: Para, qi: int, span: Span) -> bool:
    """Does a labelling verb in the active voice stand just before the quotation at
    ``qi``, after a pronoun, a relative or a name ("who he dubbed "…"", "Dale called
    the umpires "…"", "emails that called her a "…"")? Not "a formula called "…"",
    "is called "…"", "so-called "…"": those name something, they quote nobody; nor a
    capitalised name given to something ("deemed Tuesday "Free Harbour Day"")."""
    framed = framing_word(para, qi) == "as"
    reach = 8 if framed else 4
    for v in range(qi - 1, max(0, qi - CALLING_REACH) - 1, -1):
        token = para.tokens[v]
        if token.kind != "w":
            return False
        verb = token.lower
        if token.capitalised or not (
            verb in LABELLING and (qi - v <= reach or verb in CALLING)
            or verb in _NAMING and qi - v <= reach
            or framed and (verb.startswith(FRAMING_CUES) or verb in _AS_VERBS)
        ):
            continue
        if titled_quote(para.text[span.start : span.end]):
            return False  # asked only once a labelling verb is found: most quotations have none
        k = v - 1
        while k >= 0 and para.tokens[k].kind == "w" and (
            para.tokens[k].lower in _HAVE or para.tokens[k].lower.endswith("ly")
        ):
            k -= 1
        if k > 0 and para.tokens[k].text == "," and para.tokens[k - 1].capitalised:
            k -= 1  # "Her aide, Jake Sullivan, calls the plan a "…""
        if k < 0 or para.tokens[k].kind != "w":
            return False
        subject = para.tokens[k]
        return (
            subject.lower in _SPEAKING_SUBJECT
            or (subject.capitalised and k > para.floor_of[qi] and not subject.possessive)
            or (not subject.capitalised and may_speak_alone(subject.lower))
        )
    return False


# Verbs that name what their object is called, however long the object ("Kell called
# the plan to sell the old pier to a developer "a scandal"").
CALLING = lexicon.words("call calls called brand brands branded dub dubs dubbed")


CALLING_REACH = 16


# Verbs that cast something "as" what the speaker calls it ("rejected the idea as "…"").
_AS_VERBS = lexicon.words("reject rejects rejected defend defends defended")


FRAMING_CUES = ("describ", "liken", "compar", "dismiss", "brand", "label", "characteri")
