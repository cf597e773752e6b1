"""What a name spaCy (or a person rule) found really is: a person, an organisation, a place, or
nothing worth an entity. Shared by ingestion (each page's mentions) and the collection's name
authority (``ingest.names``), which applies it again to documents already stored.

- Vehicle makes and models ("Vauxhall Vectra", "Ford", "Skoda Yeti VRM") are not people or
  organisations: the registration mark is the vehicle entity; the make alone is dropped.
- Statutes and procedure rules with a court's or a judge's initials after them ("Children Act
  HHJ", "Civil Procedure Rules J.H.") are legal references, never people.
- Firms and businesses ("Firth Gaunt Solicitors", "Kwik Kabs", "Aziz Car Wash", "Bradley
  Grill") are organisations.
- Streets, buildings and divisions, abbreviated or not ("Sowerby Tce", "Thornleigh Hse",
  "Eastfield Div"), are places.
- Headings, table labels and form fields ("Schedule", "Occupier", "RESTRICTED", "CONTROL
  INCIDENT LOG") are dropped, as are lone titles and a title glued to a forename ("Alan DI": the
  "DI Alan ..." of the next line, cut by the recogniser).
- "Firth L.j." is "L.J. Firth" with its initials after it; "Can Karen", "Arrested Darren
  Kearney", "Meanwhile Helen" and "Uncle Imran Akhtar" are the name alone.
- "Sowerby Tce Helen Ashworth" is a street, then a person: the person is Helen Ashworth.
- "PS 612 Booth" is an officer, a person (keyed by the surname, which the name authority links
  to the officer named in full), whatever the recogniser said.
- "US", "U.K." and "EU" are places and organisations for all their two letters.
- Radio stations and newspapers ("Ravensholt Radio") are organisations.

Organisation and place keys expand abbreviations (``search.names.expand_abbreviations``), so
"Thornleigh Hse" and "Thornleigh House" are one entity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.common_words import is_common_word
from search.names import (
    HEADING_WORDS,
    NAME_CACHE,
    ORG_ABBREVIATIONS,
    PLACE_ABBREVIATIONS,
    SLASHED_NICKNAME,
    TITLES,
    fold,
)
from search.nicknames import forenames, nickname_index

VEHICLE_MAKES = {
    "ford", "vauxhall", "rover", "austin", "nissan", "toyota", "volkswagen", "vw", "bmw",
    "mercedes", "mercedes-benz", "peugeot", "renault", "fiat", "honda", "citroen", "audi", "volvo",
    "mazda", "hyundai", "kia", "skoda", "seat", "jaguar", "land rover", "range rover",
    "mitsubishi", "subaru", "suzuki", "saab", "lexus", "porsche", "daewoo", "proton", "lada",
    "talbot", "morris", "hillman", "datsun", "reliant", "mg", "landrover", "alfa romeo", "chevrolet",
    "tata", "chery", "geely", "byd", "trabant",
}
VEHICLE_MODELS = {
    "vectra", "mondeo", "fiesta", "escort", "sierra", "astra", "corsa", "cavalier", "focus",
    "golf", "polo", "passat", "micra", "primera", "corolla", "clio", "megane", "civic", "punto",
    "transit", "carlton", "nova", "metro", "maestro", "montego", "granada", "cortina", "capri",
    "orion", "zafira", "insignia", "omega", "almera", "qashqai", "yaris", "avensis", "jazz",
    "accord", "octavia", "fabia", "ibiza", "leon", "freelander", "sprinter", "vito", "discovery",
    "defender", "berlingo", "partner", "picasso", "scenic", "laguna", "espace", "sunny",
    "bluebird", "cherry", "carina", "celica", "scirocco", "jetta", "beetle", "cooper",
}
# Makes that are also surnames, places or words ("Bentley", "Mini", "Jeep"): a vehicle only
# with a model after them, and never when a forename follows ("Bentley Graham" is not a car).
MAKES_WITH_MODEL = {
    "alfa", "aston martin", "bentley", "bedford", "cadillac", "chrysler", "commer", "dacia",
    "daf", "daihatsu", "dodge", "ducati", "ferrari", "harley-davidson", "infiniti", "isuzu",
    "iveco", "jeep", "kawasaki", "lamborghini", "ldv", "leyland", "lotus", "maserati", "mini",
    "perodua", "piaggio", "polestar", "rolls-royce", "rolls royce", "scania", "smart",
    "ssangyong", "sunbeam", "tesla", "triumph", "vespa", "yamaha", "cupra", "genesis", "mg rover",
}
# The part an officer plays, written before "officer" on a form ("Reviewing officer:").
OFFICER_ROLES = {"reviewing", "investigating", "interviewing", "attending", "reporting",
                 "arresting", "supervising", "disclosure", "custody"}
# Labels written after a vehicle: "Ford Focus VRM", "Skoda Yeti Reg".
VEHICLE_LABELS = {"vrm", "reg", "regn", "registration", "vrn"}
# Words that end a firm's or a business's name.
FIRM_WORDS = {
    "solicitors", "solicitor", "taxis", "taxi", "cabs", "kabs", "cars", "ltd", "limited", "plc",
    "llp", "garage", "motors", "services", "associates", "partners", "co", "bank", "council",
    "constabulary", "police", "trust", "school", "college", "university", "church", "club",
    "society", "group", "agency", "estates", "properties", "builders", "haulage", "transport",
    "removals", "takeaway", "cafe", "restaurant", "pub", "inn", "hotel", "bar", "store", "stores",
    "supermarket", "pharmacy", "chemist", "hospital", "surgery", "practice", "barristers", "chambers", "mbc",
    "dc", "cc", "nhs", "authority", "department", "unit", "team", "service", "office", "board",
    "commission", "inc", "corporation", "company", "foundation", "charity", "centre",
    "radio", "fm", "tv", "television", "gazette", "newspaper", "media", "broadcasting",
    "messenger",
    # trades a shop, a takeaway or a garage is named by ("Bradley Grill", "Aziz Car Wash")
    "grill", "wash", "carwash", "valeting", "kebabs", "kebab", "pizza", "pizzeria", "tandoori",
    "balti", "chippy", "diner", "bistro", "salon", "barbers", "hairdressers", "nails",
    "beauty", "tanning", "gym", "fitness", "autos", "tyres", "repairs", "bodyshop", "bakery",
    "butchers", "newsagents", "newsagent", "launderette", "laundrette", "off-licence", "wines",
    "foods", "mart", "minimart", "supermarkets", "coaches", "couriers", "jewellers",
    "pawnbrokers", "bookmakers", "florists", "fashions", "boutique", "textiles", "trading",
    "supplies", "lettings", "tavern", "lounge", "academy", "nursery", "deli", "delicatessen",
    "grocers", "café", "kitchen", "carpets", "furniture", "motorcycles", "arcade",
    "mobiles", "phones", "electronics", "telecoms", "market", "amusements",
    # a locksmith's, a cycle shop's and a booking desk's ("Hebden Locks", "Bookings, Hebden")
    "locks", "locksmiths", "cycles", "bikes",
    # a booking's language written after its name ("Tigrinya Language"), no surname
    "language", "languages",
    # services and the places they are run from ("Private Hire", "Family Hub", "Children's
    # Home" cut at its last word)
    "hire", "hub", "children's", "childrens", "children’s", "rental", "rentals", "leasing",
    # places of worship, named as their congregations are ("Bethel Chapel")
    "tabernacle", "chapel", "mosque", "masjid", "temple", "gurdwara", "mandir", "synagogue",
    "mission", "fellowship", "congregation", "minster", "cathedral", "abbey", "priory",
    # shelters and hostels a night is spent in ("St Oswin's Night Shelter" cut after "St
    # Oswin's"), and money transfer counters ("Brightmoor Remit")
    "shelter", "hostel", "refuge", "remit", "remittance", "remittances",
    # scrap yards, studios and the arts they sell ("Ashby Metal Recycling", "Holm Body Art")
    "metals", "metal", "recycling", "recyclers", "scrap", "salvage", "art", "arts", "studio",
    "studios", "tattoo", "tattoos", "ink", "vets", "veterinary", "storage",
    # cadet forces' units, named by their town ("Hollinsby Detachment ACF", "Hollinsby ATC")
    "acf", "atc", "ccf", "detachment", "squadron", "cadets",
    # venues a night out or a swim is had at ("Hollinsby Baths", "Velvet Nightclub")
    "baths", "nightclub", "nightclubs", "disco", "discotheque", "casino", "cinema",
}
# A trade no person's name has a word of anywhere ("Quillpot Tattoo Holm" cut to "Tattoo Holm"):
# the name is the business's, whatever words follow the trade.
TRADE_WORDS = {"tattoo", "tattoos", "tattooist", "piercing", "veterinary", "recycling", "scrap",
               "bookings"}  # a desk of a firm, written either side of its name
# A family's firm, whatever its trade ("Okafor Brothers Hand Car Wash", "Tran Bros Autos"):
# no person's name has these words after its first.
FAMILY_FIRM_WORDS = {"brothers", "bros", "sons"}
# A place let out for boats or caravans, named after its site ("Saltcote Marina", "Harrowby
# Caravan Park" cut to "Harrowby Caravan"): a business, unless its first word is a forename,
# since "Marina" is a forename and a surname too ("Ana Marina").
SITE_BUSINESS_WORDS = {"marina", "caravan", "caravans", "campsite", "boatyard", "chandlery"}
# A sports club's name ("Hollinsby Rovers Youth", "Ashgate United Juniors", whose "FC" the
# recogniser left out): no person's name has these words after its first.
CLUB_WORDS = {"rovers", "wanderers", "athletic", "united", "rangers", "harriers", "fc", "afc",
              "rfc", "juniors", "colts"}
# Words of a statute's or of procedure rules' name: a reference to one, whatever initials follow
# ("Children Act HHJ", "Civil Procedure Rules J.H."), is never a person.
LEGAL_WORDS = {
    "act", "acts", "rules", "regulations", "regs", "statute", "procedure", "pace", "cpr", "fpr",
    "crimpr", "order", "orders", "code", "codes", "section", "schedule", "practice",
    "direction", "directions",
}
# The last word of a statute's or a set of rules' title, which a recogniser reads as an
# organisation ("Criminal Justice Act", "Family Procedure Rules"); a practice or an order may be
# a firm or a body, so they are not here.
STATUTE_ENDS = {"act", "acts", "rules", "regulations", "regs"}
# Words a sentence starts with that a recogniser glues to the forename after them ("Can Karen
# confirm", "Thanks Imran"): never the person's.
SENTENCE_WORDS = {
    "can", "could", "would", "should", "will", "shall", "did", "does", "do", "has", "had",
    "have", "is", "was", "were", "are", "may", "might", "must", "thanks", "thank", "ask", "tell",
    "please", "dear", "hi", "hello", "if", "when", "then", "and", "but", "so", "as", "after",
    "before", "told", "asked", "saw", "met", "called", "rang", "spoke", "with", "from", "to",
    "for", "per", "attn", "regards", "sent", "let", "yes", "no", "ok", "also", "why", "how",
    "what", "where", "who", "cheers", "morning", "afternoon", "evening", "via", "re", "fao",
    # a log's or an interview summary's reporting verbs ("Says Ann Hirst was there")
    "says", "adding", "adds", "names", "notes", "states", "reports", "confirms", "denies",
    "quoting",  # a mail client's "Quoting Ann Hirst:" above the quoted message
}
# Greetings before a name of two words or more: never the name's, whoever the name is.
SALUTATIONS = {"dear", "hi", "hello"}
# Words before a lone surname that are no forename ("Hi Thornber", "Is Thornber still...");
# "Will", "May" and "Can" are forenames too.
BEFORE_A_LONE_NAME = SALUTATIONS | {"is", "was", "has", "had", "did", "does", "thanks", "thank",
                                    "ask", "tell", "fao", "attn", "cc", "nb", "driver", "quoting",
                                    "passenger", "occupant", "pedestrian", "cyclist", "rider",
                                    "says", "adding", "adds", "names", "notes", "states",
                                    "reports", "confirms", "denies", "met", "saw", "told",
                                    "asked", "rang", *OFFICER_ROLES}
# Words that start a sentence or a log line and are glued to the name after them ("Then Helen",
# "Meanwhile Darren Kearney", "Uncle Imran"): adverbs, and the roles people are named by.
LEADING_WORDS = {
    "then", "meanwhile", "later", "subsequently", "afterwards", "however", "today",
    "yesterday", "tonight", "earlier", "finally", "eventually", "initially", "again", "now",
    "also", "still", "there", "here", "once", "immediately", "shortly", "whilst", "while",
    "although", "because", "since", "until", "during", "upon", "about", "by", "at", "on", "in",
    "mother", "father", "mum", "dad", "uncle", "aunt", "auntie", "brother", "sister", "son",
    "daughter", "wife", "husband", "partner", "boyfriend", "girlfriend", "friend", "neighbour",
    "cousin", "nephew", "niece", "grandmother", "grandfather", "nan", "nana", "grandad",
    "stepfather", "stepmother", "stepdad", "stepmum", "carer", "officer", "victim", "suspect",
    "witness", "defendant", "complainant", "informant", "caller", "colleague", "manager",
    "landlord", "tenant", "teacher", "headteacher", "social", "worker", "solicitor", "client",
    # the parts people play in a vehicle or an incident, written before their names in logs
    "driver", "passenger", "occupant", "pedestrian", "cyclist", "rider", "pillion", "nb",
    "instructor", "cashier", "receptionist", "steward",  # staff named by their post
    "says", "adding", "adds", "names", "notes", "states", "reports", "confirms", "denies",
    *OFFICER_ROLES,
}
PLACE_WORDS = {
    "road", "street", "terrace", "house", "division", "avenue", "crescent", "gardens", "court",
    "lane", "square", "place", "estate", "buildings", "building", "close", "grove", "park",
    "walk", "heights", "mount", "drive", "station", "way", "row", "mews", "view",
    "green", "hill", "lodge", "farm", "flats", "tower", "towers", "hall", "cottage", "cottages",
    "yard", "wharf", "bridge", "moor", "fold", "croft", "brow", "bank", "parade",
    "precinct", "chase", "rise", "vale", "wood", "field", "fields", "district", "ward", "sector",
    "beat", "area", "town", "village", "wynd", "vennel", "room", "centre", "residence",
    "headquarters", "library", "libraries",
}
# The words of a street, a building or a division that no surname is (a person's "Ray Hill" and
# "Ted Moor" stay people).
STREET_WORDS = {
    "road", "street", "terrace", "avenue", "crescent", "gardens", "court", "lane", "square",
    "close", "house", "division", "buildings", "estate", "drive", "mews", "parade", "precinct",
    "station", "hospital", "tower", "towers", "flats", "grove", "heights", "yard", "wharf",
    "brow", "suite", "wynd", "vennel", "room", "centre", "residence", "headquarters",
    "cove", "bay", "beach", "gorge",  # a coast's and a valley's places ("Ravensholt Cove")
    "library", "libraries",  # a public library ("Ashbrook Lane Library"), no surname
}
# Headings, table labels and form fields that look like names to a recogniser.
FORM_WORDS = HEADING_WORDS | {
    "schedule", "occupier", "liaison", "restricted", "control", "log", "medium", "high", "low",
    "discussion",
    "front", "desk", "reception", "enquiries",  # a desk signing as itself ("Front Desk")
    "risk", "details", "name", "names", "address", "dob", "tel", "telephone", "signed",
    "signature", "witness", "occupation", "age", "sex", "male", "female", "description", "notes",
    "action", "actions", "result", "outcome", "status", "priority", "category", "type", "grade",
    "nfa", "crime", "ref", "reference", "no", "number", "location", "premises", "owner",
    "keyholder", "informant", "caller", "contact", "agency", "referral", "strategy", "total",
    "officer", "officers", "attendees", "present", "apologies", "item", "agenda", "chair",
    "secret", "official", "sensitive", "protect", "protected", "unclassified", "yes", "n/a",
    "vehicle", "make", "model", "colour", "reg", "registration", "persons", "person", "subject",
    "remarks", "comments", "update", "updates", "entry", "entries", "serial", "opened",
    "closed", "tasked", "resulted", "attended", "incident", "incidents", "occurrence",
    "young", "custody", "ops", "rvp", "fcp", "oic", "sio",
    "counter", "cctv", "camera", "footage",  # "Counter CCTV shows ..."
}
# Two letters are mostly codes in case files ("CR", "YP"); these few are places and
# organisations everyone writes that way. Three or more letters need no list.
PLACE_CODES = {
    "us", "usa", "uk", "gb", "eu", "uae", "ussr", "nyc", "ny", "la", "sf", "dc", "nz", "hk",
    "ak", "az", "ar", "ca", "ct", "fl", "ga", "ia", "il", "ks", "ky", "md", "mi", "mn", "ms",
    "mo", "mt", "nc", "nd", "ne", "nh", "nj", "nm", "nv", "ri", "sc", "sd", "tn", "tx", "ut",
    "va", "vt", "wa", "wi", "wv", "wy",
}
ORG_CODES = {"un", "eu", "bp", "ap", "bt", "ge", "hp", "ba", "aa", "bbc", "itv"}
_CODES = {("place", c) for c in PLACE_CODES} | {("org", c) for c in ORG_CODES}
# A rank and a collar number before a surname is an officer, whatever the recogniser said.
_OFFICER = re.compile(r"^(?:W?PC|W?PS|DC|DS|Sgt|PCSO)\.? ?\d{2,5} [A-Z][\w'’-]+$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’&-]+")
_INITIALS_AFTER = re.compile(r"^([A-Z][\w'’-]+)[ \t]+((?:[A-Za-z]\.){1,3}[A-Za-z]?\.?)$")


def _words(text: str) -> list[str]:
    words = [fold(w) for w in _WORD.findall(text)]
    return words[1:] if words[:1] == ["the"] else words  # "the Vauxhall Vectra"


def is_vehicle(words: list[str]) -> bool:
    """A make alone ("Ford"), or a make and a model ("Vauxhall Vectra", "Peugeot 206", "Land
    Rover Discovery", "Skoda Yeti VRM"); "Austin Lee" and "Derek Ford" stay people. Any model
    word counts after a make that is no forename; after "Austin" or "Morris" only a known one."""
    while len(words) > 1 and words[-1] in VEHICLE_LABELS:
        words = words[:-1]
    joined = " ".join(words)
    if joined in VEHICLE_MAKES:
        return True
    for size in (2, 1):
        make, models = " ".join(words[:size]), words[size:]
        if (make not in VEHICLE_MAKES and make not in MAKES_WITH_MODEL) or not models:
            continue
        if all(w in VEHICLE_MODELS or any(ch.isdigit() for ch in w) for w in models):
            return True
        return len(models) <= 2 and make not in forenames() and not any(map(_no_model, models))
    return False


def _no_model(word: str) -> bool:
    """A word after a make that makes it no vehicle: a forename ("Bentley Graham"), a street's
    ("Ford Road"), a firm's ("Ford Motor Company", "Jaguar Land Rover") or a country's ("Honda
    UK")."""
    return (word in forenames() or word in PLACE_WORDS or word in STREET_WORDS
            or word in PLACE_ABBREVIATIONS or word in FIRM_WORDS or word in VEHICLE_MAKES
            or word in {"motor", "land", "uk", "gb"})


def is_form_text(words: list[str]) -> bool:
    """A heading, label or form field: every word a form word, or no real word at all."""
    real = [w for w in words if sum(ch.isalpha() for ch in w) >= 3]
    return not real or all(w in FORM_WORDS or w in TITLES for w in real)


# What a broken e-mail or a file's raw bytes leave on a page: a parameter ("boundary=...",
# "flags=44"), a MIME header's name ("Content-Transfer-Encoding"), a file's name
# ("Textdokument.txt"), an address or identifier (a URN or URL, "www.", a UUID:
# "urn:uuid:1225c695-cfb8-..."), or a long run of base64 or a digest (``_encoded``). Not an
# "@": Lotus Notes writes its people "Kay Mann/Corp/Enron@ENRON".
_MACHINE_WORD = re.compile(
    r"=|^(?:content|mime)-[a-z]+|\.(?:txt|pdf|docx?|xlsx?|pptx?|msg|eml|png|jpe?g|gif|zip|html?)$"
    r"|^(?:urn|https?|ftp|mailto|file):|://|^www\.|^[0-9a-f]{8}-[0-9a-f]{4}-"
    r"|^[A-Za-z0-9+/]{20,}$", re.IGNORECASE)
_CASE_CHANGE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _encoded(word: str) -> bool:
    """Base64 or a digest, not a name run together ("PricewaterhouseCoopers"): a digit or a
    base64 sign among twenty letters or more, or the case changing again and again."""
    return (any(ch.isdigit() or ch in "+/" for ch in word)
            or len(_CASE_CHANGE.findall(word)) >= 4)


def is_machine_text(text: str) -> bool:
    """Text no person, organisation or place is named with: an encoding's or a mail system's."""
    for word in text.split():
        match = _MACHINE_WORD.search(word)
        if match and (len(match.group()) < 20 or _encoded(word)):
            return True
    return False


def reorder_initials(text: str) -> str:
    """"Firth L.j." as "L.J. Firth"; other text unchanged."""
    match = _INITIALS_AFTER.match(text.strip())
    if match is None:
        return text
    return f"{match.group(2).upper()} {match.group(1)}"


# The word after a span, on its line or the next (a wrapped line): a rank the recogniser left
# out ("Night Turn" of "Night Turn Insp").
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_][\w./]*)")


def post_before_rank(text: str, end: int, written: str) -> bool:
    """``written`` (a span ending at ``end`` of ``text``) is a rota's post whose rank the
    recogniser left out ("Night Turn" before "Insp", "Late Shift" before "Sgt"): no person."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and len(written.split()) >= 2 and (
        _title_glued(f"{written} {after.group(1)}"))


def _title_glued(text: str) -> bool:
    """"Alan DI", "Sarah DS": a forename and a rank written after it in capitals; or a rota's
    post, a word of the language and a rank ("Shift Sgt", "Duty Insp", "Response Sgt"): no
    name, whoever holds it."""
    raw = text.split()
    if len(raw) < 2 or fold(raw[-1].strip(".")) not in TITLES:
        return False
    if len(raw) > 2:  # "Night Turn Insp", "Late Shift Sgt": every word before the rank a post's
        return all(_post_word(word) for word in raw[:-1])
    return raw[1].strip(".").isupper() or _post_word(raw[0])


def _post_word(word: str) -> bool:
    """A word of the language that is no forename, written as a word ("Night", not "NIGHT")."""
    return not word.isupper() and fold(word) not in forenames() and is_common_word(fold(word))


# Endings of the English past tenses a log line opens with ("Attended", "Arrested", "Cautioned",
# "Searched"); forenames of the "-ed" kind end otherwise (Hameed, Ahmed, Syed, Khaled, Rashed).
_PAST_TENSE_ENDINGS = ("ted", "ded", "ied", "sed", "zed", "ned", "ked", "ged", "ped", "ched",
                       "lled", "rred", "wed", "ved", "ored", "ured", "ered", "ared", "rmed")


def _is_leading_word(word: str) -> bool:
    """An adverb, a role or a past-tense verb that opens a sentence ("Attended", "Arrested"),
    and no forename (Alfred, Winifred)."""
    if word in LEADING_WORDS:
        return True
    past = len(word) >= 6 and word.endswith(_PAST_TENSE_ENDINGS) and word.isalpha()
    return past and word not in forenames() and word not in nickname_index()


def _index_form_after(rest: list[str]) -> bool:
    """Words that start a name of their own: a title ("MR Okafor"), or a surname in capitals
    and a comma, then a forename, as an index writes it ("OKAFOR, Sam"). No word of the name
    comes before either."""
    head = rest[0].rstrip(",.")
    if len(rest) >= 2 and fold(head) in TITLES:
        return True
    # Only with its comma: "Oyelaran ADEYEMI Sent" is a forename, a surname and the next label.
    return (len(rest) >= 2 and len(head) >= 2 and head.isalpha() and head.isupper()
            and fold(head) not in forenames()  # "Ann MARIE Smith": a middle name
            and rest[0].endswith(","))


# A day cut short before a name in a log's column ("Thu Besnik"). "Sun" and "Sat" are names,
# and so are days written out ("Friday Adebayo", "Monday Okon"): none of those.
WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"})


def _without_sentence_word(text: str) -> str:
    """"Can Karen" is Karen: a sentence's first word before a forename is not the name's; nor
    is an adverb, a role or a past-tense verb before a name ("Arrested Darren Kearney")."""
    raw = text.split(maxsplit=1)
    if len(raw) != 2:
        return text
    first, rest = fold(raw[0]), raw[1].split()
    if first in SENTENCE_WORDS and (fold(rest[0]) in forenames() or (
            first in SALUTATIONS and len(rest) >= 2) or (
            # "Told Miss Dibb", "Asked Tewodros Alemayehu": a verb no forename, then a name
            first not in forenames() and (fold(rest[0].rstrip(".")) in TITLES or len(rest) >= 2))):
        return raw[1]  # "Dear Kwok Mei Wah": a letter's greeting, whatever the forename
    if first in BEFORE_A_LONE_NAME and len(rest) == 1:
        return raw[1]  # "Hi Thornber", "Is Thornber still...": the surname alone
    if (first in WEEKDAYS or first in ROLE_WORDS) and first not in forenames():
        return _without_sentence_word(raw[1])  # "Thu Besnik", "Instructor Winston": a log's
        # day column or a post run into the name, whatever the name after it
    if first not in TITLES and not raw[0].isupper() and _index_form_after(rest):
        return raw[1]  # "Said VASQUEZ, Nell", "Said MR Okafor": a word before the name
    if _is_leading_word(first) and (fold(rest[0]) in forenames() or len(rest) >= 2
                                    or first not in LEADING_WORDS):
        return _without_sentence_word(raw[1])  # "Informed Okafor": a verb, then the name
    return text


def _after_street(text: str) -> str | None:
    """"Sowerby Tce Helen Ashworth": a street written with an abbreviation, then a forename, is
    a place and then a person; the person's part, or None when the text is no such thing."""
    raw = text.split()
    words = [fold(w.rstrip(".")) for w in raw]
    for at in range(1, len(words) - 1):
        if (words[at] in PLACE_ABBREVIATIONS and words[0] not in forenames()
                and words[at + 1] in forenames()):
            return " ".join(raw[at + 1:])
    return None


def is_legal_reference(words: list[str]) -> bool:
    """"Children Act HHJ", "Family Procedure Rules D.J.": a statute or rules, not a person."""
    return any(w in LEGAL_WORDS for w in words[1:]) or words[0] in {"pace", "cpr", "fpr"}


# Labels of a mail header or form that follow a name on the same line when the line break is
# lost ("PAUL TORDOFF Subject: rota"): never the name's last word.
TRAILING_LABELS = {"subject", "re", "date", "from", "to", "sent", "cc", "bcc", "ref", "tel",
                   "time", "attachments", "importance",
                   "others",  # a caption's "R v Ann Hirst and Others"
                   # a briefing's points and roles after a name ("Ann Hirst RVP", "... OIC")
                   "rvp", "fcp", "oic", "sio", "dsio",
                   "direct",  # a signature's "Ann Hirst Direct dial: ..."
                   "no", "nr",  # a collar number's label cut from its number: "DC Chea Nr 5127"
                   "sort",  # a bank's "Sort code" after the account holder's name
                   "with", "for"}  # a sentence going on after a name ("... Close with")


# The first words of a form's next field, when a text layer closed the gap before it ("Sam
# Okafor Line manager:", "Ann Ruddock Signature of witness:", "Lee Tran Parent/carer:"): never
# the name's last word.
FIELD_HEADS = {"line", "parent", "parents", "carer", "signature", "signed", "countersigned",
               "supervisor", "manager", "witness", "officer", "role", "rank", "age", "dob",
               "sex", "gender", "occupation", "nationality", "ethnicity", "interpreter",
               *OFFICER_ROLES}


def _is_trailing_label(word: str, before: list[str]) -> bool:
    """A form's next label after a name (``before``: the name's words ahead of it): a mail
    header's, a field's first word, or a past tense that opens one ("Checked by:", "Shared
    with", "Informed")."""
    bare = fold(word.rstrip(":"))
    return bare in TRAILING_LABELS or bare in FIELD_HEADS or (
        word[:1].isupper() and _is_leading_word(bare) and bare not in LEADING_WORDS
        and (word.endswith(":") or _names_in_full(before)))


def _names_in_full(words: list[str]) -> bool:
    """Two words or more of a name besides titles ("Oonagh Brierley", not "Maj Aubrey"), or
    one that is a word of the language ("Very Impressed", a sentence): only then is a word of
    the past-tense shape read as the next field or the sentence's. Surnames have that shape
    too ("Quested", "Halsted", "Olmsted"), and "Aubrey Quested" less its last word would leave
    a forename alone."""
    named = [fold(w.strip(".,")) for w in words if fold(w.strip(".,")) not in TITLES]
    return len(named) >= 2 or (len(named) == 1 and named[0] not in forenames()
                                and is_common_word(named[0]))


def _without_trailing_label(text: str, kind: str) -> str:
    """The name less the labels after it; an organisation or a place keeps a last word a
    field's label may also be ("Public Protection Unit")."""
    raw = text.split()
    while kind == "person" and len(raw) > 1 and _is_trailing_label(raw[-1], raw[:-1]):
        raw.pop()
    while len(raw) > 2 and fold(raw[-1].rstrip(":")) in TRAILING_LABELS:
        raw.pop()
    return " ".join(raw) if len(raw) < len(text.split()) else text


# A word ending in a digit is a code ("A1", "C1", "PC4470"), never a word of a name; OCR's
# digits sit inside a word ("He1en").
_CODE_WORD = re.compile(r"^[^\W\d_]+\d+$")


# An anonymised code made of a noun and a Greek letter's name ("Person Zeta", "Subject
# Delta"): the noun is never a forename, so it is no person's name.
GREEK_LETTERS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                 "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau",
                 "upsilon", "phi", "chi", "psi", "omega"}
CODE_NOUNS = {"person", "subject", "child", "victim", "witness", "suspect", "case", "nominal",
              "individual", "male", "female", "youth", "juvenile", "adult", "cyp"}
# The same noun with a Roman numeral ("Juvenile XIV", "Child ix"), as a register numbers them.
_ROMAN_NUMERAL = re.compile(r"^(?=[ivxl])(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
# ... or with a number written as a word ("Juvenile Four", "Child Twelve").
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty"}


def _anonymised_code(words: list[str]) -> bool:
    """A code noun and a Greek letter's name or a Roman numeral: an anonymised person. A
    numeral that is a forename too ("Liv", "Vi") may be the person's own name."""
    return len(words) == 2 and words[0] in CODE_NOUNS and (
        words[1] in GREEK_LETTERS or words[1] in NUMBER_WORDS or (
            _ROMAN_NUMERAL.match(words[1]) is not None and words[1] not in forenames()))


# A heading's dash between spaces, however typed: a hyphen, an en or em dash, or two hyphens
# for one ("Hollinsby Fuels -- DRIVE-OFF REPORT", as plain text writes an em dash).
_SPACED_DASHES = (" - ", " – ", " — ", " -- ")


def _is_labelled_thing(text: str, words: list[str]) -> bool:
    """Not a person: a heading written "Interview Record - Brackenfold" (words either side of
    a spaced dash), a thing with a vehicle's label after it ("Astra VRM"), an anonymised
    code, words with a code among them, or a saint's name."""
    return (any(dash in text for dash in _SPACED_DASHES) or words[-1] in VEHICLE_LABELS
            or _anonymised_code(words)
            or any(_CODE_WORD.match(w) for w in words) or _SAINT.match(text) is not None)


# "St Oswald's", "St. Wilfrid": a saint's name is a church's, a school's or a place's.
_SAINT = re.compile(r"^St\.? [A-Z]")


def _after_street_word(words: list[str]) -> bool:
    """A "person" that starts with a street's abbreviation ("Ln Mini" of "Jagger Ln Mini
    Mart"): the rest of a place's or a shop's name, whose first words the recogniser cut."""
    return len(words) >= 2 and words[0] in PLACE_ABBREVIATIONS \
        and words[0] not in _TITLE_ABBREVIATIONS


PLACE_NAME_WORDS = 3  # a place's word ends a "person" of so many words without a forename


# The parts of a ground, a fishery or a course a log names ("Main Stand", "Mill Stretch", "Top
# Pool"): places, when the word before is a word of the language and no forename.
SITE_PART_WORDS = {"stand", "stretch", "pool", "terrace", "enclosure", "paddock"}


def _is_place(kind: str, words: list[str]) -> bool:
    last = words[-1]
    if kind == "person" and len(words) == 2 and last in SITE_PART_WORDS and _post_word(words[0]):
        return True
    if kind == "person":
        # "Mark Lane" is a man; "Sowerby Tce" and "Thornleigh Hse" are not.
        street = last in STREET_WORDS or last in PLACE_ABBREVIATIONS
        # Three words or more ending in a place's word, none a forename first ("Location
        # Cowslip Fold", a form's label run into the place): "Ray Hill" stays a man.
        placed = len(words) >= PLACE_NAME_WORDS and last in PLACE_WORDS
        return (street or placed) and words[0] not in forenames()
    if kind == "org" and last in FIRM_WORDS:
        return False
    return last in PLACE_WORDS or last in PLACE_ABBREVIATIONS


# A hierarchical mail name ("Ann Ruddock/SAFEG/NORTHSHIRE", Notes' way) or a field's label glued
# by a slash ("Lee Tran Parent/carer"): the name ends at a slash after a word of three letters
# or more; "P/S Zammit" and "D/Insp Dvorak" are titles.
# A mail client's display name spaces the slash before the organisation ("Ann Ruddock / SAFEG").
HIERARCHY_SLASH = re.compile(r"(?<=[^\W\d_]{3})[ \t]*/")
# A nickname between slashes inside a name ("Ann /Nan/ Hirst"): no hierarchy's slashes.
_SLASHED_NICKNAME = re.compile(rf"(?<=[ \t]){SLASHED_NICKNAME}(?=[ \t])")
# "@" between two names is the police's "alias" ("Ann Ruddock @ Annie Ross"): the person is
# the first; the statement of the other is read from the page (search.name_statements).
_ALIAS_SIGN = re.compile(r"[ \t]+@[ \t]+")
# An angle bracket after a name opens an address or a code ("Thorne, LACEY <REF/207>", "Jo
# Hirst <jo.hirst@...>"): the name ends before it.
_ANGLE_AFTER = re.compile(r"(?<=[^\W\d_.])[ \t]*<")
# A surname, a dash and a rank ("RUDDOCK - Detective Sergeant", a roll's line): the officer.
_RANK_AFTER_DASH = re.compile(r"^([^\W\d_][\w'’-]*)[ \t]+[-–—][ \t]+([A-Za-z. ]+)$")
# Street abbreviations that are also a title before a name ("St John", "Dr Patel").
_TITLE_ABBREVIATIONS = {"st", "dr", "mt"}


def before_hierarchy(text: str) -> str:
    """A person's text up to a hierarchical name's first slash, or before an alias's sign or
    an angle bracket."""
    unslashed = _SLASHED_NICKNAME.sub(lambda m: " " * len(m.group()), text)  # spans kept
    cut = (HIERARCHY_SLASH.search(unslashed) or _ALIAS_SIGN.search(text)
           or _ANGLE_AFTER.search(text))
    return text[: cut.start()].rstrip() if cut else text


def _rank_after_dash(text: str) -> str | None:
    """The surname of "RUDDOCK - Detective Sergeant" (every word after the dash a rank's)."""
    match = _RANK_AFTER_DASH.match(text.strip())
    if not match:
        return None
    ranks = [word.strip(".").casefold() for word in match.group(2).split()]
    return match.group(1) if ranks and all(word in TITLES for word in ranks) else None


# The last word of a job title in a signature ("Missing Children Coordinator").
ROLE_WORDS = {"coordinator", "co-ordinator", "manager", "administrator", "adviser", "advisor",
              "practitioner", "caseworker", "analyst", "director", "worker",
              # a doctor's post under the signature ("Consultant Paediatrician")
              "paediatrician", "pediatrician", "physician", "surgeon", "psychiatrist",
              "psychologist", "therapist", "midwife", "registrar",
              # a post on a rota, a desk or a depot's form ("Depot Controller: Ann Hirst")
              "controller", "secretary", "cashier", "receptionist", "clerk", "instructor",
              "dispatcher", "despatcher", "steward", "attendant", "supervisor", "treasurer",
              # a venue's staff on a door log or a pool's rota ("Head Doorman: Ann Hirst")
              "doorman", "doormen", "doorwoman", "doorstaff", "bouncer", "lifeguard",
              # a post held ("Portfolio Holder", "Licence Holder"); "Eric Holder" has a forename
              "holder",
              # a fishery's or a park's post ("Water Bailiff", "Park Ranger"); not "Warden", a surname
              "bailiff", "ranger",
              # a town's general hospital ("Harwick General") or a post ("Attorney General")
              "general"}
# The word a venue's name opens with ("Café Rosé", "Hotel Splendide"): a business.
VENUE_FIRST_WORDS = {"cafe", "hotel", "restaurant", "bistro", "brasserie", "pizzeria", "casino",
                     "salon", "trattoria", "taverna"}


def _a_role(words: list[str]) -> bool:
    """A job title read as a name: a role's word last, and no forename before it."""
    return (len(words) >= 2 and words[-1] in ROLE_WORDS
            and not any(word in forenames() for word in words[:-1]))


def _a_post(text: str) -> bool:
    """A post written in words of the language before a role's word ("Door Supervisor",
    "Night Steward"): read before a form's labels are cut from the name's end, which would leave
    "Door" as a person, since a role's word may also be a label ("Supervisor:")."""
    words = _words(text)
    post = _a_role(words) or (len(words) >= 2 and words[-1] in POST_WORDS)
    return post and all(is_common_word(w) and w not in forenames() for w in words[:-1])


# A post's last word that is also a label's ("Officer:"), so no role's word on its own: a post
# only after words of the language ("Education Welfare Officer", "Safety Officer").
POST_WORDS = {"officer"}


def _ranks_after_surname(text: str) -> str | None:
    """The surname of "Ashworth Actg DS", "Smith Det Sgt": a word written with a capital and
    then only titles and ranks, two or more of them, as a roll or a signature writes an
    officer. The recogniser's span may start there, and cutting the first word as a sentence's
    would leave the ranks alone ("Actg DS") as a person. A forename first ("Alan Actg DS") or a
    word that opens a sentence ("Told Actg DS") is no surname: None."""
    raw = text.split()
    if len(raw) < 3 or not _only_titles(" ".join(raw[1:])):
        return None
    first = fold(raw[0])
    if (not raw[0][:1].isupper() or len(first) < 3 or not first.replace("-", "").isalpha()
            or first in TITLES or first in forenames() or first in SENTENCE_WORDS
            or _is_leading_word(first)):
        return None
    return raw[0]


def _only_titles(text: str) -> bool:
    """"Actg DS", "Det Sgt": ranks and titles alone name no one, whatever cut them from a name."""
    words = text.split()
    return bool(words) and all(fold(word.strip(".")) in TITLES for word in words)


def _surname_and_title(text: str) -> bool:
    """"HASLAM Ms", "OKAFOR Sgt": a surname in capitals, then a title or a rank, as a nominal
    index or a roll writes a person; a recogniser reads some of them as an organisation. An
    acronym ("CID Sgt") or a word of the language is no surname, and a force's or a firm's
    last word ("Police") no title here."""
    raw = text.split()
    if len(raw) != 2 or raw[1].isupper():
        return False
    surname, title = fold(raw[0]), fold(raw[1].strip("."))
    return (raw[0].isupper() and len(surname) >= 3 and surname.replace("-", "").isalpha()
            and title in TITLES and title not in FIRM_WORDS and title not in PLACE_WORDS
            and surname not in ORG_ABBREVIATIONS and not is_common_word(surname))


def _site_business(words: list[str]) -> bool:
    """A marina's or a caravan site's name ("Saltcote Marina"), not a forename before it."""
    return (len(words) >= 2 and bool(SITE_BUSINESS_WORDS & set(words[1:]))
            and words[0] not in forenames())


def _firm_by_words(text: str, words: list[str]) -> bool:
    """Whether the words themselves say a business or a body ("Firth Gaunt Solicitors", "Kwik
    Kabs Taxis", "A & B"), whatever a recogniser called the name."""
    return (len(words) >= 2 and (words[-1] in FIRM_WORDS or words[-1] in ORG_ABBREVIATIONS
                                 or words[0] in VENUE_FIRST_WORDS
                                 or bool(TRADE_WORDS & set(words)))) or "&" in text or (
        len(words) >= 2 and bool((FAMILY_FIRM_WORDS | CLUB_WORDS) & set(words[1:]))) or (
        _site_business(words))


# A mail header's address field ("From: ", "To: ", "Cc: ", "Reply-To: "), and the address in
# angle brackets after a display name.
_ADDRESS_HEADER = re.compile(r"[ \t>]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(r"[\"'”’]?[ \t]*<[^<>@\s]+@")


def header_display_kind(text: str, start: int, end: int, kind: str) -> str | None:
    """The kind of a name a recogniser found as the display name of a mail header's address
    ("From: Ann Ruddock <ann.ruddock@...>"): a sender or a recipient, so no organisation
    unless its words say a business ("Firth Gaunt Solicitors <...>"). A recogniser's
    organisation there ("NotMatthew <...>", a handle; "Ann Ruddock <...>") is read as no
    mention at all: the name authority links the display name to the person it writes, as it
    does any other form of them, where the recogniser's reading would add a person of its own
    for each spelling a header writes. Any other name keeps ``kind``."""
    if kind != "org" or _ADDRESS_AFTER.match(text, end) is None or _ADDRESS_HEADER.match(
            text, text.rfind("\n", 0, start) + 1, start) is None:
        return kind
    written = text[start:end]
    return kind if _firm_by_words(written, _words(written)) else None


@lru_cache(maxsize=NAME_CACHE)  # a collection names the same people on page after page
def name_kind(kind: str, text: str) -> tuple[str | None, str]:
    """What a found name is, and its text to key: (kind, text), or (None, text) when it is no
    entity worth keeping. Kinds other than person, org and place pass unchanged."""
    if kind not in ("person", "org", "place"):
        return kind, text
    if _OFFICER.match(text.strip()):
        return "person", text.split()[-1]
    if (surname := _rank_after_dash(text) or _ranks_after_surname(text)) is not None:
        return "person", surname
    if kind == "person":
        text = before_hierarchy(text)
    elif _surname_and_title(text):
        return name_kind("person", text)
    if _a_post(text):  # "Social Worker" is a post, no person and no organisation either
        return None, text
    text = _without_trailing_label(text, kind)  # the surname: the name authority links it
    compact = fold(text).replace(".", "").replace(" ", "")
    if (kind, compact) in _CODES:
        return kind, text
    words = _words(text)
    if not words or is_vehicle(words) or is_form_text(words) or is_machine_text(text) or (
            kind == "person" and _is_labelled_thing(text, words)) or _title_glued(text):
        return None, text
    if len(words) >= 2 and _is_place(kind, words):
        return "place", text
    if kind != "person" and len(words) >= 2 and words[-1] in STATUTE_ENDS:
        return None, text  # "Magistrates' Courts Act": a statute, no organisation
    if _firm_by_words(text, words):
        return "org", text
    if kind == "person":
        if (is_legal_reference(words) or _after_street_word(words)
                or _a_role(words)):
            return None, text
        person = _after_street(text)
        if person is not None:
            return name_kind(kind, person)
        person = reorder_initials(_without_sentence_word(text))
        return (None, text) if _only_titles(person) else (kind, person)
    return kind, text


# Two words either side of a comma or a dash on one line ("BAYAR, Tselmeg", "VASQUEZ - Nell").
_INVERTED = re.compile(
    r"(?<![\w'’-])([^\W\d_]{2,})(?=[ \t]*[,\-–][ \t]*([^\W\d_]{2,})(?![\w'’-]))")


def written_inverted(text: str, key: str) -> bool:
    """The text writes a name of two words (``key``, folded) the way a police index writes a
    person, the surname first in capitals, then a comma or a dash and the forename ("WIN,
    Tselmeg", "VASQUEZ - Nell"): no organisation or place is written so, whatever a
    recogniser made of the name elsewhere."""
    parts = key.split()
    if len(parts) != 2:
        return False
    first, last = parts
    return any(m.group(1).isupper() and fold(m.group(1)) == last and fold(m.group(2)) == first
               for m in _INVERTED.finditer(text))


def names_a_thing(words: list[str]) -> bool:
    """Words (folded) that end as a firm's, a street's, a building's or a division's name do
    ("Hollinsby Division", "Oakbarrow Valley Motors")."""
    last = words[-1] if len(words) >= 2 else ""
    return (last in FIRM_WORDS or last in ORG_ABBREVIATIONS or last in PLACE_WORDS
            or last in STREET_WORDS or last in PLACE_ABBREVIATIONS)


def thing_heads(names: dict[str, int], surnames: dict[str, int], people: set[str]) -> set[str]:
    """The first words of a collection's firms, streets, buildings and divisions (``names``:
    folded name -> documents writing it) that are no forename, and head more of them than
    they end people's names (``surnames``: surname -> documents): the town's or the estate's
    word, so a "person" that starts with it ("Hollinsby High", "Hollinsby Pol") is a thing
    whose last word the recogniser cut or no list knows. A thing that starts with a name the
    recogniser read as a person's (``people``) counts for nothing, unless the thing is written
    more often: "Ann Hirst Hollinsby Division" is a person run into a place."""
    heads: dict[str, int] = {}
    for name, documents in names.items():
        words = _words(name)
        # A "person" written alone less often than the thing it starts ("Ashgate Mill" of
        # "Ashgate Mill Library") is the thing's name cut short, no person run into it.
        if any(prefix in people and names.get(prefix, 0) >= documents
               for prefix in (" ".join(words[:size]) for size in range(2, len(words)))):
            continue
        if names_a_thing(words) and words[0] not in forenames() and words[0].isalpha():
            heads[words[0]] = heads.get(words[0], 0) + documents
    return {head for head, documents in heads.items() if documents > surnames.get(head, 0)}

