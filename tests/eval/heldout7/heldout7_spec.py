"""Gold annotation of the nine seventh-held-out articles (tests/eval/heldout7/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and the first six held-out sets (entity keys are shared
where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types, participants are
countries or organisations, persons listed apart, status asserted / intended / hoped / negated, optional events
neither required nor counted wrong, events with the same story report the same real-world event (a pledge or plan
and its fulfilment included, as heldout2 e7/e8, heldout4 g1/g2, heldout5 h3/h4, heldout6 k4/k5 and k8/k9).

An event date or place is given only where the text states or fixes it (a dated dateline, stamp or header plus
"today", "yesterday", "Friday", "last Tuesday", "next Friday", "tomorrow (Thursday)", "on 17 July", "next week",
"later this month", "next year" → month or year only); nothing comes from world knowledge. A phone call has no
place. A country is not a place; a site inside a city (قاعة الشعب الكبرى) gives the city as the place, as heldout5
h9's airport. `published` is the dateline, stamp or header date. A ministry, a presidential office or the European
Commission that acts is its country or union; an organisation's summit has the organisation as party (CSTO), a
summit between a union and a group of states has both (EU + C5, as RUS + C5 and CHN + C5 before).
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]
EC5 = ["eu", *C5]
CKU = ["CHN", "KGZ", "UZB"]
CPA = ["CHN", "PAK", "AFG"]
C5_LEADERS = ["kassym_jomart_tokayev", "sadyr_japarov", "emomali_rahmon", "serdar_berdimuhamedov",
              "shavkat_mirziyoyev"]
EU_LEADERS = ["antonio_costa", "ursula_von_der_leyen"]

ENTITIES = {
    # countries and regions (keys shared with seeds_spec.py and the earlier held-out specs)
    "CHN": {"type": "GPE", "name": "China", "iso3": "CHN"},
    "KAZ": {"type": "GPE", "name": "Kazakhstan", "iso3": "KAZ"},
    "KGZ": {"type": "GPE", "name": "Kyrgyzstan", "iso3": "KGZ"},
    "TJK": {"type": "GPE", "name": "Tajikistan", "iso3": "TJK"},
    "TKM": {"type": "GPE", "name": "Turkmenistan", "iso3": "TKM"},
    "UZB": {"type": "GPE", "name": "Uzbekistan", "iso3": "UZB"},
    "RUS": {"type": "GPE", "name": "Russia", "iso3": "RUS"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "ARM": {"type": "GPE", "name": "Armenia", "iso3": "ARM"},
    "UKR": {"type": "GPE", "name": "Ukraine", "iso3": "UKR"},
    "AFG": {"type": "GPE", "name": "Afghanistan", "iso3": "AFG"},
    "PAK": {"type": "GPE", "name": "Pakistan", "iso3": "PAK"},
    "IND": {"type": "GPE", "name": "India", "iso3": "IND"},
    "USA": {"type": "GPE", "name": "United States", "iso3": "USA"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    "europe": {"type": "LOC", "name": "Europe"},
    "middle_east": {"type": "LOC", "name": "Middle East"},
    "eurasia": {"type": "LOC", "name": "Eurasia"},
    "south_asia": {"type": "LOC", "name": "South Asia"},
    "south_caucasus": {"type": "LOC", "name": "South Caucasus"},
    "caspian": {"type": "LOC", "name": "Caspian Sea"},
    "pacific": {"type": "LOC", "name": "Pacific Ocean"},
    "indian_ocean": {"type": "LOC", "name": "Indian Ocean"},
    "arabian_sea": {"type": "LOC", "name": "Arabian Sea"},
    # cities, regions and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "kashgar": {"type": "GPE", "name": "Kashgar", "country": "CHN"},
    "xinjiang": {"type": "GPE", "name": "Xinjiang", "country": "CHN"},
    "great_hall": {"type": "LOC", "name": "Great Hall of the People", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "almaty": {"type": "GPE", "name": "Almaty", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "jalal_abad_city": {"type": "GPE", "name": "Jalal-Abad (city)", "country": "KGZ"},
    "cholpon_ata": {"type": "GPE", "name": "Cholpon-Ata", "country": "KGZ"},
    "torugart": {"type": "LOC", "name": "Torugart (border pass)", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "samarkand": {"type": "GPE", "name": "Samarkand", "country": "UZB"},
    "andijan": {"type": "GPE", "name": "Andijan", "country": "UZB"},
    "termez": {"type": "GPE", "name": "Termez", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "yerevan": {"type": "GPE", "name": "Yerevan", "country": "ARM"},
    "kabul": {"type": "GPE", "name": "Kabul", "country": "AFG"},
    "islamabad": {"type": "GPE", "name": "Islamabad", "country": "PAK"},
    "gwadar": {"type": "GPE", "name": "Gwadar", "country": "PAK"},
    "new_delhi": {"type": "GPE", "name": "New Delhi", "country": "IND"},
    "brussels": {"type": "GPE", "name": "Brussels", "country": "BEL"},
    "abu_dhabi": {"type": "GPE", "name": "Abu Dhabi", "country": "ARE"},
    "jeddah": {"type": "GPE", "name": "Jeddah", "country": "SAU"},
    # organisations, ministries, movements
    "eu": {"type": "ORG", "name": "European Union"},
    "european_council": {"type": "ORG", "name": "European Council"},
    "european_commission": {"type": "ORG", "name": "European Commission"},
    "csto": {"type": "ORG", "name": "Collective Security Treaty Organization"},
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "taliban": {"type": "ORG", "name": "Taliban (movement governing Afghanistan)", "country": "AFG"},
    "state_council": {"type": "ORG", "name": "State Council of China", "country": "CHN"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "china_customs": {"type": "ORG", "name": "General Administration of Customs of China", "country": "CHN"},
    "kg_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kyrgyzstan", "country": "KGZ"},
    "kg_cabinet": {"type": "ORG", "name": "Cabinet of Ministers of Kyrgyzstan", "country": "KGZ"},
    # outlets
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "dunya": {"type": "ORG", "name": "Dunyo news agency (Uzbekistan)", "country": "UZB"},
    "kabar": {"type": "ORG", "name": "Kabar", "country": "KGZ"},
    "khovar": {"type": "ORG", "name": "Khovar", "country": "TJK"},
    "al_ain": {"type": "ORG", "name": "Al Ain News", "country": "ARE"},
    "anadolu": {"type": "ORG", "name": "Anadolu Agency", "country": "TUR"},
    "okaz": {"type": "ORG", "name": "Okaz (Saudi daily)", "country": "SAU"},
    "rt": {"type": "ORG", "name": "RT", "country": "RUS"},
    "al_mayadeen": {"type": "ORG", "name": "Al Mayadeen", "country": "LBN"},
    "bakhtar": {"type": "ORG", "name": "Bakhtar News Agency", "country": "AFG"},
    # people (keys shared with earlier specs where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "li_qiang": {"type": "PER", "name": "Li Qiang", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "mao_ning": {"type": "PER", "name": "Mao Ning (Chinese foreign ministry spokesperson)", "country": "CHN"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "akylbek_japarov": {"type": "PER", "name": "Akylbek Japarov", "country": "KGZ"},
    "adylbek_kasymaliev": {"type": "PER", "name": "Adylbek Kasymaliev", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "vladimir_putin": {"type": "PER", "name": "Vladimir Putin", "country": "RUS"},
    "alexander_lukashenko": {"type": "PER", "name": "Alexander Lukashenko", "country": "BLR"},
    "nikol_pashinyan": {"type": "PER", "name": "Nikol Pashinyan", "country": "ARM"},
    "ishaq_dar": {"type": "PER", "name": "Ishaq Dar", "country": "PAK"},
    "amir_khan_muttaqi": {"type": "PER", "name": "Amir Khan Muttaqi", "country": "AFG"},
    "mohammad_hasan_akhund": {"type": "PER", "name": "Mohammad Hasan Akhund", "country": "AFG"},
    "s_jaishankar": {"type": "PER", "name": "S. Jaishankar", "country": "IND"},
    "antonio_costa": {"type": "PER", "name": "António Costa (President of the European Council)"},
    "ursula_von_der_leyen": {"type": "PER", "name": "Ursula von der Leyen (President of the European Commission)"},
    "charles_michel": {"type": "PER", "name": "Charles Michel (former President of the European Council)"},
    "hisham_abdelghaffar": {"type": "PER", "name": "Hisham Abdel Ghaffar (expert quoted without an office, invented)"},
    "fahd_alotaibi": {"type": "PER", "name": "Fahd al-Otaibi (researcher quoted without an office, invented)"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Dunyo (Uzbek agency): a weekday stamp `الاثنين، 22 يناير 2024، 17:40` and `طشقند – «دنيا».`; Mirziyoyev's state
# visit announced "غدا الثلاثاء" (intended CONSULT), talks "يوم الأربعاء في بكين" (intended, dated 2024-01-24), a
# meeting with Li Qiang (intended, undated), "وستوقع الحكومتان" (intended AGREE, 2024-01): three story pairs with m2;
# spelling ميرضيائيف; Xi with his title after the name; Saidov's hope; "لطشقند" / "وبكين"; background in
# "أيار/مايو الماضي" (Xi'an) and "أيلول/سبتمبر 2022" (Samarkand).
M1 = {
    "published": "2024-01-22",
    "mentions": [
        ("ميرضيائيف", "shavkat_mirziyoyev"), ("بكين", "beijing"), ("طشقند", "tashkent"), ("دنيا", "dunya"),
        ("جمهورية أوزبكستان", "UZB"), ("أوزبكستان", "UZB"), ("شوكت ميرضيائيف", "shavkat_mirziyoyev"),
        ("جمهورية الصين الشعبية", "CHN"), ("شي جين بينغ", "xi_jinping"), ("مجلس الدولة", "state_council"),
        ("لي تشيانغ", "li_qiang"), ("بختيار سعيدوف", "bakhtiyor_saidov"), ("سعيدوف", "bakhtiyor_saidov"),
        ("الصين", "CHN"), ("شيآن", "xian"), ("آسيا الوسطى", "central_asia"), ("سمرقند", "samarkand"),
        ("أوروبا", "europe"), ("الشرق الأوسط", "middle_east"),
    ],
    "ignore": ["الصيني", "الصينية", "صيني", "الأوزبكية", "أيار", "أيلول"],
    "events": [
        ev("m1-state-visit", "CONSULT", "intended", participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"],
           date="2024-01", story="uz-cn-state-visit-2024"),
        ev("m1-invitation", "CONSULT", optional=True, participants=["CHN", "UZB"], persons=["xi_jinping"]),
        ev("m1-talks", "CONSULT", "intended", participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev", "xi_jinping"], date="2024-01-24", place="beijing",
           story="uz-cn-talks-2024"),
        ev("m1-li-qiang", "CONSULT", "intended", participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev", "li_qiang"], story="uz-cn-li-qiang-2024"),
        ev("m1-documents", "AGREE", "intended", participants=["UZB", "CHN"], date="2024-01",
           story="uz-cn-documents-2024"),
        ev("m1-company-contracts", "AGREE", "intended", optional=True, participants=["UZB", "CHN"]),
        ev("m1-saidov-hope", "COOPERATE", "hoped", participants=["UZB", "CHN"], persons=["bakhtiyor_saidov"]),
        ev("m1-xian-meeting", "CONSULT", optional=True, participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev", "xi_jinping"], date="2023-05", place="xian"),
        ev("m1-xian-summit", "CONSULT", optional=True, participants=C6, date="2023-05", place="xian"),
        ev("m1-xi-samarkand", "CONSULT", optional=True, participants=["CHN", "UZB"], date="2022-09",
           place="samarkand"),
        ev("m1-samarkand-agreements", "AGREE", optional=True, participants=["CHN", "UZB"], date="2022-09",
           place="samarkand"),
        ev("m1-business-forum", "CONSULT", "intended", optional=True, participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev"]),
    ],
    "roles": [
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("xi_jinping", "head_of_state", "CHN"),
        ("li_qiang", "head_of_government", "CHN"), ("bakhtiyor_saidov", "foreign_minister", "UZB"),
    ],
}

# Xinhua: `بكين 24 يناير 2024 (شينخوا)` + "هنا اليوم (الأربعاء)"; the talks (asserted: story pair with m1's plan) in
# the Great Hall of the People (place = Beijing); the upgrade to an all-weather partnership (AGREE); support /
# opposition / readiness in Xi's words; one-China by Mirziyoyev; a hope; "شهد الرئيسان التوقيع على أكثر من 20 وثيقة"
# (AGREE asserted: story pair with m1's "وستوقع"); "غدا (الخميس)" Li Qiang (intended, story pair with m1); spelling
# ميرزيوييف, "شي" alone, "لميرزيوييف" with a proclitic; the customs administration named with a country inside.
M2 = {
    "published": "2024-01-24",
    "mentions": [
        ("شي جين بينغ", "xi_jinping"), ("ميرزيوييف", "shavkat_mirziyoyev"), ("بكين", "beijing"),
        ("شينخوا", "xinhua"), ("شوكت ميرزيوييف", "shavkat_mirziyoyev"), ("الصين", "CHN"),
        ("قاعة الشعب الكبرى", "great_hall"), ("شي", "xi_jinping"), ("أوزبكستان", "UZB"),
        ("مجلس الدولة", "state_council"), ("لي تشيانغ", "li_qiang"), ("منظمة شنغهاي للتعاون", "sco"),
        ("سمرقند", "samarkand"), ("الإدارة العامة للجمارك في الصين", "china_customs"), ("طشقند", "tashkent"),
        ("آسيا الوسطى", "central_asia"), ("شيآن", "xian"),
    ],
    "ignore": ["الصيني", "الأوزبكي", "الصينية-الأوزبكية", "الحزام والطريق", "صينيون"],
    "events": [
        ev("m2-talks", "CONSULT", participants=["CHN", "UZB"], persons=["xi_jinping", "shavkat_mirziyoyev"],
           date="2024-01-24", place="beijing", story="uz-cn-talks-2024"),
        ev("m2-state-visit", "CONSULT", optional=True, participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev"], story="uz-cn-state-visit-2024"),
        ev("m2-upgrade", "AGREE", participants=["CHN", "UZB"], persons=["xi_jinping", "shavkat_mirziyoyev"],
           date="2024-01-24", place="beijing"),
        ev("m2-community", "COOPERATE", "intended", optional=True, participants=["CHN", "UZB"]),
        ev("m2-cn-support", "SUPPORT", sources=["CHN"], targets=["UZB"], persons=["xi_jinping"]),
        ev("m2-cn-oppose", "REJECT", sources=["CHN"], targets=[], persons=["xi_jinping"]),
        ev("m2-cn-ready", "COOPERATE", "intended", participants=["CHN", "UZB"], persons=["xi_jinping"]),
        ev("m2-one-china", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["shavkat_mirziyoyev"]),
        ev("m2-hope-trade", "COOPERATE", "hoped", participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"]),
        ev("m2-documents", "AGREE", participants=["CHN", "UZB"], persons=["xi_jinping", "shavkat_mirziyoyev"],
           date="2024-01-24", place="beijing", story="uz-cn-documents-2024"),
        ev("m2-statement", "AGREE", optional=True, participants=["CHN", "UZB"], date="2024-01-24",
           place="beijing"),
        ev("m2-welcome-ceremony", "CONSULT", optional=True, participants=["CHN", "UZB"],
           persons=["xi_jinping", "shavkat_mirziyoyev"], date="2024-01-24", place="beijing"),
        ev("m2-li-qiang", "CONSULT", "intended", participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev", "li_qiang"], date="2024-01-25", story="uz-cn-li-qiang-2024"),
        ev("m2-xi-visit-2022", "CONSULT", optional=True, participants=["CHN", "UZB"], persons=["xi_jinping"],
           date="2022-09"),
        ev("m2-sco-summit-2022", "CONSULT", optional=True, participants=["sco"], persons=["xi_jinping"],
           date="2022-09", place="samarkand"),
        ev("m2-xian-summit", "CONSULT", optional=True, participants=C6, date="2023-05", place="xian"),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("shavkat_mirziyoyev", "head_of_state", "UZB"),
        ("li_qiang", "head_of_government", "CHN"),
    ],
}

# Kabar: `بيشكيك، 23 ديسمبر 2024 – كابار.` + "اليوم"; the new head of government Kasymaliev (in office from
# 2024-12-16: a date-dependent role) with "مجلس الوزراء" inside his title, later "رئيس الحكومة" and the surname; the
# CKU railway launch "المقرر يوم الجمعة المقبل في مدينة جلال آباد" (intended COOPERATE, 2024-12-27: the plan of a
# story pair with m4); the June treaty "في السادس من يونيو الماضي في بكين" (optional); "لم يتم التوصل بعد إلى
# اتفاق" (negated AGREE); "دعا ... الجانب الصيني" (REQUEST); a hope; a second Japarov (Akylbek, "لأكيلبيك") with no
# title; the route name with three countries inside; instructions to ministries and a dismissal (no event).
M3 = {
    "published": "2024-12-23",
    "mentions": [
        ("قاسمالييف", "adylbek_kasymaliev"), ("الصين", "CHN"), ("قيرغيزستان", "KGZ"), ("أوزبكستان", "UZB"),
        ("بيشكيك", "bishkek"), ("كابار", "kabar"), ("مجلس الوزراء", "kg_cabinet"),
        ("أديلبيك قاسمالييف", "adylbek_kasymaliev"), ("جلال آباد", "jalal_abad_city"),
        ("صادر جاباروف", "sadyr_japarov"), ("المحيط الهادئ", "pacific"), ("المحيط الهندي", "indian_ocean"),
        ("بكين", "beijing"), ("كاشغر", "kashgar"), ("شينجيانغ", "xinjiang"), ("تورغارت", "torugart"),
        ("أنديجان", "andijan"), ("أكيلبيك جاباروف", "akylbek_japarov"),
    ],
    "ignore": ["القيرغيزي", "القيرغيزية", "الصينية", "الصيني"],
    "events": [
        ev("m3-launch", "COOPERATE", "intended", participants=CKU, persons=["sadyr_japarov"], date="2024-12-27",
           place="jalal_abad_city", story="cku-launch-2024"),
        # "سيشارك في الحفل إلى جانب وفدين ... من الصين وأوزبكستان": the same launch read as a planned meeting
        ev("m3-ceremony-attendance", "CONSULT", "intended", optional=True, participants=CKU,
           persons=["sadyr_japarov"], date="2024-12-27", place="jalal_abad_city", story="cku-launch-2024"),
        ev("m3-treaty-june", "AGREE", optional=True, participants=CKU, date="2024-06-06", place="beijing",
           story="cku-agreement-2024"),
        ev("m3-no-revenue-deal", "AGREE", "negated", participants=CKU, persons=["adylbek_kasymaliev"]),
        ev("m3-request", "REQUEST", sources=["KGZ"], targets=["CHN"], persons=["adylbek_kasymaliev"]),
        ev("m3-hope-trains", "COOPERATE", "hoped", participants=CKU, persons=["adylbek_kasymaliev"]),
    ],
    "roles": [
        ("adylbek_kasymaliev", "head_of_government", "KGZ"), ("sadyr_japarov", "head_of_state", "KGZ"),
    ],
}

# Al Ain News: outlet line + `السبت 2024/12/28 10:42 ص بتوقيت أبوظبي` (a time-zone city in the header); "شهدت مدينة
# جلال آباد ... أمس الجمعة انطلاق أعمال بناء" (nominal, COOPERATE asserted 2024-12-27: the fulfilment of m3's plan);
# spellings قرغيزستان، صدير جباروف، ميرزياييف; two presidents sharing one plural title with nisbas ("الرئيسان الصيني
# X والأوزبكي Y"); congratulations and thanks (optional); the June treaty (optional, story with m3); Kulubaev "يوم
# الثلاثاء الماضي" (→ 24 December); an analyst's view and "روسيا لم تعلن أي اعتراض" (optional negated REJECT).
M4 = {
    "published": "2024-12-28",
    "mentions": [
        ("العين الإخبارية", "al_ain"), ("أبوظبي", "abu_dhabi"), ("روسيا", "RUS"), ("الصين", "CHN"),
        ("قرغيزستان", "KGZ"), ("أوزبكستان", "UZB"), ("جلال آباد", "jalal_abad_city"),
        ("صدير جباروف", "sadyr_japarov"), ("بكين", "beijing"), ("طشقند", "tashkent"), ("شي جين بينغ", "xi_jinping"),
        ("شوكت ميرزياييف", "shavkat_mirziyoyev"), ("جباروف", "sadyr_japarov"),
        ("جينبيك كولوبايف", "zheenbek_kulubaev"), ("بيشكيك", "bishkek"), ("وزارة الخارجية القرغيزية", "kg_mfa"),
        ("آسيا الوسطى", "central_asia"), ("هشام عبد الغفار", "hisham_abdelghaffar"),
        ("عبد الغفار", "hisham_abdelghaffar"), ("أوراسيا", "eurasia"), ("أوروبا", "europe"),
        ("الشرق الأوسط", "middle_east"), ("موسكو", "moscow"), ("أستانا", "astana"),
    ],
    "ignore": ["القرغيزي", "القرغيزية", "الصيني", "الأوزبكي", "الصينية", "الروسية", "السوفياتية", "الحزام والطريق",
               "حزيران"],
    "events": [
        ev("m4-launch", "COOPERATE", participants=CKU, persons=["sadyr_japarov"], date="2024-12-27",
           place="jalal_abad_city", story="cku-launch-2024"),
        # "وجرى حفل الإطلاق بحضور ... ووفدين حكوميين من بكين وطشقند": the same launch read as a meeting
        ev("m4-ceremony", "CONSULT", optional=True, participants=CKU, persons=["sadyr_japarov"], date="2024-12-27",
           place="jalal_abad_city", story="cku-launch-2024"),
        ev("m4-congratulations", "SUPPORT", optional=True, sources=["CHN", "UZB"], targets=["KGZ"],
           persons=["xi_jinping", "shavkat_mirziyoyev"]),
        ev("m4-kg-thanks", "SUPPORT", optional=True, sources=["KGZ"], targets=["CHN"], persons=["sadyr_japarov"]),
        ev("m4-treaty-june", "AGREE", optional=True, participants=CKU, date="2024-06", place="beijing",
           story="cku-agreement-2024"),
        ev("m4-kulubaev-ambassador", "CONSULT", participants=["KGZ", "CHN"], persons=["zheenbek_kulubaev"],
           date="2024-12-24"),
        ev("m4-ru-no-objection", "REJECT", "negated", optional=True, sources=["RUS"], targets=CKU),
        ev("m4-bri-launch", "COOPERATE", optional=True, participants=["CHN"], date="2013", place="astana"),
    ],
    "roles": [
        ("sadyr_japarov", "head_of_state", "KGZ"), ("xi_jinping", "head_of_state", "CHN"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
    ],
}

# Anadolu: `سمرقند/ الأناضول` + `04.04.2025` + "الجمعة"; the first EU-Central Asia summit (CONSULT EU + C5, story pair
# with m6) and its declaration (AGREE, story pair with m6); two EU office-holders (no role: they serve a union) and
# five presidents listed under one plural title "ورؤساء قازاقستان X، وقيرغيزستان Y، ..." (spellings قازاقستان، قاسم
# جومرد توقاييف، صادر جباروف، رحمان، سردار بردي محمدوف، ميرضيائيف); the 12-billion package (optional AID/COOPERATE,
# story with m6); "دعا ميرضيائيف الاتحاد الأوروبي إلى" (REQUEST) + "معربا عن أمله" (hoped); Tokayev's rejection
# and readiness; "لم يتم التوصل ... إلى اتفاق" (negated AGREE); Cholpon-Ata 2023 (optional); "بسمرقند"، "لبحر قزوين".
M5 = {
    "published": "2025-04-04",
    "mentions": [
        ("أوروبا", "europe"), ("آسيا الوسطى", "central_asia"), ("سمرقند", "samarkand"), ("الأناضول", "anadolu"),
        ("الاتحاد الأوروبي", "eu"), ("روسيا", "RUS"), ("الصين", "CHN"), ("المجلس الأوروبي", "european_council"),
        ("أنطونيو كوستا", "antonio_costa"), ("المفوضية الأوروبية", "european_commission"),
        ("أورسولا فون دير لاين", "ursula_von_der_leyen"), ("فون دير لاين", "ursula_von_der_leyen"),
        ("قازاقستان", "KAZ"), ("قاسم جومرد توقاييف", "kassym_jomart_tokayev"), ("توقاييف", "kassym_jomart_tokayev"),
        ("قيرغيزستان", "KGZ"), ("صادر جباروف", "sadyr_japarov"), ("طاجيكستان", "TJK"),
        ("إمام علي رحمان", "emomali_rahmon"), ("تركمانستان", "TKM"), ("سردار بردي محمدوف", "serdar_berdimuhamedov"),
        ("أوزبكستان", "UZB"), ("شوكت ميرضيائيف", "shavkat_mirziyoyev"), ("ميرضيائيف", "shavkat_mirziyoyev"),
        ("بحر قزوين", "caspian"), ("تشولبون أتا", "cholpon_ata"), ("شارل ميشيل", "charles_michel"),
        ("بروكسل", "brussels"), ("أوكرانيا", "UKR"),
    ],
    "ignore": ["الأوزبكية", "أوروبية", "الأوروبية", "القيرغيزية", "الروسية", "البوابة العالمية", "حزيران"],
    "events": [
        ev("m5-summit", "CONSULT", participants=EC5, persons=[*EU_LEADERS, *C5_LEADERS], date="2025-04-04",
           place="samarkand", story="eu-ca-summit-2025"),
        ev("m5-declaration", "AGREE", participants=EC5, date="2025-04-04", place="samarkand",
           story="eu-ca-declaration-2025"),
        ev("m5-declaration-pledges", "COOPERATE", "intended", optional=True, participants=EC5),
        ev("m5-package", "AID", "intended", optional=True, sources=["eu"], targets=C5,
           persons=["ursula_von_der_leyen"], story="eu-ca-package-2025"),
        ev("m5-package-coop", "COOPERATE", "intended", optional=True, participants=EC5,
           persons=["ursula_von_der_leyen"], story="eu-ca-package-2025"),
        ev("m5-uz-request", "REQUEST", sources=["UZB"], targets=["eu"], persons=["shavkat_mirziyoyev"]),
        ev("m5-uz-hope", "CONSULT", "hoped", participants=EC5, persons=["shavkat_mirziyoyev"]),
        ev("m5-kz-reject", "REJECT", sources=["KAZ"], targets=[], persons=["kassym_jomart_tokayev"]),
        ev("m5-kz-ready", "COOPERATE", "intended", participants=["KAZ", "eu"], persons=["kassym_jomart_tokayev"]),
        ev("m5-no-visa-deal", "AGREE", "negated", participants=EC5),
        ev("m5-cholpon-ata", "CONSULT", optional=True, participants=EC5, persons=["charles_michel"],
           date="2023-06", place="cholpon_ata"),
        ev("m5-war", "ASSAULT", optional=True, sources=[], targets=["UKR"], date="2022"),
    ],
    "roles": [
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("emomali_rahmon", "head_of_state", "TJK"), ("serdar_berdimuhamedov", "head_of_state", "TKM"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"),
    ],
}

# Okaz (Saudi daily): outlet line + Hijri and Gregorian header `الأحد 08 شوال 1446 هـ - 06 أبريل 2025 م`, byline
# `جدة (عكاظ) - وكالات`; the same summit "يوم الجمعة الماضي" (→ 4 April) and the declaration in the passive "وجرى
# ... توقيع إعلان مشترك" (two story pairs with m5), spellings كازاخستان، قاسم جومارت توكاييف، قرغيزستان، صادر
# جاباروف، رحمون، سردار بيردي محمدوف، ميرزيوييف; the Commission's pledge (optional, story with m5); a bilateral "يوم
# الخميس في سمرقند" with "الرئيس الأوزبكي" (→ 3 April); Mao Ning's welcome (SUPPORT) and rejection (REJECT); an
# analyst; the Almaty ministers' meeting "أواخر الشهر الجاري" (intended, 2025-04) and the Astana summit (optional).
M6 = {
    "published": "2025-04-06",
    "mentions": [
        ("عكاظ", "okaz"), ("سمرقند", "samarkand"), ("أوروبا", "europe"), ("آسيا الوسطى", "central_asia"),
        ("بكين", "beijing"), ("موسكو", "moscow"), ("جدة", "jeddah"), ("الاتحاد الأوروبي", "eu"),
        ("بروكسل", "brussels"), ("كازاخستان", "KAZ"), ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"),
        ("قرغيزستان", "KGZ"), ("صادر جاباروف", "sadyr_japarov"), ("طاجيكستان", "TJK"),
        ("إمام علي رحمون", "emomali_rahmon"), ("تركمانستان", "TKM"),
        ("سردار بيردي محمدوف", "serdar_berdimuhamedov"), ("أوزبكستان", "UZB"),
        ("شوكت ميرزيوييف", "shavkat_mirziyoyev"), ("المجلس الأوروبي", "european_council"),
        ("أنطونيو كوستا", "antonio_costa"), ("كوستا", "antonio_costa"),
        ("المفوضية الأوروبية", "european_commission"), ("أورسولا فون دير لاين", "ursula_von_der_leyen"),
        ("فون دير لاين", "ursula_von_der_leyen"), ("بحر قزوين", "caspian"), ("جنوب القوقاز", "south_caucasus"),
        ("فهد العتيبي", "fahd_alotaibi"), ("الصين", "CHN"), ("وزارة الخارجية الصينية", "cn_mfa"),
        ("ماو نينغ", "mao_ning"), ("ألماتي", "almaty"), ("أستانا", "astana"),
    ],
    "ignore": ["الأوزبكية", "الروسي", "الصينية", "الأوزبكي", "الآسيوية", "الغرب", "شوال", "حزيران"],
    "events": [
        ev("m6-summit", "CONSULT", participants=EC5, persons=[*C5_LEADERS, *EU_LEADERS], date="2025-04-04",
           place="samarkand", story="eu-ca-summit-2025"),
        ev("m6-declaration", "AGREE", participants=EC5, date="2025-04-04", place="samarkand",
           story="eu-ca-declaration-2025"),
        ev("m6-package", "AID", "intended", optional=True, sources=["european_commission", "eu"], targets=C5,
           story="eu-ca-package-2025"),
        ev("m6-package-coop", "COOPERATE", "intended", optional=True, participants=["european_commission", *EC5],
           story="eu-ca-package-2025"),
        ev("m6-uz-bilateral", "CONSULT", participants=["eu", "UZB"],
           persons=["antonio_costa", "ursula_von_der_leyen", "shavkat_mirziyoyev"], date="2025-04-03",
           place="samarkand"),
        ev("m6-cn-welcome", "SUPPORT", sources=["CHN"], targets=C5, persons=["mao_ning"]),
        ev("m6-cn-reject", "REJECT", sources=["CHN"], targets=[], persons=["mao_ning"]),
        ev("m6-almaty-fm", "CONSULT", "intended", participants=C6, date="2025-04", place="almaty"),
        ev("m6-astana-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025-06",
           place="astana"),
    ],
    "roles": [
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("emomali_rahmon", "head_of_state", "TJK"), ("serdar_berdimuhamedov", "head_of_state", "TKM"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("mao_ning", "other", "CHN"),
    ],
}

# RT Arabic: `تاريخ النشر: 21.05.2025 | 15:18 GMT` + "اليوم الأربعاء"; an informal China-Pakistan-Afghanistan
# ministers' meeting in Beijing; Dar with two titles before the name and then "دار" alone (also a common noun);
# Muttaqi "القائم بأعمال وزير الخارجية في حكومة طالبان"; "اتفقت على توسيع الممر" (AGREE) and "اتفقوا أيضا على عقد
# الجولة السادسة ... في كابول" (AGREE + intended CONSULT, Kabul: the plan of a story pair with m8); readiness of
# Islamabad and Kabul (capitals as parties) and China's welcome; "أمس الثلاثاء في بكين" (→ 20 May); support, pledged
# help; "دعا متقي المجتمع الدولي" (REQUEST, no named addressee); "الأسبوع المقبل في إسلام آباد" (intended, 2025-05);
# the India-Pakistan confrontation and the border clashes (optional ASSAULT); "لم تعترف أي دولة" (optional negated).
M7 = {
    "published": "2025-05-21",
    "mentions": [
        ("بكين", "beijing"), ("باكستان", "PAK"), ("أفغانستان", "AFG"), ("وانغ يي", "wang_yi"),
        ("إسحاق دار", "ishaq_dar"), ("دار", "ishaq_dar"), ("طالبان", "taliban"),
        ("أمير خان متقي", "amir_khan_muttaqi"), ("متقي", "amir_khan_muttaqi"), ("الهند", "IND"),
        ("كابول", "kabul"), ("إسلام آباد", "islamabad"), ("وزارة الخارجية الصينية", "cn_mfa"),
        ("جنوب آسيا", "south_asia"), ("الصين", "CHN"), ("جوادر", "gwadar"), ("بحر العرب", "arabian_sea"),
        ("روسيا", "RUS"), ("RT", "rt"),
    ],
    "ignore": ["الأفغانية", "الصيني", "الباكستاني", "الممر الاقتصادي الصيني الباكستاني", "الصينية", "آب"],
    "events": [
        ev("m7-meeting", "CONSULT", participants=CPA, persons=["wang_yi", "ishaq_dar", "amir_khan_muttaqi"],
           date="2025-05-21", place="beijing", story="cn-pk-af-beijing-2025-05"),
        ev("m7-cpec-agree", "AGREE", participants=CPA, persons=["wang_yi"], date="2025-05-21", place="beijing",
           story="cn-pk-af-cpec-2025"),
        ev("m7-agree-kabul-round", "AGREE", participants=CPA, date="2025-05-21", place="beijing"),
        ev("m7-kabul-round", "CONSULT", "intended", participants=CPA, place="kabul",
           story="cn-pk-af-dialogue6-2025"),
        ev("m7-ambassadors", "COOPERATE", "intended", participants=["PAK", "AFG"]),
        ev("m7-cn-welcome", "SUPPORT", sources=["CHN"], targets=["PAK", "AFG"]),
        ev("m7-wang-dar", "CONSULT", participants=["CHN", "PAK"], persons=["wang_yi", "ishaq_dar"],
           date="2025-05-20", place="beijing"),
        ev("m7-cn-backs-pak", "SUPPORT", sources=["CHN"], targets=["PAK"], persons=["wang_yi"]),
        ev("m7-cn-respects-afg", "SUPPORT", sources=["CHN"], targets=["AFG"], persons=["wang_yi"]),
        ev("m7-cn-help-afg", "AID", "intended", sources=["CHN"], targets=["AFG"], persons=["wang_yi"]),
        ev("m7-cn-help-coop", "COOPERATE", "intended", optional=True, participants=["CHN", "AFG"],
           persons=["wang_yi"]),
        ev("m7-af-request", "REQUEST", sources=["AFG"], targets=[], persons=["amir_khan_muttaqi"]),
        ev("m7-technical-committee", "CONSULT", "intended", participants=CPA, date="2025-05", place="islamabad"),
        ev("m7-india-pakistan", "ASSAULT", optional=True, sources=["IND", "PAK"], targets=[]),
        ev("m7-border-clashes", "ASSAULT", optional=True, sources=["PAK", "AFG"], targets=[]),
        ev("m7-no-recognition", "SUPPORT", "negated", optional=True, sources=[], targets=["AFG", "taliban"]),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("ishaq_dar", "deputy_head_of_government", "PAK"),
        ("ishaq_dar", "foreign_minister", "PAK"), ("amir_khan_muttaqi", "foreign_minister", "AFG"),
    ],
}

# Al Mayadeen: outlet line + header in Arabic-Indic digits with a Levantine month (`الأربعاء ٢٠ آب ٢٠٢٥ - ١٦:٠٥`) +
# "اليوم الأربعاء"; three ministers under one plural title "وزراء خارجية الصين X، وباكستان Y، وأفغانستان Z"
# (spelling إسحق دار); the sixth round held in Kabul (the fulfilment of m7's plan); the May meeting recalled "في
# أيار/مايو الماضي" (optional, stories with m7); the joint statement (AGREE); "دعا وانغ يي الجانب الأفغاني" (REQUEST);
# readiness + pledge; "انتقد متقي الولايات المتحدة" (ACCUSE); a reception by Hasan Akhund and an aid handover in the
# passive ("جرى ... تسليم"); "غدا الخميس إلى إسلام آباد" (intended, 2025-08-21); New Delhi "يومي الاثنين والثلاثاء"
# (optional); the trans-Afghan railway deal "في 17 تموز/يوليو الماضي" and Russia's recognition (optional).
M8 = {
    "published": "2025-08-20",
    "mentions": [
        ("الميادين نت", "al_mayadeen"), ("كابول", "kabul"), ("الصين", "CHN"), ("باكستان", "PAK"),
        ("أفغانستان", "AFG"), ("وانغ يي", "wang_yi"), ("إسحق دار", "ishaq_dar"),
        ("أمير خان متقي", "amir_khan_muttaqi"), ("متقي", "amir_khan_muttaqi"), ("بكين", "beijing"),
        ("إسلام آباد", "islamabad"), ("الولايات المتحدة", "USA"), ("طالبان", "taliban"),
        ("محمد حسن آخوند", "mohammad_hasan_akhund"), ("باختر", "bakhtar"), ("نيودلهي", "new_delhi"),
        ("سوبراهمانيام جايشانكار", "s_jaishankar"), ("أوزبكستان", "UZB"), ("ترمذ", "termez"), ("روسيا", "RUS"),
        ("آسيا الوسطى", "central_asia"), ("جنوب آسيا", "south_asia"),
    ],
    "ignore": ["الأفغانية", "الممر الاقتصادي الصيني الباكستاني", "الأفغاني", "الصينية", "الصيني", "الهندي",
               "الأوزبكية", "الباكستانية", "الغربي", "آب", "أيار", "تموز"],
    "events": [
        ev("m8-dialogue", "CONSULT", participants=CPA, persons=["wang_yi", "ishaq_dar", "amir_khan_muttaqi"],
           date="2025-08-20", place="kabul", story="cn-pk-af-dialogue6-2025"),
        ev("m8-may-meeting", "CONSULT", optional=True, participants=CPA, date="2025-05", place="beijing",
           story="cn-pk-af-beijing-2025-05"),
        ev("m8-may-cpec", "AGREE", optional=True, participants=CPA, date="2025-05", place="beijing",
           story="cn-pk-af-cpec-2025"),
        ev("m8-statement", "AGREE", participants=CPA, date="2025-08-20", place="kabul"),
        ev("m8-cn-request", "REQUEST", sources=["CHN"], targets=["AFG"], persons=["wang_yi"]),
        ev("m8-af-ready", "COOPERATE", "intended", participants=CPA, persons=["amir_khan_muttaqi"]),
        ev("m8-af-pledge", "COOPERATE", "intended", optional=True, participants=CPA,
           persons=["amir_khan_muttaqi"]),
        ev("m8-af-accuses-us", "ACCUSE", sources=["AFG"], targets=["USA"], persons=["amir_khan_muttaqi"]),
        ev("m8-akhund", "CONSULT", participants=["AFG", "CHN"], persons=["mohammad_hasan_akhund", "wang_yi"],
           date="2025-08-20", place="kabul"),
        ev("m8-aid", "AID", sources=["CHN"], targets=["AFG"], date="2025-08-20", place="kabul"),
        ev("m8-islamabad", "CONSULT", "intended", participants=["CHN", "PAK"], persons=["wang_yi"],
           date="2025-08-21", place="islamabad"),
        ev("m8-new-delhi", "CONSULT", optional=True, participants=["CHN", "IND"],
           persons=["wang_yi", "s_jaishankar"], date="2025-08-19", place="new_delhi"),
        ev("m8-railway", "AGREE", optional=True, participants=["UZB", "AFG", "PAK"], date="2025-07-17",
           place="kabul"),
        ev("m8-ru-recognition", "SUPPORT", optional=True, sources=["RUS"], targets=["AFG", "taliban"],
           date="2025-07"),
        ev("m8-cn-no-recognition", "SUPPORT", "negated", optional=True, sources=["CHN"], targets=["AFG"]),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("ishaq_dar", "foreign_minister", "PAK"),
        ("amir_khan_muttaqi", "foreign_minister", "AFG"), ("mohammad_hasan_akhund", "head_of_government", "AFG"),
    ],
}

# Khovar: `أستانا، 28 تشرين الثاني/نوفمبر 2024 (خوفار).` (Levantine + Egyptian month) + "اليوم الخميس"; the CSTO
# summit (party: the CSTO); Rahmon with two titles ("رئيس جمهورية طاجيكستان، زعيم الأمة") and later "رئيس الدولة";
# four presidents, each with his own title; "بأستانا" in the headline; Pashinyan absent ("لم يشارك", negated
# CONSULT ARM + CSTO) and Armenia's freeze "منذ شباط/فبراير الماضي" (optional); "دعا رحمان الدول الأعضاء" (REQUEST →
# CSTO); the border programme (AGREE) and "جرى ... توقيع إعلان" (optional second AGREE); thanks (optional) and a hope;
# Rahmon-Putin on the sidelines; Putin-Tokayev "أمس" (→ 27 November); the next summit in Bishkek "العام المقبل"
# (intended, 2025); membership and border figures (no event).
M9 = {
    "published": "2024-11-28",
    "mentions": [
        ("منظمة معاهدة الأمن الجماعي", "csto"), ("أستانا", "astana"), ("خوفار", "khovar"),
        ("جمهورية طاجيكستان", "TJK"), ("إمام علي رحمان", "emomali_rahmon"), ("رحمان", "emomali_rahmon"),
        ("قازاقستان", "KAZ"), ("قاسم جومارت توقاييف", "kassym_jomart_tokayev"), ("توقاييف", "kassym_jomart_tokayev"),
        ("روسيا", "RUS"), ("فلاديمير بوتين", "vladimir_putin"), ("بوتين", "vladimir_putin"), ("بيلاروس", "BLR"),
        ("ألكسندر لوكاشينكو", "alexander_lukashenko"), ("قيرغيزستان", "KGZ"), ("صادر جاباروف", "sadyr_japarov"),
        ("أرمينيا", "ARM"), ("نيكول باشينيان", "nikol_pashinyan"), ("يريفان", "yerevan"), ("أفغانستان", "AFG"),
        ("دوشنبه", "dushanbe"), ("بيشكيك", "bishkek"), ("طاجيكستان", "TJK"), ("آسيا الوسطى", "central_asia"),
    ],
    "ignore": ["مجلس الأمن الجماعي", "القازاقية", "الطاجيكية", "الأفغانية", "الطاجيكي", "الروسي", "تشرين الثاني",
               "شباط"],
    "events": [
        ev("m9-summit", "CONSULT", participants=["csto"],
           persons=["emomali_rahmon", "kassym_jomart_tokayev", "vladimir_putin", "alexander_lukashenko",
                    "sadyr_japarov"], date="2024-11-28", place="astana"),
        ev("m9-pashinyan-absent", "CONSULT", "negated", participants=["ARM", "csto"], persons=["nikol_pashinyan"],
           date="2024-11-28"),
        ev("m9-armenia-freeze", "REJECT", optional=True, sources=["ARM"], targets=["csto"], date="2024-02"),
        ev("m9-tj-request", "REQUEST", sources=["TJK"], targets=["csto"], persons=["emomali_rahmon"]),
        ev("m9-border-programme", "AGREE", participants=["csto"], date="2024-11-28", place="astana"),
        ev("m9-thanks", "SUPPORT", optional=True, sources=["TJK"], targets=["csto"], persons=["emomali_rahmon"]),
        ev("m9-hope", "COOPERATE", "hoped", participants=["csto", "TJK"], persons=["emomali_rahmon"]),
        ev("m9-declaration", "AGREE", optional=True, participants=["csto"], date="2024-11-28", place="astana"),
        ev("m9-rahmon-putin", "CONSULT", participants=["TJK", "RUS"], persons=["emomali_rahmon", "vladimir_putin"],
           date="2024-11-28", place="astana"),
        ev("m9-putin-tokayev", "CONSULT", participants=["RUS", "KAZ"],
           persons=["vladimir_putin", "kassym_jomart_tokayev"], date="2024-11-27", place="astana"),
        ev("m9-kg-chair", "COOPERATE", optional=True, participants=["KGZ", "csto"]),
        ev("m9-next-summit", "CONSULT", "intended", participants=["csto", "KGZ"], date="2025", place="bishkek"),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
        ("vladimir_putin", "head_of_state", "RUS"), ("alexander_lukashenko", "head_of_state", "BLR"),
        ("sadyr_japarov", "head_of_state", "KGZ"), ("nikol_pashinyan", "head_of_government", "ARM"),
    ],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "m1.txt": M1, "m2.txt": M2, "m3.txt": M3, "m4.txt": M4, "m5.txt": M5, "m6.txt": M6, "m7.txt": M7,
        "m8.txt": M8, "m9.txt": M9,
    },
}
