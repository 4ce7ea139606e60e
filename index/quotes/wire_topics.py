"""Things, not agents, at the head of wire narration: a capitalised common noun.

Wire copy sets each sentence in its own paragraph, so a speaker's quotation often comes
after narration about things ("Standards are vital to the net, and making sure
standards are open is a big task." / "“Our first goal is ...”"). A sentence's first
word is capitalised whatever it is, so a plural noun opening it reads like a name, and
a name that is not the speaker's moves the topic on (:mod:`narration_topics`). The
article tells the two apart: a common noun is written in lower case elsewhere in it
("standards", "shares"), a name is not ("Putin", "Labour", "Okafor"). A word that names
people or bodies by kind ("Ministers", "Unions", "Democrats"), or a sentence that gives
its subject a speech, reaction or stance word ("Conservatives jeered", "Shareholders
objected"), is never read as a thing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from warreader.index.quotes import cue_lex, job_lex, name_lex, org_lex
from warreader.index.quotes.lexicon import words
from warreader.index.quotes.mentions import job_word
from warreader.index.quotes.tokens import Token
from warreader.index.quotes.whole_words import has_bounded

# Words of reaction or stance that are no speech verbs: a subject given one is an agent.
_STANCE = words(
    "agree agrees agreed disagree disagrees disagreed dispute disputes disputed object "
    "objects objected oppose opposes opposed protest protests protested reject rejects "
    "rejected jeer jeers jeered boo boos booed scoff scoffs scoffed refuse refuses refused "
    "deny denies denied unimpressed unmoved unconvinced furious angry quick hit tabled "
    "demand demands demanded vow vows vowed threaten threatens threatened "
    # and of will or belief, which only agents have: "Greens want the tax doubled"
    "want wants wanted wish wishes hope hopes hoped plan plans planned urge urges urged "
    "insist insists insisted fear fears feared believe believes believed think thinks "
    "thought expect expects expected warn warns warned blame blames blamed back backs "
    "backed support supports supported their themselves"
)


# Plural endings of words for people: "Conservatives", "Democrats", "Socialists",
# "Republicans", "Voters", "Residents", "Critics", "Loyalists", "Israelites".
_PEOPLE_ENDINGS = (
    "ers", "ors", "ists", "ans", "crats", "ives", "ites", "ents", "ics", "ies", "ees",
    "ss", "us",
)


def written_lower(texts: Sequence[str]) -> Callable[[str], bool]:
    """A test of whether the article of paragraphs ``texts`` writes a capitalised word as
    a common noun: in lower case somewhere, as a whole word, and never capitalised inside
    a sentence ("the Standards Board", "engineer Paul Grant" make it a name); each word
    is looked up once."""
    seen: dict[str, bool] = {}

    def test(word: str) -> bool:
        low = word.lower()
        if low not in seen:
            seen[low] = (
                low != word
                and any(has_bounded(low, t) for t in texts)
                and not any(_inside(word, t) for t in texts)
            )
        return seen[low]

    return test


def _inside(word: str, text: str) -> bool:
    """Is ``word`` written in ``text`` as a whole word after another word of the same
    sentence (not at a paragraph's or sentence's start, nor after an opening mark)?"""
    at = text.find(word)
    while at >= 0:
        before = text[:at].rstrip()
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole and before and before[-1] not in _STARTS:
            return True
        at = text.find(word, at + 1)
    return False


_STARTS = ".!?:\"“‘'(—–-"


def introduces_person(text: str, speaker: str) -> bool:
    """Does the narration ``text`` name a person other than ``speaker`` by a whole name
    (a known given name and another capitalised word: "engineer Paul Grant", "Rita
    Holm's plan") or by a title and a name ("Dr Kemp", "Senator Hale"), wherever in its
    sentences it stands? A reader takes such a person as the new topic."""
    own = {w.strip(".,'’") for w in speaker.split()}
    given = name_lex.first_names()
    words = [w.strip(".,;:()\"“”‘’'") for w in text.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]
    for word, after in zip(words, words[1:], strict=False):
        if not after[:1].isupper() or after in own or not after.isalpha():
            continue
        low = word.lower().rstrip(".")
        named = word[:1].isupper() and low in given and word not in own
        if named or low in name_lex.TITLES:
            return True
    return False


def thing_subject(word: str, tokens: list[Token], lower: Callable[[str], bool]) -> bool:
    """Is the one-word capitalised subject ``word`` of the sentence of ``tokens`` a
    common noun for things ("Standards are vital ...", "Sales rose ..."): written in
    lower case elsewhere in the article, no word for people or bodies, and the sentence
    gives it no speech, reaction or stance word?"""
    low = word.lower()
    if " " in word or not word[:1].isupper() or not low.isalpha():
        return False
    if not low.endswith("s") or low.endswith(_PEOPLE_ENDINGS):
        return False  # a plural of things only: not "Labour", "Democrats", "Voters"
    single = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")  # "Unions"
    if any(w in org_lex.ORG_NOUNS or job_word(w) for w in (low, single)):
        return False
    if low in job_lex.PERSON_PLURALS or low in name_lex.first_names():
        return False  # "Residents are ...", "Rose runs the bakery" (though "prices rose")
    if any(t.kind == "w" and (t.lower in cue_lex.CUE_VERBS or t.lower in _STANCE) for t in tokens):
        return False
    return lower(word)
