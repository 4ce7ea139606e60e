"""A description that names an affiliation ("the Texas Republican", "the Democrat", "the
Apple boss", "the Rovers chief") is the one person the article tied to it ("Rep. Tom
Hale (R-Texas)", "Carr is a Democrat", "Apple chief Steve Jobs"), never one tied to
another party or state; and the near misses where nothing may change. Invented text."""

from __future__ import annotations

import pytest
from warreader.index.quotes.affiliated_jobs import job_fits
from warreader.index.quotes.affiliations import Ties, agreement, carried
from warreader.index.quotes.tied_affiliations import person_ties

from tests.quote_support import said


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in said(text)]


# -- the ties the article gives -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "states", "others"),
    [
        ("Rep. Tom Hale (R-Texas) spoke.", {"rep"}, {"texas"}, set()),
        ("Sen. Tom Hale (D-Vt.) spoke.", {"dem"}, {"vermont"}, set()),
        ("Tom Hale, R-Texas, spoke.", {"rep"}, {"texas"}, set()),
        ("Tom Hale, a Republican from Texas, spoke.", {"rep"}, {"texas"}, set()),
        ("Democrat Tom Hale spoke.", {"dem"}, set(), set()),
        ("The Democratic nominee, Tom Hale, spoke.", {"dem"}, set(), set()),
        ("Carr left. Hale is a Republican.", {"rep"}, set(), set()),
        ("Apple chief Tom Hale spoke.", set(), set(), {"apple"}),
        ("Rival Zenco's Tom Hale spoke.", set(), set(), {"zenco"}),
        ("Sen. Tom Hale of Ohio spoke.", set(), {"ohio"}, set()),
    ],
)
def test_ties_the_article_gives(text, parties, states, others):
    assert person_ties("Tom Hale", [text]) == Ties(
        frozenset(parties), frozenset(states), frozenset(others)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, a former Republican, spoke.",  # no longer one
        "Tom Hale, who is not a Republican, spoke.",  # negated
        "Tom Hale, a friend of Democrat Ann Roe, spoke.",  # the friend's party
        "Tom Hale, the Democratic nominee's husband, spoke.",  # the owner's party
        "Republican Ann Hale spoke.",  # another Hale
        "Tom Hale criticised the Texas budget.",  # a thing's modifier
        "Voters in Texas backed Tom Hale.",  # a verb between
    ],
)
def test_no_tie(text):
    assert not person_ties("Tom Hale", [text])


def test_what_a_description_carries():
    assert carried("the Texas Republican", "politician") == Ties(
        frozenset({"rep"}), frozenset({"texas"}), frozenset()
    )
    assert carried("the Apple boss", "boss").others == {"apple"}
    assert carried("the Lib Dem leader", "leader").parties == {"ld"}
    assert not carried("the former Florida governor", "governor")  # another time
    assert not carried("a Democrat", "politician")  # indefinite: someone else
    assert not carried("the Prime Minister", "minister")  # an office, no body
    assert not carried("the other Democrat", "politician")


def test_agreement_needs_every_kind_the_description_names():
    texas_republican = Ties(frozenset({"rep"}), frozenset({"texas"}), frozenset())
    assert agreement(texas_republican, Ties(frozenset({"rep"}), frozenset({"texas"}))) == 1
    assert agreement(texas_republican, Ties(frozenset({"rep"}))) == 0  # of no known state
    assert agreement(texas_republican, Ties(frozenset({"dem"}))) == -1
    assert agreement(texas_republican, Ties(frozenset(), frozenset({"ohio"}))) == -1


def test_jobs():
    assert job_fits("boss", "Apple chief")
    assert job_fits("chief", "Rovers chairman")
    assert job_fits("captain", "Real Madrid midfielder")
    assert job_fits("lawmaker", "Sen.")
    assert job_fits("politician", "Gov.")
    assert not job_fits("senator", "Gov.")
    assert not job_fits("boss", "Apple spokesman")
    assert not job_fits("manager", "Rovers chairman")
    assert not job_fits("striker", "Chelsea boss")


# -- whom the description names ---------------------------------------------------------


def test_party_and_state_in_brackets():
    assert speakers(
        "Budget\n\nRep. Ann Roe (D-Ohio) and Rep. Tom Hale (R-Texas) clashed over the budget."
        '\n\n"This budget hurts children," the Ohio Democrat said.'
        '\n\n"It is the only responsible choice," the Texas Republican said.'
    ) == ["Ann Roe", "Tom Hale"]


def test_party_in_apposition():
    assert speakers(
        "Race\n\nSen. Tom Hale, a Republican from Texas, met Sen. Ann Roe, a Democrat, on "
        'Tuesday.\n\n"We found common ground," the Democrat said afterwards.'
    ) == ["Ann Roe"]


def test_party_by_copula():
    assert speakers(
        "Race\n\nTom Hale is running against Bob Carr for governor. Carr is a Democrat; Hale "
        'is a Republican.\n\n"The people want change," the Republican said.'
    ) == ["Tom Hale"]


def test_party_before_the_name_and_nominee():
    assert speakers(
        "Race\n\nTom Hale, the Republican nominee, spoke in Ohio. His rival, Democrat Ann Roe,"
        ' was in Iowa.\n\n"We will win Ohio," the Republican said.'
    ) == ["Tom Hale"]
    assert speakers(
        "Race\n\nAnn Roe, the Democratic nominee, campaigned in Ohio. Her opponent, Tom Hale,"
        ' stayed in Florida.\n\n"Ohio will decide this election," the Democrat said.'
        '\n\n"We are going to win Florida big," the Republican said.'
    ) == ["Ann Roe", "the Republican"]  # Hale is tied to nothing: no fallback to him


def test_firm_before_the_name():
    assert speakers(
        "Tech\n\nApple chief Steve Jobs unveiled the player on Tuesday. Rival Zenco's Bill "
        'Gates was unimpressed.\n\n"It is a toy," the Zenco founder said.'
        '\n\n"People love it," the Apple boss replied.'
    ) == ["Bill Gates", "Steve Jobs"]


def test_club_chief_for_its_chairman():
    assert speakers(
        "Transfer\n\nRovers chairman Ian Pole spoke to reporters. Pole said clubs wanted to "
        'sign Mark Dee.\n\n"We would miss him badly," said the Rovers chief.'
    ) == ["Ian Pole"]


def test_state_that_is_a_surname():
    assert speakers(
        "Water\n\nGov. Ann Roe of Georgia met Tom Georgia, a Democrat from Utah, to talk "
        'about the river.\n\n"We talked about water for an hour," the Georgia governor said.'
        '\n\n"It was a useful start," the Utah Democrat said.'
    ) == ["Ann Roe", "Tom Georgia"]


def test_primary_state_tells_two_republicans_apart():
    found = speakers(
        "Iowa\n\nTom Hale and Bob Carr met in Iowa. Hale is a Republican from Texas; Carr is "
        'a Republican from Ohio.\n\n"Ohio is watching," the Ohio Republican added.'
    )
    assert found == ["Bob Carr"]


def test_same_surname_other_given_name():
    assert speakers(
        "Vote\n\nRepublican Tom Hale and his wife Ann Hale, a Democrat, voted together on "
        'Tuesday.\n\n"I voted for him anyway," the Democrat said.'
    ) == ["Ann Hale"]


def test_a_third_person_of_no_party_named_between():
    assert speakers(
        "Budget\n\nRep. Ann Roe (D-Ohio) and Rep. Tom Hale (R-Texas) clashed over the budget."
        ' Speaker Bob Carr called for calm.\n\n"This bill will pass," the Republican said.'
    ) == ["Tom Hale"]


# -- near misses: never the person tied to something else ----------------------------


def test_tie_given_only_to_the_other_person():
    assert speakers(
        "Budget\n\nRep. Tom Hale (R-Texas) met Ann Roe, the mayor of Dayton, at the airport."
        '\n\n"We disagreed on nothing," the Democrat said.'
    ) == ["the Democrat"]  # never Hale; Roe is tied to nothing, so no guess


def test_two_agree_and_the_chosen_conflicts():
    found = speakers(
        "Budget\n\nRep. Ann Roe (D-Ohio) and Rep. Bob Carr (D-Ohio) toured the steel plant. "
        'Tom Hale, a Republican, stayed away.\n\n"This plant matters," the Ohio Democrat said.'
    )
    assert found == ["the Ohio Democrat"]  # either Democrat; never the Republican


def test_three_people_the_chosen_conflicts():
    assert speakers(
        "Talks\n\nSen. Tom Hale (R-Texas) met Ann Roe and Bob Carr at the Capitol on Monday."
        '\n\n"The talks went nowhere," the Democrat said.'
    ) == ["the Democrat"]


def test_state_held_by_a_governor_is_no_senator():
    assert speakers(
        "Border\n\nGov. Tom Hale of Texas met Sen. Ann Roe in Washington on Monday."
        '\n\n"The border needs more money," the Texas senator said.'
    ) == ["the Texas senator"]  # never the governor; Roe is tied to no state


def test_negated_and_former_parties():
    assert speakers(
        "Race\n\nTom Hale, who is not a Republican, met Rep. Ann Roe (R-Texas)."
        '\n\n"We agreed on the wall," the Republican said.'
    ) == ["Ann Roe"]
    assert speakers(
        "Race\n\nTom Hale, a former Republican, now sits as an independent. Rep. Ann Roe "
        '(R-Ohio) sat beside him.\n\n"The party has lost its way," the Republican said.'
    ) == ["Ann Roe"]


def test_owner_and_friend_parties_are_not_the_persons():
    assert speakers(
        "Race\n\nTom Hale, the Democratic nominee's husband, spoke in Ohio. Ann Roe stood "
        'beside him.\n\n"My husband is right," the Democrat said.'
    ) == ["Ann Roe"]
    assert speakers(
        "Race\n\nTom Hale, a friend of Democrat Ann Roe, spoke in Ohio. Bob Carr (R-Ohio) "
        'spoke later.\n\n"We will keep Ohio red," the Republican said.'
    ) == ["Bob Carr"]


def test_indefinite_and_plural_are_someone_else():
    assert speakers(
        "Budget\n\nRep. Ann Roe (D-Ohio) and Rep. Tom Hale (R-Texas) clashed over the budget."
        '\n\n"It is a disgrace," a Democrat said.'
    ) == ["Democrat"]
    assert speakers(
        "Budget\n\nRep. Ann Roe (D-Ohio) voted against the bill on Tuesday.\n\nDemocrats said"
        ' the bill would fail. "It has no votes," they said.'
    ) == ["Democrats"]


def test_boss_is_no_spokesman():
    text = (
        "Sales\n\nApple chief Steve Jobs was in Paris on Monday. Apple spokesman Tom Hale said"
        ' sales were strong.\n\n"We sold a million units," the Apple {}.'
    )
    assert speakers(text.format("spokesman said")) == ["Tom Hale"]
    assert speakers(text.format("boss said")) == ["Steve Jobs"]


def test_club_striker_and_manager():
    assert speakers(
        "Match\n\nChelsea boss Jose Mourinho watched from the stand. Didier Drogba scored "
        'twice.\n\n"I was lucky," the Chelsea striker said.'
    ) == ["Didier Drogba"]
    assert speakers(
        "Transfer\n\nRovers chairman Ian Pole spoke to reporters on Monday. Ben Cole watched "
        'the players train.\n\n"We need a striker," said the Rovers manager.'
    ) == ["Ben Cole"]
    assert speakers(
        "Transfer\n\nRovers chairman Ian Pole spoke to reporters. Rovers striker Mark Dee said"
        ' he was happy at the club.\n\n"We would miss him badly," said the Rovers chief.'
    ) == ["Ian Pole"]


def test_nickname_ties_nobody_and_changes_nothing():
    assert speakers(
        "Match\n\nChelsea boss Jose Mourinho shook hands with Arsenal manager Arsene Wenger "
        'after the game.\n\n"We deserved to win," the Blues boss said.'
    ) == ["Jose Mourinho"]


def test_party_word_inside_a_quotation_is_no_tie():
    assert speakers(
        '''Clash\n\n"Hale is a Republican in name only," Ann Roe told reporters. Tom Hale '''
        'shrugged off the attack.\n\n"She is wrong about me," the Republican said.'
    ) == ["Ann Roe", "Tom Hale"]


def test_both_republicans_keeps_the_choice_by_rank():
    assert speakers(
        "Race\n\nThe Republican front-runner, Tom Hale, met Ann Roe, a Republican senator, in"
        ' Iowa.\n\n"We will unite the party," the GOP front-runner said.'
    ) == ["Tom Hale"]


def test_uk_parties():
    assert speakers(
        "Debate\n\nLabour MP Ann Roe clashed with Tory MP Tom Hale in the Commons."
        '\n\n"The figures are wrong," the Labour MP said.'
    ) == ["Ann Roe"]
    assert speakers(
        "Debate\n\nTory leader Michael Howard attacked the government. Tony Blair hit back at "
        'once.\n\n"The prime minister has failed," the Tory leader said.'
    ) == ["Michael Howard"]


def test_description_in_apposition_keeps_its_name():
    assert speakers(
        "Senate\n\nSen. Jon Pike (D-Mont.) spoke first. Sen. Ann Roe of Ohio, the likely "
        'Democratic leader next year, would only say that "it matters" to the party.'
    ) == ["Ann Roe"]


# -- nations: "the Frenchman", "the Spaniard" -------------------------------------------


def test_nationality_ties():
    assert person_ties("Tom Hale", ["French striker Tom Hale scored."]).nations == {"france"}
    assert person_ties("Tom Hale", ["Scot Tom Hale won."]).nations == {"scotland"}
    assert person_ties("Tom Hale", ["Ed Lowe met Tom Hale, a Frenchman."]).nations == {"france"}
    assert not person_ties("Tom Hale", ["American Airlines boss Tom Hale spoke."]).nations
    assert not person_ties("Tom Hale", ["The French coach's son, Tom Hale, spoke."]).nations
    assert not person_ties("Tom Hale", ["Tom Hale joined the French club Lyon."]).nations


def test_britain_conflicts_with_none_of_its_nations():
    scot = Ties(nations=frozenset({"scotland"}))
    assert agreement(carried("the Briton", "briton"), scot) == 0
    assert agreement(carried("the Scot", "scot"), Ties(nations=frozenset({"britain"}))) == 0
    assert agreement(carried("the Spaniard", "spaniard"), scot) == -1


def test_frenchman_by_modifier_and_apposition():
    assert speakers(
        "Match\n\nRovers' French striker Luc Brun scored twice. Rovers captain Jim Rudd was "
        'booked.\n\n"It was a great night," the Frenchman said.'
    ) == ["Luc Brun"]
    assert speakers(
        "Match\n\nTown boss Ed Lowe met City manager Marc Duval, a Frenchman, after the game."
        '\n\n"It was a fair result," the Frenchman said.'
    ) == ["Marc Duval"]


def test_nationality_in_apposition_is_not_the_next_nation():
    assert speakers(
        "Tennis\n\nAndy Kerr, the 19-year-old Scot, beat Pablo Ruiz, and the Spaniard said: "
        '"He was better today."'
    ) == ["the Spaniard"]  # never the Scot; Ruiz is tied to no nation


# -- people named in sentences read only for names ---------------------------------------


def test_person_named_in_a_skimmed_sentence_is_a_candidate():
    assert speakers(
        "Race\n\nSen. Ben Oakes (I-Vt.) won the primary. Ann Roe conceded early in the night."
        "\n\nRoe thanked her supporters in Dover. Her aides said she would fight on."
        '\n\n"This is a revolution," the Vermont senator told the crowd.'
    ) == ["Ben Oakes"]


def test_state_titles_before_names():
    assert speakers(
        "Debate\n\nTexas Sen. Tom Hale and Florida Sen. Bob Carr traded barbs on Tuesday. Ann "
        'Roe watched from the side.\n\n"He is not telling the truth," the Florida senator said.'
        '\n\n"He is a puppet of the donors," the Texas senator replied.'
    ) == ["Bob Carr", "Tom Hale"]
    assert speakers(
        "Race\n\nOhio Gov. Tom Hale finished second. New Jersey Gov. Bob Carr finished sixth and"
        ' flew home.\n\n"We are going to Michigan," the Ohio governor said.'
    ) == ["Tom Hale"]


def test_a_tie_inside_a_quotation_or_too_far_back_names_nobody():
    assert speakers(
        'Race\n\nAnn Roe spoke in Iowa. "Ben Oakes (I-Vt.) is wrong about guns," she said.'
        "\n\nBob Carr spoke later. Roe left early."
        '\n\n"We need a real plan," the Vermont senator said.'
    )[1] != "Ben Oakes"
    far = "".join(f"\n\nRoe spoke in town {n}." for n in range(8))
    assert speakers(
        f"Race\n\nSen. Ben Oakes (I-Vt.) won the primary.{far}"
        '\n\n"We will fight on," the Vermont senator said.'
    ) != ["Ben Oakes"]


# -- an office the description names must be the person's known job ---------------------


def test_office_head_needs_a_known_job():
    assert job_fits("leader", "Tory leader", known=True)
    assert not job_fits("leader", "Labour MP", known=True)
    assert not job_fits("chairwoman", "", known=True)
    assert job_fits("chairwoman", "")  # no conflict either: the choice by rank may stand
    assert speakers(
        "Debate\n\nLabour MP Ann Roe asked about schools. Tony Blair answered at length."
        '\n\n"We have doubled spending," the Labour leader said.'
    ) == ["Tony Blair"]
    assert speakers(
        "Debate\n\nTory MP Tom Hale spoke first. Michael Howard followed him."
        '\n\n"The figures do not add up," the Tory leader said.'
    ) == ["Michael Howard"]
    assert speakers(
        "Race\n\nDemocrat Ann Roe spoke in Iowa. Kay Lunt met donors in Ohio."
        '\n\n"We will unite," the Democratic chairwoman said.'
    ) == ["Kay Lunt"]


# -- a former affiliation is no tie, in the role or the words before the name ----------


@pytest.mark.parametrize(
    "text",
    [
        "Ex-Republican Mia Vost opened the debate.",
        "On Friday former Labour councillor Mia Vost opened the debate.",
    ],
)
def test_former_modifier_before_the_name_is_no_tie(text):
    assert person_ties("Mia Vost", [text]) == Ties()


def test_party_switcher_keeps_the_new_partys_quote():
    assert speakers(
        "Primary\n\nFormer Democrat Mia Vost now runs for the Republican nomination in "
        'Ohio.\n\n"Our town deserves better roads," the Republican said.'
    ) == ["Mia Vost"]
    assert speakers(
        "Primary\n\nMia Vost, an ex-Republican who is now a Democrat, toured the mill."
        '\n\n"Jobs come first," the Democrat said.'
    ) == ["Mia Vost"]


def test_former_party_is_not_the_one_that_agrees():
    assert speakers(
        "Hustings\n\nMia Vost, a former Republican, now sits with no party. Democrat Lars "
        'Penn stood at her side.\n\n"We were betrayed," the Republican said.'
    ) == ["the Republican"]


# -- a conflict gives no bystander the quote ------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "took calls from host Lars Penn on the radio",
        "laid a wreath for Lars Penn, a miner killed in the blast",
        "toured the mill with Lars Penn, a welder",
    ],
)
def test_conflict_falls_back_to_no_bystander(middle):
    assert speakers(
        f"Mill\n\nSen. Mia Vost (D-Maine) {middle}.\n\n"
        '"The mill must stay open," the Republican said.'
    ) == ["the Republican"]
