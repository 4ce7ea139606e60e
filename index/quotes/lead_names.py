"""Does the sentence after a description name the person it describes?

A news lead describes someone and the next paragraph names him: "A PR expert has told
the trial ..." then "Ann Kite told the court ..."; "France's finance minister has said
..." then "Herve Gaymard said he would ...". The name opens the sentence and a verb of
speech follows it ("said", "told"), or an appositive first that repeats the description's
noun ("John Marsh, an economist at Acme Bank, said ..." after "a leading economist"), or
any job at all after a description too vague to clash ("Tim Renner, the head of Universal
Music Germany, told ..." after "a leading industry figure").

Any other opening names another voice or another person, and the described one keeps
the description: a rival answering ("Tom Hale disagreed", "... hit back", "... denied",
"... countered", "... agreed"), someone asking ("Jane Cole asked whether ..."), arriving,
meeting or acted upon ("Tom Hale arrived in Leeds", "Peter Lowe was sacked"), a person of
the other sex ("A spokeswoman said ..." then "James Brook said"), one with another job in
apposition ("A lawyer for the family said ..." then "Simon Tate, the judge, told the
court"), or a person the lead already named ("A lawyer for Ann Kite said ..." then "Ann
Kite told reporters ...").

Without an appositive the name must speak with the lead's own verb when the lead's
description is an indefinite noun of debate ("A minister has said" then "Alan Reeve told
MPs ..." may be a rival; not "A senior doctor has warned" then "Ann Roe told ...", nor
after an admission, nor after "France's finance minister", an office of one holder), an
appositive must keep the description's qualifiers ("A union leader" is not "the leader
of a rival union", "A Labour spokesman" not "the Conservative spokesman"), and a sentence
that answers (a disagreement, "that was untrue"; a denial or "the claim" unless the same
testimony is told again) is another voice, save after an office of one holder. A
definite description ("The leader of the TGWU has said", see :mod:`lead_forward`) is
named only with its own verb ("according to" and a passive "described as ... by" are
saying); a name's sentence that speaks of the description's capitalised qualifier
("Labour had failed" after "A senior Labour councillor") or of its noun of debate ("meet
the union leader") names another; a title before the name ("Lord Fraser", "Professor Al
Green") and a post-nominal after it ("QC") are no words of it. An office's title must be
the description's noun ("Judge" for a judge, "Dr" for a doctor or a scientist: not "A
nurse at the hospital said" then "Dr Ann Hale said"), and a judge's or a legislator's
description is no peer's ("A senior judge" is not "Lord Hale"; see :func:`title_fits`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.mentions import Mention

# Verbs with which a news lead's next sentence names the person it described: plain
# reporting, never a reaction to someone else ("disagreed", "denied", "hit back",
# "countered", "agreed", "dismissed") nor a question put to someone ("asked").
NAMING_VERBS = lexicon.words(
    "said says told tells added adds explained explains recalled recalls testified "
    "wrote writes described describes"
)
OPENING_NAME = re.compile(
    r"([A-Z][a-z]+\.?(?: [A-Z][\w'’-]*[a-z][\w'’-]*){1,2})(?: (?:QC|KC|MP|MEP|MSP))?"
    r"(?:(, (?:the|a|an) [^,\"“”]{1,80},)|, (?:who|whose) [^,\"“”]{1,80},)? ([a-z]+)\b"
)  # "Ann Kite told", "Ann Kite, the head of Acme until May, told", "Ann Kite, whose son
# served in Iraq, told" (a relative clause is no appositive: it names no job); "Tom
# Hale QC said" (a post-nominal is no word of the name)
# A quotation opening a paragraph, then the words that credit it: '"We lost," Ann Kite told'.
QUOTE_FIRST = re.compile(r"[\"“][^\"“”]{1,1500}[\"”] (?=[A-Z])")


def given_word(name: str) -> tuple[str, str]:
    """The given name of ``name`` past a title, lower case, and the sex a title gives:
    "Lord Fraser" -> ("", "m"), "Professor Al Green" -> ("al", ""), "Ann Kite" ->
    ("ann", ""); a judge's "Justice" is no given name ("Lord Justice Hale" -> ("",
    "m"))."""
    words = name.lower().split()
    if is_titled(name):
        given = words[1] if len(words) > 2 and words[1] != "justice" else ""
        return given, name_lex.HONORIFICS.get(words[0], "")  # "Lord Justice Hale": ("", "m")
    return words[0], ""


def is_titled(name: str) -> bool:
    """Does ``name`` open with a title of :data:`_NAME_TITLES` ("Lord Fraser")?"""
    words = name.lower().split()
    return len(words) > 1 and words[0].rstrip(".") in _NAME_TITLES


# Titles a news paragraph may put before the full name of the person a lead described:
# "Lord Fraser said", "Professor Al Green said", "Rep. Tom Hale told".
_NAME_TITLES = lexicon.words("lord lady baroness sir dame dr professor prof rep sen gov judge")


def names_described(
    text: str, at: int, mention: Mention, before: list[str] | None, cue: str = "",
    one_holder: bool = False,
) -> bool:
    """Does ``text`` at ``at`` open on a full name that names the person ``mention`` (a
    description) describes: a verb of :data:`NAMING_VERBS` after the name or after an
    appositive that repeats the description's noun (any appositive when that noun is no
    listed job: "a leading industry figure") and keeps its qualifiers (see
    :func:`_apposition_clashes`), a given name of no other sex than the noun's, and,
    given ``before`` (the texts read so far), none of the name's words in them? Without
    an appositive the name speaks with the description's own verb ``cue`` ("A PR expert
    has told the trial ..." then "Ann Kite told the court"; not "A minister has said
    ..." then "Alan Reeve told MPs"), and in a sentence that answers nobody
    (:data:`_ANSWER`: "Tom Hale said he disagreed", "... that was untrue", "... he did not
    agree", "... the claim was nonsense"; a denial or "the claims" in the same testimony
    told again, "has told an inquiry" then "told the hearing she rejected ...", is her own
    story), save after an office of one holder (``one_holder``: "France's finance
    minister"), which no rival answers. The verb need not be the lead's for a noun of no
    debate ("A senior doctor has warned ..." then "Ann Roe told BBC Radio 4 ...") or after
    an admission ("A minister has admitted ..." then "Tony McNulty told MPs ...")."""
    found = OPENING_NAME.match(text, at)
    if found is None or found.group(3) not in NAMING_VERBS:
        return False  # "Tom Hale disagreed", "Jane Cole asked", "Tom Hale arrived"
    name, apposition, head = found.group(1), found.group(2), mention.head
    sentence = _SENTENCE.match(text, found.end()).group()
    verb, lead_verb = _stem(found.group(3)), _stem(_verb_of(cue))
    lead_verb = "say" if lead_verb in _CHARACTERISING else lead_verb  # "described as ... by"
    if not one_holder and (_ANSWER.search(sentence) or (
        _ANSWER_WORDS.search(sentence) and not (verb == lead_verb and verb != "say")
    )):
        return False  # "John Marsh told the BBC he disagreed with the adviser" (bblind26's F2)
    if not one_holder and head in DEBATING and re.search(
        rf"\b(?:the|a|an|its|their)\b[\w'’ -]{{0,30}}\b{re.escape(head)}\b", sentence
    ):
        return False  # "The leader of the TGWU has said ..." then "Tom Vale said he would
        # meet the union leader": a noun of debate spoken of is another person (a porter
        # may tell of "the porter on nights": narrow27's own story)
    if not one_holder and _speaks_of(mention.text, sentence):
        return False  # "A Labour councillor has said" then "Tom Vale said Labour had failed"
    if not apposition and cue and verb != lead_verb and (
        head in DEBATING and lead_verb not in _ADMITTING
        or mention.text.split()[0].lower() == "the"  # "The head of the inquiry has said"
    ):  # then "Lady Hale told MPs she would study the report" may be its reader
        return False  # "A senior minister has said ..." then "Alan Reeve told MPs ..."
    if apposition and _apposition_clashes(mention.text, head, apposition):
        return False  # "A union leader" is not "Peter Lyle, the leader of a rival union,"
    relative = text[found.end(1) : found.start(3)].lower()
    if relative.startswith(", who ") and head not in re.findall(r"[a-z]+", relative):
        return False  # "A Gold Star father said ..." then "Tom Hale, who organises the
        # service, told": a job or a deed of another; "whose son died" tells his story
    if head in job_lex.SPOKES and not apposition:
        return False  # "A Downing Street spokesman said ..." then "Michael Howard said ...":
        # a body's spokesman is answered by another voice, not named (bblind26's F2)
    if apposition and head in job_lex.PERSON_NOUNS and head not in (
        re.findall(r"[a-z]+", apposition.lower())
    ):
        return False  # "a lawyer for the family" is not "Simon Tate, the judge,"
    if is_titled(name) and not title_fits(name, head, apposition, one_holder):
        return False  # "A nurse at the hospital said ..." then "Dr Ann Hale said ...": an
        # office's title names its own holder, another (bblind29's F18-F20, F07, F06)
    first, titled = given_word(name)
    given = titled or name_lex.first_names().get(first, "u")
    sex = job_lex.PERSON_NOUNS.get(head, "")
    if sex in ("m", "f") and given in ("m", "f") and sex != given:
        return False  # "a spokeswoman" is not "James Brook", nor "Lady Hale"
    return before is None or _new_name(name, tuple(before))  # "a lawyer for Ann Kite"
    # is not "Ann Kite"


def title_fits(name: str, head: str, apposition: str | None, one_holder: bool = False) -> bool:
    """May the titled ``name`` ("Judge Ann Rook", "Lord Hale") be the one a description of
    noun ``head`` describes? An office's title (:data:`_OFFICE_TITLES`) only for a noun of
    that office ("Judge" for a judge or a coroner, "Sen." for a senator, "Dr" for a doctor
    or a scientist; not "Judge Ann Rook" for "a lawyer for the families", nor "Sen. Tom
    Hale" for "a police officer"); an honorific ("Lord", "Dame") for any noun but one whose
    holders bear an office's title (:data:`_TITLED_NOUNS`), where a judge needs a judge's
    ("Lord Justice Hale"; "A senior judge" is not "Lord Hale"). An ``apposition`` holding
    the noun ("Dr Ann Hale, a nurse at the hospital,") ties any title. After an office of
    one holder (``one_holder``: "Iraq's health minister" then "Dr Ann Alwan said") only an
    office's title of the bench or the legislature must agree; a doctor's or a peer's may
    hold any office."""
    if apposition and head in re.findall(r"[a-z]+", apposition.lower()):
        return True
    words = name.lower().split()
    title = words[0].rstrip(".")
    if title in _OFFICE_TITLES and not (one_holder and title not in _SEAT_TITLES):
        return head in _OFFICE_TITLES[title]
    if head in _TITLED_NOUNS:
        return head in _OFFICE_TITLES["judge"] and words[1] == "justice"
    return True


# Titles of an office and the nouns of a description their holders answer to.
_JUDGES = lexicon.words("judge judges justice magistrate coroner recorder sheriff")
_DOCTORS = lexicon.words(
    "doctor gp surgeon consultant physician psychiatrist psychologist paediatrician "
    "pediatrician pathologist anaesthetist dentist vet specialist epidemiologist "
    "virologist scientist researcher academic lecturer expert economist historian"
)
_OFFICE_TITLES = {
    "judge": _JUDGES,
    "gov": lexicon.words("governor"),
    "sen": lexicon.words("senator"),
    "rep": lexicon.words("congressman congresswoman representative lawmaker"),
    "dr": _DOCTORS | lexicon.words("professor"),
    "professor": _DOCTORS | lexicon.words("professor"),
    "prof": _DOCTORS | lexicon.words("professor"),
}
# Titles of a seat on the bench or in a legislature, and the nouns whose holders a news
# paragraph names by such a title, not an honorific.
_SEAT_TITLES = lexicon.words("judge gov sen rep")
_TITLED_NOUNS = frozenset().union(*(_OFFICE_TITLES[t] for t in _SEAT_TITLES))


@lru_cache(maxsize=256)
def _new_name(name: str, before: tuple[str, ...]) -> bool:
    """Is none of the words of ``name`` (past a title: "the Lord Chancellor") in the texts
    ``before``? Cached: a long lead of many descriptions asks once per name."""
    own = [w for w in name.split()[1:] if w != "Justice"] if is_titled(name) else name.split()
    return not any(re.search(rf"\b{re.escape(w)}\b", t) for w in own for t in before)


# The rest of a sentence (no stop before a space; a title's stop is rare in one).
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?![\"”’']?\s))*")
# Words of a sentence that answers someone: a denial, a disagreement, the words answered
# named ("the claim", "the warning"). Not a bare negation: "Paula Reid told the court she
# had never seen the man" tells her own story.
_ANSWER = re.compile(
    r"\b(?:disagree[ds]?|untrue|nonsense|rubbish|(?:not|n['’]t|never) (?:agree|accept|believe))\b",
    re.IGNORECASE,
)
# Words that answer someone only in another voice: a testimony told again holds them as
# the witness's own story ("told the hearing she had denied every allegation").
_ANSWER_WORDS = re.compile(
    r"\b(?:denie[ds]|deny|reject(?:ed|s)?|dismiss(?:ed|es)?|"
    r"the (?:claims?|warnings?|remarks?|comments?|criticism|accusations?))\b",
    re.IGNORECASE,
)
# Nouns of people in a debate, whom a rival answers by name in the next sentence ("A
# senior minister has said ..." then "Alan Reeve told MPs ..."): the next name speaks for
# the description only with its verb. Witnesses, doctors, soldiers tell their own story.
DEBATING = lexicon.words(
    """
    minister ministers mp mps senator senators congressman congresswoman official
    officials adviser advisers advisor spokesman spokeswoman spokesperson expert experts
    economist economists analyst analysts campaigner campaigners politician politicians
    councillor councillors leader leaders source sources insider insiders aide aides
    critic critics member members peer peers secretary candidate candidates governor
    lawmaker lawmakers diplomat diplomats
    """
)
# Verbs of an admission: one's own, never a rival's ("A minister has admitted ...").
_ADMITTING = lexicon.words("admit admitt conced concede confess acknowledg acknowledge")


def answers(text: str) -> bool:
    """Does ``text`` answer someone: a denial, a disagreement, "untrue", "the claims"
    (:data:`_ANSWER`, :data:`_ANSWER_WORDS`)?"""
    return bool(_ANSWER.search(text) or _ANSWER_WORDS.search(text))


def _speaks_of(description: str, sentence: str) -> bool:
    """Does ``sentence`` (the named person's) name a capitalised qualifier of the lead's
    ``description`` as a third party ("A senior Labour councillor" then "... said Labour
    had failed the town": another voice speaking of them)? Words match by a common start
    of three letters or more, all but the last letter of the shorter ("Tory", "Tories")."""
    quals = [re.sub(r"['’]s?$", "", w) for w in description.split()[1:] if w[:1].isupper()]
    return any(
        _alike(q, w) for q in quals if len(q) >= 3
        for w in re.findall(r"\b[A-Z][\w]+", sentence)
    )


def _alike(a: str, b: str) -> bool:
    """ "Tory" and "Tories", "Labour" and "Labour": a common start of three letters or
    more, all but the last letter of the shorter word."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3 and n >= min(len(a), len(b)) - 1


# Verbs that give the words as someone's name for a thing ("has been described as "a
# favour" by a former minister"), and "according to": the lead's saying, as "said" is
# the next paragraph's.
_CHARACTERISING = lexicon.words("describ brand call label labell dub dubb accord")
_AUXILIARIES = lexicon.words("has have had is was will would also later earlier again then")
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write"}


def _verb_of(cue: str) -> str:
    """The verb of a cue ("has told" -> "told", "told the court" -> "told")."""
    words = [w for w in cue.lower().split() if w not in _AUXILIARIES]
    return words[0] if words else ""


def _stem(verb: str) -> str:
    """ "said", "saying" -> "say"; "warned", "warns" -> "warn"."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    return re.sub(r"(?:ing|ed|es|s)$", "", re.sub(r"ie[sd]$", "y", verb))


# Words that make an appositive another holder of the described job: "the leader of a
# rival union", "the shadow Treasury minister", "a fellow MP".
_OTHER_HOLDER = lexicon.words("rival another fellow shadow opposition former other")


def _apposition_clashes(description: str, head: str, apposition: str) -> bool:
    """Does ``apposition`` (", the leader of a rival union,") describe another holder of
    the job ``description`` ("A union leader") names: a word of :data:`_OTHER_HOLDER` the
    description lacks, or a capitalised qualifier of the description that the appositive
    lacks ("A Liberal Democrat spokesman" then "the Conservative health spokesman", "A
    spokesman for the Tories" then "a spokesman for Labour")? Only for a listed job."""
    if head not in job_lex.PERSON_NOUNS:
        return False  # "a leading industry figure": any appositive
    mine, theirs = description.split(), re.findall(r"[\w'’]+", apposition)
    lowered = {w.lower() for w in mine}
    if any(w.lower() in _OTHER_HOLDER and w.lower() not in lowered for w in theirs):
        return True
    return any(w[:1].isupper() and w not in theirs for w in mine[1:])
