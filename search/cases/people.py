"""Names as police and council records write them, read by the case register beside the person
mentions of the names stage: "RAMSDEN Saleem" and "RAMSDEN, Saleem" (surname first, in
capitals), "Saleem RAMSDEN", "Saleem Tariq RAMSDEN" (a middle name), "SALEEM RAMSDEN", and
"Saleem Ramsden (14/05/1976)" (a date of birth after it), and "Saleem "Tash" Ramsden" (a
nickname in quotes, which is no part of the name). A language model trained on prose misses
many of them, or takes the word before into the name ("Suspect Ramsden"); the layout itself
says which word is the surname."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from search.entity_kinds.reference import MONTH_NAMES
from search.names import HEADING_WORDS, NOT_NAMES, TITLES, person_key


def _letters(upper: bool) -> str:
    """A character class's letters of one case: ASCII and the Latin letters with diacritics
    (Latin-1, Extended-A and -B, Extended Additional: "ÖZTÜRK", "Lý", "Nguyễn")."""
    # (and the IPA block's small letters: the Azerbaijani "ə" of "Rəşad", whose capital "Ə" is
    # in Extended-B)
    accented = [chr(c) for c in (*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00))]
    # a tone or accent written as a combining mark after its letter ("ọ̀" as "ọ" and U+0300,
    # as Yoruba names often are): part of the word it follows
    combining = "" if upper else "\u0300-\u036f"
    return ("A-Z" if upper else "a-z") + combining + "".join(
        c for c in accented if (c.isupper() if upper else c.islower()))


_UP, _LOW = _letters(True), _letters(False)
_CAPS = rf"[{_UP}](?:[{_UP}'\-]*[{_UP}])"
# A hyphenated given name may write its second part in lower case ("Wing-kit", "Ka-ho").
# (and a Catalan name its geminate l with a middle dot inside the word: "Marcel·lí", "Gal·la")
_CAPITALISED = rf"[{_UP}][{_LOW}]+(?:\u00b7[{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)?"
_FORENAMES = rf"{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}"
# A nickname in quotes between the forenames and the surname: 'Saleem "Tash" Ramsden',
# 'Bảo Minh "Sonny" Lý'.
_NICKNAME = re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) [\"“'‘](?P<nickname>[{_UP}][\w\-]*"
                       rf"(?: [{_UP}][\w\-]*)?)[\"”'’] (?P<surname>{_CAPITALISED}|{_CAPS})(?![\w'\-])")
# The father's name in brackets after the name, "Yonas Habtom (son of Tsegay)": in a naming
# tradition without family names it is the person's second name, and tells namesakes apart.
_PATRONYMIC = re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}(?: {_CAPITALISED})?) "
                         rf"(?P<surname>{_CAPITALISED}) \((?:son|daughter|s/o|d/o)(?: of)? "
                         rf"(?P<father>{_CAPITALISED})\)")
# A surname with a particle written in lower case, as Portuguese, Spanish, Dutch, Italian or
# Arabic names are ("Leandro Miguel dos Santos", "Ana van der Berg", "Márcio Ferreira da
# Silva"): the language model's name stops at the particle, the layout says it goes on.
# (and the Faroese "í" and "á" before a place-name: "Rói Jákup í Stovu")
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|le|la|bin|ibn|al|el|í|á)"
_PARTICLED = re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>(?:{_PARTICLE} ){{1,2}}"
                        rf"{_CAPITALISED}(?: {_PARTICLE} {_CAPITALISED})?)(?![\w'\-])")
# An Irish or Scottish Gaelic surname of two or three words: a patronymic particle ("Ó", "Mac",
# "Ní", "Nic", "Uí", "Mag"), maybe "an" or "Giolla", then the name, which may be written with
# its initial mutation in lower case ("Mac an tSaoi", "Ó hÉigeartaigh", "Mac Giolla Phádraig",
# "Ó Súilleabháin"): the language model's name stops at the particle or leaves the given names.
# Two surnames joined by a conjunction, as Catalan ("Castells i Puig"), Spanish ("Ortega y
# Gasset") and Portuguese ("Silva e Costa") names write them: the language model's name stops
# at the lower-case word, the layout says both surnames are the name.
_JOINED = re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>{_CAPITALISED} (?:i|y|e) "
                     rf"{_CAPITALISED})(?![\w'\-])")
_GAELIC_PARTICLE = r"(?:Ó|O|Ua|Uí|Ní|Nic|Mac|Mag|Mhic|Bean Uí)"
_GAELIC = re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>{_GAELIC_PARTICLE} "
                     rf"(?:(?:an|na|Giolla|Ghiolla) )?(?:t|h|n|bh|mb|gc|nd|ng|bp|dt)?[{_UP}][{_LOW}]+)"
                     rf"(?![\w'\-])")
# The name a person also uses, in brackets after a surname in capitals and the given name: "FUNG
# Wing-kit (Calvin)" (an English name beside a Cantonese one). It is the person's second name,
# as a patronymic is, and tells namesakes apart.
_BRACKETED_NAME = re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPS}) (?P<forename>{_CAPITALISED}) "
                             rf"\((?P<father>{_CAPITALISED})\)")
# A Latin name, then a slash and the same name in another script: "Andriy Petrovych Zinchenko /
# Андрій Петрович Зінченко". The Latin spelling is the name the register shows; the other
# script's is the same person, not a second one.
_OTHER_SCRIPT = r"[\u0370-\u03FF\u0400-\u052F\u0590-\u06FF\u0E00-\u0E7F\u3040-\u9FFF\uAC00-\uD7AF]"
_SECOND_SCRIPT = re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>{_CAPITALISED}) ?/ ?"
                            rf"(?P<other>{_OTHER_SCRIPT}[^\s,.;:()]*(?: {_OTHER_SCRIPT}[^\s,.;:()]*){{0,3}})")
# The words a description of a person is labelled by ("height 180 cm", "scar: on the chin").
# (a shoe size is one: forces record it with the height, for footprints at a scene)
DESCRIPTION = (r"(?:ht|height|build|hair|eye colou?r|eyes|complexion|marks?|scars?|tattoos?|distinguishing "
               r"(?:marks?|features?)|shoe size|footwear size|"
               # what else a force writes of a man beside his name to tell namesakes apart:
               # "X - marital status: separated", "X / piercing: left ear"
               r"marital status|piercings?|jewellery|glasses|spectacles)")
# A note on the person after a name in guillemets ("X «Welsh speaker» was arrested"), a
# labelled note after a semicolon or a slash ("X; beard: none", "X / walk: brisk"), or any note
# after a double colon ("X :: accent Geordie"): how a force tells namesakes apart, no part of
# the name and no stop before what the sentence says of them.
OPENING_GUILLEMETS, CLOSING_GUILLEMETS = "\u00ab\u2039", "\u00bb\u203a"
_OPENS, _CLOSES = f"[{OPENING_GUILLEMETS}]", f"[{CLOSING_GUILLEMETS}]"
_GUILLEMETED = f"[^{OPENING_GUILLEMETS}{CLOSING_GUILLEMETS}]"  # what a note in guillemets holds
_NOTE_LABEL = r"[a-z][a-z ]{1,20}"  # a labelled note's label, after a semicolon or a slash
_NOTE_VALUE = r"[^.;:|()\[\]\u00ab\u00bb]{1,40}"
LABELLED_NOTE = (rf"\s*{_OPENS}{_GUILLEMETED}{{0,60}}{_CLOSES}"
                 rf"|\s*(?:;|\s/)\s*{_NOTE_LABEL}:\s*{_NOTE_VALUE}?(?=[\s,;.]|$)"
                 rf"|\s*::\s*{_NOTE_VALUE}?(?=[\s,;.]|$)")
# The same note's parts, read where it is written right after a name: its label and value, or
# what the guillemets hold (search.cases.reading.described).
NOTE_PARTS = re.compile(rf"^\s*(?:(?:;|\s/)\s*(?P<label>{_NOTE_LABEL}):\s*(?P<value>{_NOTE_VALUE})"
                        rf"|{_OPENS}(?P<inside>{_GUILLEMETED}{{1,60}}){_CLOSES})")
# A note on the person in brackets right after a name: a date of birth however written
# ("(DOB 14.iii.1971)", "(12/03/1970)", "(born 3 May 1970)"), a record office or national
# computer number ("(CRO 44120/91K)"), an age, a year of birth ("- YOB 1970"). Capitalised
# words before it are a name, whatever order the force writes its parts in.
_PERSON_NOTE = (r"(?= ?\((?:(?i:DOB|D\.O\.B\.?|born|CRO|PNC|aged?):? ?)?\d{1,2}"
                r"[/.\- ]?(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z]{3,9})?[/.\- ]?\d{0,4}[A-Z]?\)"
                # a record office or national computer number in round, square or curly
                # brackets: "(PNC 91/123456X)", "{PNC 91/123456X}"
                r"| ?[(\[{](?i:CRO|PNC)\b[^()\[\]{}]{0,24}\d[^()\[\]{}]{0,12}[)\]}]"
                # a height after a dash, a comma or in brackets: "- 5ft 9in", "(5' 9\")"
                r"| ?[-\u2013\u2014,(] ?\d ?(?:ft|feet|')\.? ?\d{1,2} ?(?:in|ins|inches|\")?\.?(?![\w'])"
                # an occupation after a comma: ", occupation roofer", ", occ. roofer"
                r"|, (?i:occupation|occ\.):? [a-z]"
                # a year of birth after a dash, a comma or in brackets: "Ayo Bello - YOB 1970"
                r"| ?[-\u2013,]? ?\(?(?i:YOB|year of birth)\b:? ?(?:19|20)\d\d\b"
                # a police identity code ("(IC1)"), a National Insurance number after a comma
                # (", NINO AB 12 34 56 C"), an occupation ("(occ. plasterer)")
                r"| ?\((?:IC\d|(?i:occ\.?|occupation):? [^()]{1,40})\)"
                r"|,? (?:NINO|NI(?: No\.?| number)?):? [A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]?\b"
                # a place of birth after a comma: "Aurelio Benedetto Rinaldi, born Ferrara"
                rf"|, born (?:in )?[{_UP}][{_LOW}]+"
                # a description of the person: "(height 180 cm)", ", scar: on the chin",
                # " — build: slim"
                # (or with its measure and no colon: ", shoe size 9", ", height 180 cm")
                rf"| ?\((?i:{DESCRIPTION})\b[^()]{{0,40}}\)"
                rf"|(?:,| [-\u2013\u2014]) (?i:{DESCRIPTION}) ?(?::|\d)"
                # a note in guillemets, labelled after a semicolon or a slash, or after a
                # double colon (LABELLED_NOTE)
                rf"| ?{_OPENS}|(?:;| /) {_NOTE_LABEL}:| ?:: ?[{_LOW}{_UP}])")
# The labels a form, a custody record or an interview record gives the person suspected, as a
# family rather than a list of one form's wordings: a suspect's noun ("Suspect", "Detainee",
# "Arrestee", "DP"), or a person's noun with what was done to them either side ("Detained person",
# "Person in custody", "Male arrested", "Persons reported", "Person under investigation"), or the
# subject of an interview or allegation, each maybe as "Name of ..." or "...'s name".
_PERSON_NOUN = r"(?:persons?|part(?:y|ies)|males?|females?|m[ae]n|individuals?|adults?)"
_DONE_TO = (r"(?:detained|arrested|in custody|charged|reported|suspected|under investigation|of interest|"
            r"of concern|interviewed|accused|cautioned|summonsed|bailed)")
SUSPECT_LABEL = (r"(?:suspects?|susp|offenders?|perpetrators?|nominals?|noms?|accused|defendants?|"
                 r"prisoners?|detainees?|arrestees?|interviewees?|DPs?|"
                 rf"{_DONE_TO} {_PERSON_NOUN}|person (?:detained|interviewed)|persons? reported|"
                 # (the person's noun first only as a label, before its colon or bar: "the man
                 # interviewed X" is the man who did it)
                 rf"{_PERSON_NOUN}(?:\(s\))? {_DONE_TO}(?=\s*(?:\(s\))?\s*[:|\-\u2013\t])|"
                 r"alleged (?:perpetrator|abuser|offender)s?|subject of (?:the )?(?:allegation|complaint|"
                 r"interview|investigation|enquiry|inquiry))")
# A label that says a person's name comes next, and the code or note a label may carry:
# "Suspect ", "Not a suspect: ", "Nominal 'B' (suspect): ", "Interviewee: ", "gave the name ".
_NAME_LABEL = (rf"(?P<label>\b(?i:{SUSPECT_LABEL}|(?:not|no longer) a suspect|eliminated|gave the name)"
               r"(?: ?['\u2018\u2019\"][A-Z0-9]{1,2}['\u2019\"])?(?: ?\([^()]{0,30}\))? ?:? )")
# Up to two asides after a name, whatever they say: a bracketed note of any kind, a note between
# commas, dashes or slashes, or a last note after a comma ("X, roofer was arrested").
# (angle brackets as any others: "X <photo 96835> was arrested")
_ASIDES = (r"(?:\s*[(\[{<][^()\[\]{}<>]{0,60}[)\]}>]|\s*,\s[^,.;:()]{1,40},|"
           r"\s+[-\u2013\u2014/]\s(?:[^\-\u2013\u2014/.;:]|[./](?=\d)){1,40}?\s[-\u2013\u2014/](?=\s)|"
           r"\s*,\s[^,.;()]{1,40}?(?=\s(?:was|were|has|had|is|may|might)\s)|"
           r"\s+[-\u2013\u2014]\s[^\-\u2013\u2014.;:,()]{1,30}?(?=\s(?:was|were|has|had|is|as|came)\s)|"
           rf"{LABELLED_NOTE}){{0,2}}")
# The adverbs a record puts in a deed's verb phrase, before or after "been": "has now been
# charged", "had since been arrested", "was subsequently bailed".
DEED_ADVERBS = (r"then|later|subsequently|also|duly|formally|voluntarily|finally|eventually|now|since|"
                r"already|just|today|recently")
# The auxiliary of a deed done to the person, an adverb allowed inside a perfect.
DEED_AUXILIARY = rf"was|were|is|being|(?:has|had|have)(?:\s+(?:{DEED_ADVERBS}))?\s+been"
# What is done to a suspect, after the name and an auxiliary or an adverb, or none in a log's
# entry ("X arrested 3 May").
_DONE_VERB = (rf"\s+(?:(?:{DEED_AUXILIARY})\s+)?(?:(?:{DEED_ADVERBS})\s+)?"
              r"(?i:(?:re-?)?arrested|charged|detained|cautioned|summonsed|remanded|bailed|booked|interviewed|questioned|convicted|"
              r"(?:taken|brought|held) (?:in|into) custody|named as|identified as|reported for|"
              r"came in|attended (?:voluntarily|by)|(?:be|have been) (?:groom|abus|exploit)\w*|"
              # an interview only a suspect gives: "X gave a cautioned interview"
              r"gave (?:a |an )?(?:voluntary )?(?:cautioned interview|interview under caution))\b")
# Styles whose layout alone says the words are a name: a two-letter surname ("VU/Thinh", "Lý")
# is read there, and nowhere else (a capitalised "On" or "At" is no surname).
_SHORT_OK = ("nickname", "patronymic", "slashed", "bracketed name", "second script")
# Each style: its name, the pattern, with the surname and forename groups it names.
_STYLES = (
    ("nickname", _NICKNAME),
    ("patronymic", _PATRONYMIC),
    ("bracketed name", _BRACKETED_NAME),
    ("second script", _SECOND_SCRIPT),
    ("particle", _PARTICLED),
    ("joined", _JOINED),
    ("gaelic", _GAELIC),
    # "ÖZTÜRK/Serkan Dariush": the surname in capitals, a slash, every forename.
    ("slashed", re.compile(rf"(?<![\w'\-/])(?P<surname>{_CAPS}) ?/ ?(?P<forename>{_FORENAMES})"
                           rf"(?![\w'\-])")),
    # "BAKIR Sherzad Goran - detained": every forename, up to a word that is no name's.
    ("surname first", re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPS}),? (?P<forename>{_CAPITALISED}"
                                 rf"(?: {_CAPITALISED}){{1,2}})(?![\w'\-])(?![ ]+[{_UP}])")),
    ("surname first", re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPS}),? (?P<forename>{_CAPITALISED})"
                                 rf"(?![\w'\-])")),
    # "Ionescu Radu-Mihai": the family name first, then two given names joined by a hyphen
    # (shown given names first, apart: "Radu Mihai Ionescu", as other forces write him).
    ("hyphened given names", re.compile(rf"(?<![\w'\-])(?P<surname>[{_UP}][{_LOW}]+) "
                                        rf"(?P<forename>[{_UP}][{_LOW}]+-[{_UP}][{_LOW}]+)(?![\w'\-])")),
    ("surname last", re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>{_CAPS})"
                                rf"(?![\w'\-])")),
    ("capitals", re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPS}) (?P<surname>{_CAPS})(?![\w'\-])")),
    # "Jason Holt (04/11/1972)", "Holt Jason (DOB 4.xi.1972)", "Holt, Jason Lee (CRO
    # 44120/91K)": a note on the person after it says capitalised words are a name.
    ("noted comma", re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPITALISED}), "
                               rf"(?P<forename>{_FORENAMES}){_PERSON_NOTE}")),
    ("born", re.compile(rf"(?<![\w'\-])(?P<forename>{_FORENAMES}) (?P<surname>{_CAPITALISED})"
                        rf"{_PERSON_NOTE}")),
    # After a label that names a person: "Suspect Holt, Jason Lee is ...", "Nominal 'B'
    # (suspect): Holt Jason Lee." (the label's own words are no part of the name).
    ("labelled comma", re.compile(rf"{_NAME_LABEL}(?P<surname>{_CAPITALISED}), "
                                  rf"(?P<forename>{_FORENAMES})(?![\w'\-])")),
    ("labelled", re.compile(rf"{_NAME_LABEL}(?P<forename>{_FORENAMES}) (?P<surname>"
                            rf"{_CAPITALISED})(?![\w'\-])")),
    # "Orsós Tihamér Barnabás (Hungarian national)", "Arvo Lembit Kask [interpreter: Estonian]":
    # the capitalised words up to a bracketed note on the person are all the name, whatever
    # order the tradition writes them in.
    ("noted", re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{1,2}}) "
                         rf"(?P<surname>{_CAPITALISED})(?= [(\[<][{_LOW}{_UP}])")),
    # A field's value: after a label and its colon, bar or tab at a line's start, the
    # capitalised words up to an aside or the line's end are the name ("Person seen: Ana Brel,
    # occupation roofer", "Detainee | Ana Brel (6 ft 1)"), whatever the label says (the role is
    # read from the label: search.cases.roles).
    ("fielded", re.compile(rf"(?P<label>(?:^|(?<=[\n|\t]))[^\n:|.;]{{2,60}}?[:|\t][ \t]*)"
                           rf"(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) "
                           rf"(?P<surname>{_CAPITALISED})"
                           r"(?=[ \t]*(?:[,;({\[]|[-\u2013\u2014/][ \t]|$))", re.MULTILINE)),
    # The name after what was done to the person, up to a note on them or the clause's end: "I
    # arrested Ana Brel {RO 12/3456} at his home", "the girl identifies Ana Brel - 6 ft as".
    ("after the deed", re.compile(rf"(?P<label>\b(?i:(?:re-?)?arrested|charged|interviewed|questioned|"
                                  r"cautioned|detained|identif(?:ies|ied)|names|named|the name|raised|took)"
                                  rf" )(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) "
                                  rf"(?P<surname>{_CAPITALISED})(?![\w'\-])(?={_ASIDES}(?:\s+(?:at|as|on|in|"
                                  r"for|and|was|who|after|when|into)\b|\s*[.;,\n]|\s*$))")),
    # "Tobias Wenlock Ardery, glazier, was arrested", "Ana Brel {RO 12/3456} was charged":
    # the capitalised words before what was done to a person are all the name, whatever aside
    # stands between; the aside is no part of it.
    ("cued", re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) "
                        # (and a last note after a comma that none closes: "X, left handed gave")
                        rf"(?P<surname>{_CAPITALISED})(?![\w'\-])(?={_ASIDES}(?:\s*,\s[^,.;()]{{1,30}}?)?"
                        rf"{_DONE_VERB})")),
)
# Capitalised words of records that are no one's name: bodies, forms, offences, acronyms.
_NOT_NAME_WORDS = frozenset({
    "constabulary", "county", "borough", "city", "metropolitan", "services", "service",
    "children", "childrens", "social", "care", "team", "unit", "crown", "court", "courts",
    "magistrates", "prosecution", "cps", "cid", "oic", "vrm", "mash", "cse", "dob", "urn", "cad",
    "nhs", "pnc", "yot", "csc", "nfa", "mg", "mo", "crn", "ob", "ref", "no", "rape", "assault",
    "result", "outcome", "status", "update", "charged", "arrested", "interviewed",
    "suspect", "suspects", "offender", "nominal", "accused", "aggrieved", "occupation",
    "address", "home", "tel", "mobile", "phone", "vehicle", "registration", "sheet",
    "continuation", "strategy", "discussion", "attendees", "actions", "action", "present",
    "concern", "referral", "referrals", "contact", "dear", "yours", "sincerely", "faithfully",
    "enc", "cc", "re", "op", "operation", "yes", "and", "or", "not", "police", "voluntary",
    "interview", "caution", "under", "complete", "eliminated", "tie", "named", "by",
    "prisoner", "interviewee",
})


# A label's one word is no name's: "Arrestee<tab>Ana Brel" is Ana Brel.
_LABEL_WORD = re.compile(SUSPECT_LABEL, re.IGNORECASE)


@dataclass(frozen=True)
class WrittenName:
    start: int
    end: int
    key: str  # "forename surname", as the names stage keys a person
    display: str  # "Forename Surname"


def _word_ok(word: str, short_ok: bool = False) -> bool:
    lower = word.lower().strip("'-")
    return len(lower) >= (2 if short_ok else 3) and lower not in _NOT_NAME_WORDS \
        and not _LABEL_WORD.fullmatch(lower) \
        and lower not in TITLES and lower not in NOT_NAMES and lower not in HEADING_WORDS


# What opens a sentence or a phrase before a name, capitalised: a common word ("When", "After"),
# a day's or a month's name, or any word after a place's preposition ("in Harkston Ana Brel").
_DAY_OR_MONTH = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + "|".join(MONTH_NAMES))
# (a place's prepositions only: "caution given to Ana Brel", "address of Ana Brel" are hers)
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|at|from|near|outside|via|around|across)\s+$")


def _opener(word: str, before: str) -> bool:
    lower = word.lower()
    return lower in STOP_WORDS or bool(_DAY_OR_MONTH.fullmatch(lower)) \
        or bool(_PREPOSITION_BEFORE.search(before[-12:]))


# A given name before "Hedd Parry-Hughes" makes the hyphened word a double-barrelled surname
# ("Cynwrig Hedd Parry-Hughes"), not two given names after a family name.
_GIVEN_BEFORE = re.compile(rf"(?<![\w'\-])({_CAPITALISED}) $")


def _given_before(before: str) -> bool:
    match = _GIVEN_BEFORE.search(before)
    # ("Arrested Ionescu Radu-Mihai": a capitalised word that is no name's leaves him as written)
    return bool(match) and _word_ok(match.group(1)) and not _opener(match.group(1), before[:match.start()])


def record_names(text: str) -> list[WrittenName]:
    """The names a sentence writes in a record style (see the module docstring), each once,
    the first style that reads a span winning."""
    found: list[WrittenName] = []
    raw, text = text, re.sub(r"\s", " ", text)  # a name broken over two lines; same offsets
    for style, pattern in _STYLES:
        short_ok = style in _SHORT_OK
        # (a field's style reads the lines as written: it needs their ends)
        for match in pattern.finditer(raw if style == "fielded" else text):
            given, surname = match.group("forename").split(" "), match.group("surname")
            start, end = match.start(), match.end()
            if "label" in pattern.groupindex:  # the name, not its label
                start = min(match.start("forename"), match.start("surname"))
            while len(given) > 1 and (not _word_ok(given[0]) or (
                    match.start("forename") < match.start("surname")
                    and "\n" in raw[start:match.end("forename")])):
                # "Yesterday Saleem RAMSDEN": not a forename; "Named by Minor Heron\nSaleem
                # Tariq Ramsden": a table's cell before ends on the line before the name's
                start += len(given.pop(0)) + 1
            while len(given) > 1 and match.start("forename") < match.start("surname") \
                    and _opener(given[0], text[:start]):
                start += len(given.pop(0)) + 1  # "When Ana Brel was", "in Harkston Ana Brel was"
            while len(given) > 1 and match.end("forename") == end and (
                    not _word_ok(given[-1]) or "\n" in raw[end - len(given[-1]) - 1:end]):
                end -= len(given.pop()) + 1  # "ÖZTÜRK/Serkan\nAccount ...": the next line's word
            if not (all(_word_ok(word, short_ok) for word in given) and _word_ok(surname, short_ok)):
                continue
            if any(start < n.end and n.start < end for n in found) or (
                    style == "hyphened given names" and _given_before(text[:start])):
                continue
            father = [match.group("father")] if style in ("patronymic", "bracketed name") else []
            if style == "hyphened given names":
                given = given[0].split("-")
            display = " ".join(_titled(word) for word in [*given, *father, surname])
            found.append(WrittenName(start, end, person_key(display), display))
    return sorted(found, key=lambda n: n.start)


def _titled(word: str) -> str:
    """"ÖZTÜRK" as "Öztürk", "ŞAHİNER" as "Şahiner" (a dotted capital I lower-cased is an i and a
    combining dot), "Bảo" as it is."""
    return word.title().replace("\u0307", "") if word.isupper() else word


def nicknames(texts: list[str]) -> dict[str, str]:
    """What a nickname in quotes makes of a person's key: "saleem tash ramsden" (the names stage
    took the nickname into the name) is "saleem ramsden", for every name the texts write with
    one."""
    found = {}
    for text in texts:
        for match in _NICKNAME.finditer(text):
            forename, surname = match.group("forename"), _titled(match.group("surname"))
            nickname = " ".join(match.group("nickname").split())
            found[person_key(f"{forename} {nickname} {surname}")] = person_key(f"{forename} {surname}")
    return found
