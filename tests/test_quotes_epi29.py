"""Speakers, twenty-ninth round (issue 10; task epi29): epithets and described subjects.

A person's noun written in capitals ("MP writes to minister") is no organisation, so a
later "the health trust" or "it said" is not that person; an honorific before a surname
that is also a body's word ("Dr Fox", "Mr Chambers") names a person; one who "put it to
him that ..." is passed over by the "he said" that answers; the Treasury's Chief
Secretary is "the minister"; a description that is the subject of a clause after an
opening adjunct ("Six years after losing to Ron Vale, the Democrat is ...") is the
person the sentence before is about, never the name inside the adjunct; a description
of no holder is no person of no role its own clause names ("The nominee interrupted Ann
Corley") nor one its quotation names by surname or by a given name nobody else in reach
has; "the spokesman" repeats "The prime minister's official spokesman", whose job is
the last of the person's nouns written together (an official and a spokesman). Every
sentence was written for this test; the names are invented.
"""

from __future__ import annotations

from tests.quote_support import said

_HEADLINE_MP = (
    "MP writes to minister over hospital\n\n"
    "A Labour MP has written to the health secretary about the closure of a unit in her "
    "seat.\n\n"
    'The local health trust said the unit was not safe. "Safety has to come first," it said.'
)


def test_a_capitalised_persons_noun_is_no_body_for_it():
    # r26: "Safety has to come first," -> "Labour MP" (the headline's "MP" an organisation).
    assert dict(said(_HEADLINE_MP))["Safety has to come first,"] == "the local health trust"


def test_an_acronym_body_still_speaks_as_it():
    text = 'BBC defends coverage\n\nThe BBC has defended its coverage.\n\n"It was fair," it said.'
    assert dict(said(text))["It was fair,"] == "BBC"


def test_an_honorific_before_a_bodys_word_names_a_person():
    text = (
        "Conservative co-chairman Ewan Fox spoke in Leeds.\n\n"
        'Dr Fox said the posters were "offensive".\n\n'
        '"They are desperate," he said.'
    )
    # r26: "offensive" -> "Dr Fox", an organisation apart from Ewan Fox.
    assert dict(said(text)) == {"offensive": "Ewan Fox", "They are desperate,": "Ewan Fox"}


def test_a_broadcasters_name_stays_a_body():
    text = 'Fox News said it would appeal.\n\n"We will appeal," the network said.'
    assert dict(said(text))["We will appeal,"] == "Fox News"


_PUT_IT = (
    'Lord Tarvin said: "It is wrong in principle."\n\n'
    "Presenter Jim Nolte put it to {obj} that the change would cost £30m.\n\n"
    '"That is a small price," {cue}.'
)


def test_the_one_who_put_it_to_him_is_not_the_answering_he():
    # r26: "That is a small price," -> Jim Nolte.
    text = _PUT_IT.format(obj="him", cue="he said")
    assert dict(said(text))["That is a small price,"] == "Lord Tarvin"


def test_put_to_her_leaves_the_he_to_the_presenter():
    text = _PUT_IT.format(obj="her", cue="he said").replace("Lord Tarvin", "Lady Tarvin")
    assert dict(said(text))["That is a small price,"] == "Jim Nolte"


def test_a_question_asked_after_putting_it_is_the_presenters():
    text = _PUT_IT.format(obj="him", cue="he asked").replace("That is a small price", "Is it")
    assert dict(said(text))["Is it,"] == "Jim Nolte"


def test_words_pressed_on_the_one_it_was_put_to_are_the_presenters():
    # bblind29's E01 (the lead's mend): a quotation opening on "You" presses the point on
    # the one it was put to, so its "he" is the presenter who put it (epi29 gave the
    # interviewee).
    text = _PUT_IT.format(obj="him", cue="he said").replace(
        "That is a small price", "You promised there would be no new taxes"
    )
    assert dict(said(text))["You promised there would be no new taxes,"] == "Jim Nolte"


def test_the_chief_secretary_is_the_minister():
    text = (
        "Michael Hollis promised to cut waste.\n\n"
        '"Every pound wasted is a pound taken from a family," said the Tory leader.\n\n'
        'Chief Secretary Paul Bowden said the plans would mean "slash and burn".\n\n'
        '"It is the same old Tories," said the minister.'
    )
    # r26: "It is the same old Tories," -> Michael Hollis (a person of no role).
    assert dict(said(text))["It is the same old Tories,"] == "Paul Bowden"


def test_a_unions_chief_secretary_is_no_minister():
    text = (
        "The chief secretary of the union, Tom Hale, said the talks had failed.\n\n"
        '"We are disappointed," said the minister.'
    )
    assert dict(said(text))["We are disappointed,"] != "Tom Hale"


_ADJUNCT = (
    "Russ Fenwick has been here before. Six years after losing his Senate seat to Ron "
    "Jarvis, the {party} is on the road again.\n\n"
    "He seems to enjoy it. At a diner on Saturday, he worked the booths.\n\n"
    '"I lost in 2010 because I did not listen," he told retirees.'
)


def test_a_description_after_an_adjunct_is_the_topic_not_the_adjuncts_name():
    # r26: "I lost in 2010 ..." -> Ron Jarvis, named inside the adjunct.
    text = _ADJUNCT.format(party="Democrat")
    assert dict(said(text))["I lost in 2010 because I did not listen,"] == "Russ Fenwick"


def test_a_description_after_an_adjunct_naming_the_subject_keeps_him():
    text = (
        "Ron Jarvis is a plastics manufacturer. Six years after beating Russ Fenwick, the "
        "Republican is on the road again.\n\n"
        "He seems to enjoy it. At a diner on Saturday, he worked the booths.\n\n"
        '"I won in 2010," he told retirees.'
    )
    # r26: "I won in 2010," -> Russ Fenwick, named inside the adjunct.
    assert dict(said(text))["I won in 2010,"] == "Ron Jarvis"


def test_a_party_name_after_an_adjunct_is_no_description():
    text = (
        "Tom Hale spoke on Monday. After the rally, the Democratic Party is on the road "
        "again.\n\n"
        '"I am hopeful," he told retirees.'
    )
    assert dict(said(text))["I am hopeful,"] == "Tom Hale"


_DEBATE = (
    "Ann Corley and Tom Vance met on a debate stage on Monday.\n\n"
    "The Republican nominee repeatedly interrupted Corley, at one point declaring that he "
    'had "much better judgment" than she did.\n\n'
    '"I think Tom just criticised me for preparing," the former secretary of state said.'
)


def test_a_description_is_no_person_its_own_clause_names():
    # r26: "much better judgment" -> Ann Corley, whom the nominee interrupted.
    assert dict(said(_DEBATE))["much better judgment"] == "Tom Vance"


def test_a_description_is_no_person_its_quotation_names():
    # With the nominee found, the next description went to him; its quotation names Tom.
    assert dict(said(_DEBATE))["I think Tom just criticised me for preparing,"] == "Ann Corley"


def test_a_role_holder_named_as_an_owner_in_the_clause_keeps_the_role():
    text = (
        "Sen. Tom Vance met Ann Corley on Monday.\n\n"
        'The senator thanked Vance\'s staff, saying they had "worked hard".'
    )
    assert dict(said(text))["worked hard"] == "Tom Vance"


def test_a_given_name_two_people_share_rules_out_neither():
    text = (
        "Former minister Michael Porter will stand down.\n\n"
        'Michael Hollis said he was "sorry" to see him go.\n\n'
        '"Michael has made an enormous contribution," the Tory leader said.'
    )
    assert dict(said(text))["Michael has made an enormous contribution,"] == "Michael Hollis"


def test_the_spokesman_repeats_the_prime_ministers_official_spokesman():
    text = (
        'The prime minister\'s official spokesman said: "There is no split."\n\n'
        'Asked about the plans, the spokesman said: "I will not comment."'
    )
    # r26: "I will not comment." -> "the spokesman", apart ("official" read as the job).
    assert dict(said(text))["I will not comment."] == "the prime minister's official spokesman"


def test_the_official_still_repeats_an_official_spokesman():
    text = (
        'An official spokesman for the Home Office said: "The rules are clear."\n\n'
        '"We will not change them," the official said.'
    )
    found = dict(said(text))
    assert found["We will not change them,"] == found["The rules are clear."]


def test_a_government_official_is_no_spokesman():
    text = (
        'A government official said: "The rules are clear."\n\n'
        '"We will not change them," the spokesman said.'
    )
    assert dict(said(text))["We will not change them,"] == "the spokesman"
