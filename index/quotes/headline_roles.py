"""A headline whose speaker is a bare role or party: "Black Watch move 'political', says
MP", "Longbridge workers 'betrayed', says union", "Waiting lists 'a disgrace', says Tory",
"'Don't punish savers', Tories tell Brown".

A headline names its speaker by a bare noun when the lead says who it is: the lead
repeats the headline's words in a quotation of that speaker ("... have been "betrayed",
the leader of the TGWU has said"), and that quotation's speaker is the headline's. Only
the lead (the first paragraph after the headline) is read for the words: a later
paragraph repeating them is often a rival answering ("Ministers denied the move was
"political""). The lead's speaker must fit the noun: for a party, that party alone named
beside the speaker ("Tory leader Tom Pike", "the leader of the Welsh Conservatives";
"says Tory" is no "Labour MP", nor a person named with no party); for a person, no other
office ("says MP" is no "the defence minister", though a former one may be the MP; "says
judge" is no lawyer); for "union", no minister or firm. When the lead's speaker of the
words does not fit, the noun stays. With no such quotation in the lead, a later one
repeating the words is the headline's when its speaker fits ("School plan 'a con', says
MP" over a lead quoting one MP and a second paragraph where another MP calls it "a con"),
else the noun stays; with none at all, a person noun is the first body speaker whose
role holds that noun ("Labour MP Ann Hale"). This is read
only for verbs of saying ("says MP", "Tories tell"); a headline verb of judging may take
others' words ("Minister hails 'record' figures": the statisticians' word). A party in
the plural ("Tories accuse ...") is the party the body names ("the Conservatives"),
whatever the verb: the same speaker, by its name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.affiliations import PARTIES
from warreader.index.quotes.entities import Registry
from warreader.index.quotes.reading import Attribution, Para

# Bodies a headline names by a bare noun (beside parties and people: "says union").
_BODY_NOUNS = lexicon.words("union unions")
# A party named in the plural is the party itself ("Tories tell Brown"); in the singular,
# one of its members ("says Tory").
_PARTY_PLURALS = lexicon.words("tories conservatives democrats republicans labour gop")
# Heads of a description that any role may hold: "the leader of the TGWU" may be the
# union's voice, "a Labour backbencher" the MP. Any other person noun is another role.
_GENERIC = lexicon.words(
    """
    leader head chief member figure politician backbencher frontbencher campaigner
    veteran colleague person man woman
    """
)
# What a union is not: the government or the employer it faces.
_NOT_UNION = lexicon.words(
    """
    minister ministers secretary chancellor government department firm company employer
    employers management boss bosses spokesman spokeswoman executive
    """
)
_FORMER = lexicon.words("former ex")
# Headline verbs by which the noun says the words itself ("says MP", "Tories tell");
# verbs of judging ("hails", "attacks", "admits") may take others' words.
_SAYING = lexicon.words("says say tells tell warns warn insists insist claims claim urges urge")
_SMALL = lexicon.words("a an the of to and in on is are was were be it its for that this")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STEM = 5  # letters two words share to be forms of one word ("betrayed", "betrayal")
_MOST = 0.75  # share of a longer fragment's words the lead's quotation must hold
_LONGER = 4  # words from which a fragment may be echoed in part


def bare_noun(found: Attribution) -> str | None:
    """The noun, in lower case, of a headline speaker written as a bare role, party or
    body ("MP", "union", "Tory", "Tories", "ex-aide"); None for any other speaker."""
    mention = found.mention or ""
    if found.kind != "quote" or not found.speaker or " " in mention.strip():
        return None
    noun = mention.strip().lower()
    noun = noun[3:] if noun.startswith("ex-") else noun
    if noun in PARTIES and not mention[:1].isupper():
        return None  # "a conservative" is no Tory
    if noun in job_lex.PERSON_NOUNS and noun not in job_lex.NATIONALITIES or (
        noun in PARTIES or noun in _BODY_NOUNS
    ):
        return noun
    return None


def settle_headline_roles(
    out: list[Attribution],
    paras: list[Para],
    results: dict[tuple[int, int], Attribution],
    registry: Registry,
) -> None:
    """Give each of the headline's quotations (``out``, the attributions of ``paras[0]``'s
    spans, kept in ``results`` too) whose speaker is written as a bare role, party or body
    ("says MP") the speaker the lead or the body names (:func:`headline_role`)."""
    head = paras[0]
    for k, span in enumerate(head.spans):
        found = headline_role(head.text[span.start : span.end], out[k], paras, results, registry)
        if found is not None:
            out[k] = results[(0, k)] = found


def headline_role(
    fragment: str,
    found: Attribution,
    paras: list[Para],
    results: dict[tuple[int, int], Attribution],
    registry: Registry,
) -> Attribution | None:
    """The speaker a headline's bare noun (:func:`bare_noun` of ``found``, its
    attribution of the quoted ``fragment``) stands for, from the lead's quotation of the
    same words, else the party or the role holder the body names; None when none fits."""
    noun = bare_noun(found)
    if noun is None:
        return None
    if noun in _PARTY_PLURALS and (party := _party_body(noun, registry)) is not None:
        return replace(found, speaker=party, role=None)  # the same speaker, by its name
    if (found.cue or "").lower() not in _SAYING:
        return None  # "Minister hails 'record' figures": maybe others' words
    echo = _lead_echo(fragment, paras, results)
    if echo is not None:  # the lead's own speaker of the words, or no one named here
        fits = _fits(noun, echo, registry) and bare_noun(echo) is None
        return replace(echo, via="carried") if fits else None
    if noun in _PARTY_PLURALS:
        return None
    for later in range(2, len(paras)):  # the words said further on: theirs if they fit
        echo = _lead_echo(fragment, paras, results, later)
        if echo is not None:
            fits = _fits(noun, echo, registry) and bare_noun(echo) is None
            return replace(echo, via="carried") if fits else None
    for (p, _), said in sorted(results.items()):
        held = p and said.kind == "quote" and said.speaker and noun in _words(said.role or "")
        if held and _fits(noun, said, registry):
            return replace(said, via="carried")
    return None


def _lead_echo(
    fragment: str,
    paras: list[Para],
    results: dict[tuple[int, int], Attribution],
    at: int = 1,
) -> Attribution | None:
    """The attribution of the first quotation with a speaker in paragraph ``at`` (the
    lead) that repeats ``fragment``'s words (all of them, or most of a longer fragment);
    None if none does."""
    wanted = [w for w in _words(fragment) if w not in _SMALL]
    if not wanted or len(paras) <= at:
        return None
    lead = paras[at]
    for k, span in enumerate(lead.spans):
        said = results.get((at, k))
        if said is None or said.kind != "quote" or not said.speaker:
            continue
        stems = {w[:_STEM] for w in _words(lead.text[span.start : span.end])}
        held = sum(w[:_STEM] in stems for w in wanted)
        if held == len(wanted) or len(wanted) >= _LONGER and held >= _MOST * len(wanted):
            return said
    return None


def _fits(noun: str, said: Attribution, registry: Registry) -> bool:
    """May ``said``'s speaker be the one a headline calls ``noun``: for a party, that
    party alone named beside it; for a union, no minister or firm; for a person, a person
    (a named one, or a description of one) holding no other office unless a former one
    ("says MP" is no "the minister", no "the defendant", no "the Home Office"; "a former
    minister" may be the MP)?"""
    text = " ".join(t for t in (said.mention, said.role) if t) or said.speaker or ""
    words = _words(text)
    party = PARTIES.get(noun)
    if party is not None:  # the party said beside the speaker ("Tory leader Tom Pike")
        return _parties(text) == {party}
    if noun in _BODY_NOUNS:
        return not any(w in _NOT_UNION for w in words)
    if "shadow" in words:
        return False  # "says minister" is no shadow minister
    person = False
    for n, word in enumerate(words):
        if word not in job_lex.PERSON_NOUNS or word in job_lex.NATIONALITIES:
            continue
        person = True
        if word != noun and word not in _GENERIC and not _FORMER.intersection(words[:n]):
            return False
    # the entities are walked only for a speaker no person noun describes (once a headline)
    return person or any(e.kind == "person" for e in registry.entities if e.name == said.speaker)


def _party_body(noun: str, registry: Registry) -> str | None:
    """The name of the body the article names for the party ``noun`` ("Conservatives",
    "the Conservative Party" for "Tories"); None when it names none, or several."""
    party = PARTIES[noun]
    found = {
        e.name for e in registry.entities
        if e.kind != "person" and e.name.lower() != noun and _party_name(e.name) == party
    }
    return found.pop() if len(found) == 1 else None


def _party_name(name: str) -> str | None:
    """The party a body's ``name`` is, word for word ("Conservatives", "Conservative
    Party", "Labour Party"); None for any other name."""
    words = [w for w in _words(name) if w not in ("the", "party")]
    return PARTIES.get(words[0]) if len(words) == 1 else None


def _parties(text: str) -> set[str]:
    """The parties ``text`` names with a capital ("Tory", "Welsh Conservatives")."""
    return {PARTIES[w] for w in _words(text) if w in PARTIES and w.capitalize() in text}


def _words(text: str) -> list[str]:
    """The words of ``text`` in lower case."""
    return _WORD.findall(text.lower())
