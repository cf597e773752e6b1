"""Two people whose names are near (search.name_variants.spelt_near, search.name_authority):
each written in full in documents of the collection, they stay two people however close they
sound or are spelt; a near spelling written in full in one document only is still read as the
one person it is near. Names of a town of our own (Cawdell), none from the evaluation sets."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person, same_people, shared_family_names
from search.name_variants import own_name, spelt_near


@pytest.mark.parametrize(("common", "rare"), [
    ("perpetua renshaw", "perpetua ranshaw"),  # a letter OCR may confuse, also a real spelling
    ("ffion gatley", "ffion gatlay"),
])
def test_two_near_names_each_written_in_several_documents_are_two_people(common: str,
                                                                        rare: str) -> None:
    assert spelt_near(rare, common)
    counts = {common: 60, rare: 9}  # the commoner written as often as any merge asks
    assert same_people(counts, {common: 45, rare: 7}) == {}


@pytest.mark.parametrize(("common", "rare"), [
    ("oswin meagher", "oswin meager"), ("caitlin moffatt", "caitlyn moffatt"),
])
def test_a_near_spelling_written_in_one_document_is_the_person_it_is_near(common: str,
                                                                         rare: str) -> None:
    assert same_people({common: 40, rare: 2}, {common: 30, rare: 1}) == {rare: common}


def test_a_known_equivalence_is_no_near_spelling() -> None:
    # A transliteration's convention and a letter of the same sound merge by their counts.
    assert not spelt_near("oswin meager", "oswin meagher")
    assert not spelt_near("caitlyn moffatt", "caitlin moffatt")
    assert same_people({"oswin meagher": 60, "oswin meager": 9},
                       {"oswin meagher": 45, "oswin meager": 7}) == {
        "oswin meager": "oswin meagher"}


def test_gh_after_a_consonant_is_another_spelling() -> None:
    assert same_people({"imre sarga": 60, "imre sargha": 9}, {"imre sarga": 45, "imre sargha": 7}) == {}


def test_what_only_a_table_or_the_structure_relates_is_no_near_spelling() -> None:
    assert not spelt_near("tobias vandermeer", "tobias van dermeer")  # a prefix's spacing
    assert not spelt_near("bill ormondroyd", "william ormondroyd")  # a nickname
    assert own_name("bill ormondroyd", {"bill ormondroyd": 3})
    assert same_people({"william ormondroyd": 30, "bill ormondroyd": 6},
                       {"william ormondroyd": 25, "bill ormondroyd": 3}) == {
        "bill ormondroyd": "william ormondroyd"}


def test_a_family_name_two_people_share_is_no_one_s_name() -> None:
    counts = {"ines calvo pardo": 6, "ignacio calvo pardo": 5, "calvo pardo": 20,
              "dear calvo pardo": 2, "ines calvo": 2, "ignacio pardo": 1}
    assert shared_family_names(counts) == {"calvo pardo"}
    merged = same_people(counts)
    assert "ines calvo pardo" not in merged and "ignacio calvo pardo" not in merged


def test_one_person_known_by_a_later_name_still_is() -> None:
    counts = {"ines calvo pardo": 6, "calvo pardo": 20, "seen calvo pardo": 2, "ines calvo": 2}
    assert shared_family_names(counts) == set()
    assert same_people(counts)["ines calvo pardo"] == "calvo pardo"


def test_each_near_name_s_forms_go_to_its_own_person() -> None:
    people = [Person("ffion gatley", "Ffion Gatley", named=40, documents=30),
              Person("ffion gatlay", "Ffion Gatlay", named=9, documents=7)]
    links = {lk.text: (lk.key, lk.candidates) for lk in NameAuthority(people).find(
        "Ffion Gatley met Ffion Gatlay; F. Gatley and F. Gatlay signed.")}
    assert links["Ffion Gatley"] == ("ffion gatley", ())
    assert links["Ffion Gatlay"] == ("ffion gatlay", ())
    assert links["F. Gatlay"] == ("ffion gatlay", ())


def test_a_form_two_people_hold_is_the_one_the_document_names_in_full() -> None:
    people = [Person("caitlin moffatt", "Caitlin Moffatt", named=12, documents=9),
              Person("catherine moffatt", "Catherine Moffatt", named=9, documents=7)]
    link = next(lk for lk in NameAuthority(people).find("Report by C. Moffatt.")
                if lk.text == "C. Moffatt")
    assert link.key is None
    assert link.named_here({"catherine moffatt"}).key == "catherine moffatt"
    assert link.named_here({"catherine moffatt", "caitlin moffatt"}).key is None


def test_a_form_two_near_namesakes_hold_stays_possible_where_one_is_named() -> None:
    # A decoy is often named beside the person they resemble ("Caitlyn Moffatt, not to be
    # confused with..."): the initials may be either of them.
    people = [Person("caitlin moffatt", "Caitlin Moffatt", named=12, documents=9),
              Person("caitlyn moffatt", "Caitlyn Moffatt", named=9, documents=7)]
    link = next(lk for lk in NameAuthority(people).find("Report by C. Moffatt.")
                if lk.text == "C. Moffatt")
    assert link.named_here({"caitlyn moffatt"}).key is None
    assert link.named_here({"caitlyn moffatt"}).candidates == ("caitlin moffatt", "caitlyn moffatt")


def test_a_sound_alike_named_in_many_documents_of_its_own_is_another_person_in_search() -> None:
    from search.entity_query import people_apart

    # "Ruairi" and "Ruairy" sound alike; each is written in full in documents of their own.
    found = {"ruairi tallentire": 24, "ruairy tallentire": 8}
    assert people_apart("person", "ruairi tallentire", found, set()) == {"ruairy tallentire"}
    assert people_apart("person", "ruairy tallentire", found, set()) == {"ruairi tallentire"}


def test_a_rare_spelling_of_the_same_sound_is_still_found_in_search() -> None:
    from search.entity_query import people_apart

    found = {"ruairi tallentire": 40, "ruairy tallentire": 3}
    assert people_apart("person", "ruairi tallentire", found, set()) == set()


def test_a_given_name_with_a_gujarati_suffix_is_the_given_name() -> None:
    counts = {"nilesh ramanlal pandya": 28, "nilesh pandya": 20, "nileshbhai pandya": 4,
              "nileshkumar pandya": 5}
    documents = {"nilesh ramanlal pandya": 21, "nilesh pandya": 18, "nileshbhai pandya": 4,
                 "nileshkumar pandya": 4}
    merged = same_people(counts, documents)
    assert merged["nileshbhai pandya"] == merged["nileshkumar pandya"] == "nilesh ramanlal pandya"


def test_y_for_i_before_a_vowel_in_a_surname_is_a_spelling_of_the_same_sound() -> None:
    from search.name_variants import known_equivalence

    assert known_equivalence("ruth kalyango", "ruth kaliango")
    assert not known_equivalence("ruth smyth", "ruth smith")  # no vowel after it: a name


def test_a_rare_spelling_nearer_another_person_is_theirs_in_search() -> None:
    from search.entity_query import people_apart

    # "Toren" and "Torin" are two people, each named in their own documents; "Torena", in one
    # document, is a letter from Toren and two from Torin: Toren's spelling, never Torin's.
    found = {"toren blackledge": 20, "torin blackledge": 9, "torena blackledge": 1}
    assert people_apart("person", "torin blackledge", found, set()) == {
        "toren blackledge", "torena blackledge"}
    assert people_apart("person", "toren blackledge", found, set()) == {"torin blackledge"}


def test_an_ocr_bar_for_a_letter_l_is_the_name_not_its_decoy() -> None:
    # "Ol|ivant" is Ollivant with one "l" read as a bar; Olivant is someone else.
    people = [Person("wystan ollivant", "Wystan Ollivant", named=30, documents=25),
              Person("wystan olivant", "Wystan Olivant", named=10, documents=10)]
    links = {lk.text: lk.key for lk in NameAuthority(people).find(
        "Statement of Wystan Ol|ivant, taken at the station.")}
    assert links == {"Wystan Ol|ivant": "wystan ollivant"}


@pytest.mark.parametrize(("rare", "common"), [
    ("dusan djokic", "dusan dokic"),  # "Đ" written "Dj" (Đoković / Djoković)
    ("parisa moussavi", "parisa musavi"),  # "ou" for "u"
    ("fatimah bello", "fatima bello"),  # a final "h" after a vowel
])
def test_spellings_of_one_sound_are_a_known_equivalence(rare: str, common: str) -> None:
    from search.name_variants import known_equivalence

    assert known_equivalence(rare, common)
    assert not known_equivalence("fatima bella", "fatima bello")


def test_a_spelling_written_in_documents_of_its_own_is_judged_as_before() -> None:
    from search.entity_query import people_apart

    # "Jameel" (several documents) is nearer "Jamil"'s other spelling "Jamiel" than "Jamil"
    # itself; written in documents of its own, it is judged by the known equivalences alone.
    found = {"jamil rahman": 40, "jamiel rahman": 12, "jameel rahman": 6}
    assert "jamiel rahman" in people_apart("person", "jamil rahman", found, set())
    assert "jameel rahman" not in people_apart("person", "jamil rahman", found, set())


def test_a_form_linked_by_a_title_stays_possible_where_a_near_namesake_is_named() -> None:
    # "Mr Pellow" where the Pellow known as Mr has a namesake a letter away: which of the two
    # the collection happened to write with "Mr" tells nothing (names18: it went to the one
    # known as Mr); in a document that names either in full it may be either of them still.
    people = [Person("tamsyn pellow", "Tamsyn Pellow", titles={"mr"}, named=20, documents=16),
              Person("tamsin pellow", "Tamsin Pellow", named=6, documents=6)]
    link = next(lk for lk in NameAuthority(people).find("Tamsin Pellow is not Mr Pellow.")
                if lk.text == "Mr Pellow")
    assert link.key is None
    assert link.candidates == ("tamsin pellow", "tamsyn pellow")
    here = link.named_here({"tamsin pellow"})
    assert here.key is None
    assert here.candidates == ("tamsin pellow", "tamsyn pellow")
    assert link.named_here({"tamsyn pellow"}).key is None


def test_a_rare_romanisation_nearer_a_decoy_than_the_person_is_no_one_s() -> None:
    # "Somchai Wongsakon" (a decoy of Somchai Wongsakorn, named in documents of its own) and a
    # rare "Somchai Wongsakhone" that romanises like the decoy: which of the two it is, the
    # spelling cannot tell.
    counts = {"somchai wongsakorn": 40, "somchai wongsakon": 9, "somchai wongsakhone": 1}
    documents = {"somchai wongsakorn": 30, "somchai wongsakon": 8, "somchai wongsakhone": 1}
    assert "somchai wongsakhone" not in same_people(counts, documents)


def test_a_misspelling_of_a_decoy_that_romanises_like_the_person_is_no_one_s() -> None:
    # "Somchai Wongsokorn" once: the decoy "Wongsakon"'s slip or the person's romanisation?
    counts = {"somchai wongsakorne": 40, "somchai wongsakorn": 9, "somchai wongsokorn": 1}
    documents = {"somchai wongsakorne": 30, "somchai wongsakorn": 8, "somchai wongsokorn": 1}
    assert "somchai wongsokorn" not in same_people(counts, documents)


def test_a_title_one_person_is_known_by_is_a_possible_match_where_two_others_are_named() -> None:
    # The collection knows one of three namesakes as "Mr": in a document that names the other
    # two in full, and not him, "Mr QUENBY" may be either of them.
    people = [Person("osric quenby", "Osric Quenby", titles={"mr"}, named=20, documents=15),
              Person("osmund quenby", "Osmund Quenby", named=12, documents=9),
              Person("oswin quenby", "Oswin Quenby", named=9, documents=7)]
    link = next(lk for lk in NameAuthority(people).find("Then Mr QUENBY spoke.")
                if lk.text == "Mr QUENBY")
    # Collection-wide, too: neither of the others was ever written with a title.
    assert link.key is None and "osric quenby" in link.candidates
    here = link.named_here({"osmund quenby", "oswin quenby"})
    assert here.key is None
    assert set(here.candidates) >= {"osmund quenby", "oswin quenby"}
    # And where the document names him and one of the others, it may be either.
    assert link.named_here({"osric quenby", "oswin quenby"}).key is None


def test_a_misreading_as_near_another_persons_name_is_a_possible_match() -> None:
    # "Quinlan Mounad" is one OCR slip ("n" read "u") from "Quinlan Monnad", and one sound
    # from "Quinlan Monad": which of the two, the letters cannot tell.
    people = [Person("quinlan monad", "Quinlan Monad", named=30, documents=20),
              Person("quinlan monnad", "Quinlan Monnad", named=15, documents=15)]
    link = next(lk for lk in NameAuthority(people).find("Report by Quinlan Mounad today.")
                if lk.text == "Quinlan Mounad")
    assert link.key is None
    assert set(link.candidates) == {"quinlan monad", "quinlan monnad"}


def test_a_rank_and_collar_number_stay_the_officer_s_where_two_namesakes_are_named() -> None:
    people = [Person("osric quenby", "Osric Quenby", titles={"pcso"}, named=20, documents=15),
              Person("osmund quenby", "Osmund Quenby", named=12, documents=9),
              Person("oswin quenby", "Oswin Quenby", named=9, documents=7)]
    link = next(lk for lk in NameAuthority(people).find("Reported to QUENBY Pcso4471 today.")
                if "QUENBY" in lk.text)
    assert link.named_here({"osmund quenby", "oswin quenby"}).key == "osric quenby"


def test_a_slip_of_the_commoner_name_stays_theirs_beside_a_near_decoy() -> None:
    # "Quinlan Bassette" misread "Quinlan Bassettc" is one letter from the decoy "Quinlan
    # Bassett" too; the slip is of the name written far more often.
    people = [Person("quinlan bassette", "Quinlan Bassette", named=40, documents=30),
              Person("quinlan bassett", "Quinlan Bassett", named=15, documents=15)]
    link = next(lk for lk in NameAuthority(people).find("Report by Quinlan Bassettc today.")
                if lk.text == "Quinlan Bassettc")
    assert link.key == "quinlan bassette"


def test_a_sound_alike_is_apart_from_a_person_filed_under_a_fuller_name() -> None:
    from search.entity_query import people_apart

    # "Cassian Quillfeather" is filed under "Cassian Tobias Quillfeather" (his middle name);
    # "Casian Quillfeather", a letter of the same sound away, is named in full in documents
    # of his own.
    found = {"cassian tobias quillfeather": 22, "casian quillfeather": 11}
    filed = {"cassian tobias quillfeather"}
    assert people_apart("person", "cassian quillfeather", found, filed) == {"casian quillfeather"}


def test_a_surname_without_the_c_of_ck_named_in_documents_of_its_own_is_another_person() -> None:
    # "Hukerby" is "Huckerby" less a letter: a different man, named in full in six documents.
    counts = {"tobias huckerby": 25, "tobias hukerby": 6}
    assert "tobias hukerby" not in same_people(counts, dict(counts))


def test_a_rank_and_surname_stay_the_officer_s_where_a_namesake_without_the_rank_is_named() -> None:
    # DC Rhiannon Quennell and the girl Elowen Quennell share a surname; a log naming the girl
    # in full and "DC Quennell" as the officer who checked it means the officer.
    people = [Person("rhiannon quennell", "Rhiannon Quennell", titles={"dc"}, named=20,
                     documents=16),
              Person("elowen quennell", "Elowen Quennell", named=9, documents=8)]
    text = "Account of: QUENNELL Elowen. Attribution confirmed by DC Quennell."
    link = next(lk for lk in NameAuthority(people).find(text) if lk.text == "DC Quennell")
    assert link.named_here({"elowen quennell"}).key == "rhiannon quennell"


def test_a_name_with_a_middle_word_is_not_a_namesakes_when_its_own_two_words_are_a_person() -> None:
    # "Brandon 'Tup' Kell" written once, as an organisation's name: Brandon Kell is named in
    # full, and Brendon Kell, a letter away, is someone else, whose spelling it is not.
    counts = {"brandon kell": 16, "brendon kell": 5, "kell brendon": 3, "brandon tup kell": 1,
              "brandon dean kell": 1}
    written = {"brandon kell": 40, "brendon kell": 13, "kell brendon": 13, "brandon dean kell": 7}
    merged = same_people(counts, dict(counts), written)
    assert "brendon kell" not in (merged.get("brandon tup kell"), merged.get("brandon dean kell"))
