"""Who speaks at a reporting verb: the subject before it ("Reznikov said"), the speaker
after an inverted verb ("said Navy Capt. Mike Kafka, a Pentagon spokesman"), the subject
of a clause or a relative clause, a person before "of"/"from"/"at".
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, org_lex
from warreader.index.quotes.affiliated_people import (
    affiliated_person,
    appositive_name,
    named_before,
    place_in_appositive,
)
from warreader.index.quotes.appositives import (
    appositive_before,
    appositive_role,
    before_party_state,
    skip_back_appositive,
)
from warreader.index.quotes.clause_subjects import NOT_VERB, adverb_before_participle
from warreader.index.quotes.described_subjects import document_that, owner_before
from warreader.index.quotes.mentions import (
    ARTICLES,
    Mention,
    build,
    is_person_name,
)
from warreader.index.quotes.name_shapes import names_a_job
from warreader.index.quotes.phrases import left_phrase, right_phrase
from warreader.index.quotes.subject_asides import (
    ASIDE_PHRASES,
    bracketed_name,
    document_aside,
    short_aside,
    skip_aside_adverb,
    skip_parenthesis,
    who_antecedent,
)
from warreader.index.quotes.subjects import job_of_field
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.unlisted import person_shaped
from warreader.index.quotes.unnamed_holders import unnamed_holder


def owned_speaker(
    tokens: list[Token], start: int, owner_words: list[Token]
) -> tuple[Mention, str, int] | None:
    """ "says Deutsche Bank's Simon Champion": the person after the owner, with the owner
    as role; None when no name follows the possessive."""
    k = start + len(owner_words)
    words = right_phrase(tokens, k)
    owner = build(owner_words)
    named = build(words) if words and words[0].capitalised else None
    described = ""
    if named is None and words and k + len(words) + 1 < len(tokens) and (
        tokens[k + len(words)].text == ","
    ):  # "the festival's executive director, Craig Prater"
        job = build(words)
        after = right_phrase(tokens, k + len(words) + 1)
        if job is not None and job.kind == "nominal" and after and appositive_name(after):
            described = " ".join(t.text for t in words)
            k += len(words) + 1
            words, named = after, build(after)
    past = _past_job_words(tokens, k) if named is None else k
    if past > k:  # "Garner's senior housing adviser Ruth Okafor"
        after = right_phrase(tokens, past)
        named = build(after) if after and after[0].capitalised else None
        described = " ".join(t.text for t in tokens[k:past])
        k, words = past, after
    if described and named is not None:
        owner_text = " ".join(t.text for t in owner_words if t.lower not in lexicon.DETERMINERS)
        named.role = f"{owner_text} {described}"
        end = k + len(words) - 1
        return named, appositive_role(tokens, end + 1), end
    if owner is None or owner.kind != "name" or named is None or named.kind != "name":
        return None
    named.role = f"{owner.name} {named.role}" if named.role else owner.name
    end = k + len(words) - 1
    return named, appositive_role(tokens, end + 1), end


def _past_job_words(tokens: list[Token], k: int) -> int:
    """From token ``k``, past up to four lower-case words ending in a job noun when a
    capitalised name follows them ("senior housing adviser Ruth"); else ``k``."""
    for n in range(k, min(len(tokens) - 1, k + 4)):
        token = tokens[n]
        if token.kind != "w" or token.capitalised:
            return k
        if token.lower in job_lex.PERSON_NOUNS and tokens[n + 1].capitalised:
            return n + 1
    return k


def _phrase_ending(
    tokens: list[Token], end: int, role: str, floor: int, held: bool = True
) -> tuple[Mention | None, str, int]:
    """The phrase ending at token ``end`` (exclusive; a parenthesis skipped), with ``role``, and its
    start; "Ruth Amos of Fargo" gives her; an unnamed holder if ``held`` (not in-aside), with no
    role after a name ("an aide to Tom Hale, the party leader,": Hale's)."""
    end = skip_parenthesis(tokens, end, floor)
    words = left_phrase(tokens, end)
    if held and (person := unnamed_holder(tokens, end - len(words), end, floor)) is not None:
        return person[0], "" if words else role, person[1]  # not Kupiansk, nor Hale's role
    mention = build(words) if words else None
    if mention is not None and mention.kind == "name":
        person = affiliated_person(tokens, mention, end - len(words), floor)
        if person is not None:
            return person[0], role or person[0].role, person[2]
    return mention, role, end - len(words)


def subject_before(tokens: list[Token], i: int, floor: int) -> tuple[Mention | None, str, int]:
    """The speaker phrase ending at token ``i`` (exclusive), with any appositive."""
    if i - 1 > floor and tokens[i - 1].lower in _REFLEXIVES:
        i -= 1  # "Pike himself said"
    if i > floor and tokens[i - 1].lower in ("who", "which") and not tokens[i - 1].capitalised:
        end, role = skip_back_appositive(tokens, i - 1)
        if end == i - 1 and i - 2 >= 0 and tokens[i - 2].text == ",":
            end = i - 2
        return _phrase_ending(tokens, end, role, floor, False)  # "Music Managers' Forum, who"
    if i - 1 > floor and (document := document_that(tokens, i - 1)) is not None:
        return document  # "a Gazette article that claimed"
    if i > floor and tokens[i - 1].text == ",":
        if i - 4 > floor and tokens[i - 4].text == "," and (
            (tokens[i - 3].lower, tokens[i - 2].lower) in ASIDE_PHRASES
        ):
            return subject_before(tokens, i - 4, floor)  # "The campaign, for example, said"
        if (aside := document_aside(tokens, i, floor)) is not None:
            return subject_before(tokens, aside, floor)  # "The report, by the ... committee,"
        bracketed = bracketed_name(tokens, i, floor)  # "Gov. Ann Marlow (D-OR), said"
        if bracketed is not None:
            return bracketed
        last = left_phrase(tokens, i - 1)  # the phrase before the comma, read once
        place = place_in_appositive(tokens, i, floor, last)
        if place is not None:
            return place
        end, role = skip_back_appositive(tokens, i)
        if end != i:
            clause = tokens[end + 1].lower in ("who", "whose")
            end = skip_aside_adverb(tokens, end, floor)  # "Kemp, meanwhile, who ..., said"
            if role or clause:  # "Tim Ruiz, R-Ohio, who ..., said"; not a bare verb after a
                end = before_party_state(tokens, end)  # code inside a clause ("Tom Hale,
                # who Sen. Ed Lum, R-Ky., praised, said": Hale)
            # "the Summit (WSIS), which ..., told"; "Rep. Cal Dorsey of Vermont, a Hale
            # ally, said": the person
            return _phrase_ending(tokens, end, role, floor)
        # "The UN's relief coordinator, Jan Egeland, said": the name between commas.
        named = build(last) if last else None
        k = i - 1 - len(last)
        if named is not None and named.kind == "name" and k > floor and tokens[k - 1].text == ",":
            before = left_phrase(tokens, k - 1)
            described = build(before) if before else None
            if described is not None and described.kind == "nominal":
                if not names_a_job(named.role):  # "Rt Rev" gives way to "Bishop of Durham"
                    named.role = described.text.split(" ", 1)[-1]
                return named, "", k - 1 - len(before)
            if len(named.name.split()) > 1:
                return named, "", k
        if named is not None and named.kind == "name":
            # "Kirsten Pfeifer from the Consumer Electronics Association, told"
            person = affiliated_person(tokens, named, k, floor)
            if person is not None:
                return person
        found = who_antecedent(tokens, i, floor)  # (no bracketed name: read above)
        if found is None and (aside := short_aside(tokens, i, floor)) is not None:
            return subject_before(tokens, aside, floor)  # "Pell, clearly frustrated, said"
        return found or (None, "", i)
    if i > floor and tokens[i - 1].text == ")":
        k = i - 1
        while k > floor and tokens[k].text != "(" and i - k < 6:
            k -= 1
        if tokens[k].text == "(":
            i = k
    elif i - 1 > floor and tokens[i - 1].text in DASHES:
        k = i - 2  # "DJ Norman Cook - aka Fatboy Slim - has said": step over the aside
        while k > floor and tokens[k].text not in DASHES and i - k < _DASH_ASIDE_REACH:
            k -= 1
        if k > floor and tokens[k].text in DASHES:
            named = _named_in_dashes(tokens, k, i - 1)
            if named is not None:  # "A former candidate - John McCain, who lost - said"
                return named, "", k + 1
            i = k
            found = appositive_before(tokens, i)  # "Paul Myers, chief executive of Wippit -"
            if found is not None and found[1] and (words := left_phrase(tokens, found[0])):
                return build(words), found[1], found[0] - len(words)
    words = [] if adverb_before_participle(tokens, i, floor) else left_phrase(tokens, i)
    mention = build(words) if words else None
    if mention is None and i - 2 > floor and tokens[i - 2].lower == "of":
        field = [*left_phrase(tokens, i - 2), tokens[i - 2], tokens[i - 1]]
        mention = job_of_field(field)  # "the secretary of state said", "chief of staff"
        words = field if mention is not None else words
    k = i - len(words)
    if mention is not None and mention.kind == "nominal":
        k = _widen_description(tokens, mention, k, floor)  # "the gambling tycoon"
    if k - 1 > floor and tokens[k - 1].lower in ("the",) and mention is not None:
        k -= 1
    if is_object(tokens, k, floor):
        return None, "", k
    relative = _relative_clause_subject(tokens, k, floor)
    if relative is not None:
        # "Lena Fisk, the weather blogger who started the site tweeted": the name
        return named_before(tokens, *relative, floor) or relative
    if mention is not None and mention.kind == "name":
        person = affiliated_person(tokens, mention, k, floor)
        if person is not None:
            return person
    named = named_before(tokens, mention, "", k if mention is not None else i, floor)
    return named if named is not None else (mention, "", k)


def _named_in_dashes(tokens: list[Token], opening: int, closing: int) -> Mention | None:
    """The person an aside between the dashes at ``opening`` and ``closing`` names when
    it opens on a person's name (then the closing dash, or a comma and an appositive's
    opening: who, an age, an article) right after a description ("A former candidate -
    John McCain, who lost in 2008 - said"): the name is the description's, and the
    subject's. None otherwise ("An official - Kharkiv, Sumy and Poltava were hit - said")."""
    words = right_phrase(tokens, opening + 1)
    named = build(words) if words else None
    end = opening + 1 + len(words)
    if named is None or named.kind != "name" or named.possessive or named.org:
        return None
    if not (is_person_name(words) or person_shaped(named.name)):
        return None
    if end != closing and not (
        tokens[end].text == ","
        and end + 1 < closing
        and (tokens[end + 1].lower in _APPOSITIVE_OPENS or tokens[end + 1].text.isdigit())
    ):
        return None
    before = left_phrase(tokens, opening)
    described = build(before) if before else None
    return named if described is not None and described.kind == "nominal" else None


# Words opening an appositive after a name and a comma ("Tom Orr, who lost", "Tom Orr,
# the harbour master", "Tom Orr, 54,"): with an age, what tells it from a clause or a list.
_APPOSITIVE_OPENS = frozenset(("who", "whose", *ARTICLES))


_DESCRIPTION_REACH = 3  # words the lexicons do not know between an article and a job


def _widen_description(tokens: list[Token], mention: Mention, k: int, floor: int) -> int:
    """ "the gambling tycoon", "the Senate minority leader": take into the description
    ``mention`` (starting at token ``k``) the article and the few words between it and
    the job that the phrase reader stopped at; the new first token index."""
    if mention.text.split(" ", 1)[0].lower() in ARTICLES:
        return k
    for a in range(k - 1, max(floor - 1, k - 1 - _DESCRIPTION_REACH), -1):
        token = tokens[a]
        if token.possessive and a < k - 1:
            return owner_before(tokens, mention, a, k, floor)  # "Orwin's public defense
            # counsel": the owner opening the clause and the words the reader skipped
        if token.kind != "w" or token.possessive:
            return k
        if token.lower in ARTICLES and not token.capitalised or a == floor and (
            token.lower in lexicon.DETERMINERS
        ):
            if a == k - 1:
                return k
            mention.text = " ".join(t.text for t in tokens[a:k]) + " " + mention.text
            mention.start = token.start
            return a
        if token.lower in NOT_VERB or token.lower in cue_lex.CUE_VERBS:
            return k
    return k


_REFLEXIVES = lexicon.words("himself herself themselves itself")


def is_object(tokens: list[Token], k: int, floor: int, participle: bool = False) -> bool:
    """Is the phrase starting at token ``k`` the object of a preposition, not a subject:
    "talks with Disney's producers revealed", "shops in central London were expecting"?
    Before a participle "with" makes a subject ("with the minister saying")."""
    if k <= floor or tokens[k - 1].capitalised:
        return False
    before = tokens[k - 1].lower
    if before in _OBJECT_AFTER and not participle:
        return True
    if before == "by" and k - 1 > floor and lexicon.agent_participle(tokens[k - 2].lower):
        return True  # "a letter obtained by The Courier warns": the agent of a passive
    return (
        before == "in"
        and k - 1 > floor
        and tokens[k - 2].kind == "w"
        and not tokens[k - 2].capitalised
        and tokens[k - 2].lower not in job_lex.PERSON_NOUNS
        and tokens[k - 2].lower not in job_lex.PERSON_PLURALS
    )  # "officials in Washington said" keeps its speaker


def _relative_clause_subject(
    tokens: list[Token], k: int, floor: int
) -> tuple[Mention, str, int] | None:
    """ "The 28-year-old host who also presents Stars In Their Eyes said": the words
    before the verb end a relative clause; its antecedent is the speaker."""
    for w in range(k - 1, max(floor, k - 8) - 1, -1):
        token = tokens[w]
        if token.kind != "w":
            return None
        if token.lower in ("who", "which") and not token.capitalised:
            if w == k - 1:
                return None  # "women who he said": the phrase is the clause's own subject
            before = w  # "Katie Ross, who is chair of X said": the name before the comma
            if w - 1 > floor and tokens[w - 1].lower == "and":
                earlier = _earlier_relative(tokens, w - 1, floor)
                if earlier is not None:  # "A man who prays at the Leeds Mosque and who
                    before = w = earlier  # asked not to be named said": the man
            if token.lower == "who" and w - 1 > floor and tokens[w - 1].text == ",":
                before = w - 1
            words = left_phrase(tokens, before)
            w = before
            mention = build(words) if words else None
            if mention is not None and mention.kind in ("name", "nominal"):
                return mention, "", w - len(words)
            return None
    return None


_RELATIVE_REACH = 16  # tokens of a first relative clause before "and who"


def _earlier_relative(tokens: list[Token], k: int, floor: int) -> int | None:
    """The index of the "who" or "which" of a first relative clause ending at the "and"
    at ``k`` ("who prays at the Leeds Mosque and who ..."); None when there is none."""
    for w in range(k - 1, max(floor, k - _RELATIVE_REACH) - 1, -1):
        token = tokens[w]
        if token.kind != "w":
            return None
        if token.lower in ("who", "which") and not token.capitalised:
            return w
    return None


DASHES = frozenset("-–—")
_DASH_ASIDE_REACH = 30  # tokens of an aside between dashes ("Hale — named by X as ... — told")


POSTMODIFIER_PREPOSITIONS = lexicon.words("by in at on for to with from as")


AUXILIARIES = lexicon.words(
    "was is were are had has have would will could should might may can did does"
)


# Prepositions whose object is never the subject of the verb after it.
_OBJECT_AFTER = lexicon.words("with among between than like")


def cue_participle(low: str) -> bool:
    """ "announcing", "insisting": the -ing form of a reporting verb."""
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    return (
        stem in cue_lex.CUE_VERBS or low in cue_lex.PARTICIPLES  # "labelling"
        or stem + "e" in cue_lex.CUE_VERBS
        or (stem[-1:] == stem[-2:-1] and stem[:-1] in cue_lex.CUE_VERBS)
    )


def speaker_noun(low: str) -> bool:
    """Can this lower-case noun speak by itself ("police", "officials", "the ministry")?"""
    return low in job_lex.PERSON_PLURALS or low in org_lex.ORG_NOUNS
