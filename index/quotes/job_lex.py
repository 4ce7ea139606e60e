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
    rebel whip eurosceptic moderniser modernizer blairite brownite canvasser constituent
    elector superintendent vicar curate archdeacon convener convenor
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
    boyfriend fiance monk huntsman clergyman alderman churchman
    """
        )
    }
)


# Everyday people the news quotes besides officials and public figures: first
# responders, trades, kin, passers-by, the accused and the faithful ("a medic at the
# scene said", "His cousin said", "One pensioner said"). Each was checked not to be
# common in the corpora as a thing, a verb or a surname ("guard", "cook", "Seaman",
# "Guest", "Gardener" are left out). A definite one ("said the shopkeeper") still reads
# as a noun no lexicon knows (described_subjects.unknown_head): the person of its own
# paragraph or the one before, else the description itself, never the nearest person
# of four paragraphs back as "the minister" is.
EVERYDAY: dict[str, str] = {w: "" for w in words(
    """
    medic paramedic firefighter constable bodyguard lifeguard rescuer steward pensioner
    cousin farmhand labourer laborer plumber electrician mechanic miner shopkeeper
    stallholder shopworker cashier waiter bartender landlord tenant homeowner
    householder villager grandson granddaughter grandparent grandchild stepson
    stepdaughter father-in-law mother-in-law son-in-law daughter-in-law brother-in-law
    sister-in-law sibling spouse fiancée fiancé godson goddaughter descendant heir lover
    schoolteacher headteacher tutor midwife carer caregiver babysitter housekeeper
    janitor caretaker chauffeur cabbie trucker paratrooper conscript cadet reservist
    infantryman commando marksman crewman astronaut cosmonaut insurgent gunman jailer
    warden cop spy informant whistleblower whistle-blower leaker hacker fraudster thief
    burglar robber mugger murderer attacker assailant kidnapper hijacker gangster
    smuggler trafficker addict gambler punter bettor architect surveyor pharmacist
    optician veterinarian dietitian nutritionist therapist physiotherapist
    psychotherapist counsellor counselor clerk receptionist typist archivist librarian
    curator collector grocer florist jeweller hairdresser beautician stylist rancher
    groundsman gamekeeper forester crofter smallholder landowner docker welder
    bricklayer roofer decorator sculptor painter essayist translator interpreter
    illustrator cartoonist animator diarist laureate newsreader newscaster
    photojournalist cinematographer influencer vlogger podcaster freelancer passenger
    commuter traveller traveler pedestrian shopper holidaymaker pilgrim visitor evacuee
    migrant immigrant emigrant asylum-seeker expatriate expat hostage detainee inmate
    parolee fugitive eyewitness passer-by mourner orphan trainee caddie stablehand
    playmaker centre-back centre-half wing-back goalie spinner fielder outfielder
    shortstop linebacker coxswain helmsman vice-captain selector hurdler marathoner
    decathlete heptathlete high-jumper long-jumper gymnast skater snowboarder surfer
    climber mountaineer diver weightlifter wrestler fencer sculler canoeist kayaker
    paralympian co-driver kitman club-mate compatriot foe hotelier publican innkeeper
    restaurateur shopowner proprietor co-owner financier stockbroker foreman supervisor
    salesperson borrower saver depositor taxpayer ratepayer policyholder beneficiary
    recipient loser runner-up titleholder consul attaché emissary mediator arbitrator
    ombudsman assessor adjudicator promoter impresario handler paediatrician
    pediatrician obstetrician anaesthetist anesthesiologist radiographer pharmacologist
    helper scholar theologian coroner juror magistrate complainant appellant petitioner
    litigant trooper chaplain preacher evangelist missionary mullah worshipper
    churchgoer parishioner believer devotee follower statesman challenger incumbent
    frontrunner contender surrogate dissident defector monarch tsar czar dictator despot
    strongman warlord chieftain tribesman exec supermodel socialite starlet entertainer
    performer magician illusionist keyboardist saxophonist trumpeter cellist organist
    co-star understudy philanthropist benefactor patron octogenarian nonagenarian
    centenarian septuagenarian teen kid schoolboy schoolgirl alumnus
    """
)} | {w: "f" for w in words(
    """
    policewoman firewoman stewardess landlady barmaid headmistress postwoman
    councilwoman assemblywoman anchorwoman yachtswoman frontwoman housewife saleswoman
    servicewoman camerawoman stateswoman stepmother empress heiress alumna laywoman
    comedienne ballerina matriarch grandma granny mum mom
    """
)} | {w: "m" for w in words(
    """
    policeman fireman barman headmaster postman councilman assemblyman anchorman
    yachtsman salesman serviceman cameraman stepfather fisherman layman dad grandpa
    grandad patriarch friar abbot gentleman bloke
    """
)}
PERSON_NOUNS.update({w: g for w, g in EVERYDAY.items() if w not in PERSON_NOUNS})


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
    federations troops forces campaigns
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
    "turkish flemish "
    # regions, peoples and faiths used the same way ("added Latin hits", "Muslim voters")
    "latin latino latina hispanic arab asian nordic baltic celtic slavic islamic muslim "
    "jewish catholic protestant evangelical sunni shiite"
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


def group_opens(lowers: list[str], capitalised: list[bool] | None = None) -> bool:
    """Do these words (lower case) open a group described by its place or side ("residents
    of", "supporters of", "attorneys for"): a plural noun for people, then "of", "for", "at"
    or "from"? The group speaks, not the place ("Residents of Kharkiv"). Not when the plural
    is capitalised and the words run on past the object into a lower-case person noun and
    capitalised words (``capitalised`` tells which words are): an organisation named by such
    a plural, then its member's role and name ("Friends of the Earth campaigner Ann Roe",
    "Physicians for Human Rights researcher Tom Hale"), where the person speaks."""
    if len(lowers) < 2 or lowers[0] not in PERSON_PLURALS or lowers[1] not in (
        "for", "of", "at", "from"
    ):
        return False
    caps = capitalised or []
    return not (caps and caps[0] and any(
        not caps[k] and lowers[k] in PERSON_NOUNS and all(caps[k + 1 :])
        for k in range(3, len(lowers) - 1)
    ))
