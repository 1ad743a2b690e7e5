"""Generate src/silkwire/data/countries.tsv from CLDR (babel) and ISO 3166 (pycountry) plus hand-written extras.

Why a script: the base Arabic names of ~250 territories come from CLDR and should be regenerated, not retyped, when
babel updates; the extras (spelling variants, official long forms, nisba adjectives, capitals) are written below as
data with an ar.wikipedia source per country.  Run: ``python3 scripts/build_reference.py``.
"""
from __future__ import annotations

import re
from pathlib import Path

import babel
import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "silkwire" / "data" / "countries.tsv"
CLDR = f"CLDR via babel {babel.__version__}; ISO 3166-1 via pycountry"
SKIP = {"HKG", "MAC"}  # special administrative regions of China: places.tsv rows (province), not countries
EN_OVERRIDES = {"TUR": "Turkey", "CIV": "Ivory Coast", "PSE": "Palestine", "MMR": "Myanmar"}
AR_OVERRIDES = {"PSE": "فلسطين"}  # CLDR's "الأراضي الفلسطينية" is kept as a variant

# iso3 | variants (;) | official long forms (;) | nisbas masc+fem without ال (;) | capital place id
EXTRAS = """
CHN|الصين الشعبية;البر الصيني|جمهورية الصين الشعبية|صيني;صينية|beijing
KAZ|قازاقستان;قازقستان;كازخستان;كزاخستان;كازاخيا|جمهورية كازاخستان|كازاخستاني;كازاخستانية;قازاقي;قازاقية;كازاخي;كازاخية;قازاقستاني;قازاقستانية|astana
KGZ|قرغيزستان;قيرغيزيا;كيرغيزستان;قرغيزيا;كيرغيزيا;قيرغستان;قرغيزيستان|الجمهورية القيرغيزية;جمهورية قيرغيزستان|قيرغيزي;قيرغيزية;قرغيزي;قرغيزية;كيرغيزي;كيرغيزية;قيرغيزستاني;قيرغيزستانية|bishkek
TJK|طاجكستان;طاجيكيستان|جمهورية طاجيكستان|طاجيكي;طاجيكية;طاجكي;طاجكية;طاجيكستاني;طاجيكستانية|dushanbe
TKM|تركمنستان;تركمانيا|تركمانستان المحايدة|تركماني;تركمانية;تركمنستاني;تركمانستاني;تركمانستانية|ashgabat
UZB|اوزبكستان;أوزبكیستان;أوزباكستان;أزبكستان|جمهورية أوزبكستان|أوزبكي;أوزبكية;أوزبكستاني;أوزبكستانية;اوزبكي;اوزبكية;أوزبيكي;أوزبيكية|tashkent
RUS|الاتحاد الروسي;روسيا الاتحادية;روسيا الإتحادية;الإتحاد الروسي|جمهورية روسيا الاتحادية|روسي;روسية|moscow
BLR|بيلاروسيا;روسيا البيضاء;بيلاروسيه;بيلاروس البيضاء|جمهورية بيلاروس;جمهورية بيلاروسيا|بيلاروسي;بيلاروسية|minsk
UKR|اوكرانيا;أوكراينا||أوكراني;أوكرانية;اوكراني;اوكرانية|kyiv
AFG|افغانستان|إمارة أفغانستان الإسلامية;جمهورية أفغانستان الإسلامية|أفغاني;أفغانية;افغاني;افغانية|kabul
PAK|الباكستان|جمهورية باكستان الإسلامية|باكستاني;باكستانية|islamabad
IRN|ايران|جمهورية إيران الإسلامية;الجمهورية الإسلامية الإيرانية|إيراني;إيرانية;ايراني;ايرانية|tehran
IND|||هندي;هندية|new_delhi
MNG|منغوليا الخارجية;مونغوليا;منغوليا|جمهورية منغوليا|منغولي;منغولية;مونغولي;مونغولية|ulaanbaatar
AZE|أذربيجان;اذربيجان;آذربيجان|جمهورية أذربيجان|أذربيجاني;أذربيجانية;أذري;أذرية;اذربيجاني;آذري;آذرية|baku
TUR|تُركيا;تورکیه;تركيا|الجمهورية التركية;جمهورية تركيا|تركي;تركية|ankara
USA|أمريكا;امريكا;أميركا;اميركا;الولايات المتحدة الأمريكية;الولايات المتحدة الأميركية|الولايات المتحدة الأمريكية|أمريكي;أمريكية;أميركي;أميركية;امريكي;امريكية|washington
TWN|جزيرة تايوان;تايوان الصينية||تايواني;تايوانية|taipei
SUN|الاتحاد السوفياتي;الاتحاد السوفيتي;الإتحاد السوفيتي;الإتحاد السوفياتي|اتحاد الجمهوريات الاشتراكية السوفيتية;اتحاد الجمهوريات الاشتراكية السوفياتية|سوفيتي;سوفيتية;سوفياتي;سوفياتية|moscow
GEO|جورجيا||جورجي;جورجية|tbilisi
ARM|أرمينيا;ارمينيا|جمهورية أرمينيا|أرميني;أرمينية;أرمني;أرمنية|yerevan
JPN|اليابان||ياباني;يابانية|tokyo
KOR|كوريا الجنوبية|جمهورية كوريا|كوري جنوبي;كورية جنوبية|seoul
PRK|كوريا الشمالية|جمهورية كوريا الديمقراطية الشعبية|كوري شمالي;كورية شمالية|pyongyang
GBR|بريطانيا;المملكة المتحدة|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية|بريطاني;بريطانية|london
CAN|||كندي;كندية|
AUS|||أسترالي;أسترالية;استرالي;استرالية|
BRA|||برازيلي;برازيلية|
ZAF|||جنوب أفريقي;جنوب أفريقية|
IDN|||إندونيسي;إندونيسية;اندونيسي;اندونيسية|
MYS|||ماليزي;ماليزية|
VNM|فيتنام;فييتنام||فيتنامي;فيتنامية|
THA|||تايلاندي;تايلاندية|
NPL|||نيبالي;نيبالية|
BGD|بنغلاديش;بنجلاديش||بنغلاديشي;بنغلاديشية|
LKA|||سريلانكي;سريلانكية|
MMR|بورما;ميانمار (بورما)||ميانماري;ميانمارية|
ISR|||إسرائيلي;إسرائيلية|
DZA|||جزائري;جزائرية|
BHR|||بحريني;بحرينية|
COM|||قمري;قمرية|
DJI|||جيبوتي;جيبوتية|
EGY|||مصري;مصرية|cairo
IRQ|||عراقي;عراقية|baghdad
JOR|||أردني;أردنية|amman
KWT|||كويتي;كويتية|
LBN|||لبناني;لبنانية|
LBY|||ليبي;ليبية|
MRT|||موريتاني;موريتانية|
MAR|||مغربي;مغربية|
OMN|عمان;سلطنة عمان;سلطنة عُمان||عماني;عمانية|
PSE|الأراضي الفلسطينية;دولة فلسطين||فلسطيني;فلسطينية|
QAT|||قطري;قطرية|doha
SAU|السعودية||سعودي;سعودية|riyadh
SOM|||صومالي;صومالية|
SDN|||سوداني;سودانية|
SYR|سورية||سوري;سورية|damascus
TUN|||تونسي;تونسية|
ARE|الإمارات;الامارات;دولة الإمارات||إماراتي;إماراتية;اماراتي;اماراتية|abu_dhabi
YEM|||يمني;يمنية|
AUT|||نمساوي;نمساوية|
BEL|||بلجيكي;بلجيكية|brussels
BGR|||بلغاري;بلغارية|
HRV|||كرواتي;كرواتية|
CYP|||قبرصي;قبرصية|
CZE|التشيك;جمهورية التشيك;تشيكيا||تشيكي;تشيكية|
DNK|||دنماركي;دنماركية|
EST|||إستوني;إستونية|
FIN|||فنلندي;فنلندية|
FRA|||فرنسي;فرنسية|paris
DEU|||ألماني;ألمانية|berlin
GRC|||يوناني;يونانية|
HUN|||مجري;مجرية|
IRL|||أيرلندي;أيرلندية|
ITA|||إيطالي;إيطالية|rome
LVA|||لاتفي;لاتفية|
LTU|||ليتواني;ليتوانية|
LUX|||لوكسمبورغي;لوكسمبورغية|
MLT|||مالطي;مالطية|
NLD|||هولندي;هولندية|
POL|||بولندي;بولندية|
PRT|||برتغالي;برتغالية|
ROU|||روماني;رومانية|
SVK|||سلوفاكي;سلوفاكية|
SVN|||سلوفيني;سلوفينية|
ESP|||إسباني;إسبانية;اسباني;اسبانية|
SWE|||سويدي;سويدية|
"""  # noqa: E501


def _clean(name: str) -> tuple[str, str | None]:
    """CLDR puts short forms in brackets ("ميانمار (بورما)"): keep the head as the name, the whole as a variant."""
    head = re.sub(r"\s*\(.*\)\s*", "", name).strip()
    return head, (name if head != name else None)


def _extras() -> dict[str, list[str]]:
    out = {}
    for line in EXTRAS.strip().splitlines():
        cells = line.split("|")
        assert len(cells) == 5, line
        out[cells[0]] = cells[1:]
    return out


def _row(iso2: str, iso3: str, name_en: str, extra: list[str] | None, ar: dict[str, str]) -> list[str]:
    name_ar, bracketed = _clean(AR_OVERRIDES.get(iso3, ar[iso2]))
    cells = extra or ["", "", "", ""]
    variants, longs, nisbas = (e.split(";") for e in cells[:3])
    capital = cells[3]
    variants = [v for v in dict.fromkeys([*variants, bracketed or ""]) if v and v != name_ar]
    source = CLDR if iso2 != "SU" else "ISO 3166-3 via pycountry"
    if extra:
        source += f"; variants/nisbas/capital: https://ar.wikipedia.org/wiki/{name_ar.replace(' ', '_')}"
    return [iso3, iso2, name_en, name_ar, " | ".join(variants), " | ".join(x for x in longs if x),
            " | ".join(x for x in nisbas if x), capital or "", "1" if iso3 == "SUN" else "0", source]


def build() -> list[list[str]]:
    ar, en = Locale("ar").territories, Locale("en").territories
    extras = _extras()
    rows = []
    for c in pycountry.countries:
        if c.alpha_3 in SKIP or c.alpha_2 not in ar:
            continue
        name_en = EN_OVERRIDES.get(c.alpha_3, _clean(en.get(c.alpha_2, c.name))[0])
        rows.append(_row(c.alpha_2, c.alpha_3, name_en, extras.get(c.alpha_3), ar))
    rows.append(_row("SU", "SUN", "Soviet Union", extras["SUN"], {"SU": "الاتحاد السوفيتي"}))
    unknown = set(extras) - {r[0] for r in rows}
    assert not unknown, unknown
    return sorted(rows)


def main() -> None:
    header = ["iso3", "iso2", "name_en", "name_ar", "variants_ar", "long_ar", "nisbas", "capital", "historical",
              "source"]
    lines = ["\t".join(header)] + ["\t".join(r) for r in build()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} countries to {OUT}")


if __name__ == "__main__":
    main()
