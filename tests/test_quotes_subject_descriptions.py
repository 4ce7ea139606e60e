"""Speakers, twentieth round (issue 10): a speaking "they" or "it" after a sentence that
opens with a description ("The rebels took Idlib on Sunday", "The ministry sent troops
to Kharkiv") is that description, never a place or a thing its predicate names (a
description subject is no sighting, so the pronoun reached "Idlib"). Near misses: a
name that is the subject itself, a person or body named after the description, another
pronoun, a description that is not the sentence's opener. Every sentence was written
for this test (places and bodies are real names, the sentences are quoted from no text).
"""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker


# The opening description speaks (each case gave the place on the round's start).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebels took Idlib on Sunday after a week of fighting.\n\n\u201cThe city is "
         "ours now,\u201d they said in a statement.", "the rebels"),
        ("The ministers met in Paris on Monday.\n\n\u201cWe are united,\u201d they said.",
         "the ministers"),
        ("The unions marched through London on Saturday.\n\n\u201cPay must rise with "
         "prices,\u201d they said.", "the unions"),
        ("The ministry sent extra troops to Kharkiv on Wednesday.\n\n\u201cThe situation is "
         "under control,\u201d it said.", "the ministry"),
        ("The company opened a new plant in Ohio last year.\n\n\u201cDemand has never been "
         "stronger,\u201d it said.", "the company"),
        ("The council closed three libraries in Leeds this spring.\n\n\u201cWe had no "
         "choice,\u201d it said.", "the council"),
        ("The rebels seized Mariupol's port after heavy shelling. \u201cWe hold the "
         "harbour,\u201d they said.", "the rebels"),
        ("The soldiers withdrew from Bakhmut overnight.\n\n\u201cIt was no longer possible "
         "to hold it,\u201d they said.", "the soldiers"),
        ("The regulator fined two banks in Frankfurt on Monday.\n\n\u201cThe rules apply to "
         "everyone,\u201d it said.", "the regulator"),
        ("The city council in Leeds closed three libraries.\n\n\u201cWe had no "
         "choice,\u201d it said.", "the city council"),
        ("The rebels have taken Idlib after a week of fighting.\n\n\u201cThe city is "
         "ours now,\u201d they said.", "the rebels"),
        ("The ministers met Nato officials in Brussels.\n\n\u201cWe are united,\u201d "
         "they said.", "the ministers"),
        ("The army shelled Kharkiv overnight.\n\n\u201cWe hit only military "
         "targets,\u201d it said.", "the army"),
        ("The police said the suspect had fled to Spain.\n\n\u201cHe is armed,\u201d "
         "they said.", "the police"),
        ("The two ministers met in Paris on Monday.\n\n\u201cWe are united,\u201d they "
         "said.", "the two ministers"),
        ("The company sued Apple in California last week.\n\n\u201cOur patents were "
         "copied,\u201d it said.", "the company"),
        # two groups: no speaker rather than the place
        ("The unions and the government met in London on Friday.\n\n\u201cWe have a "
         "deal,\u201d they said.", None),
    ],
)
def test_opening_description_speaks(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


# Near misses: the rule must not fire (each as on the round's start).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia said it would pull its troops back from the border.\n\n\u201cThe "
         "exercises are over,\u201d it said.", "Russia"),
        ("The rebels took Idlib on Sunday. Their commander, Abu Karim, spoke to "
         "reporters.\n\n\u201cThe city is ours now,\u201d he said.", "Abu Karim"),
        ("The ministers met in Paris on Monday. The European Commission later issued a "
         "statement.\n\n\u201cWe are united,\u201d it said.", "European Commission"),
        ("Germany sent tanks to Lithuania on Monday.\n\n\u201cOur allies can count on "
         "us,\u201d it said.", "Germany"),
        ("Shell closed its refinery in Rotterdam last week.\n\n\u201cThe site was losing "
         "money,\u201d it said.", "Shell"),
        ("The ministers met in Paris on Monday. Foreign Minister Anna Berg said the talks "
         "had gone well.\n\n\u201cWe are united,\u201d she said.", "Anna Berg"),
        ("The rebels took Idlib on Sunday.\n\n\u201cThe city is ours now,\u201d the "
         "rebels' spokesman, Omar Haddad, said.", "Omar Haddad"),
        ("The ministers met in Paris on Monday. Reporters asked Chancellor Olaf Brandt "
         "about the deal.\n\n\u201cWe are united,\u201d he said.", "Olaf Brandt"),
        # (twenty-fourth round, plural27: one person is no "they"; the plural subject is)
        ("The ministers met Olaf Brandt in Paris on Monday.\n\n\u201cWe are united,\u201d "
         "they said.", "the ministers"),
        ("The company's chief, Ana Ruiz, opened a plant in Ohio.\n\n\u201cDemand is "
         "strong,\u201d she said.", "Ana Ruiz"),
        ("The head of the ministry, Ivan Petrov, visited Kharkiv on Monday.\n\n\u201cThe "
         "front is holding,\u201d he said.", "Ivan Petrov"),
        ("The ministers met in Paris. Chancellor Maria Vogel arrived late.\n\n\u201cWe are "
         "united,\u201d she said.", "Maria Vogel"),
        ("The ministry sent troops to Kharkiv. A leaked memo from Nato warned of "
         "shortages.\n\n\u201cStocks are low,\u201d it said.", "Nato"),
        # a named group in the predicate may be the "they" itself
        ("The ministers met the Taliban in Doha on Monday.\n\n\u201cWe want recognition "
         "first,\u201d they said.", "Taliban"),
        ("The senators blamed Democrats for the delay.\n\n\u201cWe have offered a "
         "deal,\u201d they said.", "Democrats"),
        ("The rebels fought the Kurds near Raqqa.\n\n\u201cThey started it,\u201d they "
         "said.", "Kurds"),
        # the description's owner named after "of" may be the speaker
        ("The government of Ukraine closed its airspace on Monday.\n\n\u201cThe skies "
         "are not safe,\u201d it said.", "Ukraine"),
        # a passive's agent may speak
        ("The city council has been criticised by the watchdog, Ofwax, over its budget."
         "\n\n\u201cThis is a poor plan,\u201d it said.", "Ofwax"),
        ("The company was bought by Santander last year.\n\n\u201cThe deal is "
         "done,\u201d it said.", "Santander"),
        ("The ministry said Russia had fired the missiles from Belgorod.\n\n\u201cWe will "
         "respond,\u201d it said.", "the ministry"),
    ],
)
def test_near_misses_keep_theironly_speaker(text: str, speaker: str | None) -> None:
    assert only_speaker(text) == speaker


# Not the shape: no description opens the sentence right before the pronoun (the
# speakers found there are other rules' matter and not asserted).
@pytest.mark.parametrize(
    "text",
    [
        "John Smith and Mary Jones visited Kyiv on Friday.\n\n\u201cWe saw the damage "
        "ourselves,\u201d they said.",
        "The rebels took Idlib on Sunday.\n\nGovernment forces withdrew to Hama.\n\n"
        "\u201cThe city is ours now,\u201d they said.",
        "The talks in Geneva ended without a deal.\n\n\u201cWe will meet again,\u201d "
        "they said.",
        "The report was published in Geneva on Monday.\n\n\u201cCivilians bear the "
        "cost,\u201d it said.",
        # a passive: its agent may be the speaker, so the rule keeps off
        "The protesters were dispersed by riot police in Minsk.\n\n\u201cThey used tear "
        "gas on children,\u201d they said.",
        "Police arrested the protesters in Minsk on Saturday.\n\n\u201cThey broke the "
        "law,\u201d they said.",
    ],
)
def test_no_opening_description_no_description(text: str) -> None:
    speaker = only_speaker(text)  # (none since plural27: a place is no "they", Geneva, Minsk)
    assert speaker is None or not speaker.startswith("the "), speaker
