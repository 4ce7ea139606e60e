"""The role the engine gives a speaker reads as a reporter would write it: the whole
appositive, no preposition left hanging, no sentence-initial capital on a common noun."""

from __future__ import annotations

from warreader.index.model import Quote
from warreader.index.quotes.role_text import as_written, noun_phrase
from warreader.index.quotes.speakers import SpeakerDirectory

from tests.quote_support import quotes_of


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in quotes_of(text)]


def test_open_appositive_keeps_the_words_after_its_preposition():
    text = (
        "Lena Farrow, sales director at Bright Lamps thinks the trend will hold. "
        '"Buyers keep coming back," she said.'
    )
    assert _roles(text) == [("Lena Farrow", "sales director at Bright Lamps")]


def test_open_appositive_keeps_a_described_employer():
    text = (
        'Otto Ramsey, head of the radio unit at the company says: "The tests went well '
        'and we will ship in May."'
    )
    assert _roles(text) == [("Otto Ramsey", "head of the radio unit at the company")]


def test_appositive_with_a_compound_job_gives_the_role():
    text = '"Homes are changing fast," said Nora Pike, co-author of the Ledger study.'
    assert _roles(text) == [("Nora Pike", "co-author of the Ledger study")]


def test_long_appositive_ends_before_its_place():
    text = (
        '"Rates will rise," said Tom Vale, head of bond research at Bank of Fenwick in '
        "South Harbour City."
    )
    assert _roles(text) == [("Tom Vale", "head of bond research at Bank of Fenwick")]


def test_relative_clause_is_no_part_of_the_role():
    text = '"We had no choice," said Iris Moll, a retired teacher who moved to Leeds.'
    assert _roles(text) == [("Iris Moll", "retired teacher")]


def test_long_appositive_drops_a_second_job_cut_before_its_complement():
    text = (
        '"Turnout is low," said Ada Brent, a local councillor and former member of the '
        "Northern Districts Regional Planning Board Appeals Committee."
    )
    assert _roles(text) == [("Ada Brent", "local councillor")]


def test_a_description_matches_a_role_by_whole_words():
    def speaker(role: str, head: str) -> str | None:
        text = (f"Ana Roe, the {role}, met the players on Monday.\n\n"
                f'"We will win the league," the {head} said.')
        return [q.speaker for q in quotes_of(text)][0]

    assert speaker("president-elect of the club", "president") == "Ana Roe"
    # a qualifier makes another office (fourteenth round): the vice-president is not
    # "the president" (tests/test_quotes_office_qualifiers.py)
    assert speaker("vice-president of the club", "president") == "the president"
    assert speaker("board of directors chairman", "director") == "the director"
    assert speaker("mischief adviser", "chief") == "the chief"


def test_sentence_initial_capital_on_a_common_role_word_is_lowered():
    text = (
        'Former Leeds captain Len Ostrow said: "The boats never stood a chance." Drummer '
        'Kit Vane agreed: "We all lost something that night."'
    )
    assert _roles(text) == [
        ("Len Ostrow", "former Leeds captain"),
        ("Kit Vane", "drummer"),
    ]


def test_titles_nationalities_and_names_keep_their_capitals():
    assert as_written("Vice-President") == "Vice-President"
    assert as_written("Greek sprinter") == "Greek sprinter"
    assert as_written("General Motors chief") == "General Motors chief"
    assert as_written("Newly-crowned Open champion") == "newly-crowned Open champion"
    assert as_written("President") == "President"


def test_long_appositive_ends_before_at_the_institution():
    text = (
        '"Boards must listen," said Lea Norr, chairman of the Centre for Water Policy Studies '
        "at the University of Eastmoor."
    )
    assert _roles(text) == [("Lea Norr", "chairman of the Centre for Water Policy Studies")]


def test_role_cut_mid_phrase_loses_its_hanging_word():
    assert as_written("co-author of") == "co-author"
    assert as_written("director behind") == "director"
    assert as_written("33-year-old teacher and") == "33-year-old teacher"
    assert as_written("its") is None


def test_directory_role_is_the_one_most_articles_give():
    directory = SpeakerDirectory()
    for n in range(6):  # one story quotes her six times through "she"
        directory.add("a1", Quote("x", n, n + 1, speaker="Ada Brent", mention="she",
                                  role="rival"))
    for article in ("a2", "a3"):
        directory.add(article, Quote("y", 0, 1, speaker="Ada Brent", role="county treasurer"))
    (summary,) = directory.summaries()
    assert summary.role == "county treasurer"


def test_coordinated_nationalities_before_a_role_stay_together():
    text = 'Swedish and Danish Vikings coach Per Holm said: "The squad is ready."'
    assert _roles(text) == [("Per Holm", "Swedish and Danish Vikings coach")]


def test_a_name_coordinated_before_a_role_is_no_part_of_it():
    text = (
        'Ann Berg and Danish Vikings coach Per Holm met on Monday. "The squad is ready," '
        "Holm said."
    )
    assert _roles(text) == [("Per Holm", "Danish Vikings coach")]


def test_roles_from_any_path_are_shaped_as_a_noun_phrase():
    assert as_written("county clerk who ran the count in 2010") == "county clerk"
    assert as_written(
        "vice president of sales at Fenwick Mills in East Harbour City, Ontario"
    ) == "vice president of sales at Fenwick Mills"
    long_clause = "top fundraiser and veteran lobbyist close to the campaign brass and the chiefs"
    assert as_written(long_clause) == long_clause  # no phrase to end on: kept whole


def test_role_written_after_a_quotation_reaches_it():
    text = (
        '"We loved every minute," said Ann Vale.\n\n'
        "Vale, a veteran of 40 caps, joined the club in 2001.\n\n"
        '"It was a fine era," said Tom Reed.'
    )
    assert _roles(text) == [("Ann Vale", "veteran of 40 caps"), ("Tom Reed", None)]


def test_a_role_put_before_a_bare_surname_does_not_reach_earlier_quotations():
    text = (
        '"We loved every minute," said Ann Vale.\n\n'
        "The club captain Vale spoke of joined the side in 2001.\n\n"
        '"It was a fine era," said Tom Reed.'
    )
    assert _roles(text)[0] == ("Ann Vale", None)


def test_a_count_or_an_article_is_no_role():
    assert as_written("another") is None
    assert as_written("an analyst at Nomura") == "analyst at Nomura"


def test_long_role_keeps_the_body_it_names():
    text = (
        '"Orders are up," said Rhea Quill, the vice president and chief operating officer of '
        "Kelvane's US sales arm."
    )
    assert _roles(text) == [
        ("Rhea Quill", "vice president and chief operating officer of Kelvane's US sales arm")
    ]


def test_long_role_loses_its_trailing_place_before_its_body():
    text = (
        '"Search is changing," said Omar Tully, the vice president of search products at '
        "Quorra Labs in the US."
    )
    assert _roles(text) == [("Omar Tully", "vice president of search products at Quorra Labs")]


def test_long_role_loses_its_trailing_time():
    text = (
        '"Margins are thin," said Pia Lund, chief economist for the retail arm of Dunmore '
        "Holdings since 2003."
    )
    assert _roles(text) == [
        ("Pia Lund", "chief economist for the retail arm of Dunmore Holdings")
    ]


def test_a_body_after_in_is_no_place_to_drop():
    text = (
        '"The lists will shrink," said Ned Arle, a senior adviser on hospital waiting lists in '
        "the Department of Health."
    )
    assert _roles(text) == [
        ("Ned Arle", "senior adviser on hospital waiting lists in the Department of Health")
    ]


def test_a_second_job_after_the_body_is_no_body_a_long_role_keeps():
    second_job = "cousin of the late Duke Orrin and keen amateur golfer and walker"
    assert noun_phrase(second_job.split(" ")) == []  # none within reach: no role
    one_body = "chief of staff to the late King Orrin and the Greyport Council"
    assert noun_phrase(one_body.split(" ")) == one_body.split(" ")
