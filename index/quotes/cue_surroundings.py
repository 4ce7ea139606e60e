"""The words around a reporting cue that decide whether it takes the phrase next to it.

Predicates ``events.find_events`` asks about one cue: whether the name before a
participle is an object ("X posted on Twitter reading"), whether a capitalised word
right after a quotation is a name (""…," From said"), whether a reported clause holds
a cue of its own ("reports that Anelka told"), whether an owner's noun is the object of
a verb before it ("Hale called Bo's report"), and whether a person owns a spokesman
("his spokesman").
"""

from __future__ import annotations

from warreader.index.quotes import cue_lex, job_lex, lexicon, name_lex
from warreader.index.quotes.cue_subjects import cue_participle
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.tokens import Token

_NOT_OBJECT_AFTER = lexicon.words("with and but or while as of when after before from by")
_PLACE_PREPOSITIONS_OF_OBJECTS = lexicon.words("on to in at into onto via")
_OBJECT_PREPOSITIONS = lexicon.words("about against for toward towards over")


def participle_after_object(tokens: list[Token], mention: Mention, k: int, floor: int) -> bool:
    """Is ``mention`` (at token ``k``, just before a participle cue) an object, so that
    the clause's subject speaks: a name after "on", "to", "in" ("X posted on Twitter
    reading", "X wrote in an email to Vogue explaining"), or a thing after any other
    lower-case word ("X released an ad calling"); not "footage of X saying", "a letter
    from X saying", "with the minister saying", "quoted a fund manager complaining"."""
    if k <= floor:
        return False
    before = tokens[k - 1]
    if before.kind != "w" or before.capitalised or before.lower in _NOT_OBJECT_AFTER:
        return False
    if before.lower in _PLACE_PREPOSITIONS_OF_OBJECTS:
        return True
    if mention.kind == "name" and mention.start > tokens[k].start and (
        before.lower in _OBJECT_PREPOSITIONS
    ):
        return True  # "about his rival, Ann Pike, saying": a name in apposition to an object
    return mention.kind == "nominal" and not (
        mention.head in job_lex.PERSON_NOUNS or mention.head in job_lex.PERSON_PLURALS
    )


def capitalised_after_quote(tokens: list[Token], i: int, floor: int) -> bool:
    """Is the word before the verb at ``i`` capitalised in the middle of a sentence,
    right after a quotation (""…," From said")? Then it is a name even when it is
    also a common word, which the phrase reader leaves out."""
    if i - 2 < floor or tokens[i - 2].kind != "q":
        return False
    if tokens[i - 2].text.rstrip("\"'”’ ").endswith("."):
        return False  # ""…." That said, ...": a new sentence opens with the word
    word = tokens[i - 1]
    return (
        word.kind == "w"
        and word.text[:1].isupper()
        and not word.text.isupper()
        and not word.possessive
        and word.lower not in lexicon.PRONOUNS
    )


_CLAUSE_REACH = 30  # tokens of a reported clause searched for a cue of its own


def cue_in_clause(tokens: list[Token], k: int) -> bool:
    """Does a reporting verb stand in the clause from token ``k`` to the next quotation
    ("reports that Anelka told a magazine: "…""): then that verb speaks, not the report."""
    for n in range(k, min(len(tokens), k + _CLAUSE_REACH)):
        token = tokens[n]
        if token.kind == "q":
            return False
        if token.kind == "w" and (token.lower in cue_lex.CUE_VERBS or cue_participle(token.lower)):
            return True
    return False


def object_of_cue(tokens: list[Token], first: int, j: int, floor: int) -> bool:
    """Is the owner's noun at ``j`` (its owner at token ``first``) the object or the
    reported subject of a reporting verb right before the owner ("Hale called Bo's
    report a "muddle"", "Hale said Ross's tweet ... meant that "...""), with no quotation
    of its own after it? Then the verb's subject speaks, not the owner."""
    if first - 1 <= floor or first >= j or j + 1 >= len(tokens):
        return False
    before, after = tokens[first - 1], tokens[j + 1]
    return (
        before.kind == "w"
        and before.lower in cue_lex.CUE_VERBS
        and after.kind == "w"
        and after.lower not in ("that", "of", "to", "on")
    )


def person_owner(owner: Mention, mention: Mention) -> bool:
    """Does a person own the spokesman ``mention`` ("his spokesman", "Mr Blair's official
    spokesman")? Then the spokesman speaks, the owner only gives the affiliation."""
    if mention.head not in job_lex.SPOKES:
        return False
    if owner.kind == "pronoun":
        return owner.head in ("he", "she")
    given = owner.name.split()[0].lower() if owner.name else ""
    return owner.kind == "name" and not owner.org and bool(
        owner.honorific or " " in owner.name and given in name_lex.first_names()
    )
