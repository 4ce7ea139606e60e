"""What an article's mentions of a speaker tell the corpus-wide directory about it.

A speaker named by one word ("London", "King", "Guardian") joins the one person of
that surname the corpus names in full only when its own article shows it as a person
("Parry", "Mr Ryan", "Gov. Kasich", "he") and never as a body ("Lloyds of London",
"the Guardian"); and never a person of the other sex: "Mr Corrie" is no "Ann Corrie",
"Mrs Clinton" no "Bill Clinton" (an honorific or a given name tells the sex, never a
pronoun, which a resolution may have guessed wrong).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from warreader.index.names import fold, name_key
from warreader.index.quotes import job_lex, lexicon, name_lex
from warreader.index.quotes.mentions import PARTY_MEMBERS

_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_BODY_LINKS = frozenset({"of", "for", "and", "&", "the", "at", "de", "du"})
_OPENERS = lexicon.DETERMINERS | lexicon.words("one another")
# One word that names nobody in particular: "Another said", "Others", "one Democrat"
_NOBODY = lexicon.words(
    "another others other some many most few several both one someone somebody"
)


@dataclass
class Signs:
    """What the mentions of one speaker in one article (or in all) tell."""

    personal: bool = False  # named as a person: "Parry", "Mr Parry", "Gov. Parry", "he"
    body: bool = False  # named as a body's last word: "Lloyds of London", "the Guardian"
    mentioned: bool = False  # any mention read at all (the quotes of a test may have none)
    sexes: set[str] = field(default_factory=set)  # "m"/"f" its honorifics give ("Mrs")

    def add(self, other: Signs) -> None:
        """Take ``other``'s signs too (a speaker read in several articles)."""
        self.personal = self.personal or other.personal
        self.body = self.body or other.body
        self.mentioned = self.mentioned or other.mentioned
        self.sexes |= other.sexes

    def read(self, mention: str | None, surname: str) -> None:
        """Learn from one ``mention`` of a speaker whose surname key is ``surname``."""
        if not mention:
            return
        self.mentioned = True
        if fold(mention) in _PRONOUNS:  # a person, but of the sex a resolution guessed:
            self.personal = True  # "She said Rubio ..." may give her words to him
            return
        words = mention.split()
        last = words[-1].removesuffix("'s").removesuffix("’s")
        if name_key(last) != surname:
            return  # "the president", "the email": whom it meant, not how it was named
        if len(words) == 1:
            self.personal = True
            return
        before = words[-2].lower()
        honorific = name_lex.HONORIFICS.get(before)
        if honorific is not None:
            self.personal = True
            if honorific:
                self.sexes.add(honorific)
        elif before in _BODY_LINKS:
            self.body = True
        elif before.rstrip(".") in name_lex.TITLES or before in job_lex.PERSON_NOUNS:
            self.personal = True  # "President Bush", "Gov. Kasich", "coach Robinson"

    def sex(self) -> str:
        """The one sex its signs give, else ""."""
        return next(iter(self.sexes)) if len(self.sexes) == 1 else ""

    def may_join(self, sex: str, corpus_wide: bool) -> bool:
        """May this bare name join a person of ``sex`` ("" unknown)? Across articles
        only when named as a person (or with no mention to say) and never as a body
        ("the email" alone says nothing: "Guardian" of "The Guardian" said so)."""
        own = self.sex()
        if own and sex and own != sex:
            return False
        return not corpus_wide or not self.body and (self.personal or not self.mentioned)


def names_nobody(speaker: str) -> bool:
    """Does ``speaker`` name nobody in particular ("Another", "Others", a party's member
    "Democrat", "one senior Democrat", a nationality "one American", "Americans"), so
    that each article means its own (never merged across articles)?"""
    words = speaker.split()
    if not words or any(
        w[:1].isupper() and w.lower() not in _OPENERS for w in words[:-1]
    ):  # "Los Angeles American", "Tory MP Ann Cole": a name
        return False
    low = words[-1].lower()
    single = low[:-1] if low.endswith("s") and low[:-1] in job_lex.NATIONALITIES else low
    return (low in _NOBODY and len(words) == 1) or low in PARTY_MEMBERS or (
        single in job_lex.NATIONALITIES
    )


def given_sex(name: str) -> str:
    """The sex the lexicon gives a name's first word ("m" for "Tom Hale"), else ""."""
    words = name.split()
    sex = name_lex.first_names().get(fold(words[0]), "") if len(words) > 1 else ""
    return sex if sex in ("m", "f") else ""


def read_signs(
    added: Iterable[tuple[str, str, str | None]], surname: Callable[[str], str | None]
) -> dict[tuple[str | None, str], Signs]:
    """The signs of each (article, folded speaker) of ``added`` (article, speaker,
    mention) whose ``surname`` key is known, and of each (None, folded speaker) over
    all its articles."""
    signs: dict[tuple[str | None, str], Signs] = {}
    for article_id, speaker, mention in added:
        key = surname(speaker)
        if key is None:
            continue
        folded = fold(speaker)
        here = signs.setdefault((article_id, folded), Signs())
        here.read(mention, key)
        if (sex := given_sex(speaker)):
            here.sexes.add(sex)
    for (article_id, folded), found in list(signs.items()):
        if article_id is not None:
            signs.setdefault((None, folded), Signs()).add(found)
    return signs
