"""Phrasings first met on unseen text (the fifth held-out set): organisation back-references, inclusions in what is
rejected, suffixed event nouns, entry into force, participles of demand, passive discussion."""
from __future__ import annotations

import pytest


def test_the_organisation_is_the_one_whose_name_has_that_noun(run):
    text = ("عقدت منظمة شنغهاي للتعاون قمتها في بكين. وأكد القادة احترام ميثاق الأمم المتحدة. "
            "وأعرب الإعلان عن رفض المنظمة للإجراءات الأحادية.")
    e = next(e for e in run(text) if e.type == "REJECT")
    assert "org/sco" in e.sources and "org/un" not in e.sources


def test_bare_member_states_are_the_organisation_referred_to_most(run):
    text = ("عقدت منظمة شنغهاي للتعاون قمتها في بكين. ورفضت المنظمة العقوبات التي لا تستند إلى ميثاق الأمم المتحدة. "
            "ودعا توكاييف الدول الأعضاء إلى إصلاح آليات العمل.")
    e = next(e for e in run(text) if e.type == "REQUEST")
    assert "org/sco" in e.targets and "org/un" not in e.targets


def test_member_states_of_a_named_organisation_are_that_organisation(run):
    e = next(e for e in run("دانت الدول الأعضاء في منظمة شنغهاي للتعاون الضربات التي شنتها إسرائيل على إيران.")
             if e.type == "REJECT")
    assert e.sources == ("org/sco",)


def test_a_summit_with_a_possessive_suffix_is_a_meeting(run):
    e = next(e for e in run("عقدت منظمة شنغهاي للتعاون قمتها في بكين.") if e.type == "CONSULT")
    assert "org/sco" in e.participants


@pytest.mark.parametrize("text,kept", [
    ("رفضت الصين الإجراءات الأحادية، بما فيها العقوبات والرسوم الجمركية.", False),
    ("رفضت الصين الإجراءات الأحادية، ولا سيما العقوبات.", False),
    ("رفضت الصين الإجراءات الأحادية، وفرضت عقوبات على الشركات.", True),
])
def test_a_hostile_act_included_in_what_is_rejected_is_no_event(run, text, kept):
    types = [e.type for e in run(text)]
    assert "REJECT" in types
    assert ("SANCTION" in types) is kept


@pytest.mark.parametrize("text,etype,status", [
    ("دخلت اتفاقية الإعفاء المتبادل من التأشيرات بين الصين وكازاخستان حيز التنفيذ اليوم.", "COOPERATE", "asserted"),
    ("دخول اتفاقية الإعفاء المتبادل من التأشيرات بين الصين وكازاخستان حيز التنفيذ", "COOPERATE", "asserted"),
    ("وستدخل الاتفاقية بين الصين وكازاخستان حيز النفاذ الشهر المقبل.", "COOPERATE", "intended"),
    ("وقالت إن الصين مستعدة لبحث ترتيبات مماثلة مع قيرغيزستان.", "CONSULT", "intended"),
    ("ودانت روسيا الضربات العسكرية على إيران.", "REJECT", "asserted"),
    ("وشدد توكاييف على أهمية الأمن، مطالباً الصين بتسريع المشاريع.", "REQUEST", "asserted"),
    ("وخلال زيارة وانغ يي إلى أستانا، تم بحث العلاقات بين الصين وكازاخستان.", "CONSULT", "asserted"),
])
def test_new_trigger_phrasings(run, text, etype, status):
    assert any(e.type == etype and e.status == status for e in run(text)), [(e.type, e.status) for e in run(text)]
