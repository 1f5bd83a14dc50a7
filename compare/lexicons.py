"""Word lists the change detectors consult, each with the reason it exists.

Everything here is lower-case data; matching rules live in `compare/changes.py`,
`compare/attribution.py` and `compare/names.py`. Lists are deliberately short: a word belongs
here only when its presence alone reliably signals the change kind in news copy, because every
entry is a potential false alarm on a paraphrase.
"""
from __future__ import annotations


def inflect(*lemmas: str) -> frozenset[str]:
    """Regular inflections of verbs or nouns (-s, -es, -ed, -ing, with e-drop, y->i and doubling).

    Over-generation is harmless here ("approveed" never occurs in text); missing a form is not.
    """
    out = set()
    for w in lemmas:
        out.add(w)
        stem = w[:-1] if w.endswith("e") else w
        out |= {w + "s", w + "es", stem + "ed", stem + "ing", w + "d"}
        if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
        if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":  # "acquitted"
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return frozenset(out)


# Function words carry no claim content: detail and cause comparisons count only the rest.
# Auxiliaries are here because tense/voice shifts ("was arrested" -> "has been arrested") are
# paraphrase, not new detail.
STOPWORDS = frozenset("""
a an the and or but nor so yet of in on at to for from by with as into onto upon about over
under than then that this these those there here which who whom whose what when where why how
is are was were be been being am has have had having do does did doing will would shall should
can could may might must it its it's he him his she her hers they them their theirs we us our
ours you your yours i me my mine himself herself itself themselves ourselves also too very just
only even still already again both each either such same other another more most some any all
no not up down out off if because while although though after before during since until within
without between among across through per via said says say told tells however meanwhile
moreover indeed instead thus therefore nevertheless furthermore
""".split())

# Negators flip a claim's polarity. Lexical negatives ("denied", "failed to", "inability") are
# included because rewrites swap them for "did not"/"can't" without changing polarity, so
# counting only "not" would report a paraphrase as a negation.
# "unless" is "if not". Contractions typed without the apostrophe ("dont") are common in quoted
# speech and social posts ("wont" is left out: it is also a word).
NEGATORS = frozenset("""
not n't no never without none nobody nothing neither nor cannot unless
dont doesnt didnt isnt wasnt arent werent cant couldnt wouldnt shouldnt hasnt havent hadnt
""".split())
NEGATOR_VERBS = inflect("deny", "fail", "refuse") | frozenset({"inability", "unable", "incapable",
                                                                   "lack", "lacked", "lacks", "lacking"})
# "declined to comment" is "had no comment"; "shares declined" is a fall, so these negate only
# before "to" ("failure to check" is "did not check") or before one of the objects a refusal
# takes in news copy ("declined comment"). "fail" and "refuse" negate anywhere (NEGATOR_VERBS).
NEGATOR_BEFORE_OBJECT = inflect("decline") | {"failure", "refusal"}
REFUSED_OBJECTS = frozenset({"comment", "comments", "interview", "interviews"})
# A ban relaxed to a limit ("should not eat" -> "limit how much they eat") weakens the claim
# without reversing it.
LIMIT_VERBS = inflect("limit", "restrict", "curb")
# Country names a rewrite may swap for an equivalent one.
NAME_ALIASES = (
    frozenset({"uk", "britain", "british", "greatbritain", "unitedkingdom"}),
    frozenset({"us", "usa", "america", "american", "unitedstates", "unitedstatesofamerica"}),
    frozenset({"uae", "emirates", "unitedarabemirates"}),
    frozenset({"holland", "netherlands"}),
    frozenset({"eu", "europeanunion"}),
    frozenset({"un", "unitednations"}),
)
# "no longer" is a negator whose positive counterpart is "still": annotators call that swap an
# antonym, so the pair is looked up before counting plain negators.
NO_LONGER = ("no", "longer")

# Hedges add or remove uncertainty. Multi-word entries are token tuples matched in sequence.
# "would" alone is excluded: reported speech back-shifts "will" to "would" without hedging.
HEDGE_WORDS = {
    "modal": frozenset({"may", "might", "could"}),
    "should": frozenset({"should"}),
    "likely": frozenset({"likely", "probably", "possibly", "perhaps", "potentially", "presumably",
                         "unlikely", "arguably", "apparently", "seemingly", "purportedly"}),
    "reported": frozenset({"reportedly", "allegedly", "alleged", "supposedly", "suspected",
                           "ostensibly"}),
    "estimate": frozenset({"estimated"}),
}
HEDGE_PHRASES = {
    "appear": (("appear", "to"), ("appears", "to"), ("appeared", "to"), ("seem", "to"),
               ("seems", "to"), ("seemed", "to")),
    "believed": (("believed", "to"), ("thought", "to"), ("expected", "to"), ("projected", "to"),
                 ("said", "to", "be"), ("feared", "to")),
    "claim": (("they", "claim"), ("claims", "that"), ("claimed", "that"), ("they", "claimed"),
              ("word", "has", "it")),
}

# Attribution verbs introduce a source ("X said", "X told Y"). "according to" and headline
# colons are handled as patterns. Verbs of speaking only: "found"/"showed" report evidence,
# not a speaker, and would make every finding an attribution.
ATTRIBUTION_VERBS = inflect("say", "tell", "report", "announce", "state", "note", "add", "confirm",
                            "explain", "acknowledge", "claim", "insist", "inform", "declare",
                            "write", "warn", "testify", "allege", "estimate", "argue",
                            "contend", "assert", "snipe") | frozenset(
    {"said", "told", "wrote", "says", "tells"})
# Speakers so vague that swapping a named source for them makes the attribution vaguer.
VAGUE_SOURCES = frozenset({"officials", "official", "sources", "source", "reports", "authorities",
                           "police", "aides", "people", "experts", "observers", "critics"})

# Degree scales for `strength`: words grouped by scale and ranked; moving along a scale (or
# adding/dropping a degree word) keeps the claim compatible but changes its force.
QUANTIFIER_LEVELS = {
    "few": 1, "little": 1, "handful": 1,
    "some": 2, "several": 2, "certain": 2,
    "many": 3, "numerous": 3, "much": 3, "lots": 3, "multiple": 3, "countless": 3,
    "most": 4, "majority": 4,
    "all": 6, "every": 6, "entire": 6, "whole": 6,
}
# Degree adverbs: intensity of the verb or adjective they modify.
DEGREE_ADVERBS = {
    "slightly": 1, "somewhat": 1, "partly": 1, "partially": 1, "moderately": 1, "mildly": 1,
    "marginally": 1, "barely": 1,
    "very": 3, "heavily": 3, "severely": 3, "badly": 3, "seriously": 3, "highly": 3,
    "greatly": 3, "significantly": 3, "sharply": 3, "extremely": 3, "completely": 3,
    "totally": 3, "entirely": 3, "fully": 3, "strongly": 3, "deeply": 3, "largely": 3,
    "widely": 3, "dramatically": 3, "substantially": 3, "hugely": 3, "vastly": 3,
    "definitely": 3, "absolutely": 3, "utterly": 3, "grossly": 3, "critically": 3,
    "gravely": 3, "massively": 3, "drastically": 3,
}
# Size and force adjectives ("big gains" -> "modest gains", "massive march"). "small" and
# "tiny" are not here: "a large crowd" -> "a small crowd" is an opposite (ANTONYM_GROUPS).
DEGREE_ADJECTIVES = {
    "slight": 1, "modest": 1, "minor": 1, "limited": 1, "mild": 1,
    "big": 3, "large": 3, "major": 3, "huge": 3, "massive": 3, "enormous": 3, "vast": 3,
    "significant": 3, "substantial": 3, "sweeping": 3, "widespread": 3, "dramatic": 3,
    "severe": 3, "serious": 3, "stunning": 3, "unprecedented": 3, "tremendous": 3,
    "heavy": 3, "extensive": 3, "sharp": 3, "grave": 3, "devastating": 3,
}
# Hedged intentions weaken to plain futures ("is planning to build" -> "will build").
INTENTION_VERBS = inflect("plan", "intend", "aim", "hope", "seek", "consider", "propose")
# Determiners and possessives before "most" make it a superlative ("the most popular"), not a
# quantifier ("most were identified").
SUPERLATIVE_CUES = frozenset({"the", "its", "his", "her", "their", "our", "your", "my", "a", "'s"})

# Antonym groups: a pair (X, Y) is a reversed predicate when one side uses X where the other
# uses Y. Each side is a set of word forms or token tuples (multi-word predicates).
_RISE = inflect("increase", "rise", "climb", "grow", "jump", "soar", "surge", "gain", "raise",
                "boost", "expand", "improve", "strengthen") | {"rose", "risen", "grew", "grown",
                                                               "higher", "upward"}
_FALL = inflect("decrease", "fall", "drop", "decline", "shrink", "plunge", "slump", "sink",
                "slide", "tumble", "reduce", "cut", "lower", "worsen", "weaken",
                "dip") | {"fell", "fallen", "shrank", "shrunk", "sank", "sunk", "slid", "lower",
                          "downward"}
ANTONYM_GROUPS: tuple[tuple[frozenset, frozenset], ...] = (
    (_RISE, _FALL),
    (inflect("approve", "accept", "pass", "endorse", "grant"),
     inflect("reject", "refuse", "veto")),
    (inflect("upgrade"), inflect("downgrade")),
    (inflect("win") | {"won", "victory", "victories", "winner", "winners", "beat", "beaten"},
     inflect("lose", "defeat") | {"lost", "loss", "losses", "loser", "losers"}),
    (inflect("open", "reopen"), inflect("close", "shut")),
    (inflect("gain") | {"profit", "profits", "surplus"}, inflect("loss") | {"losses", "deficit",
                                                                            "deficits"}),
    (frozenset({"above"}), frozenset({"below", "beneath"})),
    (inflect("allow", "permit", "legalize", "authorize", "lift"),
     inflect("ban", "prohibit", "forbid", "bar", "outlaw", "block", "impose")),
    (inflect("support", "favor", "favour"), inflect("oppose", "resist")),
    (frozenset((v, "for") for v in inflect("vote")) | frozenset((v, "in", "favor") for v in inflect("vote")),
     frozenset((v, "against") for v in inflect("vote"))),
    (inflect("convict") | {"guilty", "conviction", "convictions"},
     inflect("acquit", "clear", "exonerate") | {"acquittal", "acquittals", "innocent"}),
    (frozenset({"high", "highs", "highest", "peak"}), frozenset({"low", "lows", "lowest"})),
    (frozenset({"inland", "onshore"}), frozenset({"offshore"})),
    (frozenset({"big", "large", "huge", "massive", "enormous", "vast"}), frozenset({"small", "tiny"})),
    (frozenset({"empty", "vacant"}), frozenset({"full", "packed", "crowded"})),
    (frozenset({"near", "nearby", ("close", "to")}), frozenset({("far", "from"), ("far", "away")})),
    (frozenset({"inside", "indoors"}), frozenset({"outside", "outdoors"})),
    (frozenset({"alive", "survived", "survivor", "survivors"}), frozenset({"dead", "died", "killed"})),
    (inflect("succeed") | {"success", "successful", "successfully"},
     inflect("fail") | {"failure", "failures", "unsuccessful"}),
    (inflect("arrive", "enter"), inflect("depart", "leave", "exit") | {"left"}),
    (inflect("include"), inflect("exclude")),
    (inflect("confirm", "admit"), inflect("deny")),
    (inflect("buy", "import") | {"bought"}, inflect("sell", "export") | {"sold"}),
    (frozenset({"bullish", "optimistic", "positive"}), frozenset({"bearish", "pessimistic",
                                                                 "negative"})),
    (frozenset({"legal", "lawful"}), frozenset({"illegal", "unlawful"})),
    (frozenset({"true", "accurate"}), frozenset({"false", "inaccurate"})),
    (frozenset({"early", "earlier", "earliest"}), frozenset({"late", "later", "latest"})),
    (frozenset({("under", "control"), ("contained",)}), frozenset({("out", "of", "control")})),
    (frozenset({("on", "the", "run"), ("at", "large"), ("escaped",)}),
     frozenset({("recaptured",), ("captured",), ("in", "custody")})),
    (frozenset({("no", "longer")}), frozenset({("still",)})),
    (frozenset({"up"}), frozenset({"down"})),
)
# "up"/"down" are particles in most phrasal verbs ("locked up", "put down"): they count as
# predicates only right before a figure ("up 3 percent").
NUMERIC_ONLY_ANTONYMS = frozenset({"up", "down", "over", "above", "below"})

# Cause markers introduce a stated reason or means. Strong markers are unambiguous; weak ones
# ("over", "on") also introduce places and topics, so they count only when both sides of one
# changed region use a marker.
CAUSE_MARKERS = (
    ("because", "of"), ("because",), ("due", "to"), ("as", "a", "result", "of"), ("owing", "to"),
    ("caused", "by"), ("thanks", "to"), ("blamed", "on"), ("stemmed", "from"),
    ("stemming", "from"), ("stems", "from"), ("resulted", "from"), ("result", "of"),
    ("following",), ("after",), ("amid",),
)
WEAK_CAUSE_MARKERS = (("over",), ("on",), ("with",), ("for",), ("from",))
# After a weak marker, only these nouns make the clause a reason ("detained over visa
# irregularities", "pulled out with an injury"); "over two years" or "on Friday" are not reasons.
REASON_NOUNS = inflect("concern", "fear", "worry", "dispute", "disagreement", "injury", "illness",
                       "allegation", "accusation", "suspicion", "irregularity", "shortage",
                       "problem", "complaint", "violation", "threat", "protest", "row", "error",
                       "mistake", "failure", "doubt", "pressure", "issue", "infection", "disease",
                       "strain", "fracture", "grievance", "objection", "scandal", "breach",
                       "misconduct", "charge", "reason", "ground", "claim", "fraud", "debt",
                       "loss", "lack", "shortfall", "delay", "cancer", "attack", "crash",
                       "fire", "storm", "flood", "weather", "security", "safety", "health")
# "after"/"following"/"from" often mark time or origin: a clause after them counts as a cause
# only when its replacement on the other side is also a cause clause.
TEMPORAL_CAUSE_MARKERS = frozenset({("after",), ("following",), ("amid",), ("from",)})

# Generic words inside proper names: "Marin County" vs "Sonoma County" differ in the name,
# not in "County", so these never make two names compatible.
GENERIC_NAME_WORDS = frozenset("""
county city state street st avenue ave road river lake mount mt park national university
college hospital center centre department dept ministry agency office party inc corp co
company group association council committee commission court school church airport station
the of and for de la le new north south east west northern southern eastern western central
great united international american federal district island islands bay valley
""".split())
# Courtesy and job titles are not names: "Sen. Ortiz" vs "Ortiz" is the same person.
TITLES = frozenset("""
mr mrs ms miss dr prof sen senator rep representative gov governor president pres judge
justice sgt sergeant lt col gen maj capt officer chief minister secretary prime king queen
prince princess sir lord lady pope rev father mayor coach chairman ceo director inspector
spokesman spokeswoman attorney doctor u.s
""".split())

# Abbreviations that end in a full stop without ending the sentence ("Sgt. Pell", "Ore. woman").
ABBREVIATIONS = TITLES | frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec jr sr st mt ave inc corp co ltd no vs etc
calif ark ala ariz colo conn fla ill ind kan mich minn miss mont neb nev okla ore tenn tex
wash wis wyo gen
""".split())
# US states: postal codes and AP abbreviations are compatible with the full name.
STATES = {
    "alabama": ("al", "ala"), "alaska": ("ak",), "arizona": ("az", "ariz"), "arkansas": ("ar", "ark"),
    "california": ("ca", "calif", "cal"), "colorado": ("co", "colo"), "connecticut": ("ct", "conn"),
    "delaware": ("de", "del"), "florida": ("fl", "fla"), "georgia": ("ga",), "hawaii": ("hi",),
    "idaho": ("id",), "illinois": ("il", "ill"), "indiana": ("in", "ind"), "iowa": ("ia",),
    "kansas": ("ks", "kan"), "kentucky": ("ky",), "louisiana": ("la",), "maine": ("me",),
    "maryland": ("md",), "massachusetts": ("ma", "mass"), "michigan": ("mi", "mich"),
    "minnesota": ("mn", "minn"), "mississippi": ("ms", "miss"), "missouri": ("mo",),
    "montana": ("mt", "mont"), "nebraska": ("ne", "neb"), "nevada": ("nv", "nev"),
    "newhampshire": ("nh",), "newjersey": ("nj",), "newmexico": ("nm",), "newyork": ("ny",),
    "northcarolina": ("nc",), "northdakota": ("nd",), "ohio": ("oh",), "oklahoma": ("ok", "okla"),
    "oregon": ("or", "ore"), "pennsylvania": ("pa",), "rhodeisland": ("ri",),
    "southcarolina": ("sc",), "southdakota": ("sd",), "tennessee": ("tn", "tenn"),
    "texas": ("tx", "tex"), "utah": ("ut",), "vermont": ("vt",), "virginia": ("va",),
    "washington": ("wa", "wash"), "westvirginia": ("wv", "wva"), "wisconsin": ("wi", "wis"),
    "wyoming": ("wy", "wyo"), "districtofcolumbia": ("dc",),
}
