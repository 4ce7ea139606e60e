"""Which speech event a quotation takes, and whether it is a quote or a quoted term.

A quotation takes the event right after it ("…,” he said), else the nearest one before
it in its sentence ("Reznikov said “…”"), else one later in the sentence; failing that,
the paragraph's other quotations lend theirs (:class:`_Lenders`).
"""

from __future__ import annotations

from bisect import bisect_right

from warreader.index.quotes import lexicon
from warreader.index.quotes.events import Event
from warreader.index.quotes.marks import Span
from warreader.index.quotes.ordered import SpanIndex
from warreader.index.quotes.phrases import left_phrase
from warreader.index.quotes.reading import _Para
from warreader.index.quotes.subjects import subject_before

_NEAR = 3  # tokens between a quotation and the event that follows it


_WINDOW = 80  # tokens around a quotation where its event may be


def _pick_event(para: _Para, qi: int, same: SpanIndex) -> tuple[Event | None, bool]:
    """The event of the quotation at token ``qi`` among its sentence's events ``same``,
    and whether it is near (bounded to a window of tokens around the quotation)."""
    after = same.starting(qi, qi + _WINDOW)
    before = same.ending(qi - _WINDOW, qi)
    if after:
        e = after[0]
        between = para.tokens[qi + 1 : e.first]
        follows = para.tokens[e.last + 1 : e.last + 3]
        introduces_next = len(follows) == 2 and follows[0].text == ":" and follows[1].kind == "q"
        if (
            len(between) <= _NEAR
            and all(t.kind == "p" for t in between)
            and not (introduces_next and before)
        ):
            return e, True
    back = qi - 1 if qi > 0 and para.tokens[qi - 1].lower not in ("a", "an", "the") else qi - 2
    framed = back >= 0 and para.tokens[back].lower in ("as", "to")  # "... as a "disgrace""
    strong_before = [
        e
        for e in before
        if not e.weak
        or qi - e.last <= 3
        or framed and e.cue.lower().startswith(_FRAMING_CUES)  # described the plans as "..."
    ]
    if strong_before:
        e = _outermost(para, strong_before)
        return e, qi - e.last <= 4
    strong_after = [
        e
        for e in after
        if not e.weak
        and not any(t.lower in ("which", "who", "whom") for t in para.tokens[qi + 1 : e.first])
    ]
    if strong_after:
        return strong_after[0], False
    return None, False


def _subject_of_quoted(para: _Para, qi: int) -> bool:
    """Is the sentence before the quotation at ``qi`` only a name, the subject of the
    quoted predicate ("Mr Sullivan "made accounting decisions," he told the court")?"""
    floor = para.floor_of[qi]
    if floor >= qi:
        return False
    words = left_phrase(para.tokens, qi)
    return len(words) == qi - floor and all(t.kind == "w" for t in words)


def _outermost(para: _Para, before: list[Event]) -> Event:
    """The event a quotation after ``before`` belongs to: the last one, unless it stands
    in the reported clause of the one before it ("Ms Cooper said Mr Sullivan had not
    mentioned "anything uncomfortable"" is Cooper's): then the reporting one."""
    e = before[-1]
    if len(before) < 2:
        return e
    outer = before[-2]
    between = para.tokens[outer.last + 1 : e.first]  # nothing, or "that"
    if outer.last < e.first and len(between) <= 1 and all(t.lower == "that" for t in between):
        return outer
    return e


def _subject_event(para: _Para, qi: int) -> Event | None:
    """A quotation with no speech event in its sentence is the words of the sentence's
    subject when it stands in that subject's predicate ("Hoover estimated that there are
    "…"", "Gibbs derided "the professional left""): the subject is who speaks."""
    if not 0 <= qi < len(para.tokens):
        return None
    token = para.tokens[qi]  # a quotation's own token (a look-up: `in values()` was a scan)
    if token.kind != "q" or para.q_index.get(token.quote) != qi:
        return None
    found = subject_before(para.tokens, qi, para.floor_of[qi])
    if found is None:
        return None
    mention, verb = found
    if mention.kind == "nominal" and not _may_speak_alone(mention.head):
        return None
    return Event(para.tokens[verb].text, verb, mention, weak=True, first=verb, last=verb)


_LABELLING = lexicon.words(
    """
    call calls called brand brands branded dub dubs dubbed label labels labelled labeled
    deride derides derided characterise characterises characterised characterize
    characterizes characterized decry decries decried denounce denounces denounced
    deem deems deemed dismiss dismisses dismissed slam slams slammed blast blasts blasted
    condemn condemns condemned praise praises praised hail hails hailed
    """
)


def _labels(para: _Para, subject: Event, qi: int) -> bool:
    """Does a named subject's verb label something with the quoted words ("Gibbs derided
    "the professional left"", "Mosman called it "distasteful""): a quote, not a term."""
    framed = para.tokens[qi - 1].lower == "as"  # "branded the complaint as "pathetic""
    return (
        subject.mention.kind in ("name", "pronoun")
        and para.tokens[subject.cue_index].lower in _LABELLING
        and (qi - subject.cue_index <= 6 or framed)
    )


def _may_speak_alone(head: str) -> bool:
    return (
        head in lexicon.PERSON_NOUNS
        or head in lexicon.PERSON_PLURALS
        or head in lexicon.ORG_NOUNS
        or head in lexicon.DOCUMENT_NOUNS
    )


def _is_term(para: _Para, qi: int, span: Span, near: bool, has_event: bool) -> bool:
    words = para.text[span.start : span.end].split()
    prev = []
    for t in reversed(para.tokens[max(0, qi - 2) : qi]):
        if t.kind != "w":
            break
        prev.insert(0, t.lower)
    if prev and prev[-1] in lexicon.TERM_MARKERS or "as" in prev[-1:] and "known" in prev:
        return True
    if prev and prev[-1] == "called" and not near:
        return True
    nxt = para.tokens[qi + 1] if qi + 1 < len(para.tokens) else None
    if len(words) == 1 and nxt is not None and nxt.lower in _WORD_AS_SUBJECT:
        return True  # '"blog" was the word of the year': the word itself is the topic
    sentence_like = len(words) >= 4 or para.text[span.end - 1] in ".!?…"
    if sentence_like:
        titled = all(
            w[0].isupper()
            or w.lower()
            in lexicon.NAME_PARTICLES | {"of", "the", "and", "a", "in", "on", "to", "for"}
            for w in words
        )
        return titled and len(words) <= 6 and not has_event
    return not (near or has_event)


class _Lenders:
    """Events a quotation without its own may borrow, found in O(log n) per quotation.

    ``before(qi)``: the latest event ending before token ``qi`` that is a strong cue or
    was used by another quotation ("A," he said. "B."). ``after(k)``: the event of a
    later quotation attributed right after itself ("A. "B," he explained."), unless
    another speech event stands between them.
    """

    def __init__(self, para: _Para, chosen: list[tuple[Event | None, bool]]) -> None:
        used = {id(e) for e, _ in chosen if e is not None}
        # A sentence whose quotation took one event lends only that one: "“A,” Trump
        # assured Jones, after Jones assured Trump that ... “B.”" is Trump's B.
        quoting = {para.sentence_of[e.cue_index] for e, _ in chosen if e is not None}
        eligible = sorted(
            (
                e
                for e in para.events
                if id(e) in used
                or not e.weak and para.sentence_of[e.cue_index] not in quoting
            ),
            key=lambda e: e.last,
        )
        self._lasts = [e.last for e in eligible]
        self._eligible = eligible
        self._next: list[Event | None] = [None] * len(chosen)
        following: Event | None = None
        starts = sorted(e.first for e in para.events)
        for k in range(len(chosen) - 1, -1, -1):
            qi = para.q_index.get(k, -2)
            self._next[k] = following
            event, near = chosen[k]
            if event is not None and near and event.first > qi:
                following = event
            previous = para.q_index.get(k - 1, -2) if k else -2
            if bisect_right(starts, qi) - bisect_right(starts, previous):
                following = None  # another speech event between the two ends the lending

    def before(self, qi: int) -> Event | None:
        """The latest lendable event ending before token ``qi``."""
        i = bisect_right(self._lasts, qi - 1)
        return self._eligible[i - 1] if i else None

    def after(self, k: int) -> Event | None:
        """The event of the next quotation attributed right after itself."""
        return self._next[k]


_FRAMING_CUES = ("describ", "liken", "compar", "dismiss", "brand", "label")


_WORD_AS_SUBJECT = lexicon.words(
    "was is has had were are means meant headed topped became remains comes came"
)


def _phrase_like(text: str, span: Span) -> bool:
    """A short quoted phrase that is no sentence: a term when nobody says it."""
    return text[span.end - 1] not in ".!?…,;:" and len(text[span.start : span.end].split()) < 8
