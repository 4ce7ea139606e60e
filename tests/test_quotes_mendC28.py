"""Speakers, twenty-eighth round (issue 10; task mendC28): a capitalised word opening a
sentence that the article also writes in lower case is read as the common word only when
it is no subject of the sentence's verb (``common_words.read_as_common``). The verb may
stand a few adverbs after it ("Young also said", "Rice later told", "Cook now says",
"Bush never said", "Young himself called", "Rice repeatedly described") or after a phrase
of time ("Bush last week told", "Young on Monday called"): such a word speaks as a name.
A common word still names nobody when no verb of speech follows it past the adverbs
("Casual games like chess were ...", "Steel also fell"). Every sentence was written for
this test; the names are invented.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # census28 (main b69374cc): all None, or a term.
        ("Young also said the plan was 'bold', and the young voters cheered.", "bold", "Young"),
        ("Rice later told reporters the talks were 'useful'. The price of rice rose.",
         "useful", "Rice"),
        ("Bush also warned the rebels to 'stand down'. The bush fires spread.",
         "stand down", "Bush"),
        ("Cook now says the wait was 'too long'. Every cook in town agreed.",
         "too long", "Cook"),
        ("Young himself called the vote 'a farce'. The young were angry.", "a farce", "Young"),
        ('Parks quickly said the cuts were "cruel". The parks were closed.', "cruel", "Parks"),
        ('Wood never said the plan was "dead". The wood was damp.', "dead", "Wood"),
        # A phrase of time between the name and its verb of speech.
        ("Bush last week told the rebels to 'stand down'. The bush fires spread.",
         "stand down", "Bush"),
        ('Young on Monday called the plan "bold". The young voters cheered.', "bold", "Young"),
    ],
)
def test_name_that_is_also_a_common_word_speaks_past_adverbs(text, words, speaker):
    assert dict(said(text)).get(words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The common word before adverbs and no verb of its own stays no name.
        ("Many casual gamers play chess. Casual games like chess were \"gender neutral\" "
         "and drew players of all ages. Tom Hale was pleased.", "gender neutral", None),
        ('Steel also fell "sharply", Tom Hale said. The steel works closed.',
         "sharply", "Tom Hale"),
        ('Steel in March fell "sharply", Tom Hale said. The steel works closed.',
         "sharply", "Tom Hale"),
        ('Many casual gamers play chess. Casual games in the survey were "gender neutral", '
         "Tom Hale said.", "gender neutral", "Tom Hale"),
        ('Growth still looks "fragile", said Ann Lee. Growth in wages was slow and growth '
         "in jobs slower.", "fragile", "Ann Lee"),
    ],
)
def test_common_word_before_adverbs_still_names_nobody(text, words, speaker):
    assert dict(said(text)).get(words) == speaker
