"""A document sent "to" someone ("a letter to Poland said", "his message to Kyiv said",
"the report to Congress said"): the document speaks (or its owner), never the one it was
sent to. Issue 10, twentieth round (found by review on invented text in earlier rounds).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

WORDS = "We will sue"


def test_a_document_to_a_country_speaks_not_the_country():
    text = '"We will not accept these terms," a letter to Poland said.'
    assert said(text) == [("We will not accept these terms,", "a letter to Poland")]
    text = '"The programme has failed," the report to Congress said.'
    assert said(text) == [("The programme has failed,", "the report to Congress")]


def test_an_owned_document_to_a_place_is_its_owners():
    text = 'Tom Hale spoke on Monday. "Help is coming soon," his message to Kyiv said.'
    assert said(text) == [("Help is coming soon,", "Tom Hale")]
    text = 'Anna Berg spoke on Monday. "Help is coming soon," her message to Kyiv said.'
    assert said(text) == [("Help is coming soon,", "Anna Berg")]
    text = f'Tom Hale wrote on Monday. "{WORDS}," his letter to Anna Berg said.'
    assert said(text) == [(f"{WORDS},", "Tom Hale")]
    assert said(f'"{WORDS}," Anna Berg\'s letter to Poland said.') == [(f"{WORDS},", "Anna Berg")]


def test_an_unnamed_owner_leaves_the_quotation_unattributed_not_the_place():
    text = 'The president spoke on Monday. "Help is coming soon," his message to Kyiv said.'
    assert said(text) == [("Help is coming soon,", None)]


def test_near_misses_keep_their_readings():
    # The issuer after "from" speaks as before.
    assert said(f'"{WORDS}," the letter from Qwest said.') == [(f"{WORDS},", "Qwest")]
    text = f'"{WORDS}," the report to Congress by the Audit Office said.'
    assert said(text) == [(f"{WORDS},", "Audit Office")]
    # A person described by "to" or "close to" is that person, as before.
    assert said(f'"{WORDS}," an aide to Tom Hale said.') == [(f"{WORDS},", "an aide to Tom Hale")]
    assert said(f'"{WORDS}," a source close to Tom Hale said.') == [
        (f"{WORDS},", "a source close to Tom Hale")
    ]
    text = f'"{WORDS}," a senior adviser to the Prime Minister said.'
    assert said(text) == [(f"{WORDS},", "a senior adviser to the Prime Minister")]
    # The letter in an aside, an adjunct, or after the verb: the named writer.
    text = f'Tom Hale, in a letter to Anna Berg, said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Tom Hale")]
    assert said(f'"{WORDS}," Tom Hale said in a letter to Poland.') == [(f"{WORDS},", "Tom Hale")]
    assert said(f'In a letter to Poland, Tom Hale said: "{WORDS}."') == [(f"{WORDS}.", "Tom Hale")]
    text = f'Speaking to Tom Hale, Anna Berg said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Anna Berg")]
    text = 'Anna Berg spoke on Monday. "Help is coming," she said in her message to Kyiv.'
    assert said(text) == [("Help is coming,", "Anna Berg")]
    # The place named only later: the letter as before.
    text = f'"{WORDS}," the letter said. It was sent to Poland.'
    assert said(text) == [(f"{WORDS},", "the letter")]


def test_a_place_or_an_object_owns_no_document():
    """Revised after review (revK finding 2): "its"/"their" resolved to a city the group
    was in, or to the object of the clause before, owns no document; the document speaks
    as itself."""
    cases = [
        ("The envoys gathered in Rome.", '"Talks must resume," their note to Tehran said.',
         "their note to Tehran"),
        ("The bishops met in York.", '"We stand together," their letter to Tom Hale said.',
         "their letter to Tom Hale"),
        ("The charity is housed in Bristol.", '"We will appeal," its letter to Spain said.',
         "its letter to Spain"),
        ("The nurses met Zenco on Tuesday.", '"We will walk out," their email to patients said.',
         "their email to patients"),
        ("The envoys visited Anna Berg in Oslo.", '"We will act," their letter to Moscow said.',
         "their letter to Moscow"),
    ]
    for before, quote, speaker in cases:
        assert [s for _, s in said(f"{before} {quote}")] == [speaker], before


def test_an_owner_seen_as_a_subject_keeps_its_document():
    """Near misses: the owner acted as a clause's subject before the document."""
    cases = [
        ("Zenco opened a depot in Hull.", '"Jobs will follow," its statement said.', "Zenco"),
        ("Acme sued its supplier in Derby.", '"We were misled," its letter to the court said.',
         "Acme"),
        ("Acme posted a loss. Analysts criticised Acme on Friday.",
         '"We are confident," its statement said.', "Acme"),
        ("The Red Cross worked in Kherson and Odesa.",
         '"Access is poor," its report to donors said.', "Red Cross"),
        ("Kyiv rejected the plan on Monday.",
         '"It rewards the invader," its statement said.', "Kyiv"),
        ("Moscow denied the claim.", '"It is a lie," its note to the UN said.', "Moscow"),
        ("Acme makes steel in Sheffield.\n\n", '"Orders are up," its report said.', "Acme"),
        ("The Green Party met in Brighton.", '"We are ready," its manifesto said.', "Green Party"),
        ("Tom Hale met Ivan Petrov in Oslo.", '"We agreed nothing," his letter to the press said.',
         "Tom Hale"),
    ]
    for before, quote, speaker in cases:
        assert [s for _, s in said(f"{before} {quote}")] == [speaker], before


def test_the_issuer_named_before_or_after_the_recipient_speaks():
    """Revised after review (revK finding 5): "from X" names the issuer wherever the
    recipient's "to" stands."""
    cases = [
        ('"We will not pay," a letter from Anna Berg to Spain said.', "Anna Berg"),
        ('"We will not pay," a letter to Spain from Anna Berg said.', "Anna Berg"),
        ('"Lay down your arms," the message to Kharkiv from Moscow said.', "Moscow"),
        ('"Costs are rising," the report to Congress from the Audit Office said.', "Audit Office"),
    ]
    for text, speaker in cases:
        assert [s for _, s in said(text)] == [speaker], text


def test_near_misses_of_the_issuer_after_the_recipient():
    # No capitalised issuer after "from": the document, as before.
    for text, speaker in (
        ('"Talks must go on," a letter to Spain from officials in Rome said.',
         "a letter to Spain from officials in Rome"),
        ('"Talks must go on," a letter to Spain from Monday said.',
         "a letter to Spain from Monday"),
        ('"Talks must go on," a letter to Acme to Tom Hale said.',
         "a letter to Acme to Tom Hale"),
        ('"Talks must go on," a letter to Spain said.', "a letter to Spain"),
        ('"Talks must go on," the letter from Qwest said.', "Qwest"),
        ('"Talks must go on," a letter to Acme obtained by The Courier said.', "a letter to Acme"),
    ):
        assert [s for _, s in said(text)] == [speaker], text
    text = 'Tom Hale wrote to Poland. "We will sue," his letter to Warsaw from Berlin said.'
    assert [s for _, s in said(text)] == ["Tom Hale"]


def test_a_place_or_an_object_has_no_spokesperson():
    """The same for "its"/"their" + spokesperson: no city nor clause object speaks."""
    for before, quote, speaker in (
        ("The charity is housed in Bristol.", '"We will appeal," its spokesman said.',
         "its spokesman"),
        ("The envoys gathered in Rome.", '"Talks must resume," their spokeswoman said.',
         "their spokeswoman"),
        ("The nurses met Zenco on Tuesday.", '"We will walk out," their spokesman said.',
         "their spokesman"),
        ("Zenco opened a depot in Hull.", '"Jobs will follow," its spokesman said.', "Zenco"),
        ("Kyiv rejected the plan.", '"It rewards the invader," its spokesman said.', "Kyiv"),
        ("Acme posted a loss. Analysts criticised Acme on Friday.",
         '"We are calm," its spokeswoman said.', "Acme"),
    ):
        assert [s for _, s in said(f"{before} {quote}")] == [speaker], before
