"""Speakers, nineteenth round (issue 10): bodies in sentences read only for people's
full names (an article's opening sentence, far from every quotation). A body named in
apposition to its kind there ("by the press watchdog, Editors Beyond Frontiers.") is
registered, so that a later "said the group" and "it said" find it; and names given as
examples of a plural of things ("Popular portals such as Bellnet and Zipnet maintain
...") are neither the subject nor the speaker of the clause: the plural is, as a group.
Every case is text written for this test; the near misses are shapes where the rules
must not fire."""

from __future__ import annotations

from tests.quote_support import said


def test_found_watchdog_far():
    # a body named beside its kind in the opening sentence, far from the quotation, is
    # registered; portals named as examples ("such as") are no speaker nor topic
    text = (
        "Ruritania has been accused of blocking a video site by the press watchdog, E"
        "ditors Beyond Frontiers.\n\nThe site has been down for ten days. Officials den"
        "y any block.\n\nMany web users rely on it for news. Some have turned to other "
        "sites.\n\nPopular local portals such as Bellnet and Zipnet maintain a close wa"
        "tch on comments.\n\n\u201cThis is plain censorship,\u201d said the group in a statement."
        " \u201cIt must stop,\u201d it said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [
        ("This is plain censorship,", "Editors Beyond Frontiers"),
        ("It must stop,", "Editors Beyond Frontiers"),
    ]


def test_found_examples_it():
    # a speaker named with its cue keeps the quotation (examples before it are no speaker)
    text = (
        "Popular portals such as Bellnet and Zipnet maintain a close watch on comment"
        "s.\n\n\u201cOur rules are clear,\u201d said the Ruritanian ministry of culture."
    )
    assert [(q[:30], s) for q, s in said(text)] == [
        ("Our rules are clear,", "the Ruritanian ministry of culture")
    ]


def test_near_miss_examples_person():
    # "she" is still the person named as an example
    text = (
        "Critics such as Ann Pike said the plan would fail.\n\n\u201cIt cannot work,\u201d she sa"
        "id."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It cannot work,", "Ann Pike")]


def test_near_miss_examples_named_speaker():
    # a speaker named with the quotation is unaffected
    text = (
        "Rivals such as Acme and Zenco said prices would rise.\n\n\u201cWe have no choice,\u201d "
        "said Zenco's chief, Tom Hale."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We have no choice,", "Tom Hale")]


def test_near_miss_examples_object():
    # examples inside an object: the named speaker keeps the quotation
    text = (
        "The ban hits firms such as Acme and Zenco hard, said Ann Pike, an analyst.\n\n"
        "\u201cThey will lose sales,\u201d she said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("They will lose sales,", "Ann Pike")]


def test_near_miss_such_as_capital():
    # a name given as an example who speaks later keeps the quotation
    text = (
        "Stars such as Madonna say the tour will go ahead.\n\n\u201cWe cannot wait,\u201d Madonna"
        " told fans."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We cannot wait,", "Madonna")]


def test_near_miss_watchdog_clause():
    # "the watchdog, X said,": a clause, no apposition
    text = (
        "Ruritania was accused of censorship. The press watchdog, Editors Beyond Fron"
        "tiers said, had seen lists.\n\nThe site was down for days. Officials denied an"
        "y block.\n\nMany users rely on it. Some turned to other sites.\n\n\u201cIt must stop,"
        "\u201d the watchdog said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It must stop,", "the watchdog")]


def test_near_miss_watchdog_person():
    # a person in apposition is no body
    text = (
        "The plan was opposed by the head of the press watchdog, Ann Pike.\n\nThe site "
        "was down for days. Officials denied any block.\n\nMany users rely on it. Some "
        "turned to other sites.\n\n\u201cIt must stop,\u201d the watchdog said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It must stop,", "the watchdog")]


def test_near_miss_watchdog_document():
    # a document's title is no body
    text = (
        "The plan was criticised in the report, Hidden Costs, last year.\n\nThe site wa"
        "s down for days. Officials denied any block.\n\nMany users rely on it. Some tu"
        "rned to other sites.\n\n\u201cIt must stop,\u201d the group said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It must stop,", "Officials")]


def test_near_miss_watchdog_list():
    # a list after the description is no apposition
    text = (
        "The plan was opposed by the press watchdog, Ofwax, the unions and the banks."
        "\n\nThe site was down for days. Officials denied any block.\n\nMany users rely o"
        "n it. Some turned to other sites.\n\n\u201cIt must stop,\u201d the watchdog said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It must stop,", "the watchdog")]


def test_near_miss_later_body_spoke():
    # a body that spoke since is the group meant
    text = (
        "Ruritania was accused of blocking a video site by the press watchdog, Editor"
        "s Beyond Frontiers.\n\nThe site was down for days. Officials denied any block."
        "\n\nMany users rely on it. Some turned to other sites.\n\nThe rights group Free "
        "Voice said on Monday it had seen lists of banned words.\n\n\u201cIt must stop,\u201d the"
        " group said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It must stop,", "Free Voice")]


def test_near_miss_like_reply():
    # "looks like, Pike replied": "like" introduces no examples
    text = (
        "Asked what a fair deal looks like, Pike replied: \u201cWe are a long way from one.\u201d"
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are a long way from one.", "Pike")]


def test_near_miss_like_places():
    # "towns like Leeds and York, he said": the pronoun is no example
    text = (
        "Voters in towns like Leeds and York, he said, had \u201clost all faith\u201d in the pa"
        "rty, according to Tom Hale, an analyst."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("lost all faith", "Tom Hale")]


def test_near_miss_person_plural_examples():
    # a plural for people: the person named as its example speaks
    text = (
        "Tory candidates such as Sen. Ann Pike said the leader would be \u201ca disaster f"
        "or the party.\u201d"
    )
    assert [(q[:30], s) for q, s in said(text)] == [("a disaster for the party.", "Ann Pike")]


def test_near_miss_examples_firms_named():
    # examples before a named speaker's aside: the named speaker keeps it
    text = (
        "Firms such as Acme and Zenco, Ann Pike said, were \u201cready to leave\u201d the country."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("ready to leave", "Ann Pike")]
