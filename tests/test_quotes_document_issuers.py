"""Documents tied to whoever issued them (doc26; hunt reports huntus26 family 3, huntuk26
families 9 and 12): each rule's positive cases and the near misses of the same surface shape
where it must not fire. Sentences written for this test.

A. An aside after a document's noun naming its author, ", (released|issued|published|written|
   signed|filed|commissioned) by X," or the bare ", by X,", makes X the document's owner
   (owned_sources.issuer_after), and a description after an issuing "by" is one ("50 former
   officials", "the House committee"); the bare aside leaves the document the verb's subject
   (subject_asides.document_aside). "by then", "by the way", "by Ann Roe's reckoning", "by all
   accounts" name no author; a letter "addressed to" or "sent to" a body is not that body's.
B. "The Trump campaign issued a statement." then, within two sentences, "the statement said":
   the body described opening the sentence as subject of issued/released/sent/published/put
   out a document owns it (document_issuers._issuing_body); not three sentences on, not a
   person noun ("The chief executive issued ..."), not another document ("the report" after a
   statement), not "received", nor "issued a warning".
C. "A report by the Halden Trust came out." then "the report said": the issuer named right
   after the document's last mention ("by", "from", an issuing participle; the same reading
   as A) owns it (document_issuers.document_owner through owned_sources.issuer_at); a report
   "on" or "about" someone is not theirs.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

POSITIVE = [
    ('The report, released by the House committee on Tuesday, said the response was "slow."',
     ['the House committee']),
    ('The letter, signed by 50 former officials, said Mr. Trump "lacks the character" to be '
     'president.',
     ['50 former officials']),
    ('The report, by the Commons home affairs committee, said the asylum system was "chaotic".',
     ['the Commons home affairs committee']),
    ('The memo, written by a senior civil servant, warns that the plan is "unworkable".',
     ['a senior civil servant']),
    ('The study, commissioned by the Rowntree Foundation, said poverty was "entrenched" in '
     'the north.',
     ['Rowntree Foundation']),
    ('The Trump campaign issued a statement on Monday. "These are lies," the statement said.',
     ['the Trump campaign']),
    ('The Greenfield Institute released a report on Thursday. "Wages have stalled," the '
     'report said.',
     ['Greenfield Institute']),
    ('The teachers\' union issued a statement after the vote.\n\n"This is a betrayal of '
     'pupils," the statement said.',
     ["the teachers' union"]),
    ('The Tory party issued a statement on Monday. It came after a long meeting. "We stand '
     'united," the statement said.',
     ['the Tory party']),
    ('The rail company issued a statement late on Friday.\n\nIt blamed the weather. "Services '
     'will resume on Monday," the statement said.',
     ['the rail company']),
    ('The football club issued a brief statement on Sunday. "The manager has left by mutual '
     'consent," the statement said.',
     ['the football club']),
    ('The health department put out a statement on Monday. "The risk to the public is low," '
     'the statement said.',
     ['the health department']),
    ('The treasury department sent a memo to staff. "Spending must be cut," the memo said.',
     ['the treasury department']),
    ('The report, by the Commons home affairs committee, said the asylum system was "chaotic".',
     ['the Commons home affairs committee']),
    ('The memo, written by a senior civil servant, said the plan was "unworkable".',
     ['a senior civil servant']),
    ('The report, by the Halden Trust, said the scheme was "a failure".',
     ['Halden Trust']),
    ('The ruling, by a judge in Leeds, said the ban was "unlawful".',
     ['a judge']),
    ('The report, by the end of the year, will say whether the plan is "affordable", Tom Hale '
     'said.',
     ['Tom Hale']),
    ('The book, by a former spy, says the agency was "rotten".',
     ['a former spy']),
    ('But a second statement issued by the Sanders campaign on Tuesday struck a softer tone. '
     'Instead, the statement talked about "letting voters decide".',
     ['the Sanders campaign']),
    ('A report by the Halden Trust came out on Monday. "The scheme has failed," the report said.',
     ['Halden Trust']),
    ('A letter from Ann Roe arrived on Monday. "We are being ignored," the letter said.',
     ['Ann Roe']),
    ('A statement issued by the club on Monday was short. "The manager has gone," the '
     'statement said.',
     ['the club']),
]

NEAR = [
    ('The report, released by the committee, criticised Ann Roe, who said it was "deeply '
     'unfair".',
     ['Ann Roe']),
    ('A letter signed by 50 officials was sent to Ann Roe. "I will read it carefully," she said.',
     ['Ann Roe']),
    ('The report, published by the Halden Trust, was dismissed by ministers. A second report, '
     'by the Carver Institute, said the scheme was "a success".',
     ['Carver Institute']),
    ('The report, released by the watchdog, was attacked by Tom Hale. "It is nonsense," Mr '
     'Hale said.',
     ['Tom Hale']),
    ('The letter, addressed to the prime minister, said the cuts were "reckless".',
     ['the letter']),
    ('The report, by next spring, must say whether the plan is "affordable", Ann Roe said.',
     ['Ann Roe']),
    ('The report, by contrast, was "thin", according to Tom Hale.',
     ['Tom Hale']),
    ('The report, released by the committee on Tuesday, was welcomed by Ann Roe. "It '
     'vindicates us," she said.',
     ['Ann Roe']),
    ('Tom Hale, who signed the letter, said it was "a plea for sense".',
     ['Tom Hale']),
    ('The report was by far the longest, and Ann Roe said it was "exhaustive".',
     ['Ann Roe']),
    ('Acme issued a statement to the Stock Exchange on Monday. "Trading remains strong," the '
     'statement said.',
     ['Acme']),
    ('Ann Roe sent a letter to the council. "We are being ignored," the letter said.',
     ['Ann Roe']),
    ('The union issued a statement on Monday. Talks resumed on Tuesday. Both sides met again '
     'on Wednesday. Officials said little. "We remain hopeful," the statement said.',
     ['the statement']),
    ('The ministry released a report on Friday. Tom Hale said the report was "a whitewash".',
     ['Tom Hale']),
    ('The company issued a statement on Monday. "Profits will fall," the report said.',
     ['the report']),
    ('The club issued a statement on Monday. Ann Roe said the statement was "a disgrace".',
     ['Ann Roe']),
    ('Officials leaked a report to the press. "The army is overstretched," the report said.',
     ['the report']),
    ('Downing Street issued a statement on Monday. "The prime minister is confident," the '
     'statement said.',
     ['Downing Street']),
    ('The council issued a statement on Monday. Tom Hale, the council leader, disagreed with '
     'it. "It is a mistake," he said.',
     ['Tom Hale']),
    ('The airline issued a statement to the stock exchange. "Bookings are down," the '
     'statement said.',
     ['the airline']),
    ('The army released a prisoner on Monday. "He was treated well," the statement said.',
     ['the statement']),
    ("The club issued a statement on Monday. A rival club's statement said the claims were "
     '"baseless".',
     ["A rival club's statement"]),
    ('The ministry has not issued a statement. "We are waiting for one," said Ann Roe.',
     ['Ann Roe']),
    ('Did the council issue a statement? "Not yet," the spokesman said.',
     ['the spokesman']),
    ('The union issued a statement on Monday. Ann Roe read the statement aloud and said it '
     'was "a fair offer".',
     ['Ann Roe']),
    ('The club issued a statement on Monday. A statement from Tom Hale, its owner, said he '
     'was "deeply sorry".',
     ['Tom Hale']),
    ('The report, by contrast, said the scheme was "a success".',
     ['the report']),
    ('The report, by then, had been called "a whitewash" by Tom Hale.',
     ['Tom Hale']),
    ('The letter, signed by 50 officials, was sent to Ann Roe. "I will read it carefully," '
     'she said.',
     ['Ann Roe']),
    ('The report, written by a senior judge, was attacked by Ann Roe. "It is flawed," she said.',
     ['Ann Roe']),
    ('The letter, addressed to the chief executive, said the firm was "in crisis".',
     ['the letter']),
    ('The letter, written by Ann Roe, said the plan was "a disaster". "I stand by it," she said.',
     ['Ann Roe', 'Ann Roe']),
    ('The letter, delivered by hand on Monday, said the deal was "off".',
     ['the letter']),
    ('The spokesman, by then, said the deal was "off".',
     ['the spokesman']),
    ('Ann Roe said the report, by the committee, was "a whitewash".',
     ['Ann Roe']),
    ('The union issued a statement on Monday. Talks resumed on Tuesday. Both sides met on '
     'Wednesday. "We remain hopeful," the statement said.',
     ['the statement']),
    ('The report, by the way, said the scheme was "a success".',
     ['the report']),
    ('The report, by Ann Roe\'s reckoning, said the cost was "far too high".',
     [None]),
    ('The letter, by all accounts, said the deal was "off".',
     [None]),
    ('Tom Hale criticised a report by the Halden Trust. "It is flawed," he said.',
     ['Tom Hale']),
    ('Ann Roe read out a statement by the Halden Trust. Then she spoke. "We will fight," she '
     'said.',
     ['Ann Roe']),
    ('The report by the committee was leaked. Tom Hale said the report was "a whitewash".',
     ['Tom Hale']),
    ('A report by the Halden Trust came out on Monday. A second report, from the Carver '
     'Institute, disagreed. "The scheme works," the report said.',
     ['Carver Institute']),
    ('A report on Tom Hale was published on Monday. "He misled the House," the report said.',
     ['the report']),
    ('A report, by far the longest, came out on Monday. "The scheme has failed," the report '
     'said.',
     ['the report']),
    ('A statement about the Halden Trust came out on Monday. "It must close," the statement '
     'said.',
     ['the statement']),
]


@pytest.mark.parametrize(("text", "speakers"), POSITIVE + NEAR)
def test_documents_speak_for_whoever_issued_them_and_near_misses_keep_their_speakers(
    text, speakers
):
    assert [speaker for _, speaker in said(text)] == speakers
