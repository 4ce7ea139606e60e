"""Grammar words the attribution rules rely on: adverbs, determiners, pronouns, openers.

Everything here ships with the package; nothing is downloaded. Lists are lower-case.
The other word lists live beside it by what they are for: ``cue_lex`` (reporting verbs),
``name_lex`` (honorifics, titles, given names), ``job_lex`` (people's jobs, plurals,
nationalities) and ``org_lex`` (organisations, documents, organisation-name endings).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps word lists readable)."""
    return frozenset(text.split())

# Adverbs and short time words that may sit between a speaker and the verb.
ADVERBS: frozenset[str] = frozenset(
    words(
        """
    also later then again once previously earlier recently yesterday today tonight
    now still further separately repeatedly simply just only even then flatly firmly
    publicly privately angrily bluntly frankly candidly confidently cheerfully
    quickly quietly sharply calmly openly has have had was is are were will would could
    should may might did does do not never last this on thursday friday saturday
    sunday monday tuesday wednesday afterwards afterward subsequently meanwhile too
    however nonetheless nevertheless instead therefore initially originally
    first already often always soon
    """
    )
)

DETERMINERS = words("a an the")  # the articles proper (mentions.ARTICLES adds possessives)
BE = words("is was are were be been being")  # the forms of "be" but "am"
# Conjunctions opening a subordinate clause ("when Ames arrived", "as Hale said"): its
# subject and speaker are not the main clause's.
SUBORDINATORS = words(
    "when whenever as while whereas after before until since if unless whether because "
    "although though once"
)

PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "s",
    "him": "m",
    "her": "f",
    "them": "p",
}

# Capitalised words that start sentences or name places and never start a speaker name.
NOT_NAME_START: frozenset[str] = frozenset(
    words(
        """
    the a an this that these those his her their its our your my in on at by for
    with from to of and or but if when while as after before since during despite
    although though because however meanwhile still yet also then there here it he
    she they we i you who what where which why how not no yes all some many most
    more any each every both either neither one two three four five six seven eight
    nine ten monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    according speaking asked writing once
        last next earlier later late early another other such several
        now today yesterday tomorrow here still even just so thus indeed instead soon
    finally first second third ultimately currently previously recently perhaps maybe nobody nothing
    """
    )
)

# Words that often open a sentence and name nobody there ("Under the deal, ...", an
# auxiliary: "Had Sanders won ..."), though inside a phrase they can ("Treasury Under
# Secretary John Taylor").
SENTENCE_OPENERS: frozenset[str] = NOT_NAME_START | frozenset(
    words(
        """
    under over about above below against without within between among amid across along
    behind beyond through throughout into onto upon like unlike until unless whether once
    following including given towards toward via around nearly almost roughly
    approximately
    had did does do can could should would is was are were has have must might shall
    """
    )
) | frozenset(
    words(  # sentence adverbs ("Privately, they called ...", "Separately, it announced")
        """
    separately privately publicly personally afterward afterwards nonetheless nevertheless
    moreover furthermore additionally initially eventually subsequently elsewhere tonight
    apparently clearly similarly likewise otherwise already again immediately shortly
    originally notably importantly crucially interestingly ironically unfortunately
    fortunately hopefully obviously undoubtedly reportedly allegedly reluctantly briefly
    specifically overall altogether consequently accordingly hence therefore besides
    regardless frankly honestly seriously surprisingly predictably understandably
    tellingly sometimes usually occasionally rarely increasingly typically generally
    traditionally historically officially unofficially technically politically
    economically legally internally overnight thereafter nationally locally
    """
    )
)

# Words that mark a quoted span as a term or title rather than someone's words.
TERM_MARKERS: frozenset[str] = frozenset(
    words(
        """
    so-called term terms word words phrase dubbed called named nicknamed known
    labelled labeled branded titled entitled slogan motto hashtag headline label
    name nickname album single song film movie book novel show series play track
    pseudonym pseudonyms alias moniker nicknames catchphrase codename
    """
    )
)


def agent_participle(word: str) -> bool:
    """Is ``word`` (lower case) a participle whose "by" names who came by a document, not
    who wrote it: "obtained by", "reviewed by", and the irregular "seen by" of wire copy
    ("a letter seen by Reuters said": the outlet only read it). "written by" is not one."""
    return word.endswith("ed") or word == "seen"
