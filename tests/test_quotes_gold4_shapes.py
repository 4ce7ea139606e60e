"""Speaker shapes found on the fifth BBC set (bbc-dev4) and the dev sets, on text we wrote."""

from __future__ import annotations

from tests.quote_support import said


def test_a_title_ending_in_an_acronym_is_no_person_for_a_later_he():
    # "Star" is a job word ("film star X"), but "Star Wars DVD" ends in an acronym: a
    # thing's name; "DVD" seen again must not become the "he" of the next quotation.
    text = (
        "Discs get sharper\n\n"
        "For Mark Hollis, head of sales at the lab Brightline, the future looks good. He "
        "mastered the Star Wars DVD trilogy and two cartoons. "
        '"There was a time when it was hard," he told the BBC.\n\n'
        '"The file is the same," he says. But putting a film onto DVD still requires '
        'compression. "As much as you squeeze, you lose," he explains.'
    )
    assert [s for _, s in said(text)] == ["Mark Hollis"] * 3


def test_a_regnal_number_still_ends_a_persons_name():
    from warreader.index.quotes.entities import Registry
    from warreader.index.quotes.mentions import build
    from warreader.index.quotes.tokens import tokenize

    def kind(name: str) -> str:
        return Registry().entity_for(build(tokenize(name, []))).kind

    assert kind("Pope John Paul II") == "person"
    assert kind("Star Wars DVD") != "person"  # a thing


def test_a_stray_comma_between_a_name_and_its_verb_after_a_quotation():
    # '"…," stallholder Ruth Adeyemi, told reporters': the comma is a slip, no appositive.
    text = (
        "Market traders count the cost\n\n"
        '"Footfall is down by half," said Owen Price, who runs the arcade.\n\n'
        '"If rents rise again we will close," stallholder Ruth Adeyemi, told reporters. '
        '"Nobody can pay that."'
    )
    assert said(text) == [
        ("Footfall is down by half,", "Owen Price"),
        ("If rents rise again we will close,", "Ruth Adeyemi"),
        ("Nobody can pay that.", "Ruth Adeyemi"),
    ]


def test_a_clipped_name_gets_the_full_name_from_a_paragraph_far_before():
    # The full name stands in a paragraph with no quotation near it (only skimmed); "the
    # Cen" clips "Central Lending Board" and speaks by it, the country before it kept.
    text = (
        "Lending slows\n\n"
        "The Ruritanian Central Lending Board has kept its key rate at 3%. Exporters had "
        "hoped for a cut. Shops reported a quiet January.\n\n"
        "Factories cut shifts. Farm prices fell again.\n\n"
        'The Cen said that price rises were "well contained".\n\n'
        '"Growth is steady," the Cen said in a statement.'
    )
    assert [s for _, s in said(text)] == ["Ruritanian Central Lending Board"] * 2


def test_a_three_letter_word_that_clips_no_name_stays_as_written():
    text = (
        "Lending slows\n\n"
        "The Ruritanian Central Lending Board has kept its key rate at 3%.\n\n"
        '"Growth is steady," Ant Hill Traders said.\n\n'
        '"We disagree," Ned said.'
    )
    assert [s for _, s in said(text)] == ["Ant Hill Traders", "Ned"]
