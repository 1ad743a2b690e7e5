"""Gold annotation of the nine sixth-held-out articles (tests/eval/heldout6/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and the first five held-out sets (entity keys are shared
where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types, participants are
countries or organisations, persons listed apart, status asserted / intended / hoped / negated, optional events
neither required nor counted wrong, events with the same story report the same real-world event (a pledge or plan
and its fulfilment included, as heldout2 e7/e8, heldout4 g1/g2, heldout5 h3/h4 and h5/h6).

An event date or place is given only where the text states or fixes it (a dated dateline, stamp or header plus
"today", "yesterday", "the day before yesterday", "Thursday", "last Tuesday", "on 20 January", "next month", "this
year", "last week" → month only); nothing comes from world knowledge. A phone call has no place. A country is not a
place. `published` is the dateline, stamp or header date. A company that acts is the party itself (Turkmengaz, CNPC);
a ministry or a presidential office that acts is its country. An organisation's summit has the organisation as party
(CIS, OTS), as the SCO in the seeds and earlier sets; "دعا ... الدول الأعضاء" targets the organisation.
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]
RC5 = ["RUS", *C5]
KT = ["KGZ", "TJK"]
KTU = ["KGZ", "TJK", "UZB"]
C5_LEADERS = ["kassym_jomart_tokayev", "sadyr_japarov", "emomali_rahmon", "serdar_berdimuhamedov",
              "shavkat_mirziyoyev"]

ENTITIES = {
    # countries and regions (keys shared with seeds_spec.py and the earlier held-out specs)
    "CHN": {"type": "GPE", "name": "China", "iso3": "CHN"},
    "KAZ": {"type": "GPE", "name": "Kazakhstan", "iso3": "KAZ"},
    "KGZ": {"type": "GPE", "name": "Kyrgyzstan", "iso3": "KGZ"},
    "TJK": {"type": "GPE", "name": "Tajikistan", "iso3": "TJK"},
    "TKM": {"type": "GPE", "name": "Turkmenistan", "iso3": "TKM"},
    "UZB": {"type": "GPE", "name": "Uzbekistan", "iso3": "UZB"},
    "RUS": {"type": "GPE", "name": "Russia", "iso3": "RUS"},
    "USA": {"type": "GPE", "name": "United States", "iso3": "USA"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "ARM": {"type": "GPE", "name": "Armenia", "iso3": "ARM"},
    "AZE": {"type": "GPE", "name": "Azerbaijan", "iso3": "AZE"},
    "TUR": {"type": "GPE", "name": "Turkey", "iso3": "TUR"},
    "HUN": {"type": "GPE", "name": "Hungary", "iso3": "HUN"},
    "QAT": {"type": "GPE", "name": "Qatar", "iso3": "QAT"},
    "TWN": {"type": "GPE", "name": "Taiwan", "iso3": "TWN"},
    "SUN": {"type": "GPE", "name": "Soviet Union", "iso3": "SUN"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    "europe": {"type": "LOC", "name": "Europe"},
    "fergana_valley": {"type": "LOC", "name": "Fergana Valley"},
    "caspian": {"type": "LOC", "name": "Caspian Sea"},
    "syr_darya": {"type": "LOC", "name": "Syr Darya (river)"},
    # cities, regions and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "tianjin": {"type": "GPE", "name": "Tianjin", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "almaty": {"type": "GPE", "name": "Almaty", "country": "KAZ"},
    "aktau": {"type": "GPE", "name": "Aktau", "country": "KAZ"},
    "khorgos": {"type": "LOC", "name": "Khorgos (border station)", "country": "KAZ"},
    "dostyk": {"type": "LOC", "name": "Dostyk (railway border station)", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "batken": {"type": "GPE", "name": "Batken Region", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "khujand": {"type": "GPE", "name": "Khujand", "country": "TJK"},
    "vorukh": {"type": "LOC", "name": "Vorukh (exclave)", "country": "TJK"},
    "ashgabat": {"type": "GPE", "name": "Ashgabat", "country": "TKM"},
    "galkynysh": {"type": "LOC", "name": "Galkynysh gas field", "country": "TKM"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "crocus": {"type": "LOC", "name": "Crocus City Hall (concert hall near Moscow)", "country": "RUS"},
    "yerevan": {"type": "GPE", "name": "Yerevan", "country": "ARM"},
    "baku": {"type": "GPE", "name": "Baku", "country": "AZE"},
    "gabala": {"type": "GPE", "name": "Gabala", "country": "AZE"},
    "ankara": {"type": "GPE", "name": "Ankara", "country": "TUR"},
    # organisations, ministries, companies
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "cis": {"type": "ORG", "name": "Commonwealth of Independent States"},
    "eaeu": {"type": "ORG", "name": "Eurasian Economic Union"},
    "ots": {"type": "ORG", "name": "Organization of Turkic States"},
    "state_council": {"type": "ORG", "name": "State Council of China", "country": "CHN"},
    "cpc_politburo": {"type": "ORG", "name": "Politburo of the Communist Party of China", "country": "CHN"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "kz_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kazakhstan", "country": "KAZ"},
    "kg_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kyrgyzstan", "country": "KGZ"},
    "ru_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Russia", "country": "RUS"},
    "qa_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Qatar", "country": "QAT"},
    "us_state_dept": {"type": "ORG", "name": "United States Department of State", "country": "USA"},
    "china_customs": {"type": "ORG", "name": "General Administration of Customs of China", "country": "CHN"},
    "halk_maslahaty": {"type": "ORG", "name": "People's Council of Turkmenistan", "country": "TKM"},
    "turkmengaz": {"type": "ORG", "name": "Turkmengaz (state gas company)", "country": "TKM"},
    "cnpc": {"type": "ORG", "name": "China National Petroleum Corporation", "country": "CHN"},
    "botas": {"type": "ORG", "name": "BOTAS (Turkish state pipeline company)", "country": "TUR"},
    "asian_studies_almaty": {"type": "ORG", "name": "Institute of Asian Studies in Almaty (invented)", "country": "KAZ"},
    # outlets
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "al_sharq": {"type": "ORG", "name": "Al Sharq (Qatari daily)", "country": "QAT"},
    "euronews": {"type": "ORG", "name": "Euronews Arabic", "country": "FRA"},
    "tdh": {"type": "ORG", "name": "Turkmen State News Agency (TDH)", "country": "TKM"},
    "trend": {"type": "ORG", "name": "Trend News Agency", "country": "AZE"},
    "tass": {"type": "ORG", "name": "TASS", "country": "RUS"},
    "bbc_arabic": {"type": "ORG", "name": "BBC News Arabic", "country": "GBR"},
    # people (keys shared with earlier specs where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "ding_xuexiang": {"type": "PER", "name": "Ding Xuexiang", "country": "CHN"},
    "guo_jiakun": {"type": "PER", "name": "Guo Jiakun (Chinese foreign ministry spokesperson)", "country": "CHN"},
    "lu_jianping": {"type": "PER", "name": "Lu Jianping (CNPC vice-president, invented)", "country": "CHN"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "yermek_kosherbayev": {"type": "PER", "name": "Yermek Kosherbayev", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "gurbanguly_berdimuhamedov": {"type": "PER", "name": "Gurbanguly Berdimuhamedov", "country": "TKM"},
    "rashid_meredov": {"type": "PER", "name": "Rashid Meredov", "country": "TKM"},
    "batyr_muradov": {"type": "PER", "name": "Batyr Muradov (Turkmengaz chairman)", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "vladimir_putin": {"type": "PER", "name": "Vladimir Putin", "country": "RUS"},
    "yuri_ushakov": {"type": "PER", "name": "Yuri Ushakov (Russian presidential aide)", "country": "RUS"},
    "maria_zakharova": {"type": "PER", "name": "Maria Zakharova (Russian foreign ministry spokeswoman)",
                        "country": "RUS"},
    "nikol_pashinyan": {"type": "PER", "name": "Nikol Pashinyan", "country": "ARM"},
    "ilham_aliyev": {"type": "PER", "name": "Ilham Aliyev", "country": "AZE"},
    "recep_tayyip_erdogan": {"type": "PER", "name": "Recep Tayyip Erdogan", "country": "TUR"},
    "ruslan_nurlanov": {"type": "PER", "name": "Ruslan Nurlanov (researcher, invented)"},
    "karim_haddad": {"type": "PER", "name": "Karim Haddad (analyst quoted without a title, invented)"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Xinhua: `بيشكيك 13 مارس 2025 (شينخوا)` + "هنا اليوم (الخميس)"; the Kyrgyz-Tajik border treaty; surnames alone in
# the headline (رحمن وجاباروف); state visit + talks + treaty + other documents "خلال الزيارة"; two readiness
# statements (مستعدة للعمل مع الجانب الطاجيكي، ستواصل); "اتفقا على استئناف الرحلات"; background in "ديسمبر الماضي".
K1 = {
    "published": "2025-03-13",
    "mentions": [
        ("رحمن", "emomali_rahmon"), ("جاباروف", "sadyr_japarov"), ("طاجيكستان", "TJK"), ("قيرغيزستان", "KGZ"),
        ("بيشكيك", "bishkek"), ("شينخوا", "xinhua"), ("إمام علي رحمن", "emomali_rahmon"),
        ("صدير جاباروف", "sadyr_japarov"), ("دوشنبه", "dushanbe"), ("وزارة الخارجية القرغيزية", "kg_mfa"),
        ("جينبيك كولوبايف", "zheenbek_kulubaev"), ("وادي فرغانة", "fergana_valley"), ("أوزبكستان", "UZB"),
        ("الصين", "CHN"), ("آسيا الوسطى", "central_asia"),
    ],
    "ignore": ["مقر الرئاسة القيرغيزية", "القيرغيزي", "الطاجيكي"],
    "events": [
        ev("k1-treaty", "AGREE", participants=KT, persons=["emomali_rahmon", "sadyr_japarov"], date="2025-03-13",
           place="bishkek", story="kg-tj-border-treaty-2025"),
        ev("k1-talks", "CONSULT", participants=KT, persons=["emomali_rahmon", "sadyr_japarov"], date="2025-03-13",
           place="bishkek"),
        ev("k1-state-visit", "CONSULT", optional=True, participants=KT, persons=["emomali_rahmon"]),
        ev("k1-kg-ready", "COOPERATE", "intended", participants=KT, persons=["sadyr_japarov"]),
        ev("k1-tj-continue", "COOPERATE", "intended", participants=KT, persons=["emomali_rahmon"]),
        ev("k1-flights", "AGREE", participants=KT, persons=["emomali_rahmon"]),
        ev("k1-other-documents", "AGREE", participants=KT),
        ev("k1-clashes", "ASSAULT", optional=True, sources=KT, targets=[]),
        ev("k1-description-done", "COOPERATE", optional=True, participants=KT, persons=["zheenbek_kulubaev"],
           date="2024-12"),
        ev("k1-cn-welcomed-before", "SUPPORT", optional=True, sources=["CHN"], targets=KT),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
    ],
}

# Al Sharq (Qatar): header date `السبت 15/3/2025`, `بيشكيك - الشرق - وكالات`; the same treaty "أمس الأول" (→ 13
# March) with spellings رحمون، صادر جباروف، قرغيزستان; welcomes by China (Guo Jiakun "أمس الجمعة"), Russia (Zakharova)
# and Qatar (its ministry → the country); opposition MPs' accusation with no named source; the Khujand trilateral
# summit "في 31 آذار/مارس الجاري" (intended: story pair with k3).
K2 = {
    "published": "2025-03-15",
    "mentions": [
        ("آسيا الوسطى", "central_asia"), ("بيشكيك", "bishkek"), ("الشرق", "al_sharq"),
        ("إمام علي رحمون", "emomali_rahmon"), ("صادر جباروف", "sadyr_japarov"), ("بكين", "beijing"),
        ("موسكو", "moscow"), ("الاتحاد السوفياتي", "SUN"), ("وزارة الخارجية الصينية", "cn_mfa"),
        ("قوه جيا كون", "guo_jiakun"), ("قوه", "guo_jiakun"), ("الصين", "CHN"), ("قرغيزستان", "KGZ"),
        ("طاجيكستان", "TJK"), ("وزارة الخارجية الروسية", "ru_mfa"), ("ماريا زاخاروفا", "maria_zakharova"),
        ("قطر", "QAT"), ("وزارة الخارجية القطرية", "qa_mfa"), ("باتكن", "batken"), ("فوروخ", "vorukh"),
        ("أوزبكستان", "UZB"), ("خجند", "khujand"), ("وادي فرغانة", "fergana_valley"),
    ],
    "ignore": ["الطاجيكي", "القرغيزي", "القرغيزية", "قرغيزية", "مكتب الرئيس الأوزبكي", "الطاجيكية", "كاسا-1000",
               "أيلول", "آذار"],
    "events": [
        ev("k2-treaty", "AGREE", participants=KT, persons=["emomali_rahmon", "sadyr_japarov"], date="2025-03-13",
           place="bishkek", story="kg-tj-border-treaty-2025"),
        ev("k2-cn-welcome", "SUPPORT", sources=["CHN"], targets=KT, persons=["guo_jiakun"], date="2025-03-14"),
        ev("k2-cn-dialogue", "SUPPORT", optional=True, sources=["CHN"], targets=KT, persons=["guo_jiakun"]),
        ev("k2-cn-ready", "COOPERATE", "intended", optional=True, participants=C6, persons=["guo_jiakun"]),
        ev("k2-ru-praise", "SUPPORT", sources=["RUS"], targets=KT, persons=["maria_zakharova"]),
        ev("k2-qa-welcome", "SUPPORT", sources=["QAT"], targets=KT),
        ev("k2-mps-accuse", "ACCUSE", optional=True, sources=[], targets=["KGZ"]),
        ev("k2-clashes-2022", "ASSAULT", optional=True, sources=KT, targets=[], date="2022-09"),
        ev("k2-khujand-summit", "CONSULT", "intended", participants=KTU, date="2025-03-31", place="khujand",
           story="khujand-summit-2025"),
        ev("k2-khujand-sign", "AGREE", "intended", optional=True, participants=KTU, date="2025-03-31",
           place="khujand", story="khujand-junction-treaty"),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("guo_jiakun", "other", "CHN"), ("maria_zakharova", "other", "RUS"),
    ],
}

# Euronews Arabic: `نشرت في 31/03/2025 - 17:40` + "اليوم الاثنين"; the Khujand summit, junction-point treaty and
# declaration (three leaders listed "رؤساء طاجيكستان X وقيرغيزستان Y وأوزبكستان Z"; spellings رحمان، سادير
# جاباروف، ميرزيوييف); داعيا نظيريه (REQUEST); a sidelines bilateral; "لم يعقد جاباروف أي لقاء" (negated, optional);
# the Bishkek treaty "في وقت سابق من هذا الشهر" (background, 2025-03); the Astana summit "في حزيران/يونيو المقبل".
K3 = {
    "published": "2025-03-31",
    "mentions": [
        ("خجند", "khujand"), ("آسيا الوسطى", "central_asia"), ("وادي فرغانة", "fergana_valley"),
        ("يورونيوز عربي", "euronews"), ("طاجيكستان", "TJK"), ("إمام علي رحمان", "emomali_rahmon"),
        ("قيرغيزستان", "KGZ"), ("سادير جاباروف", "sadyr_japarov"), ("أوزبكستان", "UZB"),
        ("شوكت ميرزيوييف", "shavkat_mirziyoyev"), ("نهر سير داريا", "syr_darya"), ("ميرزيوييف", "shavkat_mirziyoyev"),
        ("رحمان", "emomali_rahmon"), ("جاباروف", "sadyr_japarov"), ("روسيا", "RUS"), ("الصين", "CHN"),
        ("أوروبا", "europe"), ("شي جين بينغ", "xi_jinping"), ("أستانا", "astana"),
        ("معهد الدراسات الآسيوية في ألماتي", "asian_studies_almaty"), ("رسلان نورلانوف", "ruslan_nurlanov"),
    ],
    "ignore": ["الرئاسة الطاجيكية", "الصيني"],
    "events": [
        ev("k3-summit", "CONSULT", participants=KTU, persons=["emomali_rahmon", "sadyr_japarov", "shavkat_mirziyoyev"],
           date="2025-03-31", place="khujand", story="khujand-summit-2025"),
        ev("k3-junction-treaty", "AGREE", participants=KTU,
           persons=["emomali_rahmon", "sadyr_japarov", "shavkat_mirziyoyev"], date="2025-03-31", place="khujand",
           story="khujand-junction-treaty"),
        ev("k3-declaration", "AGREE", participants=KTU, date="2025-03-31", place="khujand"),
        ev("k3-declaration-pledge", "COOPERATE", "intended", optional=True, participants=KTU),
        ev("k3-uz-request", "REQUEST", sources=["UZB"], targets=["TJK", "KGZ"], persons=["shavkat_mirziyoyev"]),
        ev("k3-bishkek-treaty", "AGREE", optional=True, participants=KT, date="2025-03",
           story="kg-tj-border-treaty-2025"),
        ev("k3-tj-uz", "CONSULT", participants=["TJK", "UZB"], persons=["emomali_rahmon", "shavkat_mirziyoyev"],
           date="2025-03-31", place="khujand"),
        ev("k3-no-kg-bilateral", "CONSULT", "negated", optional=True, participants=["KGZ"],
           persons=["sadyr_japarov"]),
        ev("k3-astana-summit", "CONSULT", "intended", optional=True, participants=C6, persons=["xi_jinping"],
           date="2025-06", place="astana", story="summit2"),
        ev("k3-past-accusations", "ACCUSE", optional=True, sources=KTU, targets=KTU),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# Turkmen state news (TDH): a `21.01.2025` stamp and `عشقباد، 21 كانون الثاني/يناير (TDH).`; a phone call "أمس"
# (CONSULT, no place); spellings تركمنستان، عشقباد، سردار بردي محمدوف; the father (قربان قولي بردي محمدوف) named by
# his Halk Maslahaty title; "دعا ... الجانب الصيني" (REQUEST); the Turkmengaz-CNPC contract "ستوقعان الشهر المقبل في
# عشقباد" (AGREE intended, story pair with k5); "شي جين بينغ، الرئيس الصيني،" (title after the name); one-China.
K4 = {
    "published": "2025-01-21",
    "mentions": [
        ("تركمنستان", "TKM"), ("جمهورية الصين الشعبية", "CHN"), ("عشقباد", "ashgabat"), ("TDH", "tdh"),
        ("سردار بردي محمدوف", "serdar_berdimuhamedov"), ("شي جين بينغ", "xi_jinping"), ("الصين", "CHN"),
        ("مجلس الشعب", "halk_maslahaty"), ("خلق مصلحتي", "halk_maslahaty"),
        ("قربان قولي بردي محمدوف", "gurbanguly_berdimuhamedov"), ("آسيا الوسطى", "central_asia"),
        ("غالكينيش", "galkynysh"), ("أوزبكستان", "UZB"), ("طاجيكستان", "TJK"), ("قيرغيزستان", "KGZ"),
        ("تركمنغاز", "turkmengaz"), ("مؤسسة البترول الوطنية الصينية", "cnpc"), ("بكين", "beijing"),
        ("تايوان", "TWN"), ("أستانا", "astana"),
    ],
    "ignore": ["التركمني", "التركمنية", "الصيني", "كانون الثاني"],
    "events": [
        ev("k4-call", "CONSULT", participants=["TKM", "CHN"], persons=["serdar_berdimuhamedov", "xi_jinping"],
           date="2025-01-20", story="tkm-cn-call-2025-01"),
        ev("k4-greetings", "SUPPORT", optional=True, sources=["TKM", "CHN"], targets=["CHN", "TKM"]),
        ev("k4-request-line-d", "REQUEST", sources=["TKM"], targets=["CHN"], persons=["serdar_berdimuhamedov"]),
        ev("k4-gas-contract", "AGREE", "intended", participants=["turkmengaz", "cnpc"], date="2025-02",
           place="ashgabat", story="tkm-gas-contract-2025"),
        ev("k4-xi-praise", "SUPPORT", sources=["CHN"], targets=["TKM"], persons=["xi_jinping"]),
        ev("k4-xi-ready", "COOPERATE", "intended", participants=["CHN", "TKM"], persons=["xi_jinping"]),
        ev("k4-one-china", "SUPPORT", sources=["TKM"], targets=["CHN"], persons=["serdar_berdimuhamedov"]),
        ev("k4-astana-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025", place="astana",
           story="summit2"),
        ev("k4-invitation", "CONSULT", "intended", optional=True, participants=["CHN", "TKM"],
           persons=["xi_jinping"]),
    ],
    "roles": [
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("xi_jinping", "head_of_state", "CHN"),
        ("gurbanguly_berdimuhamedov", "other", "TKM"),
    ],
}

# Trend: `عشق آباد، تركمانستان، 18 فبراير 2025 (ترند) -` + "اليوم"; the contract signed by the two companies (the
# fulfilment of k4's announcement); two signatories, one invented (لو جيان بينغ → لو alone, a homograph of "if");
# Meredov with two titles; the phone call recalled "في 20 يناير الماضي" (optional); a reception of "الوفد الصيني";
# "معربا عن أمله" (hoped); "لم تتوصلا بعد إلى اتفاق" with capitals as parties (negated); a Turkmengaz-BOTAS deal
# "مطلع الشهر الجاري" (optional, 2025-02).
K5 = {
    "published": "2025-02-18",
    "mentions": [
        ("تركمانستان", "TKM"), ("الصين", "CHN"), ("عشق آباد", "ashgabat"), ("ترند", "trend"),
        ("تركمانغاز", "turkmengaz"), ("مؤسسة البترول الوطنية الصينية", "cnpc"), ("CNPC", "cnpc"),
        ("باتير مرادوف", "batyr_muradov"), ("لو جيان بينغ", "lu_jianping"), ("لو", "lu_jianping"),
        ("رشيد ميريدوف", "rashid_meredov"), ("غالكينيش", "galkynysh"),
        ("سردار بيردي محمدوف", "serdar_berdimuhamedov"), ("شي جين بينغ", "xi_jinping"),
        ("آسيا الوسطى", "central_asia"), ("بكين", "beijing"), ("بوتاش", "botas"), ("تركيا", "TUR"),
        ("أذربيجان", "AZE"), ("بحر قزوين", "caspian"), ("مصلحة الجمارك الصينية", "china_customs"),
        ("روسيا", "RUS"),
    ],
    "ignore": ["التركمانية", "التركماني", "الصيني", "الصينية", "التركية", "الإيرانية"],
    "events": [
        ev("k5-contract", "AGREE", participants=["turkmengaz", "cnpc"], persons=["batyr_muradov", "lu_jianping"],
           date="2025-02-18", place="ashgabat", story="tkm-gas-contract-2025"),
        ev("k5-call-recalled", "CONSULT", optional=True, participants=["TKM", "CHN"],
           persons=["serdar_berdimuhamedov", "xi_jinping"], date="2025-01-20", story="tkm-cn-call-2025-01"),
        # the visitors are "الوفد الصيني" of a CNPC signing: either party set matches
        ev("k5-reception", "CONSULT", participants=["TKM", "cnpc", "CHN"], persons=["serdar_berdimuhamedov"],
           date="2025-02-18"),
        ev("k5-praise-china", "SUPPORT", optional=True, sources=["TKM"], targets=["CHN"],
           persons=["serdar_berdimuhamedov"]),
        ev("k5-tkm-ready", "COOPERATE", "intended", participants=["TKM", "CHN"], persons=["serdar_berdimuhamedov"]),
        ev("k5-cnpc-continue", "COOPERATE", "intended", participants=["cnpc", "TKM"], persons=["lu_jianping"]),
        ev("k5-hope-line-d", "COOPERATE", "hoped", participants=["cnpc", "TKM"], persons=["lu_jianping"],
           date="2025"),
        ev("k5-no-line-d", "AGREE", "negated", participants=["TKM", "CHN"]),
        ev("k5-botas", "AGREE", optional=True, participants=["turkmengaz", "botas"], date="2025-02"),
        ev("k5-aze-talks", "CONSULT", optional=True, participants=["TKM", "AZE"]),
    ],
    "roles": [
        ("batyr_muradov", "other", "TKM"), ("lu_jianping", "other", "CHN"),
        ("rashid_meredov", "deputy_head_of_government", "TKM"), ("rashid_meredov", "foreign_minister", "TKM"),
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# Kazakh MFA press release: ministry header, `أستانا، 13 أكتوبر 2025 –` + "اليوم"; the new foreign minister
# Kosherbayev (in office from 2025-09-26) by surname alone in the headline; a phone call (no place); Wang Yi with his
# Politburo title; congratulations; "ستواصل التزامها" (intended SUPPORT); "دعا ... الجانب الصيني" (REQUEST); support +
# rejection + readiness in one sentence; "أعرب الوزيران عن أملهما" (hoped); "اتفق الطرفان على عقد الجولة المقبلة ... في
# بكين قبل نهاية العام الجاري" (AGREE + intended CONSULT dated 2025).
K6 = {
    "published": "2025-10-13",
    "mentions": [
        ("وزارة الخارجية لجمهورية كازاخستان", "kz_mfa"), ("كوشرباييف", "yermek_kosherbayev"),
        ("يرمك كوشرباييف", "yermek_kosherbayev"), ("وانغ يي", "wang_yi"), ("أستانا", "astana"),
        ("جمهورية كازاخستان", "KAZ"), ("كازاخستان", "KAZ"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"),
        ("جمهورية الصين الشعبية", "CHN"), ("الصين", "CHN"), ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"),
        ("شي جين بينغ", "xi_jinping"), ("منظمة شنغهاي للتعاون", "sco"), ("تيانجين", "tianjin"),
        ("خورغوس", "khorgos"), ("دوستيك", "dostyk"), ("بكين", "beijing"), ("آسيا الوسطى", "central_asia"),
    ],
    "ignore": ["الكازاخستاني", "الصيني"],
    "events": [
        ev("k6-call", "CONSULT", participants=["KAZ", "CHN"], persons=["yermek_kosherbayev", "wang_yi"],
           date="2025-10-13", story="kz-cn-fm-call-2025-10"),
        ev("k6-congratulate", "SUPPORT", optional=True, sources=["CHN"], targets=["KAZ"], persons=["wang_yi"]),
        ev("k6-xi-visit", "CONSULT", optional=True, participants=["CHN", "KAZ"],
           persons=["xi_jinping", "kassym_jomart_tokayev"], date="2025-06", place="astana"),
        ev("k6-sco-summit", "CONSULT", optional=True, participants=["sco"], place="tianjin"),
        ev("k6-one-china", "SUPPORT", "intended", sources=["KAZ"], targets=["CHN"], persons=["yermek_kosherbayev"]),
        ev("k6-hope-trade", "COOPERATE", "hoped", participants=["KAZ", "CHN"],
           persons=["yermek_kosherbayev", "wang_yi"]),
        ev("k6-request", "REQUEST", sources=["KAZ"], targets=["CHN"], persons=["yermek_kosherbayev"]),
        ev("k6-cn-support", "SUPPORT", sources=["CHN"], targets=["KAZ"], persons=["wang_yi"]),
        ev("k6-cn-reject", "REJECT", sources=["CHN"], targets=[], persons=["wang_yi"]),
        ev("k6-cn-ready", "COOPERATE", "intended", participants=["CHN", "KAZ"], persons=["wang_yi"]),
        ev("k6-agree-dialogue", "AGREE", participants=["KAZ", "CHN"], date="2025-10-13"),
        ev("k6-next-dialogue", "CONSULT", "intended", participants=["KAZ", "CHN"], date="2025", place="beijing"),
        ev("k6-fm7-prep", "CONSULT", "intended", optional=True, participants=C6),
        ev("k6-invitation", "CONSULT", "intended", optional=True, participants=["KAZ", "CHN"],
           persons=["wang_yi", "yermek_kosherbayev"]),
    ],
    "roles": [
        ("yermek_kosherbayev", "foreign_minister", "KAZ"), ("wang_yi", "foreign_minister", "CHN"),
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# Xinhua, the spokesperson's regular press conference: `بكين 14 أكتوبر 2025 (شينخوا)` + "اليوم (الثلاثاء)"; the same
# phone call "أمس (الاثنين)" (story pair with k6), spelled يرميك كوشيرباييف; "وبحسب المتحدث، أكد كوشيرباييف" (a
# reported statement); the Dushanbe summit "الأسبوع الماضي" (background, 2025-10); REJECT + ACCUSE of the US
# ("متهما الولايات المتحدة"); a vice-premier's trip "في الفترة من 20 إلى 24 أكتوبر الجاري" (intended, 2025-10).
K7 = {
    "published": "2025-10-14",
    "mentions": [
        ("الصين", "CHN"), ("كازاخستان", "KAZ"), ("بكين", "beijing"), ("شينخوا", "xinhua"),
        ("وزارة الخارجية الصينية", "cn_mfa"), ("قوه جيا كون", "guo_jiakun"), ("قوه", "guo_jiakun"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"), ("وانغ يي", "wang_yi"),
        ("يرميك كوشيرباييف", "yermek_kosherbayev"), ("كوشيرباييف", "yermek_kosherbayev"),
        ("شي جين بينغ", "xi_jinping"), ("روسيا", "RUS"), ("آسيا الوسطى", "central_asia"), ("دوشنبه", "dushanbe"),
        ("وزارة الخارجية الأمريكية", "us_state_dept"), ("الولايات المتحدة", "USA"), ("مجلس الدولة", "state_council"),
        ("دينغ شيويه شيانغ", "ding_xuexiang"), ("أوزبكستان", "UZB"), ("تركمانستان", "TKM"), ("طشقند", "tashkent"),
    ],
    "ignore": ["الكازاخستاني", "الصيني", "الصينية"],
    "events": [
        ev("k7-call", "CONSULT", participants=["CHN", "KAZ"], persons=["wang_yi", "yermek_kosherbayev"],
           date="2025-10-13", story="kz-cn-fm-call-2025-10"),
        ev("k7-mutual-support", "SUPPORT", optional=True, sources=["CHN", "KAZ"], targets=["KAZ", "CHN"],
           persons=["wang_yi"]),
        ev("k7-cn-ready", "COOPERATE", "intended", participants=["CHN", "KAZ"], persons=["wang_yi"]),
        ev("k7-one-china", "SUPPORT", sources=["KAZ"], targets=["CHN"], persons=["yermek_kosherbayev"]),
        ev("k7-back-initiatives", "SUPPORT", optional=True, sources=["KAZ"], targets=["CHN"],
           persons=["yermek_kosherbayev"]),
        ev("k7-dushanbe-summit", "CONSULT", optional=True, participants=RC5, date="2025-10", place="dushanbe",
           story="ru-ca-summit-2025"),
        ev("k7-positive-view", "SUPPORT", optional=True, sources=["CHN"], targets=C5, persons=["guo_jiakun"]),
        ev("k7-reject-zero-sum", "REJECT", sources=["CHN"], targets=[], persons=["guo_jiakun"]),
        ev("k7-reject-us-remarks", "REJECT", sources=["CHN"], targets=["USA"], persons=["guo_jiakun"]),
        ev("k7-us-warning", "ACCUSE", optional=True, sources=["USA"], targets=["CHN"]),
        ev("k7-accuse-us", "ACCUSE", sources=["CHN"], targets=["USA"], persons=["guo_jiakun"]),
        ev("k7-ding-trip", "CONSULT", "intended", participants=["CHN", "UZB", "TKM"], persons=["ding_xuexiang"],
           date="2025-10"),
    ],
    "roles": [
        ("guo_jiakun", "other", "CHN"), ("wang_yi", "foreign_minister", "CHN"),
        ("yermek_kosherbayev", "foreign_minister", "KAZ"), ("xi_jinping", "head_of_state", "CHN"),
        ("ding_xuexiang", "deputy_head_of_government", "CHN"),
    ],
}

# TASS Arabic: a `09.10.2025 16:35` stamp over a yearless TASS dateline `دوشنبه، 9 تشرين الأول/أكتوبر. /تاس/.` +
# "اليوم الخميس"; the second Russia-Central Asia summit with six leaders listed "ورؤساء كازاخستان X، وقرغيزستان Y،
# ..." (spellings صادر جاباروف، رحمون، ميرضيائيف); a joint statement and action plan; "دعا شركاءه" (REQUEST) and
# "داعيا إلى" (REQUEST, no addressee); the third summit agreed "في روسيا عام 2027"; Putin-Rahmon talks "أمس
# الأربعاء"; the CIS summit "غدا (الجمعة)" (intended, story pair with k9); a list of nine CIS states.
K8 = {
    "published": "2025-10-09",
    "mentions": [
        ("بوتين", "vladimir_putin"), ("آسيا الوسطى", "central_asia"), ("دوشنبه", "dushanbe"), ("تاس", "tass"),
        ("روسيا", "RUS"), ("فلاديمير بوتين", "vladimir_putin"), ("كازاخستان", "KAZ"),
        ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"), ("قرغيزستان", "KGZ"), ("صادر جاباروف", "sadyr_japarov"),
        ("طاجيكستان", "TJK"), ("إمام علي رحمون", "emomali_rahmon"), ("تركمانستان", "TKM"),
        ("سردار بيردي محمدوف", "serdar_berdimuhamedov"), ("أوزبكستان", "UZB"),
        ("شوكت ميرضيائيف", "shavkat_mirziyoyev"), ("موسكو", "moscow"), ("توكاييف", "kassym_jomart_tokayev"),
        ("الاتحاد الاقتصادي الأوراسي", "eaeu"), ("يوري أوشاكوف", "yuri_ushakov"), ("رحمون", "emomali_rahmon"),
        ("رابطة الدول المستقلة", "cis"), ("بيلاروس", "BLR"), ("أذربيجان", "AZE"), ("أرمينيا", "ARM"),
        ("أستانا", "astana"),
    ],
    "ignore": ["الطاجيكية", "الروسي", "الكازاخستاني", "الأفغانية", "مجلس رؤساء دول", "تشرين الأول"],
    "events": [
        ev("k8-summit", "CONSULT", participants=RC5, persons=["vladimir_putin", *C5_LEADERS], date="2025-10-09",
           place="dushanbe", story="ru-ca-summit-2025"),
        ev("k8-statement", "AGREE", participants=RC5, date="2025-10-09", place="dushanbe"),
        ev("k8-action-plan", "AGREE", optional=True, participants=RC5, date="2025-10-09", place="dushanbe"),
        ev("k8-putin-ready", "COOPERATE", "intended", participants=RC5, persons=["vladimir_putin"],
           story="ru-ca-putin-supplies-2025"),
        ev("k8-putin-help", "AID", "intended", optional=True, sources=["RUS"], targets=C5,
           persons=["vladimir_putin"]),
        ev("k8-energy-council", "COOPERATE", "intended", optional=True, participants=RC5,
           persons=["vladimir_putin"]),
        ev("k8-putin-request", "REQUEST", sources=["RUS"], targets=C5, persons=["vladimir_putin"]),
        ev("k8-kz-corridor", "SUPPORT", optional=True, sources=["KAZ"], targets=[],
           persons=["kassym_jomart_tokayev"]),
        ev("k8-kz-request", "REQUEST", sources=["KAZ"], targets=[], persons=["kassym_jomart_tokayev"]),
        ev("k8-agree-third", "AGREE", participants=RC5, date="2025-10-09", place="dushanbe",
           story="ru-ca-summit3-agreed"),
        ev("k8-third-summit", "CONSULT", "intended", participants=RC5, date="2027", story="ru-ca-summit-2027"),
        ev("k8-putin-rahmon", "CONSULT", participants=["RUS", "TJK"], persons=["vladimir_putin", "emomali_rahmon"],
           date="2025-10-08", place="dushanbe"),
        ev("k8-state-visit", "CONSULT", optional=True, participants=["RUS", "TJK"], persons=["vladimir_putin"],
           date="2025-10-08", place="dushanbe"),
        ev("k8-ru-tj-agreements", "AGREE", participants=["RUS", "TJK"], date="2025-10-08", place="dushanbe"),
        ev("k8-cis-summit", "CONSULT", "intended", participants=["cis"], date="2025-10-10", place="dushanbe",
           story="cis-summit-2025"),
        ev("k8-first-summit", "CONSULT", optional=True, participants=RC5, date="2022-10", place="astana"),
    ],
    "roles": [
        ("vladimir_putin", "head_of_state", "RUS"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
        ("sadyr_japarov", "head_of_state", "KGZ"), ("emomali_rahmon", "head_of_state", "TJK"),
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("shavkat_mirziyoyev", "head_of_state", "UZB"),
        ("yuri_ushakov", "other", "RUS"),
    ],
}

# BBC Arabic: outlet line + date line `11 أكتوبر/ تشرين الأول 2025`; an analysis of three summits: the CIS summit
# "أمس الجمعة" (story pair with k8's planned one), the Russia-Central Asia summit "بعد يوم واحد من" … (→ Thursday 9
# October, story pair with k8), Pashinyan absent (negated CONSULT), Putin-Aliyev "يوم الخميس" with an admission and
# a welcome, the OTS summit in Gabala "يوم الثلاثاء الماضي" with a list of seven states; Erdogan "دعا ... الدول
# الأعضاء" (REQUEST → OTS); "قبالة" (Gabala) is also a common word; "لم يصدر عن وزارة الخارجية الصينية أي تعليق" (no
# event); an accusation by unnamed rights groups (optional).
K9 = {
    "published": "2025-10-11",
    "mentions": [
        ("آسيا الوسطى", "central_asia"), ("بي بي سي نيوز عربي", "bbc_arabic"), ("بي بي سي", "bbc_arabic"),
        ("روسيا", "RUS"), ("دوشنبه", "dushanbe"), ("إمام علي رحمون", "emomali_rahmon"),
        ("رابطة الدول المستقلة", "cis"), ("فلاديمير بوتين", "vladimir_putin"), ("نيكول باشينيان", "nikol_pashinyan"),
        ("يريفان", "yerevan"), ("موسكو", "moscow"), ("بوتين", "vladimir_putin"), ("إلهام علييف", "ilham_aliyev"),
        ("أكتاو", "aktau"), ("علييف", "ilham_aliyev"), ("باكو", "baku"), ("منظمة الدول التركية", "ots"),
        ("قبالة", "gabala"), ("تركيا", "TUR"), ("أذربيجان", "AZE"), ("كازاخستان", "KAZ"), ("قرغيزستان", "KGZ"),
        ("أوزبكستان", "UZB"), ("المجر", "HUN"), ("تركمانستان", "TKM"), ("رجب طيب أردوغان", "recep_tayyip_erdogan"),
        ("بحر قزوين", "caspian"), ("الصين", "CHN"), ("أوروبا", "europe"), ("كريم حداد", "karim_haddad"),
        ("بكين", "beijing"), ("أنقرة", "ankara"), ("شيآن", "xian"), ("أستانا", "astana"),
        ("وزارة الخارجية الصينية", "cn_mfa"), ("كروكوس", "crocus"),
    ],
    "ignore": ["الطاجيكية", "الروسي", "الروسية", "الأرميني", "الأذربيجاني", "الأذربيجانية", "الكازاخستانية",
               "التركي", "الأوراسية", "تشرين الأول", "كانون الأول", "حزيران", "آذار"],
    "events": [
        ev("k9-cis-summit", "CONSULT", participants=["cis"], persons=["emomali_rahmon"], date="2025-10-10",
           place="dushanbe", story="cis-summit-2025"),
        ev("k9-ru-ca-summit", "CONSULT", participants=RC5, persons=["vladimir_putin"], date="2025-10-09",
           place="dushanbe", story="ru-ca-summit-2025"),
        ev("k9-pashinyan-absent", "CONSULT", "negated", participants=["ARM", "cis"], persons=["nikol_pashinyan"],
           date="2025-10-10"),
        ev("k9-putin-aliyev", "CONSULT", participants=["RUS", "AZE"], persons=["vladimir_putin", "ilham_aliyev"],
           date="2025-10-09", place="dushanbe"),
        ev("k9-admission", "CONCEDE", optional=True, sources=["RUS"], targets=["AZE"], persons=["vladimir_putin"],
           date="2025-10-09"),
        ev("k9-compensation", "AID", "intended", optional=True, sources=["RUS"], targets=["AZE"],
           persons=["vladimir_putin"]),
        ev("k9-aliyev-welcome", "SUPPORT", sources=["AZE"], targets=["RUS"], persons=["ilham_aliyev"]),
        ev("k9-plane-downed", "ASSAULT", optional=True, sources=["RUS"], targets=["AZE"], date="2024-12"),
        ev("k9-mutual-accusations", "ACCUSE", optional=True, sources=["AZE", "RUS"], targets=["RUS", "AZE"]),
        ev("k9-journalists-held", "COERCE", optional=True, sources=["AZE"], targets=["RUS"]),
        ev("k9-ots-summit", "CONSULT", participants=["ots"], persons=["recep_tayyip_erdogan"], date="2025-10-07",
           place="gabala"),
        ev("k9-erdogan-request", "REQUEST", sources=["TUR"], targets=["ots"], persons=["recep_tayyip_erdogan"]),
        ev("k9-agree-third", "AGREE", participants=RC5, place="dushanbe", story="ru-ca-summit3-agreed"),
        ev("k9-third-summit", "CONSULT", "intended", participants=RC5, date="2027", story="ru-ca-summit-2027"),
        ev("k9-putin-ready", "COOPERATE", "intended", participants=RC5, persons=["vladimir_putin"],
           story="ru-ca-putin-supplies-2025"),
        ev("k9-xian-summit", "CONSULT", optional=True, participants=C6, date="2023", place="xian"),
        ev("k9-astana-summit", "CONSULT", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2"),
        ev("k9-rights-groups", "ACCUSE", optional=True, sources=[], targets=["RUS"]),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("vladimir_putin", "head_of_state", "RUS"),
        ("nikol_pashinyan", "head_of_government", "ARM"), ("ilham_aliyev", "head_of_state", "AZE"),
        ("recep_tayyip_erdogan", "head_of_state", "TUR"),
    ],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "k1.txt": K1, "k2.txt": K2, "k3.txt": K3, "k4.txt": K4, "k5.txt": K5, "k6.txt": K6, "k7.txt": K7,
        "k8.txt": K8, "k9.txt": K9,
    },
}
