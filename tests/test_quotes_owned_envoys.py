"""A possessive job with a prepositional complement ("Ukraine's ambassador to Poland
said"): the whole description speaks (or the person it names in apposition), never the
complement's name (issue 10, nineteenth round: found on real outlets' pages, web22).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

LEAD = "Talks stalled on Monday.\n\n"
WORDS = "We will not accept this"


def test_the_owned_envoy_before_the_verb_speaks_not_the_country_he_is_sent_to():
    assert said(LEAD + f'"{WORDS}," Ukraine\'s ambassador to Poland said.') == [
        (f"{WORDS},", "Ukraine's ambassador to Poland")
    ]


def test_the_owned_envoy_before_a_colon_speaks():
    assert said(LEAD + f'Ukraine\'s ambassador to Poland said: "{WORDS}."') == [
        (f"{WORDS}.", "Ukraine's ambassador to Poland")
    ]


def test_the_owned_envoy_warning_that_speaks():
    text = LEAD + 'Freedonia\'s ambassador to Ruritania warned that "nothing is settled".'
    assert said(text) == [("nothing is settled", "Freedonia's ambassador to Ruritania")]


def test_the_owned_envoy_telling_someone_speaks():
    text = LEAD + f'Ukraine\'s ambassador to Poland told Tom Hale: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Ukraine's ambassador to Poland")]


def test_the_owned_envoy_after_an_inverted_verb_speaks():
    assert said(LEAD + f'"{WORDS}," said Ukraine\'s ambassador to Poland.') == [
        (f"{WORDS},", "Ukraine's ambassador to Poland")
    ]


def test_the_envoy_named_in_apposition_speaks():
    text = LEAD + f'"{WORDS}," Ukraine\'s ambassador to Poland, Anna Berg, said.'
    assert said(text) == [(f"{WORDS},", "Anna Berg")]
    text = LEAD + f'"{WORDS}," said Ukraine\'s ambassador to Poland, Anna Berg.'
    assert said(text) == [(f"{WORDS},", "Anna Berg")]


def test_near_misses_keep_their_readings():
    # Without an owner, the description reads whole as before.
    assert said(LEAD + f'"{WORDS}," the envoy to Nato said.') == [
        (f"{WORDS},", "the envoy to Nato")
    ]
    # Without a complement, the owned job is the speaker as before.
    assert said(LEAD + f'"{WORDS}," Poland\'s ambassador said.') == [
        (f"{WORDS},", "Poland's ambassador")
    ]
    # An organisation's spokesman speaks for the organisation (the devset convention).
    assert said(LEAD + f'"{WORDS}," Acme\'s spokesman said.') == [(f"{WORDS},", "Acme")]
    # An office is no person: the rule leaves it alone (no speaker, not Leeds).
    assert said(LEAD + f'"{WORDS}," Acme\'s office in Leeds said.') == [(f"{WORDS},", None)]


def test_the_envoy_as_object_or_in_a_clause_does_not_speak():
    # The envoy is met, left or asked about: the person named after speaks.
    text = LEAD + f'After Ukraine\'s ambassador to Poland left, Tom Hale said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Tom Hale")]
    text = LEAD + f'Ukraine\'s ambassador to Poland met Tom Hale, who said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Tom Hale")]
    text = LEAD + f'Asked about Ukraine\'s ambassador to Poland, Tom Hale said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Tom Hale")]
    text = LEAD + f'Tom Hale told Ukraine\'s ambassador to Poland: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Tom Hale")]
    text = LEAD + f'"{WORDS}," Tom Hale said to Ukraine\'s ambassador to Poland.'
    assert said(text) == [(f"{WORDS},", "Tom Hale")]
    text = LEAD + f'Anna Berg, Ukraine\'s ambassador to Poland, said: "{WORDS}."'
    assert said(text) == [(f"{WORDS}.", "Anna Berg")]


def test_a_document_from_the_envoy_is_not_read_as_the_envoy():
    text = LEAD + f'A letter from Ukraine\'s ambassador to Poland said: "{WORDS}."'
    assert ("We will not accept this.", "Ukraine's ambassador to Poland") not in said(text)


def test_after_an_inverted_verb_the_listeners_stay_out_of_the_description():
    # "to reporters", "to the court": those spoken to, not the post; the owned person
    # speaks (main gave no speaker), and a pronoun after takes the same person.
    text = LEAD + f'"{WORDS}," said Tull\'s lawyer to reporters on Monday.'
    assert said(text) == [(f"{WORDS},", "Tull's lawyer")]
    text = LEAD + f'It was not over, said Tull\'s lawyer to the court. "{WORDS}," he added.'
    assert said(text) == [(f"{WORDS},", "Tull's lawyer")]
    text = LEAD + f'"{WORDS}," said Ukraine\'s ambassador to the UN.'
    assert said(text) == [(f"{WORDS},", "Ukraine's ambassador to the UN")]
