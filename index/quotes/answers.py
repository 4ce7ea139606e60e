"""A reported question and its answer: "Kell asked Ames whether he would resign." then
'"Never," he said.' is Ames's answer; the asker is not the "he" of the next sentence,
nor of the main clause after an opening one that puts the question ("When a reporter
asked Ames whether ..., she said: "…"").
A question quoted as put to the one who answers ('Asked "Will you go?", she said') is
not theirs (:func:`question_put`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from warreader.index.quotes import lexicon, name_lex
from warreader.index.quotes.events import Event
from warreader.index.quotes.reading import Para


def asker_runs(paras: list[Para], p: int, para: Para, event: Event, j: int) -> tuple:
    """The asker's name (a run of its words) when the sentence right before the pronoun's
    (token ``j`` of ``para``, paragraph ``p``; the last one of the paragraph before when
    it opens its own) reports a question put to someone named: "Kell asked Ames whether
    (if, why, about) ...", "When a reporter asked Ames about ...". The quotation after it
    is the answer, spoken by the one asked, so the asker is passed over (a person asked
    "to" do something is no question). Only a cue of answering passes over the asker ("he
    said", "he replied"; not '"Will you go?" he asked.', "he added", "he insisted"), and
    not when the main clause addresses or names the one asked ("he told him")."""
    if event.cue.lower() not in _ANSWERING or not all(
        t.kind == "w" and (t.lower in lexicon.ADVERBS or t.lower.endswith("ly"))
        for t in para.tokens[j + 1 : event.cue_index]
    ):  # "he insisted", "he added"; "he turned to the crowd and said": the asker's
        return ()
    s = para.sentence_of[j]
    own = _opening_question(para, j)
    if own is not None:
        if not _may_answer(para, own, event.mention.head) or _faces_asked(para, own, j):
            return ()
        return _runs(own)
    if s > 0:
        where, sentence = para, s - 1
    elif p > 0 and paras[p - 1].tokens:
        where = paras[p - 1]
        sentence = where.sentence_of[-1]
    else:
        return ()
    for asked in where.events_of(sentence):
        if _asks_someone(where, asked) or _puts_question(where, asked, event.mention.head) and (
            _reads_as_answer(para, j, event.cue.lower())
        ):
            return () if _faces_asked(para, asked, j, where) else _runs(asked)
    put = _puts_it_to(where, sentence, event.mention.head)
    if put and (_addresses_someone(para, j) or _addressed_quotation(para, j)):
        return ()  # "he told him", '"You promised ...," he said': who put it
    return put


def _puts_it_to(para: Para, sentence: int, pronoun: str) -> tuple:
    """The name opening ``sentence`` of ``para`` when its predicate puts a point to one
    of the ``pronoun``'s sex ("Presenter Tom Kell put it to him that the plan would cost
    more."): the next "he said" answers, and Kell, who put it, is passed over. Not when
    the point is put to one of the other sex ("put it to her"), nor to a name or a body."""
    tokens = para.tokens
    first = bisect_left(para.sentence_of, sentence)  # sentences run in token order
    last = bisect_right(para.sentence_of, sentence) - 1
    if first > last or tokens[first].kind != "w" or not tokens[first].capitalised:
        return ()
    end = first
    while end <= last and tokens[end].kind == "w" and tokens[end].capitalised:
        end += 1  # the opening name, perhaps after a title: "Presenter Tom Kell"
    k = end
    if k <= last and tokens[k].lower.endswith("ly"):
        k += 1  # "Kell then put it to him", "Kell repeatedly put it to him"
    if k <= last and tokens[k].lower == "then":
        k += 1
    objected = _OBJECT_PRONOUNS.get(pronoun)
    words = [t.lower for t in tokens[k : min(k + 4, last + 1)] if t.kind == "w"]
    if end == first or objected is None or words[:1] not in (["put"], ["puts"]):
        return ()
    if words[1:3] != ["it", "to"] and words[1:2] != ["to"] or objected not in words[2:4]:
        return ()
    name = [t.bare for t in tokens[first:end]]
    return (tuple(name[-2:]) if len(name) > 1 else (name[0],),)


_OBJECT_PRONOUNS = {"he": "him", "she": "her"}


# Verbs an answer is given with; not those of pressing ("insisted", "demanded",
# "warned", "shouted") nor of going on ("added"), which the asker may say as well.
_ANSWERING = lexicon.words(
    "said says replied replies answered answers responded responds retorted told tells "
    "explained explains admitted admits conceded concedes acknowledged denied denies "
    "confirmed confirms"
)


def _reads_as_answer(para: Para, j: int, cue: str) -> bool:
    """Do the quotations of the pronoun's sentence (token ``j``) read as the answer to a
    quoted question, not as the asker going on: a cue of replying ("he replied"), or one
    opening with an answer's word ("No," "Never," "I have not decided," "We will not") or
    as short as an answer's fragment (two words: "From savings"), and naming no "he" or
    "him" that may be the one asked ('"He did not," he said': the asker speaks of the one
    asked)?"""
    sentence = para.sentence_of[j]
    words = [
        _WORD.findall(para.text[para.spans[t.quote].start : para.spans[t.quote].end].lower())
        for k, t in enumerate(para.tokens) if t.kind == "q" and para.sentence_of[k] == sentence
    ]
    if not words or any(w in _THIRD for quoted in words for w in quoted):
        return False
    return cue in _REPLYING or bool(words[0]) and (
        words[0][0] in _ANSWER_OPENERS or len(words[0]) <= 2  # "From savings," he said
    )


_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_REPLYING = lexicon.words("replied replies answered answers responded responds retorted")
_ANSWER_OPENERS = lexicon.words(
    "yes no nope never not i i'm i’m i've i’ve i'd i’d we we're we’re we've we’ve"
)
_THIRD = lexicon.words("he him his he's he’s she her hers she's she’s")


def _faces_asked(para: Para, asked: Event, j: int, where: Para | None = None) -> bool:
    """Does the main clause of the pronoun at token ``j`` address or name the one asked
    in ``asked`` (of ``where``, ``para`` when None), so that the pronoun is the asker:
    an object pronoun ("When Kell asked Ames ..., he told him: "…"") or a name of the
    question's sentence other than the asker's ("..., he told reporters Ames had been
    "…"")?"""
    where = where or para
    sentence = where.sentence_of[asked.cue_index]
    asker = set(asked.mention.text.split())
    names = {
        t.bare for k, t in enumerate(where.tokens)
        if where.sentence_of[k] == sentence and t.kind == "w" and t.capitalised
        and k > where.floor_of[k] and t.bare not in asker
    }
    return _addresses_someone(para, j, names)


def _addresses_someone(para: Para, j: int, names: frozenset | set = frozenset()) -> bool:
    """Does the clause of the pronoun at token ``j`` of ``para``, up to its quotation,
    hold an object pronoun ("he told him") or one of ``names``?"""
    k = j + 1
    while k < len(para.tokens) and para.sentence_of[k] == para.sentence_of[j] and (
        para.tokens[k].kind != "q"
    ):
        token = para.tokens[k]
        if token.lower in ("him", "her") or token.capitalised and token.bare in names:
            return True
        k += 1
    return False


def _addressed_quotation(para: Para, j: int) -> bool:
    """Does the quotation before the pronoun at token ``j`` of ``para``, in its sentence,
    open on "You"/"Your" ('"You told voters there would be no new taxes," he said')? Such
    words press the point on the one it was put to: the one who put it speaks them."""
    first = bisect_left(para.sentence_of, para.sentence_of[j])
    for token in para.tokens[first:j]:
        if token.kind == "q":
            words = token.text.strip("\"'\u201c\u201d\u2018\u2019 ").split(None, 1)
            return bool(words) and words[0].lower() in ("you", "your")
    return False


def _runs(asked: Event) -> tuple:
    words = asked.mention.text.split()
    return (tuple(words[-2:]) if words[-1][:1].isupper() else (words[-1].lower(),),)


def _opening_question(para: Para, j: int) -> Event | None:
    """The question put to someone in the opening clause of the pronoun's own sentence,
    the pronoun (token ``j``) opening the main clause right after its comma: "When a
    reporter asked Ames whether ..., she said": the one asked answers, not the asker."""
    floor = para.floor_of[j]
    if j - 1 <= floor or para.tokens[j - 1].text != "," or (
        para.tokens[floor].lower not in _OPENING_WORDS
    ):
        return None
    return next(
        (e for e in para.events_of(para.sentence_of[j]) if floor < e.cue_index < j
         and _asks_someone(para, e)
         and all(t.text != "," for t in para.tokens[e.cue_index : j - 1])),
        None,
    )


_OPENING_WORDS = frozenset(("when", "after", "as", "once", "while"))


def _may_answer(para: Para, asked: Event, pronoun: str) -> bool:
    """May the person asked right after ``asked``'s cue be the ``pronoun`` ("he",
    "she")? Not when an honorific or a given name says the other sex ("When Tom Kell
    asked Ann Ames about the loans, he said": the asker speaks)."""
    k = asked.cue_index + 1
    if k >= len(para.tokens) or para.tokens[k].kind != "w":
        return True
    first = para.tokens[k].bare
    sex = name_lex.HONORIFICS.get(first.lower()) or name_lex.first_names().get(first.lower(), "u")
    return sex not in "mf" or sex == ("m" if pronoun == "he" else "f")


def _asks_someone(para: Para, event: Event) -> bool:
    """Is ``event`` a question put to a person named right after its cue ("asked Frank
    Ames whether ...", "asked him whether ...") or asked by one ("Ames was asked by Tom
    Kell whether ...", "Asked by a reporter about the loans, ...")?"""
    if event.cue.lower() not in _ASKING or event.mention.kind == "pronoun":
        return False
    tokens = para.tokens
    k = event.cue_index + 1
    if event.first == event.cue_index and _agent_asks(tokens, event):
        return True
    k += k < len(tokens) and tokens[k].lower == "by"
    start = k
    while k < len(tokens) and tokens[k].kind == "w" and tokens[k].capitalised:
        k += 1
    if k == start and k < len(tokens) and tokens[k].lower in ("him", "her"):
        k += 1  # "Ames asked him whether ...": the topic, asked, answers
    if start < k:
        k = _past_place(tokens, k)  # "asked Ames in Leeds whether"
    return start < k < len(tokens) and tokens[k].lower in _QUESTION_WORDS


def _puts_question(para: Para, event: Event, pronoun: str) -> bool:
    """Is ``event`` a question quoted as put to a person named right after its cue, whose
    honorific or given name says the ``pronoun``'s sex ('Paxman asked Mr Howard: "Did you
    threaten him?"', then '"No," he said.': Howard answers)? Not a question to a group
    or a body ("asked the audience:", "asked Downing Street:"), nor one asked of no one
    ('Howard asked: "Who believes him now?"'), nor a quotation that asks nothing."""
    tokens = para.tokens
    if event.cue.lower() not in _ASKING or event.mention.kind == "pronoun":
        return False
    k = start = event.cue_index + 1
    while k < len(tokens) and tokens[k].kind == "w" and tokens[k].capitalised:
        k += 1
    if k - start not in (2, 3) or k + 1 >= len(tokens) or tokens[k].text not in (":", ","):
        return False
    first = tokens[start].bare.lower()
    sex = name_lex.HONORIFICS.get(first) or name_lex.first_names().get(first, "u")
    if sex != ("m" if pronoun == "he" else "f") or tokens[k + 1].kind != "q":
        return False
    span = para.spans[tokens[k + 1].quote]
    return para.text[span.start : span.end].rstrip("\"”’' ").endswith("?")


def _agent_asks(tokens: list, event: Event) -> bool:
    """Is ``event``'s speaker the "by" agent of a passive question ("Ames was asked by a
    reporter whether ...", "asked on the radio by presenter Tom Kell about ...", "was
    questioned by police about ...")? The question, or its topic, follows the agent's
    phrase; "was asked by Kell to stand down" is a request, and no answer follows."""
    k = next((i for i in range(event.cue_index + 1, len(tokens))
              if tokens[i].start >= event.mention.start), len(tokens))
    by = k - 1
    while by > event.cue_index and tokens[by].kind == "w" and not tokens[by].capitalised and (
        tokens[by].lower != "by" and k - by <= 3
    ):
        by -= 1  # a role before the name: "by presenter Tom Kell"
    if k == len(tokens) or tokens[by].lower != "by":
        return False  # not the agent: "asked reporters whether", a subject before the cue
    k = next((i for i in range(k, len(tokens)) if tokens[i].start >= event.mention.end),
             len(tokens))
    opener = tokens[event.cue_index].capitalised  # "Asked by ..." opening its sentence
    k = _past_place(tokens, k, opener)  # "by a reporter in Dayton whether ..."
    if k < len(tokens) and tokens[k].text == "," and opener:
        return True  # "Asked by a reporter, Pence said ...": put to the clause's subject
    return k < len(tokens) and tokens[k].lower in _QUESTION_WORDS


_PLACE_PREPOSITIONS = frozenset(("in", "at", "on", "from", "outside"))
_PLACE_WORDS = 4  # words of a place ("in Dayton", "at the state fair")


def _past_place(tokens: list, k: int, comma: bool = False) -> int:
    """The index after a short place phrase at token ``k`` ("in Dayton", "at the state
    fair") that ends before a question word (or a comma, when ``comma``), else ``k``."""
    if k >= len(tokens) or tokens[k].lower not in _PLACE_PREPOSITIONS:
        return k
    end = k + 1
    while end < len(tokens) and end - k <= _PLACE_WORDS and tokens[end].kind == "w" and (
        tokens[end].lower not in _QUESTION_WORDS
    ):
        end += 1
    return end if end < len(tokens) and (
        tokens[end].lower in _QUESTION_WORDS or comma and tokens[end].text == ","
    ) else k


_ASKING = frozenset(("asked", "asks", "questioned", "quizzed", "pressed"))
_QUESTION_WORDS = frozenset(
    ("whether", "if", "why", "how", "what", "when", "where", "which", "who", "about")
)


def question_put(para: Para, qi: int) -> bool:
    """Is the quotation at token ``qi`` a question put to the one who answers, not theirs:
    right after an opening "Asked" or "When asked" ('Asked "Will you appeal?", she said:
    "…"') or after "was asked" ('She was asked "…?" and said ...'), or before "she was
    asked" ('"Will you appeal?" she was asked.')? The question is the reporter's, or
    no one's the article names; "Asked by Tom Kell "…?"" and 'She was asked "…?" by a
    reporter' are the asker's and read elsewhere (``given_words.given_speaker``)."""
    tokens = para.tokens
    if qi >= len(tokens) or tokens[qi].kind != "q":
        return False  # a quotation the reading left untokenised
    span = para.spans[tokens[qi].quote]
    if not para.text[span.start : span.end].rstrip("\"”’' ").endswith("?"):
        return False
    floor = para.floor_of[qi]
    k = qi - 1 - (qi - 1 > floor and tokens[qi - 1].text in (",", ":"))
    if k >= floor and tokens[k].lower == "asked":
        before = tokens[k - 1].lower if k > floor else ""
        return k == floor or before in lexicon.BE or (
            k - 1 == floor and before in _WHEN_ASKED
        )
    j = qi + 1 + (qi + 1 < len(tokens) and tokens[qi + 1].text == ",")
    if j < len(tokens) and tokens[j].lower in lexicon.PRONOUNS:
        j += 1
    else:
        while j < len(tokens) and tokens[j].kind == "w" and tokens[j].capitalised:
            j += 1
    return j + 1 < len(tokens) and tokens[j].lower in lexicon.BE and tokens[j + 1].lower == "asked"


_WHEN_ASKED = lexicon.words("when once if after")
