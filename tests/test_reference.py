"""Reference data: the packaged files load, every row is sourced, and the lookups other stages rely on answer right."""
from __future__ import annotations

import itertools
import re
import unicodedata

import pytest

from silkwire.errors import ReferenceDataError
from silkwire.models import ROLE_CLASSES
from silkwire.reference import (
    KnowledgeBase,
    _bounds,
    _covers,
    _meeting,
    _official,
    name_key,
    parse_table,
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_load_is_cached_and_non_trivial(kb: KnowledgeBase) -> None:
    assert KnowledgeBase.load() is kb
    assert len(kb.countries) > 240
    assert len(kb.places) > 100
    assert len(kb.organizations) > 60
    assert len(kb.officials) > 150
    assert len(kb.meetings) >= 31


def test_every_row_of_every_file_has_a_source(kb: KnowledgeBase) -> None:
    rows = itertools.chain(kb.countries.values(), kb.places.values(), kb.organizations.values(), kb.officials,
                           kb.meetings)
    assert all(r.source.strip() for r in rows)


def test_official_rows_use_contract_role_classes_and_consistent_names(kb: KnowledgeBase) -> None:
    names: dict[str, set[str]] = {}
    for o in kb.officials:
        assert o.role_class in ROLE_CLASSES
        assert o.country in kb.countries
        names.setdefault(o.person, set()).add(o.name_en)
    assert {p: n for p, n in names.items() if len(n) > 1} == {}


def test_terms_of_one_person_in_one_office_class_do_not_overlap(kb: KnowledgeBase) -> None:
    """Two overlapping terms in the same class would be a duplicated or mistyped row ("other" may overlap)."""
    for person in kb.person_ids():
        terms = [t for t in kb.terms(person) if t.start and t.role_class != "other"]
        for a, b in itertools.combinations(terms, 2):
            if a.role_class == b.role_class and a.country == b.country:
                a_end = _bounds(a.end)[0] if a.end else "9999"
                b_end = _bounds(b.end)[0] if b.end else "9999"
                assert a_end <= _bounds(b.start)[0] or b_end <= _bounds(a.start)[0], (a, b)


# ------------------------------------------------------------------ countries and nisbas

@pytest.mark.parametrize(("name", "iso3"), [
    ("الصين", "CHN"), ("جمهورية الصين الشعبية", "CHN"), ("China", "CHN"),
    ("كازاخستان", "KAZ"), ("قازاقستان", "KAZ"), ("قازقستان", "KAZ"), ("كازخستان", "KAZ"), ("جمهورية كازاخستان", "KAZ"),
    ("قيرغيزستان", "KGZ"), ("قرغيزستان", "KGZ"), ("قيرغيزيا", "KGZ"), ("كيرغيزستان", "KGZ"),
    ("طاجيكستان", "TJK"), ("طاجكستان", "TJK"), ("تركمانستان", "TKM"), ("تركمنستان", "TKM"),
    ("أوزبكستان", "UZB"), ("اوزبكستان", "UZB"), ("أوزبكیستان", "UZB"),
    ("روسيا", "RUS"), ("الاتحاد الروسي", "RUS"), ("روسيا الاتحادية", "RUS"),
    ("بيلاروس", "BLR"), ("بيلاروسيا", "BLR"), ("روسيا البيضاء", "BLR"),
    ("أوكرانيا", "UKR"), ("أفغانستان", "AFG"), ("باكستان", "PAK"), ("إيران", "IRN"), ("الهند", "IND"),
    ("منغوليا", "MNG"), ("أذربيجان", "AZE"), ("تركيا", "TUR"), ("تُركيا", "TUR"),
    ("الولايات المتحدة", "USA"), ("أمريكا", "USA"), ("أميركا", "USA"), ("تايوان", "TWN"),
    ("الاتحاد السوفياتي", "SUN"), ("الاتحاد السوفيتي", "SUN"),
    ("السعودية", "SAU"), ("مصر", "EGY"), ("الإمارات", "ARE"), ("ألمانيا", "DEU"), ("فرنسا", "FRA"),
])
def test_country_by_name_finds_arabic_spelling_variants(kb: KnowledgeBase, name: str, iso3: str) -> None:
    country = kb.country_by_name(name)
    assert country is not None and country.iso3 == iso3


@pytest.mark.parametrize("name", ["واشنطن", "بكين", "آسيا الوسطى", "صيني"])
def test_country_by_name_rejects_cities_regions_and_adjectives(kb: KnowledgeBase, name: str) -> None:
    assert kb.country_by_name(name) is None


def test_soviet_union_is_historical_and_taiwan_is_a_country(kb: KnowledgeBase) -> None:
    assert kb.countries["SUN"].historical
    assert not kb.countries["TWN"].historical
    assert "HKG" not in kb.countries and kb.places["hong_kong"].country == "CHN"


@pytest.mark.parametrize(("iso3", "capital"), [
    ("CHN", "beijing"), ("KAZ", "astana"), ("KGZ", "bishkek"), ("TJK", "dushanbe"), ("TKM", "ashgabat"),
    ("UZB", "tashkent"), ("RUS", "moscow"), ("USA", "washington"),
])
def test_capitals_point_at_places(kb: KnowledgeBase, iso3: str, capital: str) -> None:
    assert kb.countries[iso3].capital == capital
    assert kb.places[capital].kind == "city"


@pytest.mark.parametrize(("nisba", "iso3"), [
    ("صيني", "CHN"), ("صينية", "CHN"), ("كازاخستاني", "KAZ"), ("قازاقية", "KAZ"), ("كازاخي", "KAZ"),
    ("قيرغيزي", "KGZ"), ("قرغيزية", "KGZ"), ("طاجيكي", "TJK"), ("تركمانية", "TKM"), ("أوزبكي", "UZB"),
    ("أوزبكستاني", "UZB"), ("روسي", "RUS"), ("بيلاروسية", "BLR"), ("أوكراني", "UKR"), ("أفغاني", "AFG"),
    ("باكستاني", "PAK"), ("إيراني", "IRN"), ("هندي", "IND"), ("منغولي", "MNG"), ("أمريكي", "USA"),
    ("أميركية", "USA"), ("سوفياتي", "SUN"),
])
def test_nisba_index_maps_adjectives_to_countries(kb: KnowledgeBase, nisba: str, iso3: str) -> None:
    assert kb.nisba_index()[nisba] == iso3


def test_nisbas_are_stored_without_the_article(kb: KnowledgeBase) -> None:
    assert not [n for n in kb.nisba_index() if n.startswith("ال")]


# ------------------------------------------------------------------ places and organisations

def _ids_for(kb: KnowledgeBase, surface: str) -> set[tuple[str, str]]:
    key = name_key(surface)
    return {(kind, i) for s, kind, i in kb.all_arabic_names() if name_key(s) == key}


@pytest.mark.parametrize(("surface", "place"), [
    ("نور سلطان", "astana"), ("نور-سلطان", "astana"), ("نورسلطان", "astana"), ("آستانا", "astana"),
    ("ألما آتا", "almaty"), ("عشقاباد", "ashgabat"), ("أشغابات", "ashgabat"), ("طشقند", "tashkent"),
    ("بيجين", "beijing"), ("شيآن", "xian"), ("شي آن", "xian"), ("سيان", "xian"), ("تشنجدو", "chengdu"),
    ("أقتوبي", "aktobe"), ("شانشي", "shaanxi"), ("شينجيانج", "xinjiang"), ("كييف", "kyiv"),
    ("آسيا وسطى", "central_asia"), ("وسط آسيا", "central_asia"), ("منطقة بحر قزوين", "caspian"),
])
def test_place_variants_and_former_names_are_gazetteer_names(kb: KnowledgeBase, surface: str, place: str) -> None:
    assert ("place", place) in _ids_for(kb, surface)


def test_astana_keeps_its_former_name_and_ner_labels_follow_kind(kb: KnowledgeBase) -> None:
    assert "نور سلطان" in kb.places["astana"].variants_ar
    assert kb.places["astana"].ner == "GPE"
    assert kb.places["central_asia"].ner == "LOC" and kb.places["central_asia"].kind == "region"


@pytest.mark.parametrize(("surface", "org"), [
    ("منظمة شنغهاي للتعاون", "sco"), ("منظمة شانغهاي للتعاون", "sco"), ("شنغهاي للتعاون", "sco"),
    ("مجلس الأمن الدولي", "un_security_council"), ("هيئة الأمم المتحدة", "un"),
    ("الناتو", "nato"), ("آسيان", "asean"), ("رابطة الدول المستقلة", "cis"), ("الاتحاد الاقتصادي الأوراسي", "eaeu"),
    ("شينخوا", "xinhua"), ("وكالة الأنباء الصينية", "xinhua"), ("أ ف ب", "afp"),
    ("مجلس الدولة الصيني", "state_council"),
    ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"),
])
def test_organisation_names_resolve(kb: KnowledgeBase, surface: str, org: str) -> None:
    assert ("organization", org) in _ids_for(kb, surface)


def test_abbreviations_and_parents(kb: KnowledgeBase) -> None:
    abbr = dict(kb.all_abbreviations())
    assert abbr["SCO"] == "sco" and abbr["CSTO"] == "csto"
    assert kb.organizations["cpc_politburo"].parent == "cpc"
    assert kb.organizations["state_council"].country == "CHN"


# ------------------------------------------------------------------ officials and terms

def test_qin_gang_was_foreign_minister_at_the_fourth_ccas_meeting(kb: KnowledgeBase) -> None:
    classes = {o.role_class for o in kb.offices_on("qin_gang", "2023-04-26")}
    assert "foreign_minister" in classes


@pytest.mark.parametrize(("country", "role", "date", "person"), [
    ("CHN", "foreign_minister", "2024-05-20", "wang_yi"),
    ("CHN", "foreign_minister", "2023-04-26", "qin_gang"),
    ("CHN", "head_of_government", "2022-06-01", "li_keqiang"),
    ("CHN", "head_of_government", "2024-01-01", "li_qiang"),
    ("KAZ", "head_of_state", "2018-06-01", "nursultan_nazarbayev"),
    ("KAZ", "head_of_state", "2023-05-18", "kassym_jomart_tokayev"),
    ("KAZ", "head_of_government", "2023-01-01", "alikhan_smailov"),
    ("KAZ", "foreign_minister", "2022-06-08", "mukhtar_tileuberdi"),
    ("UZB", "foreign_minister", "2022-06-08", "vladimir_norov"),
    ("UZB", "foreign_minister", "2021-05-12", "abdulaziz_kamilov"),
    ("TKM", "head_of_state", "2023-05-18", "serdar_berdimuhamedov"),
    ("RUS", "head_of_government", "2019-01-01", "dmitry_medvedev"),
    ("BLR", "foreign_minister", "2023-06-01", "sergei_aleinik"),
    ("IRN", "foreign_minister", "2023-06-01", "hossein_amir_abdollahian"),
])
def test_holders_on_a_date(kb: KnowledgeBase, country: str, role: str, date: str, person: str) -> None:
    assert [o.person for o in kb.holders(country, role, date)] == [person]


def test_one_person_may_hold_several_offices_at_once(kb: KnowledgeBase) -> None:
    for person in ("murat_nurtleu", "rashid_meredov"):
        classes = {o.role_class for o in kb.offices_on(person, "2024-01-15")}
        assert {"foreign_minister", "deputy_head_of_government"} <= classes


def test_wang_yi_has_one_id_across_both_tenures(kb: KnowledgeBase) -> None:
    fm = [o for o in kb.terms("wang_yi") if o.role_class == "foreign_minister"]
    assert len(fm) == 2 and fm[0].end == "2022-12-30" and fm[1].start == "2023-07-25"
    assert kb.offices_on("wang_yi", "2023-04-26") and not [
        o for o in kb.offices_on("wang_yi", "2023-04-26") if o.role_class == "foreign_minister"]


def test_date_none_means_current_office(kb: KnowledgeBase) -> None:
    assert [o.person for o in kb.holders("RUS", "foreign_minister", None)] == ["sergey_lavrov"]
    assert kb.offices_on("qin_gang", None) == []


@pytest.mark.parametrize(("start", "end", "date", "covered"), [
    ("2013-11", None, "2013-11-30", True), ("2013-11", None, "2013-10-31", False),
    ("2012", "2022-04-27", "2022", True), (None, None, "1999", True), ("2020-01-01", "2020-12-31", "2021-01", False),
])
def test_partial_dates_cover_their_whole_span(start, end, date, covered) -> None:
    assert _covers(start, end, date) is covered


def test_bounds_of_partial_dates() -> None:
    assert _bounds("2023") == ("2023-01-01", "2023-12-31")
    assert _bounds("2023-04") == ("2023-04-01", "2023-04-31")


# ------------------------------------------------------------------ meetings

@pytest.mark.parametrize(("series", "number", "date", "meeting_id"), [
    ("ccas_fm", 4, None, "ccas-fm-4"),
    ("ccas_fm", None, "2023-04-27", "ccas-fm-4"),
    ("ccas_fm", None, "2022-06-08", "ccas-fm-3"),
    ("ccas_summit", 1, None, "ccas-summit-1"),
    ("ccas_summit", None, "2025-06-17", "ccas-summit-2"),
    ("sco_summit", None, "2022-09-16", "sco-summit-2022"),
    ("sco_summit", 24, None, "sco-summit-2024"),  # the SCO numbers its heads-of-state councils from Shanghai 2001
    ("sco_summit", 25, None, "sco-summit-2025"),
    ("sco_fm", None, "2024-05-21", "sco-fm-2024"),
])
def test_meeting_on_by_number_or_date(kb: KnowledgeBase, series, number, date, meeting_id) -> None:
    meeting = kb.meeting_on(series, number=number, date=date)
    assert meeting is not None and meeting.id == meeting_id


def test_meeting_on_is_none_when_no_or_several_meetings_match(kb: KnowledgeBase) -> None:
    assert kb.meeting_on("ccas_fm", date="2023-05-18") is None
    assert kb.meeting_on("sco_summit") is None


def test_meeting_places_and_online_flags(kb: KnowledgeBase) -> None:
    assert kb.meeting_on("ccas_fm", 1).online and kb.meeting_on("ccas_fm", 1).place is None
    assert kb.places[kb.meeting_on("ccas_fm", 3).place].name_en == "Astana"


# ------------------------------------------------------------------ validation

_OFFICIAL_HEADER = "person\tname_en\ten_variants\tcountry\ttitle_en\trole_class\tstart\tend\tsource"
_OFFICIAL_REQ = tuple(_OFFICIAL_HEADER.split("\t"))


@pytest.mark.parametrize(("row", "problem"), [
    ("wang_yi\tWang Yi\t\tCHN\tFM\tforeign_minster\t2013\t\thttps://x", "role_class"),
    ("wang_yi\tWang Yi\t\tCHN\tFM\tforeign_minister\t13-03\t\thttps://x", "start"),
    ("wang_yi\tWang Yi\t\tCHN\tFM\tforeign_minister\t2013\t\t", "empty source"),
    ("wang_yi\tWang Yi\tCHN\tFM\tforeign_minister\t2013\t\thttps://x", "cells"),
    ("wang_yi\tWang Yi\t\tCHN\tFM\tforeign_minister\t2020\t2013\thttps://x", "after"),
])
def test_malformed_row_names_file_and_line(row: str, problem: str) -> None:
    text = f"{_OFFICIAL_HEADER}\nxi_jinping\tXi Jinping\tXi\tCHN\tPresident\thead_of_state\t2013\t\thttps://x\n{row}\n"
    with pytest.raises(ReferenceDataError, match=rf"officials\.tsv:3: .*{problem}"):
        parse_table("officials.tsv", text, _OFFICIAL_REQ, _official)


def test_missing_column_is_reported() -> None:
    with pytest.raises(ReferenceDataError, match=r"meetings\.tsv:1: missing columns"):
        parse_table("meetings.tsv", "id\tseries\tsource\n", ("id", "series", "start", "source"), _meeting)


def test_name_key_folds_hamza_diacritics_and_hyphens() -> None:
    assert name_key("أُوزْبَكِسْتَان") == name_key("اوزبكستان")
    assert name_key("نور-سلطان") == name_key("نور سلطان")
    assert name_key("China") == name_key("CHINA")


def _snake(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def test_person_ids_are_snake_case_of_the_english_name(kb: KnowledgeBase) -> None:
    assert [p for p in kb.person_ids() if _snake(kb.terms(p)[0].name_en) != p] == []
