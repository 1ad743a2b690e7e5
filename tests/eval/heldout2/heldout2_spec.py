"""Gold annotation of the eight second-held-out articles (tests/eval/heldout2/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and tests/eval/heldout/heldout_spec.py (entity keys are
shared where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types,
participants are countries or organisations, persons listed apart, status asserted / intended / hoped / negated,
optional events neither required nor counted wrong, events with the same story report the same real-world event.

An event date or place is given only where the text states or fixes it (a dated dateline plus "today",
"yesterday", "last Tuesday", "early this month", "next month"); nothing comes from world knowledge, so a text
without a year has no event dates. `published` is the dateline or byline date, or None where it has no year.
An SCO body meeting has participants ["sco"], as in the seeds (004) and the first held-out set (b2).
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]
CKU = ["CHN", "KGZ", "UZB"]

ENTITIES = {
    # countries and regions (keys shared with seeds_spec.py / heldout_spec.py)
    "CHN": {"type": "GPE", "name": "China", "iso3": "CHN"},
    "KAZ": {"type": "GPE", "name": "Kazakhstan", "iso3": "KAZ"},
    "KGZ": {"type": "GPE", "name": "Kyrgyzstan", "iso3": "KGZ"},
    "TJK": {"type": "GPE", "name": "Tajikistan", "iso3": "TJK"},
    "TKM": {"type": "GPE", "name": "Turkmenistan", "iso3": "TKM"},
    "UZB": {"type": "GPE", "name": "Uzbekistan", "iso3": "UZB"},
    "RUS": {"type": "GPE", "name": "Russia", "iso3": "RUS"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "UKR": {"type": "GPE", "name": "Ukraine", "iso3": "UKR"},
    "USA": {"type": "GPE", "name": "United States", "iso3": "USA"},
    "PAK": {"type": "GPE", "name": "Pakistan", "iso3": "PAK"},
    "IND": {"type": "GPE", "name": "India", "iso3": "IND"},
    "IRN": {"type": "GPE", "name": "Iran", "iso3": "IRN"},
    "TWN": {"type": "GPE", "name": "Taiwan", "iso3": "TWN"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    # cities and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "tianjin": {"type": "GPE", "name": "Tianjin", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "washington": {"type": "GPE", "name": "Washington", "country": "USA"},
    "palace_of_nation": {"type": "LOC", "name": "Palace of the Nation (Dushanbe)", "country": "TJK"},
    "kulma": {"type": "LOC", "name": "Kulma Pass", "country": "TJK"},
    # organisations and outlets
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "cca_secretariat": {"type": "ORG", "name": "China-Central Asia Secretariat"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "ndrc": {"type": "ORG", "name": "National Development and Reform Commission", "country": "CHN"},
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "cgtn_arabic": {"type": "ORG", "name": "CGTN Arabic", "country": "CHN"},
    "peoples_daily": {"type": "ORG", "name": "People's Daily Online", "country": "CHN"},
    "aljazeera": {"type": "ORG", "name": "Al Jazeera Net", "country": "QAT"},
    "khovar": {"type": "ORG", "name": "Khovar", "country": "TJK"},
    "sputnik": {"type": "ORG", "name": "Sputnik", "country": "RUS"},
    "kabar": {"type": "ORG", "name": "Kabar", "country": "KGZ"},
    # people (keys shared with seeds_spec.py / heldout_spec.py where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "zheng_shanjie": {"type": "PER", "name": "Zheng Shanjie", "country": "CHN"},
    "du_dewen": {"type": "PER", "name": "Du Dewen (Chinese ambassador to Kyrgyzstan)", "country": "CHN"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "murat_nurtleu": {"type": "PER", "name": "Murat Nurtleu", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "akylbek_japarov": {"type": "PER", "name": "Akylbek Japarov", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "sergey_lavrov": {"type": "PER", "name": "Sergey Lavrov", "country": "RUS"},
    "antony_blinken": {"type": "PER", "name": "Antony Blinken", "country": "USA"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Xinhua: Xi-Mirziyoyev phone call "yesterday (Thursday)"; Mirziyoyev spelled ميرضيائيف.
E1 = {
    "published": "2025-01-10",
    "mentions": [
        ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"), ("بكين", "beijing"), ("شينخوا", "xinhua"),
        ("جمهورية أوزبكستان", "UZB"), ("أوزبكستان", "UZB"), ("شوكت ميرضيائيف", "shavkat_mirziyoyev"),
        ("ميرضيائيف", "shavkat_mirziyoyev"), ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"),
        ("كازاخستان", "KAZ"),
    ],
    "ignore": ["الأوزبكي", "الصيني", "صين واحدة"],
    "events": [
        ev("e1-call", "CONSULT", participants=["CHN", "UZB"], persons=["xi_jinping", "shavkat_mirziyoyev"],
           date="2025-01-09"),
        ev("e1-past-visit", "CONSULT", optional=True, participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"]),
        ev("e1-backs-uzb", "SUPPORT", sources=["CHN"], targets=["UZB"], persons=["xi_jinping"]),
        ev("e1-ready-coop", "COOPERATE", "intended", participants=["CHN", "UZB"], persons=["xi_jinping"]),
        ev("e1-praise", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["shavkat_mirziyoyev"]),
        ev("e1-one-china", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["shavkat_mirziyoyev"]),
        ev("e1-no-interference", "REJECT", sources=["UZB"], targets=[], persons=["shavkat_mirziyoyev"]),
        ev("e1-keep-contact", "AGREE", participants=["CHN", "UZB"], persons=["xi_jinping", "shavkat_mirziyoyev"]),
        # "اتفق الرئيسان على ... العمل معا لإنجاح القمة": the seeds read "اتفق الطرفان على تعزيز التعاون" as one AGREE
        # (000-agree-coop), so the cooperation it announces is a second reading, optional.
        ev("e1-summit-success", "COOPERATE", "intended", optional=True, participants=["CHN", "UZB"]),
        ev("e1-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025", story="summit2-2025"),
    ],
    "roles": [("xi_jinping", "head_of_state", "CHN"), ("shavkat_mirziyoyev", "head_of_state", "UZB")],
}

# CGTN Arabic: the second China-Central Asia summit, "yesterday" from a dated byline; six presidents, new spellings.
E2 = {
    "published": "2025-06-18",
    "mentions": [
        ("سي جي تي إن العربية", "cgtn_arabic"), ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"),
        ("أستانا", "astana"), ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"),
        ("قاسم جومارت توقايف", "kassym_jomart_tokayev"), ("صادر جاباروف", "sadyr_japarov"),
        ("إمام علي رحمان", "emomali_rahmon"), ("سردار بردي محمدوف", "serdar_berdimuhamedov"),
        ("شوكت ميرزياييف", "shavkat_mirziyoyev"),
        ("الأمانة العامة لآلية الصين-آسيا الوسطى", "cca_secretariat"), ("شيآن", "xian"),
    ],
    "ignore": ["الكازاخستانية", "الصينية", "الصيني", "الكازاخستاني", "القرغيزي", "الطاجيكي", "التركمانستاني",
               "الأوزبكي", "معاهدة حسن الجوار الدائم والصداقة والتعاون", "الأمانة العامة"],
    "events": [
        ev("e2-summit", "CONSULT", participants=C6,
           persons=["xi_jinping", "kassym_jomart_tokayev", "sadyr_japarov", "emomali_rahmon",
                    "serdar_berdimuhamedov", "shavkat_mirziyoyev"],
           date="2025-06-17", place="astana", story="summit2-2025"),
        ev("e2-declaration", "AGREE", participants=C6, date="2025-06-17", place="astana"),
        ev("e2-treaty", "AGREE", participants=C6, date="2025-06-17", place="astana"),
        ev("e2-praise-secretariat", "SUPPORT", sources=C6, targets=["cca_secretariat"]),
        ev("e2-call-secretariat", "REQUEST", optional=True, sources=C6, targets=["cca_secretariat"]),
        ev("e2-coordinators", "CONSULT", participants=C6, date="2025-06", place="xian"),
        ev("e2-grants", "AID", "intended", sources=["CHN"], targets=C5, persons=["xi_jinping"], date="2025"),
        ev("e2-agree-third", "AGREE", participants=C6),
        ev("e2-third-summit", "CONSULT", "intended", participants=C6, date="2027"),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
        ("sadyr_japarov", "head_of_state", "KGZ"), ("emomali_rahmon", "head_of_state", "TJK"),
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("shavkat_mirziyoyev", "head_of_state", "UZB"),
    ],
}

# Al Jazeera: China condemns Blinken's remarks; byline date 2/3/2023, "yesterday", "last Tuesday", "today".
E3 = {
    "published": "2023-03-02",
    "mentions": [
        ("بكين", "beijing"), ("بلينكن", "antony_blinken"), ("أنتوني بلينكن", "antony_blinken"),
        ("آسيا الوسطى", "central_asia"), ("الجزيرة نت", "aljazeera"), ("الصين", "CHN"), ("واشنطن", "washington"),
        ("طشقند", "tashkent"), ("بختيار سعيدوف", "bakhtiyor_saidov"), ("سعيدوف", "bakhtiyor_saidov"),
        ("روسيا", "RUS"), ("أوزبكستان", "UZB"), ("أستانا", "astana"), ("كازاخستان", "KAZ"),
        ("قرغيزستان", "KGZ"), ("طاجيكستان", "TJK"), ("تركمانستان", "TKM"),
        ("وزارة الخارجية الصينية", "cn_mfa"),
    ],
    "ignore": ["الأمريكي", "الأوزبكي", "الصينية", "الغربية", "C5+1", "فخ الديون"],
    "events": [
        ev("e3-condemn", "ACCUSE", sources=["CHN"], targets=["USA"]),
        ev("e3-blinken-saidov", "CONSULT", participants=["USA", "UZB"],
           persons=["antony_blinken", "bakhtiyor_saidov"], date="2023-03-01", place="tashkent"),
        ev("e3-debt-trap", "ACCUSE", sources=["USA"], targets=["CHN"], persons=["antony_blinken"],
           date="2023-03-01", place="tashkent"),
        ev("e3-urge-sanctions", "REQUEST", sources=["USA"], targets=C5, persons=["antony_blinken"]),
        ev("e3-russia-sanctions", "SANCTION", optional=True, sources=[], targets=["RUS"]),
        ev("e3-c5-plus-1", "CONSULT", participants=["USA", *C5], persons=["antony_blinken"],
           date="2023-02-28", place="astana"),
        ev("e3-reject-cold-war", "REJECT", sources=["CHN"], targets=[], date="2023-03-02"),
        ev("e3-no-blocs", "REJECT", optional=True, sources=["UZB"], targets=[], persons=["bakhtiyor_saidov"]),
    ],
    "roles": [("antony_blinken", "foreign_minister", "USA"), ("bakhtiyor_saidov", "foreign_minister", "UZB")],
}

# Khovar: Rahmon receives Xi in Dushanbe; dateline 05.07.2024, "today"; Rahmon spelled رحمان.
E4 = {
    "published": "2024-07-05",
    "mentions": [
        ("دوشنبه", "dushanbe"), ("خوفار", "khovar"), ("جمهورية طاجيكستان", "TJK"), ("طاجيكستان", "TJK"),
        ("إمام علي رحمان", "emomali_rahmon"), ("قصر الأمة", "palace_of_nation"),
        ("جمهورية الصين الشعبية", "CHN"), ("الصين", "CHN"), ("شي جين بينغ", "xi_jinping"), ("بكين", "beijing"),
        ("أستانا", "astana"), ("منظمة شنغهاي للتعاون", "sco"),
    ],
    "ignore": ["الصيني"],
    "events": [
        ev("e4-meet", "CONSULT", participants=["TJK", "CHN"], persons=["emomali_rahmon", "xi_jinping"],
           date="2024-07-05", place="dushanbe", story="xi-dushanbe-2024"),
        ev("e4-praise", "SUPPORT", sources=["TJK"], targets=["CHN"], persons=["emomali_rahmon"]),
        ev("e4-buildings", "AID", optional=True, sources=["CHN"], targets=["TJK"]),
        ev("e4-backs-tjk", "SUPPORT", sources=["CHN"], targets=["TJK"], persons=["xi_jinping"]),
        ev("e4-statement", "AGREE", participants=["TJK", "CHN"], persons=["emomali_rahmon", "xi_jinping"],
           date="2024-07-05", place="dushanbe", story="cn-tj-statement-2024"),
        ev("e4-23-documents", "AGREE", participants=["TJK", "CHN"], date="2024-07-05", place="dushanbe"),
        ev("e4-arrival", "CONSULT", optional=True, participants=["CHN", "TJK"], persons=["xi_jinping"],
           date="2024-07-04", place="dushanbe"),
        ev("e4-sco-summit", "CONSULT", optional=True, participants=["sco"], place="astana"),
    ],
    "roles": [("emomali_rahmon", "head_of_state", "TJK"), ("xi_jinping", "head_of_state", "CHN")],
}

# People's Daily Online: the same talks, spelled شي جينبينغ / رحمون; the dateline has no year, so no event dates.
E5 = {
    "published": None,
    "mentions": [
        ("شي جينبينغ", "xi_jinping"), ("شي", "xi_jinping"), ("رحمون", "emomali_rahmon"),
        ("إمام علي رحمون", "emomali_rahmon"), ("دوشنبه", "dushanbe"), ("الشعب اليومية أونلاين", "peoples_daily"),
        ("طاجيكستان", "TJK"), ("الصين", "CHN"), ("كولما", "kulma"), ("تايوان", "TWN"),
        ("منظمة شانغهاي للتعاون", "sco"), ("أستانا", "astana"),
    ],
    "ignore": ["الصيني", "الطاجيكي", "المبادرات العالمية الثلاث"],
    "events": [
        ev("e5-talks", "CONSULT", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           place="dushanbe", story="xi-dushanbe-2024"),
        ev("e5-ready-coop", "COOPERATE", "intended", participants=["CHN", "TJK"], persons=["xi_jinping"]),
        ev("e5-call-projects", "COOPERATE", "intended", optional=True, participants=["CHN", "TJK"],
           persons=["xi_jinping"]),
        ev("e5-call-projects-req", "REQUEST", optional=True, sources=["CHN"], targets=["TJK"],
           persons=["xi_jinping"]),
        ev("e5-back-initiatives", "SUPPORT", sources=["TJK"], targets=["CHN"], persons=["emomali_rahmon"]),
        ev("e5-oppose-independence", "REJECT", sources=["TJK"], targets=[], persons=["emomali_rahmon"]),
        ev("e5-statement", "AGREE", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           story="cn-tj-statement-2024"),
        ev("e5-documents", "AGREE", optional=True, participants=["CHN", "TJK"]),
        ev("e5-sco-summit", "CONSULT", optional=True, participants=["sco"], place="astana"),
    ],
    "roles": [("xi_jinping", "head_of_state", "CHN"), ("emomali_rahmon", "head_of_state", "TJK")],
}

# Sputnik: SCO foreign ministers in Tianjin; Kulubaev spelled كولباييف.
E6 = {
    "published": "2025-07-15",
    "mentions": [
        ("تيانجين", "tianjin"), ("سبوتنيك", "sputnik"), ("منظمة شنغهاي للتعاون", "sco"), ("وانغ يي", "wang_yi"),
        ("سيرغي لافروف", "sergey_lavrov"), ("لافروف", "sergey_lavrov"), ("مراد نورتليو", "murat_nurtleu"),
        ("جينبيك كولباييف", "zheenbek_kulubaev"), ("كولباييف", "zheenbek_kulubaev"), ("طاجيكستان", "TJK"),
        ("أوزبكستان", "UZB"), ("باكستان", "PAK"), ("الهند", "IND"), ("إيران", "IRN"), ("بيلاروسيا", "BLR"),
        ("موسكو", "moscow"), ("أوكرانيا", "UKR"), ("بكين", "beijing"), ("بيشكيك", "bishkek"),
    ],
    "ignore": ["الصينية", "الصيني", "الروسي", "الكازاخستاني", "القرغيزي", "مجلس وزراء خارجية الدول الأعضاء"],
    "events": [
        ev("e6-cfm", "CONSULT", participants=["sco"],
           persons=["wang_yi", "sergey_lavrov", "murat_nurtleu", "zheenbek_kulubaev"],
           date="2025-07-15", place="tianjin"),
        ev("e6-drafts", "AGREE", participants=["sco"], date="2025-07-15", place="tianjin"),
        ev("e6-summit", "CONSULT", "intended", participants=["sco"], date="2025-08-31", place="tianjin"),
        ev("e6-lavrov-call", "REQUEST", optional=True, sources=["RUS"], targets=["sco"], persons=["sergey_lavrov"]),
        ev("e6-oppose-sanctions", "REJECT", sources=["RUS"], targets=[], persons=["sergey_lavrov"]),
        ev("e6-ru-cn", "CONSULT", participants=["RUS", "CHN"], persons=["sergey_lavrov", "wang_yi"],
           date="2025-07-15", place="tianjin"),
        ev("e6-cn-kg", "CONSULT", participants=["CHN", "KGZ"], persons=["wang_yi", "zheenbek_kulubaev"],
           date="2025-07-15", place="tianjin"),
        ev("e6-keep-support", "SUPPORT", "intended", sources=["CHN"], targets=["KGZ"], persons=["wang_yi"]),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("sergey_lavrov", "foreign_minister", "RUS"),
        ("murat_nurtleu", "foreign_minister", "KAZ"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
    ],
}

# Kabar: the railway agreement pledged for "next month" (dateline 14/5/2024); two Japarovs.
E7 = {
    "published": "2024-05-14",
    "mentions": [
        ("بيشكيك", "bishkek"), ("كابار", "kabar"), ("أكيلبيك جباروف", "akylbek_japarov"),
        ("جباروف", "akylbek_japarov"), ("صادر جباروف", "sadyr_japarov"), ("قرغيزستان", "KGZ"),
        ("الصين", "CHN"), ("أوزبكستان", "UZB"), ("بكين", "beijing"), ("جمهورية الصين الشعبية", "CHN"),
        ("دو ده ون", "du_dewen"), ("طشقند", "tashkent"),
    ],
    "ignore": ["القرغيزي", "الصيني", "القرغيزية"],
    "events": [
        ev("e7-pledge", "AGREE", "intended", participants=CKU, persons=["akylbek_japarov"], date="2024-06",
           place="beijing", story="cku-railway-2024"),
        ev("e7-meet", "CONSULT", participants=["KGZ", "CHN"], persons=["akylbek_japarov", "du_dewen"],
           date="2024-05-13"),
        ev("e7-terms-agreed", "AGREE", participants=CKU),
        ev("e7-ready", "COOPERATE", "intended", participants=CKU, persons=["du_dewen"]),
    ],
    "roles": [
        ("akylbek_japarov", "head_of_government", "KGZ"), ("du_dewen", "ambassador", "CHN"),
        ("sadyr_japarov", "head_of_state", "KGZ"),
    ],
}

# Xinhua: the railway agreement signed in Beijing "today (Thursday)"; Mirziyoyev spelled ميرزياييف.
E8 = {
    "published": "2024-06-06",
    "mentions": [
        ("بكين", "beijing"), ("شينخوا", "xinhua"), ("الصين", "CHN"), ("قرغيزستان", "KGZ"), ("أوزبكستان", "UZB"),
        ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"), ("صادر جباروف", "sadyr_japarov"),
        ("جباروف", "sadyr_japarov"), ("شوكت ميرزياييف", "shavkat_mirziyoyev"), ("ميرزياييف", "shavkat_mirziyoyev"),
        ("آسيا الوسطى", "central_asia"), ("اللجنة الوطنية للتنمية والإصلاح", "ndrc"),
        ("تشنغ شان جيه", "zheng_shanjie"),
    ],
    "ignore": ["الصيني", "القرغيزي", "الأوزبكي"],
    "events": [
        ev("e8-sign", "AGREE", participants=CKU,
           persons=["xi_jinping", "sadyr_japarov", "shavkat_mirziyoyev", "zheng_shanjie"],
           date="2024-06-06", place="beijing", story="cku-railway-2024"),
        ev("e8-video", "CONSULT", optional=True, participants=CKU,
           persons=["xi_jinping", "sadyr_japarov", "shavkat_mirziyoyev"], date="2024-06-06"),
        ev("e8-ready", "COOPERATE", "intended", participants=CKU, persons=["xi_jinping"]),
        ev("e8-thanks", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["sadyr_japarov"]),
        ev("e8-feasibility-call", "REQUEST", optional=True, sources=["UZB"], targets=[],
           persons=["shavkat_mirziyoyev"]),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("zheng_shanjie", "minister", "CHN"),
    ],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "e1.txt": E1, "e2.txt": E2, "e3.txt": E3, "e4.txt": E4,
        "e5.txt": E5, "e6.txt": E6, "e7.txt": E7, "e8.txt": E8,
    },
}
