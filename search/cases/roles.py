"""The role the words around a person's name give them in a case, in the words police and council
files use: a suspect or offender after a label ("Suspect:", "Susp", "Nominal 2:", "Offender",
"Person reported", "Accused", "Alleged perpetrator", "Alleged abuser") or beside a verb
("arrested", "interviewed under caution", "charged", "summonsed", "reported for summons"),
whatever the name's form ("Forename SURNAME", "SURNAME Forename", "Surname, Forename") and with
a date of birth or an age between the name and the verb; a subject or complainant (child, young
person, victim, complainant, injured party); an officer or professional (ranks and collar
numbers, a social worker, solicitor, teacher, appropriate adult), who is none of the others even
beside a suspect's words ("solicitor for the suspect, Mr Ahmed"); a witness. Anonymised codes
take their role from their label ("Witness B"; "Child A" is a subject).

Pure functions of text; each rule says in its name what it read, and the confidence how often
such words mean what the rule takes them to mean. Where the words beside a name say nothing,
the sentence's grammar may (search.cases.clauses: "was detained at his home and arrested").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.cases.clauses import suspect_by_grammar
from search.cases.dates import date_grammar
from search.cases.people import DESCRIPTION, LABELLED_NOTE, SUSPECT_LABEL

# Not a role a case lists: the person the case clears ("traced and eliminated"), whose
# suspect evidence it outweighs (search.cases.case.Case.role_of).
CLEARED = "cleared"


@dataclass(frozen=True)
class RoleRule:
    role: str
    confidence: float
    rule: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The ranks and titles an officer or a professional is written with ("PC", "DS", "Supt").
RANKS = (r"(?:PC|WPC|PCSO|DC|TDC|DS|PS|DI|DCI|DSU|DCS|Supt|Ch\.? ?Supt|Sgt|Insp|Inspector|"
         r"Sergeant|Constable|Det\.? ?(?:Con|Sgt|Insp)|Detective(?: Constable| Sergeant| "
         r"Inspector| Chief Inspector)?|Police Constable|Officer|Dr|Cllr|[TA]/(?:DS|DI|DC|PS|"
         r"Sgt|Insp))")
_JOBS = (r"(?:social worker|SW|case ?worker|allocated worker|key worker|team manager|teacher|"
         r"head ?teacher|head of year|designated safeguarding lead|DSL|school nurse|nurse|health "
         r"visitor|GP|doctor|manager|solicitor|legal representative|barrister|counsel|appropriate "
         r"adult|interpreter|legal adviser|youth worker|CSE (?:worker|lead|co-?ordinator)|practitioner|team "
         r"leader|IDVA|ISVA|advocate|foster carer|residential worker|detective|investigating "
         r"officer|reporting officer|officer in (?:the )?case|OIC|chair(?:ed by)?|minuted by|"
         r"minute taker|author|signed|present|attendees?)")
_OFFICER_BEFORE = _rx(
    rf"(?:\b{RANKS}\.?\s*(?:\d{{2,5}}\s*)?|\b{_JOBS}(?:\s*\(\w+\))?[,:\-]?\s*(?:\(|,)?\s*"
    r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)?)$")
# A professional acting for someone, or listed with others: "solicitor for the suspect, ",
# "Present: DS Holt, SW Price, ".
_PROFESSIONAL_BEFORE = _rx(
    rf"\b{_JOBS}\b(?: (?:for|representing|acting for|of|to) [\w ]{{1,25}})?[,:]\s*"
    r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)?$|^\s*(?:present|attendees?|in attendance)\s*:"
    r"[^.]*$")
_OFFICER_AFTER = _rx(
    # "(solicitor present: ...)" after a name is another person, the one who sat in; a job
    # with a colon after it is a field of the person's, filled with another or a need of theirs
    # ("(interpreter: Polish)", "(solicitor: Ann Lee)")
    rf"^\s*(?:\(|,|-)\s*(?:\d{{3,5}}\b|collar|{RANKS}\b|{_JOBS}\b(?!\s+present\b)(?!\s*:)|police|CSC|"
    r"children's services|social care|school|legal)")
# Between a name and its verb: a date of birth, an age, a nickname or an alias.
# An aside in square brackets is one too ("[interpreter: Portuguese]").
_ASIDE = (rf"(?:\s*\([^()]{{0,40}}\)|\s*\[[^\[\]]{{0,40}}\]|\s*<[^<>]{{0,40}}>|{LABELLED_NOTE}|"
          # any note between a pair of commas, whatever it says (inside one sentence its full
          # stops are abbreviations'): "X, licence no. REEVE7010, arrested", "X, eyes blue, hair
          # brown, was"
          # (the closing comma left to open the next note or to stand before the verb)
          r"\s*,\s*[^,;()\[\]{}<>]{1,40}?(?=,\s)|"
          # a place of birth after a comma, the sentence going on: "X, born Ferrara abused her"
          r"\s*,\s*born\s+(?:in\s+)?(?-i:[A-Z][\w'\-]+)(?:\s+(?-i:[A-Z][\w'\-]+))?(?=\s+(?-i:[a-z])|\s*[.;,])|"
          # a National Insurance number after a comma: "X, NINO AB 12 34 56 C was arrested"
          r"\s*,?\s*(?:NINO|NI(?: No\.?| number)?):?\s*[A-Z]{2}\s?\d\d\s?\d\d\s?\d\d\s?[A-D]?\b|"
          r"\s+aged?\s+\d{1,2}|\s+\d{1,2}\s*(?:yrs|years)(?: old)?|"
          # a weight or a height after a comma: "X, weight 12 st 3 lb as the offender"
          r"\s*,\s*(?:weight|weighing|wt\.?|height|ht\.?)\s*:?\s*\d[\d.]*\s*(?:st|stone|kg|lbs?|ft|feet|m|cm|')"
          r"\.?(?:\s*\d{1,2}\s*(?:lbs?|pounds|in|ins|inches|\"))?\.?(?![\w'])|"
          # a description after a comma or a dash: "X, scar: on the chin was arrested",
          # "X — build: slim, tall, on 3 May"
          # (or its measure with no colon: "X, shoe size 9 was arrested")
          rf"\s*(?:,|\s[-\u2013\u2014])\s*{DESCRIPTION}\s*(?::\s*|(?=\d))[^.;:|()\[\]]{{1,70}}?(?=[\s,])|"
          r"\s+(?:a\.?k\.?a\.?|alias)\s+['\u2018\"\u201c]?[\w .-]{1,25}?['\u2019\"\u201d]|"
          # a records number in curly brackets, a height after a dash, an occupation after a
          # comma: "X {PNC 91/123456X} was arrested", "X - 5ft 9in was", "X, occupation roofer was"
          r"\s*\{[^{}]{0,40}\}|\s*[-\u2013\u2014,]\s*\d\s*(?:ft|feet|')\.?\s*\d{1,2}\s*(?:in|ins|inches|\")?\.?(?![\w'])|"
          r"\s*,\s*(?:occupation|occ\.)\s*:?\s*[a-z][a-z'\- ]{0,40}?(?=[,.;:]|\s|$)|"
          # any short note between a pair of dashes or slashes, whatever it says: "X — warehouse
          # operative — was", "X / CRO 1234/56 / was", "X - 1.83 m - was"
          r"\s+[-\u2013\u2014]\s+(?:[^\-\u2013\u2014.;:]|\.(?=\d)){1,40}?\s+[-\u2013\u2014](?=\s)|"
          r"\s+/\s*[^.;:]{1,40}?\s*/(?=\s)|"
          # a last note after a comma, whatever it says, before the auxiliary of what was done:
          # "X, mark: a scar on the chin had been arrested"
          r"\s*,\s*[^,.;()\[\]{}]{1,40}?(?=\s+(?:was|were|is|has|had)\s)|"
          # a short note after one dash, the sentence going on: "X - 1.80 m was taken in"
          r"\s+[-\u2013\u2014]\s+(?:[^\-\u2013\u2014.;:,()]|\.(?=\d)){1,30}?(?=\s+(?:was|were|is|has|had|as|came)\b))*")
# A day as a record writes it: the register's dates (search.cases.rules.DATE), in any of their
# forms ("15 Dec '07", "March 3 2004", "2004/Mar/03", "4. 8. 2006", "Sep/7/2008", "12MAR2003",
# "2003-03-12"). Each use names its groups apart.
def _day(tag: str) -> str:
    return f"(?:{date_grammar(tag)})"


# Custody in other words: "detained on suspicion", "taken into custody", "apprehended".
_CUSTODY = (r"detained on suspicion|(?:taken|brought|held|kept|placed|lodged|booked) (?:in|into) (?:police )?"
            r"custody|apprehended|booked in|"
            r"detained under (?:PACE|s\.?\s?\d+|section)|remanded in custody")
_SUSPECT_VERB = (rf"arrested|re-?arrested|detained\b[^.;]{{0,30}}?\barrested|{_CUSTODY}|charged|summonsed|"
                 # ("questioned after a caution": the caution given first)
                 r"(?:interviewed|questioned) (?:\w+ ){0,3}?(?:under|after) (?:a |the )?caution|"
                 # a voluntary attender's interview is a cautioned one, in any of the family's
                 # words: "interviewed as a voluntary attendee", "questioned under PACE"
                 r"(?:interviewed|questioned) (?:as (?:a |the )?)?(?:voluntary (?:attendee|attender)|"
                 r"volunteer|under PACE)\b|"
                 # an interview the caution came before: "interviewed by appointment, cautioned first"
                 r"(?:interviewed|questioned)\b[^.;]{0,30}?(?<!not )(?<!never )\bcautioned\b(?! for)|"
                 r"given (?:a|an) (?:formal |police )?"
                 r"caution|received (?:a|an) (?:formal |police )?caution|"
                 r"reported for (?:a )?summons|cautioned for|named as (?:a|the) suspect|identified "
                 r"as (?:a|the) (?:suspect|offender|perpetrator)|(?:a|the|another) suspect|"
                 r"suspected|nominated as (?:a|the) suspect|(?:the )?alleged (?:perpetrator|"
                 r"offender|abuser)|released under investigation|bailed|remanded|convicted|"
                 # the same deeds in other words: under arrest, an interview a suspect gives (on
                 # tape, "no comment"), a caution after an admission, a bail
                 r"(?:placed|put) under arrest|(?:spoken to|seen|dealt with) under caution|"
                 r"interviewed on tape|(?:released|freed) on (?:police )?bail|"
                 r"cautioned\b(?! (?:that|him|her|them|the|a|an)\b)|"
                 # a risk to a child or a person of concern, as a case's suspects are recorded
                 r"(?:\w+ )?as (?:a|the) (?:risk|danger|threat) to|"
                 r"(?:a|the) (?:risk|danger|threat) to (?:her|him|the|children|young|girls|boys)|"
                 r"(?:named|identified|listed|flagged|recorded) as (?:a|the) "
                 r"(?:man|male|person|adult|individual|nominal) of (?:concern|interest)|"
                 r"listed as (?:a|the) nominal")
_SUSPECT_AFTER = _rx(
    rf"^{_ASIDE}[\w ,'-]{{0,30}}?\b(?:was|were|has been|had been|is|being|then|who was|who "
    rf"has been)\s+(?:(?!not\b|never\b)\w+\s+){{0,2}}?(?P<cue>{_SUSPECT_VERB})"
    # The person named, then what was done to them by a pronoun: "Jason Holt came in by
    # appointment and I interviewed him under caution", "..., and I recorded him as a suspect".
    rf"|^{_ASIDE}(?:(?!(?-i:[A-Z][a-z]+ [A-Z][a-z]))[^.;]){{0,80}}?\b(?:I|we|officers|police)\s+"
    r"(?:have\s+|had\s+|then\s+|later\s+)?(?:(?P<pronoun>(?:re-?)?arrested|charged)\s+(?:him|her|them)\b|"
    r"(?P<caution>interviewed|questioned)\s+(?:him|her|them)\s+under\s+caution|(?P<recorded>recorded|named|"
    r"listed|identified)\s+(?:him|her|them)\s+as\s+(?:a|the)\s+(?:suspect|offender))"
    # What was decided of the person, the verb before the name and its complement after it:
    # "treat X as a suspect", "interview X under caution as a volunteer", and an interview
    # record's "Person interviewed: X, under caution" (what clears a person is read first).
    rf"|^{_ASIDE}\s*,?\s+(?P<decided>as\s+(?:a|the)\s+(?:suspect|offender|perpetrator)|under\s+caution)\b(?!['\u2019]s)"
    # What the person is believed to do: "X, believed to be grooming her", "X, thought to have
    # abused her".
    # ("X is thought to be the one exploiting her")
    # ("X may be grooming the girl": what may be so of the person, said as a possibility)
    rf"|^{_ASIDE}\s*,?\s+(?:(?:(?:who\s+)?(?:is|was)\s+)?(?:believed|thought|suspected|alleged|said)\s+to\s+"
    r"|(?:who\s+)?(?:may|might|could)\s+)(?:be|have)\s+(?:been\s+)?(?:the\s+(?:one|man|person|male)\s+)?(?P<believed>groom\w*|abus\w*|exploit\w*|traffick\w*|assault\w*|"
    r"rap\w*|involved in|responsible for)"
    # An interview only a suspect gives: "X made no comment in interview", "X gave a no comment
    # interview".
    rf"|^{_ASIDE},?\s+(?:made|gave|answered|replied|offered)\s+(?:a\s+|only\s+)?no[\s\-]comment\b"
    # A caution given without its auxiliary: "X [interpreter: Polish] received a formal caution".
    rf"|^{_ASIDE},?\s+(?P<given>(?:received|accepted) (?:a|an) (?:formal |police )?caution)\b"
    # what only the one who did it does: "X owned up and accepted a simple caution", "X
    # admitted the offence"
    rf"|^{_ASIDE},?\s+(?:\w+\s+){{0,4}}?(?P<admitted>(?:took|accepted) (?:a|an) (?:\w+ )?caution|"
    r"made (?:full )?admissions|admitted (?:the|an|all|his|her) (?:offences?|allegations?))\b"
    # a status in brackets after the name: "X (suspect)", "X (arrested) denied it", "X (IUC)"
    r"|^\s*\((?:the )?(?:suspect|offender|nominal|accused|arrested|re-?arrested|charged|detained|"
    r"summonsed|in custody|interviewed(?: under caution)?|IUC|RUI|bailed)\)"
    r"|^,? (?:the|a) (?:suspect|offender|accused)\b"
    # the person's arrest or interview as a noun: "X's arrest took place", "X's interview under caution"
    r"|^['\u2019]s (?:\w+ )?(?P<possessed>(?:re-?)?arrest|interview under caution|charge|detention)\b"
    r"|^\s+(?:stands?|stood) accused\b"
    # named by someone as the one who did it: "X was identified by the girl as her abuser"
    rf"|^{_ASIDE},?\s+(?:was|has been|had been)\s+(?:identified|named|picked out|described)\s+by\s+"
    r"[^.;]{1,40}?\s+as\s+(?:the|a|her|his|their|one of the)\s+(?:\w+\s+)?(?P<byname>abuser|"
    r"offender|attacker|perpetrator|suspect|rapist|man who|men who)"
    r"(?![^.;]{0,20}\b(?:called|rang|reported|phoned|found|helped|rescued|witnessed))"
    # an offence the person did, in the perfect too ("X had sexually assaulted her", not "had been")
    rf"|^{_ASIDE}\s*(?:\(\w+\)\s*)?(?:(?:had|has)\s+(?!been\b))?(?P<act>raped|sexually assaulted|"
    r"assaulted|abused|groomed|exploited|trafficked)\b"
    # A log's entry, the auxiliary left out: "HOLT Jason arrested 3 May 01 at his home",
    # "Holt JASON: charged (assault)". The verb takes no object of its own: "Ruth Lister arrested
    # Jason Holt" makes the name before it the one who arrested (a name is told by its capitals,
    # whatever the case of the rest).
    # An interview under caution as a noun, in the person's own clause: "X came in by
    # appointment for a cautioned interview", "X sat a cautioned interview".
    # "X attended voluntarily; interview under caution took place": a volunteer's interview
    # (or with its day, then "caution interview": "X came in by appointment 3/5/04; caution
    # interview, solicitor Y")
    # ("X came to the station by appointment on March 3 2004; interview under caution")
    rf"|^{_ASIDE},?\s+(?:attended|c[ao]me in|c[ao]me to (?:the )?(?:police )?station) "
    r"(?:voluntarily|by (?:appointment|arrangement))"
    rf"(?:\s+(?:on\s+)?(?:{_day('came')}|[\w/.\-]{{6,10}}))?[;,]?\s+(?:and\s+)?"
    r"(?:an?\s+|the\s+)?"
    r"(?P<volunteer>(?:voluntary )?(?:interview(?:ed)? under caution|caution(?:ed)? interview))\b"
    # "X came in by arrangement on 3 May and was interviewed under caution"
    rf"|^{_ASIDE},?\s+(?:had\s+|has\s+)?c[ao]me in (?:voluntarily|by (?:appointment|arrangement))"
    r"[^.;]{0,40}?\band\s+(?:had\s+been\s+|was\s+|been\s+)?"
    r"(?P<came>(?:interviewed|questioned) under caution)\b"
    # (room for a day written out with its weekday: "X came voluntarily on 11 January 2003
    # (Saturday) for a cautioned interview")
    # ("X attended on Aug 9th, 2006 for a tape-recorded interview": taped, as a suspect's is)
    rf"|^{_ASIDE}\s*,?\s+(?:(?!(?-i:[A-Z][a-z]+ [A-Z][a-z]))(?:[^.;,]|,\s\d{{4}}\b)){{0,70}}?\b"
    r"(?P<interview>(?:a|an) (?:voluntary )?(?:cautioned interview|interview under caution)|"
    r"(?:a|an) (?:taped|tape-recorded) interview)"
    rf"|^{_ASIDE}\s*,?\s+(?P<bare>(?:re-?)?arrested|{_CUSTODY}|charged|summonsed|cautioned|reported for "
    r"(?:a )?summons|(?:interviewed|questioned) (?:\w+ ){0,2}?under caution)\b(?!\s+(?:him|her|them|me|us|"
    # (nor someone the person did it to: "X arrested the man" is the officer)
    r"(?:the|a|an|both|two|three|another|his|this|that)\b|(?-i:[A-Z][a-z]|[A-Z]{2,}\b(?!\s*[(\-:]))))"
    # A list's entry: the name, a dash, what was done to them ("HOLT Jason - detained 3 May
    # 2001; booked in", "Jason Holt - attended by arrangement; interview under caution"), not
    # what cleared them ("- traced and eliminated"). A mention may stop short of the name's last
    # forenames ("HOLT Jason" of "HOLT Jason Lee - detained").
    rf"|^(?-i:(?:\s+[A-Z][a-z]+){{0,2}}){_ASIDE}\s+[-\u2013]\s+"
    r"(?![^.]{0,90}\b(?:eliminated|cleared|ruled out|no longer a suspect|not a suspect))"
    r"[^.]{0,70}?\b(?P<dashed>detained|arrested|charged|(?:voluntary )?"
    r"(?:interview(?:ed)?|questioned) under caution|identified by|named by|picked out by)\b")
# A log's entry that names its subject first: "HOLT, Jason: arrested 12-Mar-2003", "Jason Holt:
# interviewed under caution". Read for a whole name only ("Disposal: cautioned" is a heading).
_LOGGED_AFTER = _rx(rf"^{_ASIDE}\s*:\s*(?P<bare>(?:re-?)?arrested|charged|summonsed|reported for "
                    r"(?:a )?summons|(?:interviewed|questioned) (?:\w+ ){0,2}?under caution)\b")
# What ends a log's heading with its day before the name: a colon, or a dash ("INTERVIEW UNDER
# CAUTION 2004/Mar/03 (VOLUNTARY) - X"), maybe after an aside in brackets.
_DAY_END = r"(?:\([^()]{0,30}\)\s*)?(?::|[-\u2013]\s*$)"
# The family of labels that name the suspect (search.cases.people.SUSPECT_LABEL), and a
# label's "Name of ..." or "...'s name".
_SUSPECT_LABEL = (rf"(?:(?:name|details) of (?:the )?|name \((?:the )?)?{SUSPECT_LABEL}\)?"
                  r"(?:['\u2019]s? (?:full )?(?:name|details))?")
_SUSPECT_BEFORE = _rx(
    rf"\b(?P<cue>{_SUSPECT_LABEL}|(?:re-?)?arrested(?: and (?:interviewed|charged|bailed))?|"
    r"charged|summonsed|(?:interviewed|questioned) under caution|interview under caution(?: of)?|"
    r"(?:allegations?|complaints?|disclosures?) (?:was |were )?(?:made )?(?:against|about|"
    r"regarding)|named|(?:who|whom) (?:did|does|do) [^?]{1,40}? (?:name|identify|pick out|accuse)"
    # the question's answer on its own line: "Whom does the young person name?\nA. YP-3 names "
    r"(?:\?\s*(?:A[.:]|answer:)\s*[^.;:?]{1,40}?\bnames(?=\s*$)|(?=\?))|"
    # the one a person accuses, as what he is: "The man the girl accuses is X", "the person
    # whom she named was X"
    r"(?:man|men|male|person|adult|one)\s+(?:(?:whom|who|that)\s+)?[^.;:?]{1,40}?\s+(?:accuses|accused|"
    r"names|named|identifies|identified|blames|blamed)(?=\s+(?:is|was|as)\s*$)|"
    # or by what he did to her, in anyone's words: "The man the girl says abused her is X",
    # "the man who groomed her was X"
    r"(?:man|men|male|person|adult|one)\s+(?:(?:whom|who|that)\s+)?(?:[^.;:?]{1,40}?\s+(?:says|said|"
    r"claims|claimed|alleges|alleged|states|stated|believes|believed)\s+)?(?:\w+\s+)?(?:abused|raped|"
    r"groomed|exploited|assaulted|attacked|harmed|trafficked)\s+(?:her|him|them)(?=\s+(?:is|was)\s*$)|"
    r"arrest of|charging|charge of|interview of|(?:authori[sz]ed |authori[sz]ing )?(?:the )?detention of|"
    # who the child says did it: "Pupil K told me it was "
    r"(?:told|tells|telling) (?:me|us|police|the police|(?:the |an )?officers?|staff) (?:that )?it was|"
    # a prosecutor's decision about the person: "the prosecutor refused to prosecute X", "closed,
    # no further action against X"
    r"(?:declined|refused|decided not|advised not) to (?:charge|prosecute)|"
    r"(?:nothing further(?: to do)?|no further action) against|"
    # the one who did it named before a colon: "she names the man responsible: ", "Her
    # abuser, as she identifies him: " is prose; "the man responsible: " a label; or before
    # "as", "is" or "was": "gave the name of the man responsible as X", "her abuser is X"
    r"(?:(?:names?|named|naming|identif(?:y|ies|ied)|gives?|gave)\s+)?(?:the|her|his|their)\s+"
    r"(?:(?:man|men|male|person|people|one)\s+responsible|(?:\w+\s+)?(?:abuser|offender|attacker|"
    r"perpetrator|rapist)s?)"
    # (where or when she named him, before the colon: "Child 7 named her abuser in her
    # recorded interview: ", "... during the visit: ")
    r"(?:\s+(?:in|during|at|on|to|when|while)\s+[^.;:]{1,50}?)?(?=\s*:|\s+(?:is|was|as)\s*$)|"
    r"identified|reported for "
    r"summons|(?:arrest|charge)(?=\s*(?:\([^()]{0,40}\)\s*)?(?:[:|]|\s[-\u2013]))|"
    # a disposal's words before the name: "CAUTIONED: X", "adult caution given to X"
    r"cautioned(?=\s*[:|])|caution (?:given|administered|issued) to|"
    # a custody record's heading: "Custody record opened for X"
    r"custody record (?:opened )?for|(?:suspect|offender|nominal)s? (?:nominated|"
    r"named|identified|recorded|detained|arrested|interviewed|charged)(?=\s*[:|])"
    # the label, then when or how, then what was done, up to the colon: "Suspect detained
    # 2003-Mar-04: ", "Suspect seen by appointment 3 May, cautioned and questioned: "
    # (whatever was done, "Suspect seen by appointment 3 May: ", but not the suspect's things:
    # "Suspect vehicle: ")
    r"|(?:suspect|offender|nominal)s?\s+(?![^:;|]{0,100}\b(?:not|never|eliminated|excluded|ruled out|"
    r"cleared|vehicles?|cars?|vans?|phones?|mobiles?|address(?:es)?|premises|location|description|"
    r"numbers?|tel|registration|VRM)\b)[^:;|]{0,100}?(?=\s*[:|])"
    # A checklist's question answered with the name: "Q3 anyone arrested? Yes: ", "Q5 anyone
    # named by the child? Yes: Child K names "
    # (not "anyone interviewed as a witness?")
    r"|anyone\s+(?:\w+\s+){0,2}?(?:arrested|charged|named|identified|interviewed)\b(?![^?]{0,40}"
    r"\bwitness)[^?]{0,40}\?\s*"
    # (a form's answer on the line after its question: "Q4. Anyone detained or arrested?\nA. Yes: ")
    r"(?:(?:A[.:]|answer:)\s*)?yes\b\s*[:,.\-\u2013]?(?:\s*[^.;:?]{1,40}?\bnames)?"
    # Who named the person, before the name: "Named by Child A in her video-recorded interview: "
    # (or a log's heading in capitals and a dash: "NAMED BY CHILD A - ")
    r"|(?:named|identified|picked out)(?: as (?:a |the )?(?:suspect|offender))? (?:by|in) [^:;.]{1,70}?"
    r"(?=\s*(?::|[-\u2013]\s*$))"
    # A table's label cell before the name's: "Named by Child A | X", "Interviewed
    # voluntarily | X"
    r"|named by (?-i:[A-Z][\w\-']*(?: [A-Z0-9][\w\-']*){0,2})(?=\s*\|?\s*$)"
    r"|interviewed (?:by appointment|by arrangement|voluntarily|as a volunteer|as a voluntary "
    r"(?:attendee|attender))(?:,? not arrested)?"
    # A records system's event line: "event=ARRESTED | subject=X", "event=NAMED_BY_CHILD;
    # name=X" (not a witness's interview)
    r"|event\s*=\s*(?![\w\-]*witness)[\w\-]*?(?:arrest|interview|named|suspect|charge|detain)[\w\-]*"
    r"\s*(?:::|\||;|,)\s*(?:person|name|subject|nominal)"
    # A log's fields apart by slashes or bars, led by the label: "SUSPECT / NAMED BY Child A /
    # ", "SUSPECT | ARRESTED 12MAR2003 | " (the name the field after the label, or the next).
    r"|(?:suspects?|offenders?|nominals?)\s*[/|]\s*(?:[^/|.;]{1,60}[/|])?"
    # A decision log's order: "Decision (2004 Oct 02): arrest ", "Action agreed: to arrest "
    r"|(?:decision|decided|action|agreed)\b[^.;:]{0,30}:\s*(?:to\s+)?(?:re-?)?arrest"
    # A log's heading with the day it happened: "ARREST 12.3.2003: ", "Interview under caution
    # 12 March 2003: ".
    # (an aside between: "Suspect interviewed under caution (voluntary) 10/01/02: ")
    # (not one the log says was not done: "Suspect not detained 2003-Mar-04: ")
    r"|(?<!not )(?<!never )"
    r"(?:arrest(?:ed)?|detained on suspicion|(?:interview(?:ed)?|questioned) under caution|charged?|"
    # "ARREST MADE 16.Nov.2008 - X", "Detained under arrest 4. 8. 2006: X"
    r"arrest (?:made|effected|carried out)|(?:detained|held|placed|put) under arrest)"
    # (how it was done, between the deed and its day: "Interviewed under caution by
    # arrangement on 28. 3. 2011: ", "Arrested at his home on 3 May 2004: ")
    r"(?:\s*\([^()]{0,30}\)|\s+(?:by|at|in|as|with|after)\s+[^.;:()]{1,40}?)?"
    rf"\s+(?:on\s+)?{_day('heading')}(?=\s*{_DAY_END})"
    # (the day with its weekday, or before the words: "Arrested Wed, 7 May 2008 on suspicion: ",
    # "Voluntary interview 9 Feb 2009: ")
    r"|(?<!not )(?<!never )"
    r"(?:detained|arrested|(?<!witness )voluntary interview|(?:interview(?:ed)?|questioned) under caution)"
    rf"\s+(?:on\s+)?(?:[a-z]{{3,9}},?\s+)?{_day('deed')}(?:\s+on suspicion)?(?=\s*{_DAY_END}))"
    r"(?:\(s\))?\s*(?:\d{1,2}\s*)?(?:(?:person|party|male)\s*)?(?:name|details)?"
    # The label's code in quotes: "Nominal 'B' (suspect): ".
    r"(?:\s*['\u2018\u2019\"][A-Z0-9]{1,2}['\u2019\"])?"
    # A label's aside: "Suspect (named by Child H): ", "Nominal (interviewed under caution
    # 3 May 2001, legal adviser Ann Lee): ".
    r"\s*(?:\([^()]{0,90}\)\s*)?(?:was\s+|is\s+|as\s+)?"
    # A log's columns apart by "|": "12MAR2003 | arrest | NAME".
    r"(?:\?\s*yes\b\s*[:,.\-–]?|[:,.\-–|?=]{1,2})?\s*"
    r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)?$")
_SUBJECT_BEFORE = _rx(
    r"\b(?:complainant|victim|the child|child|young person|yp|cyp|the girl|the boy|subject|"
    r"daughter|son|injured party|IP|aggrieved|person at risk|on behalf of|reported by|"
    r"disclosure (?:by|from)|(?:name of|details of) (?:the )?(?:child|victim|complainant))"
    r"\s*(?:\d{1,2}\s*)?(?:name|details)?\s*(?:,|:|\(|-)?\s*$")
_SUBJECT_AFTER = _rx(
    rf"^\s*(?:\((?:the )?(?:victim|complainant|child|IP|injured party)\)|,? (?:the|a) "
    rf"(?:victim|complainant|child|young person)\b|{_ASIDE},?\s+(?:disclosed|made a disclosure))")
_WITNESS_BEFORE = _rx(r"\b(?:witness(?:es)?|independent witness|W\d{1,2})\s*(?:\d{1,2}\s*)?"
                      r"(?:,|:|\(|-)?\s*(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)?$")
_WITNESS_AFTER = _rx(r"^\s*(?:\((?:a |the |independent )?witness\)|, (?:a|the|an independent) "
                     r"witness|,? who witnessed|witnessed|saw (?:the|him|her|them))")
# What clears a person, bound to them: a label's aside just before the name ("Nominal (traced
# and eliminated): ", "Suspect (ruled out) - "), or the name the subject of a clause that clears
# them with no other name between ("X was in custody that night and is ruled out", "X had an
# alibi, which was checked"). A person a case clears is no suspect of it, whatever else it says.
_CLEARING = (r"(?:eliminated|ruled out|excluded|cleared|not involved|no longer (?:a |the )?"
             r"suspect|not (?:a |the )?suspect|(?:an?|the) (?:\w+ ){0,2}alibi)")
_CLEARED_BEFORE = _rx(rf"\b(?:{_SUSPECT_LABEL})(?:\s*['\u2018\u2019\"][A-Z0-9]{{1,2}}['\u2019\"])?"
                      rf"\s*\([^()]{{0,60}}\b{_CLEARING}[^()]{{0,30}}\)\s*[:\-\u2013]?\s*$"
                      # a label that clears: "Not a suspect: ", "No longer a suspect - "
                      r"|\b(?:not|no longer)\s+(?:a|the)\s+(?:suspect|offender|nominal)\s*[:\-\u2013]\s*$"
                      # a table's label cell, a records system's event line
                      r"|\b(?:excluded|eliminated|ruled out|cleared) from (?:the |our )?(?:enquiry|inquiry|"
                      r"enquiries|inquiries|investigation)\s*[:\-\u2013|]?\s*$"
                      r"|\bevent\s*=\s*[\w\-]*?(?:eliminat|ruled_out|cleared|exclu)[\w\-]*\s*(?:::|\||;|,)"
                      r"\s*(?:person|name|subject|nominal)\s*[=:]\s*$"
                      # a checklist's question answered with the name: "anyone ruled out? Yes: "
                      rf"|\banyone\s+(?:\w+\s+){{0,2}}?{_CLEARING}\b[^?]{{0,30}}\?\s*(?:(?:A[.:]|answer:)\s*)?yes\b\s*[:,.\-\u2013]?\s*$")
_CLEARED_AFTER = _rx(rf"^{_ASIDE}(?:(?!(?-i:[A-Z][a-z]+ [A-Z][a-z]))[^.;]){{0,80}}?\b(?:was|is|has "
                     rf"been|had been|were|are|has|had|having)\s+(?:(?:now|since|then|also|been)\s+)?"
                     rf"{_CLEARING}"
                     # a log's entry without its auxiliary: "X ruled out: ...", "X, cleared when"
                     # (or a list's "X (Ruritanian national): ruled out, ...")
                     r"|^\s*(?:[(\[][^()\[\]]{0,40}[)\]])?\s*[,:\-\u2013]?\s+"
                     r"(?:eliminated|ruled out|cleared|excluded)\b"
                     r"(?!\s+(?:him|her|them|(?-i:[A-Z])))")
# A verb that clears the person a decision names: "eliminated X as a suspect", "ruled out X".
_CLEARING_VERB_BEFORE = _rx(r"\b(?:eliminat\w*|rul\w* out|exclud\w*|discount\w*|clear\w*|"
                            r"stood down)\s+(?:\w+\s+){0,2}$")
# A name given as the one who did it: "Child 7-B gave the name X (born ...) as the man
# responsible" (a caller who "gave the name X" gave their own).
_GAVE_NAME_BEFORE = _rx(r"\b(?:gave|provided|disclosed|offered) (?:us |me |him |her |police |officers )?"
                        r"the name\s*$"
                        # "the girl named X as the man who ...", "intelligence names X as the driver"
                        r"|\b(?:names|named|naming|described|describes)\s*$"
                        # a concern raised about the person: "colleagues raised X as a risk to her"
                        r"|\b(?:raised|raises|flagged|flags|highlighted|reported)(?: concerns?)?"
                        r"(?: about)?\s*$")
_GAVE_NAME_AFTER = _rx(rf"^{_ASIDE},?\s+as (?:the|a|one of the) (?:\w+ )?(?P<cue>man|men|male|person|"
                       r"suspect|offender|abuser|perpetrator|driver|risk|danger|threat)s?\b"
                       # the one who called or helped is no suspect
                       r"(?![^.;]{0,20}\b(?:called|rang|reported|phoned|found|helped|rescued|witnessed))")
# A caution given to the person, the name between the verb and the caution: "I gave X a formal
# adult caution", "the inspector issued X with a simple caution".
_GAVE_BEFORE = _rx(r"\b(?:gave|give|given|issued|administered)\s*$")
_CAUTION_AFTER = _rx(rf"^{_ASIDE},?\s+(?:with\s+)?(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?caution\b")
# The person taken into custody, the name between the verb and where they were taken: "officers
# took X into custody", "X, left handed" with a note after the name that no comma closes.
_TOOK_BEFORE = _rx(r"\b(?:took|take|takes|taking)\s*$")
_CUSTODY_AFTER = _rx(rf"^{_ASIDE}(?:\s*,\s*[^,.;()]{{1,30}}?)?\s+into\s+(?:police\s+)?custody\b")
# What a person named or identified is named as when it is not the one who did it: a relative,
# a friend, a professional, the one who called ("the mother named X as the caller").
_NAMED_AS_OTHER = _rx(
    rf"^{_ASIDE}\s*,?\s+as\s+(?:(?:her|his|their|the|a|an|one of the)\s+)?(?:[\w']+\s+){{0,2}}?"
    r"(?:(?:girl|best |school )?friends?|mother|father|parents?|carers?|teachers?|(?:social |key |youth )?"
    r"workers?|officers?|witness(?:es)?|caller|neighbours?|relatives?|aunt|uncle|sister|brother|"
    r"cousin|nurse|doctor|next of kin|(?:man|woman|person|one) who (?:called|rang|reported|phoned|"
    r"found|helped|rescued|witnessed))\b")
# A person present at what the sentence records (a solicitor, an appropriate adult, a parent):
# "interview under caution, X present", "X (solicitor) was present". The deed is another's.
_PRESENT_AFTER = _rx(rf"^{_ASIDE},?\s+(?:was\s+|being\s+|also\s+)?present\b(?=\s*(?:[.;,)]|$|throughout\b))")
_NOT_BEFORE = _rx(r"\b(?:not|never|no longer|decline\w*|refus\w*)\b[^.;]{0,40}$")
# A disclosure that says who did it: the name the subject of a reported clause that makes them
# one of the abusers ("Child A told her social worker that Jason Holt was one of the men").
# ("CYP-3 told officers Jason Holt was among those men": the clause without its "that").
_TOLD_THAT = _rx(r"\b(?:told|disclosed|said|stated|alleged|explained|confirmed|reported)\b[^.;]{0,60}?"
                 r"\bthat\s+$|\btold (?:officers|police|the police|us|me|her \w+ worker)\s+$")
_ONE_OF_THEM = _rx(rf"^{_ASIDE},?\s+(?:was|is|had been|has been)\s+(?:one of\s+|among\s+)?(?:the|those)\s+"
                   r"(?:\w+\s+)?"
                   r"(?P<cue>men|man|males?|abusers?|offenders?|perpetrators?|group)\b")
# Anonymised codes by their label (search.entity_kinds.anonymised).
CODE_ROLES = {"Witness": "witness", "Suspect": "suspect", "Informant": "witness"}


def role_of_code(key: str) -> RoleRule:
    """An anonymised code's role: its label says ("Witness B"); else a subject ("Child A")."""
    label = key.split(" ")[0] if " " in key else key
    role = CODE_ROLES.get(label, "subject")
    return RoleRule(role, 0.95 if role == "subject" else 0.9, f"code label {label}")


# A subject's code of a label and one word ("Girl Heron", "YP Lark", "Pupil Teasel"), which a
# language model takes for a name: the label written first says it is a code. A form's answer
# letter may come before the label ("A. Pupil" of "A. Pupil Teasel names ...").
_WORD_CODE = re.compile(r"(?:[A-Z]\.? )?(?:Child|CHILD|YP|CYP|Young [Pp]erson|Complainant|Victim|Girl|Boy|"
                        r"Minor|Student|Pupil|Resident|Juvenile|Youth)(?: [A-Z][a-z]+)?")


def _officer(before: str, written: str, after: str) -> bool:
    return bool(re.match(rf"{RANKS}\.?\s", written) or _OFFICER_BEFORE.search(before[-60:])
                or _PROFESSIONAL_BEFORE.search(before[-80:]) or _OFFICER_AFTER.match(after))


# A statement's maker ("I, X, arrested the man at 14:30"): the one who did it, not the one it
# was done to.
_MAKER_BEFORE = _rx(r"(?:^|[.;:]\s*|\b)I\s*,\s*$")
_MAKER_DID = _rx(rf"^{_ASIDE}\s*,?\s*(?:[\w ,]{{0,40}}?,\s*)?(?:then\s+|later\s+)?(?:arrested|"
                 r"interviewed|charged|cautioned|detained|took)\s+(?:the|a|an|him|her|them|(?-i:[A-Z]))")
_ARROW_END = re.compile(r"\s*(?:>>|->|=>|\u00bb|\u2192)\s*$")


def role_of_name(before: str, written: str, after: str) -> RoleRule | None:
    """A named person's role from the words around their name in one sentence: ``before`` and
    ``after`` are the sentence's text either side of ``written``."""
    # A sentence's line breaks are spaces ("interviewed under\ncaution"); same length, same offsets.
    # A table's tab before the name is its label's colon: "Person in custody<tab>X".
    before = re.sub(r"[ ]*\t[ \t]*$", ": ", before)
    before, after = re.sub(r"\s", " ", before), re.sub(r"\s", " ", after)
    # A status line's arrow before the name is its label's colon: "suspect ARRESTED >> X".
    before = _ARROW_END.sub(": ", before)
    if _WORD_CODE.fullmatch(" ".join(written.split())):
        return RoleRule("subject", 0.8, "a subject's label and code word")
    if _officer(before, written, after):
        return RoleRule("officer", 0.9, "title, collar number or job")
    if _MAKER_BEFORE.search(before[-10:]) and _MAKER_DID.match(after[:80]):
        return RoleRule("officer", 0.8, "the statement's maker made the arrest")
    if _CLEARED_BEFORE.search(before[-120:]) or _CLEARED_AFTER.match(after[:160]):
        return RoleRule(CLEARED, 0.85, "traced and eliminated")
    suspect = _SUSPECT_AFTER.match(after[:120]) or (
        _LOGGED_AFTER.match(after[:120]) if len(written.split()) > 1 else None)
    if suspect and suspect.groupdict().get("decided"):
        if _CLEARING_VERB_BEFORE.search(before[-60:]):
            return RoleRule(CLEARED, 0.85, "eliminated as a suspect")
        if _NOT_BEFORE.search(before[-60:]):
            suspect = None  # "did not treat X as a suspect"
    if suspect and len(written.split()) < 2 and any(
            suspect.groupdict().get(g) for g in ("pronoun", "caution", "recorded")):
        suspect = None  # a pronoun's person is told by a whole name, not a word ("Fernby")
    if suspect:
        named = suspect.groupdict()
        words = named.get("cue") or named.get("act") or named.get("bare") or named.get("dashed") \
            or named.get("possessed") or named.get("byname") \
            or named.get("came") \
            or named.get("interview") or named.get("volunteer") \
            or named.get("pronoun") or named.get("caution") or named.get("recorded") \
            or named.get("given") or named.get("decided") or named.get("believed") \
            or named.get("admitted") or "suspect"
        return RoleRule("suspect", 0.9, f"'{words}' after the name")
    if _GAVE_NAME_BEFORE.search(before[-40:]) and (given := _GAVE_NAME_AFTER.match(after[:80])):
        return RoleRule("suspect", 0.85, f"named as the {given.group('cue')}")
    if _GAVE_BEFORE.search(before[-20:]) and _CAUTION_AFTER.match(after[:100]):
        return RoleRule("suspect", 0.85, "given a caution")
    if _TOOK_BEFORE.search(before[-20:]) and _CUSTODY_AFTER.match(after[:100]):
        return RoleRule("suspect", 0.85, "taken into custody")
    if _TOLD_THAT.search(before[-80:]) and (told := _ONE_OF_THEM.match(after[:80])):
        return RoleRule("suspect", 0.85, f"disclosed as one of the {told.group('cue')}")
    if _PRESENT_AFTER.match(after[:60]):
        return None  # "interview under caution, X present": X sat in on it, it was not X's
    suspect = _SUSPECT_BEFORE.search(before[-120:])
    if suspect and suspect.group("cue").lower() in ("named", "identified") and _NAMED_AS_OTHER.match(after):
        suspect = None  # "named X as her daughter's friend": named, but as someone else
    if suspect:
        return RoleRule("suspect", 0.85, f"'{suspect.group('cue')}' before the name")
    done = suspect_by_grammar(before + written + after, len(before), len(before) + len(written))
    if done:
        return RoleRule("suspect", 0.85, f"'{done}': the sentence says it of the name")
    if _WITNESS_BEFORE.search(before[-30:]) or _WITNESS_AFTER.match(after):
        return RoleRule("witness", 0.8, "'witness' beside the name")
    if _SUBJECT_BEFORE.search(before[-40:]) or _SUBJECT_AFTER.match(after[:80]):
        return RoleRule("subject", 0.8, "'complainant' or 'victim' beside the name")
    return None


# Forms: a "Name:" field under a section heading ("SUSPECT DETAILS", "Nominal 2", "Victim") or
# beside a "Role: Suspect" field takes the section's role.
_NAME_FIELD = _rx(r"^\s*(?:full |person'?s? |subject'?s? )?(?:name|surname|forename\(?s?\)?|"
                  r"names?)\s*[:\-]")
_SECTION_ROLES = (
    ("suspect", rf"(?:{_SUSPECT_LABEL}|(?:arrested|charged|detained|accused) (?:persons?|males?|females?|"
                r"part(?:y|ies))|persons? (?:arrested|charged|detained|suspected|under investigation)|"
                r"(?:persons?|adults?|males?|men|man) of (?:concern|interest))"),
    ("subject", r"(?:victim|complainant|child|young person|"
     r"injured party|aggrieved|person at risk|subject)s?"), ("witness", r"witness(?:es)?"),
    ("officer", r"(?:reporting |investigating |attending |arresting |interviewing |custody )?"
                r"(?:officers?|sergeants?)|OIC|professionals?|staff"))
# (a form's numbered part before the heading: "Section 3: Suspect(s)", "Part B - ")
_SECTION = tuple((role, _rx(rf"^\s*(?:(?:section|part)\s+\w{{1,3}}\s*[:.\-\u2013]\s*)?(?:\d+[.)]\s*)?"
                            rf"{words}(?:\s*\(s\))?(?:\s*\d{{1,2}})?(?:\s+"
                            r"(?:details|name|information|record|particulars))?\s*:?\s*$"))
                 for role, words in _SECTION_ROLES)
_ROLE_FIELD = tuple((role, _rx(rf"^\s*(?:role|status|type|involvement|capacity)\s*[:\-]\s*"
                               rf"{words}\b")) for role, words in _SECTION_ROLES)


def role_of_field(lines_before: list[str], line: str, lines_after: list[str]) -> RoleRule | None:
    """The role of the person a form's "Name:" line names: a "Role: Suspect" field beside it
    (the two lines either side), else the heading of its section (the nearest heading line
    above it, at most eight lines up)."""
    if not _NAME_FIELD.match(line):
        return None
    for near in [*lines_before[-2:], *lines_after[:2]]:
        for role, field in _ROLE_FIELD:
            if field.match(near):
                return RoleRule(role, 0.85, f"form field '{near.strip()[:40]}'")
    for above in reversed(lines_before[-8:]):
        for role, heading in _SECTION:
            if heading.match(above):
                return RoleRule(role, 0.8, f"form section '{above.strip()[:40]}'")
    return None
