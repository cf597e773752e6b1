"""E-mail threads between council and police officers, 2002-2006.

Replies quote their parent in Outlook's "-----Original Message-----" style and carry
In-Reply-To/References, so both header threading and quoted-text handling can be tested.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

# The texts are written in the cast's terms: every module uses most of it.
from ingest.samples.cast import *
from ingest.samples.doc import Doc, DocBuilder, MailMeta, plain_body, rng_for
from ingest.samples.texts_council import minutes_2004
from ingest.samples.texts_reports import closing_report

POLICE_STAFF = (WHITLOCK, ROWCLIFFE)
SIGNATURE = {
    ODUYA: "Social Worker, Children and Families, Harwick Borough Council",
    KERSLAKE: "Team Manager, Children and Families, Harwick Borough Council",
    HOLLIS: "Assistant Director (Children and Families), Harwick Borough Council",
    TOLLEY: "Officer in Charge, Ferncliffe House",
    DANBY: "Councillor, Moor Ward",
    WHITLOCK: "Public Protection Unit, Harwick Police Station",
    ROWCLIFFE: "Detective Inspector, Harwick CID",
}


def address(p: Person, year: int) -> str:
    if p in POLICE_STAFF:
        # Police directories listed people surname first with rank and number.
        shown = f"{p.surname}, {p.forename} {p.rank(year)} {p.number}"
        return f'"{shown}" <{p.forename.lower()}.{p.surname.lower()}@{MAIL_DOMAIN_POLICE}>'
    return f"{p.name} <{p.forename[0].lower()}.{p.surname.lower()}@{MAIL_DOMAIN_COUNCIL}>"


@dataclass(frozen=True)
class Msg:
    key: str
    when: datetime
    sender: Person
    to: tuple[Person, ...]
    cc: tuple[Person, ...]
    body: tuple[str, ...]
    prefix: str = ""
    attach: str = ""


def _message_id(seed: int, msg: Msg) -> str:
    token = hashlib.sha1(f"{seed}:{msg.key}".encode()).hexdigest()[:12].upper()
    domain = MAIL_DOMAIN_POLICE if msg.sender in POLICE_STAFF else MAIL_DOMAIN_COUNCIL
    return f"<{msg.when:%Y%m%d%H%M%S}.{token}@{domain}>"


def thread(seed: int, subject: str, msgs: list[Msg], attachments: dict[str, Doc]) -> list[Doc]:
    docs: list[Doc] = []
    ids: list[str] = []
    for msg in msgs:
        year = msg.when.year
        subj = f"{msg.prefix} {subject}".strip()
        mid = _message_id(seed, msg)
        slug = re.sub(r"[^A-Za-z0-9]+", "_", subj).strip("_")[:60]
        b = DocBuilder(f"email/{msg.when:%Y-%m-%d_%H%M}_{slug}.eml", "email", "eml", subj,
                       msg.sender.name, msg.when)
        b.para(*msg.body)
        b.sign(msg.sender.form("full"), SIGNATURE[msg.sender])
        if docs:
            parent, pm = docs[-1], msgs[len(docs) - 1]
            b.quote("\n".join([
                "-----Original Message-----",
                f"From: {pm.sender.form('index')}",
                f"Sent: {pm.when:%d %B %Y %H:%M}",
                f"To: {'; '.join(p.form('index') for p in pm.to)}",
                f"Subject: {parent.title}", "", plain_body(parent.blocks)]))
        meta = MailMeta(address(msg.sender, year), tuple(address(p, year) for p in msg.to),
                        tuple(address(p, year) for p in msg.cc), subj, mid,
                        ids[-1] if ids else "", tuple(ids))
        extra = [attachments[msg.attach]] if msg.attach else []
        docs.append(b.build(mail=meta, attachments=extra))
        ids.append(mid)
    return docs


def call_notes(seed: int) -> Doc:
    rng = rng_for(seed, "mail-call-notes")
    b = DocBuilder("call_notes_DW.txt", "note", "txt", "Call notes", TOLLEY.name,
                   datetime(2002, 3, 11, 16, 0))
    b.para(f"Ferncliffe House - calls to {DW.initials}'s mobile, March 2002 (staff notes)", "")
    for day in (2, 4, 6, 8, 9):
        hour = rng.randint(20, 22)
        b.para(f"{day:02d}/03/02 {hour}{rng.randint(0, 5)}0  {DW.initials} took a call in the "
               f"lounge from {CARVER_MOBILE.number}" + (", [[said it was Denny again]]."
                                                       if day == 8 else "."))
    return b.build()


def mail_docs(seed: int) -> list[Doc]:
    d = datetime
    mobile = CARVER_MOBILE.number
    files = {"notes": call_notes(seed), "draft": minutes_2004(seed, draft=True),
             "closing": closing_report(seed)}
    files["draft"].path = "Strategy meeting 14-10-04 DRAFT.docx"
    files["closing"].path = "Larkspur closing report 1999.pdf"
    a = thread(seed, f"Ferncliffe House - calls from mobile {mobile}", [
        Msg("a1", d(2002, 3, 11, 16, 42), ODUYA, (KERSLAKE,), (TOLLEY,), (
            "David,", f"Brian tells me {DW.initials} has had calls on her mobile most evenings "
            f"this month from {mobile}. Twice she went missing afterwards. Staff notes attached.",
            "[[Could we hold a strategy meeting this week?]]"), attach="notes"),
        Msg("a2", d(2002, 3, 12, 9, 15), KERSLAKE, (ODUYA,), (TOLLEY, HOLLIS), (
            "Janet,", "Yes. [[Please book Room 4 for Thursday]] and I will ask the police to "
            "attend. The number rings a bell from the Larkspur days."), prefix="RE:"),
        Msg("a3", d(2002, 3, 12, 9, 31), KERSLAKE, (WHITLOCK,), (), (
            "Sarah,", f"See below. Is {mobile} known to you? [[We think it may be Dennis "
            "Carver]] again."), prefix="FW:"),
        Msg("a4", d(2002, 3, 12, 14, 5), WHITLOCK, (KERSLAKE,), (ODUYA,), (
            "David,", f"Yes - [[that number is attributed to Carver]] on our systems, and it is "
            f"in regular contact with a mobile used by {STOKES.form('full')}. I will come to "
            "Thursday's meeting."), prefix="RE:"),
    ], files)
    b = thread(seed, "Strategy meeting 14 October - draft minutes", [
        Msg("b1", d(2004, 10, 15, 11, 20), ODUYA, (HOLLIS, KERSLAKE, WHITLOCK, TOLLEY), (), (
            "All,", "Draft minutes of yesterday's meeting attached. "
            "[[Please send corrections by Wednesday]]."), attach="draft"),
        Msg("b2", d(2004, 10, 15, 13, 2), WHITLOCK, (ODUYA,), (HOLLIS, KERSLAKE, TOLLEY), (
            "Janet,", "One correction at item 1: the Mondeo was seen in the Bramley Road lay-by, "
            f"[[not at the Canal Street garages]]. The garages were {CARVER.surname}'s lock-up "
            "in the Larkspur days."), prefix="RE:"),
        Msg("b3", d(2004, 10, 18, 8, 50), HOLLIS, (ODUYA,), (KERSLAKE, WHITLOCK), (
            "Thanks Janet. With Sarah's correction the minutes are approved.",
            f"[[Please do not copy the minutes to members]]; I will brief "
            f"{DANBY.form('title')} in general terms only."), prefix="RE:"),
        Msg("b4", d(2004, 10, 18, 10, 12), ODUYA, (HOLLIS, KERSLAKE, WHITLOCK, TOLLEY), (), (
            "All,", "The final version is on the shared drive under Children and Families. "
            f"[[{STOKES.surname} and {CARVER.surname} are named in item 1]] as before."),
            prefix="RE:"),
    ], files)
    c = thread(seed, "Historic review - Operation Larkspur files", [
        Msg("c1", d(2005, 11, 21, 15, 37), ROWCLIFFE, (HOLLIS,), (), (
            "Margaret,", "As discussed, I attach the 1999 closing report for Operation Larkspur. "
            "[[The decision log is missing from our file]]."), attach="closing"),
        Msg("c2", d(2005, 11, 23, 10, 4), HOLLIS, (ROWCLIFFE,), (DANBY,), (
            "Alan,", "Thank you. Our own records are incomplete: [[the November 1996 minutes "
            "were never filed]] centrally, although a copy may survive in the team's files."),
            prefix="RE:"),
        Msg("c3", d(2005, 11, 24, 18, 26), DANBY, (HOLLIS,), (), (
            "Margaret,", f"[[I was never given the names]] {STOKES.surname} or "
            f"{CARVER.surname} when I asked for a briefing in 1998."), prefix="RE:"),
        Msg("c4", d(2006, 1, 10, 9, 12), ROWCLIFFE, (HOLLIS,), (WHITLOCK, DANBY), (
            "Margaret,", "Agreed. [[We will make a joint referral]] to the Inquiry this month."),
            prefix="RE:"),
    ], files)
    press = thread(seed, "Press enquiry - Harwick Evening Echo", [
        Msg("s1", d(2003, 5, 2, 19, 48), DANBY, (HOLLIS,), (), (
            "Margaret,", "[[A reporter from the Echo rang me at home]] asking about Ferncliffe "
            "House and 'a police operation in the nineties'. I have said nothing.")),
    ], files)
    return a + b + c + press
