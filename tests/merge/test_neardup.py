"""Near-duplicate documents: one wire rewritten by several outlets, MinHash LSH over word shingles."""
from __future__ import annotations

import pytest

from silkwire.merge import DocumentMeta, near_duplicates
from silkwire.merge.neardup import DEFAULT_THRESHOLD

WIRE = (
    "أستانا 17 يونيو 2025 (شينخوا) وقع الرئيس الصيني شي جين بينغ ورؤساء دول آسيا الوسطى الخمس اليوم الثلاثاء "
    "معاهدة حسن الجوار الدائم والصداقة والتعاون في ختام القمة الثانية بين الصين وآسيا الوسطى.\n"
    "وقال شي في كلمته أمام القمة إن الصين مستعدة للعمل مع دول آسيا الوسطى لبناء مجتمع مصير مشترك أوثق، "
    "وتعزيز التعاون في مجالات التجارة والطاقة والنقل والزراعة.\n"
    "واتفق القادة على إنشاء مراكز للتعاون في مجال الحد من الفقر وتبادل التعليم والوقاية من التصحر، "
    "وعلى تسريع بناء خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان.\n"
    "وأعلن الرئيس الصيني أن بلاده ستقدم منحا بقيمة 1.5 مليار يوان لدول آسيا الوسطى هذا العام لدعم مشاريع "
    "التنمية ومعيشة الشعوب.\n"
    "من جانبه، أكد رئيس كازاخستان قاسم جومارت توكاييف أن القمة فتحت صفحة جديدة في العلاقات بين الجانبين، "
    "مشيرا إلى أن حجم التبادل التجاري بين الصين ودول المنطقة تجاوز 94 مليار دولار العام الماضي.\n"
    "وتعد هذه القمة الثانية من نوعها بعد القمة الأولى التي عقدت في مدينة شيآن الصينية في مايو 2023."
)

REWRITES = {
    "new dateline and credit": WIRE.replace("أستانا 17 يونيو 2025 (شينخوا) ", "بكين - العين الإخبارية: ")
    + "\nالمصدر: وكالات",
    "spelling variants": WIRE.replace("أ", "ا").replace("ة ", "ه ").replace("شيآن", "شيان")
    .replace("توكاييف", "توكايف").replace("الصين", "الصـين"),
    "lead rewritten, a paragraph dropped": "\n".join(
        ["اختتمت في العاصمة الكازاخستانية أستانا أعمال القمة الثانية بين الصين ودول آسيا الوسطى بتوقيع معاهدة "
         "حسن الجوار الدائم والصداقة والتعاون.", *WIRE.split("\n")[1:4], *WIRE.split("\n")[5:]]),
}

OTHER_ON_SAME_SUMMIT = (
    "أستانا - سبوتنيك. استضافت العاصمة الكازاخستانية أستانا قمة الصين وآسيا الوسطى بمشاركة الرئيس الصيني شي "
    "جين بينغ.\nوعقد الرئيس الكازاخستاني قاسم جومارت توكاييف محادثات ثنائية مع نظيره الصيني تناولت التعاون في "
    "مجال الطاقة النووية السلمية وإمدادات الغاز.\nوأشار محللون إلى أن بكين تسعى لتعزيز نفوذها الاقتصادي في المنطقة "
    "في ظل المنافسة مع روسيا والولايات المتحدة.\nوتوقع خبراء أن ترتفع الاستثمارات الصينية في كازاخستان خلال "
    "السنوات المقبلة، خصوصا في قطاع البنية التحتية والطرق.\nكما التقى شي برئيس أوزبكستان شوكت ميرضيايف وبحثا "
    "مشروع السكك الحديدية العابر لقيرغيزستان."
)


@pytest.mark.parametrize("kind", sorted(REWRITES))
def test_a_wire_rewritten_by_another_outlet_is_a_near_duplicate(kind):
    docs = {"w": DocumentMeta("w", "Xinhua"), "r": DocumentMeta("r", "Al Ain")}
    pairs = near_duplicates({"w": WIRE, "r": REWRITES[kind]}, docs)
    assert [(p.a, p.b) for p in pairs] == [("r", "w")]
    assert pairs[0].jaccard >= DEFAULT_THRESHOLD
    assert (pairs[0].outlet_a, pairs[0].outlet_b) == ("Al Ain", "Xinhua")


def test_a_different_article_on_the_same_summit_is_not_a_near_duplicate():
    assert near_duplicates({"w": WIRE, "o": OTHER_ON_SAME_SUMMIT}) == []


def test_only_cross_outlet_pairs_when_asked():
    texts = {"a": WIRE, "b": REWRITES["new dateline and credit"], "c": OTHER_ON_SAME_SUMMIT}
    same = {k: DocumentMeta(k, "Xinhua") for k in texts}
    assert near_duplicates(texts, same, cross_outlet_only=True) == []
    assert len(near_duplicates(texts, same)) == 1


def test_empty_texts_are_ignored():
    assert near_duplicates({"a": "", "b": "  .. ", "c": WIRE}) == []
