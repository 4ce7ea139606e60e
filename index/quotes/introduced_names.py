"""Is an unnamed person an article introduces named right after?

"A local man, Tom Hale, found the dog", "a man named Tom Hale was arrested", "Police spoke
to a man at the scene. He was later named as Tom Hale": the indefinite description ("a
local man") introduces someone whom the words after it name, in apposition or with
"named", "called" or "identified as"; a later "the man said" is that named person, not
an unnamed one (see :func:`owned_sources.introduced_unnamed`). A name met otherwise after
the introduction is somebody else ("One man in the crowd heckled Tom Hale", "a man, Tom
Hale's neighbour,").
"""

from __future__ import annotations

import re

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.undergoing import answers, backed, done_against, done_for, undergoes

_TITLES = r"(?:[A-Z][\w.'’-]*\s+){0,3}"  # "Sgt", "Tom", "Dr Ann"
_PASSIVE = (  # "was named as", "has since been named by police as"
    r"(?:was|is|(?:has|had)\s+(?:now\s+|since\s+)?been)\s+"
    r"(?:later\s+|locally\s+|officially\s+|formally\s+)?(?:named|identified)\s+"
    r"(?:locally\s+)?(?:by\s+[^,.;\"“”]{1,30}?\s+)?as\s+"
)


def _names_another(between: str, head: str) -> bool:
    """Does ``between`` (the words after the description, before ", Name") end on another
    person's noun, whom the name is in apposition to ("A man in the crowd heckled the
    minister, Tom Hale,": the minister; "A defendant with his solicitor, Tom Hale,")?"""
    words = between.split()
    last = words[-1].lower() if words else ""
    return bool(words) and last != head and (
        last in job_lex.PERSON_NOUNS or last in job_lex.PERSON_PLURALS
        or (words[-1][:1].isupper() and last in _PARTY_MEMBERS)
    )  # "heckled the Tory, Tom Hale,": a party's member is a person too (bblind26's F1b)


# A party's words for one member ("the Tory", "the Liberal Democrat"); not "Labour".
_PARTY_MEMBERS = frozenset(("tory", "democrat", "republican", "conservative", "libertarian"))


def _another_between(head: str, pronoun: str, between: str) -> bool:
    """Does a pronoun ``pronoun`` ("He", "She") naming someone after the introduction of
    ``head`` refer to another: of the other sex than ``head``'s noun ("A woman ..." then
    "He was named as"), or after a sentence, between the introduction and the pronoun,
    opening on another person ("A man was arrested. The victim died in hospital. He was
    named as ...": the victim)?"""
    sex = job_lex.PERSON_NOUNS.get(head, "")
    if sex in ("m", "f") and sex != ("m" if pronoun.lower() == "he" else "f"):
        return True
    other = "f" if pronoun.lower() == "he" else "m"
    first = _SENTENCE_SPLIT.split(between.strip(), maxsplit=1)[0]
    same = set() if _SUSPECT.search(first) else _REDESCRIBING.get(head, set()) | {"victim"}
    return any(
        (word != head or opening["article"] != "The") and word in job_lex.PERSON_NOUNS
        and job_lex.PERSON_NOUNS[word] != other
        and not (opening["article"] == "The" and word in same)
        and not any(w in job_lex.SPOKES for w in opening["words"].split())
        for opening in _SENTENCE_SUBJECT.finditer(between)
        for word in opening["words"].split()
    )  # "The driver was hurt", "A second man was hurt"; not "The man was held", nor "A
    # woman was also arrested" before "He was named as"; nor a spokesman who reports ("A
    # coastguard spokesman said he was lucky"), nor the same person described again after
    # an introduction that names no suspect ("A teenager has been rescued ... The boy, 16,
    # was treated ...", "A woman has been attacked ... The victim, 30, ..."; revNT27's N4)


# Verbs of a suspect in the introduction's sentence: another party (a victim) may follow.
_SUSPECT = re.compile(
    r"\b(?:arrested|charged|held|detained|questioned|jailed|convicted|sentenced|accused|"
    r"bailed|remanded|sought|wanted|fined|cautioned|suspected|quizzed)\b"
    r"|(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bbeing )"
    r"\b(?:shot|stabbed|hit|attacked|killed|punched|robbed|injured|hurt|struck)\b"
)  # "A man was charged", "An officer shot a man"; not "A woman has been attacked"
# Nouns that describe again the person an introduction's noun names ("A teenager ... The
# boy, 16,", "A woman ... The pensioner, 82,", "A man ... The father of two").
_REDESCRIBING = {
    "man": {"father", "grandfather", "pensioner", "husband", "widower"},
    "woman": {"mother", "grandmother", "pensioner", "wife", "widow"},
    "teenager": {"boy", "girl", "youth", "teen", "schoolboy", "schoolgirl", "pupil", "student"},
    "youth": {"boy", "teenager", "teen", "schoolboy", "pupil", "student"},
    "boy": {"teenager", "youth", "teen", "schoolboy", "pupil", "toddler", "child"},
    "girl": {"teenager", "teen", "schoolgirl", "pupil", "toddler", "child"},
    "child": {"boy", "girl", "toddler", "pupil"},
    "pensioner": {"man", "woman", "grandfather", "grandmother", "widow", "widower"},
}


# A sentence opening on a description: "The victim", "The injured driver".
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?P<article>The|A|An)\s+(?P<words>(?:[a-z-]+\s+){0,2}[a-z]+)\b(?![-'’])"
)


def named_since(pattern: re.Pattern[str], texts: list[str], name: str) -> bool:
    """Is the person the last match of ``pattern`` (the introduction) in ``texts`` (the
    paragraphs read up to the description, in order) named ``name`` right after it: in
    apposition (", Tom Hale,", "at the clinic, Ann Cole,"), by "named" or "called" ("a
    man named Tom Hale", "a guard, named locally as Tom Hale"), or by a passive naming
    after it ("He was later named as Tom Hale"; not "who named Tom Hale as ...")?

    The patterns are the same for every name: the surname is compared after them
    (:func:`_named_right_after`), and the passive's pattern, which holds the surname, is
    made only when the surname stands after an "as" (with up to three title words) after
    the introduction: every passive naming ends on "as"."""
    surname = name.split()[-1]
    for k in range(len(texts) - 1, -1, -1):
        matches = list(pattern.finditer(texts[k]))
        if matches:
            end = matches[-1].end()
            head = matches[-1].group().split()[-1].lower()
            found = _named_right_after(texts[k], end, surname)
            if found is not None and not _names_another(found, head):
                return True
            after = [texts[n][end:] if n == k else texts[n] for n in range(k, len(texts))]
            if not any(
                surname in text and any(
                    _names_at(text, as_.end(), surname) for as_ in _AS_AFTER_SPACE.finditer(text)
                ) for text in after
            ):
                return False  # no "as" + the name after the introduction: no passive naming
            passive = re.compile(  # "He was later named as ...", "The injured man, from
                # Leeds, was named as ..."; not "The victim was named as Tom Hale" after "A
                # man was arrested" (bblind26): another noun is another person
                rf"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}{re.escape(head)})"
                rf"(?:,[^,.;\"“”]{{1,40}},)?\s*,?\s*(?:who\s+)?{_PASSIVE}{_TITLES}"
                rf"{re.escape(surname)}\b(?!['’]s)"
            )
            between = ""
            for text in after:
                naming = passive.search(text)
                if naming is not None:
                    return not naming["pronoun"] or not _another_between(
                        head, naming["pronoun"], between + " " + text[: naming.start()]
                    )
                between += " " + text
            return False
    return False


# The pieces of the apposition or naming right after an introduction, the same for every
# name: up to 40 characters between ("who lives next door", "aged 52", "at the ..."), no
# comma, stop or quotation mark among them, then ", " or ",? named|called (locally) (as)",
# then ``_TITLES`` and the surname (compared in Python), then no possessive "'s".
_BETWEEN_STOPS = frozenset(",.;\"“”")
_BETWEEN_MOST = 40
_NAMED = re.compile(r",?\s+(?:named|called)\s+")
_LOCALLY = re.compile(r"locally\s+")
_AS = re.compile(r"as\s+")
_TITLE_WORD = re.compile(r"[A-Z][\w.'’-]*\s+")
_SURNAME_END = re.compile(r"\b(?!['’]s)")
# "as" and the spaces after it, where every passive naming (``_PASSIVE``) ends: the
# surname is looked for after each before the passive's pattern is made for it.
_AS_AFTER_SPACE = re.compile(r"(?<=\s)as\s+")


def _named_right_after(text: str, end: int, surname: str) -> str | None:
    """The words between the introduction ending at ``end`` and ``surname`` named right
    after it (the fewest that lead to the name), or None when it is not.

    The same matches as the regular expression
    ``(?P<between>[^,.;"“”]{0,40}?)(?:, |,?\\s+(?:named|called)\\s+(?:locally\\s+)?(?:as\\s+)?)`` +
    ``_TITLES`` + the escaped surname + ``\\b(?!['’]s)`` matched at ``end``, without a
    pattern compiled per surname: each way the words after the introduction may lead to
    the titles is tried, and the titles are walked one word at a time (each word runs to
    the spaces after it, so there is one walk)."""
    for q in range(end, min(end + _BETWEEN_MOST, len(text)) + 1):
        if q > end and text[q - 1] in _BETWEEN_STOPS:
            return None  # the words between hold no comma, stop or quotation mark
        starts = [q + 2] if text.startswith(", ", q) else []
        if (named := _NAMED.match(text, q)) is not None:
            for at in (named.end(), *_after(_LOCALLY, text, named.end())):
                starts += [at, *_after(_AS, text, at)]
        if any(_names_at(text, at, surname) for at in starts):
            return text[end:q]
    return None


def _after(words: re.Pattern[str], text: str, at: int) -> list[int]:
    """Where ``words`` matched at ``at`` end, if they match there."""
    found = words.match(text, at)
    return [found.end()] if found is not None else []


def _names_at(text: str, at: int, surname: str) -> bool:
    """Does ``surname`` stand at ``at`` or after up to three title words ("Sgt", "Tom",
    "Dr Ann") from it, followed by no word letter and no possessive "'s"?"""
    for _ in range(4):
        if text.startswith(surname, at) and _SURNAME_END.match(text, at + len(surname)):
            return True
        title = _TITLE_WORD.match(text, at)
        if title is None:
            return False
        at = title.end()
    return False


# A definite description of ``head`` (group "words"), at most two words before the noun.
_DEFINITE = (  # not "the vote for mayor": no preposition between
    r"\b(?P<words>[Tt]he (?:(?!(?:for|of|to|in|on|at|by|with|from|and|or)\b)[a-z-]+ ){{0,2}}?"
    r"{head})\b(?![-'’])"
)
# Words that make the noun the named person's own: "Ann Roe is the doctor", "as the doctor".
_LINKING = lexicon.words(
    "is was are were be been being became becomes become remains remained as named "
    "appointed made called"
)
_APPOSED = re.compile(r"[^,.;\"“”]{0,40}?,\s+(?:[A-Z][\w.'’-]*\s+){0,3}")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+")


def described_apart(texts: list[str], head: str, name: str) -> str | None:
    """ "The doctor treated Ann Roe", "Ann Roe thanked the doctor (Tom Hale had sent)":
    the words of the last definite description of ``head`` in ``texts`` (the paragraph
    before the description and its own text before it), when its sentence names the
    person ``name`` apart from it, a second participant: not in apposition ("the doctor,
    Ann Roe,", "Ann Roe, the doctor,"), not named right after it ("the veteran striker Tom
    Hale"; another name there is no matter: "the doctor Tom Hale had sent" is still not
    Ann Roe), not linked to it ("Ann Roe is the doctor", "works as the doctor", "became
    the doctor"); None otherwise."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b(?![’']s)")  # not "Blair's aide"
    pattern = re.compile(_DEFINITE.format(head=re.escape(head)))
    for text in reversed(texts):
        sentences = _SENTENCE_SPLIT.split(text)
        for sentence in reversed(sentences):
            found = list(pattern.finditer(sentence))
            if not found:
                continue
            last = found[-1]
            if not surname.search(sentence):
                return None  # the description met apart from the person: not this rule's
            before = sentence[: last.start()].split()
            after = sentence[last.end() :]
            named = re.match(r",?\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)", after)
            if named and surname.search(named.group(1)):
                return None  # "the doctor, Ann Roe,", "the striker Tom Hale": the person
            if before and (before[-1].endswith(",") or before[-1].lower() in _LINKING):
                return None  # "Ann Roe, the doctor,", "Ann Roe is the doctor"
            later = surname.search(after)
            between = after[: later.start()] if later else ""
            if later and (_APPOSED.fullmatch(between) or any(
                w.lower().strip(",") in _LINKING for w in between.split()
            )):
                return None  # "the new doctor at the clinic, Ann Roe,", "The doctor who
                # treated him was Ann Roe", "the doctor, named as Ann Roe"
            if _aside_before(sentence[: last.start()], surname) or (
                later and before and _answers_as_subject(
                    between, after[later.end() :], head, sentence[: last.start()]
                )
            ):
                return None
            return last["words"][0].lower() + last["words"][1:]
    return None


# "Tom Hale - the doctor ...", "Tom Hale (the doctor", "Tom Hale, then the doctor on duty,":
# the name right before an aside that describes him.
_ASIDE = re.compile(r"(?:\s*[-–—]\s*|\s*\(\s*|,\s+(?:then|now|formerly|once)\s+)")
# A clause boundary before the name opening the next clause: ", but Gordon Brown was
# unmoved", "; Ann Roe insisted", "and Tom Hale admitted".
_CLAUSE_THEN_NAME = re.compile(
    r"(?:,\s*(?:but|and|while|though|although|yet|whereas)|;|\s(?:but|whereas|yet))\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3})$"
)
# Title words before a name that give it a post of its own ("but Supt Tom Hale", "and Prime
# Minister Tom Hale"): not the honorifics ("Mr", "Dr").
_RANKS = (name_lex.TITLES | lexicon.words("supt insp det pc dc ds di dci pcso")) - set(
    name_lex.HONORIFICS
)
# Posts one named person holds, whom a description of the post may be answering as: the
# offices, and a team's or a paper's own ("the captain", "the editor"); no passer-by's noun.
_POSTS = job_lex.OFFICES | lexicon.words("captain skipper head headteacher founder editor owner")
# An object pronoun in the name's clause: another person acts on the described one ("but Ann
# Roe defended him", "and Ann Roe thanked her for it"); not "her" before a noun (hers).
_OBJECT_PRONOUN = re.compile(
    r"\bhim\b|\bher\b(?=\s*(?:[.,;!?]|$|(?:for|of|as|to|in|on|at|with|after|over|and|but)\b))"
)
_OTHER_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+([^,.;]{1,60}),")


def _aside_before(before: str, surname: re.Pattern[str]) -> bool:
    """Does ``before`` (the sentence up to the description) end on the person's name and an
    aside opening on the description ("Tom Hale - the doctor who treated the boy -", "Police
    questioned Tom Hale, then the doctor on duty,"): the person, not a second participant?"""
    names = list(surname.finditer(before))
    return bool(names) and _ASIDE.fullmatch(before[names[-1].end() :]) is not None


def _answers_as_subject(between: str, rest: str, head: str, before: str) -> bool:
    """Is the name after the description the subject of a clause of its own after a
    boundary (``between``: ", but", ", and", ";"), the described one answering what was
    done to the description in the clause before ("Tory MPs turned on the home secretary,
    but Charles Clarke refused to quit"; revNT27's N6), not another person acting on it
    (``rest``, the words after the name: "but Ann Roe defended him") nor one whom an
    appositive describes otherwise ("and Tom Hale, a passenger, was hurt"), nor one to
    whom something happens (:func:`undergoing.undergoes`: "Police arrested the driver, and
    Tom Hale was taken to hospital" names a second person; "Critics turned on the striker,
    but Ben Fry refused to apologise" is the striker answering, bblind28 SL01-SL04). For a
    description that is no office, the clause before (``before``) acts against it and the
    name's clause answers (:func:`undergoing.done_against`, :func:`undergoing.answers`)."""
    boundary = _CLAUSE_THEN_NAME.search(between)
    if boundary is None or any(
        w.lower() in _RANKS and w.lower() not in head.split() for w in boundary[1].split()
    ):
        return False  # "Police arrested the driver, but Supt Tom Hale refused to comment"
    clause = re.split(r"[;]|,\s*(?:but|and|while|though|although)\s", rest, maxsplit=1)[0]
    contrast = re.search(r"\b(?:but|while|though|although|yet|whereas)\b", between) is not None
    upheld = backed(rest) and (done_against(before) if contrast else done_for(before))
    if _OBJECT_PRONOUN.search(clause) or undergoes(rest) and not upheld:
        return False
    if head not in _POSTS and not (answers(rest) and done_against(before)) and not upheld:
        return False  # "Medics treated the victim, and Tom Hale praised their work" or
        # "... but Tom Hale denied any wrongdoing": a third person may act so; only an
        # office's holder is renamed by any act ("Critics attacked the chancellor, and Tom
        # Hale defended the budget")
    apposed = _OTHER_APPOSITIVE.match(rest)
    return apposed is None or head in apposed.group(1).split()
