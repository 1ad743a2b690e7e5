"""Gold annotation of the nine fifth-held-out articles (tests/eval/heldout5/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and the first four held-out sets (entity keys are shared
where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types, participants are
countries or organisations, persons listed apart, status asserted / intended / hoped / negated, optional events
neither required nor counted wrong, events with the same story report the same real-world event (a pledge and its
fulfilment included, as heldout2 e7/e8, heldout3 f3/f4 and heldout4 g1/g2).

An event date or place is given only where the text states or fixes it (a dated dateline, stamp, header or headline
plus "today", "yesterday", "Monday", "last Tuesday", "the same day", "on the 17th of this month", "last month",
"late last year", "next week"); nothing comes from world knowledge. `published` is the dateline, stamp or header
date, None where the text has none (h8) or states a date only in its headline (h7). A company that acts is the party
itself (CNPC and Uzbekneftegaz in h7); a ministry that acts is its country. Background events (an earlier summit, an
earlier visit, a signing recalled) are optional. Palace names (قصر الاستقلال، قصر كوكساروي) are ignored, as in the
seeds.
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]
CKU = ["CHN", "KGZ", "UZB"]
LEADERS6 = ["xi_jinping", "kassym_jomart_tokayev", "sadyr_japarov", "emomali_rahmon", "serdar_berdimuhamedov",
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
    "IND": {"type": "GPE", "name": "India", "iso3": "IND"},
    "IRN": {"type": "GPE", "name": "Iran", "iso3": "IRN"},
    "PAK": {"type": "GPE", "name": "Pakistan", "iso3": "PAK"},
    "BLR": {"type": "GPE", "name": "Belarus", "iso3": "BLR"},
    "AFG": {"type": "GPE", "name": "Afghanistan", "iso3": "AFG"},
    "ISR": {"type": "GPE", "name": "Israel", "iso3": "ISR"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    "xinjiang": {"type": "GPE", "name": "Xinjiang", "country": "CHN"},
    # cities, regions and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "shanghai": {"type": "GPE", "name": "Shanghai", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "shaanxi": {"type": "GPE", "name": "Shaanxi", "country": "CHN"},
    "urumqi": {"type": "GPE", "name": "Urumqi", "country": "CHN"},
    "chengdu": {"type": "GPE", "name": "Chengdu", "country": "CHN"},
    "tianjin": {"type": "GPE", "name": "Tianjin", "country": "CHN"},
    "tiananmen": {"type": "LOC", "name": "Tiananmen Square", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "almaty": {"type": "GPE", "name": "Almaty", "country": "KAZ"},
    "khorgos": {"type": "LOC", "name": "Khorgos (border station)", "country": "KAZ"},
    "arbat_almaty": {"type": "LOC", "name": "Arbat (pedestrian street, Almaty)", "country": "KAZ"},
    "zenkov_cathedral": {"type": "LOC", "name": "Zenkov Cathedral (Almaty)", "country": "KAZ"},
    "kok_tobe": {"type": "LOC", "name": "Kok Tobe (hill, Almaty)", "country": "KAZ"},
    "medeu": {"type": "LOC", "name": "Medeu (district, Almaty)", "country": "KAZ"},
    "republic_square_almaty": {"type": "LOC", "name": "Republic Square (Almaty)", "country": "KAZ"},
    "ile_alatau": {"type": "LOC", "name": "Ile-Alatau National Park", "country": "KAZ"},
    "big_almaty_lake": {"type": "LOC", "name": "Big Almaty Lake", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "dushanbe_airport": {"type": "LOC", "name": "Dushanbe International Airport", "country": "TJK"},
    "khatlon": {"type": "GPE", "name": "Khatlon Region", "country": "TJK"},
    "rasht": {"type": "GPE", "name": "Rasht District", "country": "TJK"},
    "ashgabat": {"type": "GPE", "name": "Ashgabat", "country": "TKM"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "bukhara": {"type": "GPE", "name": "Bukhara Region", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "washington": {"type": "GPE", "name": "Washington", "country": "USA"},
    "kabul": {"type": "GPE", "name": "Kabul", "country": "AFG"},
    # organisations, ministries, companies
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "un": {"type": "ORG", "name": "United Nations"},
    "un_security_council": {"type": "ORG", "name": "United Nations Security Council"},
    "eu": {"type": "ORG", "name": "European Union"},
    "csto": {"type": "ORG", "name": "Collective Security Treaty Organization"},
    "cis": {"type": "ORG", "name": "Commonwealth of Independent States"},
    "cpc_politburo": {"type": "ORG", "name": "Politburo of the Communist Party of China", "country": "CHN"},
    "cn_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of China", "country": "CHN"},
    "kz_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Kazakhstan", "country": "KAZ"},
    "us_state_dept": {"type": "ORG", "name": "United States Department of State", "country": "USA"},
    "kremlin": {"type": "ORG", "name": "Kremlin (Presidential Administration of Russia)", "country": "RUS"},
    "cn_nia": {"type": "ORG", "name": "National Immigration Administration of China", "country": "CHN"},
    "tj_emergencies": {"type": "ORG", "name": "Committee of Emergency Situations and Civil Defence of Tajikistan",
                       "country": "TJK"},
    "cnpc": {"type": "ORG", "name": "China National Petroleum Corporation", "country": "CHN"},
    "uzbekneftegaz": {"type": "ORG", "name": "Uzbekneftegaz (state oil and gas company)", "country": "UZB"},
    "confucius_institute_kaznu": {"type": "ORG", "name": "Confucius Institute (al-Farabi University)",
                                  "country": "KAZ"},
    "kaznu": {"type": "ORG", "name": "Al-Farabi Kazakh National University", "country": "KAZ"},
    # outlets
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "asharq_alawsat": {"type": "ORG", "name": "Asharq Al-Awsat", "country": "SAU"},
    "kazinform": {"type": "ORG", "name": "Kazinform", "country": "KAZ"},
    "peoples_daily": {"type": "ORG", "name": "People's Daily Online", "country": "CHN"},
    "cri_arabic": {"type": "ORG", "name": "China Radio International (CRI Arabic)", "country": "CHN"},
    "alaraby": {"type": "ORG", "name": "Al-Araby Al-Jadeed", "country": "GBR"},
    "aljazeera": {"type": "ORG", "name": "Al Jazeera Net", "country": "QAT"},
    "spa": {"type": "ORG", "name": "Saudi Press Agency (SPA)", "country": "SAU"},
    "khovar": {"type": "ORG", "name": "Khovar", "country": "TJK"},
    # people (keys shared with earlier specs where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "mao_ning": {"type": "PER", "name": "Mao Ning (Chinese foreign ministry spokesperson)", "country": "CHN"},
    "zhou_yin": {"type": "PER", "name": "Zhou Yin (Chinese ambassador to Tajikistan)", "country": "CHN"},
    "han_chunlin": {"type": "PER", "name": "Han Chunlin (Chinese ambassador to Kazakhstan, invented)", "country": "CHN"},
    "kassym_jomart_tokayev": {"type": "PER", "name": "Kassym-Jomart Tokayev", "country": "KAZ"},
    "murat_nurtleu": {"type": "PER", "name": "Murat Nurtleu", "country": "KAZ"},
    "aibar_sadukassov": {"type": "PER", "name": "Aibar Sadukassov (Kazakh MFA spokesman, invented)", "country": "KAZ"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "rahimjon_saidzoda": {"type": "PER", "name": "Rahimjon Saidzoda (Tajik emergencies committee chairman, invented)",
                          "country": "TJK"},
    "serdar_berdimuhamedov": {"type": "PER", "name": "Serdar Berdimuhamedov", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "vladimir_putin": {"type": "PER", "name": "Vladimir Putin", "country": "RUS"},
    "narendra_modi": {"type": "PER", "name": "Narendra Modi", "country": "IND"},
    "antonio_guterres": {"type": "PER", "name": "António Guterres (UN Secretary-General)"},
    "daniyar_ashimbayev": {"type": "PER", "name": "Daniyar Ashimbayev (quoted without a title, invented quote)"},
    "samer_khalil": {"type": "PER", "name": "Samer Khalil (observer quoted without a title, invented)"},
    "asel_guide": {"type": "PER", "name": "Asel (tour guide, first name only, invented)"},
    "yerlan_cafe": {"type": "PER", "name": "Yerlan (cafe owner, first name only, invented)"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# Xinhua long report: the treaty signed "هنا اليوم (الثلاثاء)" (Astana, 17 June 2025); quoted speech (وقال شي ... إن);
# a multi-clause sentence with SUPPORT + REJECT + COOPERATE; passive تم التوقيع; sidelines meetings named only by
# nisba (الرئيسين الأوزبكي والطاجيكي); Xi-Tokayev talks and statement "أمس (الاثنين)"; third summit 2027.
H1 = {
    "published": "2025-06-17",
    "mentions": [
        ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"), ("آسيا الوسطى", "central_asia"),
        ("أستانا", "astana"), ("شينخوا", "xinhua"), ("الصين", "CHN"), ("كازاخستان", "KAZ"),
        ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"), ("توكاييف", "kassym_jomart_tokayev"),
        ("قيرغيزستان", "KGZ"), ("صدير جاباروف", "sadyr_japarov"), ("طاجيكستان", "TJK"),
        ("إمام علي رحمن", "emomali_rahmon"), ("تركمانستان", "TKM"), ("سردار بيردي محمدوف", "serdar_berdimuhamedov"),
        ("أوزبكستان", "UZB"), ("شوكت ميرضيائيف", "shavkat_mirziyoyev"), ("شيآن", "xian"), ("شنشي", "shaanxi"),
    ],
    "ignore": ["الصيني", "الكازاخستانية", "الأوزبكي", "والطاجيكي", "الصينية", "قصر الاستقلال",
               "مبادرة التنمية العالمية", "ومبادرة الأمن العالمي", "ومبادرة الحضارة العالمية"],
    "events": [
        ev("h1-treaty", "AGREE", participants=C6, persons=LEADERS6, date="2025-06-17", place="astana",
           story="summit2-treaty"),
        ev("h1-summit", "CONSULT", participants=C6, persons=LEADERS6, date="2025-06-17", place="astana",
           story="summit2"),
        ev("h1-backs-c5", "SUPPORT", sources=["CHN"], targets=C5, persons=["xi_jinping"]),
        ev("h1-oppose-interference", "REJECT", sources=["CHN"], targets=[], persons=["xi_jinping"]),
        ev("h1-ready", "COOPERATE", "intended", participants=C6, persons=["xi_jinping"]),
        ev("h1-grants", "AID", "intended", sources=["CHN"], targets=C5, persons=["xi_jinping"], date="2025"),
        ev("h1-training", "AID", "intended", optional=True, sources=["CHN"], targets=C5, persons=["xi_jinping"]),
        ev("h1-praise", "SUPPORT", sources=C5, targets=["CHN"]),
        ev("h1-back-initiatives", "SUPPORT", optional=True, sources=C5, targets=["CHN"]),
        ev("h1-declaration", "AGREE", participants=C6, date="2025-06-17", place="astana"),
        ev("h1-twelve-documents", "AGREE", participants=C6, date="2025-06-17", place="astana"),
        ev("h1-agree-third-summit", "AGREE", participants=C6, date="2025-06-17", place="astana"),
        ev("h1-third-summit", "CONSULT", "intended", participants=C6, date="2027"),
        ev("h1-xi-uz", "CONSULT", participants=["CHN", "UZB"], persons=["xi_jinping"], date="2025-06-17",
           place="astana"),
        ev("h1-xi-tj", "CONSULT", participants=["CHN", "TJK"], persons=["xi_jinping"], date="2025-06-17",
           place="astana"),
        ev("h1-state-visit", "CONSULT", optional=True, participants=["CHN", "KAZ"], persons=["xi_jinping"],
           date="2025-06-16", place="astana", story="cn-kz-xi-tokayev-2025-06"),
        ev("h1-xi-tokayev", "CONSULT", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2025-06-16", place="astana", story="cn-kz-xi-tokayev-2025-06"),
        ev("h1-kz-statement", "AGREE", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2025-06-16", place="astana"),
        ev("h1-xian-summit", "CONSULT", optional=True, participants=C6, date="2023-05", place="xian"),
        ev("h1-xian-secretariat", "AGREE", optional=True, participants=C6, date="2023-05", place="xian"),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
        ("sadyr_japarov", "head_of_state", "KGZ"), ("emomali_rahmon", "head_of_state", "TJK"),
        ("serdar_berdimuhamedov", "head_of_state", "TKM"), ("shavkat_mirziyoyev", "head_of_state", "UZB"),
    ],
}

# Asharq Al-Awsat: Hijri + Gregorian header (Thursday 19 June 2025); the same treaty "يوم الثلاثاء الماضي" in the
# passive (تم التوقيع ... على); spellings توكايف، جباروف، رحمون، بردي محمدوف، ميرزيوييف، قرغيزستان; نور سلطان as
# a former name; Russia's welcome "أمس"; a negated gas deal between "الجانبان الصيني والتركماني"; a request by "الرئيس
# القرغيزي"; a correction line naming the wrong city.
H2 = {
    "published": "2025-06-19",
    "mentions": [
        ("الشرق الأوسط", "asharq_alawsat"), ("أستانا", "astana"), ("بكين", "beijing"), ("آسيا الوسطى", "central_asia"),
        ("موسكو", "moscow"), ("شيآن", "xian"), ("الصين", "CHN"), ("نور سلطان", "astana"), ("كازاخستان", "KAZ"),
        ("قرغيزستان", "KGZ"), ("طاجيكستان", "TJK"), ("تركمانستان", "TKM"), ("أوزبكستان", "UZB"),
        ("شي جين بينغ", "xi_jinping"), ("قاسم جومارت توكايف", "kassym_jomart_tokayev"),
        ("صادر جباروف", "sadyr_japarov"), ("إمام علي رحمون", "emomali_rahmon"),
        ("سردار بردي محمدوف", "serdar_berdimuhamedov"), ("شوكت ميرزيوييف", "shavkat_mirziyoyev"),
        ("وزارة الخارجية الصينية", "cn_mfa"), ("دانيار أشيمباييف", "daniyar_ashimbayev"), ("الكرملين", "kremlin"),
        ("منظمة معاهدة الأمن الجماعي", "csto"), ("رابطة الدول المستقلة", "cis"), ("عشق آباد", "ashgabat"),
        ("واشنطن", "washington"), ("روسيا", "RUS"), ("الولايات المتحدة", "USA"), ("الاتحاد الأوروبي", "eu"),
        ("ألماتي", "almaty"),
    ],
    "ignore": ["السوفياتية", "الكازاخستانية", "الصيني", "الخارجية الروسية", "والتركماني", "القرغيزي", "غربيون"],
    "events": [
        ev("h2-treaty", "AGREE", participants=C6, persons=LEADERS6, date="2025-06-17", place="astana",
           story="summit2-treaty"),
        ev("h2-summit", "CONSULT", participants=C6, date="2025-06-17", place="astana", story="summit2"),
        ev("h2-treaty-commitment", "COOPERATE", "intended", optional=True, participants=C6),
        ev("h2-ru-welcome", "SUPPORT", sources=["RUS"], targets=C6, date="2025-06-18"),
        ev("h2-no-gas-deal", "AGREE", "negated", participants=["CHN", "TKM"]),
        ev("h2-kg-request", "REQUEST", sources=["KGZ"], targets=["CHN"], persons=["sadyr_japarov"]),
        ev("h2-railway-start", "COOPERATE", optional=True, participants=CKU, date="2024"),
        ev("h2-reject-hegemony", "REJECT", sources=["CHN"], targets=[], persons=["xi_jinping"]),
        ev("h2-xian-summit", "CONSULT", optional=True, participants=C6, place="xian"),
    ],
    "roles": [("xi_jinping", "head_of_state", "CHN"), ("sadyr_japarov", "head_of_state", "KGZ")],
}

# Kazinform: `أستانا – 25 أكتوبر 2023 – كازينفورم.`; the visa exemption "ستدخل حيز التنفيذ في 10 نوفمبر المقبل"
# (pledge; fulfilled in h4); Nurtleu receives an invented ambassador "أمس", who is then "الدبلوماسي الصيني";
# دعا ... الجانب الصيني → REQUEST; "في 17 من الشهر الجاري" (a background Xi-Tokayev meeting); spelling توقاييف.
H3 = {
    "published": "2023-10-25",
    "mentions": [
        ("كازاخستان", "KAZ"), ("الصين", "CHN"), ("أستانا", "astana"), ("كازينفورم", "kazinform"),
        ("وزارة الخارجية لجمهورية كازاخستان", "kz_mfa"), ("أيبار سادوقاسوف", "aibar_sadukassov"),
        ("آسيا الوسطى", "central_asia"), ("شيآن", "xian"), ("مراد نورتليو", "murat_nurtleu"),
        ("نورتليو", "murat_nurtleu"), ("هان تشون لين", "han_chunlin"), ("ألماتي", "almaty"), ("بكين", "beijing"),
        ("شنغهاي", "shanghai"), ("أورومتشي", "urumqi"), ("خورغوس", "khorgos"),
        ("قاسم جومارت توقاييف", "kassym_jomart_tokayev"), ("شي جين بينغ", "xi_jinping"),
    ],
    "ignore": ["الكازاخستاني", "الكازاخستانية", "الصيني", "الصينية", "الحزام والطريق"],
    "events": [
        ev("h3-visa-pledge", "COOPERATE", "intended", participants=["KAZ", "CHN"], date="2023-11-10",
           story="cn-kz-visa-free-2023"),
        ev("h3-signed", "AGREE", optional=True, participants=["KAZ", "CHN"], date="2023-09"),
        ev("h3-meet", "CONSULT", participants=["KAZ", "CHN"], persons=["murat_nurtleu", "han_chunlin"],
           date="2023-10-24"),
        ev("h3-ask-flights", "REQUEST", sources=["KAZ"], targets=["CHN"], persons=["murat_nurtleu"]),
        ev("h3-ready", "COOPERATE", "intended", participants=["CHN", "KAZ"], persons=["han_chunlin"]),
        ev("h3-hope", "COOPERATE", "hoped", participants=["KAZ", "CHN"]),
        ev("h3-xi-tokayev", "CONSULT", optional=True, participants=["KAZ", "CHN"],
           persons=["kassym_jomart_tokayev", "xi_jinping"], date="2023-10-17", place="beijing",
           story="cn-kz-xi-tokayev-2023-10"),
    ],
    "roles": [
        ("aibar_sadukassov", "other", "KAZ"), ("murat_nurtleu", "deputy_head_of_government", "KAZ"),
        ("murat_nurtleu", "foreign_minister", "KAZ"), ("han_chunlin", "ambassador", "CHN"),
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# People's Daily Online: `صحيفة الشعب اليومية أونلاين – بكين 10 نوفمبر 2023` on its own line; the visa exemption in
# force "اليوم الجمعة" (fulfilment of h3's pledge); Mao Ning "أمس الخميس"; readiness towards the four other countries;
# background meetings "الشهر الماضي", "في مايو الماضي", "في سبتمبر 2022" (optional).
H4 = {
    "published": "2023-11-10",
    "mentions": [
        ("الصين", "CHN"), ("كازاخستان", "KAZ"), ("صحيفة الشعب اليومية أونلاين", "peoples_daily"), ("بكين", "beijing"),
        ("جمهورية الصين الشعبية", "CHN"), ("جمهورية كازاخستان", "KAZ"), ("آسيا الوسطى", "central_asia"),
        ("وزارة الخارجية الصينية", "cn_mfa"), ("ماو نينغ", "mao_ning"), ("قيرغيزستان", "KGZ"),
        ("طاجيكستان", "TJK"), ("تركمانستان", "TKM"), ("أوزبكستان", "UZB"), ("خورغوس", "khorgos"),
        ("شينجيانغ", "xinjiang"), ("الإدارة الوطنية للهجرة في الصين", "cn_nia"), ("شي جين بينغ", "xi_jinping"),
        ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"), ("شيآن", "xian"), ("نور سلطان", "astana"), ("شي", "xi_jinping"),
    ],
    "ignore": ["الكازاخستانيين", "الكازاخستاني", "الصيني", "الصينية", "الكازاخستانية"],
    "events": [
        ev("h4-visa-in-force", "COOPERATE", participants=["CHN", "KAZ"], date="2023-11-10",
           story="cn-kz-visa-free-2023"),
        ev("h4-hope-others", "COOPERATE", "hoped", optional=True, sources=["CHN"], targets=["KGZ", "TJK", "TKM", "UZB"],
           persons=["mao_ning"]),
        ev("h4-ready-others", "COOPERATE", "intended", participants=["CHN", "KGZ", "TJK", "TKM", "UZB"],
           persons=["mao_ning"]),
        ev("h4-xi-tokayev", "CONSULT", optional=True, participants=["CHN", "KAZ"],
           persons=["xi_jinping", "kassym_jomart_tokayev"], date="2023-10", place="beijing",
           story="cn-kz-xi-tokayev-2023-10"),
        ev("h4-xian-agree", "AGREE", optional=True, participants=["CHN", "KAZ"], date="2023-05", place="xian"),
        ev("h4-partnership-2022", "AGREE", optional=True, participants=["CHN", "KAZ"], date="2022-09",
           place="astana"),
        ev("h4-xi-visit-2022", "CONSULT", optional=True, participants=["CHN", "KAZ"], persons=["xi_jinping"],
           date="2022-09", place="astana"),
    ],
    "roles": [
        ("mao_ning", "other", "CHN"), ("xi_jinping", "head_of_state", "CHN"),
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
    ],
}

# CRI Arabic: `تيانجين، 1 سبتمبر/أيلول 2025 (إذاعة الصين الدولية) –`; the SCO summit and Tianjin declaration "اليوم
# (الاثنين)" (SCO as party); Xi meets Japarov "أمس (الأحد)" and Tokayev "في اليوم ذاته"; "تتطلع ... إلى استضافة
# القمة المقبلة ... في بيشكيك العام المقبل" (hoped); a list of nine states attending (no event of their own).
H5 = {
    "published": "2025-09-01",
    "mentions": [
        ("تيانجين", "tianjin"), ("منظمة شانغهاي للتعاون", "sco"), ("إذاعة الصين الدولية", "cri_arabic"),
        ("الصين", "CHN"), ("شي جين بينغ", "xi_jinping"), ("شي", "xi_jinping"), ("صادر جاباروف", "sadyr_japarov"),
        ("جاباروف", "sadyr_japarov"), ("قيرغيزستان", "KGZ"), ("أوزبكستان", "UZB"), ("بيشكيك", "bishkek"),
        ("قاسم جومارت توكاييف", "kassym_jomart_tokayev"), ("آسيا الوسطى", "central_asia"), ("آستانا", "astana"),
        ("كازاخستان", "KAZ"), ("طاجيكستان", "TJK"), ("روسيا", "RUS"), ("الهند", "IND"), ("إيران", "IRN"),
        ("باكستان", "PAK"), ("بيلاروس", "BLR"), ("الأمم المتحدة", "un"), ("أنطونيو غوتيريش", "antonio_guterres"),
    ],
    "ignore": ["الصيني", "القيرغيزي", "الكازاخستاني", "صين واحدة", "شانغهاي", "أيلول"],
    "events": [
        ev("h5-summit", "CONSULT", participants=["sco"], persons=["xi_jinping"], date="2025-09-01", place="tianjin",
           story="sco-summit-2025"),
        ev("h5-declaration", "AGREE", participants=["sco"], date="2025-09-01", place="tianjin",
           story="sco-tianjin-declaration"),
        ev("h5-strategy", "AGREE", participants=["sco"], date="2025-09-01", place="tianjin"),
        ev("h5-xi-calls", "REQUEST", optional=True, sources=["CHN"], targets=["sco"], persons=["xi_jinping"]),
        ev("h5-reject-cold-war", "REJECT", optional=True, sources=["CHN"], targets=[], persons=["xi_jinping"]),
        ev("h5-grants", "AID", "intended", sources=["CHN"], targets=["sco"], persons=["xi_jinping"], date="2025"),
        ev("h5-loans", "AID", "intended", optional=True, sources=["CHN"], targets=["sco"], persons=["xi_jinping"]),
        ev("h5-xi-japarov", "CONSULT", participants=["CHN", "KGZ"], persons=["xi_jinping", "sadyr_japarov"],
           date="2025-08-31", place="tianjin"),
        ev("h5-ready-kgz", "COOPERATE", "intended", participants=["CHN", "KGZ"], persons=["xi_jinping"]),
        ev("h5-one-china", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["sadyr_japarov"]),
        ev("h5-back-initiatives", "SUPPORT", optional=True, sources=["KGZ"], targets=["CHN"],
           persons=["sadyr_japarov"]),
        ev("h5-host-next", "CONSULT", "hoped", participants=["sco", "KGZ"], date="2026", place="bishkek",
           story="sco-summit-2026"),
        ev("h5-xi-tokayev", "CONSULT", participants=["CHN", "KAZ"], persons=["xi_jinping", "kassym_jomart_tokayev"],
           date="2025-08-31", place="tianjin"),
        ev("h5-astana-summit", "CONSULT", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2"),
    ],
    "roles": [
        ("xi_jinping", "head_of_state", "CHN"), ("sadyr_japarov", "head_of_state", "KGZ"),
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"),
    ],
}

# Al-Araby Al-Jadeed: outlet + weekday header (Wednesday 3 September 2025); the same SCO summit "يوم الاثنين الماضي"
# and declaration with a different framing: a condemnation (دانت → ACCUSE SCO → Israel, USA), rejection of unilateral
# sanctions, دعا ... الدول الأعضاء (REQUEST → SCO), مطالبا (REQUEST, no addressee), the next summit "من المقرر" in
# Bishkek 2026 (intended; h5 had it hoped); spellings توكايف، ميرزيوييف، شي جينبينغ.
H6 = {
    "published": "2025-09-03",
    "mentions": [
        ("العربي الجديد", "alaraby"), ("تيانجين", "tianjin"), ("إيران", "IRN"), ("بكين", "beijing"),
        ("منظمة شانغهاي للتعاون", "sco"), ("الولايات المتحدة", "USA"), ("ساحة تيان آن من", "tiananmen"),
        ("إسرائيل", "ISR"), ("الأمم المتحدة", "un"), ("مجلس الأمن", "un_security_council"),
        ("وزارة الخارجية الأميركية", "us_state_dept"), ("قاسم جومارت توكايف", "kassym_jomart_tokayev"),
        ("شوكت ميرزيوييف", "shavkat_mirziyoyev"), ("آسيا الوسطى", "central_asia"), ("أفغانستان", "AFG"),
        ("كابول", "kabul"), ("سامر خليل", "samer_khalil"), ("موسكو", "moscow"), ("فلاديمير بوتين", "vladimir_putin"),
        ("شي جينبينغ", "xi_jinping"), ("ناريندرا مودي", "narendra_modi"), ("قيرغيزستان", "KGZ"),
        ("بيشكيك", "bishkek"), ("الصين", "CHN"),
    ],
    "ignore": ["الصينية", "الكازاخستاني", "الأوزبكي", "الروسي", "الصيني", "الهندي", "حزيران", "الجنوب العالمي"],
    "events": [
        ev("h6-summit", "CONSULT", participants=["sco"], date="2025-09-01", place="tianjin", story="sco-summit-2025"),
        ev("h6-declaration", "AGREE", participants=["sco"], date="2025-09-01", place="tianjin",
           story="sco-tianjin-declaration"),
        ev("h6-condemn-strikes", "ACCUSE", sources=["sco"], targets=["ISR", "USA"], date="2025-09-01"),
        ev("h6-strikes", "ASSAULT", optional=True, sources=["ISR", "USA"], targets=["IRN"], date="2025-06"),
        ev("h6-reject-sanctions", "REJECT", sources=["sco"], targets=[], date="2025-09-01"),
        ev("h6-parade", "MOBILIZE", optional=True, sources=["CHN"], date="2025-09-03"),
        ev("h6-tokayev-request", "REQUEST", sources=["KAZ"], targets=["sco"], persons=["kassym_jomart_tokayev"]),
        ev("h6-mirziyoyev-request", "REQUEST", sources=["UZB"], targets=[], persons=["shavkat_mirziyoyev"]),
        ev("h6-next-summit", "CONSULT", "intended", participants=["sco", "KGZ"], date="2026", place="bishkek",
           story="sco-summit-2026"),
        ev("h6-transit-projects", "COOPERATE", optional=True, participants=["KAZ", "KGZ", "TJK", "UZB"]),
    ],
    "roles": [
        ("kassym_jomart_tokayev", "head_of_state", "KAZ"), ("shavkat_mirziyoyev", "head_of_state", "UZB"),
        ("vladimir_putin", "head_of_state", "RUS"), ("xi_jinping", "head_of_state", "CHN"),
        ("narendra_modi", "head_of_government", "IND"),
    ],
}

# UzA: the date only in the headline ("في طشقند – 25 أبريل 2025"), no dateline, so published is None while "اليوم" and
# "غدا (السبت)" are dated from the headline; "رئيس الدولة", "الضيف", "الوزير الصيني" after first mention; Saidov
# only as "نظيره الأوزبكي" (no gold role); passive تم بحث / تم التوقيع; a company pair as party; a negated visa
# agreement; "أواخر العام الماضي", "في يناير من العام الماضي".
H7 = {
    "published": None,
    "mentions": [
        ("شوكت ميرضيائيف", "shavkat_mirziyoyev"), ("الصين", "CHN"), ("وانغ يي", "wang_yi"), ("طشقند", "tashkent"),
        ("جمهورية أوزبكستان", "UZB"), ("أوزبكستان", "UZB"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"),
        ("جمهورية الصين الشعبية", "CHN"), ("شي جين بينغ", "xi_jinping"), ("آسيا الوسطى", "central_asia"),
        ("أستانا", "astana"), ("قرغيزستان", "KGZ"), ("بكين", "beijing"), ("بختيار سعيدوف", "bakhtiyor_saidov"),
        ("أفغانستان", "AFG"), ("مؤسسة البترول الوطنية الصينية", "cnpc"), ("أوزبكنفتغاز", "uzbekneftegaz"),
        ("بخارى", "bukhara"), ("ألماتي", "almaty"),
    ],
    "ignore": ["قصر كوكساروي", "الصيني", "الأوزبكي", "الأوزبكية", "الصينية", "وزارة الخارجية"],
    "events": [
        ev("h7-receives", "CONSULT", participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev", "wang_yi"],
           date="2025-04-25", place="tashkent"),
        ev("h7-jan-visit", "CONSULT", optional=True, participants=["UZB", "CHN"], persons=["shavkat_mirziyoyev"],
           date="2024-01"),
        ev("h7-summit-prep", "CONSULT", "intended", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2"),
        ev("h7-request", "REQUEST", sources=["UZB"], targets=["CHN"], persons=["shavkat_mirziyoyev"]),
        ev("h7-railway-start", "COOPERATE", optional=True, participants=CKU, date="2024"),
        ev("h7-support", "SUPPORT", sources=["CHN"], targets=["UZB"], persons=["wang_yi"]),
        ev("h7-ready-imports", "COOPERATE", "intended", participants=["CHN", "UZB"], persons=["wang_yi"]),
        ev("h7-talks", "CONSULT", participants=["CHN", "UZB"], persons=["wang_yi", "bakhtiyor_saidov"],
           date="2025-04-25", place="tashkent"),
        ev("h7-gas-deal", "AGREE", participants=["cnpc", "uzbekneftegaz"], date="2025-04-25", place="tashkent"),
        ev("h7-culture-programme", "AGREE", participants=["CHN", "UZB"], date="2025-04-25", place="tashkent"),
        ev("h7-no-visa", "AGREE", "negated", participants=["CHN", "UZB"]),
        ev("h7-almaty-fm6", "CONSULT", "intended", participants=C6, persons=["wang_yi"], date="2025-04-26",
           place="almaty"),
    ],
    "roles": [
        ("shavkat_mirziyoyev", "head_of_state", "UZB"), ("wang_yi", "foreign_minister", "CHN"),
        ("xi_jinping", "head_of_state", "CHN"),
    ],
}

# Al Jazeera Net: a feature with nothing diplomatic: no dateline date, no published date, many place names (streets,
# a cathedral, a hill, a park, a lake), two private people by first name only; the visa exemption recalled as
# background (optional, story of h3/h4).
H8 = {
    "published": None,
    "mentions": [
        ("ألماتي", "almaty"), ("أربات", "arbat_almaty"), ("كازاخستان", "KAZ"), ("كاتدرائية زينكوف", "zenkov_cathedral"),
        ("كوك توبي", "kok_tobe"), ("أسيل", "asel_guide"), ("الجزيرة نت", "aljazeera"), ("أورومتشي", "urumqi"),
        ("شيآن", "xian"), ("تشنغدو", "chengdu"), ("الصين", "CHN"), ("خورغوس", "khorgos"), ("ميديو", "medeu"),
        ("يرلان", "yerlan_cafe"), ("ساحة الجمهورية", "republic_square_almaty"), ("إيلي ألاتاو", "ile_alatau"),
        ("بحيرة ألماتي الكبرى", "big_almaty_lake"), ("معهد كونفوشيوس", "confucius_institute_kaznu"),
        ("جامعة الفارابي الوطنية", "kaznu"),
    ],
    "ignore": ["صينيون", "الصينية", "الروسية", "الكازاخية", "الصينيون", "الصينيين", "تشرين الثاني",
               "لجنة السياحة"],
    "events": [
        ev("h8-visa-recalled", "COOPERATE", optional=True, participants=["CHN", "KAZ"], date="2023-11",
           story="cn-kz-visa-free-2023"),
    ],
    "roles": [],
}

# SPA: Hijri + Gregorian in the dateline (`دوشنبه 3 ذو الحجة 1446 هـ الموافق 30 مايو 2025 م واس`); a Chinese aid
# shipment "اليوم" (AID asserted) and a second one "الأسبوع المقبل" (intended); an invented committee chairman with a
# title, later by surname only and as "المسؤول الطاجيكي"; thanks, طلب ... من الجانب الصيني; Uzbek aid "الأسبوع الماضي".
H9 = {
    "published": "2025-05-30",
    "mentions": [
        ("الصين", "CHN"), ("طاجيكستان", "TJK"), ("دوشنبه", "dushanbe"), ("واس", "spa"),
        ("مطار دوشنبه الدولي", "dushanbe_airport"), ("خوفار", "khovar"),
        ("لجنة حالات الطوارئ والدفاع المدني في طاجيكستان", "tj_emergencies"),
        ("رحيم جان سعيدزاده", "rahimjon_saidzoda"), ("سعيدزاده", "rahimjon_saidzoda"), ("تشو يين", "zhou_yin"),
        ("ختلان", "khatlon"), ("راشت", "rasht"), ("بكين", "beijing"), ("أوزبكستان", "UZB"), ("كازاخستان", "KAZ"),
        ("إمام علي رحمان", "emomali_rahmon"), ("آسيا الوسطى", "central_asia"),
    ],
    "ignore": ["صينية", "الصينية", "الصيني", "الطاجيكية", "الطاجيكي", "وكالة الأنباء الطاجيكية", "ذو الحجة"],
    "events": [
        ev("h9-aid", "AID", sources=["CHN"], targets=["TJK"], date="2025-05-30", place="dushanbe"),
        ev("h9-thanks", "SUPPORT", sources=["TJK"], targets=["CHN"], persons=["rahimjon_saidzoda"]),
        ev("h9-request", "REQUEST", sources=["TJK"], targets=["CHN"], persons=["rahimjon_saidzoda"]),
        ev("h9-continue-support", "SUPPORT", "intended", optional=True, sources=["CHN"], targets=["TJK"],
           persons=["zhou_yin"]),
        ev("h9-second-batch", "AID", "intended", sources=["CHN"], targets=["TJK"], persons=["zhou_yin"],
           date="2025-06"),
        ev("h9-uzbek-aid", "AID", sources=["UZB"], targets=["TJK"], date="2025-05"),
        ev("h9-kazakh-aid", "AID", optional=True, sources=["KAZ"], targets=["TJK"]),
    ],
    "roles": [
        ("rahimjon_saidzoda", "other", "TJK"), ("zhou_yin", "ambassador", "CHN"),
        ("emomali_rahmon", "head_of_state", "TJK"),
    ],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "h1.txt": H1, "h2.txt": H2, "h3.txt": H3, "h4.txt": H4, "h5.txt": H5,
        "h6.txt": H6, "h7.txt": H7, "h8.txt": H8, "h9.txt": H9,
    },
}
