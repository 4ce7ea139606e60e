"""Speakers a description or document owes to someone else in the text: the owner
of "his lawyer", the issuer of "a statement from Chelsea" or of "the report", the
person a news lead describes and the next paragraph names. Helpers of the resolution
stage (``stage`` is the attributor). Who issued a document that a later "the statement"
stands for is found by :mod:`warreader.index.quotes.document_issuers`."""

from __future__ import annotations

import re

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex, org_lex, unlisted
from warreader.index.quotes.antecedents import learn_reference, referred_person
from warreader.index.quotes.contrast_clauses import past_verb
from warreader.index.quotes.described_subjects import unknown_head
from warreader.index.quotes.entities import Entity, may_be_person
from warreader.index.quotes.introduced_names import described_apart, named_since
from warreader.index.quotes.lead_forward import quoted_first, specified
from warreader.index.quotes.lead_names import OPENING_NAME, given_word, names_described
from warreader.index.quotes.mentions import build, run_mention
from warreader.index.quotes.phrases import PERSON_OWNERS
from warreader.index.quotes.tokens import Token

_NAMED_AFTER_PEOPLE = frozenset(("campaign",))


def lower_article(text: str) -> str:
    """ "The lawsuit" -> "the lawsuit" (a description, not a name)."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in lexicon.DETERMINERS and rest else text


def owned_group(stage, mention, position) -> str | None:
    """ "Cruz's campaign", "his campaign": a group a person owns is the group named
    after that person ("the Cruz campaign", "the Sanders campaign", as an article
    names it); None for other descriptions or an owner that is no person."""
    if mention.head not in _NAMED_AFTER_PEOPLE:
        return None
    words = mention.text.split()
    if len(words) < 2 or words[-1] != mention.head:
        return None
    owner, rest = words[-2], mention.head  # "Sen. Kelly Ayotte’s campaign": Ayotte's
    if (pronoun := PERSON_OWNERS.get(owner.lower())) is not None:
        entity = stage.registry.antecedent(pronoun, position)
        if entity is not None:
            learn_reference(entity, pronoun)
        surname = entity.name.split()[-1] if entity is not None else ""
    elif owner[:1].isupper() and owner.endswith(("'s", "’s", "s'", "s’")):
        surname = owner[:-2] if owner.endswith(("'s", "’s")) else owner[:-1]
        if not may_be_person(stage.registry, surname):
            return None  # "Russia's government" is no group named after a person
    else:
        return None
    return f"the {surname} {rest}" if surname else None


def named_next(stage, p: int, mention, cue: str = "", definite: bool = False) -> Entity | None:
    """ "A PR expert has told the trial ..." in an article's first paragraph, then "Ann
    Kite told the court ..." opening the next (a news lead's order): the person whom the
    lead describes, named there with a speech verb and new to the lead and the headline
    (see :func:`lead_names.names_described`; ``cue``: the description's verb); None
    otherwise ("Tom Hale disagreed"). ``definite``: a description no earlier person
    holds, "The leader of the TGWU has said", may be named next too when it says which
    (see :func:`lead_forward.specified`); a paragraph may open on its quotation first
    (see :func:`lead_forward.quoted_first`)."""
    words = mention.text.lower().split()
    if p > 1 or p + 1 >= len(stage.texts) or not (words[0] in _LEAD_DETERMINERS or (
        definite and specified(mention.text)
    )):
        return None
    if not (mention.head in job_lex.PERSON_NOUNS or unknown_head(mention.head)) or len(words) < 2:
        return None  # "a leading industry figure has said", then the figure's name
    before, text = stage.texts[: p + 1], stage.texts[p + 1]
    at = quoted_first(text, mention.head)
    entity = _speaker_opening(stage, text, at, before) if at is not None and names_described(
        text, at, mention, before, cue) else None
    if entity is None:
        return None
    entity.kind = "person"
    return entity


def named_right_after(stage, p: int, para, event) -> Entity | None:
    """ "France's finance minister has said ... "…"." then "Herve Gaymard said ..."
    opening the next sentence (in the paragraph or the next one): the job a country's or
    a body's possessive gives is the person named right after with a speech verb, when
    that person was not met before; None otherwise."""
    mention = event.mention
    owner = mention.text.split(" ", 1)[0]
    if mention.head not in job_lex.PERSON_NOUNS or not owner[:1].isupper() or not (
        owner.endswith(("'s", "’s")) and " " in mention.text
    ) or may_be_person(stage.registry, owner[:-2]):
        return None  # "Tom Vale's doctor" is no one named later
    tokens = para.tokens
    s = para.sentence_of[event.cue_index]
    last = max(k for k in range(event.cue_index, len(tokens)) if para.sentence_of[k] == s)
    text, at = para.text, tokens[last].end
    if not text[at:].strip() and p + 1 < len(stage.texts):
        text, at = stage.texts[p + 1], 0  # the next paragraph opens on the name
    at += len(text[at:]) - len(text[at:].lstrip())
    entity = _speaker_opening(stage, text, at) if names_described(
        text, at, mention, None, one_holder=True
    ) else None  # any verb, any answer: a country's minister has one holder (revNT27's N5)
    if entity is None or entity.met < (p, s + 1):
        return None  # (met before: another person, answering or answered)
    entity.kind = "person"
    return entity


def _speaker_opening(
    stage, text: str, at: int, before: list[str] | None = None
) -> Entity | None:
    """The entity of a full name opening ``text`` at ``at`` with a given name first and a
    speech verb after it ("Ann Kite told ..."); None otherwise ("Lena Ruud would ...":
    another person, maybe; only a speech verb tells). Past an appositive ("Ann Kite, the
    head of Acme until May, told ...") only in a sentence that quotes nobody. ``before``:
    the texts read so far (see :func:`_given_or_unlisted`)."""
    found = OPENING_NAME.match(text, at)  # (past an appositive: no quotation after)
    if found is None or not _given_or_unlisted(
        found.group(1), found.group(3), found.group(2), before
    ):
        return None
    if found.group(2) and (
        found.group(3) not in cue_lex.CUE_VERBS
        or _QUOTE_MARK.search(_SENTENCE.match(text, at).group())
    ):
        return None  # past an appositive, only a speech verb quoting nobody tells: "John
        # Smith, the opposition leader, said it was "alive"" is another voice
    if found.group(3) not in cue_lex.CUE_VERBS:
        return None
    named = run_mention(found.group(1))
    if named is None or named.kind != "name" or named.org:
        return None
    return stage.registry.entity_for(named)


def _given_or_unlisted(
    name: str, verb: str, apposition: str | None, before: list[str] | None
) -> bool:
    """Does ``name`` open with a listed given name, or is it shaped like a person's full
    name the list lacks ("Tavo Brindle", see :func:`unlisted.person_shaped`) in apposition
    to a noun for a person (``apposition``: ", a senior official at the ministry,"), with
    a speech ``verb`` after it and, given ``before`` (the lead and the headline), none of
    its words there? A news lead that describes someone and the next paragraph that names
    him write the name new; only the appositive noun and the speech verb tell a person
    from an outlet, a place or a band the list lacks too ("Novaya Gazeta reported that
    ...", "Hong Kong reopened ...")."""
    given, titled = given_word(name)
    if given in name_lex.first_names() or (titled and not given):
        return True  # "Ann Kite", "Professor Al Green", "Lord Fraser"
    return (
        verb in cue_lex.CUE_VERBS
        and apposition is not None
        and any(w in job_lex.PERSON_NOUNS for w in apposition.lower().split())
        and unlisted.person_shaped(name)
        and not (
            before is not None
            and any(re.search(rf"\b{re.escape(w)}\b", t) for w in name.split() for t in before)
        )
    )


_LEAD_DETERMINERS = lexicon.words("a an its one")  # not "his doctor": its owner is named
_SENTENCE = re.compile(r".*?(?:[.!?](?=\s)|$)", re.S)
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")


def spelled_owner(stage, mention, position) -> str:
    """ "his spokesman", "her longtime doctor" whom nobody named: the description with
    the person "his"/"her" refers to as owner ("Tony Blair's spokesman"); other
    descriptions in lower case."""
    words = mention.text.split()
    pronoun = PERSON_OWNERS.get(words[0].lower())
    if pronoun is not None and mention.head in job_lex.PERSON_NOUNS:
        owner = stage.registry.antecedent(pronoun, position)
        if owner is not None and referred_person(owner, pronoun):
            learn_reference(owner, pronoun)
            return f"{owner.name}'s {' '.join(words[1:])}"
    return lower_article(mention.text)


def issuer_after(stage, para, mention) -> str | None:
    """ "a statement from Kestrel United", "a report published by consultancy Tellwise":
    who issued the document, named after its head word (past one issuing participle) by
    "from" or "by"; None if nobody is."""
    if mention.head not in org_lex.DOCUMENT_NOUNS:
        return None
    tokens = para.tokens
    h = next((n for n, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    while h < len(tokens) and tokens[h].lower != mention.head and tokens[h].start < mention.end:
        h += 1
    return issuer_at(stage, tokens, h, mention.end)


def issuer_at(stage, tokens: list[Token], h: int, end: int) -> str | None:
    """Who issued the document whose noun is token ``h`` (its description ending at
    character ``end``), named right after it: "from Kestrel United", "published by
    consultancy Tellwise", ", released by the House committee,", "signed by 50 former
    officials"; None if nobody is."""
    j = h + 1
    aside = j < len(tokens) and tokens[j].text == ","  # "The report, released by X, said"
    j += aside
    if j < len(tokens) and tokens[j].lower in _AUTHORING:
        j += 1
    elif aside and (j >= len(tokens) or tokens[j].lower not in ("by", "from")):
        return None  # "The letter, addressed to ...": no issuer
    if j < len(tokens) and tokens[j].lower == "by" and (
        described := _agent_description(tokens, j + 1, aside)
    ):
        return described  # "signed by 50 former officials", "by the Commons ... committee"
    if j < len(tokens) and tokens[j].lower == "to":  # "a letter to Poland from Anna Berg"
        j = next((n for n in range(j, len(tokens)) if tokens[n].start >= end or (
            tokens[n].lower in ("from", "by"))), j)
    if h >= len(tokens) or j >= len(tokens) or tokens[j].lower not in ("from", "by"):
        return None
    run: list[Token] = []
    owned = ""  # "from Mr Dunn's office": the office of the name before it
    for n, t in enumerate([*tokens[j + 1 : j + 8], None], j + 1):  # the first capitalised
        # run that is a name
        if t is not None and t.kind == "w" and t.capitalised and not t.possessive and not (
            t.text.rsplit("-", 1)[-1].islower()  # "UK-based": a descriptor
        ):
            run.append(t)
            continue
        if t is not None and t.possessive and t.capitalised:
            if _capitalised(tokens, n + 1):
                run = []  # "by the BBC's Ann Pike": the person, never the outlet
                continue
            if aside:
                return None  # "The report, by Ann Roe's reckoning, said": no author
            run.append(t)  # not "Mr" alone
            owned = _owned_words(tokens, n + 1)
            t = None
        if run and t is not None and t.lower in job_lex.PERSON_NOUNS and _capitalised(
            tokens, n + 1
        ):
            run = []  # "by BBC correspondent Ann Pike": the person after the outlet's
            continue  # job noun, never the outlet
        named = build(run) if run else None
        if named is not None and named.kind == "name":  # "by research consultancy Tellwise"
            name = stage.registry.entity_for(named).name  # (not "UK-based"; not "The
            # Courier" in "from the League obtained by The Courier")
            return f"{name}'s {owned}" if owned else name
        if t is None or t.kind != "w" or t.lower in _CLAUSE_WORDS or t.possessive:
            return None
        run = []
    return None  # "from the phone firm": which firm is left open (read more, more wrong)


_CLAUSE_WORDS = lexicon.words("that which who explaining saying on in at after to")


def _capitalised(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a capitalised word, no possessive (a name goes on there)?"""
    return k < len(tokens) and tokens[k].kind == "w" and tokens[k].capitalised and not (
        tokens[k].possessive)


_AGENT_OPENERS = lexicon.words("the a an")
_AGENT_REACH = 6  # words of an issuing description after "by"


def _agent_description(tokens: list[Token], k: int, aside: bool) -> str | None:
    """The description after an issuing "by" at token ``k`` that names a body or people
    ("by the House committee", "by 50 former officials", "by a senior civil servant"):
    a determiner or a number, then words ending in a lower-case body noun or person noun
    (singular or plural) before a comma, a clause word or the end of the aside; None when
    the words end in a name (read as a name by the caller) or anything else ("by far",
    "by next spring", "by contrast")."""
    if k >= len(tokens) or not (tokens[k].lower in _AGENT_OPENERS or tokens[k].text.isdigit()):
        return None
    words: list[Token] = []
    for t in tokens[k : k + _AGENT_REACH + 1]:
        if t.kind != "w" or t.lower in _CLAUSE_WORDS or t.lower in _NOT_OWNED or t.possessive:
            break
        words.append(t)
    else:
        return None
    last = words[-1]
    stop = tokens[k + len(words)]
    if len(words) < 2 or last.capitalised or aside and stop.text != "," and stop.lower not in (
        _CLAUSE_WORDS
    ):
        return None
    if stop.lower == "for" and _capitalised(tokens, k + len(words) + 1):
        return None  # "by the lawyer for Tom Hale": his agent, the name read by the caller
    head = last.lower
    singular = head[:-1] if head.endswith("s") else head
    if not (
        head in org_lex.ORG_NOUNS and head not in org_lex.DOCUMENT_NOUNS
        or head in job_lex.PERSON_NOUNS or singular in job_lex.PERSON_NOUNS
    ):
        return None
    return lower_article(" ".join(t.text for t in words))


_NOT_OWNED = lexicon.words("and or to of for by with from about over into as")


def _owned_words(tokens: list[Token], k: int) -> str:
    """The lower-case words from token ``k`` naming what a possessive owns ("office",
    "inspector general", "legal team"): up to three, stopped by a verb, and ending in a
    noun for a body or a person, or one word alone before a stop whatever it is ("physio,");
    "" when none ("from Mr Dunn's office came out" owns "office", never "office came
    out": a speaker's name never runs past its noun phrase)."""
    words: list[str] = []
    for t in tokens[k : k + 3]:
        if t.kind != "w" or t.capitalised or t.lower in _CLAUSE_WORDS or t.lower in _NOT_OWNED:
            break
        if words and _verb_like(t.lower):
            break  # "office reached reporters", "aides later denied"
        words.append(t.text)
    if len(words) == 1:
        return words[0]  # "from Mr Dunn's physio, ...": one word before a stop is the noun
    while words and not _owner_noun(words[-1].lower()):
        words.pop()
    return " ".join(words)


def _owner_noun(word: str) -> bool:
    """Is ``word`` a noun for what a person or body owns and speaks for ("office",
    "lawyers", "team", "general")?"""
    return (
        word in org_lex.ORG_NOUNS or word in job_lex.PERSON_NOUNS
        or word in job_lex.PERSON_PLURALS or word in job_lex.OFFICES or word in _OWNED_EXTRA
    )


def _verb_like(word: str) -> bool:
    """Is ``word`` a verb, an auxiliary or an adverb that ends a noun phrase?"""
    return (
        word in cue_lex.CUE_VERBS or word in lexicon.BE or word in lexicon.ADVERBS
        or word in _AUXILIARY or past_verb(word) or len(word) > 4 and word.endswith("ly")
    )


_AUXILIARY = lexicon.words("has have had will would can could may might must should did does")
_OWNED_EXTRA = lexicon.words("camp aides staff family spokespeople")


_AUTHORING = lexicon.words("issued released published written sent put signed filed commissioned")


_UNNAMED_BACK = 2  # paragraphs before the description searched for its introduction


def introduced_unnamed(
    texts: list[str], p: int, para, mention, found, unlisted_noun: bool = False,
    bare: list[str] | None = None,
) -> str | None:
    """ "the man" (the article, at most one lower-case word, a person noun) after "One
    man in the crowd interrupted him" or "a second CIA officer backed the account": an
    unnamed person introduced by an indefinite description of the same noun in this
    paragraph before it or in the two before (unless the person ``found`` for it is named
    in this paragraph, nearer), when ``found`` has a name that the noun is no part of
    (nor of their role). The description is that unnamed person, not the one named: the
    words introducing it ("one man", "a second CIA officer"), else None. ``unlisted_noun``:
    the noun may be one the lexicons lack, introduced opening a sentence that names
    ``found`` in apposition to another ("A guard stopped the visitor, Ann Lyle," then "the
    guard said": the guard, not the visitor). ``bare``: ``texts`` with their quoted words
    blanked (``unquoted_texts``), where the introduction is looked for: "a fine minister"
    inside a quotation introduces nobody."""
    bare = bare if bare is not None and len(bare) > p else texts
    words = mention.text.split()
    if words[0] != "the" or len(words) > 3 or (
        mention.head not in job_lex.PERSON_NOUNS and not unlisted_noun
    ):
        return None
    if any(w[:1].isupper() for w in words[1:]) or not referred_person(found, mention.head):
        return None
    if found.name.split(" ", 1)[0].lower() in _INTRODUCERS | {"the"}:
        if len(words) == 3 and words[1] not in found.name.lower().split():
            return _modified_unnamed(bare[max(0, p - _UNNAMED_BACK) : p + 1], words[1],
                                     mention.head, found.name)
        return _nearer_unnamed(bare[p][: mention.start], mention.head, found.name)
    if mention.head in f"{found.role} {found.name}".lower().split():
        return None  # "Tom Pell, the council spokesman" for "the spokesman"
    if not unlisted_noun and (apart := described_apart(
        [*texts[max(0, p - 1) : p], para.text[: mention.start]], mention.head, found.name
    )):
        return apart  # "Ann Roe thanked the doctor." then "the doctor said": not Ann Roe
    pattern = _introduction(mention.head)
    if unlisted_noun:  # opening a sentence that names ``found`` after a comma: not "Tom
        # Hale, a porter at the hotel,", nor "A guard has been praised" then "Tom Hale ..."
        surname = re.escape(found.name.split()[-1])
        pattern = re.compile(
            rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”] )){pattern.pattern}"
            rf"(?=[^.!?\"“”]*?, (?:[A-Z][\w.'’-]*\s+){{0,3}}{surname}\b)"
        )
    here, said = bare[p][: mention.start], para.text[: mention.start]
    if (met := _last_match(pattern, here)) is None and re.search(
        rf"\b{re.escape(found.name.split()[-1])}\b", said
    ):  # "a black actor" two paragraphs up, then "star Arturo Castro ...": None
        quoted = bare is not texts and _last_match(pattern, said) is not None
        return _quoted_introduction(texts, p, said, pattern, words) if quoted else None
    for text in [] if met else reversed(bare[max(0, p - _UNNAMED_BACK) : p]):
        if (met := _last_match(pattern, text)) is not None:
            break
    if met and named_since(pattern, [*bare[max(0, p - _UNNAMED_BACK) : p], here], found.name):
        return None  # "A local man, Tom Hale, found the dog": the man is named
    if met is None and bare is not texts:
        return _quoted_introduction(texts, p, said, pattern, words)
    return met[0].lower() + met[1:] if met else None  # "an SFA spokesman"


def _quoted_introduction(
    texts: list[str], p: int, here: str, pattern: re.Pattern[str], words: list[str]
) -> str | None:
    """For a description introduced only inside a quotation: "... a young doctor ...,"
    she said. "...," the doctor added": the quoted words name nobody, nor is the one
    found surely the doctor; the description speaks as itself (its ``words`` joined),
    when the quoted introduction holds all its words. "a fine minister" in a quotation
    is no "the prime minister": None, the one found stands."""
    met = _last_match(pattern, here)
    for text in [] if met else reversed(texts[max(0, p - _UNNAMED_BACK) : p]):
        if (met := _last_match(pattern, text)) is not None:
            break
    if met is None or not {w.lower() for w in words[1:]} <= set(met.lower().split()):
        return None
    return " ".join(words)


def _nearer_unnamed(here: str, head: str, found: str) -> str | None:
    """For "the aide" whose antecedent ``found`` is an unnamed source already: another
    one introduced with the same noun in its own paragraph before it (``here``), where
    ``found`` is not ("... said one person who attended. // A senior campaign aide
    disputed that. "...," the aide said": the senior aide), else None."""
    met = _last_match(_introduction(head), here)
    if met is None or found.lower() in here.lower() or found.lower().startswith(met.lower()):
        return None
    return met[0].lower() + met[1:]


def _modified_unnamed(texts: list[str], modifier: str, head: str, found: str) -> str | None:
    """For "the senior aide" whose antecedent ``found`` is an unnamed source of the same
    noun without that modifier ("a junior aide"): the latest one introduced with it in
    ``texts`` ("A senior aide said ..."), else None (``found`` stands). Two unnamed
    sources told apart by a word keep it (bblind28b L01)."""
    pattern = _introduction(head, modifier)
    for text in reversed(texts):
        if (met := _last_match(pattern, text)) is not None and met.lower() != found.lower():
            return met[0].lower() + met[1:]
    return None


def _last_match(pattern: re.Pattern[str], text: str) -> str | None:
    """The words of the last match of ``pattern`` in ``text``, or None."""
    matches = [m.group() for m in pattern.finditer(text)]
    return matches[-1] if matches else None


_INTRODUCERS = frozenset(("a", "an", "one", "another"))


def _introduction(head: str, modifier: str = "") -> re.Pattern[str]:
    """ "a man", "One woman", "another young man", "a second CIA officer": an indefinite
    description of ``head`` (at most three words between); with ``modifier``, one whose
    words between hold it ("a senior aide", "one senior campaign aide")."""
    between = (
        rf"(?: [\w-]+){{0,2}}? {re.escape(modifier)}(?: [\w-]+)??" if modifier
        else r"(?: [\w-]+){0,3}?"
    )
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother){between} {re.escape(head)}\b(?!-)")
