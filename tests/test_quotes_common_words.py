"""Capitalised words that are no names (twentieth round): a common word capitalised only to
open a sentence is nobody a later "it" or "they" stands for ("Wages fell, they said"); an
opening word before a comma is no person an unclosed appositive names ("Afterward, the
senator was blunt"); an opening adjective before a job and a name is no subject ("Former
radio presenter Colin Asher has ..."); a title-case headline's verb the list lacks ends the
name before it ("Ann Pike Compares Varley's Plan"). Near misses: names that are English
words (Will Moy, Rich Lowry, Hope Hicks, Grant Shapps, Mark Price, Bill Long), bodies that
open a sentence and speak or act (Exxon, Oxfam, Shell), plurals of people, closed
appositives, headline names. Invented sentences throughout. Known cost: a body named by a
common word, with nothing else said of it ("Target cut prices. "…," it said"), loses its
"it"."""

import pytest
from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.common_words import common, never_name


def _speakers(text: str) -> list[str | None]:
    paras, at = [], 0
    for chunk in text.split("\n\n"):
        paras.append(Paragraph(chunk, at, at + len(chunk)))
        at += len(chunk) + 2
    article = Article(id="t", path="t.txt", title="t", paragraphs=paras)
    return [q.speaker for q in extract_quotes(article) if q.kind == "quote"]


def test_the_word_list_holds_common_words_not_names():
    assert common("Wages") and common("exports") and common("compares")
    assert not common("Apple") and not common("Shell") and not common("Oxfam")
    assert never_name("Former") and not never_name("Young")


POSITIVE = {
    "they_after_common_opener": (
        "The unions met on Monday. Wages fell, they said. “We will strike,” they added.",
        [None],
    ),
    "it_after_common_opener": (
        "The ministry spoke on Friday. Exports rose, it said. “Trade is strong,” it added.",
        [None],
    ),
    "common_opener_paragraphs_after_the_body": (
        "Zenco will shut two plants, it said.\n\nOutput rose 5% last year.\n\nCosts fell."
        "\n\n“We have to stay lean,” it added.",
        ["Zenco"],
    ),
    "adverb_before_unclosed_appositive": (
        "Sen. Milo Dravic met army officials behind closed doors. Afterward, the senator "
        "from Utah was blunt. “They have no plan,” he said.",
        ["Milo Dravic"],
    ),
    "nevertheless_before_description": (
        "Sen. Milo Dravic spoke. Nevertheless, the senator was calm. “We are ready,” he said.",
        ["Milo Dravic"],
    ),
    "opening_adjective_job_and_name": (
        "Former radio presenter Colin Asher has founded a party, vowing to \"sweep away\" "
        "the old ones.",
        ["Colin Asher"],
    ),
    "headline_verb_not_listed": (
        "Ann Pike Compares Varley’s Plan To Theft\n\nCouncillor Ann Pike on Monday attacked "
        "the plan of Tom Varley.\n\n“It is a fair plan,” Varley said in reply.",
        ["Tom Varley"],
    ),
    "headline_backs": (
        "Tom Varley Backs Pike’s Budget\n\nTom Varley on Monday praised the budget of Ann "
        "Pike.\n\n“It is a good budget,” Pike said.",
        ["Ann Pike"],
    ),
}


NEAR_MISS = {
    "will_moy": ("Will Moy, director of a fact-checking charity, spoke on Monday. “The "
                 "figures are wrong,” he said.", ["Will Moy"]),
    "rich_lowry": ("Rich Lowry wrote a column on the race. “The party is lost,” Lowry said.",
                   ["Rich Lowry"]),
    "hope_hicks": ("Hope Hicks, the campaign spokeswoman, answered questions. “We are "
                   "winning,” she said.", ["Hope Hicks"]),
    "grant_shapps": ("Grant Shapps spoke to reporters. “The trains will run,” he said.",
                     ["Grant Shapps"]),
    "mark_price": ("Mark Price, the shop's boss, was upbeat. Price said sales had been "
                   "\"very strong\".", ["Mark Price"]),
    "bill_long": ("Bill Long runs the bakery. Long added: “We bake at dawn.”", ["Bill Long"]),
    "exxon_said": ("Exxon said profits rose. “Demand is strong,” it added.", ["Exxon"]),
    "oxfam_argued": ("Oxfam argued the plan would fail. “The poor will pay,” it said.",
                     ["Oxfam"]),
    "shell_rejected": ("Shell rejected the claim on Tuesday. “We follow the law,” it said.",
                       ["Shell"]),
    "company_then_sales": ("Zenco reported its results. Sales rose, it said. “It was a "
                           "record year,” it added.", ["Zenco"]),
    "ministers_plural_of_people": ("Ministers rejected the plan on Friday. “It is wrong,” "
                                   "they said.", ["Ministers"]),
    "police": ("Police arrested two men in Leeds. “Inquiries continue,” they said.",
               ["Police"]),
    "residents": ("Residents were angry about the mast. “We were not asked,” they said.",
                  ["Residents"]),
    "closed_appositive": ("Dravic, the senator from Utah, was blunt. “They have no plan,” "
                          "he said.", ["Dravic"]),
    "closed_appositive_dash": ("Dravic, the senator from Utah — who chairs the panel — was "
                               "blunt. “They have no plan,” he said.", ["Dravic"]),
    "body_appositive": ("Exxon, the oil giant, posted record profits. “Demand is strong,” "
                        "it said.", ["Exxon"]),
    "young_surname_verb": ("Young beat champion Tom Hale in the final, calling it \"the best "
                           "day of my life\".", ["Young"]),
    "veteran_job_name": ("Veteran broadcaster Tom Hale has retired, saying he was \"tired of "
                         "the early starts\".", ["Tom Hale"]),
    "headline_speaker": ("Ann Pike Warns Of Strike\n\nUnion leader Ann Pike said on Monday "
                         "that workers would walk out.\n\n“We will strike,” she said.",
                         ["Ann Pike"]),
    "headline_three_word_name": ("Cathy McMorris Rodgers Backs Plan\n\nCathy McMorris "
                                 "Rodgers said the plan would pass.\n\n“It will pass,” "
                                 "Rodgers said.", ["Cathy McMorris Rodgers"]),
    "name_ending_in_common_plural": ("Ann Marie Waters spoke at the rally.\n\n“We will win,” "
                                     "Waters said.", ["Ann Marie Waters"]),
    "headline_two_people": ("Tom Varley Thanks Ann Pike For Help\n\nTom Varley said Ann Pike "
                            "had helped him.\n\n“She is a star,” Varley said. “I was glad "
                            "to,” Pike said.", ["Tom Varley", "Ann Pike"]),
    "james_rivers": ("James Rivers Says Deal Is Dead\n\nJames Rivers said the deal was "
                     "dead.\n\n“It is over,” Rivers said.", ["James Rivers"]),
}


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_capitalised_words_that_are_no_names(name):
    text, expected = POSITIVE[name]
    assert _speakers(text) == expected


@pytest.mark.parametrize("name", sorted(NEAR_MISS))
def test_names_that_are_words_keep_their_quotes(name):
    text, expected = NEAR_MISS[name]
    assert _speakers(text) == expected
