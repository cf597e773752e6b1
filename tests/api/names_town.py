"""A third invented town (Ravensthorpe) for the names stage: people named in full in a few
rosters and statements, then documents in which each holds one written form only (initials,
OCR slips, e-mail addresses), in the layouts of logs, minutes, statements and mail."""

from __future__ import annotations

ROSTER = ("RAVENSTHORPE DIVISION - DUTY ROSTER\n\nDS Brian Holroyd, PC 1432 Tariq Mahmood, "
          "DC Lindsey Firth, PS Declan O'Hara, PC Craig Pollard, Insp Nigel Clough, "
          "DC Gillian Horsfall, PC Kevin Morley, DS Rhona McLeish.\n")
WITNESSES = ("Witness list for the Moorside inquiry: Susan Ackroyd, Janet Clough, Ian Dobson, "
             "Irene Dobson, Oliver Hainsworth, Carol Dyer and Craig Pollart.\n")
FULL = {"roster-1.txt": ROSTER, "roster-2.txt": ROSTER.replace("DUTY", "REST DAY"),
        "witnesses-1.txt": WITNESSES, "witnesses-2.txt": WITNESSES.replace("Moorside", "Lowfold")}
INITIALS = {
    "log-1.txt": "CONTROL LOG 14/03/1998\n14:02 Call received. B. Holroyd informed.\n"
                 "14:30 Scene attended.",
    "log-2.txt": "CONTROL LOG 15/03/1998\n09:10 Exhibits booked in by Holroyd B.J. at the "
                 "front desk.",
    "log-3.txt": "INCIDENT LOG\n22:15 PC 1432 MAHMOOD T. attended the scene with the dog unit.",
    "log-4.txt": "INCIDENT LOG\n23:40 Keys handed to T Mahmood for the night shift.",
    "mins-1.txt": "MINUTES OF THE CASE CONFERENCE\nPresent: Ms L. Firth (chair), Mr O "
                  "Hainsworth, Mrs S.J. Ackroyd.\nApologies: none.",
    "mins-2.txt": "Minutes. Apologies were received from D. O'Hara and R.McLeish.",
    "stmt-1.txt": "MG11 WITNESS STATEMENT\nStatement of: C. DYER\nAge: over 18\n\n"
                  "I was at home when the officer called.",
    "stmt-2.txt": "WITNESS STATEMENT\nI handed the bag to Mr N Clough at the station.",
    "stmt-3.txt": "WITNESS STATEMENT\nI then rang Mrs J Clough, who lives at no. 4.",
    "mail-1.txt": "From: Records\nTo: Team\n\nPlease ask HAINSWORTH O to sign the form, and "
                  "copy in G.Horsfall.",
    "mail-2.txt": "Pass this to Morley K, who has the key, and to Pollard CJ.",
    "letter-1.txt": "Dear Sir,\n\nI write about the complaint made by MCLEISH R.A. last month.",
    "ambig-1.txt": "A note was left for I. Dobson at the front desk.",
    "ambig-2.txt": "Seen: Ian Dobson, Irene Dobson and DOBSON, Irene (no relation).",
}
OCR = {
    "scan-1.txt": "STATEMENT OF WITNESS\nName: Ke vin MORLEY\n\nI am a police officer.",
    "scan-2.txt": "I was on duty with Gi11ian Horsfa11 at the time.",
    "scan-3.txt": "Report by 0liver Hainsvvorth of the meeting.",
    "scan-4.txt": "Signed: Tariq Mahrnood (PC 1432)",
    "scan-5.txt": "The car was seen by Br ian Holroyd near the mill.",
    "scan-6.txt": "Statement taken by DECLAN O HARA on Tuesday.",
    "scan-7.txt": "Present at the search: Nigel C1ough and Rhona McLeisli.",
    "scan-8.txt": "Carol Dycr said she saw nothing.",
    "scan-9.txt": "SUSAN ACKR0YD SAID SHE SAW THE VAN.",
    "scan-10.txt": "The caller was Lindsey Flrth of the council.",
    # a forename with two letters swapped, written once: a typist's slip of the name written
    # often (Brian's), and no namesake that makes "B. Holroyd" or "bholroyd2@" a possible match
    "scan-11.txt": "Copy to Brain Holroyd, Moorside station.",
}
MAIL = {
    "mail-a.txt": "From: bholroyd2@ravensthorpe.police.uk\nTo: all staff\n\nMeeting at ten.",
    "mail-b.txt": "From: tariq.mahmood@ravensthorpe.police.uk\n\nThe van is back.",
    "mail-c.txt": "Reply to mahmoodt@ravensthorpe.police.uk by Friday.",
    "mail-d.txt": "From: lindsey_firth@ravensthorpe.gov.uk\n\nMinutes attached.",
    "mail-e.txt": "Cc: ohara.declan@ravensthorpe.police.uk\n\nNoted.",
    "mail-f.txt": "From: g-horsfall@ravensthorpe.police.uk\n\nAgreed.",
    "mail-g.txt": "From: kmorley12@ravensthorpe.police.uk\n\nOn my way.",
    "mail-h.txt": "From: RMcLeish@Ravensthorpe.Police.UK\n\nSee me.",
    "mail-i.txt": "From: susan.ackroyd1@hotmail.co.uk\n\nI can come on Monday.",
    "mail-j.txt": "From: c.dyer@btinternet.com\n\nThank you.",
}
FILES = {**FULL, **INITIALS, **OCR, **MAIL}
EXPECTED = {
    "Brian Holroyd": {"log-1.txt", "log-2.txt", "scan-5.txt", "mail-a.txt", "scan-11.txt"},
    "Tariq Mahmood": {"log-3.txt", "log-4.txt", "scan-4.txt", "mail-b.txt", "mail-c.txt"},
    "Lindsey Firth": {"mins-1.txt", "scan-10.txt", "mail-d.txt"},
    "Declan O'Hara": {"mins-2.txt", "scan-6.txt", "mail-e.txt"},
    "Craig Pollard": {"mail-2.txt"},
    "Craig Pollart": set(),
    "Nigel Clough": {"stmt-2.txt", "scan-7.txt"},
    "Janet Clough": {"stmt-3.txt"},
    "Gillian Horsfall": {"mail-1.txt", "scan-2.txt", "mail-f.txt"},
    "Kevin Morley": {"mail-2.txt", "scan-1.txt", "mail-g.txt"},
    "Rhona McLeish": {"mins-2.txt", "letter-1.txt", "scan-7.txt", "mail-h.txt"},
    "Susan Ackroyd": {"mins-1.txt", "scan-9.txt", "mail-i.txt"},
    "Oliver Hainsworth": {"mins-1.txt", "mail-1.txt", "scan-3.txt"},
    "Carol Dyer": {"stmt-1.txt", "scan-8.txt", "mail-j.txt"},
    "Ian Dobson": {"ambig-2.txt"},
    "Irene Dobson": {"ambig-2.txt"},
}
