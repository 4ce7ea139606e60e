"""Does a clause say that something happened TO its subject, or that its subject answers?

"Police arrested the driver, and Tom Hale was taken to hospital": Tom Hale undergoes
something (a passive, an injury, a death), a second participant beside the driver
(:func:`undergoes`); "Critics turned on the striker, but Ben Fry refused to apologise": Ben
Fry answers what was done to the striker (:func:`answers`: refuses, denies, will not, stays
defiant) after an act against him (:func:`done_against`: turned on, booed, arrested), the
striker himself; "Medics treated the victim, and Tom Hale praised their work" (or "...
but Tom Hale denied any wrongdoing") is neither: a third person may act so
(:func:`introduced_names.described_apart`).
A passive of a stance or of a report ("was unmoved", "was delighted", "was expected to
play", "was quoted as saying") is no undergoing.
"""

from __future__ import annotations

import re

from warreader.index.quotes import lexicon

# Participles after "was" that tell a stance, a feeling or a report, or the judging of the
# one addressed before, not an undergoing.
_STANCE = lexicon.words(
    "unmoved undeterred unrepentant unfazed unbowed unimpressed unconvinced unperturbed "
    "unruffled undaunted unconcerned unabashed unashamed determined delighted pleased "
    "disappointed annoyed angered frustrated surprised shocked stunned saddened amused "
    "satisfied relieved convinced committed prepared resolved relaxed interested concerned "
    "worried excited thrilled honoured honored humbled dismayed outraged incensed bemused "
    "puzzled baffled confused reported rumoured rumored expected understood believed "
    "thought said quoted tipped supposed alleged set used inclined entitled minded "
    "reluctant tired bored backed supported defended praised cheered applauded hailed "
    "welcomed greeted congratulated cleared endorsed forced urged asked pressed challenged "
    "criticised criticized attacked booed jeered mocked elected re returned"
)  # "but Tom Hale was backed by colleagues", "was forced to resign": the one addressed
# Irregular participles of an undergoing ("was taken", "was hurt", "was held").
_IRREGULAR = lexicon.words(
    "taken given beaten driven bitten stolen shaken chosen written hidden forgotten "
    "forbidden broken spoken woken frozen sworn torn thrown shown drawn seen withdrawn "
    "overtaken overthrown ridden struck stricken hurt hit shot held found left caught cut "
    "kept sent put told brought sold led fed bound fought sought taught stuck dealt made "
    "paid lost run let laid slain"
)
# Adverbs that may stand between the auxiliary and the participle, or before the verb.
_ADVERB = r"(?:not|never|also|later|then|now|too|even|still|since|first|itself|[a-z]+ly)"
# The passive's auxiliary for one person: "was", "has been", "got"; not "had" alone ("Tom
# Hale had refused" acts).
_AUXILIARY = re.compile(
    rf"\s*(?:was|were|is|are|(?:has|had|have)\s+(?:{_ADVERB}\s+)?been|got|gets|being)\s+"
    rf"(?:{_ADVERB}\s+){{0,2}}([a-z]+)\b"
)
# Active verbs of an undergoing: a death, an injury, a stay in hospital.
_SUFFERS = re.compile(
    r"\s*(?:died|dies|drowned|collapsed|suffered|sustained|underwent|passed\s+away|"
    r"needed\s+(?:hospital\s+|medical\s+)?treatment|lost\s+(?:his|her|their)\s+life|"
    r"(?:remains|remained|is|was)\s+(?:critically\s+|seriously\s+)?(?:ill\s+)?in\s+"
    r"(?:hospital|a\s+[a-z]+\s+condition|intensive\s+care)|"
    r"escaped\s+(?:unhurt|unharmed|injury|with)|broke\s+(?:his|her|their)\s)"
)
# An aside between the subject and its verb: ", a passenger,", ", 34,", ", who was driving,".
_ASIDE = re.compile(r",[^,.;]{1,60},")
_ADVERBS_BEFORE = re.compile(rf"\s*(?:{_ADVERB}\s+){{0,2}}")


def undergoes(rest: str) -> bool:
    """Does ``rest`` (the words right after a clause's subject, "was taken to hospital",
    ", a passenger, was hurt", "later died") say that something happened to the subject:
    a passive of an undergoing ("was arrested", "has been released", "was not charged"),
    or a death, an injury, a stay in hospital ("died", "suffered burns", "remains in
    hospital")? Not an act ("refused to apologise", "kept smiling") nor a stance or report
    in the passive ("was unmoved", "was expected to play")."""
    at = 0
    aside = _ASIDE.match(rest)
    if aside is not None:
        at = aside.end()
    at = _ADVERBS_BEFORE.match(rest, at).end()
    if _SUFFERS.match(rest, at) is not None:
        return True
    passive = _AUXILIARY.match(rest, at)
    if passive is None:
        return False
    word = passive.group(1)
    if word in _STANCE:
        return False
    return word in _IRREGULAR or (len(word) > 3 and word.endswith("ed"))


# Verbs of one answering what was done to them: refusing, denying, staying, giving way.
_ANSWERING = lexicon.words(
    "refused refuses declined declines insisted insists denied denies vowed vows pledged "
    "pledges apologised apologized apologises apologizes kept keeps stood stands quit quits "
    "resigned resigns stayed stays remained remains conceded concedes admitted admits "
    "rejected rejects dismissed dismisses shrugged shrugs brushed brushes laughed laughs "
    "smiled smiles ignored ignores retorted retorts countered counters defied defies"
)
# Verbs that answer only with "back": "hit back", "fought back" (not "hit a lamp post").
_BACK = lexicon.words("hit hits fought fights struck strikes bit bites")
_THEN_BACK = re.compile(r"\s+back\b")
# Adjectives of one standing firm: "was unmoved", "remained defiant".
_FIRM = lexicon.words(
    "unmoved undeterred unrepentant unfazed unbowed unimpressed unperturbed unruffled "
    "undaunted unconcerned unabashed unashamed unapologetic defiant adamant bullish "
    "resolute calm firm philosophical determined relaxed upbeat confident sanguine "
    "characteristically"
)
# What may open an answering clause after the subject: an aside, adverbs, an auxiliary.
_OPENING = re.compile(
    rf"(?:,[^,.;]{{1,60}},)?\s*(?:{_ADVERB}\s+){{0,2}}(?:(?:has|had|have)\s+(?:{_ADVERB}\s+)?)?"
)
# A negated modal ("would not cancel", "did not back down", "won't quit", "never").
_NEGATED = re.compile(
    r"(?:(?:would|will|did|does|do|could|can|has|had)\s*(?:not|n[’']t)|cannot|"
    r"won[’']t|never)\b"
)
_WORD = re.compile(r"([a-z]+)\b")
# A copula of standing firm: "was unmoved", "remained defiant", "stayed calm".
_COPULA = re.compile(
    rf"(?:was|is|remained|remains|stayed|stays|seemed|appeared)\s+(?:{_ADVERB}\s+)?([a-z]+)\b"
)
_REFLEXIVE = re.compile(r"[^,.;]{0,40}?\b(?:himself|herself|themselves)\b")


def answers(rest: str) -> bool:
    """Does ``rest`` (the words right after a clause's subject) say that the subject answers
    what was done to someone in the clause before: refuses, denies, keeps on, will not,
    stays firm ("refused to apologise", "kept smiling", "would not cancel", "was unmoved",
    "defended himself")? Not any act: "praised their work", "called for calm", "thanked
    them" may be a third person's."""
    at = _OPENING.match(rest).end()
    if _NEGATED.match(rest, at) is not None:
        return True
    copula = _COPULA.match(rest, at)
    if copula is not None:
        return copula.group(1) in _FIRM
    word = _WORD.match(rest, at)
    if word is None:
        return False
    if word.group(1) in _BACK:
        return _THEN_BACK.match(rest, word.end()) is not None
    return word.group(1) in _ANSWERING or _REFLEXIVE.match(rest, word.end()) is not None


# Acts against someone that they may answer: criticism, pressure, arrest, a sanction.
_AGAINST = (
    r"(?:turn(?:ed|s)?|round(?:ed|s)?)\s+on|hit(?:s)?\s+out\s+at|call(?:ed|s)?\s+on|"
    r"boo(?:ed|s)?|jeer(?:ed|s)?|heckl(?:ed|es)|hound(?:ed|s)?|attack(?:ed|s)?|"
    r"criticis(?:ed|es)|criticiz(?:ed|es)|slamm?(?:ed|s)?|blast(?:ed|s)?|condemn(?:ed|s)?|"
    r"mock(?:ed|s)?|ridicul(?:ed|es)|lambast(?:ed|s)?|savag(?:ed|es)|pann?(?:ed|s)?|"
    r"derid(?:ed|es)|accus(?:ed|es)|blam(?:ed|es)|desert(?:ed|s)?|abandon(?:ed|s)?|"
    r"target(?:ed|s)?|challeng(?:ed|es)|press(?:ed|es)?|grill(?:ed|s)?|urg(?:ed|es)|"
    r"sack(?:ed|s)?|dropp?(?:ed|s)?|fin(?:ed|es)|bann?(?:ed|s)?|suspend(?:ed|s)?|"
    r"book(?:ed|s)?|snubb?(?:ed|s)?|arrest(?:ed|s)?|charg(?:ed|es)|question(?:ed|s)?|"
    r"investigat(?:ed|es)|sued?|sues|taunt(?:ed|s)?|abus(?:ed|es)|barrack(?:ed|s)?|"
    r"pillor(?:ied|ies)|vilif(?:ied|ies)|rebuk(?:ed|es)|reprimand(?:ed|s)?|censur(?:ed|es)|"
    r"disciplin(?:ed|es)|oust(?:ed|s)?|fir(?:ed|es)|ax(?:ed|es)|reject(?:ed|s)?|"
    r"dump(?:ed|s)?|whistl(?:ed|es)|hammer(?:ed|s)?|denounc(?:ed|es)|demand(?:ed|s)?\s+of"
)
_AGAINST_BEFORE = re.compile(rf"\b(?:{_AGAINST})(?:\s+[a-z]+){{0,2}}\s*$")


def done_against(before: str) -> bool:
    """Does ``before`` (the words of a sentence up to a description: "Critics turned on ",
    "Fans booed ", "Police arrested ") end on an act against the one described, which they
    may answer (criticism, pressure, arrest, a sanction), not on a kindness ("Medics
    treated ", "Firemen rescued ")?"""
    return _AGAINST_BEFORE.search(before[-80:]) is not None


# Acts in someone's favour: cheering, praise, thanks ("The crowd cheered the captain").
_FOR_BEFORE = re.compile(
    r"\b(?:cheer(?:ed|s)?|applaud(?:ed|s)?|prais(?:ed|es)|hail(?:ed|s)?|salut(?:ed|es)|"
    r"congratulat(?:ed|es)|celebrat(?:ed|es)|mobb(?:ed|s)|serenad(?:ed|es)|thank(?:ed|s)?)"
    r"(?:\s+[a-z]+){0,2}\s*$"
)
# Participles of one backed, cleared or celebrated: "was backed by his manager", "was
# cleared by the panel", "was carried shoulder-high".
_BACKED = lexicon.words(
    "backed supported defended cleared praised cheered applauded hailed carried chaired "
    "mobbed congratulated acquitted exonerated vindicated reinstated spared re-elected"
)


def done_for(before: str) -> bool:
    """Does ``before`` (the words of a sentence up to a description) end on an act in the
    favour of the one described ("The crowd cheered ", "Fans applauded ")?"""
    return _FOR_BEFORE.search(before[-80:]) is not None


def backed(rest: str) -> bool:
    """Does ``rest`` (the words right after a clause's subject) say the subject was backed,
    cleared or celebrated ("was backed by his manager", "was carried shoulder-high", "has
    been cleared")? Such a subject is the one an act against was answered for ("Critics
    turned on the striker, but Ben Fry was backed") or an act for was continued ("The crowd
    cheered the captain, and Tom Hale was carried shoulder-high")."""
    at = _ADVERBS_BEFORE.match(rest).end()
    passive = _AUXILIARY.match(rest, at)
    return passive is not None and passive.group(1) in _BACKED
