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
D. "The committee found that ministers had been "…"": "found that" / "finds that" after a
   subject that is a document, a survey, an inquiry, a committee or a watchdog reports its
   findings (subjects.determined_subject through _finding); never "police found",
   "Investigators found", "The jury found him guilty", "found it hard", "found 40% of", a
   quoted word or title, nor a quotation an outer cue gives to someone else. "Tom Hale
   found that ..." and "Researchers found that ..." are credited as before (another
   reading); a "-" below is a quoted term.
E. (mendDC26) A body that released or published a document someone else wrote is not its
   author: "a statement on behalf of her family", "from the crew", "for the sacked drivers",
   "written by", "signed by" after the document leave it the document (or its named
   author), and a letter or memo is the body's only when it "sent" it (a tribunal, a
   magazine, a party that releases or publishes one passes it on). The name after an
   issuing "by" is the person past an outlet and a job noun ("by ITV reporter Ann Roe",
   "by the Observer's Tom Hale"), never the outlet; "by the solicitor for Ann Roe" is hers.
"""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, said

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
    # the document speaks as itself (head29: was None; probe-near doc26-58 says so too)
    ('The report, by Ann Roe\'s reckoning, said the cost was "far too high".',
     ['the report']),
    ('The letter, by all accounts, said the deal was "off".',
     ['the letter']),
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


FINDINGS = [
    ('The committee found that ministers had been "complacent".',
     ['the committee']),
    ('The inquiry found that officers had been "negligent" on the night.',
     ['-']),
    ('The report found that the programme was "poorly managed".',
     ['the report']),
    ('A study by the Halden Trust found that pupils were "bored and restless".',
     ['-']),
    ('The watchdog finds that prices are "far too high".',
     ['the watchdog']),
    ('The survey found that many voters were "still undecided".',
     ['the survey']),
]

FINDINGS_NEAR = [
    ('Police found the body in a flat. "It was a shock," a neighbour said.',
     ['a neighbour']),
    ('Researchers found that the drug was "highly effective".',
     ['Researchers']),
    ('Tom Hale found that the plan was "unworkable".',
     ['Tom Hale']),
    ('The police found that the door had been "forced open".',
     ['-']),
    ('The audit found no fraud, but Ann Roe said the books were "a mess".',
     ['Ann Roe']),
    ('The jury found him guilty. "Justice was done," said Tom Hale.',
     ['Tom Hale']),
    ('Ann Roe said the inquiry found that the police were "slow".',
     ['Ann Roe']),
    ('The investigation found that staff had been "overworked", the union said.',
     ['the union']),
    ('Investigators found that the pilot had "ignored warnings".',
     ['-']),
    # its finding past the relative clause (head29: was a term; probe-near doc26-91 says so)
    ('The committee, which Ann Roe chairs, found that the rules were "unclear".',
     ['the committee']),
    ('The report found that Tom Hale had called the plan "a disaster".',
     ['Tom Hale']),
    ('Ann Roe read the report. She found that it was "badly written".',
     ['Ann Roe']),
    ('The committee found Tom Hale guilty of "gross misconduct".',
     ['-']),
    ('The committee found it hard to agree. "We did our best," its chairman said.',
     ['its chairman']),
    ('The report found that Ann Roe had been "misled", her lawyer said.',
     ["Ann Roe's lawyer"]),
    ('The committee found that "lessons must be learned", Tom Hale told MPs.',
     ['Tom Hale']),
    ('The review found that the scheme was "working", but Tom Hale called it "a sham".',
     ['-', 'Tom Hale']),
    ('The committee found that the word "crisis" was overused.',
     ['-']),
    ('The report found that the film "Dark Water" had been pirated.',
     ['-']),
    ('The survey found 40% of voters were "undecided".',
     ['-']),
    ('The report was found to be "deeply flawed" by Tom Hale.',
     ['-']),
    ('The committee found that the rules were unclear. "We need a rethink," Tom Hale said.',
     ['Tom Hale']),
]


@pytest.mark.parametrize(("text", "speakers"), FINDINGS + FINDINGS_NEAR)
def test_a_body_or_document_that_found_that_speaks_its_findings(text, speakers):
    found = quotes_of(text)
    assert [q.speaker if q.kind == "quote" else "-" for q in found] == speakers


PASSED_ON = [
    ('Ann Roe was hurt in the crash.\n\nThe prison service released a statement on behalf of '
     'her family. "She is a fighter," the statement said.',
     ['the statement']),
    ('The ambulance service issued a statement from the crew on Sunday.\n\n"We did everything '
     'we could," the statement said.',
     ['the statement']),
    ('The union put out a statement for the sacked drivers. "We want our jobs back," the '
     'statement said.',
     ['the statement']),
    ('The federation issued a statement written by the coaches. "We were ignored," the '
     'statement said.',
     ['the statement']),
    ('The league released a letter from its chairman on Monday. "We must change," the letter '
     'said.',
     ['the letter']),
    ('Tom Hale faces a retrial. The tribunal released a letter on Wednesday. "I regret '
     'nothing," the letter said.',
     ['the letter']),
    ('The magazine published a letter on Thursday. "The data were faked," the letter said.',
     ['the letter']),
    ('The council released a memo on Friday. "Budgets are frozen," the memo said.',
     ['the memo']),
    ('The party published a letter signed by its founders. "We have lost our way," the letter '
     'said.',
     ['the letter']),
    ('The ministry released a letter from Ann Roe on Monday. "I resign," the letter said.',
     ['Ann Roe']),
    ('The school sent a letter to parents on Monday. "Term will end early," the letter said.',
     ['the school']),
    ('The charity issued a statement on Monday. "Donations have fallen," the statement said.',
     ['the charity']),
    ('The study, by Reuters correspondent Tom Hale, said the border was "calm".',
     ['Tom Hale']),
    ('A report by ITV reporter Ann Roe aired on Monday. "The town is flooded," the report said.',
     ['Ann Roe']),
    ('A report by the Observer\'s Tom Hale came out on Sunday. "The mine is closing," the '
     'report said.',
     ['Tom Hale']),
    ('The article, written by Telegraph columnist Ann Roe, said the plan was "doomed".',
     ['Ann Roe']),
    ('The report, by Green MP Ann Roe, said the scheme was "a scandal".',
     ['Ann Roe']),
    ('The report, by the Observer\'s own reckoning, said the cost was "huge".',
     ['the report']),
    ('A statement released by the solicitor for Ann Roe rejected the story. "She was not '
     'there," the statement said.',
     ['Ann Roe']),
    ('A statement issued by the lawyer for the family came out. "They want privacy," the '
     'statement said.',
     ['the lawyer']),
]


@pytest.mark.parametrize(("text", "speakers"), PASSED_ON)
def test_a_body_passing_on_anothers_document_or_an_outlet_before_its_reporter_is_no_author(
    text, speakers
):
    assert [speaker for _, speaker in said(text)] == speakers
