"""The outcome a sentence records, in the words UK forces and councils use for it, with the NFA's
reason. Pure functions of text; the register (search.cases.register) applies them to every
sentence of a case and keeps the latest stated one.

The closed list (search.cases.vocabulary): charged (charged, summonsed, postal requisition,
reported for summons, Home Office outcome 1); cautioned (simple, conditional or youth caution,
reprimand, final warning, community resolution, outcomes 2, 3 and 8); NFA (no further (police)
action, NFA, a decision not to charge; and the finalisations that are an NFA by their reason:
insufficient evidence, evidential difficulties, victim or complainant declined to support, not
in the public interest, no realistic prospect of conviction, CPS advice of no charge, outcomes
14 to 16 and 21); filed (filed, filed pending further information, undetected, closed with no
suspect, outcome 18); open (ongoing, under investigation, re-opened, released under
investigation). A sentence that says none of them records no outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search.cases.clauses import outcome_by_grammar, said_as_condition


@dataclass(frozen=True)
class OutcomeRule:
    outcome: str
    reason: str | None
    at: int  # offset in the sentence of the words that say it


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_VICTIM = (r"(?:victim|complainant|injured party|IP|aggrieved|young person|YP|CYP|girl|boy|pupil|"
           r"(?:she|he|they|child|parent|family)\w*)")
_DECLINED = (r"(?:did not|does not|would not|do not|didn't|doesn't|declined to|declines to|"
             r"unwilling to|refused to|(?:not|no longer) willing to|no longer wish(?:ed|es)? to|"
             r"not prepared to|"
             r"withdrew (?:her |his |their )?support|will not|won't|did not want to|chose not to|"
             # a participle's reason: "the victim declining to give evidence"
             r"declining to|refusing to|unwilling to|choosing not to|"
             r"(?:own )?wish(?:es|ed)? not to|not wishing to|not wanting to|"
             # the verb "want" in any tense with its negation: "she no longer wants to go ahead"
             r"(?:does not|doesn't|no longer) want(?:s|ed)? to|"
             # "she has decided against going ahead with it"
             r"decided against|decides against|deciding against)")
_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("victim did not support", _rx(
        rf"\b{_DECLINED}\b[\w ,'/]{{0,40}}?\b(?:support|engage|co-?operate|provide (?:a )?"
        r"statement|make (?:a )?(?:formal )?(?:statement|complaint)|pursue|proceed|go ahead|"
        r"giv(?:e|ing) evidence"
        r"|assist|back|carry on|continue|go on|go through|go (?:any )?further"
        # "declined to take it further"
        r"|take (?:it|this|things|the (?:matter|case|complaint)) (?:any )?further)|"
        r"\bwithdr(?:[ae]wn?|aws|awing)\b|"
        r"\bpulled out\b|\bretract|"
        # "she asked us to stop": a letter to the family
        r"\basked (?:us|police|the police|officers) to (?:stop|leave it|drop it|let it go)\b|"
        # "as the girl asked for the case to end"
        r"\basked for (?:it|the (?:case|investigation|enquiry|matter)) to "
        r"(?:stop|end|be (?:stopped|dropped))\b|"
        # "out of respect for the wishes of Young person Finch"
        rf"\bwish(?:es)? of (?:the )?{_VICTIM}\b|"
        r"\basked that (?:it|the (?:case|investigation|enquiry|matter)) (?:stop|end|be (?:stopped|dropped"
        r"|ended))\b|"
        r"(?<!could )(?<!can )\bnot support(?:ing|ive)?\b|\bvictim based\b|"
        # the victim's support ended, by its lemma: "no longer supports", "victim disengaged"
        r"\bno longer (?:support|engag|assist|co-?operat|wish)\w*|"
        r"\b(?:victim|complainant|injured party|she|he|the (?:girl|boy|child|young person))\s+"
        r"(?:has\s+|had\s+)?disengag\w*|"
        # "respecting the wish of YP3 not to go further", "she wants no part in a prosecution"
        r"\bwish(?:es)? of [^.;]{1,40}? not to (?:go|proceed|pursue|take)\b|"
        # "closed at the request of the victim", "at her own request"
        rf"\bat the (?:request|wish(?:es)?) of (?:the )?{_VICTIM}|\bat (?:her|his|their) (?:own )?request\b|"
        # whoever's wish it was, when it is not a professional's: "at the wish of Person J"
        r"\bat the (?:request|wish(?:es)?) of (?!(?:the |a |our |my )?(?:CPS|Crown|prosecut\w*|lawyers?|"
        r"solicitors?|officers?|inspector|superintendent|police|court|DI|DCI|supervisor|sergeant)\b)|"
        r"\b(?:wants?|wanted|wanting) no part in\b|"
        # "the girl wants nothing further done", "the family wished no further action"
        r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?) (?:nothing|no) (?:more|further) (?:done|action)\b|"
        rf"\b{_VICTIM} (?:declined|declines|refused|refuses)\b|\boutcome 16\b|"
        # a log's shorthand: "NFA - vic no supp", "NFA (IP unwilling)"
        r"\b(?:vic|IP|comp)\.? (?:no|not|won't|declin\w*|withdr\w*|unwilling)\.? ?supp\w*")),
    ("not in public interest", _rx(r"\bpublic (?:interest|good|benefit|value)\b|"
                                   r"\bthe public no (?:good|benefit|value)\b|"
                                   # "a trial would serve no one"
                                   r"\bserv(?:e|es|ed|ing) (?:nobody|no one|no-one|no (?:useful )?purpose)\b|"
                                   # "a prosecution helps no one", "a trial does the public no
                                   # good", "thought pointless for the public"
                                   r"\b(?:trial|prosecution|court case)\b[^.;]{0,40}?\b(?:(?:benefit|help)s?"
                                   r" (?:nobody|no one|no-one)|no good|pointless|of no benefit)\b|"
                                   r"\boutcome (?:10|21)\b|"
                                   # "the public gains nothing from a prosecution"
                                   r"\bpublic (?:gains?|gained|would gain|stands? to gain|benefits?) "
                                   r"nothing\b|"
                                   # a slip's "(PI test failed)"
                                   r"\bPI test\b|"
                                   # "would not benefit the community", "against the wider
                                   # good": the public's interest named as the community's
                                   r"\b(?:not|no|never)\b[^.;]{0,20}?\b(?:benefit|help|serve)\w* "
                                   r"(?:the )?(?:community|public)\b|"
                                   r"\b(?:wider|common|greater|general) good\b|"
                                   # "of no benefit to the public", "no value for the public"
                                   r"\b(?:benefit|good|value|use|interest) (?:to|of|for) the public\b|"
                                   # a log's "NFA (PI)", "NFA/PI"
                                   r"\bNFA\W{1,3}PI\b|"
                                   # "a trial judged not worth its cost to the public"
                                   r"\bnot worth\b[^.;]{0,30}?\bpublic\b")),
    # in an NFA's sentence a lawyer's advice is the prosecutor's ("the reviewing lawyer advised")
    ("cps advice", _rx(r"\bCPS\b|Crown Prosecution|\bprosecutor|\bcharging advice\b|\blawyers?\b")),
    ("insufficient evidence", _rx(
        r"\b(?:insufficient|not sufficient|not enough|lack of|want of|"
        r"no (?:supporting |corroborating |further )?)"
        r"(?: \w+)? (?:evidence|proof)\b|\bevidential(?:ly)? (?:threshold|test|stage|difficult\w*|"
        r"insufficien\w*)|\bno realistic prospect\b|\bevidentially\b|\boutcome 1[45]\b|"
        r"\b(?:evidence|proof) (?:(?:is|was|were|being) )?(?:insufficient|not sufficient|not enough)\b|"
        r"\b(?:could|can|would) ?not be prov(?:ed|en)\b|\bunprovable\b|"
        # "we could not have proved the offence", "we could never prove that"
        r"\b(?:could|can|would)(?: ?not|n't| never) (?:have )?prov(?:e|ed|en)\b|"
        r"\b(?:insufficient|not sufficient|not enough) (?:evidence )?to (?:charge|prosecute|"
        r"bring (?:a )?charges?|proceed)\b|\b(?:fell|falls|fall|falling) short\b|\bshortfall\b|\btoo little "
        r"evidence\b|\bwould not sustain\b|\bcharging standard\b|"
        # "falls below the charging threshold", "could not reach the standard a court requires"
        # (or short of it, under it: "evidence short of the charging threshold")
        r"\b(?:below|short of|under|beneath) the (?:\w+ )?(?:threshold|standard)\b|"
        r"\b(?:could|did|would|does|do) not (?:reach|meet|"
        r"satisfy) the (?:\w+ )?(?:standard|threshold|test)\b|"
        # the Code for Crown Prosecutors' first test: "the threshold test is not met"
        r"\b(?:threshold|evidential|full code) test (?:is |was |has |had )?(?:not|never) (?:been )?"
        r"(?:met|passed|satisfied)\b|\b(?:evidence|proof)\b[^.;]{0,30}?\b(?:too (?:thin|weak|limited)|not "
        r"(?:being |so |very )?(?:strong|good) enough)\b|"
        # "proof against him is lacking", "the evidence found could not support a charge"
        r"\b(?:evidence|proof)\b[^.;]{0,40}?\b(?:is|was|being|are|were) lacking\b|"
        r"\b(?:evidence|proof)\b[^.;]{0,40}?\b(?:could|did|would|does|can) not support (?:a |any )?"
        r"(?:charge|prosecution|conviction)\b|"
        # "what we hold would never convince a court"
        r"\b(?:would|could|will|can) (?:never|not) (?:convince|persuade|satisfy) (?:(?:a|the|any) )?"
        r"(?:court|jury|magistrates|bench)\b|"
        # "we could not gather enough evidence"; a log's "evid insuff"
        r"\b(?:could|can|did|was|were)(?: not|n't) (?:\w+ ){0,2}enough (?:evidence|proof)\b|"
        r"\bevid\w*\.? insuff\w*|\binsuff\w*\.? evid\w*|"
        # "NFA (evidential)"; nothing to corroborate the account
        r"\bNFA\W{1,3}(?:evid\w*|EV)\b|\bno corroborat\w*|\buncorroborated\b|"
        r"\black of corroborat\w*|"
        # "we never had enough for a jury"; "our evidence would never have got past a lawyer"
        # ("we don't have enough evidence to take it to court")
        r"\b(?:never|not|didn't|did not|don't|do not) (?:have |had |get |got )?enough "
        r"(?:evidence |proof )?(?:for|to) "
        r"(?:[\w']+ ){0,3}?(?:a |the |any )?(?:jury|court|charge|prosecut\w*|trial|conviction)\b|"
        r"\b(?:evidence|proof)\b[^.;]{0,40}?\b(?:never|not) (?:have )?(?:got|get|gotten|made it) past\b")),
)
# A sentence that gives one of these reasons for a closure is an NFA even without saying so
# ("Closed: evidential difficulties, victim declined to support").
_NFA_BY_REASON = _rx(
    r"\bevidential difficult\w*|\bno realistic prospect of (?:a )?conviction\b|\binsufficient "
    r"evidence\b|\bnot in the public interest\b|\b(?:victim|complainant|IP|injured "
    rf"party) (?:has |had )?{_DECLINED} (?:support|engage|assist|co-?operate|proceed|pursue)|"
    r"\bCPS (?:advice|advised|decision)\W{0,3}\s*(?:was )?(?:no charge|not to charge|NFA|no "
    r"further action)|\b(?:charge|charges|prosecution) (?:was |were )?not (?:authorised|approved)"
    r"|\bCPS (?:declined|refused) to (?:charge|prosecute|authorise)|\boutcome (?:1[0456]|21)\b"
    r"|\badvised (?:no|against) (?:charge|charging|prosecution)\b|\b(?:contrary to|against) the "
    r"public interest\b|"
    # a prosecutor's refusal of the authority a charge needs ("the duty lawyer refused
    # authority to charge", "no authority to charge was given")
    r"\b(?:refused|declined|withheld|denied) (?:the )?(?:charging )?authority to charge\b|"
    r"\bno (?:charging )?authority to charge\b|"
    # "the public interest weighs against one", "weighed the public interest against a trial"
    r"\bpublic interest\b[^.;]{0,30}?\bagainst\b|"
    # "not required in the public interest"; "the public interest test not met"; a shortfall
    # of evidence said in other words ("there is not sufficient evidence")
    r"\b(?:not|no longer) (?:required|needed|justified|warranted) in the public interest\b|"
    r"\bpublic interest (?:test|stage) (?:was |is |has )?(?:not|never) (?:been )?(?:met|passed)\b|"
    r"\b(?:not sufficient|insufficient) evidence\b|"
    # a register's heading of the decision: "No prosecution: ..."
    r"^\W*no prosecution\b|"
    # a label's answer: "Decision: no charge."
    r"(?:^|[:\-\u2013]\s*)no (?:charges?|prosecution)\s*\.?\s*$|"
    # the Code's test not met: "the case did not meet the test for charge"
    r"\b(?:did|does|do|would|could|will) not (?:reach|meet|satisfy|pass) the (?:\w+ )?(?:standard|"
    r"threshold|test)\b")
# Nobody charged: the subject, not the verb, says no ("with nobody charged", "no one was
# prosecuted"), which a charge's rule would otherwise read as a charge.
_NOBODY_CHARGED = (r"\b(?:nobody|no one|no-one|none of them)\s+(?:(?:was|were|has been|had been|"
                   r"will be|is to be|to be|being|got)\s+)?(?:charged|prosecuted|summonsed)\b")
_NFA = _rx(
    r"\bNFA(?:'?d|'?ed)?\b|\bN\.F\.A\b|\b(?:no|without(?: any)?) further (?:police |formal )?action\b|"
    r"\bnot (?:to )?be (?:progressed|pursued|taken (?:any )?further)\b|"
    # a decision's infinitive: "NAME not to be prosecuted"
    r"\bnot to be (?:prosecuted|charged|summonsed)\b|"
    r"\b(?:take|takes|taking|taken|took) (?:it |the (?:matter|case|investigation) )?no further\b|"
    r"\b(?:decision (?:was (?:made|taken) )?|decided |agreed |resolved )not to (?:charge|"
    r"prosecute|proceed)\b|\b(?:will|would|shall|to) take no (?:further )?action\b|"
    r"\bno charges? (?:was|were|will be|would be) (?:brought|laid|"
    r"authorised)\b|\b(?:CPS|Crown Prosecution Service) (?:advised|decided|declined) (?:that )?"
    r"(?:no|not)\b|\bno action (?:to be |was |will be )?taken\b|"
    # "no charge to follow", "closed without anyone being prosecuted"
    r"\bno charges? (?:to follow|will follow|would follow|to be brought)\b|"
    # "no proceedings follow": no prosecution, the police's NFA
    r"\bno (?:criminal )?proceedings\b|"
    # "the case is closed with no action", "the investigation ended without any charge"
    r"\bclosed with (?:no|no further) action\b|\b(?:ended|closed|concluded|finished|stopped|halted|dropped) "
    r"without (?:any |a )?(?:charges?|prosecution|further action)\b|\bwithout (?:anyone|anybody) "
    r"(?:being )?(?:prosecuted|charged)\b|"
    # "we closed the enquiry with no charge", "nothing further by police"
    r"\b(?:ended|closed|concluded|finished)\b[^.;]{0,25}?\bwith no (?:charges?|prosecution)\b|"
    r"\bnothing further (?:by|from) (?:the )?police\b|"
    # a prosecutor's or a lawyer's refusal in any words ("the Crown Prosecution Service declined
    # to authorise a charge", "the reviewing lawyer would not charge")
    r"\b(?:CPS|Crown Prosecution Service|prosecutors?|lawyers?)\b[^.;]{0,25}?\b(?:declined|refused|"
    r"would not|did not|will not) (?:to )?(?:charge|prosecute|authori[sz]e)\b|"
    # "there should be no prosecution", "advised that no charge be brought"
    r"\bthere (?:should|would|will|could|is to) be no (?:charges?|prosecution|further action)\b|"
    r"\bno charges? (?:be|should be|to be|could be) (?:brought|laid|preferred)\b|"
    # a charge denied by its subject: "the enquiry ended with nobody charged", "no one was
    # prosecuted"
    rf"{_NOBODY_CHARGED}|"
    # "closed, nothing more to be done": no further action in other words
    r"\bnothing (?:further|more) (?:(?:is |was )?to (?:be )?do(?:ne)?|(?:was |will be |to be )?done)\b")
_CAUTIONED = _rx(
    r"\b(?:was|were|has been|had been|be|being) (?:formally |simply )?(?:cautioned|reprimanded)"
    r"\b(?! (?:and|for|at)? ?(?:interviewed|under))|\b(?:received|receives?|given|issued|accept(?:ed|ing|s)?|"
    r"administered|offered) (?:with )?an? (?:(?:formal|simple|police|adult|youth|conditional) )"
    r"{0,3}(?:caution|reprimand|final warning|community resolution)\b|\b(?:conditional|simple|formal"
    r"|youth|adult) caution\b(?! (?:and )?interview)|\bdisposed of by (?:way of )?(?:a )?"
    r"(?:caution|community resolution)|\b(?:dealt with|resolved|finali[sz]ed) by (?:way of |means of )?"
    r"(?:an? )?"
    r"(?:(?:formal|simple|adult|youth|conditional) )?(?:caution|reprimand|community resolution)\b|"
    r"\b(?:outcome|result|disposal) (?:was|is|had been) (?:an? )?(?:(?:formal|simple|adult|youth|"
    r"conditional) )?(?:caution|reprimand|final warning|community resolution)\b|"
    r"\b(?:final warning|reprimand(?:ed)?|community resolution)\b|"
    r"\boutcome [238]\b|\bcautioned (?:after|on) (?:admitting|admission|confessing|(?:he|she) admitted)\b|"
    # a status history's change to its new state; a meeting's "finalised with a formal caution"
    r"(?:>>|->|=>|\u2192|\u00bb)\s*cautioned\b|"
    r"\bfinali[sz]ed (?:as|by|with) (?:a |an )?(?:(?:formal|simple|adult|youth|conditional) )?"
    r"(?:caution|reprimand)\b|"
    # A status print's line: "Cautioned: NAME" (not a form's "Cautioned: no")
    r"(?:^|[.;]\s+)cautioned\s*:\s*(?!(?:no|none|n/?a|not)\b)(?-i:[A-Z][a-z])|"
    r"\b(?:took|takes|taken|taking) (?:a |an )?(?:(?:formal|simple|police|adult|youth|"
    r"conditional) )?(?:caution|reprimand|final warning)\b|"
    # a caution given to someone, or "a formal caution was given"; "Caution given." alone, or
    # "the caution was given", is the words said on an arrest
    r"\b(?:(?:an?|formal|simple|conditional|youth|adult|police) caution|reprimand|final warning)"
    r"\s+(?:was\s+)?(?:issued|given|administered)\b|"
    r"\bcaution\s+(?:was\s+)?(?:issued|given|administered)(?:\s+to\b|\s*:)"
    # A log's entry, the auxiliary left out: the name, then "cautioned", with no object of its
    # own ("HOLROYD, Dean cautioned, the offence admitted"; "cautioned him" is an arrest's words).
    r"|(?-i:\b[A-Z\u00c0-\u00de\u0100-\u017f][\w'\-]+(?:,? [A-Z\u00c0-\u00de\u0100-\u017f][\w'\-]+)+)"
    # an aside with a number between the name and the word: "(DOB 1.2.70)", ", weight 9 st 2 lb"
    r"(?:\s*(?:\([^()]{0,40}\)|\[[^\[\]]{0,40}\])|,[^,.;()]{0,30}\d[^,.;()]{0,20})?"
    r"\s+cautioned\b"
    r"(?!\s+(?:him|her|them|me|"
    r"under|and interviewed|(?-i:[A-Z])))"
    # a caution named as the disposal: "a caution was the appropriate disposal"
    r"|\b(?:caution|reprimand|community resolution)\b[^.;]{0,25}?\b(?:disposal|outcome)\b"
    # a log's "caut admin", "caution admin'd"
    r"|\bcaut(?:ion)?\.?\s+admin(?:istered|'?d)?\b"
    # a finalisation's "as CAUTIONED: NAME"
    r"|\bas cautioned\s*:")
_CHARGED = _rx(
    r"\b(?:was|were|is|are|has been|have been|had been|being|been|subsequently|then|duly) (?:charged|"
    r"summonsed|summoned|requisitioned|reported for (?:a )?summons)\b|\bcharged (?:him|her|them"
    r"|with)\b|\b(?:CPS|Crown Prosecution Service) (?:authorised|approved|advised) (?:a |the )?"
    r"charges?\b|\bcharges? (?:was |were |has been )?authori[sz]ed\b|\bauthori[sz]ed (?:a |the )?"
    r"charges?\b(?! (?:was|were) (?:not|refused))|\bconvicted\b|\bpleaded guilty"
    r"\b|\bsentenced\b|\bpostal requisition\b|\breport(?:ed)? for (?:a )?summons\b|\bsummons "
    r"(?:was |were )?(?:issued|served)\b|\bcharge(?:d)? and (?:bailed|remanded)\b|"
    r"\boutcome 1\b(?! ?\d)|\bcharged\?\s*yes\b|\bcharged (?:on|at) [^;]{1,40}?\bwith\b|"
    r"\b(?:has |have |had )?"
    r"(?:faced|facing|faces) (?:a |the )?(?:criminal )?charges?\b"
    # a decision's "enough to charge", not "not enough to charge"; "he now faces (the offence)"
    r"|(?<!not )(?<!n't )(?<!never )\benough (?:evidence )?to charge\b|\bnow (?:faces|stands trial)\b"
    # A finalisation's "CHARGE/REQUISITION", bail to appear at court, a decision's "charge X with"
    r"|\bdetected by (?:way of )?(?:charge|summons|postal requisition)\b"
    # a status history's change to its new state ("INVESTIGATING >> CHARGED"), a meeting's
    # "finalised with a charge", "to face trial at the Crown Court"
    r"|(?:>>|->|=>|\u2192|\u00bb)\s*(?:charged|charge|summonsed)\b"
    r"|\bfinali[sz]ed (?:as|by|with) (?:a |the )?(?:charge|summons|postal requisition)\b"
    r"|\bto face (?:the )?(?:court|trial|magistrates|crown court)\b"
    # "X put before the court on a charge of ...": a prosecution begun
    r"|\b(?:put|brought|placed) before (?:the )?(?:court|magistrates|justices|crown court|youth court)\b"
    # what the investigation concluded with: "it had concluded with NAME, a note on him,
    # charged over ..."; a decision's "Proceed to trial: NAME"
    r"|\b(?:ended|concluded|closed) with\b[^.;]{1,120}?\bcharged (?:over|with|for|in connection)\b"
    r"|(?:^|[|:;.]\s*)proceed(?:ed)? to (?:court|trial|prosecution)\b"
    # A status print's line: "Charged: NAME, offence" (not a form's "Charged: no")
    r"|(?:^|[.;]\s+)charged\s*:\s*(?!(?:no|none|n/?a|not)\b)(?-i:[A-Z][a-z])"
    r"|\bcharge ?(?:/|or|and) ?(?:postal )?requisition\b|\bbailed to (?:appear (?:at|before) )?(?:the )?"
    r"(?:magistrates|crown court|youth court|court)\b|\b(?:decision|decided|agreed)\b[^.;:]{0,30}:\s*"
    r"(?:to\s+)?charge\b(?=[^.;]{1,80}\bwith\b)"
    # A court date as the result ("NAME (31) to appear at the magistrates for ..."), not a
    # witness's; a charging authority received (not one asked for, refused or withheld).
    r"|(?<!asked )(?<!asked her )(?<!asked him )\b(?:to|will|shall) appear (?:at|before) (?:the )?"
    r"(?:magistrates|crown court|youth court|court)\b(?![^.;]{0,60}\bas (?:a |the )?witness)"
    r"|(?<!refused )(?<!declined )(?<!withheld )(?<!denied )(?<!no )\b(?:charging authority|"
    r"authority to charge) (?:was |has been |had been )?(?:received|given|granted|obtained)\b"
    # A log's entry, the auxiliary left out: the name (and an aside), then "charged" with no
    # object of its own ("HOLROYD Dean (DOB 1.2.70) charged (rape)"; "charged Smith" is not).
    r"|(?-i:\b[A-Z\u00c0-\u00de\u0100-\u017f][\w'\-]+(?:,? [A-Z\u00c0-\u00de\u0100-\u017f][\w'\-]+)+)"
    # an aside with a number between the name and the word: "(DOB 1.2.70)", ", weight 9 st 2 lb"
    r"(?:\s*(?:\([^()]{0,40}\)|\[[^\[\]]{0,40}\])|,[^,.;()]{0,30}\d[^,.;()]{0,20})?"
    r"\s+charged\b"
    r"(?!\s+(?:him|her|them|me|us|(?-i:[A-Z])))"
    # the court's words for a prosecution begun: "indicted", "sent for trial", "committed to the
    # crown court"; a log's shorthand "chgd"; charges "laid" or "preferred" (not "no charges")
    r"|\bindicted\b|\b(?:sent|committed) (?:for trial|to (?:the )?crown court)\b|\bchg'?d\b"
    r"|(?<!no )\bcharges? (?:was |were |has been |have been |had been )?(?:laid|preferred)\b"
    # a decision to charge (not "not to charge"), a meeting's "the charging of NAME"
    r"|\b(?:decision|decided|agreed|resolved)\b[^.;:]{0,30}?(?<!not )\bto charge\b"
    r"(?![^.;]{0,40}\b(?:awaited|pending|sought|requested|outstanding|not|refused)\b)"
    # the prosecutor's authority to the police ("authorised the police to charge X"), a
    # prosecution begun, a charge named as the outcome
    r"|(?<!not )\bauthori[sz]ed (?:the police |officers |police |us |the officer in the case )?to charge\b"
    r"|\bprosecution\b[^.;]{0,40}?\b(?:began|begun|commenced|started)\b"
    r"|\b(?:outcome|result|disposal) (?:was|is|had been) (?:a |the )?(?:charge|summons|postal requisition)\b"
    # a log's shorthand with its subject: "susp CHG x2", "offender chgd"
    r"|\b(?:susp|suspect|offender|nominal|he|she)\.?\s+(?:chg|chgd|chg'd)\b"
    r"|\bthe charging of\b|\b(?:must|will|to|shall) (?:now )?answer (?:the |a |for )?charges?\b"
    # a custody sergeant's acceptance of the charge put ("accepted my charge of NAME"); a
    # finalisation's "as CHARGED: NAME"
    r"|(?<!not )(?<!never )\baccepted (?:my|the|our|his|her|a) charges? (?:of|against)\b"
    r"|\bas charged\s*:")
_NOT_CHARGED = _rx(r"\b(?:not|never|no(?:t been)?) (?:be(?:en)? )?(?:charged|summonsed)\b|"
                   rf"\bwithout charge\b|{_NOBODY_CHARGED}")
_FILED = _rx(
    r"\bundet(?:ected)?\b|\b(?:crime|case|investigation|matter|report|it|occurrence|incident) (?:was "
    r"|has been |is |had been )?(?:filed|written off)\b(?! by)|\bfiled (?:pending|as|with no|no "
    r"further|awaiting|until)|\bno (?:further )?(?:lines of enquiry|lines of inquiry)\b|\bclosed"
    r"\W{1,3}(?:no|with no|as no) (?:suspects?|offenders?)(?: identified)?\b|"
    # "No suspect identified" alone is where an enquiry stands ("at this time"), not how it ended.
    r"\bno (?:named |identified )?suspects?\b"
    r"[^.]{0,30}\bclosed\b|\bfiled\W{1,3}(?:pending|awaiting)|\boutcome 18\b|"
    r"\bclosed\b[^.]{0,60}\b(?:never|not|could not|did not) (?:learn|learned|learnt|find out|found "
    r"out|identify|identified|establish|established) who (?:was|were|is) responsible\b|"
    # "submit the file for filing, the culprit being unknown"
    r"\bfor filing\b|\b(?:had|have|has|decided|agreed|going) to file (?:it|this|the case|the matter)\b|"
    r"\bfiled (?:the|this) (?:case|crime|matter|report|investigation)\b|"
    # "we closed the investigation without finding who did it"
    r"\bwithout (?:finding|learning|identifying|tracing|establishing) (?:out )?who (?:did|was "
    r"responsible|committed)\b|"
    r"\b(?:culprit|offender|perpetrator)s? (?:being|is|was|remains?|still) "
    r"(?:unknown|unidentified|not identified)\b|"
    # "closed as the culprit could not be traced", "perpetrator never identified"
    # ("Offender not identified." alone is where the enquiry stands, as "No suspect identified" is)
    r"\b(?:culprit|offender|perpetrator)s? (?:(?:could|can|was|were|has|had) (?:not|never)|never) "
    r"(?:be |been )?(?:identified|traced)\b")
# What is done to a case taken up again, whatever the verb: "revived", "resumed", "reactivated",
# "recommenced", "restarted", "relaunched", "reinstated", "picked up again", "looked at afresh".
_RESTARTED = (r"revived|resumed|re-?activated|re-?commenced|re-?started|re-?launched|reinstated|"
              r"(?:taken|picked) up again|looked at (?:afresh|again)")
_OPEN = _rx(
    # "it can be reopened" says what may happen, not what did
    # a decision to reopen: "the review decided to reopen the investigation"
    r"\b(?:(?:decided|agreed|decision|resolved) (?:was (?:taken|made) )?to re-?open\b|"
    # a reopening in other words: "the enquiry was reinvestigated", "the case was revived",
    # "the investigation resumed", "taken up again", "a fresh investigation began"
    r"(?:was|were|been|being) re-?(?:investigated|examined)\b|"
    r"(?:case|investigation|enquiry|inquiry|matter|crime)\b(?:\s+\w+){0,2}?\s+"
    r"(?:was |were |has been |had been )?"
    rf"(?:{_RESTARTED})\b|"
    r"(?:began|begun|launched|opened|started) (?:a |the )?fresh (?:investigation|enquiry|inquiry)\b|"
    r"fresh (?:investigation|enquiry|inquiry) (?:was |has been |had been )?"
    r"(?:began|begun|launched|opened|started)\b|"
    r"(?<!can be )(?<!could be )(?<!may be )(?<!might be )re-?opened|remain(?:s|ed)? open|"
    r"still open|(?:investigation|enquiry|inquiry|enquiries|inquiries) (?:is |are |"
    r"remain |remains |to )?(?:still )?(?:ongoing|continuing|continues|continue|go on|goes on|carry on|"
    # "enquiries still running", "the investigation is under way"
    r"carries on|running|under ?way|in progress)\b|"
    # a finalisation field that says the case is not finalised: still open
    r"not (?:yet )?(?:finalised|finalized)\b|"
    r"being re-?investigated|re-?investigation"
    # "Re-investigation concluded 1 Feb 2013" ends the reopening; the outcome is said elsewhere.
    r"(?!\W{1,3}(?:closed|concluded|completed?|finalised|finalized|ended))"
    # "Offence under investigation: ..." is a form's field, not the case's state
    r"|under (?:active )?investigation(?!\s*:)|released under investigation|\bRUI\b|enquiries (?:are )?"
    r"continuing|(?:case|investigation|crime|matter|enquiry) (?:is|remains|stays|"
    # a decision that it stays so: "investigation to stay live", "the case will remain open"
    r"(?:is )?to (?:stay|remain)|will (?:stay|remain)) (?:still )?(?:live|active|open)|"
    r"still being investigated|"
    # The copula a form leaves out: "investigation open", "case still live".
    r"(?:case|investigation|enquiry|enquiries|matter|file) (?:still )?(?:open|live)(?!\w)|"
    # a message to the family: "still working on it", "still looking into it"
    r"still (?:(?:working on|looking into) (?:it|this|the case|the matter)|investigating)\b|"
    # "the investigation has not yet ended and remains open"
    r"(?:has|had) not (?:yet )?ended and (?:stays|remains) (?:live|open|active)|"
    r"awaiting (?:a |the )?(?:(?:CPS|charging|prosecution|Crown Prosecution Service)\s+)+(?:decision|advice)|"
    r"(?:enquiries|inquiries|lines of (?:enquiry|inquiry)) (?:are |remain |still )?outstanding|"
    # "some lines of inquiry still remain", a decision "to keep the case live"
    r"lines of (?:enquiry|inquiry) (?:still )?remain(?:s|ing)?|"
    r"(?:keep|kept|keeping|to stay) (?:it |the (?:case|investigation|enquiry|crime) )?(?:active|live|open)|"
    r"bail pending\b|(?:outcome|result|"
    r"disposal)(?: type| code)? pending|(?:live|active) (?:investigation|enquiry|inquiry)|(?:was |were )?"
    r"bailed (?:pending|to return)|further (?:work|enquiries|inquiries|investigation) (?:is |are )?"
    r"(?:needed|required|outstanding|ongoing|continuing))\b")
_CLOSED = _rx(r"\b(?:closed|closing|close|ended|concluded|stopped|halted|dropped|dropping|wound up) "
              r"(?:the|this|our|its|their) "
              r"(?:case|investigation|"
              r"enquiry|inquiry|matter|crime)\b")
# The case's ending in any voice: "the investigation ended", "the file was put away", "the matter
# has been discontinued", a log's "Closed, ..." at the head of its entry. Alone it does not say
# how the case ended; the reason or the unsolved words with it do (``_ended``).
_ENDING = _rx(
    r"\b(?:case|investigation|enquiry|inquiry|enquiries|matter|crime|file|report|it)\b(?:\s+\w+){0,2}?\s+"
    r"(?:was |were |has been |had been |have been |is |being )?(?:closed|ended|concluded|finished|"
    r"stopped|halted|dropped|discontinued|shelved|abandoned|put away|finali[sz]ed|brought to an end|"
    r"wound up|terminated|shut)\b|^\W*(?:case |investigation |enquiry |matter )?(?:closed|ended|"
    r"discontinued|finali[sz]ed|concluded)\b")
# Nobody found to answer for it: a closure with these words is a filing.
_UNSOLVED = _rx(
    r"\bunsolved\b|\b(?:nobody|no one|no-one|no suspects?|no offenders?)\s+(?:(?:could|can|was|were|has|"
    r"had)\s+)?(?:(?:not|ever)\s+)?(?:be\s+|been\s+)?(?:identified|traced|found|named)\b|"
    r"\b(?:offender|culprit|perpetrator|suspect)s?\s+(?:is\s+|was\s+|remains?\s+|being\s+|still\s+)?"
    r"(?:unknown|unidentified|untraced)\b|"
    r"\b(?:unable to|could not|cannot|can't|did not|failed to|never) (?:identify|trace|find)(?: out)? "
    r"(?:the (?:person|people|man|men|offender|culprit|perpetrator)s?|who)\b|"
    # the doer described, then never found: "whoever did this was never identified", "the men
    # responsible were not traced"
    r"\b(?:whoever|(?:the )?(?:man|men|person|people|one|ones|offenders?|culprits?)\s+(?:who|that|"
    r"responsible))\b[^.;]{0,40}?\b(?:never|not)\s+(?:having\s+)?(?:been\s+)?(?:identified|traced|found|"
    r"named)\b")
# A letter's "we are dropping the investigation": the police take no further action (a filing
# says who could not be found, ``_UNSOLVED``).
_DROPPED = _rx(r"\b(?:are|were|is|was|have|had|has|we're|we've) (?:now )?(?:been )?dropp(?:ed|ing) "
               r"(?:the|this|our|its) (?:investigation|case|enquiry|inquiry|matter|crime)\b")
_RELEASED_UNCHARGED = _rx(r"\breleased without (?:charge|further action)\b")
# A prosecutor's advice given as an NFA's reason says no: "on CPS advice - no charge".
_REFUSAL = _rx(r"\b(?:no|not|declin\w*|refus\w*|against|insufficient|never)\b")
_HISTORY = _rx(r"\b(?:previous(?:ly)?|prior|history|antecedents?|record shows|criminal record|"
               r"convictions? for|has (?:a )?(?:previous|record))\b")
_REOPENED = _rx(rf"re-?open|re-?investigat|re-?examined|{_RESTARTED}|afresh|fresh "
                r"(?:investigation|enquiry|inquiry)")
_LABELLED = _rx(
    r"\b(?:outcome|result|disposal|status|crime status|finalisation|finalization|closure(?: "
    r"reason)?|decision|current status|final outcome|resolution|O/C|res|disp|outc|"
    # a finalisation's stamp, with its day and who signed it: "FINALISED 3 May 2004 by the DI :: NFA"
    r"finali[sz]ed\b[^:;|]{0,60}?\bby\s+[^:;|]{1,40}?)"
    # What was done to it: "Finalisation authorised: CAUTION", "Outcome recorded on 3.5.04: NFA".
    r"(?:\s+(?:authori[sz]ed|recorded|confirmed|agreed|approved|entered))?"
    # what it was recorded as: "disposal agreed as CHARGED", "DISPOSAL RECORDED AS: CHARGE"
    r"(?:(?<=ed)\s+as\b(?=\s*:|\s+(?-i:[A-Z]{3,})\b))?"
    # The date a log writes between the label and its colon: "OUTCOME 2001-05-03: ".
    r"(?:\s+(?:w\.e\.f\.?|with effect from|as (?:at|of)|from|on|of|dated)?\s*"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)[\w/.,\- ]{3,16}?\s*:|"
    # A system's status rows: "status change CHG - charged: NAME".
    r"\s*[:\-–=]|(?<=status) change(?:d)?\b"
    # A verb of recording, then the status in capitals, no colon: "disposal entered CHARGE - X"
    r"|(?<=ed|as)(?=\s+(?-i:[A-Z]{3,})\b)"
    # A checklist's question with its day in words: "Q4 result as at Monday the 3rd of May 2004? "
    r"|\s+as\s+(?:at|of)\s+[\w,./\- ]{3,40}?\s*[:?]"
    # A form's numbered question: "Q7 Outcome of investigation? ".
    r"|(?:\s+of\s+(?:the\s+)?\w+)?\s*\?)\s*"
    # the answer's letter on a question-and-answer form: "Outcome of enquiry? A. Charge"
    r"(?:\|?\s*(?:(?-i:A)[.:]\s+|answer:\s*))?")


def nfa_reason(text: str) -> str | None:
    """The reason an NFA sentence gives: the one written first ("NFA, insufficient evidence;
    CPS advice not sought" is insufficient evidence), but a victim's not supporting before the
    evidential difficulty it causes."""
    found = []
    for name, rx in _REASONS:
        matches = list(rx.finditer(text))
        if name == "victim did not support":  # "the evidence held would not support any charge"
            matches = [m for m in matches
                       if not _EVIDENCE_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
        worded = [m for m in matches if not _NUMBERED.match(m.group())]
        if matches:
            found.append(((worded or matches)[0].start(), name, not worded))
    if any(not numbered for *_rest, numbered in found):
        # "Outcome 15: the prosecutor advised no charge": a number one register gives two
        # reasons is told apart by the words after it.
        found = [f for f in found if not f[2]]
    names = {name for _at, name, _numbered in found}
    if {"victim did not support", "insufficient evidence"} <= names:
        # "Evidential difficulties, victim declined to support": the difficulty is the victim's.
        return "victim did not support"
    return min(found)[1] if found else None


_NUMBERED = _rx(r"outcome \d")
# The evidence, not the victim, as what fails to support a prosecution.
_EVIDENCE_BEFORE = _rx(r"\b(?:evidence|proof)\b[^.;,]{0,20}$")


# A records system's code before the status it stands for: "CHG - charged", "NFA-EV - ...".
_STATUS_CODE = re.compile(r"[|:]?\s*[A-Z]{2,5}(?:-[A-Z]{1,5})?\s+[-–]\s+")


def _labelled(text: str) -> OutcomeRule | None:
    """"Outcome: Summonsed", "Status - filed pending further information": the words after the
    label read by the rules, first; a bare "Charged" or "Open" counts there."""
    label = _LABELLED.search(text)
    if label is None:
        return None
    rest = text[label.end():]
    rest = re.sub(r"^[:|]+\s*", "", rest)  # a stamp's doubled separator: ":: CHARGED ::"
    rest = rest[code.end():] if (code := _STATUS_CODE.match(rest)) else rest
    # a records system's code for it ("result=CHG", "UNDET", "CAUT") or its word
    bare = re.match(r"(?P<word>charged|charge|CHG|summons(?:ed)?|cautioned|caution|CAUT|reprimand|NFA"
                    r"|filed|undetected|UNDET|open|re-?opened|ongoing|live|pending|none yet|closed)\b",
                    rest,
                    re.IGNORECASE)
    found = _stated(rest)
    if found is None and bare is not None:
        word = bare.group("word").lower()
        outcome = {"summonsed": "charged", "summons": "charged", "charge": "charged", "chg": "charged",
                   "pending": "open",
                   "caution": "cautioned", "caut": "cautioned", "reprimand": "cautioned", "undet": "filed",
                   "undetected": "filed", "ongoing": "open", "live": "open", "reopened": "open",
                   "re-opened": "open", "none yet": "open"}.get(word, word)
        found = None if outcome == "closed" else OutcomeRule(outcome, None, 0)
    if found is None:
        return None
    reason = nfa_reason(text) if found.outcome == "nfa" else None
    return OutcomeRule(found.outcome, reason, label.start() + found.at)


# A force's own disposal code with its meaning in brackets: "Clear-up C1 (charge)", "N5 (NFA,
# evidential shortfall)", "Outcome type 1 (charge/summons)": the meaning says the outcome,
# whatever the code.
_CODED = re.compile(r"(?:\b[A-Z]{1,3}-?|\b(?i:outcome|disposal|result|finalisation|clear-?up(?: method)?|"
                    r"method)(?:\s+(?i:type|"
                    r"code|class))?\s+)\d{1,2}[A-Z]?\s*\((?P<meaning>[^()]{2,60})\)")
_MEANINGS = (("charged", r"charge[sd]?|summons(?:ed)?|requisition"),
             ("cautioned", r"(?:\w+ )?caution(?:ed)?|reprimand|final warning|community resolution"),
             ("nfa", r"NFA|no further action"), ("filed", r"filed|undetected|no suspect"),
             ("open", r"open|ongoing|live|active|re-?opened"))


def _coded(text: str) -> OutcomeRule | None:
    for code in _CODED.finditer(text):
        meaning = code.group("meaning")
        for outcome, words in _MEANINGS:
            if re.match(rf"(?:{words})\b", meaning, re.IGNORECASE):
                reason = nfa_reason(text[code.start():]) if outcome == "nfa" else None
                return OutcomeRule(outcome, reason, code.start())
    return None


# A denial just before a disposal's words: "was not cautioned", "never given a caution".
_DENIED_BEFORE = _rx(r"\b(?:not|never|no)\b[^.;]{0,20}$")


def _stated(text: str) -> OutcomeRule | None:
    """The outcome written in a sentence's own words (see ``outcome_of``)."""
    reopened = _OPEN.search(text)
    if reopened and _REOPENED.search(reopened.group()):
        # "Position of the reinvestigation: NAME cautioned": a heading's reopening, and the
        # outcome after its colon.
        heading = re.match(r"[^.;:]{0,40}?:\s*", text[reopened.end():])
        after = outcome_of(text[reopened.end() + heading.end():]) if heading else None
        if after is not None and heading is not None:
            return OutcomeRule(after.outcome, after.reason, reopened.end() + heading.end() + after.at)
        # "re-opened and he was charged": the charge is the later event; so is a caution
        # ("relaunched in 2021; Smith was cautioned"), unless the words deny it.
        charged = _CHARGED.search(text, reopened.end())
        if charged and not _NOT_CHARGED.search(text):
            return OutcomeRule("charged", None, charged.start())
        cautioned = _CAUTIONED.search(text, reopened.end())
        if cautioned and not _DENIED_BEFORE.search(text, reopened.end(), cautioned.start()):
            return OutcomeRule("cautioned", None, cautioned.start())
        return OutcomeRule("open", None, reopened.start())
    nfa = _NFA.search(text) or _NFA_BY_REASON.search(text)
    if nfa:
        return OutcomeRule("nfa", nfa_reason(text), nfa.start())
    # "we closed the case after the prosecutor told us not to charge": a closure that gives an
    # NFA's reason is that NFA (one that gives none may be a filing: left to the rules below)
    closed = _CLOSED.search(text)
    if closed and (reason := nfa_reason(text[closed.end():])) is not None:
        return OutcomeRule("nfa", reason, closed.start())
    if (ended := _ended(text)) is not None:
        return ended
    if _DROPPED.search(text) and not _UNSOLVED.search(text):
        return OutcomeRule("nfa", nfa_reason(text), _DROPPED.search(text).start())
    charged = _CHARGED.search(text)
    if charged and not _NOT_CHARGED.search(text) and not _history(text, charged.start()):
        return OutcomeRule("charged", None, charged.start())
    for outcome, rx in (("cautioned", _CAUTIONED), ("filed", _FILED), ("open", _OPEN)):
        found = rx.search(text)
        if found and not (outcome == "cautioned" and (
                _history(text, found.start()) or _arrest_caution(text, found))):
            return OutcomeRule(outcome, None, found.start())
    return None


def _ended(text: str) -> OutcomeRule | None:
    """A case's ending in any voice with what ended it: an NFA's reason ("the enquiry ended, the
    evidence falling short"; a prosecutor's advice only with a refusal in it) or nobody found to
    answer ("the file was put away unsolved"). A charge in the sentence is left to its rule
    ("closed after he was charged")."""
    ending = _ENDING.search(text) or _CLOSED.search(text)
    if ending is None or (_CHARGED.search(text) and not _NOT_CHARGED.search(text)):
        return None
    reason = nfa_reason(text)
    if reason == "cps advice" and not _REFUSAL.search(text):
        reason = None
    if reason is not None:
        return OutcomeRule("nfa", reason, ending.start())
    if _UNSOLVED.search(text):
        return OutcomeRule("filed", None, ending.start())
    if _RELEASED_UNCHARGED.search(text):  # "released without charge and the case closed"
        return OutcomeRule("nfa", None, ending.start())
    return None


# The time of day after a caution: "caution administered 06:34", "caution given at 14.10" (not
# a day written with dots, "3.05.2004").
# (a bare caution is the noun alone: "was cautioned at 14:30" is said of a disposal too)
_DISPOSAL_CAUTION = _rx(r"\b(?:formal|simple|conditional|adult|youth|police)\b|\bcautioned\b")
_TIMED = re.compile(r"\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b(?![./]\d)(?:\s*(?:hrs|hours))?")


def _arrest_caution(text: str, found: re.Match[str]) -> bool:
    """The caution an arrest or an interview is made under, not a caution as the outcome: the
    reply it drew follows it ("Caution given, no reply", an arrest's entry of its own), or the
    time of day a bare caution was said at ("caution administered 06:34": a disposal is named
    as one, "a simple caution at 14:30", or dated)."""
    return bool(re.match(r"[^.;]{0,30}\b(?:no |made no |made a )?repl", text[found.end():],
                         re.IGNORECASE)) or (bool(_TIMED.match(text[found.end():]))
                                             and not _DISPOSAL_CAUTION.search(found.group(0)))


def _history(text: str, at: int) -> bool:
    """A conviction or caution of the past, not this case's outcome: the words before it say
    so ("previously convicted of theft", "a prior caution for assault")."""
    return bool(_HISTORY.search(text[max(0, at - 40) : at]))


# A sentence that gives the reason for the outcome the sentence before it records: "No further
# action. Reason: the complainant does not support a prosecution."
_REASON_LABEL = _rx(r"^\W*(?:reason(?: for (?:the )?(?:decision|closure|NFA))?|rationale|grounds|"
                    r"because|this is because)\b\W*")


# An NFA stated alone at the end of its sentence, a status line's ("Status from 3 May 2004: NFA."):
# the sentence after it gives its reason without a "Reason:" label.
_BARE_NFA = _rx(r"(?:\bNFA(?:/[A-Z]{1,4})?|\bno further action)\W*$")


def reason_of(text: str, before: OutcomeRule | None, before_text: str = "") -> OutcomeRule | None:
    """The NFA ``before`` (the outcome of ``before_text``, the sentence before) with the reason
    this sentence gives it, when this one is that NFA's reason ("Reason: ...", or any sentence
    after an NFA stated alone, ``_BARE_NFA``); None otherwise."""
    if before is None or before.outcome != "nfa" or before.reason is not None or not (
            _REASON_LABEL.match(text) or _BARE_NFA.search(before_text)):
        return None
    reason = nfa_reason(" ".join(text.split()))
    return OutcomeRule("nfa", reason, 0) if reason else None


# A grid of result boxes, one crossed: "[ ] charge [X] no further action [ ] open; grounds: ...".
_BOX_EMPTY = re.compile(r"\[ ?\]|\u2610")
_BOX_CROSSED = re.compile(r"(?:\[ ?[xX\u2713\u2714\u2717\u2718] ?\]|[\u2611\u2612]) ?"
                          r"(?P<label>[^\[\];:|\u2610-\u2612]{2,40})")
_BOX_WORDS = (("charged", r"charge[sd]?|summons(?:ed)?|requisition"),
              ("cautioned", r"(?:\w+ )?caution(?:ed)?|reprimand|final warning|community resolution"),
              ("nfa", r"NFA|no further (?:police )?action"),
              ("filed", r"filed|undetected|no suspect"),
              ("open", r"open|ongoing|live|active|under investigation|re-?opened"))


def _ticked(text: str) -> OutcomeRule | None:
    """The outcome of a grid of result boxes where one is crossed and the rest are empty: the
    crossed box's label, whatever the other boxes' labels say (an NFA's reason from the words
    after the grid)."""
    crossed = list(_BOX_CROSSED.finditer(text))
    if len(crossed) != 1 or not _BOX_EMPTY.search(text):
        return None
    box = crossed[0]
    label = box.group("label").strip()
    for outcome, words in _BOX_WORDS:
        if re.match(rf"(?:{words})\b", label, re.IGNORECASE):
            after = _BOX_EMPTY.split(text[box.end():])[-1]
            reason = nfa_reason(after) if outcome == "nfa" else None
            return OutcomeRule(outcome, reason, box.start())
    return None


@lru_cache(maxsize=1 << 16)  # a sentence is asked again as the one before the next
def outcome_of(text: str) -> OutcomeRule | None:
    """The outcome a sentence records, or None. A grid of boxes with one crossed first, then a
    labelled one ("Outcome: ..."); then reopening and NFA before the rest ("NFA: no charges
    were brought" is an NFA; "re-opened after the NFA" is open). A line break inside the
    sentence is a space."""
    text = " ".join(text.split())
    found = _ticked(text) or _labelled(text) or _coded(text)
    if found is not None:
        return found
    found = _stated(text)
    if found is not None and said_as_condition(text, found.at):
        return None  # "If he is charged we will let you know": what may happen
    return found or _by_grammar(text)


def _by_grammar(text: str) -> OutcomeRule | None:
    """The outcome the sentence's grammar states where no wording above reads it ("Police
    charged John Smith", "Nobody will be prosecuted"), an NFA with the reason it gives."""
    found = outcome_by_grammar(text)
    if found is None or _history(text, found[1]):
        return None  # "previously charged with theft": a past case's
    outcome, at = found
    return OutcomeRule(outcome, nfa_reason(text) if outcome == "nfa" else None, at)
