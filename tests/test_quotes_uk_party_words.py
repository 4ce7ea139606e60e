"""British political words the engine misread (found by the huntuk26 hunt in the style of
BBC politics, 2004-05): the party words "Tory" and "Conservative" (and "Lib Dem") as a
member's description like "Republican"; a party before an acronym job ("a Tory MP") is
no name "MP" and no spelt-out "a Labour Labour MP"; "the Lord Chancellor" is an office,
not a peer called Chancellor; people nouns of British politics and the church (rebel,
whip, eurosceptic, huntsman, vicar, GP; not "hopeful", an adjective as often, nor
"archbishop", whose holders are named after "of Canterbury"). Near misses: the party's
own name and its bodies, a party adjective before a job, a peer whose name is an office
word only in part, "rebel" and "whip" as verbs or things. Sentences written for this
test.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

CASES = [
    # party words as a member's description, or cut off the member's name
    ('Tory Ann Widdecombe said the plan was "bad".', ["Ann Widdecombe"]),
    ('Conservative Ann Roe said the tax was "unfair".', ["Ann Roe"]),
    ('Tom Hale spoke in Leeds.\n\n"We must listen," the Tory said.', ["Tom Hale"]),
    (
        "Labour's Ann Roe and the Tory Tom Hale clashed. \"You are wrong,\" the Tory said.",
        ["Tom Hale"],
    ),
    # near misses: the party, its bodies and its jobs stay as they were
    ('Tory MPs said the plan was "bad".', ["Tory MPs"]),
    ('The Conservative Party said the plan was "bad".', ["Conservative Party"]),
    (
        'Conservative Central Office said the leaflet was "a mistake".',
        ["Conservative Central Office"],
    ),
    ('The Conservatives said the plan was "bad".', ["Conservatives"]),
    ('The Tory Reform Group said the plan was "bold".', ["Tory Reform Group"]),
    ('A Tory spokesman said the plan was "bad".', ["A Tory spokesman"]),
    ('Tory chairman Liam Fox said the poll was "encouraging".', ["Liam Fox"]),
    ('Tom Hale, the Tory leader, spoke.\n\n"We must listen," the Tory leader said.', ["Tom Hale"]),
    ('Ann Roe spoke after the Tory Tom Hale.\n\n"We must listen," she said.', ["Ann Roe"]),
    # a party before an acronym job: a description, written once
    ('"It is a mess," said a Labour MP.', ["a Labour MP"]),
    (
        'A Tory MP said: "We will vote against it."\n\n"It is wrong," the MP added.',
        ["A Tory MP", "A Tory MP"],
    ),
    ('A Republican MP said: "We will vote against it."', ["A Republican MP"]),
    ('Labour MP Ann Roe said the plan was "a disaster".', ["Ann Roe"]),
    (
        'A spokeswoman for the RAD said the school was "thriving". '
        "The Royal Academy of Dance (RAD) opened in 1920.",
        ["A spokeswoman for the Royal Academy of Dance"],
    ),
    # "Lord" before an office: the office, not a peer called Chancellor
    (
        'The Lord Chancellor, Lord Falconer, said the reforms were "long overdue".',
        ["Lord Falconer"],
    ),
    ('The Lord Chief Justice said the plans were "unworkable".', ["the Lord Chief Justice"]),
    (
        'The Lord Mayor of London said the city was "open for business".',
        ["the Lord Mayor of London"],
    ),
    # near misses: peers and judges keep their names
    ('Lord Justice Auld said the report was "a blueprint".', ["Auld"]),
    ('Lord Hutton said the evidence was "clear".', ["Lord Hutton"]),
    ('Lord King said the decision was "wrong".', ["Lord King"]),
    ('Lady Hale said it was "clear".', ["Lady Hale"]),
    ('Lord Chancellor Lord Falconer said the reforms were "long overdue".', ["Lord Falconer"]),
    ('Tom Hale spoke to the Lord Chancellor on Monday. "It went well," he said.', ["Tom Hale"]),
    # people nouns of British politics and the church
    ('"We will vote against," said one Labour rebel.', ["one Labour rebel"]),
    ('One Labour rebel said it was "a disgrace".', ["One Labour rebel"]),
    ('Labour rebels said the plan was "a disgrace".', ["Labour rebels"]),
    ('Labour whips said the vote would be "close".', ["Labour whips"]),
    ('"It is time for a change," said one Tory eurosceptic.', ["one Tory eurosceptic"]),
    ('"We are here to stay," said one huntsman.', ["one huntsman"]),
    ('"God is with us," the vicar said.', ["the vicar"]),
    ('Tom Hale spoke.\n\n"We will fight it," the rebel MP added.', ["Tom Hale"]),
    # near misses: the same words as verbs, things or adjectives
    ('MPs may rebel next week. "It will be close," said Tom Hale.', ["Tom Hale"]),
    ('Tom Hale whips up the crowd. "We will win," he said.', ["Tom Hale"]),
    ('Ann Roe said: "The whip is a blunt tool."', ["Ann Roe"]),
    ('Ann Roe was hopeful. "We will get there," she said.', ["Ann Roe"]),
    ('Republican hopeful Ann Roe said the tax was "theft".', ["Ann Roe"]),
    ('The rebel leader said the town was "free".', ["the rebel leader"]),
    (
        'The Archbishop of Canterbury, Rowan Williams, said the war was "wrong".',
        ["Rowan Williams"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_uk_party_words_and_offices(text: str, expected: list[str]) -> None:
    assert [speaker for _, speaker in said(text)] == expected
