"""Reference officials named by surname alone: recognised, and resolved to the holder on the article's date."""
import pytest
from tests.resolve.conftest import article

from silkwire.nlp import recognize
from silkwire.resolve import resolve
from silkwire.resolve.surnames import surname_index


def _people(kb, text, published="2024-07-04"):
    a = article(text, published)
    mentions, _ = resolve(a, recognize(a, kb), kb)
    return {m.text: m.actor for m in mentions if m.type == "PER"}


@pytest.mark.parametrize("text, surface, actor", [
    ("وقال توكاييف إن بلاده تدعم المبادرة.", "توكاييف", "person/kassym_jomart_tokayev"),
    ("توكاييف يستقبل وانغ يي في أستانا", "توكاييف", "person/kassym_jomart_tokayev"),  # a headline
    ("وأكد توقاييف أهمية التعاون.", "توقاييف", "person/kassym_jomart_tokayev"),
    ("واستقبل ميرضيائيف الوفد في طشقند.", "ميرضيائيف", "person/shavkat_mirziyoyev"),
    ("وأشاد ميرزيوييف بنتائج الزيارة.", "ميرزيوييف", "person/shavkat_mirziyoyev"),
    ("ورحب جاباروف بالاتفاق.", "جاباروف", "person/sadyr_japarov"),
    ("ورحب جباروف بالاتفاق.", "جباروف", "person/sadyr_japarov"),
    ("وشكر رحمون الصين على دعمها.", "رحمون", "person/emomali_rahmon"),
    ("وأجرى لافروف محادثات هاتفية.", "لافروف", "person/sergey_lavrov"),
])
def test_a_bare_surname_is_the_official_in_office(kb, text, surface, actor) -> None:
    assert _people(kb, text).get(surface) == actor


def test_a_given_name_written_before_the_surname_joins_the_mention(kb) -> None:
    text = "والتقى شوكت ميرضيائيف بالوفد."
    people = _people(kb, text)
    assert people.get("شوكت ميرضيائيف") == "person/shavkat_mirziyoyev"


@pytest.mark.parametrize("date, actor", [
    ("2024-07-04", "person/sadyr_japarov"),  # president vs chairman of the cabinet: the head of state
    ("2020-10-12", "person/sadyr_japarov"),  # prime minister then, Akylbek held no listed office
])
def test_japarov_alone_is_the_higher_office_on_the_date(kb, date, actor) -> None:
    assert surname_index(kb).resolve("جباروف", date) == actor.split("/")[1]


@pytest.mark.parametrize("name, date", [
    ("جباروف", None),  # two Japarovs and no date to tell them apart
    ("ألماز جباروف", "2024-07-04"),  # another given name: somebody else
    ("محمد رحمون", "2024-07-04"),
])
def test_surname_that_cannot_be_told_apart_resolves_to_nobody(kb, name, date) -> None:
    assert surname_index(kb).resolve(name, date) is None


def test_meredov_and_mirziyoyev_share_a_skeleton_but_not_vowels(kb) -> None:
    idx = surname_index(kb)
    assert idx.people("ميرضيائيف") == ["shavkat_mirziyoyev"]
    assert idx.people("مريدوف") == ["rashid_meredov"]


def test_berdimuhamedov_alone_is_the_president_of_the_day(kb) -> None:
    idx = surname_index(kb)
    assert idx.resolve("بيردي محمدوف", "2019-05-01") == "gurbanguly_berdimuhamedov"
    assert idx.resolve("بيردي محمدوف", "2024-05-01") == "serdar_berdimuhamedov"


@pytest.mark.parametrize("text, word", [
    ("وقال شريف إن الحكومة ستعمل على ذلك.", "شريف"),  # Sharif, and an ordinary adjective
    ("وأكد إبراهيم أن الاجتماع مهم.", "إبراهيم"),  # Ibrohim: a common Arabic given name
    ("ورأى رجل في الشارع ذلك.", "رجل"),
    ("وكان ورجل الأعمال حاضرا.", "ورجل"),  # و + رجل is no Orgil
    ("وكانت المسافات بعيدين عن المدينة.", "بعيدين"),  # ب + عيدين / بعيد + ين is no Biden
    ("ستشارك الصين في المعرض.", "ستشارك"),  # a verb is no Swaraj
    ("قال عبدالاله إن الوفد وصل.", "عبدالاله"),  # عبد + divine name: a given name, not Abdullah Abdullah
])
def test_a_surname_that_is_an_ordinary_word_never_fires_bare(kb, text, word) -> None:
    rec = recognize(article(text, "2024-07-04"), kb)
    assert not [m for m in rec.mentions if m.source == "surname" and word.endswith(m.text)]


def test_chinese_surnames_never_fire_bare(kb) -> None:
    rec = recognize(article("وقال وانغ إن الصين مستعدة.", "2024-07-04"), kb)
    assert not [m for m in rec.mentions if m.source == "surname"]
