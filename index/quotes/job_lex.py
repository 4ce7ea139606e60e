"""Nouns for people: jobs and roles ("the spokesman", "the Arsenal boss"), their plurals
("officials", "trade unions"), and nationalities ("the American said")."""

from __future__ import annotations

from warreader.index.quotes.lexicon import words

# Nouns that describe a person's job or status; they make up roles ("Kremlin spokesman")
# and nominal mentions ("the president", "the 29-year-old", "the Arsenal boss").
PERSON_NOUNS: dict[str, str] = {
    w: ""
    for w in words(
        """
    president minister secretary general spokesman spokesperson official officer
    chief executive chairman director governor senator mayor judge leader head
    ambassador envoy premier chancellor commander admiral captain analyst economist
    expert professor researcher scientist doctor lawyer attorney prosecutor manager
    coach boss player striker midfielder defender goalkeeper keeper winger forward
    captain skipper star singer actor musician rapper director producer writer
    author novelist comedian presenter host designer founder owner investor trader
    broker banker dealer strategist executive boss veteran champion winner rival
    opponent veteran teenager youngster man source insider diplomat aide adviser
    advisor consultant engineer developer programmer designer spokesperson
    representative campaigner activist critic observer witness resident official
    chairman president commentator pundit minister lawmaker legislator politician
    candidate footballer cricketer batsman bowler golfer sprinter athlete runner
    swimmer rider driver boxer fighter jockey trainer referee umpire international
    full-back fly-half scrum-half half-back flanker hooker back-rower all-rounder frontman
    wicketkeeper paceman seamer quarterback cyclist skier rower racer guitarist drummer
    mogul tycoon magnate billionaire entrepreneur founder bassist vocalist filmmaker ceo
    chief-executive boss volunteer attendee organiser demonstrator speaker
    editor reporter journalist correspondent columnist reviewer blogger broadcaster
    member fan worker employee customer teacher student pupil parent victim survivor
    soldier nurse surgeon physician psychologist psychiatrist historian academic
    confidant ally loyalist supporter staffer operative associate donor delegate
    lecturer physicist biologist chemist specialist forecaster pollster lobbyist
    protester demonstrator voter shareholder artist photographer poet playwright
    screenwriter composer conductor dancer choreographer chef farmer pilot councillor
    songwriter lyricist bandmate administrator pope gaffer agent buyer
    assistant tourist medallist pioneer contestant applicant finalist semi-finalist
    servant merchant lieutenant sergeant technician industrialist motorist
    environmentalist pianist jurist satirist biographer theorist entrant combatant
    solicitor barrister accountant auditor negotiator organiser organizer chairperson
    vice-president vice-chairman treasurer mp mep peer priest imam rabbi cleric bishop
    friend neighbour neighbor colleague team-mate teammate spokespeople physio
    inspector detective commissioner investigator auditor sheriff
    defendant plaintiff claimant suspect prisoner refugee citizen patient dentist
    inventor co-founder newcomer debutant rookie child publicist
    nominee narrator person user neurosurgeon moderator commenter questioner
    participant interviewer interviewee reader viewer listener retiree impostor
    heckler marcher spectator onlooker bystander panelist panellist
    proponent backer advocate detractor skeptic sceptic graduate counsel someone somebody
    frontbencher backbencher msp qc seed violinist
    futurologist futurist anthropologist sociologist geologist pathologist oncologist
    climatologist criminologist epidemiologist virologist technologist ecologist
    meteorologist archaeologist cardiologist neurologist radiologist toxicologist
    seismologist zoologist gynecologist gynaecologist dermatologist immunologist
    """
    )
}
PERSON_NOUNS.update(
    {
        w: "f"
        for w in words(
            """
    spokeswoman chairwoman actress businesswoman woman mother sister queen princess
    congresswoman sportswoman heroine girl daughter wife aunt niece grandmother widow
    duchess countess lady dame baroness waitress nun girlfriend fiancee
    """
        )
    }
)
PERSON_NOUNS.update(
    {
        w: "m"
        for w in words(
            """
    spokesman chairman businessman man father brother king prince congressman
    sportsman hero boy son husband uncle nephew grandfather widower duke lord baron
    boyfriend fiance monk
    """
        )
    }
)


def _plural(noun: str) -> str:
    """The plural of a person noun: "officials", "spokesmen", "secretaries", "bosses"."""
    if noun.endswith("man") and noun != "german":
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith("wife"):
        return noun[:-2] + "ves"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")) or noun == "hero":
        return noun + "es"
    return noun + "s"


# Groups of people who speak together ("the researchers said", "US officials said"),
# and bodies that speak together ("farm groups said", "trade unions warned").
PERSON_PLURALS: frozenset[str] = frozenset(
    _plural(w) for w in PERSON_NOUNS if w not in ("spokespeople", "ceo", "mp", "mep")
) | words("people spokespeople ceos mps meps police crowd audience") | words(
    """
    groups unions organisations organizations companies firms charities associations
    agencies airlines retailers manufacturers regulators watchdogs broadcasters
    federations troops forces
    """
)
# "crowd" and "audience" are one noun for many speakers ("the crowd shouted back").

# Nationalities, as nouns for a person ("the American said", "the Scot") and as words
# that may open an organisation's name ("American Express", "Australian Open").
NATIONALITIES: frozenset[str] = words(
    """
    scot welshman englishman irishman frenchman american briton australian kiwi irishwoman
    spaniard italian german dutchman argentine brazilian european russian ukrainian
    belarusian georgian pole czech slovak croat serb bosnian greek turk dane swede
    norwegian finn icelander belgian swiss austrian portuguese chinese japanese korean
    indian pakistani afghan iranian iraqi israeli palestinian egyptian moroccan
    algerian tunisian nigerian kenyan ethiopian ghanaian cameroonian ivorian
    zimbabwean zambian canadian mexican colombian chilean peruvian uruguayan african
    venezuelan cuban jamaican trinidadian hungarian romanian bulgarian latvian lankan
    lithuanian estonian dutchwoman frenchwoman englishwoman scotswoman welshwoman zealander
    """
)
PERSON_NOUNS.update({w: "" for w in NATIONALITIES if w not in PERSON_NOUNS})

SPOKES: frozenset[str] = words("spokesman spokeswoman spokesperson")
"""The nouns for someone who speaks for a body or a person."""

# Adjectives of nationality that are no noun for a person ("Spanish fans", "Dutch diners").
NATIONAL_ADJECTIVES: frozenset[str] = NATIONALITIES | words(
    "british english scottish welsh irish french spanish dutch danish swedish finnish polish "
    "turkish flemish"
)

# Job titles a description can be checked against a known role ("the president"); other
# descriptions ("the Dutchman", "the 29-year-old", "the star") fit any person.
OFFICES: frozenset[str] = words(
    "president minister secretary chancellor chairman chairwoman spokesman spokeswoman "
    "spokesperson manager coach boss chief executive director governor senator mayor "
    "leader ambassador envoy premier commander admiral general prosecutor judge"
)


def headline_description(name: str) -> bool:
    """Is a name a description with no article, as a headline writes one ("Ukrainian
    leader says ...", "Spy chief warns ..."): a capitalised first word and a person noun
    in lower case last? Not one introduced with an article ("a young child"), whom "the
    boy" may go on to describe."""
    first, _, rest = name.partition(" ")
    last = rest.rsplit(" ", 1)[-1]
    return (
        first[:1].isupper() and first.lower() not in _ARTICLES
        and last.islower() and last in PERSON_NOUNS
    )


_ARTICLES = words("a an another one the")


def group_opens(lowers: list[str]) -> bool:
    """Do these first two words (lower case) open a group described by its place or side
    ("residents of", "supporters of", "attorneys for"): a plural noun for people, then
    "of", "for", "at" or "from"? The group speaks, not the place ("Residents of Kharkiv")."""
    return len(lowers) == 2 and lowers[0] in PERSON_PLURALS and lowers[1] in (
        "for", "of", "at", "from"
    )
