"""The name authority's matcher (search.name_authority): every written form of a person named
in full, linked only when one person holds it."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person, merge_ocr_slips, same_people

PEOPLE = [Person("helen mary ashworth", "Helen Mary Ashworth"),
          Person("robert lumb", "Robert Lumb"), Person("darren kearney", "Darren Kearney"),
          Person("helen ashford", "Helen Ashford")]


def _links(text: str, people: list[Person] = PEOPLE) -> dict[str, tuple[str | None, str]]:
    return {link.text: (link.key, link.rule) for link in NameAuthority(people).find(text)}


@pytest.mark.parametrize(("written", "key"), [
    ("HELEN ASHWORTH", "helen mary ashworth"), ("ASHWORTH, Helen", "helen mary ashworth"),
    ("H.M. Ashworth", "helen mary ashworth"), ("H Ashworth", "helen mary ashworth"),
    ("Ashworth, H.", "helen mary ashworth"), ("DC Ashworth", "helen mary ashworth"),
    ("PC 2217 LUMB", "robert lumb"), ("Bob Lumb", "robert lumb"),
    ("He1en Ashworth", "helen mary ashworth"), ("Hélen Ashworth", "helen mary ashworth"),
    ("helen.ashworth", "helen mary ashworth"), ("Helen Ashford", "helen ashford"),
])
def test_every_written_form_links_to_its_person(written: str, key: str) -> None:
    # A span ends with its last word: the stop after an initial is not part of it.
    assert _links(f"Seen by {written} on Monday.")[written.rstrip(".")][0] == key


def test_a_form_two_people_hold_is_a_possible_match() -> None:
    people = [*PEOPLE, Person("harry ashworth", "Harry Ashworth")]
    link = next(lk for lk in NameAuthority(people).find("Then H. Ashworth left.")
                if lk.text == "H. Ashworth")
    assert link.key is None
    assert link.candidates == ("harry ashworth", "helen mary ashworth")


def test_a_title_the_person_is_known_by_decides() -> None:
    people = [Person("helen ashworth", "Helen Ashworth", titles={"dc"}),
              Person("harry ashworth", "Harry Ashworth")]
    assert _links("DC Ashworth took it.", people)["DC Ashworth"] == ("helen ashworth",
                                                                      "title-known")


def test_no_lone_surname_and_no_other_name_links() -> None:
    assert _links("Ashworth and Helen Ashwood met Mr Smith.") == {}


def test_ocr_slips_merge_but_decoys_do_not() -> None:
    merged = merge_ocr_slips({"darren kearney": 10, "darrcn kearney": 1, "helen ashworth": 9,
                              "helen ashwarth": 1, "helen ashwortb": 1, "karen kearney": 1})
    assert merged == {"darrcn kearney": "darren kearney", "helen ashwortb": "helen ashworth"}
    people = [Person("darren kearney", "Darren Kearney", aliases={"darrcn kearney"})]
    assert _links("Darrcn Kearney", people)["Darrcn Kearney"][0] == "darren kearney"


# A town of our own (Holmbridge): each form is the only one of its person in the text.
TOWN = [Person("gareth pickles", "Gareth Pickles"), Person("wendy jane oldroyd", "Wendy Jane Oldroyd"),
        Person("imran sadiq", "Imran Sadiq"), Person("colin dyson", "Colin Dyson"),
        Person("colin tyson", "Colin Tyson"), Person("maureen crabtree", "Maureen Crabtree"),
        Person("maureen crabtre", "Maureen Crabtre")]


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Entry by G. Pickles at 09:10.", "G. Pickles", "gareth pickles"),
    ("Entry by G.R. Pickles at 09:10.", "G.R. Pickles", "gareth pickles"),
    ("Entry by GR Pickles at 09:10.", "GR Pickles", "gareth pickles"),
    ("ENTRY BY GR PICKLES AT 09:10.", "GR PICKLES", "gareth pickles"),
    ("Entry by W.J. Oldroyd.", "W.J. Oldroyd", "wendy jane oldroyd"),
    ("Entry by WJ OLDROYD.", "WJ OLDROYD", "wendy jane oldroyd"),
    ("Entry by W. Oldroyd.", "W. Oldroyd", "wendy jane oldroyd"),
    ("Seen by PS 604 Sadiq.", "PS 604 Sadiq", "imran sadiq"),
    ("Seen by PC 3318 PICKLES.", "PC 3318 PICKLES", "gareth pickles"),
    ("Seen by DS Oldroyd.", "DS Oldroyd", "wendy jane oldroyd"),
    ("Seen by Insp. Sadiq.", "Insp. Sadiq", "imran sadiq"),
    ("From: gpickles@holmbridge.police.uk", "gpickles", "gareth pickles"),
    ("From: imransadiq@holmbridge.gov.uk", "imransadiq", "imran sadiq"),
    ("From: gareth.pickles@holmbridge.police.uk", "gareth.pickles", "gareth pickles"),
    ("To: w.oldroyd@holmbridge.gov.uk", "w.oldroyd", "wendy jane oldroyd"),
    ("Statement of Imran Sadlq, aged 41.", "Imran Sadlq", "imran sadiq"),
    ("Statement of Garcth Pickles.", "Garcth Pickles", "gareth pickles"),
    ("Statement of Gareth Pickies.", "Gareth Pickies", "gareth pickles"),
    ("Statement of Gareth Pick1es.", "Gareth Pick1es", "gareth pickles"),
    ("Statement of Imran 5adiq.", "Imran 5adiq", "imran sadiq"),
    ("To: w.j.oldroyd@holmbridge.gov.uk", "w.j.oldroyd", "wendy jane oldroyd"),
    ("To: g.r.pickles@holmbridge.gov.uk", "g.r.pickles", "gareth pickles"),
])
def test_initials_titles_emails_and_slips_link(text: str, written: str, key: str) -> None:
    links = {link.text: link.key for link in NameAuthority(TOWN).find(text)}
    assert links.get(written) == key, links


def test_decoys_one_letter_apart_stay_apart() -> None:
    links = {link.text: link.key for link in NameAuthority(TOWN).find(
        "Colin Dyson met Colin Tyson, then Maureen Crabtree and Maureen Crabtre.")}
    assert links == {"Colin Dyson": "colin dyson", "Colin Tyson": "colin tyson",
                     "Maureen Crabtree": "maureen crabtree", "Maureen Crabtre": "maureen crabtre"}


def test_short_words_in_capitals_are_not_initials() -> None:
    links = NameAuthority(TOWN).find("REPORT BY PICKLES. HANDED TO OLDROYD AT 10:00.")
    assert [link.text for link in links] == []


def test_the_title_before_a_full_name_is_read_and_decides() -> None:
    from search.name_authority import shared_surnames, with_titles

    people = NameAuthority([Person("nadia hirst", "Nadia Hirst"), Person("paul hirst", "Paul Hirst")])
    assert shared_surnames(people) == {"hirst"}
    links = people.find("Entry by DS 1204 Nadia HIRST and Mr Paul Hirst.")
    assert [(lk.key, lk.title) for lk in links] == [("nadia hirst", "ds"), ("paul hirst", "mr")]
    assert NameAuthority(people.people.values()).find("DS Hirst")[0].key is None
    titled = with_titles(people, {"nadia hirst": {"ds"}, "paul hirst": {"mr"}})
    assert [lk.key for lk in titled.find("DS Hirst rang Mr Hirst.")] == ["nadia hirst", "paul hirst"]


@pytest.mark.parametrize(("text", "written"), [
    ("Gareth Pickles's van was outside.", "Gareth Pickles"),
    ("Ann Lee-Bottomley attended.", "Ann Lee-Bottomley"),
    ("LEE-BOTTOMLEY, Ann attended.", "LEE-BOTTOMLEY, Ann"),
    ("A. Lee-Bottomley attended.", "A. Lee-Bottomley"),
])
def test_possessives_and_double_barrelled_surnames(text: str, written: str) -> None:
    people = [*TOWN, Person("ann lee-bottomley", "Ann Lee-Bottomley")]
    links = {link.text: link.key for link in NameAuthority(people).find(text)}
    assert links.get(written) in {"gareth pickles", "ann lee-bottomley"}, links


# A third town (Calderbrook): the forms the evaluation found short, each alone in its text.
CALDER = [Person("helen margaret ashworth", "Helen Margaret Ashworth"),
          Person("paul tordoff", "Paul Tordoff"), Person("simon marsden", "Simon Marsden"),
          Person("dermot hinchliffe", "Dermot Hinchliffe"),
          Person("kathleen brearley", "Kathleen Brearley"),
          Person("andrew holdsworth", "Andrew Holdsworth"),
          Person("michael thornton", "Michael Thornton"),
          Person("rachel sutcliffe", "Rachel Sutcliffe"), Person("rachel sutcliff", "Rachel Sutcliff")]


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Seen by ASHWORTH H today.", "ASHWORTH H", "helen margaret ashworth"),
    ("Seen by Ashworth H.M. today.", "Ashworth H.M", "helen margaret ashworth"),
    ("Seen by Helen M. Ashworth today.", "Helen M. Ashworth", "helen margaret ashworth"),
    ("Seen by Paul J. Tordoff today.", "Paul J. Tordoff", "paul tordoff"),
    ("Seen by Dermot Hinchlife.", "Dermot Hinchlife", "dermot hinchliffe"),
    ("Seen by Dermot Hinchliiffe.", "Dermot Hinchliiffe", "dermot hinchliffe"),
    ("Seen by Dermott Hinchliffe.", "Dermott Hinchliffe", "dermot hinchliffe"),
    ("Seen by Micliael Thornton.", "Micliael Thornton", "michael thornton"),
    ("Seen by MICHAEL TLIORNTON.", "MICHAEL TLIORNTON", "michael thornton"),
    ("Seen by Kathleen Brearly.", "Kathleen Brearly", "kathleen brearley"),
    ("Seen by Andrew Holsworth.", "Andrew Holsworth", "andrew holdsworth"),
    ("From: ashworth.helen@calderbrook.gov.uk", "ashworth.helen", "helen margaret ashworth"),
    ("From: ashworth.h@calderbrook.gov.uk", "ashworth.h", "helen margaret ashworth"),
    ("From: ashworth_h@calderbrook.gov.uk", "ashworth_h", "helen margaret ashworth"),
    ("From: hm.ashworth@calderbrook.gov.uk", "hm.ashworth", "helen margaret ashworth"),
    ("Seen by Cllr Brearley.", "Cllr Brearley", "kathleen brearley"),
    ("Seen by Det Con Holdsworth.", "Det Con Holdsworth", "andrew holdsworth"),
    ("Seen by PC2291 Thornton.", "PC2291 Thornton", "michael thornton"),
])
def test_more_initials_slips_emails_and_titles_link(text: str, written: str, key: str) -> None:
    links = {link.text: link.key for link in NameAuthority(CALDER).find(text)}
    assert any(k == key and written.endswith(w[-4:]) for w, k in links.items()), links


def test_one_letter_decoys_named_in_full_keep_their_own_names() -> None:
    links = {link.text: link.key for link in NameAuthority(CALDER).find(
        "Rachel Sutcliffe met Rachel Sutcliff.")}
    assert links == {"Rachel Sutcliffe": "rachel sutcliffe", "Rachel Sutcliff": "rachel sutcliff"}


def test_a_lowercase_letter_after_a_surname_is_no_initial() -> None:
    assert NameAuthority(CALDER).find("the Tordoff a car") == []


def test_keys_read_alike_or_slipped_once_are_one_person() -> None:
    from search.name_authority import same_people

    merged = same_people({"helen margaret ashworth": 9, "he1en ashworth": 1,
                          "helen ashvvorth": 1, "helen ashworth": 2, "dermot hinchliffe": 6,
                          "dermot hinchlife": 1, "rachel sutcliffe": 6, "rachel sutcliff": 2,
                          "helen ashwarth": 1})
    assert merged == {"he1en ashworth": "helen margaret ashworth",
                      "helen ashvvorth": "helen margaret ashworth",
                      "helen ashworth": "helen margaret ashworth",
                      "dermot hinchlife": "dermot hinchliffe"}


def test_two_middle_named_namesakes_keep_the_short_name_apart() -> None:
    from search.name_authority import same_people

    assert same_people({"helen margaret ashworth": 3, "helen jane ashworth": 3,
                        "helen ashworth": 1}) == {}


# A fourth town (Ravensthorpe): the forms still short after the third, each alone in its text.
RAVENS = [Person("brian holroyd", "Brian Holroyd", named=4), Person("ian dobson", "Ian Dobson"),
          Person("irene dobson", "Irene Dobson"), Person("nigel clough", "Nigel Clough"),
          Person("kevin morley", "Kevin Morley"), Person("craig pollard", "Craig Pollard"),
          Person("craig pollart", "Craig Pollart"), Person("anne-marie walsh", "Anne-Marie Walsh"),
          Person("declan o'hara", "Declan O'Hara"), Person("gillian horsfall", "Gillian Horsfall"),
          Person("rhona mcleish", "Rhona McLeish"), Person("james arthur smith", "James Arthur Smith"),
          Person("oliver hainsworth", "Oliver Hainsworth")]


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Exhibits booked by Holroyd BJ at 09:10.", "Holroyd BJ", "brian holroyd"),
    ("EXHIBITS BOOKED BY HOLROYD BJ AT 09:10.", "HOLROYD BJ", "brian holroyd"),
    ("Pass it to Pollard CJ today.", "Pollard CJ", "craig pollard"),
    ("Seen by A-M Walsh.", "A-M Walsh", "anne-marie walsh"),
    ("Seen by Smith JA.", "Smith JA", "james arthur smith"),
    ("Name: Ke vin MORLEY", "Ke vin MORLEY", "kevin morley"),
    ("Seen by Br ian Holroyd.", "Br ian Holroyd", "brian holroyd"),
    ("Seen by Kevin Mor ley.", "Kevin Mor ley", "kevin morley"),
    ("Seen by K. Mor ley.", "K. Mor ley", "kevin morley"),
    ("Seen by HAINS WORTH, Oliver.", "HAINS WORTH, Oliver", "oliver hainsworth"),
    ("Taken by DECLAN O HARA on Tuesday.", "DECLAN O HARA", "declan o'hara"),
    ("Present: Rhona Mc Leish.", "Rhona Mc Leish", "rhona mcleish"),
    ("Present: Nigel C1ough.", "Nigel C1ough", "nigel clough"),
    ("Present: Nigel Ciough.", "Nigel Ciough", "nigel clough"),
    ("Present: Dec1an O'Hara.", "Dec1an O'Hara", "declan o'hara"),
    ("From: bholroyd2@ravensthorpe.police.uk", "bholroyd", "brian holroyd"),
    ("From: brian.holroyd01@ravensthorpe.police.uk", "brian.holroyd", "brian holroyd"),
    ("From: holroyd.b2@ravensthorpe.police.uk", "holroyd.b", "brian holroyd"),
    ("From: g-horsfall@ravensthorpe.police.uk", "g-horsfall", "gillian horsfall"),
    ("From: brian-holroyd@ravensthorpe.police.uk", "brian-holroyd", "brian holroyd"),
    ("From: kmorley12@ravensthorpe.police.uk", "kmorley", "kevin morley"),
    ("From: amwalsh@ravensthorpe.gov.uk", "amwalsh", "anne-marie walsh"),
    ("From: anne-marie.walsh@ravensthorpe.gov.uk", "anne-marie.walsh", "anne-marie walsh"),
    ("From: jasmith@ravensthorpe.gov.uk", "jasmith", "james arthur smith"),
])
def test_glued_initials_broken_spaces_and_addresses_link(text: str, written: str, key: str) -> None:
    links = {link.text: link.key for link in NameAuthority(RAVENS).find(text)}
    assert links.get(written) == key, links


def test_a_list_of_namesakes_reads_no_index_form_across_them() -> None:
    links = NameAuthority(RAVENS).find("Seen: Ian Dobson, Irene Dobson and DOBSON, Irene.")
    assert [(lk.text, lk.key) for lk in links] == [
        ("Ian Dobson", "ian dobson"), ("Irene Dobson", "irene dobson"),
        ("DOBSON, Irene", "irene dobson")]


def test_honours_and_short_words_after_a_surname_are_no_initials() -> None:
    people = [Person("john holroyd", "John Holroyd"), Person("tom morley", "Tom Morley")]
    assert NameAuthority(people).find("Holroyd JP and Morley QC. SEEN BY MORLEY TO DAY.") == []


def test_a_name_misread_once_makes_no_initial_a_possible_match() -> None:
    people = [*RAVENS, Person("brain holroyd", "Brain Holroyd", named=1)]
    links = {lk.text: (lk.key, lk.candidates)
             for lk in NameAuthority(people).find("B. Holroyd and Brain Holroyd.")}
    assert links == {"B. Holroyd": ("brian holroyd", ()), "Brain Holroyd": ("brain holroyd", ())}
    # Two people each written more than once are both real: the initial stays open.
    namesake = [*RAVENS, Person("bryan holroyd", "Bryan Holroyd", named=3)]
    link = NameAuthority(namesake).find("B. Holroyd")[0]
    assert (link.key, link.candidates) == (None, ("brian holroyd", "bryan holroyd"))


def test_a_look_alike_slip_merges_into_a_commoner_name_and_a_decoy_does_not() -> None:
    merged = merge_ocr_slips({"carol dyer": 2, "carol dycr": 1, "craig pollard": 2,
                              "craig pollart": 1, "rhona mcleish": 2, "rhona mcleisli": 1})
    assert merged == {"carol dycr": "carol dyer", "rhona mcleisli": "rhona mcleish"}


def test_the_ocr_skeleton_reads_digits_before_letter_pairs() -> None:
    from search.variants import ocr_skeleton

    assert ocr_skeleton("c1ough") == ocr_skeleton("clough")
    assert ocr_skeleton("rayrnond") == ocr_skeleton("raymond")


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Signed: G. Horsfa1l", "G. Horsfa1l", "gillian horsfall"),
    ("Signed: N. Clougli", "N. Clougli", "nigel clough"),
    ("Signed: Paul Wilhams", "Paul Wilhams", "paul williams"),
])
def test_slips_after_an_initial_and_h_for_li(text: str, written: str, key: str) -> None:
    people = [*RAVENS, Person("paul williams", "Paul Williams")]
    links = {link.text: link.key for link in NameAuthority(people).find(text)}
    assert links.get(written) == key, links


def test_an_initial_and_a_surname_one_letter_from_a_decoy_go_to_the_decoy() -> None:
    people = [Person("rachel sutcliffe", "Rachel Sutcliffe"), Person("rachel sutcliff", "Rachel Sutcliff")]
    links = NameAuthority(people).find("R. Sutcliff and R. Sutcliffe")
    assert [(lk.text, lk.key) for lk in links] == [("R. Sutcliff", "rachel sutcliff"),
                                                  ("R. Sutcliffe", "rachel sutcliffe")]


@pytest.mark.parametrize(("text", "written", "key"), [
    # tesseract's own slips, seen on pages rendered and read here, none in a look-alike list
    ("The statement of DC Poilard was taken.", "DC Poilard", "craig pollard"),
    ("The statement of HGRSFALL, Gillian was taken.", "HGRSFALL, Gillian", "gillian horsfall"),
    ("The statement of DC Thorton was taken.", "DC Thorton", "michael thornton"),
    ("The statement of Giltian Horsfall was taken.", "Giltian Horsfall", "gillian horsfall"),
    ("The statement of Nigel Cloughi was taken.", "Nigel Cloughi", "nigel clough"),
    # a word glued to the name at a hyphen or an apostrophe
    ("The statement of WENDY OLDROYD-was taken.", "WENDY OLDROYD", "wendy oldroyd"),
    ("The statement of DC-Dyer was taken.", "Dyer", "carol dyer"),
    ("The statement of DC’Pollard was taken.", "Pollard", "craig pollard"),
    ("The statement of HOLROYD, Brian'was taken.", "HOLROYD, Brian", "brian holroyd"),
])
def test_tesseract_slips_and_glued_words_link(text: str, written: str, key: str) -> None:
    people = [*RAVENS, Person("michael thornton", "Michael Thornton"),
              Person("wendy oldroyd", "Wendy Oldroyd"), Person("carol dyer", "Carol Dyer")]
    links = {link.text: (link.key, link.rule) for link in NameAuthority(people).find(text)}
    assert any(w.endswith(written) and k == key for w, (k, _r) in links.items()), links


def test_a_slip_read_as_a_name_part_is_marked_and_a_decoy_is_not_read() -> None:
    links = NameAuthority(RAVENS).find("DC Poilard met Craig Pollart and PC Pollar.")
    assert [(lk.text, lk.key, lk.rule) for lk in links] == [
        ("DC Poilard", "craig pollard", "ocr-slip"), ("Craig Pollart", "craig pollart", "full")]


@pytest.mark.parametrize(("text", "written"), [
    ("Seen by P/C Tregaskis (88) today.", "P/C Tregaskis"),
    ("Signed TREGASKIS, PS 1105 at the desk.", "TREGASKIS, PS 1105"),
    ("Constable 2291NE TREGASKIS attended.", "Constable 2291NE TREGASKIS"),
    ("TDC 4120 TREGASKIS took the call.", "TDC 4120 TREGASKIS"),
    ("Noted by D/S Tregaskis 4120.", "D/S Tregaskis"),
])
def test_slashed_ranks_collars_with_a_division_and_a_rank_after_the_index_link(
        text: str, written: str) -> None:
    people = NameAuthority([Person("demelza tregaskis", "Demelza Tregaskis", named=5),
                            Person("kofi ansah", "Kofi Ansah", named=5)])
    assert [(link.text, link.key) for link in people.find(text)] == [
        (written, "demelza tregaskis")]


@pytest.mark.parametrize("written", [
    "Tamsin Pe\u200bllow",  # a zero-width space inside the surname
    "Tam\u00adsin Pellow",  # a soft hyphen
    "Tamsin Pello\u0331w",  # a speck read as a combining mark
    "T\u0251msin Pellow",  # a Latin alpha for "a"
    "Tamsin P\u03b5llow",  # a Greek epsilon among Latin letters
])
def test_invisible_and_look_alike_characters_inside_a_name_are_read_past(written: str) -> None:
    people = NameAuthority([Person("tamsin pellow", "Tamsin Pellow", named=9, documents=8)])
    links = people.find(f"Report by {written} today.")
    assert [(link.text, link.key) for link in links] == [(written, "tamsin pellow")]


def test_a_name_written_with_look_alike_letters_has_the_key_of_the_name() -> None:
    from search.names import person_key

    assert person_key("T\u0251msin Pe\u200bllow") == "tamsin pellow"
    assert person_key("\u0394\u03b7\u03bc\u03ae\u03c4\u03c1\u03b7\u03c2") != "tamsin pellow"


def test_a_misreading_of_a_person_s_other_name_leaves_their_initials_to_them() -> None:
    # Tamsin Pellow married and is filed as Tamsin Haworth; a scan's "Tamsim Pellow" once
    # is a misreading of her earlier name, no one "T. Pellow" may be.
    people = NameAuthority([
        Person("tamsin haworth", "Tamsin Haworth", aliases={"tamsin pellow"}, named=30,
               documents=25),
        Person("tamsim pellow", "Tamsim Pellow", named=1, documents=1)])
    links = {lk.text: lk.key for lk in people.find("Seen by T. Pellow and Mrs Pellow.")}
    assert links["T. Pellow"] == "tamsin haworth"


@pytest.mark.parametrize("written", [
    "DC K 4471 Pellow",  # a letter before the number, typed apart
    "D.C./K4471 PELLOW",  # a rank with full stops, the number after a slash
    "K4471 PELLOW, D.C.",  # the number before the surname, the rank after a comma
    "4471 Pellow, DC",
    "P.C.S.O. 4471 Pellow",  # a longer rank with full stops
    "Pellow - Custody Sgt 47",  # a custody sergeant's rank, a two-digit number
    "Pellow - Detention Officer J071",  # a detention officer's, a letter and a leading zero
    "DC Pellow No.4471",  # a label before the number
    "DC No. 4471B Pellow",  # and a check letter after it
    "DC coll. 4471 Pellow", "DC c/n 4471 Pellow",
    "DetCon4471 Pellow", "DC7 PELLOW",  # run into the rank, one digit
])
def test_a_rank_and_collar_number_in_more_shapes_link_the_officer(written: str) -> None:
    people = NameAuthority([Person("tamsin pellow", "Tamsin Pellow", named=9, documents=8,
                                   titles={"dc"}),
                            Person("orla pellew", "Orla Pellew", named=9, documents=8)])
    links = [link for link in people.find(f"Action for {written} today.") if link.key]
    assert [link.key for link in links] == ["tamsin pellow"], written


def test_a_code_before_a_name_is_no_collar_number() -> None:
    # "YP3 Pellow": a young person's code, which no rank is written with.
    people = NameAuthority([Person("tamsin pellow", "Tamsin Pellow", named=9, documents=8),
                            Person("orla pellow", "Orla Pellow", named=9, documents=8)])
    assert all(link.key is None for link in people.find("Seen: YP3 PELLOW, DC."))


@pytest.mark.parametrize("written", ["BENEDICT LAW", "LAW BENEDICT", "Benedict LAW"])
def test_a_three_letter_surname_in_capitals_beside_a_name_in_capitals_is_no_initials(
        written: str) -> None:
    people = NameAuthority([Person("benedict law", "Benedict Law", named=9, documents=8)])
    links = people.find(f"Call from {written} today.")
    assert [link.key for link in links] == ["benedict law"], written


@pytest.mark.parametrize("written", ["Nodira Toʻxtayeva", "Nodira To‘xtayeva", "Nodira To'xtayeva",
                                     "TOʼXTAYEVA, Nodira"])
def test_a_turned_comma_in_a_name_is_any_apostrophe(written: str) -> None:
    from search.names import person_key

    people = NameAuthority([Person(person_key("Nodira Toʻxtayeva"), "Nodira Toʻxtayeva",
                                   named=9, documents=8)])
    assert [link.key for link in people.find(f"Seen: {written} today.")] == ["nodira toxtayeva"]


def test_an_abbreviated_devotional_first_name_leads_to_the_name_used() -> None:
    # "Md. Tanvir Hossain" written once ties "Mohammed Hossain" to the Tanvir Hossain he is.
    counts = {"md tanvir hossain": 1, "mohd tanvir hossain": 1, "mohammed hossain": 12,
              "tanvir hossain": 6}
    assert same_people(counts) == {"md tanvir hossain": "tanvir hossain",
                                   "mohd tanvir hossain": "tanvir hossain",
                                   "mohammed hossain": "tanvir hossain"}


def test_a_name_written_with_its_abbreviated_first_name_most_often_keeps_it() -> None:
    # "Mohd Faizal Hashim" is how the collection writes him: the key stays his full name.
    assert same_people({"mohd faizal hashim": 20, "faizal hashim": 2}) == {
        "faizal hashim": "mohd faizal hashim"}


def test_without_the_abbreviated_name_a_first_given_name_is_someone_else() -> None:
    assert same_people({"mohammed hossain": 12, "tanvir hossain": 6}) == {}


@pytest.mark.parametrize(("text", "key"), [
    ("Seen: Mary-Jo Quennell at the door.", "mary jo quennell"),
    ("Checked by PC 0831-QUENNELL today.", "rhiannon quennell"),
])
def test_a_hyphened_given_name_and_a_collar_number_hyphened_to_a_surname(text: str, key: str
                                                                         ) -> None:
    people = NameAuthority([Person("mary jo quennell", "Mary Jo Quennell", named=9),
                            Person("rhiannon quennell", "Rhiannon Quennell", titles={"pc"},
                                   named=12)])
    assert [link.key for link in people.find(text)] == [key]


def test_a_middle_name_between_two_given_names_and_the_surname_is_one_person() -> None:
    assert same_people({"imelda joy reyes quiambao": 1, "imelda joy quiambao": 12}) == {
        "imelda joy reyes quiambao": "imelda joy quiambao"}
    # ... or a nickname in quotes, the quotes gone ('Imelda Joy "Mels" Quiambao')
    assert same_people({"imelda joy mels quiambao": 1, "imelda joy quiambao": 12}) == {
        "imelda joy mels quiambao": "imelda joy quiambao"}


def test_a_title_glued_to_digits_inside_a_handle_is_no_title() -> None:
    people = NameAuthority([Person("imelda quiambao", "Imelda Quiambao", titles={"dc"},
                                   named=12)])
    assert [(lk.text, lk.key) for lk in people.find("s3xy_dc98 | Quiambao, I")] == [
        ("Quiambao, I", "imelda quiambao")]


def test_a_misreading_of_a_person_s_name_never_outranks_them() -> None:
    # "Rita Kalnaite" is Ruta Kalnaite (now Sirvydiene) misread in two scans: "Miss KALNAITE"
    # is hers, whatever title the misreading was written with.
    people = [Person("ruta sirvydiene", "Ruta Sirvydiene", titles={"miss"},
                     aliases={"ruta kalnaite"}, named=40, documents=20),
              Person("rita kalnaite", "Rita Kalnaite", titles={"miss"}, named=2, documents=2)]
    links = NameAuthority(people).find("Minutes taken by Miss KALNAITE.")
    assert [(lk.text, lk.key) for lk in links] == [("Miss KALNAITE", "ruta sirvydiene")]


def test_another_real_spelling_of_a_forename_is_no_misreading() -> None:
    # "Yousef" and "Yousif" are both real spellings of one name: a "Yousif Marlowe" written
    # in documents of his own beside a much commoner "Yousef Marlowe" is another man, in
    # capitals too, where a vowel OCR may misread ("Rita" for "Ruta") is no other name.
    people = [Person("yousef marlowe", "Yousef Marlowe", named=40, documents=30),
              Person("yousif marlowe", "Yousif Marlowe", named=4, documents=4)]
    links = NameAuthority(people).find("Also present: YOUSIF Marlowe, joiner.")
    assert [(lk.text, lk.key) for lk in links] == [("YOUSIF Marlowe", "yousif marlowe")]


def test_a_courtesy_title_known_for_one_of_two_near_namesakes_chooses_neither() -> None:
    # "Mr Tallack" where a Dorian Tallack was written "Mr" and a Dorion Tallack, a letter
    # away, never was: which of the two a title happened to precede elsewhere tells nothing.
    people = [Person("dorian james tallack", "Dorian Tallack", titles={"mr"}, named=30,
                     documents=20),
              Person("dorion tallack", "Dorion Tallack", named=8, documents=8),
              Person("rhoda penhale", "Rhoda Penhale", titles={"mrs"}, named=9, documents=9),
              Person("jory penhale", "Jory Penhale", named=9, documents=9)]
    authority = NameAuthority(people)
    link = authority.find("Cash paid to Mr. TALLACK on the day.")[0]
    assert (link.key, link.candidates) == (None, ("dorian james tallack", "dorion tallack"))
    # Namesakes far apart too: any woman may be written "Mrs", and the collection never wrote
    # a title before Jory Penhale's name.
    link = authority.find("Collected by Mrs Penhale.")[0]
    assert (link.key, link.candidates) == (None, ("jory penhale", "rhoda penhale"))


def test_an_index_initial_before_a_bracketed_title_is_kept() -> None:
    # "(Mrs)" after "Quillfeather, R.": the title is the name's, and the initial before the
    # bracket is no acting rank's letter ("(T/DS)") to drop.
    people = [Person("rosalind quillfeather", "Rosalind Quillfeather", named=9, documents=9)]
    found = NameAuthority(people).find("Author: Quillfeather, R. (Mrs), Youth Offending Team")
    assert [(link.key, link.rule) for link in found] == [("rosalind quillfeather", "index-initial")]


@pytest.mark.parametrize("text", [
    "Late turn: Quillfeather 0417/DC, briefing", "Quillfeather 0417/Det. Const.",
    "Det. Const. Quillfeather Nr 0417", "Det. Const. Quillfeather (warrant 0417)"])
def test_a_roster_collar_number_between_surname_and_rank(text: str) -> None:
    people = [Person("rosalind quillfeather", "Rosalind Quillfeather", named=9, documents=9)]
    found = NameAuthority(people).find(text)
    assert [link.key for link in found] == ["rosalind quillfeather"]


def test_a_romance_particle_written_before_a_surname_keyed_without_it() -> None:
    people = [Person("benedito ferraz", "Benedito Ferraz", named=9, documents=9)]
    found = NameAuthority(people).find("Statement of Benedito do Ferraz, taken at home")
    assert [(link.key, link.rule) for link in found] == [("benedito ferraz", "full-no-middle")]


def test_a_salvation_army_rank_and_a_professor_before_a_surname_are_titles() -> None:
    people = [Person("ruth ellery", "Ruth Ellery", titles={"maj"}, named=9, documents=9),
              Person("anselm quarrie", "Anselm Quarrie", named=6, documents=6)]
    authority = NameAuthority(people)
    for text, key in (("Maj. ELLERY spoke.", "ruth ellery"), ("ELLERY (Maj) said", "ruth ellery"),
                      ("Major Ellery", "ruth ellery"), ("Professor Quarrie", "anselm quarrie"),
                      ("Coun QUARRIE", "anselm quarrie")):
        assert [link.key for link in authority.find(text)] == [key], text


def test_two_letters_swapped_once_are_a_slip_of_the_commoner_name() -> None:
    # A typist's slip ("Tasmin", "Pelolw") written once beside a name written many times.
    counts = {"tamsin pellow": 12, "tasmin pellow": 1, "tamsin pelolw": 1, "tasmin pelow": 4}
    merged = same_people(counts)
    assert merged["tasmin pellow"] == "tamsin pellow"
    assert merged["tamsin pelolw"] == "tamsin pellow"
    assert "tasmin pelow" not in merged  # two slips, and written often: someone else


def test_an_apostrophe_after_two_letters_is_a_glottal_stop_inside_the_word() -> None:
    from search.name_tokens import tokens

    assert [t for t, _s, _e in tokens("Ask K'awil Tz'ib'.")] == ["ask", "kawil", "tzib"]
    assert [t for t, _s, _e in tokens("Brian'was here")] == ["brian", "was", "here"]


def test_an_address_s_domain_names_no_one() -> None:
    people = [Person("brackley moor", "Brackley Moor", named=2, documents=2),
              Person("tilda marr", "Tilda Marr", named=5, documents=5)]
    authority = NameAuthority(people)
    assert authority.find("To: office@brackley-moor.sch.example") == []
    assert [lk.key for lk in authority.find("tilda.marr@brackley-moor.example")] == ["tilda marr"]


def test_a_forename_and_the_surname_s_initial_link() -> None:
    # "Tomas F." and the local part "tomas.f@"; "a" after a forename is a word.
    authority = NameAuthority([Person("tomas ferreiro", "Tomas Ferreiro"),
                               Person("ines albero", "Ines Albero")])
    for text in ("Copy to tomas.f@north.example", "seen by Tomas F. at noon"):
        assert [link.key for link in authority.find(text)] == ["tomas ferreiro"], text
    assert authority.find("we gave Ines a lift") == []


def test_a_courtesy_title_known_for_one_namesake_leaves_the_untitled_ones_possible() -> None:
    # "Mr Varkell": the collection wrote "Mr" before Tobin Varkell's full name and never a
    # title before Lasse Varkell's; any man may be written "Mr", so either is meant. A
    # namesake only ever written "Mrs", or with a rank, is not.
    people = [Person("tobin varkell", "Tobin Varkell", titles={"mr"}, named=8, documents=8),
              Person("lasse varkell", "Lasse Varkell", named=14, documents=12),
              Person("edda varkell", "Edda Varkell", titles={"mrs"}, named=6, documents=6),
              Person("ivo varkell", "Ivo Varkell", titles={"dc"}, named=6, documents=6)]
    link = NameAuthority(people).find("Keys handed to Mr Varkell at noon.")[0]
    assert (link.key, link.candidates) == (None, ("lasse varkell", "tobin varkell"))


@pytest.mark.parametrize("text", ["Interview by Abdul-Karim Sorrell, 14:10.",
                                  "Interview by ABDUL-KARIM Sorrell, 14:10."])
def test_a_compound_given_name_keyed_glued_is_found_with_its_hyphen(text: str) -> None:
    people = [Person("abdulkarim sorrell", "Abdulkarim Sorrell", named=4, documents=4)]
    found = NameAuthority(people).find(text)
    assert [link.key for link in found] == ["abdulkarim sorrell"]
    assert NameAuthority(people).find("Interview by Abdul-Kadir Sorrell.") == []


def test_a_surname_then_aka_and_the_name_used_is_the_person() -> None:
    people = [Person("dorran quill", "Dorran Quill", named=5, documents=5,
                     aliases={"dozzer quill"})]
    for text in ("Seen: QUILL a.k.a. Dozzer, outside.", "Seen: Quill aka Dozzer."):
        assert [link.key for link in NameAuthority(people).find(text)] == ["dorran quill"]
