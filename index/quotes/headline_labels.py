"""A headline's label: "Ann Hale: Mill Plan Is 'Dead in the Water'", "Port Chief Ann Hale
on the Vote: 'We Lost'". The words before a headline's colon name who says the quotations
after it, even when the quotation does not follow the colon directly; the name ends at
"on" (the topic) or at a title-case headline verb ("Ann Hale Addresses the Strike:").
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex
from warreader.index.quotes.choice import chosen_events, subject_event
from warreader.index.quotes.event import Event
from warreader.index.quotes.mention_roles import is_role_word
from warreader.index.quotes.mentions import build
from warreader.index.quotes.reading import Para
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.whole_words import word_starts

# A headline's section or format words before a colon: "The Latest:", "Report:",
# "Exclusive:", "Watch:" name no speaker.
_SECTION_WORDS = lexicon.words(
    """
    latest report reports exclusive watch analysis breaking update updates video live
    opinion editorial poll explainer review interview podcast photos listen read
    """
)

# Title-case headline verbs of action, beside the verbs of saying: "Ann Hale Addresses
# the Strike:", "Ann Hale Endorses Tom Pike:" (the name ends before them).
_ACTION_VERBS = cue_lex.HEADLINE_VERBS | lexicon.words(
    """
    addresses responds reacts explains reveals defends endorses backs mocks dismisses
    rejects praised slammed blasted urged vowed admitted responded reacted explained
    revealed defended endorsed backed mocked dismissed rejected
    """
)

# Small words of a title-case clause that no name holds ("Pike Goes Back To Work:").
# Verbs of saying that no noun spells: "Tokyo says" is a speaker's, "Security warning"
# and "Disaster claims" may be nouns.
_ONLY_VERBS = lexicon.words("says said tells told asks asked adds added insists insisted")
_SMALL_WORDS = lexicon.words("with and for to in at by from the a an of")
_REACH = 10  # words of a label before the colon


def headline_label(para: Para, body: str = "") -> Event | None:
    """The label event of a headline ``para`` whose first sentence opens with a name (or
    a person described, "Port Chief") and a colon; None for a section word ("The Latest:")
    or a label in capitals ("HARBOUR WATCH:"). The name is the longest end of the label
    that the article's ``body`` writes ("McCain Rival Ann Hale:" is Ann Hale when the body
    says "Ann Hale"), else what follows a title or opens with a given name."""
    tokens = para.tokens
    j = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if j is None or j == 0 or j > _REACH or para.floor_of[j] != 0:
        return None
    label = tokens[:j]
    if any(t.kind != "w" and t.text != "." for t in label) or all(
        t.text.isupper() for t in label if t.kind == "w"
    ):
        return None
    if not label[0].capitalised or label[0].lower in _SECTION_WORDS or any(
        t.lower in _SMALL_WORDS for t in label
    ):
        return None  # "Farmer Comes Forward With Surprising Offer:": a clause, no label
    end = next(
        (k for k in range(1, j) if label[k].lower == "on" or (
            label[k].capitalised and label[k].lower in _ACTION_VERBS
        )),
        j,
    )
    first = 0 if _opens_name(label[0]) else _written_in(label, end, body)
    first = _person_start(label, end) if first is None else first
    mention = build(label[first:end])
    if mention is None or mention.possessive or mention.org:
        return None
    if mention.kind != "name" and mention.head not in job_lex.PERSON_NOUNS:
        return None
    return Event(":", j, mention, weak=True, first=0, last=j)


def _opens_name(word: Token) -> bool:
    """Does a label open with a given name or an honorific ("Ann Hale:", "Dr. Ann Hale:"),
    so that all of it is the name?"""
    return word.lower in name_lex.first_names() or word.lower.rstrip(".") in name_lex.HONORIFICS


def _written_in(label: list[Token], end: int, body: str) -> int | None:
    """The start of the longest end of ``label[:end]`` that ``body`` writes as it stands
    and that is a name (not a title alone); None if none is."""
    for m in range(end):
        if label[m].kind != "w" or not label[m].capitalised:
            continue
        words = label[m:end]
        text = " ".join(t.text for t in words).replace(" .", ".")
        if word_starts(text, body):
            mention = build(words)
            if mention is not None and mention.kind == "name":
                return m
    return None


def _person_start(label: list[Token], end: int) -> int:
    """Where the person's name starts in a title-case label ending at ``end``: after a
    title or job ("County Gov Fenn", "Port Hacker Vega"), or at a given name followed by
    more of the name ("Port Challenger Ann Hale"); 0 when neither stands in it."""
    given = name_lex.first_names()
    for m in range(end - 1, 0, -1):
        if label[m - 1].kind == "w" and is_role_word(label[m - 1]) and label[m].capitalised:
            return m
        if m + 1 < end and label[m].lower in given and label[m + 1].capitalised:
            return m
    return 0


def _own_cue(tokens: list[Token], j: int, qi: int) -> bool:
    """Does a verb of saying stand between the colon at ``j`` and the quotation at ``qi``
    ("Hale: port says timetable 'final'", "Hale: Pike Says Plan 'Dead'")?"""
    return any(
        t.kind == "w" and (
            t.lower in cue_lex.HEADLINE_VERBS if t.capitalised else t.lower in cue_lex.CUE_VERBS
        )
        for t in tokens[j + 1 : qi]
    )


def headline_chosen(
    para: Para, body: str | None
) -> tuple[list[tuple[Event | None, bool]], dict[int, Event]]:
    """:func:`chosen_events` of ``para``; and when it is a headline (``body`` is the
    article's body), its label (:func:`headline_label`) by quotation number, for each
    quotation after the colon with no other event and no verb of saying of its own after
    the colon ("Ann Hale: Port Says Plan 'Dead'" stays the port's). The label names the
    speaker only: whether the words are a quote or a term is decided without it."""
    if body is not None:  # "Security warning over 'FBI virus'": no "Security" speaks
        para.events = [e for e in para.events if not _unwritten_opener(para, e, body)]
    chosen = chosen_events(para)
    event = headline_label(para, body) if body is not None else None
    if event is None:
        return chosen, {}
    labels: dict[int, Event] = {}
    for k, (found, _) in enumerate(chosen):
        qi = para.q_index.get(k)
        if qi is None or qi <= event.cue_index:
            continue
        if found is not None and found.cue_index != event.cue_index or _own_cue(
            para.tokens, event.cue_index, qi
        ):
            continue
        labels[k] = event
    if labels:
        para.events.append(event)  # resolved with the paragraph's other events
    return chosen, labels


def headed_subject(para: Para, qi: int, body: str | None) -> Event | None:
    """:func:`subject_event` of the quotation at ``qi``, but in a headline (``body`` is the
    article's body) not a first word the body never writes as a name (see
    :func:`_unwritten_opener`)."""
    subject = subject_event(para, qi)
    return None if _unwritten_opener(para, subject, body) else subject


def _unwritten_opener(para: Para, event: Event | None, body: str | None) -> bool:
    """Is ``event``'s speaker a headline's first word, capitalised only as the headline's
    first, that the body never writes inside a sentence and either never writes at all
    or also writes in lower case ("Format wars could 'confuse users'", "Camera phones
    are 'must-haves'", "Security warning over 'FBI virus'")? A noun the headline opens
    with is no speaker; before "says" it is one, and so is a name the body writes only
    opening its sentences ("Zelensky vows 'victory'" over "Zelensky told ...")."""
    if body is None or event is None or event.mention.kind != "name" or (
        event.mention.start != para.tokens[0].start or " " in event.mention.text
    ) or event.cue.lower() in _ONLY_VERBS or event.cue == ":":
        return False  # "Tokyo says deflation 'controlled'", "Hale: 'We lost'": a speaker
    word = para.tokens[0].bare
    written = [  # True where inside a sentence, False where opening one
        body[max(0, at - 2) : at].strip() not in ("", ".", "!", "?", '"', "'")
        for at in word_starts(word, body)
    ]
    if any(written):
        return False  # a name inside a sentence
    lower = word.lower()  # "Zelensky told parliament": a name only opening sentences
    return not written or lower != word and bool(word_starts(lower, body))
