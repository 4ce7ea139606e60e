"""A person whose surname is a title or job word, in apposition (issue 10, the
twenty-third round, huntuk26 family 7): "The Bank of England's governor, Mervyn King,
said" is Mervyn King's, not the description's; a title before a name ("King Abdullah",
"Judge Ann Roe", "General Tom Hale") and a role after a name read as before. Every case
is text written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Bank of England's governor, Mervyn King, said rates were \"about right\".",
         "Mervyn King"),
        ('His Labour opponent, Oona King, said: "This campaign has been ugly."', "Oona King"),
        ('The MP for Bethnal Green and Bow, Oona King, said the plan was "bad".', "Oona King"),
        ('Her deputy, Tom Bishop, said the talks were "over".', "Tom Bishop"),
        ("The club's captain, Ann Judge, said the team was \"ready\".", "Ann Judge"),
        ('The singer, Carole King, said the tour was "over".', "Carole King"),
    ],
)
def test_a_title_word_surname_in_apposition_is_a_name(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The presiding judge, Judge Ann Roe, said the case was "troubling".', "Ann Roe"),
        ("The region's governor, General Tom Hale, said the army was \"ready\".", "Tom Hale"),
        ("Tom Hale, the club's chairman, said the deal was \"done\".", "Tom Hale"),
        ('Tom Hale, King of the Gypsies, said the site was "home".', "Tom Hale"),
        ('Ann Roe, Bishop of Leeds, said the cuts were "cruel".', "Ann Roe"),
        ("The firm's founder, Tom Hale, said profits were \"strong\".", "Tom Hale"),
        ('Mervyn King, the governor, said rates were "about right".', "Mervyn King"),
        ('The governor of the Bank of England, Mr King, said rates were "right".', "King"),
        ("Tom Hale, a King's College professor, said the study was \"flawed\".", "Tom Hale"),
        ('Oona King, the Labour MP, said the result was "close".', "Oona King"),
        ('The bishop, the Rt Rev Tom Hale, said the vote was "sad".', "Tom Hale"),
        ('Tom Hale, Lord Mayor of Leeds, said the city was "proud".', "Tom Hale"),
        ('The Commons speaker, Michael Martin, said MPs had been "warned".', "Michael Martin"),
        ("The union's leader, Ann Roe, met Tom King on Monday. She said the talks were "
         '"useful".', "Ann Roe"),
    ],
)
def test_titles_and_roles_around_names_read_as_before(text, speaker):
    assert speakers(text) == [speaker]
