"""Speakers, twenty-fourth round (train27): a description by a word of headship alone
("said the club chief", "said the boss") may mean a person whose known job is another
leading one ("Club chairman"), who spoke last or is the paragraph's subject; the job check
had passed that person over for a nearer person of no known job, the object of the sentence
before. The near misses keep the job check: a lower-case modifier the leader's role lacks
("the police chief", "the bank chief" for a club's chairman), a capitalised one it lacks
("the Chelsea boss" for "Arsenal manager": review bblind27 T1; so BBC dev14's "the Warriors
chief" for "Wigan chairman" is not served), a rank ("the deputy chief"), a leader no longer
("former chairman"), a job that leads nothing ("spokesman"), a description that fits no
leader ("a fan"). All text is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

# (case, text, the speaker of its one quotation)
RIGHT = [
    ("chief_after_object",
     "Club chairman Tom Hale says he does not expect a quick end to the saga of Sam Cole.\n\n"
     "Hale also said he understood why rugby union was so interested in signing Cole. "
     "\"It would be a great loss for us,\" said the club chief.",
     "Tom Hale"),
    ("chairwoman_as_boss",
     "Ann Roe, the Acme chairwoman, met Tom Hale, the union leader, on Monday.\n\n"
     "\"He was reasonable,\" said the Acme boss.",
     "Ann Roe"),
    ("named_chief_apposition",
     "Acme chairman Tom Hale criticised the Bolt chief, Sam Cole, on Monday.\n\n"
     "\"This is nonsense,\" said the Bolt chief.",
     "Sam Cole"),
    ("manager_praises_signing",
     "City manager Tom Hale praised the new signing Sam Cole on Friday.\n\n"
     "\"He is a great player,\" said the City boss.",
     "Tom Hale"),
    ("bank_boss_role_holds_bank",
     "Bolt Bank chief executive Ann Roe said profits rose.\n\n"
     "\"It has been a strong year,\" said the bank boss.",
     "Ann Roe"),
    ("club_chief_sacked_manager",
     "Club chairman Tom Hale sacked his manager, Sam Cole, on Monday.\n\n"
     "\"It was time,\" said the club chief.",
     "Tom Hale"),
    ("party_boss",
     "Party chairman Tom Hale met Sam Cole on Monday.\n\n\"We will win,\" said the party boss.",
     "Tom Hale"),
    ("two_chairmen",
     "City chairman Tom Hale and United chairman Sam Cole met on Friday.\n\n"
     "\"We agreed on the date,\" said the United boss.",
     "Sam Cole"),
]

# A capitalised modifier not in the leader's role names another body as often as a nickname
# of the leader's own (review bblind27 T1): the rule leaves these alone, the description
# speaks ("the Warriors chief" for "Wigan chairman" is not told from "the Chelsea boss" for
# "Arsenal manager" by the text).
OTHER_BODY = [
    ("chelsea_boss_once",
     "Arsenal manager Tom Hale was furious with the referee after the game.\n\n"
     "\"It was never a penalty,\" said the Chelsea boss.",
     "the Chelsea boss"),
    ("gmb_chief_once",
     "Acme chairman Tom Hale met the unions on Monday to discuss job cuts.\n\n"
     "\"We will ballot for a strike,\" said the GMB chief.",
     "the GMB chief"),
    ("grocer_boss_once",
     "Acme chairman Tom Hale spoke at the conference on Monday.\n\n"
     "\"The outlook is grim,\" said the Zenco boss.",
     "the Zenco boss"),
    ("rangers_boss_once",
     "Leeds manager Tom Hale spoke to reporters after the draw.\n\n"
     "\"We deserved more,\" said the Rangers boss.",
     "the Rangers boss"),
]

# Near misses: the rule must not give these to the leader of another job or body.
NEAR = [
    ("police_chief",
     "Council chairman Tom Hale met Sam Cole after the riot on Friday.\n\n"
     "\"We have it under control,\" said the police chief.",
     "Sam Cole"),
    ("spy_chief",
     "Committee chairman Tom Hale questioned Sam Cole for two hours on Tuesday.\n\n"
     "\"We were never told,\" said the spy chief.",
     "Sam Cole"),
    ("bank_chief_other_body",
     "Acme chairman Tom Hale spoke to the bank on Monday. The bank refused to lend more.\n\n"
     "\"We are done,\" said the bank chief.",
     "the bank chief"),
    ("former_chairman",
     "Former Acme chairman Tom Hale sold his shares. The new chairman, Ann Roe, said little.\n\n"
     "\"We will grow,\" said the Acme chief.",
     "the Acme chief"),
    ("other_club_named",
     "Wigan chairman Tom Hale watched as Leeds signed Sam Cole.\n\n"
     "\"He will score goals for us,\" said the Leeds boss.",
     "Sam Cole"),
    ("fire_chief_apposition",
     "Labour leader Tom Hale spoke after Sam Cole, the fire chief, briefed the council.\n\n"
     "\"The blaze is out,\" said the fire chief.",
     "Sam Cole"),
    ("army_chief_first",
     "Ann Roe, the army chief, met council chairman Tom Hale on Friday.\n\n"
     "\"We will send troops,\" said the army chief.",
     "Ann Roe"),
    ("safety_chief_object",
     "Acme chairman Tom Hale said the report on the crash by the safety chief, Sam Cole, was "
     "fair.\n\n\"We found no fault in the brakes,\" said the safety chief.",
     "Sam Cole"),
    ("leeds_chief_apposition",
     "Wigan chairman Tom Hale met Sam Cole, the Leeds chief, on Monday.\n\n"
     "\"We talked about the fixture list,\" said the Leeds chief.",
     "Sam Cole"),
    ("asked_by_reporter",
     "Rovers chairman Tom Hale was asked by Sam Cole whether the club would be sold.\n\n"
     "\"Who told you that?\" said the Rovers boss.",
     "Tom Hale"),
    ("star_not_boss",
     "Rovers manager Tom Hale said the team would fight on. His striker, Sam Cole, was "
     "injured.\n\n\"I will be back,\" said the Rovers star.",
     "Tom Hale"),
    ("spokesman_no_chief",
     "Acme spokesman Tom Hale said the deal was off. Ann Roe had wanted it to go ahead.\n\n"
     "\"It is a sad day,\" said the Acme chief.",
     "Ann Roe"),
    ("brother_same_surname",
     "Acme chairman Tom Hale has a brother, Sam Hale, who runs Bolt.\n\n"
     "\"We are rivals,\" said the Bolt boss.",
     "Sam Hale"),
    ("negated_told",
     "Acme chairman Tom Hale was not told of the plan, Sam Cole said.\n\n"
     "\"Nobody asked me,\" said the Acme boss.",
     "Tom Hale"),
    ("bank_chief_club_chairman",
     "Club chairman Tom Hale met the bank that lends to the club. The bank wants its money "
     "back.\n\n\"We need a plan,\" said the bank chief.",
     "the bank chief"),
    ("deputy_chief",
     "Club chairman Tom Hale has been ill. His deputy, Ann Roe, ran the meeting.\n\n"
     "\"We will sell,\" said the deputy club chief.",
     "Ann Roe"),
    ("former_chairman_came",
     "Former club chairman Tom Hale came to the game. Ann Roe now runs the club.\n\n"
     "\"It was a good day,\" said the club chief.",
     "Ann Roe"),
    ("club_chief_bank_chairman",
     "Bank chairman Tom Hale met the club that owes the bank money.\n\n"
     "\"We will pay,\" said the club chief.",
     "the club chief"),
    ("fan_not_chief",
     "Club chairman Tom Hale was asked by a fan about the sale. Ann Roe, the fan, was angry."
     "\n\n\"Why sell?\" asked the club chief.",
     "Tom Hale"),
    ("chief_inside_quote",
     "Acme chairman Tom Hale met workers on Monday.\n\n"
     "\"The chief never listens,\" said one of them.",
     None),
]


@pytest.mark.parametrize("case, text, speaker", RIGHT + OTHER_BODY + NEAR,
                         ids=[c[0] for c in RIGHT + OTHER_BODY + NEAR])
def test_headship_description(case: str, text: str, speaker: str | None) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_job_check_kept_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first case is the one the rule exists for: without it, the nearer object of no
    known job takes the quotation (a text of its own, so no cached result answers)."""
    import warreader.index.quotes.descriptions as descriptions

    text = RIGHT[0][1].replace("quick end", "swift end")
    assert [s for _, s in said(text)] == ["Tom Hale"]
    monkeypatch.setattr(descriptions, "leader_by_rank", lambda *args: None)
    text = text.replace("swift end", "fast end")
    assert [s for _, s in said(text)] == ["Sam Cole"]
