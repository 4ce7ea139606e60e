"""Speakers, nineteenth round (issue 10): a body named only as the modifier of a
person's job ("Oasis singer Liam Gallagher", "Burnley striker Dan Moss", "Acme chief
executive Jo Bright") is registered as a body of the kind the job tells (band, club,
company), so that a later "the band said" finds it; not when another body has opened a
sentence, spoken or been introduced by the description's noun since. Every case is text
written for this test; the near misses are shapes where the rule must not fire."""

from __future__ import annotations

from tests.quote_support import said


def test_found_band():
    # a singer's modifier is a band, found by a later "the band" two paragraphs on
    text = (
        "Oasis singer Liam Gallagher has cancelled a concert in Glasgow after a throat "
        "infection.\n\nThe show at the Barrowland was due to take place on Friday night.\n"
        "\n\u201cWe are gutted to let our fans down,\u201d the band said in a statement."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are gutted to let our fans ", "Oasis")]


def test_found_club():
    # a striker's modifier is a club
    text = (
        "Burnley striker Dan Moss will miss the derby with a knee injury.\n\nHe was hurt "
        "in training on Tuesday.\n\n\u201cDan will be out for three weeks,\u201d the club said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("Dan will be out for three week", "Burnley")]


def test_found_company():
    # a chief executive's modifier is a company
    text = (
        "Acme chief executive Jo Bright has said profits will rise this year.\n\nShares r"
        "ose 4% in early trading.\n\n\u201cWe expect a strong second half,\u201d the company said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We expect a strong second half", "Acme")]


def test_found_own_firm():
    # the person's own firm, not a rival named only inside an object ("Shares in rival
    # maker Zenco fell")
    text = (
        "Acme chief executive Jo Bright said profits rose by a fifth. Shares in rival m"
        "aker Zenco fell on the news.\n\n\u201cWe had a strong year,\u201d the company said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We had a strong year,", "Acme")]


def test_found_far():
    # the body named in a sentence far from the quotation, read only for full names before
    text = (
        "Oasis singer Liam Gallagher has cancelled a concert in Glasgow.\n\nThe show was "
        "due on Friday. Tickets had sold out in an hour. Fans were told at the door. Re"
        "funds will be paid next week. The venue has not said when the show will be mov"
        "ed.\n\n\u201cWe are gutted to let our fans down,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are gutted to let our fans ", "Oasis")]


def test_near_miss_song():
    # a name before a thing ("the Oasis song") is no job's modifier
    text = (
        "Liam Gallagher sang the Oasis song Wonderwall at the show in Leeds.\n\n\u201cIt was a"
        " great night,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("It was a great night,", "the band")]


def test_near_miss_fan():
    # a fan is no job that tells a body
    text = (
        "Dan Moss, a Burnley fan, was hurt when a wall fell at the ground.\n\n\u201cWe are loo"
        "king into it,\u201d the club said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are looking into it,", "the club")]


def test_near_miss_other_club():
    # another club opened a sentence since ("Arsenal were furious"): no speaker rather
    # than a wrong one
    text = (
        "Chelsea striker Didier Drog scored twice against Arsenal on Sunday. Arsenal we"
        "re furious at the second goal.\n\n\u201cThe goal was clearly offside,\u201d the club said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("The goal was clearly offside,", "the club")]


def test_near_miss_council():
    # a place before a striker is no council: "the council" keeps Leeds Council
    text = (
        "Leeds striker Dan Moss was hurt when a stand collapsed. Leeds Council closed t"
        "he ground on Monday.\n\n\u201cThe pitch is unsafe,\u201d the council said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("The pitch is unsafe,", "Leeds Council")]


def test_near_miss_country():
    # a country's player belongs to no club a later "the club" means
    text = (
        "England striker Dan Moss will miss the friendly with a knee injury.\n\n\u201cHe will "
        "be out for three weeks,\u201d the club said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("He will be out for three weeks", "the club")]


def test_near_miss_nationality():
    # a nationality before a singer is no band
    text = (
        "Welsh singer Cara Bell has cancelled her tour.\n\n\u201cWe are sorry,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are sorry,", "the band")]


def test_near_miss_new_band():
    # a band introduced by its kind since ("Rival band Blur") is the one meant
    text = (
        "Oasis singer Liam Gallagher mocked his rivals on Monday. Rival band Blur hit b"
        "ack on Tuesday.\n\n\u201cWe are not bothered,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are not bothered,", "Blur")]


def test_near_miss_singer_desc():
    # "the singer" is still the singer, not the band
    text = (
        "Oasis singer Liam Gallagher arrived two hours late for the show.\n\n\u201cI was stuck"
        " in traffic,\u201d the singer said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("I was stuck in traffic,", "Liam Gallagher")]


def test_near_miss_he():
    # "he" is still the singer
    text = (
        "Oasis singer Liam Gallagher cancelled the gig on Friday.\n\n\u201cI am ill and I cann"
        "ot sing,\u201d he said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [
        ("I am ill and I cannot sing,", "Liam Gallagher")
    ]


def test_near_miss_firm():
    # a rival firm that spoke since is the company meant
    text = (
        "Acme chief executive Jo Bright met Zenco bosses on Monday. Zenco, a rival firm"
        ", said it would bid for the chain.\n\n\u201cWe will make an offer soon,\u201d the company "
        "said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We will make an offer soon,", "Zenco")]


def test_near_miss_two_companies():
    # another company that spoke since is the one meant
    text = (
        "Acme chief executive Jo Bright resigned on Monday. Zenco said it would buy the"
        " firm.\n\n\u201cThe deal makes sense for our shareholders,\u201d the company said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("The deal makes sense for our s", "Zenco")]


def test_near_miss_question():
    # the band, named only as the singer's modifier, after a person asked and another who answered
    text = (
        "Reporters asked Oasis singer Liam Gallagher about the row.\n\n\u201cAsk the others,\u201d "
        "said Noel Gallagher, his brother.\n\n\u201cWe have nothing to add,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [
        ("Ask the others,", "Noel Gallagher"),
        ("We have nothing to add,", "Oasis"),
    ]


def test_near_miss_bbc_between():
    # another body spoke since ("The BBC said"): the band is left unresolved rather than guessed
    text = (
        "Oasis singer Liam Gallagher cancelled the gig on Friday. The BBC said it would"
        " not air the show.\n\n\u201cWe are gutted,\u201d the band said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We are gutted,", "the band")]


def test_near_miss_hearsay():
    # a company known from a job is no union
    text = (
        "Acme chief executive Jo Bright was said by friends to be furious.\n\n\u201cThe result"
        "s are poor,\u201d the union said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("The results are poor,", "the union")]


def test_near_miss_it():
    # "it" as before
    text = (
        "Acme chief executive Jo Bright resigned on Monday.\n\n\u201cWe thank Jo for her servi"
        "ce,\u201d it said."
    )
    assert [(q[:30], s) for q, s in said(text)] == [("We thank Jo for her service,", "Acme")]
