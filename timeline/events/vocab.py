"""Word lists the event extractor reads: stop words, titles, demonyms, event classes.

They are data, kept apart from the code that uses them, so that a new word is a one-line
change. The lists are deliberately small and general (English news), not fitted to any one
article: a word belongs here when it would help on news the tool has never seen.
"""

from __future__ import annotations

import re

# Words of time an entry's id leaves out beside ``STOP_WORDS``: its date is in the id already, so a
# clock stamp's "pm", a month's abbreviation ("Sept. 24"), a part of the day, a season, a time zone
# only repeat it ("2025-08-29-pm-cancellations-pass" for "12:05 p.m. Cancellations pass 1,100").
# ("fall" is left out: "Shares fall" is the news.) An abbreviated month or weekday is one only with its
# full stop or beside a figure ("Sept. 24", "Sat 12 Oct"; not "Jan Smit", "The Sun"): ``DATE_ABBREVIATIONS``.
DATE_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
TIME_WORDS = frozenset(
    """
    am pm noon midday midnight dawn daybreak dusk sunrise sunset morning mornings afternoon afternoons
    evening evenings night nights tonight overnight hour hours minute minutes fortnight
    spring summer autumn winter following
    gmt utc bst cet cest eet eest ist jst aest aedt nzst nzdt est edt cst cdt mst mdt pst pdt et pt ct mt
    """.split()
)

# Function words and very common verbs/adjectives that carry no identity of a happening.
STOP_WORDS = frozenset(
    """
    a about above after again against all almost also although am among an and any are around as at
    be became because been before being below between both but by can could did do does doing done
    down during each either else even ever every few for from further had has have having he her here
    hers herself him himself his how however i if in into is it its itself just least less like made
    make many may me might more most much must my myself neither no nor not now of off on once one only
    or other others our ours ourselves out over own per perhaps quite rather same several she should so
    some such than that the their theirs them themselves then there these they this those though through
    thus to too under until up upon us very via was we were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    said says say saying told tell stated according reportedly also still already yet
    new news report reports reported week weeks day days month months year years time times today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday weekend
    january february march april may june july august september october november december
    earlier later last next recent recently ago eve first second third
    mr mrs ms dr
    """.split()
)

# Month names that are words too, read as the month only when written with a capital: "in March"
# is a date, "its fifth march" and "would march again" a protest ("may" is a stop word as a verb too).
MONTHS_THAT_ARE_WORDS = frozenset({"march"})

# Words that open a capitalised run without being part of a name ("However", "The").
NON_NAME_CAPITALS = frozenset(
    """
    a an the this that these those it its in on at of for from to by with as and but or nor so yet
    however meanwhile moreover still while when where after before although though despite during
    following since once until if whether both each every some any another all no not even
    he she they we i you his her their our my your who what which why how there here
    according earlier later last next then now today yesterday tomorrow
    speaking instead also amid among between over under
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
    private public several many few most some more other others about nearly almost
    """.split()
)

# Last words of company and place names that name no one ("Halvorsen Foods", "Maricopa County",
# "Harbor Plaza Hotel"): such a name is known by its first word, as the next sentence calls it
GENERIC_NAME_TAILS = frozenset(
    """
    foods food capital partners county city hotel plaza energy motors systems industries airways
    pharmaceuticals pharma media technologies technology tech resources brands stores labs
    laboratories logistics financial insurance international global therapeutics biosciences
    entertainment communications networks solutions products enterprises ventures investments
    properties realty mining oil gas steel chemicals electric power telecom hospital center centre
    college stadium airport station bridge street avenue road park river district province township
    dairy farms motor bancorp trust securities advisors management fire fires air ridge festival tour arena
    banking bankshares healthcare health retail shipping
    mine mines hills valley canyon creek
    payments research software semiconductor semiconductors electronics aerospace automotive
    engineering construction railways utilities brewing beverages metals minerals petroleum textiles
    studios pictures publishing analytics robotics biotech devices instruments materials manufacturing
    hotels resorts cruises restaurants clinics builders lending finance assurance reinsurance freight
    aviation cement packaging tobacco apparel wireless broadcasting telecommunications supermarkets
    """.split()
)

# Titles and role words dropped from the front of a name ("Russian President Vladimir Putin").
TITLE_WORDS = frozenset(
    """
    president vice prime minister ministers secretary foreign defense defence national security
    adviser advisers advisor advisors envoy envoys special senior chief spokesman spokeswoman
    spokesperson aide aides general gen lt col colonel sgt state chancellor premier king queen
    prince princess pope governor senator sen rep representative mayor ambassador commissioner
    director head leader former acting deputy executive chairman chairwoman chair officer
    official officials businessman businesswoman son-in-law daughter-in-law u.s. us
    """.split()
)

# Last words of organisation names: a run ending in one keeps its title-like words whole
# ("National Transportation Safety Board", "Foreign Ministry"), so it meets its acronym.
ORGANISATION_WORDS = frozenset(
    """
    board council administration agency commission ministry department committee party bank fund
    court union organization organisation association institute university company corporation corp
    group airlines airline office service authority forces army navy police parliament assembly senate
    congress house agency bureau federation foundation league network alliance coalition cabinet
    exchange commission reserve
    """.split()
)

# Short forms of names that count half (see WEAK_ENTITIES), so "EU" meets "European Union".
NAME_ALIASES = {
    "eu": "european union", "e.u.": "european union", "un": "united nations", "u.n.": "united nations",
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "uae": "united arab emirates", "kiev": "kyiv",
}

# Legal-form words that end company names: "Unisys Corp." and "Amdahl Corp." share no name.
CORPORATE_SUFFIXES = frozenset(
    """corp corp. corporation inc inc. co co. ltd ltd. llc plc ag sa nv gmbh bhd lp l.p. cos cos.
    holdings amp""".split()
)

# Adjectives of nationality folded into the place they name, so "Ukrainian" meets "Ukraine".
# Places whose names open with a people's adjective: the name is the place, not that people's
# country and another name ("British Columbia" is no Britain; "the Indian Ocean" no India). A
# people's adjective before one of PLACE_FEATURES names a place too ("the Arabian Sea").
PLACES_NAMED_BY_A_PEOPLE = frozenset({
    "british columbia", "british virgin islands", "british isles", "french guiana", "french polynesia",
    "french riviera", "french quarter", "dutch antilles", "dutch caribbean", "english channel", "irish sea",
    "persian gulf", "arabian peninsula", "arabian gulf", "indian ocean", "indian subcontinent", "swiss alps",
    "french alps", "italian alps", "scottish highlands", "spanish town", "german bight", "chinese taipei",
    "american samoa", "mexican riviera",
})
PLACE_FEATURES = frozenset("ocean sea gulf channel peninsula riviera alps highlands islands isles coast".split())

DEMONYMS = {
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "chinese": "China",
    "european": "Europe",
    "british": "Britain",
    "french": "France",
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "polish": "Poland",
    "turkish": "Turkey",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "iranian": "Iran",
    "indian": "India",
    "japanese": "Japan",
    "korean": "Korea",
    "canadian": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "irish": "Ireland",
    "syrian": "Syria",
    "egyptian": "Egypt",
    "saudi": "Saudi Arabia",
    "qatari": "Qatar",
    "filipino": "Philippines",
    "belarusian": "Belarus",
    "kyrgyz": "Kyrgyzstan",
    "afghan": "Afghanistan",
    "african": "Africa",
    "albanian": "Albania",
    "algerian": "Algeria",
    "angolan": "Angola",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "asian": "Asia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh",
    "belgian": "Belgium",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia",
    "bulgarian": "Bulgaria",
    "burmese": "Myanmar",
    "cambodian": "Cambodia",
    "cameroonian": "Cameroon",
    "chilean": "Chile",
    "colombian": "Colombia",
    "congolese": "Congo",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czechia",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "ecuadorian": "Ecuador",
    "emirati": "United Arab Emirates",
    "eritrean": "Eritrea",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "fijian": "Fiji",
    "finnish": "Finland",
    "georgian": "Georgia",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "guatemalan": "Guatemala",
    "haitian": "Haiti",
    "honduran": "Honduras",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "indonesian": "Indonesia",
    "iraqi": "Iraq",
    "jamaican": "Jamaica",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kenyan": "Kenya",
    "kosovar": "Kosovo",
    "kuwaiti": "Kuwait",
    "lao": "Laos",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "liberian": "Liberia",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malawian": "Malawi",
    "malaysian": "Malaysia",
    "malian": "Mali",
    "maltese": "Malta",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "montenegrin": "Montenegro",
    "moroccan": "Morocco",
    "mozambican": "Mozambique",
    "namibian": "Namibia",
    "nepalese": "Nepal",
    "nepali": "Nepal",
    "nicaraguan": "Nicaragua",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "omani": "Oman",
    "pakistani": "Pakistan",
    "panamanian": "Panama",
    "paraguayan": "Paraguay",
    "peruvian": "Peru",
    "portuguese": "Portugal",
    "romanian": "Romania",
    "rwandan": "Rwanda",
    "senegalese": "Senegal",
    "serbian": "Serbia",
    "singaporean": "Singapore",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "taiwanese": "Taiwan",
    "tajik": "Tajikistan",
    "tanzanian": "Tanzania",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkmen": "Turkmenistan",
    "ugandan": "Uganda",
    "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen",
    "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
}

# Names so common in a body of news that sharing one says little about sharing a happening:
# countries, major capitals and blocs count half in the similarity score (see timeline.merge).
WEAK_ENTITIES = frozenset(
    {
        "united states", "european union", "united nations", "white house", "kremlin", "nato",
        "europe", "africa", "asia", "middle east", "latin america",
    }
    | set(
        """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
        bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
        brazil britain brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
        colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
        eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
        grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
        ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
        madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
        monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua
        niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
        portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
        slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
        thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
        vanuatu venezuela vietnam yemen zambia zimbabwe
        washington moscow kyiv kiev beijing london paris berlin brussels tokyo delhi tehran ankara
        cairo riyadh jerusalem rome madrid warsaw vienna ottawa canberra seoul pyongyang taipei
        damascus baghdad kabul islamabad minsk
        """.split()
    )
    | {"saudi arabia", "south africa", "south korea", "north korea", "new zealand", "united kingdom",
       "sri lanka", "costa rica", "el salvador", "ivory coast", "south sudan", "czech republic",
       "dominican republic", "united arab emirates", "new delhi"}
)

# Words for the same kind of happening, folded into one class token ("@meet") so that
# "met", "talks" and "consultations" count as the same thing happening.
EVENT_CLASSES = {
    "@meet": """meet meeting meetings met talk talks discussion discussions consultation consultations
        session sessions summit summits negotiation negotiations encounter visit visited visits toured touring tours
        conversation conversations conference meets hosts hosted""",
    "@attack": """attack attacks attacked strike strikes struck bombed shelling shelled raid
        raids raided assault offensive invasion invaded invade""",
    "@shoot": """shooting shootings shot gunfire gunman stabbing stabbed""",
    "@capture": """capture captured seize seized seizure occupied occupation kidnap kidnapped kidnapping
        kidnappings abduct abducted abduction abductions""",
    "@annex": """annex annexed annexation annexations""",
    "@resign": """resign resigned resignation resigns quit quits stepped dismissed fired ousted sacked
        axed""",
    "@appoint": """appoint appointed appoints appointment inaugurated inauguration hire hired hires hiring
        recruited""",
    "@agree": """agree agreed agreement deal deals accord accords treaty signed sign signing""",
    "@approve": """approve approved approves approval adopt adopted adopts adoption passed ratify
        ratified ratification""",
    "@elect": """election elections elected vote voted votes voting ballot ballots referendum runoff runoffs
        re-elected reelected re-election reelection""",
    "@announce": """announce announced announcement statement declared declaration""",
    "@die": """die died death killed dead deaths killing killings slain murder murdered fatal
        fatally""",
    "@arrest": """arrest arrested detained detention charged indicted recaptured recapture""",
    "@quake": """quake quakes earthquake earthquakes tremor tremors aftershock aftershocks""",
    "@storm": """storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes""",
    "@fire": """fire fires wildfire wildfires blaze blazes""",
    "@flood": """flood floods flooding flooded overflowed overflow inundated submerged""",
    "@recede": """recede receded receding subside subsided subsiding""",
    "@crash": """crash crashes crashed collision collided derailment derailed derail derails wreck
        wrecked rammed""",
    # a bombing is an attack told as an explosion ("the Aug. 7 bombings", "the blast in Nairobi");
    # not "bombed", which air raids do many times a day
    "@explosion": """explosion explosions blast blasts exploded explode explodes bombing bombings""",
    "@sue": """sue sued sues suing lawsuit lawsuits suit suits litigation""",
    "@bury": """funeral funerals buried burial burials bury memorial""",
    "@hear": """hearing hearings heard arguments testimony testified testify""",
    "@bid": """bid bids offer offers offered proposal proposed approach tender""",
    "@acquire": """acquire acquires acquired acquisition acquisitions buy buys bought purchase
        purchased takeover""",
    "@reduce": """cut cuts reduce reduced reduces reducing reduction reductions lowered lowers
        lowering trim trimmed slash slashed""",
    "@raise": """raise raised raises raising hike hiked hikes""",
    "@fall": """fell fall falls falling drop dropped drops slid slump slumped decline declined
        tumble tumbled plunge plunged sank slipped eased slowed""",
    "@rise": """rose rise rises rising jump jumped jumps surge surged climb climbed gained soared
        rallied""",
    "@investigate": """investigation investigations investigate investigated investigating inquire inquires inquired
        investigator investigators probe probes inquiry inquest""",
    "@recover": """recover recovered retrieve retrieved recovery""",
    "@walkout": """walkout walkouts stoppage stoppages""",
    "@landfall": """landfall ashore""",
    "@free": """freed release released rescue rescued""",
    "@sink": """capsized capsize capsizes sinking sunk""",
    "@collapse": """collapse collapsed collapses collapsing cave-in cave-ins rockfall rockfalls rockburst
        rockbursts""",
    "@protest": """protest protests protested protesters protestors march marches marched rally
        rallies demonstration demonstrations demonstrators demonstrated""",
    "@hack": """hack hacked hackers hacking breach breached cyberattack cyberattacks cyber-attack
        ransomware""",
    "@question": """questioned questioning interviewed interrogated""",
    "@rule": """ruled ruling rulings upheld quashed""",
    "@storm_in": """stormed storming""",
    "@postpone": """postpone postponed postponement delay delayed""",
    "@cancel": """cancel cancelled canceled cancellation scrapped""",
    "@withdraw": """withdraw withdrew withdrawn withdrawal""",
    "@certify": """certify certified certification""",
    "@count": """count counted counting recount tally""",
    "@start": """began begin begins started starts ignited ignite sparked erupted outbreak opened opens""",
    "@surgery": """surgery operation operated procedure ablation underwent""",
    "@hospital": """hospitalised hospitalized admitted hospitalisation hospitalization""",
    "@discharge": """discharged discharge""",
    "@evacuate": """evacuate evacuated evacuation evacuations evacuees""",
    "@contain": """contained containment""",
    "@verdict": """verdict verdicts convicted acquitted guilty""",
    "@sentence": """sentenced sentencing""",
    "@recall": """recall recalls recalled""",
    "@restore": """restore restored restores restoration reconnected""",
    # a game of a sport ("Saturday's game against Leyton Park", "the match at Castlegate"); a result
    # told by its score is one too (``EVENT_PATTERNS``: "won 2-1 against Leyton Park", "a 1-1 draw")
    "@match": """match matches fixture fixtures game games""",
    "@privatise": """privatise privatised privatize privatized privatisation privatization nationalise nationalised
        nationalize nationalized nationalisation nationalization""",
}
# Kinds of happening a story has at most one of on a day, so that one outlet's lone "stepped
# down" and another's lone "left office" that day are the same happening (see
# ``timeline.merge.clustering.join_lone_kinds``). Left out: kinds a story often tells several of
# in a day (deaths, attacks, arrests, appointments, evacuations, votes, statements, meetings,
# market moves, cancellations).
ONE_A_DAY_KINDS = frozenset(
    """@resign @quake @storm @fire @flood @crash @explosion @landfall @free @sink @protest @hack
    @walkout @restore @contain @recede @verdict @sentence @rule @question @investigate @acquire
    @certify @discharge @surgery @bury @collapse""".split()
)
# Kinds of happening a person or a body does or undergoes: two of them told of one day about the
# same person are two happenings ("quit" and "an inquiry into his declarations"; see
# ``timeline.merge.clustering``). Kinds of physical happening are left out: a clause names them in
# passing ("an oil sheen near the collision site").
# (a part of ``ONE_A_DAY_KINDS``, since a clause's own kinds are drawn from those)
PERSONAL_KINDS = frozenset("""@resign @investigate @question @verdict @sentence @discharge @surgery @bury @acquire
    @certify""".split())
EVENT_CLASS_OF: dict[str, str] = {
    word: cls for cls, words in EVENT_CLASSES.items() for word in words.split()
}

# Phrases that name a kind of happening no one of their words names ("shot dead", "stepped
# down", "came off the tracks"). Each is matched as whole words, case aside, and adds its class
# to the words' own. (Inflected forms are listed: the phrase is matched as written.)
EVENT_PHRASES = {
    "@die": """shot dead | shot and killed | shot to death | gunned down | stabbed to death""",
    "@resign": """step down | steps down | stepped down | stepping down | left office""",
    "@appoint": """took over | take over | takes over | sworn in | named interim | named as interim | took the oath |
        oath of office""",
    "@walkout": """walked out | walk out | walks out | walked off the job | went on strike | go on strike |
        industrial action | downed tools | down tools""",
    "@hear": """appeared in court | appear in court | appears in court | appeared before | appear before |
        appears before""",
    "@verdict": """found guilty | found not guilty""",
    "@contain": """under control""",
    "@crash": """came off the tracks | come off the tracks | left the tracks | off the rails | jumped the tracks |
        went off the tracks | go off the tracks | ran off the road | veered off the road |
        slammed into | smashed into | ploughed into | plowed into | crashed into""",
    "@sink": """sank off | sank near | sank after | sank within""",
    "@explosion": """blew up | blown up | blow up | bomb attack | bomb attacks | car bomb | car bombs | truck bomb |
        truck bombs | suicide bomb""",
    "@collapse": """gave way | give way | gives way | giving way | caved in | cave in | caves in | roof fall |
        fell apart | falls apart | fall apart""",
    "@free": """set free | freed from captivity | to free | free the | free them | free him | free her |
        regained their freedom | regained his freedom | regained her freedom""",
    "@flood": """burst its banks | burst their banks""",
    "@restore": """back online | power was back | electricity was back | power is back | lights came back""",
    # a storm reaching land ("it would hit land on Wednesday afternoon", "is set to cross the coast near Sagar Island")
    "@landfall": """hit land | hits land | hitting land | cross the coast | crosses the coast | crossed the coast |
        crossing the coast | hit the coast | hits the coast | struck the coast | strike the coast | strikes the coast |
        come ashore | came ashore | comes ashore | coming ashore""",
    "@protest": """took to the streets | filled the streets""",
    "@rule": """struck down""",
    "@rise": """closed up | closed higher | ended higher""",
    "@fall": """closed down | closed lower | ended lower""",
    "@return": """allowed back | allowed home | allowed to return | returned home | returned to their homes""",
    "@reduce": """rate cut | rate cuts""",
    "@elect": """preliminary results | provisional results | official results | partial results | final results |
        election results | exit poll | exit polls | go to the polls | goes to the polls | went to the polls |
        going to the polls | gone to the polls | head to the polls | heads to the polls | headed to the polls |
        heading to the polls | return to the polls | returns to the polls | returned to the polls |
        returning to the polls | back to the polls | polling day |
        voters approved | voters rejected | voters backed | voters endorsed | voters chose | voters turned down |
        won the presidency | win the presidency | wins the presidency | won a second term | won a third term |
        won the race | won the seat | won the mayoralty""",
    # a law, a ban, restrictions, a ceasefire or tariffs start to apply
    "@in_force": """take effect | takes effect | took effect | taken effect | taking effect | came into force |
        come into force | comes into force | coming into force | came into effect | come into effect | comes into effect |
        went into effect | go into effect | goes into effect | gone into effect | entered into force | enter into force |
        enters into force | in force since""",
}
# "Overturned", "went down" and "came down" name a kind by what does them: a boat sinks, a bus
# crashes, a roof or a round of talks collapses, a court rules ("the court overturned the ban");
# markets go down too ("shares went down"). Each pattern is a thing, at most a few words (no
# punctuation) and the verb: "The lightweight roof over the Lubnice arena came down".
_VESSELS = "ferry ferries boat boats launch ship ships vessel trawler yacht dinghy barge tanker freighter canoe raft".split()
_VEHICLES = "bus car truck lorry van coach minibus tractor train tram vehicle".split()
_STRUCTURES = "roof ceiling building wall bridge stand grandstand structure tower span stage scaffolding".split()
_NEGOTIATIONS = "talks negotiations deal ceasefire truce coalition agreement".split()


def _thing_then_verb(nouns: list[str], verbs: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A pattern, and the verbs' first words (a text without one of them is not searched)."""
    pattern = (r"\b(?:" + "|".join(nouns) + r")\b(?:\s+[\w'’-]+){0,5}?\s+(?:"
               + "|".join(v.replace(" ", r"\s+") for v in verbs) + r")\b")
    return pattern, tuple(sorted({v.split()[0] for v in verbs}))


# a score after a verb of a result, or before a noun of one ("won 2-1 against Leyton Park", "beating
# Canada 3-1", "a 3-0 home defeat"), but not a vote's tally ("won approval on a 5-4 vote")
_SCORE = r"\d{1,2}-\d{1,2}\b(?!\s+(?:vote|votes|decision|ruling|majority|margin|verdict)\b)"
_RESULT_VERBS = ("won", "wins", "win", "lost", "loses", "drew", "draws", "beat", "beats", "beating", "beaten",
                 "winning", "losing", "drawing", "thrashed", "edged")
_RESULT_NOUNS = ("win", "victory", "defeat", "draw", "loss", "home", "away")
EVENT_PATTERNS = [
    ("@match", r"\b(?:" + "|".join(_RESULT_VERBS) + r")\b(?:\s+[\w'’.-]+){0,4}?\s+(?:by\s+)?" + _SCORE, _RESULT_VERBS),
    ("@match", r"\b" + _SCORE + r"\s+(?:" + "|".join(_RESULT_NOUNS) + r")\b", _RESULT_NOUNS),
    ("@sink", *_thing_then_verb(_VESSELS, ("overturned", "went down", "turned over", "keeled over", "foundered"))),
    ("@crash", *_thing_then_verb(_VEHICLES, ("overturned",))),
    ("@collapse", *_thing_then_verb(_STRUCTURES, ("came down", "fell in", "caved in", "came crashing down"))),
    ("@collapse", *_thing_then_verb(_NEGOTIATIONS, ("broke down", "fell apart", "foundered", "fell through"))),
    # a named vessel that "went down" in a river or off a coast, or with people aboard
    ("@sink", r"\bwent\s+down\b(?:\s+(?:in|off|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:river|sea|strait|lake|bay|gulf|"
              r"coast|ocean|channel|harbou?r)\b|(?:\s+[\w'’-]+){0,8}?\s+with\s+(?:about\s+|some\s+|more\s+than\s+)?\d+\s+"
              r"(?:people|passengers)\s+(?:on\s+board|aboard))", ("went",)),
]
EVENT_PHRASES["@rule"] += "".join(
    f" | {verb} {what}" for verb in ("overturned", "overturn", "overturns")
    for what in ("the ruling", "the verdict", "the conviction", "the ban", "the decision", "his conviction",
                 "her conviction", "the sentence", "the law", "a ruling", "a conviction", "a ban"))
EVENT_PHRASE_CLASS: dict[str, str] = {
    " ".join(phrase.split()): cls for cls, phrases in EVENT_PHRASES.items() for phrase in phrases.split("|")
}
# Phrases that name their kind only when no "to" follows: "the bridge gave way", but "the protests
# gave way to rioting" is no collapse.
NOT_BEFORE_TO = frozenset({"gave way", "give way", "gives way", "giving way"})

# Words that open the name of a happening ("Storm Idris", "Hurricane Melissa"): the name gives
# the happening's kind as the lower-case word would ("the storm that hit the coast").
NAMED_HAPPENING_WORDS = frozenset("storm hurricane typhoon cyclone wildfire".split())

# Nouns (as lemmas) that news uses for one thing: matched as the first ("the target's stock slid"
# and "shares in Orrin fell" share "share").
NOUN_ALIASES = {
    "stock": "share", "equity": "share", "electricity": "power", "legislation": "bill",
    "pub": "bar", "tavern": "bar", "lawmaker": "legislator", "mp": "legislator",
    "toll": "death", "fatality": "death",
}

# Examples of kinds of happening two wordings share (run as tests): each pair of texts must
# have a class in common.
SAME_KIND_EXAMPLES = (
    ("A man was shot dead outside a bar", "Reyes was killed on Friday night"),
    ("Lawmakers approved the housing bill", "The lower house passed the Affordable Homes Bill"),
    ("The bill was adopted by the lower house", "Lawmakers approved the bill"),
    ("The head of Orrin stepped down", "Julia Martens resigned"),
    ("The chief executive quit", "She will step down as chief executive"),
    ("The central bank cut its main rate", "The bank lowered borrowing costs"),
    ("The decision to trim interest rates", "The bank reduced rates"),
    ("Shares in Orrin fell 12 percent", "Orrin's stock slid 11.8 percent"),
    ("Kell shares jumped 18 percent", "the target's shares closed up 18 percent"),
    ("Brightwater agreed to acquire Kell", "Brightwater said it would buy Kell"),
    ("The train came off the tracks near Ashby", "The freight train derailed"),
    ("The board hired forensic accountants", "It appointed accountants to examine the claims"),
    ("The investigators began examining the shell", "They announced a joint investigation"),
    ("They had retrieved the data recorder", "Investigators recovered the event recorder"),
    ("Rail workers walked off the job", "The walkout began on Monday"),
    ("Okafor will face Castellanos in a Dec. 2 runoff", "Voters will return to the polls on 2 December"),
    ("Voters went to the polls on Sunday", "The election was held on Sunday"),
    ("He was elected president in 1994", "Merkys won the presidency in 1994 in a landslide"),
    ("She was re-elected in 2019", "Her second-term victory in the 2019 election"),
    ("The accused appeared in court", "He is due to appear before magistrates"),
    ("A jury found him guilty", "He was convicted of bribery"),
    ("The blaze was contained", "Crews brought the fire under control"),
    ("Residents were allowed back", "Evacuees returned home"),
    ("Storm Idris slammed into the southern coast", "The storm that hit the south coast"),
    ("A lorry slammed into the barrier", "The collision closed the motorway"),
    ("Forecasters warned it would hit land on Wednesday afternoon", "Cyclone Tarini is set to cross the coast this afternoon"),
    ("A bus smashed into a wall", "The bus crashed"),
    ("The ferry capsized off the coast", "The ferry sank off Varna Point"),
    ("Kidnappers released the aid worker", "The aid worker was set free"),
    ("The students regained their freedom on Sunday", "Gunmen freed 20 students"),
    ("They were kidnapped from the school's hostel", "The students were seized from their dormitory"),
    ("The round opened on Monday", "Trade negotiations began on Monday"),
    ("Redford sacked their manager", "The manager was dismissed"),
    ("Thousands marched through the capital", "The rally drew 60,000 people"),
    ("Demonstrators took to the streets", "a protest against the reform"),
    ("Hackers breached its systems", "A cyberattack struck the bank"),
    ("The river burst its banks", "Floodwater swept through the town as the Tarn overflowed"),
    ("The floodwaters subsided", "The water began to recede"),
    ("The captain was questioned by police", "The captain was interviewed by investigators"),
    ("The court struck down the merger", "The judges ruled against the merger"),
    ("Dock workers downed tools", "The dockers went on strike"),
    ("Power was restored to most homes", "Electricity was back for almost all customers"),
    ("The bank's website came back online", "Services were restored"),
    ("The bridge gave way during the morning rush hour", "A two-lane bridge collapsed"),
    ("The roof of a tunnel caved in", "Three miners were trapped by a roof fall"),
    ("The double-decker ferry overturned in rough water", "The launch capsized in the Padma"),
    ("The trawler went down off the coast", "The boat sank near the harbour"),
    ("Nine coaches went off the tracks", "The express derailed near Silli"),
    ("A bus overturned on the highway", "The crash killed 14 people"),
    ("The lightweight roof over the Lubnice arena came down on Friday evening", "The arena collapsed under heavy snow"),
    ("Negotiations fell apart on Thursday", "The talks broke down over staffing"),
    ("The 28-metre ferry foundered in heavy swells", "A passenger ferry sank off Batam"),
    ("The Bahari Sentosa went down in the Riau Strait with 64 people on board", "The ferry sank off Batam"),
    ("She was inaugurated as mayor", "Delgado-Finch was sworn in as mayor"),
    ("The minister toured the wreckage", "The minister visited the site"),
    ("Its predecessor blew up shortly after launch", "The first rocket exploded 40 seconds after lift-off"),
    ("The ballot will close on March 28", "The result is expected after voting ends"),
    ("The referendum is set for Friday, 26 September", "Voters approved the amendment by 52.3% to 47.7%"),
    ("Polling day is Friday, 26 September", "Voters rejected the proposal"),
    ("The appeals court overturned the ruling", "The judges ruled against the merger"),
    ("Saturday's game against Leyton Park", "Interim coach Danny Okafor won 2-1 against Leyton Park on Saturday"),
    ("Okafor took one point from a 1-1 draw at Castlegate", "Wednesday's trip to Castlegate, the first match in charge"),
    ("Redbridge were beaten 3-0 by Millbrook City", "Saturday's 3-0 home defeat by Millbrook City"),
    ("Australia retained the cup, beating Canada 3-1 in the final", "The fixture was moved to Sunday"),
)
# ... and pairs that must not (different kinds of happening in one story).
DIFFERENT_KIND_EXAMPLES = (
    ("Shares fell 12 percent", "Shares jumped 18 percent"),
    ("The central bank cut rates", "The central bank raised rates"),
    ("Police arrested a man", "The man was found guilty"),
    ("The lower house of parliament met", "Lawmakers approved the bill"),
    ("The floodwaters subsided", "The river flooded the town"),
    ("Hackers breached its systems", "The bank took its services offline"),
    ("Shares went down 3 percent", "The ferry sank off the coast"),
    ("Sales went down in the third quarter", "The ferry sank off the coast"),
    ("The protests gave way to rioting", "The old stand collapsed"),
    ("The court overturned the verdict", "The bus crashed"),
    ("Protesters marched on parliament", "Police arrested 23 people"),
    ("Lawmakers approved the bill", "Voters went to the polls"),
    ("The latest polls showed the No side ahead", "Voters approved the amendment"),
    ("Negotiators opened a round of free trade talks", "Gunmen freed 20 students"),
    ("The measure won approval on a 5-4 vote", "Redbridge won 5-4 on penalties"),
    ("The senator won 52-48 majority backing", "The home side lost 2-1"),
    ("The court ruled 2-1 against the ban", "The home side lost 2-1"),
)

# Roles that name one person in a story: "Transport Minister Owen Pryce" in one report is "the
# transport minister" in another (see ``features.role_names`` and ``features.descriptions``).
ROLE_HEADS = frozenset(
    """minister secretary president chancellor premier governor mayor senator ambassador executive
    chairman chairwoman chair director manager coach captain skipper boss ceo commissioner
    spokesman spokeswoman spokesperson commander judge prosecutor king queen pope officer worker
    journalist reporter photographer activist lawyer doctor nurse teacher pilot""".split()
)
# Words before a role's head that make it another role ("finance minister", "chief executive").
ROLE_QUALIFIERS = frozenset(
    """transport finance foreign defence defense interior home health education justice trade
    energy digital environment culture labour labor economy agriculture prime chief executive
    financial operating deputy vice junior sports police fire army navy aid""".split()
)
# Other words for a role, folded into one ("the retailer's boss" is its chief executive).
ROLE_ALIASES = {"boss": "chief executive", "ceo": "chief executive", "chief executive officer": "chief executive",
                "skipper": "captain", "premier": "prime minister", "chairwoman": "chairman", "chair": "chairman"}

# Irregular verb forms, lemmatised by hand (the suffix rules in features.py do the rest).
IRREGULAR_LEMMAS = {
    "met": "meet", "held": "hold", "began": "begin", "begun": "begin", "took": "take",
    "taken": "take", "went": "go", "gone": "go", "came": "come", "gave": "give", "given": "give",
    "left": "leave", "made": "make", "sent": "send", "spoke": "speak", "spoken": "speak",
    "told": "tell", "said": "say", "fell": "fall", "fallen": "fall", "struck": "strike",
    "won": "win", "lost": "lose", "led": "lead", "brought": "bring", "bought": "buy",
    "sought": "seek", "thought": "think", "wrote": "write", "written": "write", "ran": "run",
    "saw": "see", "seen": "see", "knew": "know", "known": "know", "chose": "choose",
    "chosen": "choose", "rose": "rise", "risen": "rise", "drew": "draw", "drawn": "draw",
    "flew": "fly", "flown": "fly", "stood": "stand", "kept": "keep", "paid": "pay", "laid": "lay",
}


# the words before a clock time that tell it loosely, which TimeML leaves outside the expression ("shortly before
# [midnight]", "about [2am]", "just after [7 p.m.]"): how the merge stage reads a told time's mod, and why the
# events stage counts no exact minute from it
CLOCK_QUALIFIER = re.compile(
    r"\b(?:(?P<approx>about|around|approximately|roughly|circa)"
    r"|(?:(?:shortly|just|soon|right|immediately|moments|minutes|some\s+time|sometime|not\s+long|a\s+little)\s+)?"
    r"(?:(?P<before>before)|(?P<after>after|past)))\s+(?:at\s+)?$",
    re.IGNORECASE)

# the preposition before a day or a longer date that bounds what is told of it, which TimeML leaves outside the
# expression as its signal ("walk out before [Christmas]", "shortly after [New Year's Day]", "finish the sale by
# [March]"): how the merge stage reads the bound an entry's date label shows
DATE_BOUND = re.compile(
    r"\b(?:(?:shortly|just|soon|right|immediately|well|long|not\s+long|some\s+time|sometime|only|days|weeks)\s+)?"
    r"(?:(?P<before>before)|(?P<after>after)|(?P<by>by))\s+$",
    re.IGNORECASE)
