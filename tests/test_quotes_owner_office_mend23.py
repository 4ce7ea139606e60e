"""Review revK2 of mendK's rules (issue 10, twentieth round). Every case is text written
for this test.

- "its"/"their" + a spokesperson or a document with no owner speaks as the description
  itself, never as another body's spokesman or a statement's earlier writer found by the
  description's words (finding 1).
- "its" keeps an owner that is the object of the clause before ("Inspectors closed X"),
  the body that reacts; only a place rejects it, and "their" a singular object (2).
- An office with no listed given name in its field is no person: the last two words of
  "Governor of the Western Tula Province" are not a holder's name (3).
- A nationality joined by a hyphen to a word of allegiance ("Russian-installed",
  "pro-Russian", "Russia-backed") still clashes with another country's (4).
- The issuer after "from" ends at the recipient's "to": "a note from their solicitors to
  Peter Lund" is no note of Peter Lund's (5, in part).
"""

from __future__ import annotations

from tests.quote_support import speakers


def test_an_unowned_spokesperson_or_document_is_no_one_named_before():
    cases = [
        ('"The vote was fair," said Ruth Cole, the council\'s spokeswoman. The delegates met '
         'in Geneva. "We will reply," their spokeswoman said.', ["Ruth Cole", "their spokeswoman"]),
        ('Ruth Cole released a statement on Tuesday. The unions then met Brightway on Friday. '
         '"Pay must rise," their statement said.', ["their statement"]),
        ('Ruth Cole wrote a letter to Vienna in May. The envoys met in Prague. '
         '"Aid is on its way," their letter to Minsk said.', ["their letter to Minsk"]),
        ('"Rates will hold," said Ruth Cole, the bank\'s spokeswoman. The insurer is '
         'registered in Dublin. "Claims will be paid," its spokeswoman said.',
         ["Ruth Cole", "its spokeswoman"]),
    ]
    for text, expected in cases:
        assert speakers(text) == expected, text


def test_an_object_that_reacts_keeps_its_spokesperson():
    cases = [
        ('Inspectors closed Brightway Farms on Tuesday. "We did nothing wrong," its '
         "spokeswoman said.", ["Brightway Farms"]),
        ('A judge ordered Velcorp to repay its clients. "We will appeal," its spokesman said.',
         ["Velcorp"]),
        ('The proposal was delivered to Minsk on Friday. "We will reply soon," its spokesman '
         "said.", ["Minsk"]),
        ('"Rates will hold," said Ruth Cole, the bank\'s spokeswoman. Inspectors closed '
         'Brightway Farms. "We did nothing wrong," its spokeswoman said.',
         ["Ruth Cole", "Brightway Farms"]),
        ('Ruth Cole, a spokesman for the mayor, spoke at noon. A court then fined Velcorp. '
         '"We will appeal," its statement said.', ["Velcorp"]),
    ]
    for text, expected in cases:
        assert speakers(text) == expected, text


def test_near_misses_a_place_or_a_singular_object_of_their():
    cases = [
        ('The teachers met Velcorp on Monday. "We want talks," their spokesman said.',
         ["their spokesman"]),
        ('The insurer is registered in Dublin. "Claims will be paid," its spokeswoman said.',
         ["its spokeswoman"]),
    ]
    for text, expected in cases:
        assert speakers(text) == expected, text


def test_an_office_with_no_listed_given_name_is_no_person():
    cases = [
        ('"Two homes were hit," Governor of the Western Tula Province said.',
         ["Governor of the Western Tula Province"]),
        ('"We will clear the fields," Head of Regional Demining Operations said.',
         ["Head of Regional Demining Operations"]),
        ('Minister for Recovery of Liberated Districts visited Izium. "Roads come first," the '
         "official said.", ["the official"]),
        ('Governor of the Russian Kursk Region toured a shelter. "We are safe," the governor '
         "said.", ["the governor"]),
        ('The Director of the Kursk Nuclear Power Station toured the site. "The reactor is '
         'safe," he said.', [None]),
        ('Head of the Volga Shipping Authority visited Samara. "Trade is down," the official '
         "said.", ["the official"]),
    ]
    for text, expected in cases:
        assert speakers(text) == expected, text


def test_a_listed_given_name_after_the_field_is_still_the_holder():
    cases = [
        ('Chief of the Naval Staff Peter Lund inspected the fleet. "We are ready," Mr Lund '
         "said.", ["Peter Lund"]),
        ('"We are ready," Chief of the Naval Staff Peter Lund said.', ["Peter Lund"]),
        ('Commissioner for Water Affairs Maria Tull opened the dam. "It will last," she said.',
         ["Maria Tull"]),
    ]
    for text, expected in cases:
        assert speakers(text) == expected, text


def test_a_word_of_allegiance_keeps_its_nationality():
    for described in ("the Russian-installed", "the pro-Russian", "the Russia-backed",
                      "the Russian-appointed"):
        text = (f'"The bridge is shut," a Ukrainian official said. "The bridge is open," '
                f"{described} official said.")
        assert speakers(text) == ["a Ukrainian official", f"{described} official"], text


def test_near_misses_a_word_of_origin_names_no_side():
    for described in ("the US-educated", "the Russian-speaking", "the Ukrainian-led"):
        text = (f'"The port is open," a Ukrainian official said. "Ships are waiting," '
                f"{described} official added.")
        assert speakers(text) == ["a Ukrainian official"] * 2, text
    text = ('"The port is open," a US official said. "Ships are waiting," the Russian-born '
            "official added.")
    assert speakers(text) == ["a US official"] * 2


def test_a_name_after_the_recipients_to_is_no_issuer():
    """Finding 5, in part: the issuer after "from" ends at the recipient's "to", so a
    lower-case issuer leaves the document speaking, never the one it was sent to."""
    text = '"We object," a note from their solicitors to Peter Lund said.'
    assert speakers(text) == ["a note from their solicitors to Peter Lund"]
    text = '"Stop the sale," the letter from the trustees to Ruth Cole said.'
    assert speakers(text) == ["the letter from the trustees to Ruth Cole"]


def test_near_misses_a_named_issuer_on_either_side_of_the_recipient():
    for text in (
        '"We object," a note from Ruth Cole to the board said.',
        '"We object," a note to the board from Ruth Cole said.',
    ):
        assert speakers(text) == ["Ruth Cole"], text
    text = '"We object," a memo from the Velcorp board to Ruth Cole said.'
    assert speakers(text) == ["Velcorp"]
