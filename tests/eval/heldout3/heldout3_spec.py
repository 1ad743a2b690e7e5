"""Gold annotation of the ten third-held-out articles (tests/eval/heldout3/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and the first two held-out sets (entity keys are shared
where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types, participants are
countries or organisations, persons listed apart, status asserted / intended / hoped / negated, optional events
neither required nor counted wrong, events with the same story report the same real-world event.

An event date or place is given only where the text states or fixes it (a dated dateline or byline plus "today",
"yesterday", "last Sunday", "Saturday", "last month", "next week"); nothing comes from world knowledge, so a text
without a year (f9) has no event dates. `published` is the dateline, stamp or byline date, or None without a year.
An SCO meeting has participants ["sco"] (seeds 004, held-out b2, heldout2 e6). A company or agency that acts is the
party itself (CNPC in f9, TIKA in f4), not its country. A planned meeting mentioned only as the object of
"preparations for" (التحضير لـ) is optional, as heldout2 e1's planned summit.
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]

ENTITIES = {
    # countries and regions (keys shared with seeds_spec.py / heldout_spec.py / heldout2_spec.py)
    "CHN": {"type": "GPE", "name": "China", "iso3": "CHN"},
    "KAZ": {"type": "GPE", "name": "Kazakhstan", "iso3": "KAZ"},
    "KGZ": {"type": "GPE", "name": "Kyrgyzstan", "iso3": "KGZ"},
    "TJK": {"type": "GPE", "name": "Tajikistan", "iso3": "TJK"},
    "TKM": {"type": "GPE", "name": "Turkmenistan", "iso3": "TKM"},
    "UZB": {"type": "GPE", "name": "Uzbekistan", "iso3": "UZB"},
    "RUS": {"type": "GPE", "name": "Russia", "iso3": "RUS"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "USA": {"type": "GPE", "name": "United States", "iso3": "USA"},
    "IND": {"type": "GPE", "name": "India", "iso3": "IND"},
    "TUR": {"type": "GPE", "name": "Turkey", "iso3": "TUR"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    "europe": {"type": "LOC", "name": "Europe"},
    "eurasia": {"type": "LOC", "name": "Eurasia"},
    # cities and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "chengdu": {"type": "GPE", "name": "Chengdu", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "almaty": {"type": "GPE", "name": "Almaty", "country": "KAZ"},
    "khorgos": {"type": "LOC", "name": "Khorgos (border station)", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "jalal_abad": {"type": "GPE", "name": "Jalal-Abad Region", "country": "KGZ"},
    "manas_airport": {"type": "LOC", "name": "Manas International Airport", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "ashgabat": {"type": "GPE", "name": "Ashgabat", "country": "TKM"},
    "galkynysh": {"type": "LOC", "name": "Galkynysh gas field", "country": "TKM"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "samarkand": {"type": "GPE", "name": "Samarkand", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "washington": {"type": "GPE", "name": "Washington", "country": "USA"},
    # organisations and companies
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "un": {"type": "ORG", "name": "United Nations"},
    "eu": {"type": "ORG", "name": "European Union"},
    "cica": {"type": "ORG", "name": "Conference on Interaction and Confidence-Building Measures in Asia"},
    "state_council": {"type": "ORG", "name": "State Council of China", "country": "CHN"},
    "cpc_politburo": {"type": "ORG", "name": "Politburo of the Communist Party of China", "country": "CHN"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "kz_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kazakhstan", "country": "KAZ"},
    "kg_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kyrgyzstan", "country": "KGZ"},
    "tkm_cabinet": {"type": "ORG", "name": "Cabinet of Ministers of Turkmenistan", "country": "TKM"},
    "us_treasury": {"type": "ORG", "name": "United States Department of the Treasury", "country": "USA"},
    "kremlin": {"type": "ORG", "name": "Kremlin (Presidential Administration of Russia)", "country": "RUS"},
    "tika": {"type": "ORG", "name": "Turkish Cooperation and Coordination Agency (TIKA)", "country": "TUR"},
    "cnpc": {"type": "ORG", "name": "China National Petroleum Corporation", "country": "CHN"},
    # outlets
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "kazinform": {"type": "ORG", "name": "Kazinform", "country": "KAZ"},
    "uza": {"type": "ORG", "name": "National News Agency of Uzbekistan (UzA)", "country": "UZB"},
    "rt": {"type": "ORG", "name": "RT", "country": "RUS"},
    "anadolu": {"type": "ORG", "name": "Anadolu Agency", "country": "TUR"},
    "alarabiya": {"type": "ORG", "name": "Al Arabiya", "country": "SAU"},
    "asharq_alawsat": {"type": "ORG", "name": "Asharq Al-Awsat", "country": "SAU"},
    "trend": {"type": "ORG", "name": "Trend News Agency", "country": "AZE"},
    "mena": {"type": "ORG", "name": "Middle East News Agency (MENA)", "country": "EGY"},
    # people (keys shared with earlier specs where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "ding_xuexiang": {"type": "PER", "name": "Ding Xuexiang", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "mao_ning": {"type": "PER", "name": "Mao Ning (Chinese foreign ministry spokesperson)", "country": "CHN"},
    "du_dewen": {"type": "PER", "name": "Du Dewen (Chinese ambassador to Kyrgyzstan)", "country": "CHN"},
    "dai_houliang": {"type": "PER", "name": "Dai Houliang (CNPC chairman)", "country": "CHN"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "murat_nurtleu": {"type": "PER", "name": "Murat Nurtleu", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "boobek_ajikeev": {"type": "PER", "name": "Boobek Ajikeev (Kyrgyz emergencies minister)", "country": "KGZ"},
    "sirojiddin_muhriddin": {"type": "PER", "name": "Sirojiddin Muhriddin", "country": "TJK"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "rashid_meredov": {"type": "PER", "name": "Rashid Meredov", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "abdulla_aripov": {"type": "PER", "name": "Abdulla Aripov", "country": "UZB"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "vladimir_putin": {"type": "PER", "name": "Vladimir Putin", "country": "RUS"},
    "dmitry_peskov": {"type": "PER", "name": "Dmitry Peskov (Kremlin spokesman)", "country": "RUS"},
    "narendra_modi": {"type": "PER", "name": "Narendra Modi", "country": "IND"},
    "s_jaishankar": {"type": "PER", "name": "S. Jaishankar", "country": "IND"},
    "antonio_guterres": {"type": "PER", "name": "António Guterres (UN Secretary-General)"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Kazinform: Nurtleu at the fifth C+C5 foreign ministers' meeting "yesterday" in Chengdu; توقاييف spelling.
F1 = {
    "published": "2024-12-02",
    "mentions": [
        ("مراد نورتليو", "murat_nurtleu"), ("نورتليو", "murat_nurtleu"), ("آسيا الوسطى", "central_asia"),
        ("الصين", "CHN"), ("أستانا", "astana"), ("كازينفورم", "kazinform"), ("تشنغدو", "chengdu"),
        ("وزارة الخارجية الكازاخستانية", "kz_mfa"), ("كازاخستان", "KAZ"), ("خورغوس", "khorgos"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"), ("وانغ يي", "wang_yi"),
        ("قاسم جومارت توقاييف", "kassym_jomart_tokayev"), ("بكين", "beijing"), ("ألماتي", "almaty"),
    ],
    "ignore": ["الكازاخستاني", "الصيني", "الصينية", "الكازاخستانية", "الحزام والطريق"],
    "events": [
        ev("f1-fm5", "CONSULT", participants=C6, persons=["murat_nurtleu"], date="2024-12-01", place="chengdu",
           story="ccfm5-2024"),
        ev("f1-summit-prep", "CONSULT", "intended", optional=True, participants=C6, date="2025", place="astana",
           story="summit2-2025"),
        ev("f1-ask-market", "REQUEST", sources=["KAZ"], targets=["CHN"], persons=["murat_nurtleu"]),
        ev("f1-bilateral", "CONSULT", participants=["KAZ", "CHN"], persons=["murat_nurtleu", "wang_yi"],
           date="2024-12-01", place="chengdu"),
        ev("f1-backs-kaz", "SUPPORT", sources=["CHN"], targets=["KAZ"], persons=["wang_yi"]),
        ev("f1-agree-contacts", "AGREE", participants=["KAZ", "CHN"], persons=["murat_nurtleu", "wang_yi"],
           date="2024-12-01", place="chengdu"),
        ev("f1-statement", "AGREE", participants=C6, date="2024-12-01", place="chengdu",
           story="ccfm5-statement-2024"),
        ev("f1-agree-fm6", "AGREE", participants=C6, date="2024-12-01", place="chengdu"),
        ev("f1-fm6", "CONSULT", "intended", participants=C6, date="2025", place="almaty"),
    ],
    "roles": [
        ("murat_nurtleu", "foreign_minister", "KAZ"), ("murat_nurtleu", "deputy_head_of_government", "KAZ"),
        ("wang_yi", "foreign_minister", "CHN"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
    ],
}

# Xinhua: the same meeting, "today (Sunday) here"; other spellings (نورتلو، كولوباييف، مهر الدين).
F2 = {
    "published": "2024-12-01",
    "mentions": [
        ("وانغ يي", "wang_yi"), ("وانغ", "wang_yi"), ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"),
        ("تشنغدو", "chengdu"), ("شينخوا", "xinhua"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"), ("مراد نورتلو", "murat_nurtleu"),
        ("قيرغيزستان", "KGZ"), ("جينبيك كولوباييف", "zheenbek_kulubaev"), ("طاجيكستان", "TJK"),
        ("سراج الدين مهر الدين", "sirojiddin_muhriddin"), ("مجلس الوزراء", "tkm_cabinet"),
        ("تركمانستان", "TKM"), ("رشيد ميريدوف", "rashid_meredov"), ("بختيار سعيدوف", "bakhtiyor_saidov"),
        ("شيآن", "xian"), ("كازاخستان", "KAZ"),
    ],
    "ignore": ["الصيني", "القازاقي", "الأوزبكي", "صين واحدة"],
    "events": [
        ev("f2-fm5", "CONSULT", participants=C6,
           persons=["wang_yi", "murat_nurtleu", "zheenbek_kulubaev", "sirojiddin_muhriddin", "rashid_meredov",
                    "bakhtiyor_saidov"],
           date="2024-12-01", place="chengdu", story="ccfm5-2024"),
        ev("f2-xian-summit", "CONSULT", optional=True, participants=C6, date="2023", place="xian"),
        ev("f2-ready", "COOPERATE", "intended", participants=C6, persons=["wang_yi"]),
        ev("f2-backs-c5", "SUPPORT", sources=["CHN"], targets=C5, persons=["wang_yi"]),
        ev("f2-oppose-interference", "REJECT", sources=["CHN"], targets=[], persons=["wang_yi"]),
        ev("f2-praise", "SUPPORT", sources=C5, targets=["CHN"]),
        ev("f2-one-china", "SUPPORT", sources=C5, targets=["CHN"]),
        ev("f2-ready-summit", "COOPERATE", "intended", participants=C6),
        ev("f2-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025", story="summit2-2025"),
        ev("f2-statement", "AGREE", participants=C6, date="2024-12-01", place="chengdu",
           story="ccfm5-statement-2024"),
        ev("f2-poverty-centre", "AGREE", participants=C6, date="2024-12-01", place="chengdu"),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("murat_nurtleu", "foreign_minister", "KAZ"),
        ("murat_nurtleu", "deputy_head_of_government", "KAZ"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
        ("sirojiddin_muhriddin", "foreign_minister", "TJK"), ("rashid_meredov", "foreign_minister", "TKM"),
        ("rashid_meredov", "deputy_head_of_government", "TKM"), ("bakhtiyor_saidov", "foreign_minister", "UZB"),
    ],
}

# Kyrgyz MFA press release, date only at the end: the ambassador announces aid arriving "next week" (the pledge).
F3 = {
    "published": "2024-06-04",
    "mentions": [
        ("جمهورية الصين الشعبية", "CHN"), ("الجمهورية القيرغيزية", "KGZ"),
        ("وزارة الخارجية للجمهورية القيرغيزية", "kg_mfa"), ("جينبيك كولوبايف", "zheenbek_kulubaev"),
        ("كولوبايف", "zheenbek_kulubaev"), ("قيرغيزستان", "KGZ"), ("دو ده ون", "du_dewen"), ("دو", "du_dewen"),
        ("الصين", "CHN"), ("جلال آباد", "jalal_abad"), ("بيشكيك", "bishkek"), ("صادر جباروف", "sadyr_japarov"),
        ("أوزبكستان", "UZB"),
    ],
    "ignore": ["القيرغيزي", "الصينية"],
    "events": [
        ev("f3-meet", "CONSULT", participants=["KGZ", "CHN"], persons=["zheenbek_kulubaev", "du_dewen"],
           date="2024-06-03"),
        ev("f3-aid-pledge", "AID", "intended", sources=["CHN"], targets=["KGZ"], persons=["du_dewen"],
           date="2024-06", place="bishkek", story="cn-kg-aid-2024"),
        ev("f3-thanks", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["zheenbek_kulubaev"]),
        ev("f3-state-visit", "CONSULT", "intended", optional=True, participants=["KGZ", "CHN"],
           persons=["sadyr_japarov"]),
        ev("f3-urge-studies", "REQUEST", sources=["KGZ"], targets=[], persons=["zheenbek_kulubaev"]),
        ev("f3-ready", "COOPERATE", "intended", participants=["CHN", "KGZ"], persons=["du_dewen"]),
        ev("f3-agree-consultations", "AGREE", participants=["KGZ", "CHN"]),
        ev("f3-consultations", "CONSULT", "intended", participants=["KGZ", "CHN"], date="2024", place="bishkek"),
    ],
    "roles": [
        ("zheenbek_kulubaev", "foreign_minister", "KGZ"), ("du_dewen", "ambassador", "CHN"),
        ("sadyr_japarov", "head_of_state", "KGZ"),
    ],
}

# Anadolu: the Chinese aid arrives in Bishkek "yesterday Monday" (dateline 11.06.2024): the pledge fulfilled.
F4 = {
    "published": "2024-06-11",
    "mentions": [
        ("قرغيزستان", "KGZ"), ("بيشكيك", "bishkek"), ("الأناضول", "anadolu"), ("بكين", "beijing"),
        ("بوبيك أجيكييف", "boobek_ajikeev"), ("أجيكييف", "boobek_ajikeev"), ("مطار ماناس الدولي", "manas_airport"),
        ("الصين", "CHN"), ("دو ده ون", "du_dewen"), ("جلال آباد", "jalal_abad"),
        ("وكالة التعاون والتنسيق التركية", "tika"), ("تيكا", "tika"),
    ],
    "ignore": ["القرغيزية", "القرغيزي", "الصينية", "الصيني", "صينية"],
    "events": [
        ev("f4-aid-arrives", "AID", sources=["CHN"], targets=["KGZ"], persons=["boobek_ajikeev", "du_dewen"],
           date="2024-06-10", place="bishkek", story="cn-kg-aid-2024"),
        ev("f4-thanks", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["boobek_ajikeev"]),
        ev("f4-call-organisations", "REQUEST", sources=["KGZ"], targets=[], persons=["boobek_ajikeev"]),
        ev("f4-stand-by", "SUPPORT", "intended", sources=["CHN"], targets=["KGZ"], persons=["du_dewen"]),
        ev("f4-tika-aid", "AID", sources=["tika"], targets=["KGZ"], date="2024-05"),
    ],
    "roles": [("boobek_ajikeev", "minister", "KGZ"), ("du_dewen", "ambassador", "CHN")],
}

# UzA: Mirziyoyev receives Ding Xuexiang "today in the city of Samarkand" (dateline 2024/10/15); 15 documents.
F5 = {
    "published": "2024-10-15",
    "mentions": [
        ("أوزبكستان", "UZB"), ("جمهورية أوزبكستان", "UZB"), ("مجلس الدولة", "state_council"),
        ("سمرقند", "samarkand"), ("UzA", "uza"), ("شوكت ميرزيوييف", "shavkat_mirziyoyev"),
        ("ميرزيوييف", "shavkat_mirziyoyev"), ("جمهورية الصين الشعبية", "CHN"),
        ("دينغ شيويه شيانغ", "ding_xuexiang"), ("دينغ", "ding_xuexiang"), ("شي جين بينغ", "xi_jinping"),
        ("بكين", "beijing"), ("عبد الله أريبوف", "abdulla_aripov"), ("أريبوف", "abdulla_aripov"),
        ("طشقند", "tashkent"), ("الصين", "CHN"),
    ],
    "ignore": ["الصيني", "الصينية", "الأوزبكية", "الأوزبكي"],
    "events": [
        ev("f5-meet", "CONSULT", participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev", "ding_xuexiang"],
           date="2024-10-15", place="samarkand"),
        ev("f5-past-visit", "CONSULT", optional=True, participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"],
           date="2024-01", place="beijing"),
        ev("f5-call-projects", "REQUEST", sources=["UZB"], targets=[], persons=["shavkat_mirziyoyev"]),
        ev("f5-committee", "CONSULT", participants=["UZB", "CHN"], persons=["abdulla_aripov", "ding_xuexiang"],
           date="2024-10-15", place="samarkand"),
        ev("f5-15-documents", "AGREE", participants=["UZB", "CHN"], date="2024-10-15", place="samarkand"),
        ev("f5-praise", "SUPPORT", sources=["CHN"], targets=["UZB"], persons=["ding_xuexiang"]),
        ev("f5-ready-imports", "COOPERATE", "intended", participants=["CHN", "UZB"], persons=["ding_xuexiang"]),
        ev("f5-trade-target", "COOPERATE", "hoped", participants=["UZB", "CHN"], persons=["abdulla_aripov"]),
    ],
    "roles": [
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("ding_xuexiang", "deputy_head_of_government", "CHN"),
        ("xi_jinping", "head_of_state", "CHN"), ("abdulla_aripov", "head_of_government", "UZB"),
    ],
}

# RT Arabic: China condemns US sanctions on Chinese and Kyrgyz firms; "last Wednesday" from 17.06.2024.
F6 = {
    "published": "2024-06-17",
    "mentions": [
        ("بكين", "beijing"), ("RT", "rt"), ("الصين", "CHN"), ("الولايات المتحدة", "USA"), ("روسيا", "RUS"),
        ("وزارة الخارجية الصينية", "cn_mfa"), ("ماو نينغ", "mao_ning"), ("ماو", "mao_ning"),
        ("واشنطن", "washington"), ("وزارة الخزانة الأمريكية", "us_treasury"), ("قرغيزستان", "KGZ"),
        ("بيشكيك", "bishkek"), ("وزارة الخارجية القرغيزية", "kg_mfa"), ("موسكو", "moscow"),
        ("الكرملين", "kremlin"), ("دميتري بيسكوف", "dmitry_peskov"), ("آسيا الوسطى", "central_asia"),
        ("كازاخستان", "KAZ"), ("أوزبكستان", "UZB"),
    ],
    "ignore": ["الأمريكية", "الأمريكي", "الصينية", "القرغيزية", "صينية", "قرغيزية", "الغربية"],
    "events": [
        ev("f6-condemn", "ACCUSE", sources=["CHN"], targets=["USA"]),
        ev("f6-oppose", "REJECT", sources=["CHN"], targets=[], persons=["mao_ning"], date="2024-06-17"),
        ev("f6-accuse", "ACCUSE", sources=["CHN"], targets=["USA"], persons=["mao_ning"], date="2024-06-17"),
        ev("f6-urge-stop", "REQUEST", sources=["CHN"], targets=["USA"], persons=["mao_ning"], date="2024-06-17"),
        ev("f6-measures", "THREATEN", "intended", optional=True, sources=["CHN"], targets=["USA"],
           persons=["mao_ning"]),
        ev("f6-sanctions", "SANCTION", sources=["USA"], targets=["RUS", "CHN", "KGZ"], date="2024-06-12"),
        ev("f6-kg-wont-join", "SANCTION", "negated", sources=["KGZ"], targets=["RUS"]),
        ev("f6-peskov-illegal", "ACCUSE", optional=True, sources=["RUS"], targets=["USA"],
           persons=["dmitry_peskov"]),
        ev("f6-peskov-reject", "REJECT", optional=True, sources=["RUS"], targets=[], persons=["dmitry_peskov"]),
        ev("f6-ru-c5-trade", "COOPERATE", "intended", participants=["RUS", *C5], persons=["dmitry_peskov"]),
        ev("f6-past-sanctions", "SANCTION", optional=True, sources=["USA"], targets=["KAZ", "UZB"], date="2023"),
    ],
    "roles": [("mao_ning", "other", "CHN"), ("dmitry_peskov", "other", "RUS")],
}

# Al Arabiya: the SCO summit in Astana closes "today Thursday" (stamp line); Belarus joins; Modi absent.
F7 = {
    "published": "2024-07-04",
    "mentions": [
        ("شنغهاي", "sco"), ("منظمة شنغهاي للتعاون", "sco"), ("أستانا", "astana"), ("بيلاروسيا", "BLR"),
        ("الصين", "CHN"), ("العربية.نت", "alarabiya"), ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"),
        ("توكاييف", "kassym_jomart_tokayev"), ("أوراسيا", "eurasia"), ("شي جين بينغ", "xi_jinping"),
        ("شي", "xi_jinping"), ("الأمم المتحدة", "un"), ("أنطونيو غوتيريش", "antonio_guterres"),
        ("ناريندرا مودي", "narendra_modi"), ("سوبرامانيام جايشانكار", "s_jaishankar"),
        ("فلاديمير بوتين", "vladimir_putin"), ("كازاخستان", "KAZ"),
    ],
    "ignore": ["الكازاخستانية", "الكازاخستاني", "الصيني", "الهندي", "الروسي", "أوروبية", "مجلس رؤساء دول"],
    "events": [
        ev("f7-summit", "CONSULT", participants=["sco"], persons=["kassym_jomart_tokayev", "xi_jinping"],
           date="2024-07-04", place="astana"),
        ev("f7-declaration", "AGREE", participants=["sco"], date="2024-07-04", place="astana"),
        ev("f7-welcome-belarus", "SUPPORT", sources=["sco"], targets=["BLR"], date="2024-07-04"),
        ev("f7-belarus-joins", "AGREE", optional=True, participants=["sco", "BLR"], date="2024-07-04"),
        ev("f7-tokayev-praise", "SUPPORT", optional=True, sources=["KAZ"], targets=["sco"],
           persons=["kassym_jomart_tokayev"]),
        ev("f7-xi-call", "REQUEST", sources=["CHN"], targets=["sco"], persons=["xi_jinping"]),
        ev("f7-next-summit", "CONSULT", "intended", participants=["sco"], persons=["xi_jinping"], date="2025"),
        ev("f7-guterres-attends", "CONSULT", optional=True, participants=["un", "sco"],
           persons=["antonio_guterres"], date="2024-07-04", place="astana"),
        ev("f7-guterres-urge", "REQUEST", sources=["un"], targets=["sco"], persons=["antonio_guterres"]),
        ev("f7-modi-absent", "CONSULT", "negated", participants=["IND", "sco"], persons=["narendra_modi"]),
        ev("f7-jaishankar", "CONSULT", optional=True, participants=["IND", "sco"], persons=["s_jaishankar"]),
        ev("f7-xi-putin", "CONSULT", participants=["CHN", "RUS"], persons=["xi_jinping", "vladimir_putin"],
           date="2024-07-04", place="astana"),
        ev("f7-coordination", "COOPERATE", "intended", participants=["CHN", "RUS"]),
        ev("f7-state-visit", "CONSULT", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2024-07-02", place="astana"),
        ev("f7-visit-agreements", "AGREE", participants=["CHN", "KAZ"]),
    ],
    "roles": [
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("xi_jinping", "head_of_state", "CHN"),
        ("narendra_modi", "head_of_government", "IND"), ("s_jaishankar", "foreign_minister", "IND"),
        ("vladimir_putin", "head_of_state", "RUS"),
    ],
}

# Asharq Al-Awsat: Hijri + Gregorian header (29 April 2025); the sixth C+C5 ministers' meeting "Saturday" in
# Almaty, Tokayev-Wang "last Sunday"; hoped and negated agreements.
F8 = {
    "published": "2025-04-29",
    "mentions": [
        ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"), ("أستانا", "astana"), ("ألما آتا", "almaty"),
        ("الشرق الأوسط", "asharq_alawsat"), ("كازاخستان", "KAZ"), ("وانغ يي", "wang_yi"),
        ("مراد نورتليو", "murat_nurtleu"), ("قرغيزستان", "KGZ"), ("طاجيكستان", "TJK"), ("تركمانستان", "TKM"),
        ("أوزبكستان", "UZB"), ("بكين", "beijing"), ("قاسم جومارت توقاييف", "kassym_jomart_tokayev"),
        ("روسيا", "RUS"), ("الاتحاد الأوروبي", "eu"), ("الولايات المتحدة", "USA"), ("دوشنبه", "dushanbe"),
        ("عشقاباد", "ashgabat"),
    ],
    "ignore": ["الصيني", "الصينية", "الكازاخستاني", "حزيران", "ذو القعدة"],
    "events": [
        ev("f8-fm6", "CONSULT", participants=C6, persons=["wang_yi", "murat_nurtleu"], date="2025-04-26",
           place="almaty"),
        ev("f8-summit-prep", "CONSULT", "intended", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2-2025"),
        ev("f8-drafts", "AGREE", participants=C6, date="2025-04-26", place="almaty"),
        ev("f8-treaty-hope", "AGREE", "hoped", participants=C6, date="2025-06", place="astana"),
        ev("f8-no-pipeline-deal", "AGREE", "negated", participants=C6, date="2025-04-26", place="almaty"),
        ev("f8-tokayev-wang", "CONSULT", participants=["KAZ", "CHN"], persons=["kassym_jomart_tokayev", "wang_yi"],
           date="2025-04-27", place="astana"),
        ev("f8-summit-success", "COOPERATE", "intended", optional=True, participants=["KAZ", "CHN"]),
        ev("f8-western-talks", "CONSULT", "intended", optional=True, participants=["TJK", "TKM"]),
        ev("f8-investment-hope", "COOPERATE", "hoped", optional=True, participants=C6),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("murat_nurtleu", "foreign_minister", "KAZ"),
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
    ],
}

# Trend: Berdimuhamedov receives the CNPC chairman "here"; the dateline has no year, so no event dates.
F9 = {
    "published": None,
    "mentions": [
        ("تركمانستان", "TKM"), ("سي إن بي سي", "cnpc"), ("مؤسسة البترول الوطنية الصينية", "cnpc"),
        ("الصين", "CHN"), ("عشق آباد", "ashgabat"), ("ترند", "trend"),
        ("سردار بيردي محمدوف", "serdar_berdimuhamedov"), ("داي هوليانغ", "dai_houliang"), ("داي", "dai_houliang"),
        ("آسيا الوسطى", "central_asia"), ("غالكينيش", "galkynysh"), ("رشيد ميريدوف", "rashid_meredov"),
        ("بكين", "beijing"), ("وانغ يي", "wang_yi"),
    ],
    "ignore": ["التركمانية", "الصيني", "التركمانستاني"],
    "events": [
        ev("f9-meet", "CONSULT", participants=["TKM", "cnpc"], persons=["serdar_berdimuhamedov", "dai_houliang"],
           place="ashgabat"),
        ev("f9-more-gas", "COOPERATE", "intended", participants=["TKM", "CHN"], persons=["serdar_berdimuhamedov"]),
        ev("f9-no-deal", "AGREE", "negated", participants=["TKM", "cnpc"]),
        ev("f9-keep-investing", "COOPERATE", "intended", participants=["cnpc", "TKM"], persons=["dai_houliang"]),
        ev("f9-hope-start", "COOPERATE", "hoped", participants=["cnpc", "TKM"], persons=["dai_houliang"]),
        ev("f9-meredov-beijing", "CONSULT", participants=["TKM", "CHN"], persons=["rashid_meredov", "wang_yi"],
           place="beijing"),
        ev("f9-summit-prep", "CONSULT", "intended", optional=True, participants=C6, story="summit2-2025"),
    ],
    "roles": [
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("dai_houliang", "other", "CHN"),
        ("rashid_meredov", "foreign_minister", "TKM"), ("wang_yi", "foreign_minister", "CHN"),
    ],
}

# Al-Ahram (MENA copy): Tokayev-Mirziyoyev talks "yesterday" in Tashkent, date only at the end; nisba list.
F10 = {
    "published": "2025-05-15",
    "mentions": [
        ("توكاييف", "kassym_jomart_tokayev"), ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"),
        ("ميرضيائيف", "shavkat_mirziyoyev"), ("شوكت ميرضيائيف", "shavkat_mirziyoyev"), ("طشقند", "tashkent"),
        ("الصين", "CHN"), ("أ ش أ", "mena"), ("آسيا الوسطى", "central_asia"), ("أستانا", "astana"),
        ("منظمة شنغهاي للتعاون", "sco"), ("مؤتمر التفاعل وتدابير بناء الثقة في آسيا", "cica"), ("سيكا", "cica"),
        ("أوروبا", "europe"), ("كازاخستان", "KAZ"),
    ],
    "ignore": ["الكازاخستاني", "الأوزبكي", "الأوزبكية", "الرئاسة الأوزبكية"],
    "events": [
        ev("f10-talks", "CONSULT", participants=["KAZ", "UZB"],
           persons=["kassym_jomart_tokayev", "shavkat_mirziyoyev"], date="2025-05-14", place="tashkent"),
        ev("f10-summit-prep", "CONSULT", "intended", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2-2025"),
        ev("f10-welcome-fm", "SUPPORT", sources=["KAZ", "UZB"], targets=[],
           persons=["kassym_jomart_tokayev", "shavkat_mirziyoyev"]),
        ev("f10-agree-coordinate", "AGREE", participants=["KAZ", "UZB"],
           persons=["kassym_jomart_tokayev", "shavkat_mirziyoyev"]),
        ev("f10-coordinate", "COOPERATE", "intended", optional=True, participants=["KAZ", "UZB"],
           targets=["sco", "cica"]),
        ev("f10-ask-china", "REQUEST", sources=["KAZ", "UZB"], targets=["CHN"],
           persons=["kassym_jomart_tokayev", "shavkat_mirziyoyev"]),
        ev("f10-12-agreements", "AGREE", participants=["KAZ", "UZB"], date="2025-05-14", place="tashkent"),
        ev("f10-contracts", "AGREE", optional=True, participants=["KAZ", "UZB"], date="2025-05-14"),
        ev("f10-trade-hope", "COOPERATE", "hoped", optional=True, participants=["KAZ", "UZB"],
           persons=["shavkat_mirziyoyev"]),
        ev("f10-invitation", "CONSULT", "intended", optional=True, participants=["KAZ", "UZB"],
           persons=["kassym_jomart_tokayev"]),
    ],
    "roles": [("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("shavkat_mirziyoyev", "head_of_state", "UZB")],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "f1.txt": F1, "f2.txt": F2, "f3.txt": F3, "f4.txt": F4, "f5.txt": F5,
        "f6.txt": F6, "f7.txt": F7, "f8.txt": F8, "f9.txt": F9, "f10.txt": F10,
    },
}
