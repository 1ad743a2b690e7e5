"""Gold annotation of the twelve held-out articles (tests/eval/heldout/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py: every named mention (titles such as "the president" and
nisba adjectives such as "the Chinese" are not mentions; nisbas are listed under ignore), PLOVER event types,
participants are countries or organisations, persons listed apart, status asserted / intended / hoped / negated,
optional events neither required nor counted wrong, events sharing a story report the same real-world event.

Held-out conventions on top of the seeds': an event date or place is given only where the text states or fixes it
(dateline date plus "today", a weekday next to a stated date, "last month" from a dated dateline); nothing is
filled in from world knowledge, so a text without a year has no event dates. `published` is the dateline date, or
None where the dateline has no full date.
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]

ENTITIES = {
    # countries and regions (keys shared with seeds_spec.py)
    "CHN": {"type": "GPE", "name": "China", "iso3": "CHN"},
    "KAZ": {"type": "GPE", "name": "Kazakhstan", "iso3": "KAZ"},
    "KGZ": {"type": "GPE", "name": "Kyrgyzstan", "iso3": "KGZ"},
    "TJK": {"type": "GPE", "name": "Tajikistan", "iso3": "TJK"},
    "TKM": {"type": "GPE", "name": "Turkmenistan", "iso3": "TKM"},
    "UZB": {"type": "GPE", "name": "Uzbekistan", "iso3": "UZB"},
    "RUS": {"type": "GPE", "name": "Russia", "iso3": "RUS"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "AFG": {"type": "GPE", "name": "Afghanistan", "iso3": "AFG"},
    "USA": {"type": "GPE", "name": "United States", "iso3": "USA"},
    "QAT": {"type": "GPE", "name": "Qatar", "iso3": "QAT"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    # cities
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "almaty": {"type": "GPE", "name": "Almaty", "country": "KAZ"},
    "aktau": {"type": "GPE", "name": "Aktau", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "ashgabat": {"type": "GPE", "name": "Ashgabat", "country": "TKM"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "samarkand": {"type": "GPE", "name": "Samarkand", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "ankara": {"type": "GPE", "name": "Ankara", "country": "TUR"},
    "doha": {"type": "GPE", "name": "Doha", "country": "QAT"},
    # organisations and outlets
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "eu": {"type": "ORG", "name": "European Union"},
    "state_council": {"type": "ORG", "name": "State Council of China", "country": "CHN"},
    "cpc_politburo": {"type": "ORG", "name": "Politburo of the Communist Party of China", "country": "CHN"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "exim_china": {"type": "ORG", "name": "Export-Import Bank of China", "country": "CHN"},
    "halk_maslahaty": {"type": "ORG", "name": "People's Council of Turkmenistan", "country": "TKM"},
    "qatar_cabinet": {"type": "ORG", "name": "Council of Ministers of Qatar", "country": "QAT"},
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "kazinform": {"type": "ORG", "name": "Kazinform", "country": "KAZ"},
    "rt": {"type": "ORG", "name": "RT", "country": "RUS"},
    "anadolu": {"type": "ORG", "name": "Anadolu Agency", "country": "TUR"},
    "una": {"type": "ORG", "name": "Union of OIC News Agencies (UNA)"},
    "qna": {"type": "ORG", "name": "Qatar News Agency", "country": "QAT"},
    "reuters": {"type": "ORG", "name": "Reuters", "country": "GBR"},
    "asia_plus": {"type": "ORG", "name": "Asia-Plus", "country": "TJK"},
    # people (keys shared with seeds_spec.py where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "qin_gang": {"type": "PER", "name": "Qin Gang", "country": "CHN"},
    "ding_xuexiang": {"type": "PER", "name": "Ding Xuexiang", "country": "CHN"},
    "zhou_yin": {"type": "PER", "name": "Zhou Yin (Chinese ambassador to Tajikistan)", "country": "CHN"},
    "zhang_ming": {"type": "PER", "name": "Zhang Ming (SCO Secretary-General)"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "murat_nurtleu": {"type": "PER", "name": "Murat Nurtleu", "country": "KAZ"},
    "shakhrat_nuryshev": {"type": "PER", "name": "Shakhrat Nuryshev", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "sirojiddin_muhriddin": {"type": "PER", "name": "Sirojiddin Muhriddin", "country": "TJK"},
    "kokhir_rasulzoda": {"type": "PER", "name": "Kokhir Rasulzoda", "country": "TJK"},
    "rashid_meredov": {"type": "PER", "name": "Rashid Meredov", "country": "TKM"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "gurbanguly_berdimuhamedov": {"type": "PER", "name": "Gurbanguly Berdimuhamedov", "country": "TKM"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "mohammed_bin_abdulrahman": {"type": "PER", "name": "Mohammed bin Abdulrahman Al Thani", "country": "QAT"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Xinhua: Xi meets Tokayev in Astana the day before the second China-Central Asia summit.
A1 = {
    "published": "2025-06-16",
    "mentions": [
        ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"), ("أستانا", "astana"), ("شينخوا", "xinhua"),
        ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"), ("توكاييف", "kassym_jomart_tokayev"), ("الصين", "CHN"),
        ("آسيا الوسطى", "central_asia"), ("كازاخستان", "KAZ"), ("صدر جباروف", "sadyr_japarov"),
        ("إمام علي رحمن", "emomali_rahmon"),
    ],
    "ignore": ["الكازاخستاني", "الصيني", "القرغيزي", "الطاجيكي", "الحزام والطريق"],
    "events": [
        ev("a1-meet", "CONSULT", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2025-06-16", place="astana", story="xi-tokayev-2025"),
        ev("a1-summit", "CONSULT", "intended", optional=True, participants=C6, story="summit2-2025"),
        ev("a1-ready-coop", "COOPERATE", "intended", participants=["CHN", "KAZ"], persons=["xi_jinping"]),
        ev("a1-visa", "AGREE", "intended", participants=["CHN", "KAZ"]),
        ev("a1-back-bri", "SUPPORT", sources=["KAZ"], targets=["CHN"], persons=["kassym_jomart_tokayev"]),
        ev("a1-oppose-interference", "REJECT", sources=["KAZ"], targets=[], persons=["kassym_jomart_tokayev"]),
        ev("a1-ten-documents", "AGREE", participants=["CHN", "KAZ"], date="2025-06-16", place="astana"),
        ev("a1-xi-japarov", "CONSULT", participants=["CHN", "KGZ"], persons=["xi_jinping", "sadyr_japarov"],
           date="2025-06-16"),
        ev("a1-xi-rahmon", "CONSULT", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           date="2025-06-16"),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
        ("sadyr_japarov", "head_of_state", "KGZ"), ("emomali_rahmon", "head_of_state", "TJK"),
    ],
}

# Kazinform: the same meeting, other spellings; the dateline has no date (the meeting's date is in the body).
A2 = {
    "published": None,
    "mentions": [
        ("آستانا", "astana"), ("كازينفورم", "kazinform"), ("جمهورية الصين الشعبية", "CHN"), ("الصين", "CHN"),
        ("شي جينبينغ", "xi_jinping"), ("جمهورية كازاخستان", "KAZ"), ("قاسم-جومارت توقاييف", "kassym_jomart_tokayev"),
        ("توقاييف", "kassym_jomart_tokayev"), ("أكتاو", "aktau"), ("بكين", "beijing"), ("آسيا الوسطى", "central_asia"),
        ("أوزبكستان", "UZB"), ("قيرغيزستان", "KGZ"), ("طاجيكستان", "TJK"), ("تركمانستان", "TKM"),
    ],
    "ignore": ["الكازاخية", "الكازاخستاني"],
    "events": [
        ev("a2-talks", "CONSULT", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2025-06-16", place="astana", story="xi-tokayev-2025"),
        ev("a2-consulate", "AGREE", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"]),
        ev("a2-welcome-flights", "SUPPORT", sources=["KAZ"], targets=["CHN"]),
        ev("a2-flights", "COOPERATE", optional=True, sources=["CHN"], targets=["KAZ"]),
        ev("a2-one-china", "SUPPORT", sources=["KAZ"], targets=["CHN"], persons=["kassym_jomart_tokayev"]),
        ev("a2-summit", "CONSULT", "intended", participants=C6, date="2025-06-17", place="astana",
           story="summit2-2025"),
    ],
    "roles": [("xi_jinping", "head_of_state", "CHN"), ("kassym_jomart_tokayev", "head_of_state", "KAZ")],
}

# Xinhua: sixth China-Central Asia foreign ministers' meeting in Almaty.
A3 = {
    "published": "2025-04-26",
    "mentions": [
        ("ألماتي", "almaty"), ("شينخوا", "xinhua"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"), ("وانغ يي", "wang_yi"),
        ("وانغ", "wang_yi"), ("مراد نورتليو", "murat_nurtleu"), ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"),
        ("جينبيك كولوبايف", "zheenbek_kulubaev"), ("سراج الدين مهر الدين", "sirojiddin_muhriddin"),
        ("رشيد ميريدوف", "rashid_meredov"), ("بختيار سعيدوف", "bakhtiyor_saidov"), ("سعيدوف", "bakhtiyor_saidov"),
        ("أستانا", "astana"), ("قرغيزستان", "KGZ"), ("أوزبكستان", "UZB"), ("أفغانستان", "AFG"),
    ],
    "ignore": ["الكازاخستاني", "القرغيزي", "الطاجيكي", "التركماني", "الأوزبكي"],
    "events": [
        ev("a3-fm6", "CONSULT", participants=C6,
           persons=["wang_yi", "murat_nurtleu", "zheenbek_kulubaev", "sirojiddin_muhriddin", "rashid_meredov",
                    "bakhtiyor_saidov"], date="2025-04-26", place="almaty", story="fm6-2025"),
        ev("a3-summit-coop", "COOPERATE", "intended", participants=C6, persons=["wang_yi"]),
        ev("a3-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2-2025"),
        ev("a3-oppose-sanctions", "REJECT", sources=["CHN"], targets=[], persons=["wang_yi"]),
        ev("a3-railway", "AGREE", participants=C6, date="2025-04-26", place="almaty"),
        ev("a3-customs-mou", "AGREE", participants=C6, date="2025-04-26", place="almaty"),
        ev("a3-uz-thanks", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["bakhtiyor_saidov"]),
        ev("a3-drought-aid", "AID", optional=True, sources=["CHN"], targets=["UZB"]),
        ev("a3-tj-border-request", "REQUEST", sources=["TJK"], targets=[]),
        ev("a3-no-bank", "AGREE", "negated", participants=C6, date="2025-04-26", place="almaty"),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("murat_nurtleu", "foreign_minister", "KAZ"),
        ("murat_nurtleu", "deputy_head_of_government", "KAZ"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
        ("sirojiddin_muhriddin", "foreign_minister", "TJK"), ("rashid_meredov", "foreign_minister", "TKM"),
        ("bakhtiyor_saidov", "foreign_minister", "UZB"),
    ],
}

# RT: Qin Gang's bilateral talks in Xi'an on "Wednesday"; no date anywhere, so no event dates.
B1 = {
    "published": None,
    "mentions": [
        ("بكين", "beijing"), ("آسيا الوسطى", "central_asia"), ("موسكو", "moscow"), ("آر تي", "rt"),
        ("تشين قانغ", "qin_gang"), ("تشين", "qin_gang"), ("قرغيزستان", "KGZ"), ("طاجيكستان", "TJK"),
        ("تركمانستان", "TKM"), ("شيآن", "xian"), ("الصين", "CHN"), ("وزارة الخارجية الصينية", "cn_mfa"),
        ("جينبيك كولوباييف", "zheenbek_kulubaev"), ("سراج الدين مهر الدين", "sirojiddin_muhriddin"),
    ],
    "ignore": ["الصيني", "القرغيزي", "الطاجيكي", "القوى الثلاث"],
    "events": [
        ev("b1-talks", "CONSULT", participants=["CHN", "KGZ", "TJK", "TKM"], persons=["qin_gang"], place="xian"),
        ev("b1-kg", "CONSULT", participants=["CHN", "KGZ"], persons=["qin_gang", "zheenbek_kulubaev"], place="xian"),
        ev("b1-tj", "CONSULT", participants=["CHN", "TJK"], persons=["qin_gang", "sirojiddin_muhriddin"], place="xian"),
        ev("b1-fm4", "CONSULT", "intended", optional=True, participants=C6),
        ev("b1-reject-three-evils", "REJECT", sources=["CHN", "TJK"], targets=[]),
        ev("b1-gas", "AGREE", participants=["CHN", "TKM"]),
    ],
    "roles": [
        ("qin_gang", "foreign_minister", "CHN"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
        ("sirojiddin_muhriddin", "foreign_minister", "TJK"),
    ],
}

# Anadolu: SCO announces the Astana foreign ministers' meeting; US criticism; EU sanctions.
B2 = {
    "published": "2024-05-12",
    "mentions": [
        ("الأناضول", "anadolu"), ("أنقرة", "ankara"), ("منظمة شنغهاي للتعاون", "sco"), ("أستانا", "astana"),
        ("تشانغ مينغ", "zhang_ming"), ("بيلاروسيا", "BLR"), ("الولايات المتحدة", "USA"), ("بكين", "beijing"),
        ("موسكو", "moscow"), ("الاتحاد الأوروبي", "eu"), ("روسيا", "RUS"),
    ],
    "ignore": ["الكازاخستانية", "صينية", "الغرب"],
    "events": [
        ev("b2-sco-fm", "CONSULT", "intended", participants=["sco"], date="2024-05-20", place="astana"),
        ev("b2-sco-summit", "CONSULT", "intended", optional=True, participants=["sco"], date="2024-07"),
        ev("b2-back-belarus", "SUPPORT", sources=["sco"], targets=["BLR"], persons=["zhang_ming"]),
        ev("b2-us-criticise", "ACCUSE", sources=["USA"], targets=["sco"]),
        ev("b2-us-accuse", "ACCUSE", sources=["USA"], targets=["CHN", "RUS"]),
        ev("b2-eu-sanctions", "SANCTION", sources=["eu"], targets=["CHN"], date="2024-04"),
    ],
    # Zhang Ming's office (SCO Secretary-General) has no country in the contract's sense: left out of the roles.
    "roles": [],
}

# UNA: Mirziyoyev receives Wang Yi in Tashkent; the dateline has day and month but no year.
B3 = {
    "published": None,
    "mentions": [
        ("طشقند", "tashkent"), ("يونا", "una"), ("جمهورية أوزبكستان", "UZB"), ("أوزبكستان", "UZB"),
        ("شوكت ميرزيوييف", "shavkat_mirziyoyev"), ("ميرزيوييف", "shavkat_mirziyoyev"),
        ("جمهورية الصين الشعبية", "CHN"), ("الصين", "CHN"), ("وانغ يي", "wang_yi"), ("وانغ", "wang_yi"),
        ("بكين", "beijing"), ("شي جين بينغ", "xi_jinping"), ("منظمة شنغهاي للتعاون", "sco"),
        ("سمرقند", "samarkand"),
    ],
    "ignore": ["الأوزبكي", "الصيني", "كورونا"],
    "events": [
        ev("b3-meet", "CONSULT", participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev", "wang_yi"],
           place="tashkent"),
        ev("b3-state-visit", "CONSULT", optional=True, participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"]),
        ev("b3-past-agreements", "AGREE", optional=True, participants=["UZB", "CHN"]),
        ev("b3-thanks-aid", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["shavkat_mirziyoyev"]),
        ev("b3-covid-aid", "AID", optional=True, sources=["CHN"], targets=["UZB"]),
        ev("b3-keep-supporting", "SUPPORT", "intended", sources=["CHN"], targets=["UZB"], persons=["wang_yi"]),
        ev("b3-plan", "AGREE", participants=["UZB", "CHN"], persons=["wang_yi"]),
        ev("b3-xi-visit", "CONSULT", "intended", participants=["CHN", "UZB"], persons=["xi_jinping"],
           place="samarkand"),
        ev("b3-sco-summit", "CONSULT", "intended", optional=True, participants=["sco"], place="samarkand"),
    ],
    "roles": [
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("wang_yi", "foreign_minister", "CHN"),
        ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# QNA: phone call between the Kyrgyz foreign minister and the Qatari prime minister.
C1 = {
    "published": "2024-03-14",
    "mentions": [
        ("بيشكيك", "bishkek"), ("قنا", "qna"), ("جينبيك كولوباييف", "zheenbek_kulubaev"),
        ("جمهورية قرغيزستان", "KGZ"), ("محمد بن عبد الرحمن آل ثاني", "mohammed_bin_abdulrahman"),
        ("مجلس الوزراء", "qatar_cabinet"), ("أفغانستان", "AFG"), ("صادر جباروف", "sadyr_japarov"),
        ("الدوحة", "doha"),
    ],
    "ignore": ["القطري", "القرغيزي"],
    "events": [
        ev("c1-call", "CONSULT", participants=["KGZ", "QAT"],
           persons=["zheenbek_kulubaev", "mohammed_bin_abdulrahman"], date="2024-03-14"),
        ev("c1-japarov-visit", "CONSULT", "intended", optional=True, participants=["KGZ", "QAT"],
           persons=["sadyr_japarov"], place="doha"),
    ],
    "roles": [
        ("zheenbek_kulubaev", "foreign_minister", "KGZ"), ("mohammed_bin_abdulrahman", "head_of_government", "QAT"),
        ("mohammed_bin_abdulrahman", "foreign_minister", "QAT"), ("sadyr_japarov", "head_of_state", "KGZ"),
    ],
}

# Reuters: Tajikistan and China sign a road deal financed by China Exim; no date.
C2 = {
    "published": None,
    "mentions": [
        ("دوشنبه", "dushanbe"), ("رويترز", "reuters"), ("طاجيكستان", "TJK"), ("الصين", "CHN"),
        ("بنك التصدير والاستيراد الصيني", "exim_china"), ("قاهر رسول زاده", "kokhir_rasulzoda"),
        ("تشو ين", "zhou_yin"),
    ],
    "ignore": ["الصينية", "الصيني", "الطاجيكي", "الحكومة الطاجيكية"],
    "events": [
        ev("c2-road-deal", "AGREE", participants=["TJK", "CHN"], persons=["kokhir_rasulzoda", "zhou_yin"]),
        ev("c2-financing", "AID", optional=True, sources=["exim_china", "CHN"], targets=["TJK"]),
        ev("c2-criticism", "ACCUSE", optional=True, targets=["TJK", "CHN"]),
        ev("c2-land-cession", "CONCEDE", "hoped", optional=True, sources=["TJK"], targets=["CHN"]),
    ],
    "roles": [("kokhir_rasulzoda", "head_of_government", "TJK"), ("zhou_yin", "ambassador", "CHN")],
}

# Xinhua: Gurbanguly Berdimuhamedov meets Ding Xuexiang in Ashgabat.
C3 = {
    "published": "2023-07-08",
    "mentions": [
        ("عشق آباد", "ashgabat"), ("شينخوا", "xinhua"), ("مجلس الشعب التركمانستاني", "halk_maslahaty"),
        ("قربانقولي بيردي محمدوف", "gurbanguly_berdimuhamedov"), ("بيردي محمدوف", "gurbanguly_berdimuhamedov"),
        ("سردار بيردي محمدوف", "serdar_berdimuhamedov"), ("مجلس الدولة", "state_council"),
        ("دينغ شيويه شيانغ", "ding_xuexiang"), ("دينغ", "ding_xuexiang"), ("الصين", "CHN"), ("تركمانستان", "TKM"),
    ],
    "ignore": ["الصيني", "التركمانستاني"],
    "events": [
        ev("c3-meet", "CONSULT", participants=["TKM", "CHN"], persons=["gurbanguly_berdimuhamedov", "ding_xuexiang"],
           date="2023-07-08", place="ashgabat"),
        ev("c3-ready-coop", "COOPERATE", "intended", participants=["CHN", "TKM"], persons=["ding_xuexiang"]),
        ev("c3-thanks", "SUPPORT", sources=["TKM"], targets=["CHN"], persons=["gurbanguly_berdimuhamedov"]),
        ev("c3-china-backs-neutrality", "SUPPORT", optional=True, sources=["CHN"], targets=["TKM"]),
        ev("c3-inauguration", "CONSULT", optional=True, participants=["CHN", "TKM"],
           persons=["ding_xuexiang", "serdar_berdimuhamedov"], date="2023-07-08"),
    ],
    "roles": [
        ("gurbanguly_berdimuhamedov", "other", "TKM"), ("ding_xuexiang", "deputy_head_of_government", "CHN"),
        ("ding_xuexiang", "other", "CHN"), ("serdar_berdimuhamedov", "head_of_state", "TKM"),
    ],
}

# d1/d2: the same Chinese ambassador spelled تشو ين and تشو يين.
D1 = {
    "published": "2024-05-05",
    "mentions": [("دوشنبه", "dushanbe"), ("شينخوا", "xinhua"), ("طاجيكستان", "TJK"), ("تشو ين", "zhou_yin")],
    "ignore": ["الصيني"],
    "events": [ev("d1-ready", "COOPERATE", "intended", participants=["CHN", "TJK"], persons=["zhou_yin"])],
    "roles": [("zhou_yin", "ambassador", "CHN")],
}

D2 = {
    "published": "2024-05-09",
    "mentions": [
        ("دوشنبه", "dushanbe"), ("آسيا بلس", "asia_plus"), ("سراج الدين مهر الدين", "sirojiddin_muhriddin"),
        ("تشو يين", "zhou_yin"),
    ],
    "ignore": ["الطاجيكي", "الصيني"],
    "events": [
        ev("d2-meet", "CONSULT", participants=["TJK", "CHN"], persons=["sirojiddin_muhriddin", "zhou_yin"],
           date="2024-05-09"),
    ],
    "roles": [("sirojiddin_muhriddin", "foreign_minister", "TJK"), ("zhou_yin", "ambassador", "CHN")],
}

# A statement about trade figures: no diplomatic event.
D3 = {
    "published": "2024-05-10",
    "mentions": [("بكين", "beijing"), ("شينخوا", "xinhua"), ("الصين", "CHN"), ("شهرات نوريشيف", "shakhrat_nuryshev")],
    "ignore": ["الكازاخستاني"],
    "events": [],
    "roles": [("shakhrat_nuryshev", "ambassador", "KAZ")],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "a1.txt": A1, "a2.txt": A2, "a3.txt": A3,
        "b1.txt": B1, "b2.txt": B2, "b3.txt": B3,
        "c1.txt": C1, "c2.txt": C2, "c3.txt": C3,
        "d1.txt": D1, "d2.txt": D2, "d3.txt": D3,
    },
}
