"""The shapes of the twentieth round's census of pronouns and descriptions bound to the
wrong person (real outlets' pages, PolNeAR train, the BBC sets), as invented text: what
the engine gets right now and must keep ("he called Lane a "…"" is not Lane's; "she
described it ... and accused him of" is the woman's; "the 56-year-old" after "the
Portuguese coach"; "he told the interviewer" after an expert quoted before; a new person
named in between who is the speaker; a going-on cue after a speaker of the other gender),
the near misses of the rule tried and dropped (a place, an acronym, a plural or a common
noun opening the sentence between the speaker and "he said" changes nothing), and, marked
as expected failures, the gap that rule was meant to close: a bare surname the lists do
not know ("Putin", "Zelensky") opening the sentence between leaves "he" to the person
named before it. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_VARLEY = 'Tom Varley, the energy minister, called the price rise "a disgrace".\n\n'
_HE_SAID = '\n\n"We will not pay that price," he said.'


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (  # the object of the pronoun's clause is no speaker
            "Tom Varley spoke to supporters in Leeds on Friday.\n\n"
            'He called Ann Lane a "dangerous fantasist" and said she should resign.',
            "dangerous fantasist", "Tom Varley",
        ),
        (
            "Tom Varley spoke to supporters in Leeds on Friday.\n\n"
            'He called Lane a "dangerous fantasist" and said the minister should resign.',
            "dangerous fantasist", "Tom Varley",
        ),
        (  # "she" is the woman, "him" the man named last
            "Maria Kell, the party's deputy leader, visited the factory on Monday. Workers "
            "there told Peter Brandt that jobs were at risk.\n\n"
            'She described the plan as "reckless" and accused him of "betraying the town".',
            "betraying the town", "Maria Kell",
        ),
        (  # an age description after the other person's description
            "Chelsea manager Jose Moura faced Arsenal's Arno Venger on Saturday. The "
            'Portuguese coach was angry after the match.\n\n"We were robbed," the '
            "56-year-old said.",
            "We were robbed,", "Jose Moura",
        ),
        (  # the man named as the topic, not the expert quoted before
            'Professor Ann Kell of Leeds University said the figures were "alarming".\n\n'
            "Tom Varley, the chief executive, disagreed. In a radio interview he told the "
            'interviewer: "The figures are wrong."',
            "The figures are wrong.", "Tom Varley",
        ),
        (  # a new person named in between is the speaker
            _VARLEY + "Ann Kell, the shadow minister, also addressed the rise on Monday.\n\n"
            '"We will not pay that price," she said.',
            "We will not pay that price,", "Ann Kell",
        ),
        (  # a man named in between, "she": the woman before him
            'Ann Kell, the energy minister, called the rise "a disgrace".\n\nBoris Tallin '
            'also addressed the rise on Monday.\n\n"We will not pay that price," she said.',
            "We will not pay that price,", "Ann Kell",
        ),
        (  # "he added" after a woman spoke: the man who spoke before her
            'Tom Varley said the rise was "a disgrace". Ann Kell said it was "fair".\n\n'
            '"We will not pay that price," he added.',
            "We will not pay that price,", "Tom Varley",
        ),
        (  # a description as the subject before, a name used as a hall's
            "At a press conference in the Ann Carver Memorial Hall, the governor urged "
            "calm.\n\nHe gave no details of the inquiry. Later he asked residents to "
            '"stay indoors tonight".',
            "stay indoors tonight", "the governor",
        ),
        (  # the rule dropped: a place between the speaker and "he said"
            _VARLEY + "Moscow rejected the claim on Monday." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # an acronym's body between
            _VARLEY + "Nato held talks in Brussels on Monday." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # a country between
            _VARLEY + "Britain also addressed the rise on Monday." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # a common noun opening the sentence between
            _VARLEY + "Inflation rose again in March." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # a plural opening the sentence between
            _VARLEY + "Prices rose sharply across Europe." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # a body's possessive between
            _VARLEY + "Gazprom's chief defended the rise on Monday." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
        (  # the speaker's own surname between
            _VARLEY + "Varley also met the regulator on Monday." + _HE_SAID,
            "We will not pay that price,", "Tom Varley",
        ),
    ],
)
def test_pronoun_and_description_shapes_keep_their_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    assert (quoted, speaker) in said(text)


@pytest.mark.xfail(strict=True, reason="a bare surname no list knows is no person yet")
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Dmytro Kuleba, Ukraine's foreign minister, condemned the shelling as "
            '"barbaric".\n\nPutin spoke about the shelling during a televised meeting with '
            'his generals.\n\n"Every target was military," he said.',
            "Every target was military,", "Putin",
        ),
        (
            "British Defence Secretary Ben Wallace said more tanks would follow.\n\n"
            "Zelensky thanked Britain in his nightly address.\n\n"
            '"This is a strong signal," he said.',
            "This is a strong signal,", "Zelensky",
        ),
    ],
)
def test_a_bare_unknown_surname_between_is_the_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    assert (quoted, speaker) in said(text)
