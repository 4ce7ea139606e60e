"""A new person named in wire narration ends the carry of who spoke last.

Wire copy sets each sentence in its own paragraph, so a quotation alone often comes
after a paragraph or two of narration, and :func:`attribution._bridged` gives it to the
speaker quoted last while that narration keeps the speaker as its topic. Narration that
names another person by a whole name or a title and name ("The plan was drawn up by
engineer Paul Grant.", "Dr Holm drew it up.") moves the topic to them; a street,
hospital or other place named on a given name ("Victoria Road", "Grace Street") does
not.
"""

from __future__ import annotations

from warreader.index.quotes import name_lex
from warreader.index.quotes.lexicon import words

# Last words of places and buildings named on a given name: "Victoria Road", "Grace
# Street", "Albert Square", "George Hospital". Not words that end people's names too
# ("Park", "Hall", "Hill", "Lane", "Church", "Castle", "Bay", "Lake", "House", "Court"):
# a person read as a place would carry the quotation on to the earlier speaker.
_PLACE_WORDS = words(
    "road street avenue crescent terrace square gardens bridge embankment quay wharf "
    "dock docks station airport hospital infirmary clinic college school academy "
    "university palace cathedral abbey chapel river falls harbour harbor island valley "
    "mountains stadium arena centre center market district county estate"
)


def introduces_person(text: str, speaker: str) -> bool:
    """Does the narration ``text`` name a person other than ``speaker`` by a whole name
    (a known given name and another capitalised word that is no place word: "engineer
    Paul Grant", "Rita Holm's plan", not "Victoria Road") or by a title and a name ("Dr
    Kemp", "Senator Hale"), wherever in its sentences it stands? A reader takes such a
    person as the new topic."""
    own = {w.strip(".,'’") for w in speaker.split()}
    given = name_lex.first_names()
    found = [w.strip(".,;:()\"“”‘’'") for w in text.split()]
    found = [w.removesuffix("'s").removesuffix("’s") for w in found]
    for word, after in zip(found, found[1:], strict=False):
        if not after[:1].isupper() or after in own or not after.isalpha():
            continue
        low = word.lower().rstrip(".")
        named = word[:1].isupper() and low in given and word not in own
        if named and after.lower() not in _PLACE_WORDS or low in name_lex.TITLES:
            return True
    return False
