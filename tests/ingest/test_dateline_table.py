"""Real-world dateline and date formats: each row asserts the date, the city and the outlet read from the header."""
from __future__ import annotations

import pytest

from silkwire.ingest.dates import month_number, to_iso
from silkwire.ingest.meta import read_header

BODY = " أجرى وزير الخارجية محادثات مع نظيره حول تعزيز التعاون الثنائي في مجالات التجارة والطاقة والنقل."

# (header text, published, dateline city, outlet)
CASES = [
    ("شيآن 26 أبريل 2023 (شينخوا)" + BODY, "2023-04-26", "شيآن", "Xinhua"),
    ("نور سلطان 8 يونيو 2022 (شينخوا)" + BODY, "2022-06-08", "نور سلطان", "Xinhua"),
    ("أستانا 17 يونيو 2025 (شينخوا)" + BODY, "2025-06-17", "أستانا", "Xinhua"),
    ("بوابة اوكرانيا-كييف-27 ابريل 2023-" + BODY, "2023-04-27", "كييف", "بوابة اوكرانيا"),
    ("موسكو، 5 مارس 2024 (رويترز) -" + BODY, "2024-03-05", "موسكو", "Reuters"),
    ("القاهرة في 3 نيسان/أبريل 2024 (أ ف ب)" + BODY, "2024-04-03", "القاهرة", "AFP"),
    ("بكين - 12 كانون الثاني 2024 -" + BODY, "2024-01-12", "بكين", None),
    ("بيروت 14 تشرين الأول 2023 (أ.ف.ب)" + BODY, "2023-10-14", "بيروت", "AFP"),
    ("دمشق 2 تموز 2024 (سانا)" + BODY, "2024-07-02", "دمشق", "SANA"),
    ("عمان 9 أيار 2024 (بترا)" + BODY, "2024-05-09", "عمان", "Petra"),
    ("بغداد 1 آب 2023 (واع)" + BODY, "2023-08-01", "بغداد", "INA"),
    ("تشكنت ٢٦ أبريل ٢٠٢٣ (شينخوا)" + BODY, "2023-04-26", "تشكنت", "Xinhua"),
    ("دوشنبه ١٥ كانون الأول ٢٠٢٢ (تاس)" + BODY, "2022-12-15", "دوشنبه", "TASS"),
    ("الرياض، الثلاثاء 14 مايو 2024 (واس) -" + BODY, "2024-05-14", "الرياض", "SPA"),
    ("الرياض 6 ذو القعدة 1445 هـ الموافق 14 مايو 2024 م واس" + BODY, "2024-05-14", "الرياض", "SPA"),
    ("أبوظبي في 20 يونيه 2024 /وام/" + BODY, "2024-06-20", "أبوظبي", "WAM"),
    ("القاهرة في 11 يوليه 2023 /أ ش أ/" + BODY, "2023-07-11", "القاهرة", "MENA"),
    ("الدوحة - 3 سبتمبر 2023 - (قنا)" + BODY, "2023-09-03", "الدوحة", "QNA"),
    ("الجزائر - 5 جوان 2024 (واج) -" + BODY, "2024-06-05", "الجزائر", "APS"),
    ("تونس 22 جويلية 2024 (وات)" + BODY, "2024-07-22", "تونس", "TAP"),
    ("بشكيك 10 أكتوبر 2024 (سبوتنيك)" + BODY, "2024-10-10", "بشكيك", "Sputnik"),
    ("عشق آباد، 28 فبراير 2024 (الأناضول)" + BODY, "2024-02-28", "عشق آباد", "Anadolu"),
    ("أنقرة/ الأناضول" + BODY, None, "أنقرة", "Anadolu"),
    ("موسكو، 5 مارس (رويترز) -" + BODY, None, "موسكو", "Reuters"),
    ("دبي، الإمارات العربية المتحدة (CNN) --" + BODY, None, "دبي", "CNN Arabic"),
    ("الكويت - كونا -" + BODY, None, "الكويت", "KUNA"),
    ("واشنطن - 7 إبريل 2024 (د ب أ)" + BODY, "2024-04-07", "واشنطن", "dpa"),
    ("سمرقند 15 أيلول 2022 (إرنا)" + BODY, "2022-09-15", "سمرقند", "IRNA"),
    ("بكين 2024/05/20 (شينخوا)" + BODY, "2024-05-20", "بكين", "Xinhua"),
    ("أستانا 20.05.2024 (كازينفورم)" + BODY, "2024-05-20", "أستانا", "Kazinform"),
    ("بكين 2024-05-20 (شينخوا)" + BODY, "2024-05-20", "بكين", "Xinhua"),
    ("/مصدر: شينخوا/   2023:04:27.10:18\n\nشيآن 26 أبريل 2023 (شينخوا)" + BODY, "2023-04-27", "شيآن", "Xinhua"),
    ("نشر في: 20/05/2024 - 10:18\n\nأستانا 19 مايو 2024 (شينخوا)" + BODY, "2024-05-20", "أستانا", "Xinhua"),
    ("الاثنين 20 مايو 2024\n\n" + BODY.strip(), "2024-05-20", None, None),
    ("تاريخ النشر: 2024-05-20T10:18:00+03:00\nالمصدر: رويترز\n" + BODY.strip(), "2024-05-20", None, "Reuters"),
    ("هرمز نيوز : وكالات\n" + BODY.strip(), None, None, "هرمز نيوز"),
    ("القاهرة - وكالات\n" + BODY.strip(), None, "القاهرة", "agencies"),
    ("وقعت الصين وكازاخستان يوم الثلاثاء اتفاقية للتعاون في مجال الطاقة." + BODY, None, None, None),
    ("التقى الرئيس الصيني يوم 5 مايو 2024 نظيره الكازاخستاني في بكين." + BODY, None, None, None),
    ("آخر تحديث: 18 يونيو 2025 - 03:12 م بتوقيت مكة المكرمة\n" + BODY.strip(), "2025-06-18", None, None),
    ("الأربعاء 26 أبريل 2023\nشيان (الصين) -" + BODY, "2023-04-26", "شيان", None),  # a country, no outlet
    ("تيانجين (سبوتنيك) 15 يوليو 2025 -" + BODY, "2025-07-15", "تيانجين", "Sputnik"),  # credit before the date
    ("موسكو (رويترز) 5 مارس 2024 - " + BODY, "2024-03-05", "موسكو", "Reuters"),
    ("سي جي تي إن العربية | 18 يونيو 2025\n" + BODY.strip(), "2025-06-18", None, "CGTN Arabic"),  # outlet | date
    ("الميادين نت\n9 نيسان 2025 15:42\n\n" + BODY.strip(), "2025-04-09", None, "Al Mayadeen"),  # outlet name alone
    ("اندبندنت عربية\nالجمعة 11 أبريل 2025 3:15\n\n" + BODY.strip(), "2025-04-11", None, "Independent Arabia"),
    # a credit after the date and a dash, closed by a full stop: known and unknown outlets
    ("دوشنبه، 4 مارس 2025 – آسيا بلس." + BODY, "2025-03-04", "دوشنبه", "Asia-Plus"),
    ("أوش، 9 نوفمبر 2024 – تازابار." + BODY, "2024-11-09", "أوش", "تازابار"),
    ("أوش، 9 نوفمبر 2024 – أعلن المكتب الصحفي." + BODY, "2024-11-09", "أوش", None),  # a sentence, no credit
    # city – «credit». with the date on a stamp line above
    ("الخميس، 6 مارس 2025\n\nسمرقند – «أوزا». " + BODY.strip(), "2025-03-06", "سمرقند", "UzA"),
    ("الخميس، 6 مارس 2025\n\nخوجند – «نافو». " + BODY.strip(), "2025-03-06", "خوجند", "نافو"),
    ("العين الإخبارية\nالأحد 2025/03/09 11:05 ص بتوقيت أبوظبي\n\n" + BODY.strip(), "2025-03-09", None,
     "Al Ain News"),
]


@pytest.mark.parametrize(("text", "published", "city", "outlet"), CASES, ids=[c[0][:30] for c in CASES])
def test_header_gives_date_city_and_outlet(text: str, published: str | None, city: str | None, outlet: str | None):
    meta = read_header(text)
    assert (meta.published, meta.place, meta.outlet) == (published, city, outlet)


def test_table_has_at_least_thirty_formats():
    assert len(CASES) >= 30


def test_yearless_dateline_takes_the_year_from_metadata():
    meta = read_header("موسكو، 5 مارس (رويترز) -" + BODY, default_year=2024)
    assert meta.published == "2024-03-05"


@pytest.mark.parametrize(("names", "number"), [
    (("يناير", "كانون الثاني", "جانفي"), 1), (("فبراير", "شباط", "فيفري"), 2), (("مارس", "آذار", "اذار"), 3),
    (("أبريل", "ابريل", "إبريل", "نيسان", "أفريل"), 4), (("مايو", "أيار", "ايار", "ماي"), 5),
    (("يونيو", "يونيه", "حزيران", "جوان"), 6), (("يوليو", "يوليه", "تموز", "جويلية"), 7),
    (("أغسطس", "اغسطس", "آب", "أوت"), 8), (("سبتمبر", "أيلول", "ايلول"), 9),
    (("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"), 10), (("نوفمبر", "تشرين الثاني"), 11),
    (("ديسمبر", "كانون الأول", "كانون الاول"), 12),
])
def test_month_table_knows_every_series_and_spelling(names: tuple[str, ...], number: int):
    assert {month_number(n) for n in names} == {number}


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-05-20T10:18:00+03:00", "2024-05-20"), ("20/05/2024", "2024-05-20"), ("٢٠ مايو ٢٠٢٤", "2024-05-20"),
    ("الاثنين، 20 أيار 2024", "2024-05-20"), ("2024-02-30", None), ("قريبا", None), (None, None),
])
def test_metadata_dates_normalise_to_iso(value: str | None, iso: str | None):
    assert to_iso(value) == iso


@pytest.mark.parametrize(("text", "published"), [
    (BODY.strip() + "\n\nالخدمة الصحفية لوزارة الخارجية\nبيشكيك، 4 يونيو 2024\n", "2024-06-04"),  # a press release
    (BODY.strip() + "\n\nتاريخ النشر: الخميس 15 مايو 2025\n", "2025-05-15"),
    (BODY.strip() + "\n\nنشر في: 20/05/2024 - 10:18", "2024-05-20"),
    # a date inside the closing paragraph is no publication date
    (BODY.strip() + "\nومن المقرر أن تعقد القمة المقبلة في أستانا في 5 يونيو 2025 بمشاركة قادة الدول الست.", None),
])
def test_a_closing_date_line_dates_a_text_whose_header_has_none(text: str, published: str | None):
    assert read_header(text).published == published


def test_the_header_date_wins_over_a_closing_one():
    text = "أستانا 20.05.2024 (كازينفورم)" + BODY + ("\n" + BODY.strip()) * 8 + "\n\nتاريخ النشر: 21 مايو 2024\n"
    assert read_header(text).published == "2024-05-20"
