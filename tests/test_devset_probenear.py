"""The near-miss probe (``tests/fixtures/probe-near/``, gold ``probe-near.jsonl``): the short
paragraphs the reviewers and menders of the eighteenth and nineteenth rounds invented to make
the engine's rules over-fire (a new person named in between, a body that reacts, a pronoun of
the other gender, a question put to the speaker, a document quoted, a name used as a modifier,
a negated or reported verb, the speaker as the object, a relative clause, a group "such as" a
person, a country's office, a job's body, a state code, a carry across narration), gathered in
the twentieth round with the gold judged by hand, and scored by
``bench/score_quotes.py --probenear``. It is a regression guard for rules that give wrong
speakers on ordinary sentences, not a set to tune on. Its articles and gold are what
``build_probe.py`` makes of ``source.txt``, the gold is valid and covers every quotation mark,
and the engine neither loses a right speaker nor names more wrong ones than it did."""

from __future__ import annotations

from tests.devset_support import REPO, score_quotes, validate_module
from tests.probe_support import built_from_source

PROBE = REPO / "tests" / "fixtures" / "probe-near"
FLOOR = 2041  # of 346 matched: 231 (0.745) at main 8370d4e, 238 (0.768) after relcl23; of
# 331: 238 + 21 for office24's near misses (right on the round's start and the branch); 275
# with ext24's nested-quotation blocks (main at e14c9e5 reads 15 fewer of them); 289 of 361
# with named24's fifteen blocks and two rules (main 0c828da: 288); 302 of 374 with unres24's
# thirteen blocks (main 465d3c6: 301); 326 of 403 with inv24's 28 blocks and its inverted
# unknown-noun reading (main 1af7487 on the same probe: 312); 332 of 409 with four more blocks
# and its speaking antecedent (main 1af7487 and 7e4f3f9: 315); 353 of 430 with typo24's 21
# blocks and two rules (main 54a6163 on the same probe: 351, two passive-agent blocks wrong);
# 383 of 460 with desc24's thirty blocks and its description subjects; 380 after mendI24
# (review revI24: the inverted unknown noun speaks as itself, a plural one is not read, and
# the uninverted one stands for the person named near as at 7e4f3f9: inv24-10, -29, -30 and
# -31 wrong, inv24-26 right; the gold kept); 391 with pron24's sixteen blocks and its rule
# (main 8972826 on the same probe: 389); 389 after pron24's rule was withdrawn (review revP24),
# its blocks kept; 425 of 527 with heads25's 37 blocks and its phrase heads (main 1784193 on
# the same probe: 420); 444 of 546 with names25's 13 blocks and four rules (main 4746fc1 on
# the same probe: 441); 463 of 551 matched with pron25's sixteen blocks and its stance rule
# (main b9c65d9 on the same probe: 458); 533 of 620 with nouns25's 65 blocks and its
# everyday person nouns, ages and word surnames (main 7adaccf on the same probe: 512); 541
# with mendH25's 7 blocks and mends (main 63acf01 on the same probe: 541; the headline's
# sentence end now bars only after a statement, so heads25-36's "Aeroflot cut flights" is
# wrong again and mendH25-07's acting firm right); 563 of 651 with epith25's nineteen blocks
# (22 quotes) and its affiliation agreement (main c82b710 on the same probe: 549);
# 573 of 661 with mendP25's 8 blocks and its stance_subjects bounds (main c10b6ed2 on the
# same probe: 567, six of them given the description); 586 with xfer25's eight blocks,
# its pronoun window and its full names named again (main 38f41a4 on the same probe: 584);
# 585 after mendX25 (review revX25: the names named again withdrawn, the half places only
# across asides alone, so xfer25-03's "Repairs began at dawn", no aside, leaves "he" None;
# the gold kept; main 085af6d on the same probe: 586)
# 610 of 698 with mendN25's 24 blocks (owned ages, the age's sex, one surname of two ages,
# month surnames; main b393d68 on the same probe: 599); 607 after mendE25 dropped epith25's
# fallback to the one other person tied to nothing (review revE25: it gave the quote to
# moderators, reporters, a dead man), so epith25-06, -07 and -19 are the description again;
# 685 of 791 with fwd26's 66 blocks and its narrowed forward rules (main dfb1113 on the same
# probe: 639); 794 of 902 with usfix26's 103 blocks (the US-2016 tail: "X Y of <State>",
# kin apposition, lone given names, "one said", sentence adverbs; main 8cfbaea on the same
# probe: 767); 816 of 909 matched with body26's 22 blocks and its body rules (main c139743 on
# the same probe: 811)
# (twenty-third round) 926 of 1,037 records with tailuk26's 85 blocks after body26's
# (main 6d65992: 907)
# 923 after mendLU26 withdrew usfix26's lone given names (usfix26-34, -35, -58: now None);
# 924 with desc26's pair references (inv24-13's "said the latter" now Ann Roe); 990 of 1,098
# matched with desc26's 74 blocks (79 quotations: its description holders and pair
# references; main e50bf40 on the same probe: 967)
# 1083 of 1,222 records with doc26's 102 blocks after desc26's (main ff34fe8: 1047)
# 1121 of 1,263 records with office26's 31 blocks and its two rules (main 19be4a6 on the same
# probe: 1114; office26-27 and -31, "When/Since Mr Blair ..., the prime minister said", and
# -30, read through a file, are the description on the branch)
# 1115 after mendO26 withdrew office26's opening-clause and learned-office rules (revO26)
# 1124 of 1,274 records with train27's 11 blocks and its headship rule (main 3d6ce40 on the
# same probe: 1121; train27-01, -09 and -11, "said the Sharks chief" / "the club chief" after
# the chairman, now his); 1125 of 1,276 after the lead narrowed it (bblind27 T1: a capitalised
# modifier the role lacks keeps the job check; train27-01 now "the club chief"; blocks -12 and
# -13 added: "the Chelsea boss" after "Arsenal manager"; main 3d6ce40 on the same probe: 1123)
# 1146 of 1,298 records with plural27's 19 blocks (22 quotations) and its plural "they" and
# "against" rules (main b73f846 on the same probe: 1138)
# 1166 of 1,320 records after narrow27 merged onto plural27 (narrow27's 22 blocks)
# 1337 of 1,491 records after bodies27 merged (its 120 blocks; 1296 on its own branch)
# 1355 of 1,511 records with real27's 20 blocks and its three rules (adjunct subjects, the
# "As X reported," frame, owned sayings; main fd6aeea on the same probe: 1347, real27-01,
# -02, -03, -07, -10, -11, -18 and -20 wrong)
# 1353 after train27's headship rule was withdrawn (review revNT27 T3/T4; its blocks kept:
# train27-09 and -11, 'the club chief' after the chairman: the nearer person, the description)
# 1522 of 1,688 records with names27's 162 blocks (people of unknown sex: reported subjects,
# one-word names that spoke, names met as people, kin apposition; main a04687b on the same
# probe: 1485 right, 102 named wrong)
# 1518 after the lead withdrew real27's adjunct rule and narrowed its as-frame (review revR27)
# 1520 after mendN27 (fwd26-19 and -22 named again)
# 1516 after mendM27 withdrew names27's met_people (review revM27 F3): its four positive blocks
# ("Ann Roe met Elfyn Llwyd", "Tom Hale met Siobhain McDonagh") give None again, no name
# 1530 of 1,702 records with older28's 14 blocks (a quotation talking about the object of a
# described subject's sentence; bodies and unknown surnames that must not be a "she"; r25
# dc3e661 on the same probe: 1528 right, 81 named wrong); 1528 after its talked-about rule
# and headline glue were withdrawn (review bblind28: four first-person and complaining
# quotations given the subject; PolNeAR dev's end-to-end F1 fell under 0.85)
# 1535 with uk28's twelve blocks (headline words their subject judges, a title with a
# complement closed by a comma and a name, "The Tories have branded", "Another ... figure";
# main dc3e661 on the same probe: 1528); 1547 of 1,730 records with older28's and uk28's
# blocks together (main 54d9e22 before uk28, and r25, on the same probe: 1540 right, 84 named
# wrong)
# 1576 of 1,747 records with left28's 59 blocks (the last round's open cases and their near
# misses: a passer-by's description beside a name, an asker, a place as "it", a body's
# stance, a singular "they", capitalised groups, participle phrases; r25 dc3e661 on the
# same probe: 1548 right, 102 named wrong; plural27-12 "the Smiths" right now too)
# 1607 of 1,789 records with older28's, uk28's and left28's blocks together (r25 dc3e661 on
# the same probe: 1572 right, 107 named wrong)
# 1540 of 1712 with us28's 22 blocks and rules (r25 dc3e661 on the same probe: 1530)
# 1627 of 1,813 records with us28's 22 blocks too (r25 dc3e661 on the same probe: 1586 right,
# 117 named wrong)
# 1533 with census28's twenty blocks (r25 dc3e661 on the same probe: 1526)
# 1644 of 1,833 records with census28's 20 blocks too (r25 dc3e661 on the same probe: 1596
# right, 122 named wrong)
# 1661 of 1,862 records with mendU28's 17 blocks and narrowings (main b69374cc on the same
# probe: 1660 right, 86 named wrong, and nine headline and label terms read as quotes; r25
# dc3e661: 1607 right, 124 named wrong)
# 1630 of 1,813 records with mendL28's 24 blocks (a description answering as the name of
# the next clause, a second person to whom something happens, a third person acting, an "I"
# beside a "we"; main 4d0ed105 on the same probe: 1622 right, 90 named wrong; r25 dc3e661:
# 1580, 120); mendL28-21 ("Ann Roe, who uses they/them, met the Joneses") is None, not Ann Roe
# 1629 when an "I" beside a "we" stays None for a person of no known sex too (mendL28-22 "Sam
# Lee ... 'I am sad we lost,' they said" None, as on main: "The council met Kit Ambler" may
# be the council's spokesman) and names no pair
# 1631 of 1,816 records with mendL28-25..27 (a pair beside an "I", "was forced to resign",
# "hit a lamp post"; main 4d0ed105 on the same probe: 1624 right, 91 named wrong; r25: 1581,
# 122)
# 1634 of 1,819 records with mendL28-28..30 (a denial after a kindness, a denial after an
# arrest, a rank before the name; main 4d0ed105 on the same probe: 1626, 92; r25: 1582, 124)
# 1671 of 1,863 records with census28's, us28's and mendL28's blocks together (main
# 68c2ef51 on the same probe: 1663 right, 95 named wrong; r25 dc3e661: 1606, 139)
# 1688 of 1,892 records with mendU28's and mendL28's blocks together (main 803d5f8d on
# the same probe: 1680 right, 95 named wrong; r25 dc3e661: 1617, 141)
# 1674 of 1,875 records with mendC28's 13 blocks too (main 803d5f8 on the same probe: 1665
# right, 85 named wrong; r25 dc3e661: 1620 right, 124 named wrong)
# 1701 of 1,905 records with mendL28's and mendC28's blocks together (r25 dc3e661 on the same
# probe: 1630 right, 141 named wrong)
# 1672 of 1,873 records with fix28's 6 blocks (main 803d5f8 on the same probe: 1671 right, 86
# named wrong; r25 dc3e661: 1617 right, 125 named wrong)
# 1712 of 1,916 records with fix28's blocks too (r25 dc3e661 on the same probe: 1640 right,
# 142 named wrong)
# 1723 of 1,928 records with role28's 18 blocks (main c26480b on the same probe: 1716 right,
# 93 named wrong; r25 dc3e661: 1645, 149)
# 1747 of 1,952 records with role28's blocks too (r25 dc3e661 on the same probe: 1668 right,
# 150 named wrong)
# 1784 of 1,990 records with epi29's 26 blocks (r26 306b9eb on the same probe: 1775 right, 96
# named wrong)
# 1769 of 1,975 records with left29's 21 blocks (r26 306b9eb on the same probe: 1760 right,
# 96 named wrong)
# 1770 of 1,976 records with left29-22 too (r26 306b9eb on the same probe: 1761 right, 96
# named wrong)
# 1772 of 1,978 records with left29-23/24 too (r26 306b9eb on the same probe: 1763 right, 96
# named wrong; the scorer passes r26's bare "a spokesman" for left29-23 by its last word)
# 1773 of 1,979 records with left29-25 too (r26 306b9eb on the same probe: 1764, 96)
# 1810 right, 88 named wrong of 2,017 records after merging epi29 (with the lead's 'You' mend) and
# left29 (r26 306b9eb on the same probe: 1792, 106)
# 1786 of 1,992 records with head29's 20 blocks (r26 306b9eb on the same probe: 1774 right,
# 92 named wrong)
# 1849 right, 88 named wrong of 2,057 records after merging head29 too (r26 306b9eb on the same
# probe: 1819, 112)
# 1801 of 2,007 records with fwd29's 43 blocks (r26 306b9eb on the same probe: 1795 right,
# 93 named wrong; every fwd29 block right on the branch but fwd29-05, a side's leader)
# 1837 of 2,045 records with mendF29's 27 blocks (fwd29 2a198bf4 on the same probe: 1819
# right, 107 named wrong; r26 306b9eb: 1825, 101); mendF29-26 and -27 wrong on the branch
# 1939 right, 91 named wrong of 2,150 records after merging fwd29 and mendF29 too (r26 306b9eb on
# the same probe: 1897, 127)
# 1809 of 2,018 records with subj29's 28 blocks (main f4f64f5 on the same probe: 1802 right, 97
# named wrong; r26 306b9eb: 1793, 106)
# 1811 of 2,020 records with subj29-29/30 too (main f4f64f5 on the same probe: 1803 right, 98
# named wrong; r26 306b9eb: 1794, 107)
# 1966 right, 93 named wrong of 2,180 records after merging subj29 too (r26 306b9eb on the same
# probe: 1916, 138)
# 1990 right, 93 named wrong of 2,204 records after merging desc29 too (r26 306b9eb on the same
# probe: 1936, 140)
# 2014 right, 93 named wrong of 2,228 records with spk30's 22 blocks and its rules (main
# 1375f0a on the same probe: 2011, 95; r26 306b9eb: 1957, 142)
# 2017 right, 94 named wrong of 2,232 records with between30's 23 blocks (main 1375f0a on the
# same probe: 2005, 101; r26 306b9eb: 1951, 148; between30-19 is named wrong on all three)
# 2041 right, 94 named wrong of 2,256 records after merging spk30 and between30 too (r26 306b9eb
# on the same probe: 1972, 150)
WRONG_NAMED = 94  # matched quotes given a speaker other than the gold's (not None): 47 at
# main 8370d4e (26 a wrong person or body, 21 a description left unresolved where the text
# names its owner); 40 after relcl23 (seven relative-clause cases mended); 38 after named24
# (main 0c828da on the same probe: 39); 42 with inv24's 32 blocks (main 7e4f3f9 on the same
# probe: 45; the branch leaves "the shopkeeper" where narration alone named Tom Hale before);
# 42 with desc24's blocks (main 54a6163 on the same probe: 52); 44 after mendI24 (Tom
# Hale, Ann Roe and "the prop" for inv24-29, -30, -31; "the opposite camp" right again); 47
# with pron24's blocks, three of them wrong on main too (main 8972826 on the same probe: 48);
# 48 after pron24's rule was withdrawn (review revP24), its blocks kept; 50 with heads25's
# blocks, two reported-clause "it"s still given the place the clause opens on (main 1784193
# on the same probe: 52, four such "it"s); 50 with names25's blocks (main 4746fc1: 52); 50
# with pron25's blocks and rule (main b9c65d9 on the same probe: 51); 50 with nouns25's
# blocks, one of them wrong on main too ("the medic" after "Tom Hale, the mayor"; main
# 7adaccf on the same probe: 64); 51 with mendH25's blocks (main 63acf01 on the same probe:
# 51; heads25-36's "it" given the place the clause opens on again); 51 with epith25's blocks,
# all right (main c82b710 on the same probe: 65);
# 51 with mendP25's blocks (main c10b6ed2 on the same probe: 57, the six stance near misses
# given the description); 51 with xfer25's blocks (main 38f41a4 on the same probe: 51); 51
# after mendX25 (main 085af6d: 51)
# 51 with mendN25's blocks (main b393d68 on the same probe: 57, six ages given to the
# owner, the other sex or one of two people of that age); 54 after mendE25 dropped epith25's
# fallback (epith25-06, -07 and -19 given "the Utah senator", "the Democrat", "the Spaniard");
# 55 with fwd26's blocks (main dfb1113 on the same probe: 101, 46 of them fwd26's, the next
# paragraph's or sentence's other person); its one wrong, fwd26-23, an aid worker then
# "Mary Jones, a nurse from Leeds, told" left the description: another job in apposition;
# 54 with usfix26's blocks (main 8cfbaea on the same probe: 71, 16 of them usfix26's);
# 55 with body26's blocks, one of them wrong on main too (body26-16, "the company" beside a
# firm and its product; main c139743 on the same probe: 60)
# (twenty-third round) 55 with tailuk26's blocks after body26's (main 6d65992 on the same
# probe: 68);
# 63 with desc26's blocks, eight of them wrong on main too (an unnamed coach, lawyer, judge,
# doctor or second billionaire given a person named nearby, "The billionaires who funded
# Bell" then "he", the reporter's question then "he"; main e50bf40 on the same probe: 73)
# 63 with doc26's blocks after desc26's (main ff34fe8 on the same probe: 86)
# 66 with office26's blocks (main 19be4a6 on the same probe: 73, ten of them office26's
# positives given the clause's other person or the learned office's holder); its three,
# office26-27, -30 and -31, the description ("the prime minister", "the minister")
# 72 after mendO26 (office26's blocks of the withdrawn rules: the nearest person again)
# 74 with train27's blocks (main 3d6ce40 on the same probe: 77); train27-05 (the signing for
# "the Leeds boss") and -06 ("the Delco chief" left for the new chairman) wrong on main too
# 75 after the lead narrowed it (bblind27 T1) with blocks -12 and -13 (main 3d6ce40 on the
# same probe: 77)
# 75 with plural27's blocks (main b73f846 on the same probe: 83; the eight its rules mend)
# 77 after narrow27 (fwd26-19 and -22 keep the description now: a rival who answers the lead
# is no longer named; both descriptions, no wrong person)
# 77 with real27's blocks (main fd6aeea on the same probe: 82, five of real27's positives
# given the adjunct's object or the sentence's subject)
# 79 after train27's headship rule was withdrawn (train27-09 the sacked manager again, as on
# main before it)
# 79 with names27's blocks, none of them named wrong (main a04687b on the same probe: 102)
# 81 after real27's adjunct rule was withdrawn (its blocks 'Tom Hale in Leeds praised' the
# place again, as on main before it)
# 79 after mendN27 (fwd26-19 and -22 named again)
# 79 with older28's blocks (r25 dc3e661 on the same probe: 81, "the judge" and "the officer"
# blocks given the object talked about); 81 after its talked-about rule was withdrawn: those
# two blocks keep the round start's wrong name, recorded here
# 80 with uk28's blocks (main dc3e661 on the same probe: 82); its one wrong name, "said the
# head of the charity, Shelterwise" (a one-word name that may be the charity's), is main's too;
# 82 with older28's blocks too (its "judge" and "officer" blocks, above)
# 79 with left28's 59 blocks, none of them named wrong (r25 dc3e661 on the same probe: 102)
# 82 with older28's, uk28's and left28's blocks together (r25 on the same probe: 107)
# 79 with us28's 22 blocks and rules (r25 dc3e661 on the same probe: 89)
# 86 with us28's blocks: four of them (us28-01, -02, -21, -22) are its 'X said ...,
# according to Y' rule, left out at the merge (PolNeAR train 4888 -> 4867: the silver gives
# Y); the engine names Y there, as at the round start, recorded here
# 78 with census28's blocks, none of them named wrong (r25 dc3e661 on the same probe: 84)
# 85 with census28's blocks too (r25 on the same probe: 122)
# 85 with mendU28's 17 blocks (main b69374cc on the same probe: 86, "said the lawyer for
# the mother of the accused, Tom Hale" given the name; r25 dc3e661: 124)
# 82 with mendL28's 24 blocks, none of them named wrong (main 4d0ed105 on the same probe:
# 90, eight of them: six answering names given the description, "the coach" given his
# successor, the Joneses for an "I am glad we talked"; r25 dc3e661: 120)
# 82 with mendL28-25..27 too (main 4d0ed105 on the same probe: 91, mendL28-25's pair; r25: 122)
# 82 with mendL28-28..30 too (main 4d0ed105 on the same probe: 92, mendL28-29 given the
# description; r25: 124)
# 85 with census28's, us28's and mendL28's blocks together (main 68c2ef51 on the same
# probe: 95; r25: 139)
# 85 with mendU28's and mendL28's blocks together (main 803d5f8d on the same probe: 95;
# r25: 141)
# 85 with mendC28's 13 blocks, none of them named wrong (main 803d5f8 on the same probe: 85;
# r25: 124)
# 85 with mendL28's and mendC28's blocks together (r25 on the same probe: 141)
# 85 with fix28's 6 blocks (main 803d5f8 on the same probe: 86, fix28-01's "a brave
# minister" from inside the quotation; r25 dc3e661: 125)
# 85 with fix28's blocks too (r25 on the same probe: 142)
# 86 with role28's 18 blocks (main c26480b on the same probe: 93; r25: 149; the one new
# wrong name is role28-18, main's and r25's too: an unroled person between the governor
# and "he" hides the governor's sole holder)
# 86 with role28's blocks too (r25 on the same probe: 150; role28-18, a person of no role
# between the governor and 'he', is wrong on every engine)
# 87 with epi29's 26 blocks (r26 306b9eb on the same probe: 96; the one new wrong name is
# epi29-10, "put it to Lord Wendle ..." then "he said", the presenter on r26 and on epi29)
# 87 with left29's 21 blocks (r26 306b9eb on the same probe: 96; the one new wrong name is
# left29-02, r26's too: "Pellow Water" is read as a person, so the body told of the spill
# keeps the "it"); 87 with left29-22 too (r26: 96); 87 with left29-23/24 too (r26: 96);
# 87 with left29-25 too (r26: 96)
# 86 with head29's blocks (r26 306b9eb on the same probe: 92: the bare headline nouns and the
# tweet credit line; head29-19, "described the driver as saying", is missed on both)
# 87 with fwd29's 43 blocks (r26 306b9eb on the same probe: 93: fwd29-01..05, -35, -37, a lead's
# description named next, are wrong on r26; fwd29-05 on the branch too, 'the leader of the
# Welsh Liberals': a side's definite description is left to its words; no near miss is)
# 89 with mendF29's 27 blocks (fwd29 2a198bf4 on the same probe: 107, its 19 near misses an
# office's title not the noun's or a quotation first credited untied, given the name; r26
# 306b9eb: 101, mendF29-01..06 and -26, -27 left the description); the two new wrong are
# mendF29-26 and -27, the rule's price: a bare name credits the witness's own quotation
# first, a professor leads a union; both the description, as on r26
# 89 with subj29's 28 blocks (main f4f64f5 on the same probe: 97, r26: 106; the two left
# wrong are wrong on all three: a described name after "but" ("but the presenter, Jane
# Kell, cut her off", subj29-03) and "The councillor who Tom Hale defeated", resolved to
# Hale, subj29-20)
# 89 with subj29-29/30 too (main f4f64f5 on the same probe: 98, r26: 107)


def test_the_articles_and_gold_are_built_from_the_source():
    blocks, gold = built_from_source(PROBE, "probe-near.jsonl")
    assert blocks >= 150 and len(gold) >= 250
    assert score_quotes.load_gold(score_quotes.PROBE_NEAR) == gold


def test_the_gold_validates_and_covers_every_mark():
    validate = validate_module()
    records = score_quotes.load_gold(score_quotes.PROBE_NEAR)
    texts: dict[str, str] = {}
    assert validate.check("probe-near.jsonl", records, texts) == []
    assert validate.uncovered_marks("probe-near.jsonl", records, texts) == []


def test_the_engine_keeps_its_score_and_names_no_more_wrong_speakers():
    gold = score_quotes.load_gold(score_quotes.PROBE_NEAR)
    predicted, errors = score_quotes.predict(sorted({r["article"] for r in gold}))
    assert errors == []
    result = score_quotes.score(gold, predicted)
    assert result["quotes"]["f1"] >= 0.98
    assert result["speaker"]["correct"] >= FLOOR
    named = [w for w in result["wrong_speakers"] if w["predicted"]["speaker"] is not None]
    assert len(named) <= WRONG_NAMED
