"""Patterns that recognise what is not body text: site chrome, captions, bylines.

They are phrase and shape rules meant to generalise across sites (comment forms,
follow/sign-up blocks, "related posts" lists, licence and credit lines, author bios),
not a list of any one page's lines.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A whole unit that is nothing but a site label (applied to short units anywhere), bare
# or in quotation marks ('"Related:"').
CHROME_LABEL = re.compile(
    r"""^[-–—•|\s"“'‘]*(?:
      leave\ a\ (?:reply|comment) | (?:post\ a\ |add\ a\ |view\ |show\ )?comments?
    | stay\ connected | connect\ with\ us | follow\ us(?:\ on\ .*)?
    | share(?:\ this(?:\ article|\ story|\ post)?)? | share\ (?:on|via|to|by)\ [\w.]+(?:\ [\w.]+)?
    | advertisement | advertising | sponsored(?:\ content)? | promoted(?:\ content)?
    | (?:most|top)\ (?:commented|popular|read|viewed|shared|recent)
      (?:\ (?:posts|articles|stories|news))?(?:\ (?:in|on|from)\ .{1,30})?
    | related(?:\ (?:posts|articles|stories|content|news|reading|coverage|topics))? | see\ also
    | source(?:\ link)? | (?:read|see|show|load)\ (?:more|full\ (?:article|story)).*
    | continue\ reading.*
    | around\ the\ web | from\ around\ the\ web | you\ (?:may|might)\ also\ like
    | recommended(?:\ for\ you)?
    | (?:latest|recent|trending|popular|more|top|breaking)
      \ (?:articles|posts|news|stories|headlines|videos)
    | support\ (?:our\ (?:mission|journalism|work)|us) | donate(?:\ now)? | subscribe(?:\ now)?
    | sign[\s-]?(?:up|in)(?:\ now|\ for\ .*)? | log\ ?in | register | newsletters?
    | print | email | e-mail | tweet | whatsapp | facebook | twitter | linkedin | reddit
    | telegram | pinterest | copy\ link
    | skip\ to\ (?:main\ )?content | (?:main\ )?menu | search | home | back\ to\ top
    | description | summary | categor(?:y|ies) | tags? | topics? | filed\ under
    | (?:date\ )?(?:created|published|updated|modified|posted)(?:\ on)? | date | by | author
    | editor'?s?\ (?:picks?|choice) | watch | listen | video | photos? | gallery | image
    | leggi\ anche | lesen\ sie\ auch | lire\ aussi | leia\ também | lea\ también | lees\ ook
    | \[[^\]\n]{0,60}\] | \S+\.(?:jpe?g|png|gif|webp|svg)
    )[\s:.!|–—"”'’-]*$""",
    _I | re.X,
)

# A label a page puts between an article's paragraphs (an advertisement's slot, "story
# continues below"): chrome, but the article goes on after it.
INTERSTITIAL = re.compile(
    r"""^[-–—•|\s"“'‘(\[]*(?:
      advertisement | advertising | sponsored(?:\ content)? | promoted(?:\ content)? | ad
    | (?:the\ )?(?:story|article|text)\ continues\ (?:below|after\ (?:the\ )?(?:advertisement|ad))
    | continue\ reading(?:\ (?:below|the\ main\ story))?
    )[\s:.!|–—"”'’)\]-]*$""",
    _I | re.X,
)

# A unit (of any length) that starts like chrome: forms, licences, prompts.
CHROME_PREFIX = re.compile(
    r"""^(?:
      please\ enter\ your | save\ my\ name | notify\ me\ of | you\ must\ be\ logged\ in
    | sign[\s-]?up\ (?:to|for|now|and) | subscribe\ (?:to|for|now|and) | click\ here | tap\ here
    | follow\ us\ on | like\ us\ on | join\ (?:us|our)\ on | get\ (?:our|the)\ (?:daily|free|weekly)
    | follow\ (?:[\w.'’&-]+\ ){1,4}on
      \ (?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads)\b
    | get\ (?:the|our|all)\ .{0,60}?\b(?:delivered|sent)\ (?:straight\ |right\ )?to\ your\ inbox
    | (?:thanks|thank\ you)\ for\ (?:signing\ up|subscribing) | keep\ an\ eye\ on\ your\ inbox
    | like\ this\ (?:story|article)\?
    | featured\ image | (?:image|photo|picture|video)\ (?:source|credit|by|courtesy)s?\b
    | (?:photo|image|credit|source)s?\s*: | all\ rights\ reserved | copyright\s*(?:©|\(c\)|\d{4})
    | © | this\ (?:article|story)\ (?:was\ )?(?:originally\ )?(?:appeared|published|first\ appeared)
    | the\ views\ expressed | we\ use\ cookies | by\ continuing\ to\ (?:use|browse)
    | [*+†]?\s*(?:the\ )?(?:information|content)\ (?:provided|contained|published)\ (?:on|in)\ this
      \ (?:web\ ?)?(?:site|page)
    | [*+†]?\s*results\ (?:may\ )?vary\b | [*+†]?\s*these\ statements\ have\ not\ been\ evaluated
    | consult\ your\ (?:physician|doctor)\ before | this\ website\ uses\ cookies
    | (?:related|read\ more|see\ also|more\ on\ this|filed\ under|sign[\s-]?up)\s*:
    | \d+\ min(?:ute)?s?\ read\b
    | (?:reading\ time|tempo\ de\ leitura|lesezeit|temps\ de\ lecture)\b
    | this\ (?:copy|article)\ is\ for\ your\ personal
    | if\ you\ (?:enjoyed|liked)\ this\ (?:article|story)
    | (?:sorry[,!]?\ )?(?:an\ error\ (?:has\ )?occurred|there\ was\ an\ error)
    | also\ on\ [\w.-]+\.(?:com|net|org|co\.uk)\b
    | \(?(?:leggi\ anche|lesen\ sie\ auch|lire\ aussi|leia\ também|lea\ también)\b
    )""",
    _I | re.X,
)
# Two more that start like chrome, apart: each is tried at every length of its lead-in,
# so only on a unit holding what it needs (:func:`chrome_prefix`).
TRADEMARKS = re.compile(r"^.{0,200}\bare\ (?:registered\ )?trademarks\ of\b", _I | re.X)
TAGGED_HEADLINE = re.compile(  # "Storm hits the coast [VIDEO]": another story's link
    r"""^.{10,160}\ \[(?:VIDEO|PICS|PHOTOS|INSIGHT|NEWS|REACTION|WARNING|REVEAL|LATEST|POLL|MAP
      |LIVE|UPDATE|ANALYSIS|COMMENT|OPINION|GALLERY)\]\s*\|?\s*$""",
    _I | re.X,
)


def chrome_prefix(text: str) -> bool:
    """True when ``text`` starts like chrome: :data:`CHROME_PREFIX`, :data:`TRADEMARKS`
    or :data:`TAGGED_HEADLINE` matches it (the last two only tried on a text holding
    "trademarks" or a "[")."""
    if CHROME_PREFIX.match(text):
        return True
    if "[" in text and TAGGED_HEADLINE.match(text):
        return True
    return may_hold(text, ("trademarks",)) and TRADEMARKS.match(text) is not None

# Lines that open what follows an article: comments, related stories, share bars,
# author boxes, copyright footers (bare or quoted). The article does not run on past them.
END_MARKER = re.compile(
    r"""^[-–—•|\s"“]*(?:
      \d+\ (?:comments?|responses?|replies|reactions?)\b.* | (?:\d+\ )?comments?(?:\ \(\d+\))?
    | (?:leave|post|add|write)\ a\ (?:reply|comment|response).*
    | join\ the\ (?:discussion|conversation).*
    | (?:show|view|load|read|see)\ (?:all\ |the\ )?(?:\d+\ )?comments.* | [\w.'’ -]{1,40}\ says:
    | .{1,80}\ at\ \d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\ (?:says|said|wrote):
    | related(?:\ (?:posts|articles|stories|content|news|reading|coverage|topics|links))?\s*:?
    | (?:you\ (?:may|might)\ also\ (?:like|enjoy)|recommended(?:\ for\ you)?|more\ stories
      |more\ from\ .{1,40}|read\ next|up\ next|what\ to\ read\ next
      |related\ coverage(?:\ from\ .{1,60})?|(?:want\ )?more\ stories\ like\ this\??
      |você\ (?:pode|também\ pode)\ gostar|te\ puede\ interesar|también\ te\ puede\ interesar
      |das\ könnte\ (?:sie|dich)\ auch\ interessieren|vous\ aimerez\ aussi
      |potrebbe\ interessarti|ti\ potrebbe\ interessare)[\s:.!…]*
    | share\ this(?:\ (?:article|story|post|page))?\s*:?
    | about\ the\ (?:author|writer)s?\s*:? | © .* | copyright\ (?:©|\(c\)|\d{4}).*
    )["”]?$""",
    _I | re.X,
)

# The heading of a comment thread: "Comments", "[ 167 comments ]", "Top rated comments",
# "Leave a reply", "Join the discussion".
COMMENTS_HEAD = re.compile(
    r"""^[-–—•|\[(\s]*(?:
      (?:\d[\d,.]*\ )?(?:(?:top|most|best|highest|recent|latest|newest|oldest|reader|readers'?|all)
      \ )?(?:rated\ )?(?:comments?|responses?|replies|reactions?|discussion)(?:\ \(\d+\))?
    | (?:leave|post|add|write)\ a\ (?:reply|comment|response).*
    | join\ the\ (?:discussion|conversation).*
    | (?:show|view|load|read|see)\ (?:all\ |the\ )?(?:\d+\ )?comments.*
    )[\s:.!)\]]*$""",
    _I | re.X,
)
# A comment's stamp line: when it was posted, its votes, its reply link ("2 days ago at
# 07:52 am", "June 5, 2024 at 7:03 am", "Rating: 36 Votes", "Reply", "Jo says:").
COMMENT_STAMP = re.compile(
    r"""^(?:
      .{0,40}\b\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?
    | \d+\ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\ ago\b.{0,30}
    | (?:reply|report(?:\ abuse)?|flag|permalink|like|(?:rating|score|points?|votes?)\s*:.{0,20}
      |\d+\ (?:likes?|votes?|points?|replies|upvotes?))
    | .{1,60}\ (?:says|said|wrote):
    )\s*$""",
    _I | re.X,
)

# An e-mail address or a social handle: how to reach the writer.
CONTACT = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?<![\w@])@\w{2,}")

# Words of site menus and account links; a short line of nothing else is navigation
# ("Subscribe Sign In", "About us Contact Advertise Privacy policy").
NAV_WORDS = frozenset(
    [
        "home", "news", "sport", "sports", "business", "world", "politics", "weather",
        "search", "menu", "subscribe", "subscription", "sign", "log", "in", "out", "up",
        "login", "logout", "register", "account", "my", "profile", "newsletter",
        "newsletters", "contact", "us", "about", "advertise", "advertising", "privacy",
        "policy", "cookie", "cookies", "terms", "of", "use", "conditions", "help", "faq",
        "more", "latest", "live", "video", "videos", "podcasts", "photos", "opinion",
        "sections", "edition", "print", "e-paper", "epaper", "shop", "careers", "jobs",
        "sitemap", "rss", "alerts", "apps", "app", "mobile", "skip", "to", "content", "main",
        "navigation", "&",
    ]
)
# An empty form field as a text browser draws it: "Search: [ ]", "[__________]".
FORM_FIELD = re.compile(r"\[[\s_]*\]")


_NAV_TOKEN = re.compile(r"[\w&'’-]+")


def nav_line(text: str) -> bool:
    """True when a line of up to 8 words is made of menu and account words only."""
    words = 0
    for words, match in enumerate(_NAV_TOKEN.finditer(text.casefold()), 1):  # noqa: B007
        if words > 8 or match.group() not in NAV_WORDS:
            return False  # the first other word or the ninth decides: not the rest
    return words > 0


FOLLOWERS = re.compile(
    r"^\d[\d,.]*\s*[KkMm]?\s*(?:fans?|followers?|subscribers?|likes?|members?)\s*"
    r"(?:like|follow|subscribe|join)?$",
    _I,
)
RULE = re.compile(r"^(?:[-–—_*=~•·#]\s*){3,}$")
WEATHER = re.compile(r"^-?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]\b.{0,20}$")
NUMBERISH = re.compile(r"^[\d\s.,:/%°+-]+$")

CREDIT = re.compile(
    r"\s*\((?:[^()/]{2,60}/[^()]{2,60}|(?:photo|image|credit|file|courtesy)\b[^()]{0,60}"
    r"|[^()]{0,40}\b(?:Getty Images|AP Photo|Reuters|AFP|EPA|Shutterstock|Alamy)\b[^()]{0,30})"
    r"\)\s*$",
    _I,
)



def credit(text: str) -> re.Match | None:
    """:data:`CREDIT`'s match in ``text`` (which it needs to end with ``)``)."""
    return CREDIT.search(text) if text.rstrip().endswith(")") else None


FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""What re.IGNORECASE matches to an ASCII letter besides the ASCII letters: İ ı ſ K
(every code point checked by tests/test_articles_prefilter.py)."""


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (ASCII, lower case) as
    re.IGNORECASE would find them: a pattern each of whose matches holds one of them
    cannot match it. Lowering finds them all unless one of the letters it cannot
    lower to ASCII is there (then True). Substring tests, not a regular expression:
    a pattern tried at every position of a paragraph costs ten to a hundred times more."""
    if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
        return True
    low = text.lower()
    return any(word in low for word in words)


# A photo caption or credit anywhere in a unit ("... (Photo by Ann Lee/AFP via Getty
# Images)", "Image caption ...", "© Jo Bloggs/Reuters").
CAPTION = re.compile(
    r"\b(?:photo(?:graph)?\s+(?:by|credit|courtesy)|photo\s*:|(?:image|media|video)\s+caption"
    r"|image\s+(?:credit|source)|getty\s+images|ap\s+photo|shutterstock|alamy\s+stock)\b"
    r"|©\s*(?-i:[A-Z])[\w.'’-]+\s+[A-Z]|^file\s+photo\b|\bcredit(?::|\.\.\.|…)\s*(?-i:[A-Z])"
    r"|\b(?-i:REUTERS|AFP|EPA|AP)/[A-Z]|^in\s+this\s+.{0,60}?\b(?:file\s+)?photo\b",
    _I,
)
CAPTION_WORDS = ("photo", "caption", "image", "getty", "shutterstock", "alamy", "©", "credit",
                 "/")
"""Every match of :data:`CAPTION` holds one of these (:func:`may_hold`)."""


def caption(text: str) -> bool:
    """True when :data:`CAPTION` finds a photo caption or credit in ``text``."""
    return may_hold(text, CAPTION_WORDS) and CAPTION.search(text) is not None


_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.|de|da|van|von|der|del|al|bin|ibn|le|la)"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}"
BYLINE = re.compile(
    rf"^(?:(?i:by|written\s+by|words\s+by|reported\s+by|author)\s*:?\s+)"
    rf"(?P<name>{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*)"
    r"(?:\s*(?:[|,–—-]|\bfor\b)\s*(?P<outlet>[A-Z][^.!?]{1,40}))?\.?$"
)
NAME_LINE = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|al|bin)){1,3}$")
BIO = re.compile(
    r"^(?!(?:He|She|They|It|This|That|There)\b)"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:\([^()]{1,40}\)\s+)?(?:is|was|has\s+been|works\s+as)\s+"
    r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?(?i:journalist|writer|reporter|editor|correspondent"
    r"|columnist|author|analyst|contributor|commentator|blogger|freelancer|diplomat)s?\b"
    r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+joined\s+.{1,60}?\bin\s+(?:\w+\s+)?\d{4}\b",
)
ROLE_FOR = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|columnist|contributor|journalist)\s+"
    r"(?:for|at|with)\s+(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|the|&)\s+)?[A-Z][\w&'’.-]*)*)"
)
FROM_OUTLET = re.compile(
    r"\bfrom\s+(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|the|&)\s+)?[A-Z][\w&'’.-]*)*)"
)
# A unit that is nothing but an e-mail address or a social handle (an author box's links).
CONTACT_ONLY = re.compile(r"^[-–—•|\s]*(?:@\w{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\s.]*$")

# How to reach the writer, as a sign-off says it: "Email Jo at jo@example.com",
# "Follow her on Twitter @jo", "Have a tip?" (with a CONTACT address or handle).
REACH = re.compile(r"\b(?:e-?mail|follow|reach(?:ed)?|contact|tips?|write\s+to)\b", _I)


def sign_off(text: str, words: int | None = None) -> bool:
    """True when a unit of up to 40 words tells how to reach the writer (``words``: its
    :func:`word_count`, when known)."""
    return ((word_count(text) if words is None else words) <= 40
            and bool(CONTACT.search(text) and REACH.search(text)))


# Words of a newsletter or subscription pitch; two of them in a short unit make it one
# ("Get breaking news alerts ... delivered weekday mornings", "No spam, we promise. You
# can unsubscribe at any time").
PROMO = re.compile(
    r"\b(?:sign(?:ing)?[\s-]?up|subscrib(?:e|ed|ing)|subscriptions?|unsubscribe|newsletters?"
    r"|(?:your|our|the)\s+inbox|no\s+spam|opt[\s-]?in|alerts|delivered\s+(?:to|straight|right|"
    r"daily|weekday|every)|activation\s+link|(?:we(?:'ll|\s+will)?\s+)?send\s+(?:you\s+)?an?\s+e-?mail"
    r"|more\s+stories\s+like\s+this|top\s+stories\s+from|click\s+here|\d+\s+issues\b"
    r"|for\s+as\s+little\s+as|delivered\s+(?:through|to)\s+your\s+(?:letterbox|door|inbox))\b",
    _I,
)


PROMO_WORDS = ("sign", "subscri", "newsletter", "inbox", "spam", "opt", "alerts", "delivered",
               "activation", "send", "stories", "click", "issues", "little")
"""Every match of :data:`PROMO` holds one of these (:func:`may_hold`)."""


def promo(text: str, words: int | None = None) -> bool:
    """True when a unit of up to 40 words is a newsletter or subscription pitch
    (``words``: its :func:`word_count`, when known)."""
    if (word_count(text) if words is None else words) > 40 or not may_hold(text, PROMO_WORDS):
        return False
    return len(PROMO.findall(text)) >= 2


SIGNUP = re.compile(r"\b(?:sign[\s-]?up|subscribe|newsletter|daily\s+(?:email|headlines))\b", _I)
REPORTED_FROM = re.compile(
    r"(?:^|,\s*|\band\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:reported\s+)?from\s+[A-Z]"
)
CONTRIBUTED = re.compile(
    r"\b(?:contributed\s+(?:to\s+this\s+(?:report|article|story)|reporting)|reported\s+from)\b"
    r"|^\(?(?:additional\s+)?reporting\s+by\b",
    _I,
)
CONTRIBUTED_WORDS = ("contributed", "reported", "reporting")
"""Every match of :data:`CONTRIBUTED` holds one of these (:func:`may_hold`)."""


def contributed(text: str) -> bool:
    """True when :data:`CONTRIBUTED` finds a reporting credit in ``text``."""
    return may_hold(text, CONTRIBUTED_WORDS) and CONTRIBUTED.search(text) is not None
# A closing rights line of a published article: "© 2019 Associated Press. All Rights
# Reserved.", "This article was originally published by ...". Kept at the very end of
# extracted text: it is part of what was published (the article-extraction-benchmark's
# bodies hold them), not site chrome.
CLOSING_CREDIT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s+)?[\w.&' -]{2,60}\.?"
    r"(?:\s+all\s+rights\s+reserved\b.*)?$"
    r"|^copyright\s+\d{4}\b.{0,80}all\s+rights\s+reserved\.?$"
    r"|^this\s+(?:article|story)\s+was\s+originally\s+published\b.{0,120}$",
    _I,
)
DATE_LABEL = re.compile(
    r"^(?:(?:date\s+)?(?:created|published|posted|updated|modified)(?:\s+on)?|date|on|last\s+updated)"
    r"\s*[:\-–]?\s*",
    _I,
)

TERMINAL = ".!?…:;。！？．；："
CLOSERS = "\"'”’)]»」』）】〕"

# Scripts written without spaces between words: Han, Hiragana, Katakana (Hangul is
# written with spaces). Two of their characters count as about one word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (closing quotes/brackets ignored)."""
    stripped = text.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in TERMINAL


def word_count(text: str) -> int:
    """Length of the text in words, for every script.

    Whitespace-separated words, plus one word per two characters of scripts written
    without spaces (Chinese, Japanese), so that a paragraph's length means the same
    in every language.
    """
    words = len(text.split())
    if text.isascii():
        return words
    unspaced = len(UNSPACED.findall(text))
    return words + unspaced // 2 if unspaced else words


# An embedded tweet's credit adds the handle and the date: "— Ann Lind (@annlind) September
# 19, 2016", "— Tom A. Reyes, Jr. (@treyes) 3 Oct 2016".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_TWEETED = (
    r"(?:,\s*(?:Jr|Sr)\.?)?\s*\(@\w{1,30}\)\s*"
    r"(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4})?"
)
# A paragraph ending on an embedded tweet's credit ('"…" pic.twitter.com/x — Ann Lind
# (@annlind) September 19, 2016'): the tweet ends there.
TWEET_CREDIT_END = re.compile(
    r"[-\u2013\u2014\u2015]\s*[A-Z][^\n]{0,80}?" + _TWEETED + r"\.?$"
)
_DASH_CREDIT = re.compile(
    r"[-\u2013\u2014\u2015]\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:" + _TWEETED + r")?\.?"
)
_NAME_CREDIT = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'.-]+){1,3}\.")


def credit_line(text: str, dashed_only: bool = False) -> bool:
    """A name alone on its line, after a dash or as two to four capitalised words.

    It credits the quotation or letter above it ("- Sanders.", "David Groner."): kept
    each time it comes and at the article's end, or the quotation above it goes to
    whoever was credited before, or to nobody. A one-word photo credit ("Getty.") is
    not one. ``dashed_only``: only the dashed form ("― Name"), for the end of a text.
    """
    text = text.strip()
    if _DASH_CREDIT.fullmatch(text):
        return True
    return not dashed_only and _NAME_CREDIT.fullmatch(text) is not None
