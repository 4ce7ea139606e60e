"""Speakers, twentieth round (issue 10): an "it" or "they" that reports the clause before
it ("Shell will cut 500 jobs in Aberdeen, it said") is that clause's subject, never a
place or a body its predicate names ("in Aberdeen", "to the east", "buy Booker"); a
one-word opener is passed over when a thing ("Growth would slow"), a common noun
("Flights"), or when a body's statement stands before it ("The foreign ministry issued
a statement. Kyiv had shelled the plant, it said"); see also
test_quotes_reported_clauses_mend.py (review revI). Every sentence was written for this
test (bodies and places are real names, the sentences are not quoted from any text)."""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


# The clause's subject reports it: a place in a prepositional phrase or an object of the
# clause's verb took the "it" on the round's start (each case failed there).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Oil prices fell again on Monday.\n\nShell will cut 500 jobs in Aberdeen this year,"
         " it said in a statement.\n\n\u201cWe regret the impact on our staff,\u201d it added.",
         "Shell"),
        ("Allies met in Brussels.\n\nNato will send more air defence to the east, it said on "
         "Tuesday.\n\n\u201cOur resolve is firm,\u201d it added.", "Nato"),
        ("Tesco will buy Booker, it said on Friday.\n\n\u201cThis is a good deal for "
         "shoppers,\u201d it added.", "Tesco"),
        ("Heavy shelling continued overnight.\n\nUkraine had retaken two villages near "
         "Bakhmut, it said.\n\n\u201cThe offensive continues,\u201d it added.", "Ukraine"),
        ("Gazprom will cut gas supplies to Austria from Monday, it said.\n\n\u201cThe "
         "contract has expired,\u201d it added.", "Gazprom"),
        ("Ofcom fined the BBC over the broadcast, it said.\n\n\u201cThe rules are "
         "clear,\u201d it added.", "Ofcom"),
        ("Germany will send more tanks to Ukraine, it said.\n\n\u201cWe stand with "
         "Kyiv,\u201d it added.", "Germany"),
        ("Apple's sales fell in China, it said.\n\n\u201cDemand was weak,\u201d it added.",
         "Apple"),
        ("France will host the talks in Paris, it said.\n\n\u201cDialogue is the only "
         "way,\u201d it added.", "France"),
        ("Shell was fined by Ofgem last year, it said.\n\n\u201cWe have paid in "
         "full,\u201d it added.", "Shell"),
        ("Shell will cut 500 jobs in Aberdeen, it said. \u201cWe regret the impact,\u201d it"
         " added.", "Shell"),
        ("Nato will move troops to Latvia, it said, adding: \u201cOur resolve is firm.\u201d",
         "Nato"),
        ("Protesters marched through Leeds on Saturday.\n\nThey had walked from Bradford, "
         "they said.\n\n\u201cWe want fair pay,\u201d they added.", "Protesters"),
        ("Villagers fled Kherson by boat.\n\nThey had lost everything in Kherson, they "
         "said.\n\n\u201cWe have nothing left,\u201d they added.", "Villagers"),
        # a thing opens the clause: the body named before it, never the place after
        ("Kestrel Air cancelled flights on Friday.\n\nDemand fell sharply in Spain, it "
         "said.\n\n\u201cWe regret the delays,\u201d it added.", "Kestrel Air"),
        ("Shell published its results on Thursday.\n\nProfits fell sharply in Norway, it "
         "said.\n\n\u201cIt was a hard year,\u201d it added.", "Shell"),
    ],
)
def test_the_subject_of_the_reported_clause_reports_it(text, speaker):
    assert only_speaker(text) == speaker


# Nobody fits but a name of the clause's predicate: no speaker rather than a wrong one.
@pytest.mark.parametrize(
    "text",
    [
        "Prices would rise in Scotland next year, it said.\n\n\u201cHouseholds face a hard "
        "winter,\u201d it added.",
        "The foreign ministry issued a statement.\n\nMr Hale would visit Kyiv next week, it "
        "said.\n\n\u201cThe visit is important,\u201d it added.",
        "Labour rose in the polls in Wales, it said.\n\n\u201cVoters trust us,\u201d it "
        "added.",
    ],
)
def test_a_place_of_the_predicate_is_never_the_reporter(text):
    assert only_speaker(text) is None


# Near misses, as on the round's start: a country or a city that speaks, a body named
# after a place, a body inside the subject, a pronoun of a person, a clause opening with
# an adverb, a verb taking its own clause, a body that spoke before a thing's clause, a
# ministry described before the clause, a group of people before a party's "they".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia will respond to the sanctions, it said.\n\n\u201cWe will not be "
         "intimidated,\u201d it added.", "Russia"),
        ("Kyiv said it would seek more help from Berlin.\n\n\u201cWe need systems "
         "now,\u201d it added.", "Kyiv"),
        ("Moscow will respond in kind, it said.\n\n\u201cThe West has gone too far,\u201d it"
         " added.", "Moscow"),
        ("Aberdeen City Council will close three schools in Aberdeen, it said.\n\n\u201cThese"
         " are hard choices,\u201d it added.", "Aberdeen City Council"),
        ("Sales at Kestrel Air fell in Spain, it said.\n\n\u201cWe regret the fall,\u201d it"
         " added.", "Kestrel Air"),
        ("Ann Hale will open a shop in Leeds, she said.\n\n\u201cIt is my dream,\u201d she "
         "added.", "Ann Hale"),
        ("On Monday Nato will send more jets to Poland, it said.\n\n\u201cOur resolve is "
         "firm,\u201d it added.", "Nato"),
        ("Moscow accused Kyiv of shelling the plant again, it said.\n\n\u201cThis is nuclear"
         " blackmail,\u201d it added.", "Moscow"),
        ("Since Nokia kept its share in Finland, it said that sales would rise.\n\n\u201cWe "
         "are pleased,\u201d it added.", "Nokia"),
        ("Unicef warned of hunger on Monday.\n\nFood convoys had been stuck for days, it "
         "said.\n\n\u201cChildren are dying,\u201d it added.", "Unicef"),
        ("Oxfam said aid was blocked.\n\nShell will cut 500 jobs in Aberdeen, it said.\n\n"
         "\u201cWe regret the impact,\u201d it added.", "Shell"),
        ("Shell will cut 500 jobs in Aberdeen, it said.\n\nBP said it would keep its staff."
         "\n\n\u201cWe value our people,\u201d it added.", "BP"),
        ("Tory MPs met on Tuesday. Tory would vote against the plan, they said. \u201cIt is "
         "a bad plan,\u201d they added.", "Tory MPs"),
    ],
)
def test_near_misses_keep_their_speakers(text, speaker):
    assert only_speaker(text) == speaker


def test_a_ministry_described_before_takes_the_it_from_the_clauses_opener():
    text = (
        "The defence ministry in Kyiv issued a statement.\n\nMoscow had shelled the dam, it "
        "said.\n\n\u201cThis is a war crime,\u201d it added."
    )
    assert only_speaker(text) != "Moscow"
