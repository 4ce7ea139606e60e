"""Whether a description's head may name a person of a role the article gave: "the
Apple boss" may be "Apple chief Steve Jobs" and "the Rovers chief" the "Rovers
chairman", but "the Rovers manager" is no chairman, "the Texas senator" no "Gov.", "the
Apple boss" no "Apple spokesman" and "the Chelsea striker" no "Chelsea boss". Used by
:mod:`index.quotes.affiliated_descriptions` for descriptions that name an affiliation."""

from __future__ import annotations

from warreader.index.quotes import job_lex, lexicon
from warreader.index.quotes.short_titles import job_words

_GENERIC_BOSSES = lexicon.words("boss chief head")
_BOSSES = _GENERIC_BOSSES | lexicon.words(
    "chairman chairwoman chairperson manager coach gaffer executive ceo chief-executive "
    "founder co-founder owner"
)
# Specific bosses' words for one job ("the Lions manager" may be "Lions coach X").
_SAME_JOBS = (
    lexicon.words("manager coach gaffer"),
    lexicon.words("executive ceo chief-executive"),
    lexicon.words("chairman chairwoman chairperson"),
    lexicon.words("founder co-founder"),
)
# A player is any player: "the England captain" may be "Real Madrid midfielder X".
_PLAYERS = lexicon.words(
    "player striker midfielder defender goalkeeper keeper winger forward captain skipper "
    "full-back fly-half scrum-half flanker hooker wicketkeeper batsman bowler paceman "
    "seamer quarterback international"
)
_HOUSE_MEMBERS = lexicon.words("congressman congresswoman representative")
_GENERIC_LEGISLATORS = lexicon.words("lawmaker legislator")
_LEGISLATORS = _HOUSE_MEMBERS | _GENERIC_LEGISLATORS | lexicon.words("senator mp msp mep")
_SEATS = _LEGISLATORS | lexicon.words("governor mayor")
# The jobs that tell one kind of person from another; relations ("rival", "ally"), a
# candidacy ("the Republican nominee") and offices of many kinds ("president", "leader",
# "director", "secretary") tell none.
_JOBS = _BOSSES | _PLAYERS | _SEATS | job_lex.SPOKES
# Offices a description may name whose holder the article must have given: every job
# above and the offices of many kinds ("leader", "president", "secretary").
_OFFICES = _JOBS | job_lex.OFFICES


def job_fits(head: str, role: str, known: bool = False) -> bool:
    """May a description headed ``head`` be a person of ``role``? Yes when the role
    names none of the jobs that tell people apart, holds the head, or a job of the
    head's kind; a head that is none of them ("the Democrat", "the billionaire", "the
    leader") fits any role. ``known``: for a head that names an office ("the Labour
    leader", "the Democratic chairwoman", "the Vermont senator"), the role must name a
    job that fits: a person whose job the article never gave is not known to hold it
    ("Labour MP Ann Roe" is no "Labour leader")."""
    office = known and head in _OFFICES
    if head not in _JOBS and not office:
        return True
    jobs = {w for w in job_words(role) if w in _JOBS or w in _OFFICES}
    if not jobs:
        return not office
    if head in jobs:
        return True
    if head not in _JOBS:  # "leader", "president": only the word itself
        return False
    if head in _GENERIC_LEGISLATORS:  # "the Texas lawmaker" may be a senator
        return not jobs.isdisjoint(_LEGISLATORS)
    if head in _PLAYERS:
        return not jobs.isdisjoint(_PLAYERS)
    if head in _GENERIC_BOSSES:  # "the Rovers chief" may be the chairman or the manager
        return not jobs.isdisjoint(_BOSSES)
    if head in _BOSSES:  # "the Rovers manager" is no chairman, but "Rovers boss X" may be
        return jobs <= _GENERIC_BOSSES or any(
            head in same and not jobs.isdisjoint(same) for same in _SAME_JOBS)
    return head in _HOUSE_MEMBERS and not jobs.isdisjoint(_HOUSE_MEMBERS)
