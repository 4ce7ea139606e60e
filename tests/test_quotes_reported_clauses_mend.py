"""Speakers, twentieth round (issue 10), the mend after review revI of the rule that an
"it" reporting the clause before it is that clause's subject ("Shell will cut 500 jobs in
Aberdeen, it said"): a common noun opening the clause is passed over again ("Flights will
resume, it said": the body named before); a verb of level with an object is a body that
acts ("Tesco increased its prices"); a person or a description as the subject leaves the
body its predicate names ("Mr Hale will join Barclays", "built by Nissan"), barring only
places; the name after an owner is the subject ("Shell's rival BP"); a body before counts
only with a statement. Every sentence was written for this test (bodies and places are
real names or invented ones, the sentences are not quoted from any text)."""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker, said


# Each failed on main before the mend (a common noun, None, or the owner or a body that
# acted before took the "it").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kestrel Air gave an update on Friday.\n\nFlights will resume on Tuesday, it "
         "said.\n\n\u201cWe apologise to our customers,\u201d it added.",
         "Kestrel Air"),
        ("Meridian Rail set out its budget.\n\nStaff will get a bonus in June, it "
         "said.\n\n\u201cThey earned it,\u201d it added.",
         "Meridian Rail"),
        ("Naftogaz issued a short notice.\n\nDeliveries would halt from Sunday, it "
         "said.\n\n\u201cWe had no choice,\u201d it added.",
         "Naftogaz"),
        ("Halden Foods shut 12 stores last year.\n\nStores will now open on Sundays, it "
         "said.\n\n\u201cShoppers asked for it,\u201d it added.",
         "Halden Foods"),
        ("Tesco increased its prices, it said.\n\n\u201cCosts have gone up,\u201d it added.",
         "Tesco"),
        ("Ryanair halved its dividend, it said.\n\n\u201cWe must save cash,\u201d it added.",
         "Ryanair"),
        ("Profits rose at Tesco last year, it said.\n\n\u201cShoppers came back,\u201d it added.",
         "Tesco"),
        ("Mr Pike will join Barclays as chairman in June, it said.\n\n\u201cHe has our full "
         "support,\u201d it added.",
         "Barclays"),
        ("Jo Pike has been named chief executive of Unilever, it said.\n\n\u201cShe is the "
         "right choice,\u201d it added.",
         "Unilever"),
        ("A new depot will be opened by Nissan next spring, it said.\n\n\u201cThis is good "
         "news,\u201d it added.",
         "Nissan"),
        ("Shell's rival BP lost the contract, it said.\n\n\u201cWe are disappointed,\u201d it "
         "added.",
         "BP"),
        ("The union called a strike at the depot.\n\nTesla will shut the depot in Berlin, it "
         "said.\n\n\u201cCosts are too high,\u201d it added.",
         "Tesla"),
        # a body growing, with no object: not a thing
        ("Acme grew fast, it said. \u201cCosts will fall,\u201d it added.", "Acme"),
    ],
)
def test_the_reporting_body_is_found(text, speaker):
    assert only_speaker(text) == speaker


# Near misses: the body of the clause that acts, an aside, an owner of a thing, a level
# verb with no object, a body that reacts, a person's own pronoun, a body named after
# another that spoke, a body as the object, a body's name in -s, a transitive level verb
# with a place.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shell will close its office in Aberdeen, it said.\n\n\u201cIt was a hard call,\u201d "
         "it added.",
         "Shell"),
        ("Shell, which has 900 staff in Aberdeen, will cut jobs, it said.\n\n\u201cWe regret "
         "this,\u201d it added.",
         "Shell"),
        ("Shell's profits fell in Norway, it said.\n\n\u201cIt was a weak year,\u201d it added.",
         "Shell"),
        ("Kestrel Air published its figures.\n\nDemand slowed sharply in Italy, it "
         "said.\n\n\u201cWe expect a rebound,\u201d it added.",
         "Kestrel Air"),
        ("Nato will send jets to Poland, it said.\n\nPoland welcomed the move.\n\n\u201cWe are "
         "grateful,\u201d it said.",
         "Poland"),
        ("Ann Pike will join Barclays in May, she said.\n\n\u201cI am excited,\u201d she added.",
         "Ann Pike"),
        ("Oxfam said food was short.\n\nTesco will open a depot in Derby, it said.\n\n\u201cWe "
         "are growing,\u201d it added.",
         "Tesco"),
        ("Barclays will shut 30 branches in Wales, it said.\n\n\u201cCustomers bank "
         "online,\u201d it added.",
         "Barclays"),
        ("Ofgem fined Npower over its bills, it said.\n\n\u201cThe rules are clear,\u201d it "
         "added.",
         "Ofgem"),
        ("Gazprom increased supplies to Austria, it said.\n\n\u201cDemand is strong,\u201d it "
         "added.",
         "Gazprom"),
    ],
)
def test_near_misses_keep_their_speakers(text, speaker):
    assert only_speaker(text) == speaker


# A place of the clause is never the reporter: a person visiting, police arresting in a
# city ("they"), a person flying somewhere after a ministry's statement.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mr Pike will visit Kyiv next week, it said.\n\n\u201cThe trip matters,\u201d it added.",
         "Kyiv"),
        ("Police detained four men in Leeds, they said.\n\n\u201cInquiries go on,\u201d they "
         "added.",
         "Leeds"),
        ("The foreign ministry issued a statement.\n\nMr Pike would fly to Warsaw on Monday, it "
         "said.\n\n\u201cThe visit is useful,\u201d it added.",
         "Warsaw"),
    ],
)
def test_a_place_of_the_clause_never_reports_it(text, place):
    assert only_speaker(text) != place


# Review revM23: a name that acted as the subject of the sentence just before is the "it"
# of the next reported clause, over a place or a common noun opening that clause.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Baltic Air cut its winter flights.\n\nRiga will lose 30 routes, it said.\n\n"
         "\u201cDemand has collapsed,\u201d it added.", "Baltic Air"),
        ("Norsk Cargo paused shipping on Monday.\n\nPoland will lose its main link, it said.\n\n"
         "\u201cWe have no choice,\u201d it added.", "Norsk Cargo"),
        ("Vintner Breweries gave an update.\n\nFrost damaged the hops, it said.\n\n"
         "\u201cPrices will rise,\u201d it added.", "Vintner Breweries"),
    ],
)
def test_a_named_subject_just_before_reports_the_next_clause(text: str, speaker: str) -> None:
    assert said(text)[-1][1] == speaker
