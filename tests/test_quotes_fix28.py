"""Speakers, twenty-eighth round (issue 10; task fix28): words inside a quotation introduce
nobody. An indefinite description a speaker quotes ("a fine minister", "a young doctor") was
taken as the unnamed person a later "the minister said" or "the doctor said" refers to
(``owned_sources.introduced_unnamed``), so a quotation's own words became its speaker. Now the
introduction is looked for in the narration only; one found only inside a quotation leaves
the description speaking as itself when it holds all the description's words, and the
person found otherwise ("a fine minister" is no "the prime minister"). Every sentence was
written for this test; the names are invented.
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers


def test_quoted_praise_is_not_the_prime_minister():
    # main 803d5f8: "a brave minister", a phrase of the quotation itself
    assert speakers(
        "Ann Roe has resigned as health secretary.",
        'Tom Vale said he accepted the resignation "with sorrow".',
        '"Ann has been a good friend and a brave minister," the prime minister said.',
    ) == ["Tom Vale", "Tom Vale"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(  # main 803d5f8: "one protester", from inside the mayor's quote;
            # the mayor is no protester either
            ("Ann Roe, the mayor, watched the march. \"One protester told me this is their "
             "city,\" she said. \"We will not leave,\" the protester said.",),
            ["Ann Roe", "the protester"], id="protester-mayor",
        ),
        pytest.param(  # main 803d5f8: "a tough lawyer" (quoted); the hired one is narrated
            ("Ann Roe hired a new lawyer last week.", "\"I wanted a tough lawyer,\" she said.",
             "\"My client is innocent,\" the lawyer said."),
            ["Ann Roe", "a new lawyer"], id="lawyer-narrated",
        ),
        pytest.param(  # main 803d5f8: "a neutral envoy" (quoted)
            ("The UN sent a senior envoy to the talks.",
             "Ann Roe said: \"We need a serious envoy, a neutral envoy.\"",
             "\"Both sides must stop,\" the envoy said."),
            ["Ann Roe", "a senior envoy"], id="envoy-narrated",
        ),
    ],
)
def test_quoted_introductions_name_nobody(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(("A fine minister, Ann Roe, stood down on Monday.",
                      "\"I have loved this job,\" the minister said."),
                     ["Ann Roe"], id="apposition-outside"),
        pytest.param(("Tom Hale spoke to the crowd in Leeds. A man in the crowd shouted at him.",
                      "\"You lied to us,\" the man said."),
                     ["A man in the crowd"], id="man-narrated"),
        pytest.param(("Tom Vale, a junior minister, visited the plant.",
                      "\"A good minister listens,\" Mr Vale said.",
                      "\"I will be back,\" the minister said."),
                     ["Tom Vale", "Tom Vale"], id="holder-quotes-his-noun"),
        pytest.param(("A nurse, who asked not to be named, wrote to the paper.",
                      "\"A nurse should not beg,\" Ms Roe said.",
                      "\"We are tired,\" the nurse said."),
                     ["Roe", "a nurse"], id="narrated-and-quoted"),
    ],
)
def test_narrated_introductions_still_count(paragraphs, expected):
    assert speakers(*paragraphs) == expected
