"""Gold annotation of the eight fourth-held-out articles (tests/eval/heldout4/articles), read by shared/eval/goldlib.py.

Same format and conventions as shared/eval/seeds_spec.py and the first three held-out sets (entity keys are shared
where the entity is the same): every named mention, nisba adjectives ignored, PLOVER event types, participants are
countries or organisations, persons listed apart, status asserted / intended / hoped / negated, optional events
neither required nor counted wrong, events with the same story report the same real-world event.

An event date or place is given only where the text states or fixes it (a dated dateline, stamp or header plus
"today", "yesterday", "the day before yesterday", "Thursday", "early this week", "last month"); nothing comes from
world knowledge. `published` is the dateline, stamp or header date. A company or bank that acts is the party itself
(the banks in g6, Energy China in g6), not its country; a ministry that acts is its country (as heldout3 f6).
Background events (an earlier visit, an earlier summit, a call recalled later) are optional, as heldout3 f5's past
visit; a planned meeting mentioned only as the object of "preparations for" (التحضير لـ) or inside a relative clause
is optional, as heldout3.
"""

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
C6 = ["CHN", *C5]
CKU = ["CHN", "KGZ", "UZB"]

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
    "TWN": {"type": "GPE", "name": "Taiwan", "iso3": "TWN"},
    "UKR": {"type": "GPE", "name": "Ukraine", "iso3": "UKR"},
    "AFG": {"type": "GPE", "name": "Afghanistan", "iso3": "AFG"},
    "central_asia": {"type": "LOC", "name": "Central Asia"},
    "europe": {"type": "LOC", "name": "Europe"},
    "middle_east": {"type": "LOC", "name": "Middle East"},
    "fergana_valley": {"type": "LOC", "name": "Fergana Valley"},
    "xinjiang": {"type": "GPE", "name": "Xinjiang", "country": "CHN"},
    # cities, regions and sites
    "beijing": {"type": "GPE", "name": "Beijing", "country": "CHN"},
    "xian": {"type": "GPE", "name": "Xi'an", "country": "CHN"},
    "kashgar": {"type": "GPE", "name": "Kashgar", "country": "CHN"},
    "astana": {"type": "GPE", "name": "Astana", "country": "KAZ"},
    "bishkek": {"type": "GPE", "name": "Bishkek", "country": "KGZ"},
    "osh": {"type": "GPE", "name": "Osh", "country": "KGZ"},
    "jalal_abad": {"type": "GPE", "name": "Jalal-Abad Region", "country": "KGZ"},
    "batken": {"type": "GPE", "name": "Batken Region", "country": "KGZ"},
    "irkeshtam": {"type": "LOC", "name": "Irkeshtam (border crossing)", "country": "KGZ"},
    "dushanbe": {"type": "GPE", "name": "Dushanbe", "country": "TJK"},
    "kulma": {"type": "LOC", "name": "Kulma Pass", "country": "TJK"},
    "ashgabat": {"type": "GPE", "name": "Ashgabat", "country": "TKM"},
    "galkynysh": {"type": "LOC", "name": "Galkynysh gas field", "country": "TKM"},
    "tashkent": {"type": "GPE", "name": "Tashkent", "country": "UZB"},
    "kashkadarya": {"type": "GPE", "name": "Kashkadarya Region", "country": "UZB"},
    "andijan": {"type": "GPE", "name": "Andijan", "country": "UZB"},
    "moscow": {"type": "GPE", "name": "Moscow", "country": "RUS"},
    "washington": {"type": "GPE", "name": "Washington", "country": "USA"},
    # organisations, ministries, companies and banks
    "sco": {"type": "ORG", "name": "Shanghai Cooperation Organisation"},
    "wto": {"type": "ORG", "name": "World Trade Organization"},
    "state_council": {"type": "ORG", "name": "State Council of China", "country": "CHN"},
    "cpc_politburo": {"type": "ORG", "name": "Politburo of the Communist Party of China", "country": "CHN"},
    "tkm_cabinet": {"type": "ORG", "name": "Cabinet of Ministers of Turkmenistan", "country": "TKM"},
    "tkm_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Turkmenistan", "country": "TKM"},
    "uz_mfa": {"type": "ORG", "name": "Ministry of Foreign Affairs of Uzbekistan", "country": "UZB"},
    "uz_energy_ministry": {"type": "ORG", "name": "Ministry of Energy of Uzbekistan", "country": "UZB"},
    "us_state_dept": {"type": "ORG", "name": "United States Department of State", "country": "USA"},
    "tj_national_assembly": {"type": "ORG", "name": "National Assembly (Majlisi Milli) of Tajikistan",
                             "country": "TJK"},
    "turkmengaz": {"type": "ORG", "name": "Turkmengaz (state gas company)", "country": "TKM"},
    "exim_china": {"type": "ORG", "name": "Export-Import Bank of China", "country": "CHN"},
    "cdb": {"type": "ORG", "name": "China Development Bank", "country": "CHN"},
    "nbu": {"type": "ORG", "name": "National Bank of Uzbekistan", "country": "UZB"},
    "energy_china": {"type": "ORG", "name": "China Energy Engineering Corporation (Energy China)", "country": "CHN"},
    # outlets
    "cgtn_arabic": {"type": "ORG", "name": "CGTN Arabic", "country": "CHN"},
    "kabar": {"type": "ORG", "name": "Kabar", "country": "KGZ"},
    "al_mayadeen": {"type": "ORG", "name": "Al Mayadeen", "country": "LBN"},
    "independent_arabia": {"type": "ORG", "name": "Independent Arabia", "country": "GBR"},
    "sputnik": {"type": "ORG", "name": "Sputnik", "country": "RUS"},
    "xinhua": {"type": "ORG", "name": "Xinhua News Agency", "country": "CHN"},
    "alkhaleej": {"type": "ORG", "name": "Al Khaleej (newspaper)", "country": "ARE"},
    # people (keys shared with earlier specs where the person is the same)
    "xi_jinping": {"type": "PER", "name": "Xi Jinping", "country": "CHN"},
    "li_qiang": {"type": "PER", "name": "Li Qiang", "country": "CHN"},
    "li_keqiang": {"type": "PER", "name": "Li Keqiang", "country": "CHN"},
    "wang_yi": {"type": "PER", "name": "Wang Yi", "country": "CHN"},
    "sun_weidong": {"type": "PER", "name": "Sun Weidong", "country": "CHN"},
    "qian_naicheng": {"type": "PER", "name": "Qian Naicheng (Chinese ambassador to Turkmenistan)", "country": "CHN"},
    "zhao_wenjie": {"type": "PER", "name": "Zhao Wenjie (Chinese consul general in Osh)", "country": "CHN"},
    "sadyr_japarov": {"type": "PER", "name": "Sadyr Japarov", "country": "KGZ"},
    "zheenbek_kulubaev": {"type": "PER", "name": "Zheenbek Kulubaev", "country": "KGZ"},
    "almaz_imangaziev": {"type": "PER", "name": "Almaz Imangaziev (Kyrgyz deputy foreign minister)", "country": "KGZ"},
    "emomali_rahmon": {"type": "PER", "name": "Emomali Rahmon", "country": "TJK"},
    "rustam_emomali": {"type": "PER", "name": "Rustam Emomali", "country": "TJK"},
    "rashid_meredov": {"type": "PER", "name": "Rashid Meredov", "country": "TKM"},
    "batyr_muradov": {"type": "PER", "name": "Batyr Muradov (Turkmengaz chairman)", "country": "TKM"},
    "shavkat_mirziyoyev": {"type": "PER", "name": "Shavkat Mirziyoyev", "country": "UZB"},
    "bakhtiyor_saidov": {"type": "PER", "name": "Bakhtiyor Saidov", "country": "UZB"},
    "jamshid_khodjaev": {"type": "PER", "name": "Jamshid Khodjaev (Uzbek deputy prime minister)", "country": "UZB"},
    "firuz_usmonov": {"type": "PER", "name": "Firuz Usmonov (quoted without a title)"},
}


def ev(id, type, status="asserted", optional=False, **kw):
    return {"id": id, "type": type, "status": status, "optional": optional, **kw}


# CGTN Arabic: Wang Yi - Kulubaev phone call "يوم الخميس" (stamp Saturday 2025-03-08); the Osh consulate pledge.
G1 = {
    "published": "2025-03-08",
    "mentions": [
        ("وانغ يي", "wang_yi"), ("وانغ", "wang_yi"), ("أوش", "osh"), ("سي جي تي إن العربية", "cgtn_arabic"),
        ("المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني", "cpc_politburo"), ("قرغيزستان", "KGZ"),
        ("جينبيك كولوبايف", "zheenbek_kulubaev"), ("كولوبايف", "zheenbek_kulubaev"), ("الصين", "CHN"),
        ("آسيا الوسطى", "central_asia"), ("صادر جاباروف", "sadyr_japarov"), ("بكين", "beijing"),
        ("وادي فرغانة", "fergana_valley"), ("إركشتام", "irkeshtam"), ("أوزبكستان", "UZB"),
        ("منظمة شنغهاي للتعاون", "sco"), ("أستانا", "astana"),
    ],
    "ignore": ["القرغيزي", "القرغيزية", "الصيني", "صينية"],
    "events": [
        ev("g1-call", "CONSULT", participants=["CHN", "KGZ"], persons=["wang_yi", "zheenbek_kulubaev"],
           date="2025-03-06", story="cn-kg-fm-call-2025-03"),
        ev("g1-summit-prep", "CONSULT", "intended", optional=True, participants=C6, date="2025", place="astana",
           story="summit2-2025"),
        ev("g1-backs-kgz", "SUPPORT", sources=["CHN"], targets=["KGZ"], persons=["wang_yi"]),
        ev("g1-oppose-interference", "REJECT", sources=["CHN"], targets=[], persons=["wang_yi"]),
        ev("g1-japarov-visit", "CONSULT", optional=True, participants=["KGZ", "CHN"], persons=["sadyr_japarov"],
           date="2025-02", place="beijing", story="kg-cn-japarov-visit-2025"),
        ev("g1-consulate-pledge", "COOPERATE", "intended", participants=["CHN", "KGZ"], persons=["wang_yi"],
           date="2025", place="osh", story="cn-osh-consulate-2025"),
        ev("g1-thanks", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["zheenbek_kulubaev"]),
        ev("g1-welcome", "SUPPORT", optional=True, sources=["KGZ"], targets=["CHN"], persons=["zheenbek_kulubaev"]),
        ev("g1-facilities", "COOPERATE", "intended", optional=True, participants=["KGZ", "CHN"],
           persons=["zheenbek_kulubaev"]),
        ev("g1-ask-imports", "REQUEST", sources=["KGZ"], targets=["CHN"], persons=["zheenbek_kulubaev"]),
        ev("g1-agree-railway", "AGREE", participants=["CHN", "KGZ"], persons=["wang_yi", "zheenbek_kulubaev"],
           date="2025-03-06"),
        ev("g1-hope-summit", "COOPERATE", "hoped", optional=True, participants=["CHN", "KGZ"]),
    ],
    "roles": [
        ("wang_yi", "foreign_minister", "CHN"), ("zheenbek_kulubaev", "foreign_minister", "KGZ"),
        ("sadyr_japarov", "head_of_state", "KGZ"),
    ],
}

# Kabar: the Osh consulate opened "أمس" (stamp 18/06/2025): the pledge of g1 fulfilled; a deputy minister and a
# consul general not in officials.tsv, each later by surname only.
G2 = {
    "published": "2025-06-18",
    "mentions": [
        ("أوش", "osh"), ("كابار", "kabar"), ("جمهورية الصين الشعبية", "CHN"), ("قرغيزستان", "KGZ"),
        ("ألماز إيمانغازييف", "almaz_imangaziev"), ("إيمانغازييف", "almaz_imangaziev"),
        ("تشاو وين جيه", "zhao_wenjie"), ("تشاو", "zhao_wenjie"), ("بيشكيك", "bishkek"), ("بكين", "beijing"),
        ("وانغ يي", "wang_yi"), ("جينبيك كولوبايف", "zheenbek_kulubaev"), ("جلال آباد", "jalal_abad"),
        ("باتكين", "batken"), ("الصين", "CHN"), ("أوزبكستان", "UZB"),
    ],
    "ignore": ["القرغيزي", "الصيني", "الصينية", "الصينيين", "صينية"],
    "events": [
        ev("g2-consulate-opened", "COOPERATE", participants=["CHN", "KGZ"],
           persons=["almaz_imangaziev", "zhao_wenjie"], date="2025-06-17", place="osh",
           story="cn-osh-consulate-2025"),
        ev("g2-thanks", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["almaz_imangaziev"]),
        ev("g2-call-recalled", "CONSULT", optional=True, participants=["CHN", "KGZ"],
           persons=["wang_yi", "zheenbek_kulubaev"], date="2025-03", story="cn-kg-fm-call-2025-03"),
        ev("g2-ask-invest", "REQUEST", sources=["KGZ"], targets=[], persons=["almaz_imangaziev"]),
        ev("g2-ready", "COOPERATE", "intended", participants=["CHN", "KGZ"], persons=["zhao_wenjie"]),
    ],
    "roles": [
        ("almaz_imangaziev", "deputy_foreign_minister", "KGZ"), ("zhao_wenjie", "other", "CHN"),
        ("wang_yi", "foreign_minister", "CHN"),
    ],
}

# Al Mayadeen: Xi-Rahmon talks and joint statement "اليوم الأربعاء" (dateline 9 نيسان 2025), spelling رحمن.
G3 = {
    "published": "2025-04-09",
    "mentions": [
        ("شي", "xi_jinping"), ("شي جين بينغ", "xi_jinping"), ("رحمن", "emomali_rahmon"),
        ("إمام علي رحمن", "emomali_rahmon"), ("بكين", "beijing"), ("آسيا الوسطى", "central_asia"),
        ("الميادين نت", "al_mayadeen"), ("الصين", "CHN"), ("طاجيكستان", "TJK"), ("تايوان", "TWN"),
        ("دوشنبه", "dushanbe"), ("كولما", "kulma"), ("أستانا", "astana"), ("الولايات المتحدة", "USA"),
        ("واشنطن", "washington"),
    ],
    "ignore": ["الصيني", "الطاجيكي", "الحزام والطريق", "نيسان", "حزيران"],
    "events": [
        ev("g3-talks", "CONSULT", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           date="2025-04-09", place="beijing", story="cn-tj-talks-2025"),
        ev("g3-statement", "AGREE", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           date="2025-04-09", place="beijing", story="cn-tj-statement-2025"),
        ev("g3-backs-tjk", "SUPPORT", sources=["CHN"], targets=["TJK"], persons=["xi_jinping"]),
        ev("g3-oppose-interference", "REJECT", sources=["CHN"], targets=[], persons=["xi_jinping"]),
        ev("g3-one-china", "SUPPORT", sources=["TJK"], targets=["CHN"], persons=["emomali_rahmon"]),
        ev("g3-oppose-independence", "REJECT", sources=["TJK"], targets=[], persons=["emomali_rahmon"]),
        ev("g3-praise-bri", "SUPPORT", sources=["TJK"], targets=["CHN"], persons=["emomali_rahmon"]),
        ev("g3-documents", "AGREE", participants=["CHN", "TJK"], persons=["xi_jinping", "emomali_rahmon"],
           date="2025-04-09", place="beijing", story="cn-tj-documents-2025"),
        ev("g3-ready-summit", "COOPERATE", "intended", participants=["CHN", "TJK"], persons=["xi_jinping"]),
        ev("g3-summit", "CONSULT", "intended", optional=True, participants=C6, date="2025-06", place="astana",
           story="summit2-2025"),
        ev("g3-us-accuses", "ACCUSE", optional=True, sources=["USA"], targets=["CHN"]),
        ev("g3-cn-denies", "REJECT", optional=True, sources=["CHN"], targets=["USA"]),
    ],
    "roles": [("xi_jinping", "head_of_state", "CHN"), ("emomali_rahmon", "head_of_state", "TJK")],
}

# Independent Arabia: the same visit two days later ("أول أمس" from Friday 11 April 2025), spelling رحمون; the US
# accusation "مطلع الأسبوع" and China's rejection; an analyst quoted with no title at all.
G4 = {
    "published": "2025-04-11",
    "mentions": [
        ("طاجيكستان", "TJK"), ("بكين", "beijing"), ("رحمون", "emomali_rahmon"), ("إمام علي رحمون", "emomali_rahmon"),
        ("الصين", "CHN"), ("واشنطن", "washington"), ("اندبندنت عربية", "independent_arabia"),
        ("شي جين بينغ", "xi_jinping"), ("دوشنبه", "dushanbe"), ("بنك التصدير والاستيراد الصيني", "exim_china"),
        ("وزارة الخارجية الأمريكية", "us_state_dept"), ("آسيا الوسطى", "central_asia"),
        ("فيروز عثمانوف", "firuz_usmonov"), ("روسيا", "RUS"), ("أوكرانيا", "UKR"), ("أفغانستان", "AFG"),
        ("رستم إمام علي", "rustam_emomali"), ("المجلس الوطني", "tj_national_assembly"),
    ],
    "ignore": ["الطاجيكي", "الطاجيكية", "الصينية", "الصيني", "صيني", "الغربية"],
    "events": [
        ev("g4-talks", "CONSULT", participants=["TJK", "CHN"], persons=["emomali_rahmon", "xi_jinping"],
           date="2025-04-09", place="beijing", story="cn-tj-talks-2025"),
        ev("g4-visit", "CONSULT", optional=True, participants=["TJK", "CHN"], persons=["emomali_rahmon"],
           date="2025-04-10", story="cn-tj-talks-2025"),
        ev("g4-statement", "AGREE", participants=["TJK", "CHN"], persons=["emomali_rahmon", "xi_jinping"],
           date="2025-04-09", place="beijing", story="cn-tj-statement-2025"),
        ev("g4-documents", "AGREE", participants=["TJK", "CHN"], persons=["emomali_rahmon", "xi_jinping"],
           date="2025-04-09", place="beijing", story="cn-tj-documents-2025"),
        ev("g4-agree-trade", "AGREE", optional=True, participants=["TJK", "CHN"]),
        ev("g4-training-grants", "AID", "intended", sources=["CHN"], targets=["TJK"]),
        ev("g4-no-rescheduling", "AGREE", "negated", participants=["TJK", "CHN"]),
        ev("g4-us-accuses", "ACCUSE", sources=["USA"], targets=["CHN"], date="2025-04"),
        ev("g4-cn-rejects", "REJECT", sources=["CHN"], targets=["USA"], date="2025-04"),
    ],
    "roles": [
        ("emomali_rahmon", "head_of_state", "TJK"), ("xi_jinping", "head_of_state", "CHN"),
        ("rustam_emomali", "other", "TJK"),
    ],
}

# Sputnik Arabic: Meredov and the Chinese ambassador on Line D "اليوم الثلاثاء" (stamp 18.03.2025); the Turkmengaz
# chairman مرادوف (not Meredov, not in officials.tsv) later by surname only.
G5 = {
    "published": "2025-03-18",
    "mentions": [
        ("ميريدوف", "rashid_meredov"), ("رشيد ميريدوف", "rashid_meredov"), ("تركمانستان", "TKM"), ("الصين", "CHN"),
        ("سبوتنيك", "sputnik"), ("عشق آباد", "ashgabat"), ("مجلس الوزراء", "tkm_cabinet"),
        ("تشيان ناي تشنغ", "qian_naicheng"), ("تشيان", "qian_naicheng"), ("آسيا الوسطى", "central_asia"),
        ("أوزبكستان", "UZB"), ("طاجيكستان", "TJK"), ("قيرغيزستان", "KGZ"),
        ("وزارة الخارجية التركمانية", "tkm_mfa"), ("تركمن غاز", "turkmengaz"), ("باتير مرادوف", "batyr_muradov"),
        ("مرادوف", "batyr_muradov"), ("غالكينيش", "galkynysh"), ("بكين", "beijing"), ("موسكو", "moscow"),
    ],
    "ignore": ["التركمانستاني", "التركماني", "الصيني", "الروسية", "الصينية", "قوة سيبيريا 2"],
    "events": [
        ev("g5-meet", "CONSULT", participants=["TKM", "CHN"],
           persons=["rashid_meredov", "qian_naicheng", "batyr_muradov"], date="2025-03-18", place="ashgabat"),
        ev("g5-ready-exports", "COOPERATE", "intended", participants=["TKM", "CHN"], persons=["rashid_meredov"]),
        ev("g5-ask-financing", "REQUEST", sources=["TKM"], targets=["CHN"], persons=["rashid_meredov"]),
        ev("g5-hope-start", "COOPERATE", "hoped", optional=True, participants=["turkmengaz", "CHN"],
           persons=["batyr_muradov"]),
        ev("g5-no-price-deal", "AGREE", "negated", participants=["TKM", "CHN"], persons=["batyr_muradov"]),
        ev("g5-praise", "SUPPORT", sources=["CHN"], targets=["TKM"], persons=["qian_naicheng"]),
        ev("g5-ru-cn-talks", "CONSULT", optional=True, participants=["RUS", "CHN"]),
    ],
    "roles": [
        ("rashid_meredov", "foreign_minister", "TKM"), ("rashid_meredov", "deputy_head_of_government", "TKM"),
        ("qian_naicheng", "ambassador", "CHN"), ("batyr_muradov", "other", "TKM"),
    ],
}

# Xinhua economic desk: two Belt and Road deals signed "هنا اليوم (الخميس)" (Tashkent, 22 May 2025) by named banks
# and a company; لي كه تشيانغ in a 2019 back-reference; the Xi'an summit "في 18 مايو/أيار 2023".
G6 = {
    "published": "2025-05-22",
    "mentions": [
        ("الصين", "CHN"), ("أوزبكستان", "UZB"), ("طشقند", "tashkent"), ("شينخوا", "xinhua"),
        ("بنك التنمية الصيني", "cdb"), ("البنك الوطني لأوزبكستان", "nbu"),
        ("مجموعة الصين لهندسة الطاقة", "energy_china"), ("وزارة الطاقة الأوزبكية", "uz_energy_ministry"),
        ("قشقداريا", "kashkadarya"), ("جمشيد خوجاييف", "jamshid_khodjaev"), ("خوجاييف", "jamshid_khodjaev"),
        ("مجلس الدولة", "state_council"), ("لي كه تشيانغ", "li_keqiang"), ("آسيا الوسطى", "central_asia"),
        ("شيآن", "xian"),
    ],
    "ignore": ["الحزام والطريق", "الأوزبكي", "الأوزبكية", "الصينية", "الصيني", "أيار"],
    "events": [
        ev("g6-loan", "AGREE", participants=["cdb", "nbu"], date="2025-05-22", place="tashkent"),
        ev("g6-solar-investment", "AGREE", participants=["energy_china", "UZB"], date="2025-05-22",
           place="tashkent"),
        ev("g6-trade-hope", "COOPERATE", "hoped", participants=["UZB", "CHN"], persons=["jamshid_khodjaev"]),
        ev("g6-cdb-ready", "COOPERATE", "intended", participants=["cdb", "UZB"]),
        ev("g6-2019-framework", "AGREE", optional=True, participants=["CHN", "UZB"], persons=["li_keqiang"],
           date="2019", place="tashkent"),
        ev("g6-2019-visit", "CONSULT", optional=True, participants=["CHN", "UZB"], persons=["li_keqiang"],
           date="2019", place="tashkent"),
        ev("g6-xian-summit", "CONSULT", optional=True, participants=C6, date="2023-05-18", place="xian"),
    ],
    "roles": [
        ("jamshid_khodjaev", "deputy_head_of_government", "UZB"), ("li_keqiang", "head_of_government", "CHN"),
    ],
}

# Uzbek MFA press page: Saidov (سعيدوڤ) receives Vice Minister Sun Weidong "اليوم" (15 October 2025): REQUEST,
# support, a negated visa agreement, a hope, an agreed next round in Beijing.
G7 = {
    "published": "2025-10-15",
    "mentions": [
        ("وزارة الخارجية لجمهورية أوزبكستان", "uz_mfa"), ("جمهورية أوزبكستان", "UZB"), ("أوزبكستان", "UZB"),
        ("بختيار سعيدوڤ", "bakhtiyor_saidov"), ("سعيدوڤ", "bakhtiyor_saidov"),
        ("جمهورية الصين الشعبية", "CHN"), ("الصين", "CHN"), ("طشقند", "tashkent"),
        ("سون وي دونغ", "sun_weidong"), ("شوكت ميرزيوييف", "shavkat_mirziyoyev"),
        ("منظمة التجارة العالمية", "wto"), ("قيرغيزستان", "KGZ"), ("بكين", "beijing"),
    ],
    "ignore": ["الصيني", "الأوزبكي"],
    "events": [
        ev("g7-meet", "CONSULT", participants=["UZB", "CHN"], persons=["bakhtiyor_saidov", "sun_weidong"],
           date="2025-10-15", place="tashkent"),
        ev("g7-consultations", "CONSULT", optional=True, participants=["UZB", "CHN"], date="2025-10-15",
           place="tashkent"),
        ev("g7-state-visit-prep", "CONSULT", "intended", optional=True, participants=["UZB", "CHN"],
           persons=["shavkat_mirziyoyev"], date="2026"),
        ev("g7-appreciation", "SUPPORT", sources=["UZB"], targets=["CHN"], persons=["bakhtiyor_saidov"]),
        ev("g7-ask-wto", "REQUEST", sources=["UZB"], targets=["CHN"], persons=["bakhtiyor_saidov"]),
        ev("g7-backs-wto", "SUPPORT", sources=["CHN"], targets=["UZB", "wto"], persons=["sun_weidong"]),
        ev("g7-share-experience", "COOPERATE", "intended", participants=["CHN", "UZB"], persons=["sun_weidong"]),
        ev("g7-railway", "COOPERATE", "intended", optional=True, participants=CKU),
        ev("g7-no-visa-deal", "AGREE", "negated", participants=["UZB", "CHN"]),
        ev("g7-continue-talks", "AGREE", optional=True, participants=["UZB", "CHN"]),
        ev("g7-trade-hope", "COOPERATE", "hoped", participants=["UZB", "CHN"], persons=["bakhtiyor_saidov"]),
        ev("g7-agree-next-round", "AGREE", participants=["UZB", "CHN"], date="2025-10-15", place="tashkent"),
        ev("g7-next-round", "CONSULT", "intended", participants=["UZB", "CHN"], date="2026", place="beijing"),
    ],
    "roles": [
        ("bakhtiyor_saidov", "foreign_minister", "UZB"), ("sun_weidong", "deputy_foreign_minister", "CHN"),
        ("shavkat_mirziyoyev", "head_of_state", "UZB"),
    ],
}

# Al Khaleej: the CKU railway ministers' meeting "مطلع الأسبوع" and Japarov (جباروف) "أمس الأربعاء" (header
# Thursday 15 May 2025); لي تشيانغ in a back-reference; hoped completion, negated tariff agreement.
G8 = {
    "published": "2025-05-15",
    "mentions": [
        ("الصين", "CHN"), ("قرغيزستان", "KGZ"), ("أوزبكستان", "UZB"), ("آسيا الوسطى", "central_asia"),
        ("الخليج", "alkhaleej"), ("بيشكيك", "bishkek"), ("صادر جباروف", "sadyr_japarov"),
        ("جباروف", "sadyr_japarov"), ("الشرق الأوسط", "middle_east"), ("أوروبا", "europe"),
        ("مجلس الدولة", "state_council"), ("لي تشيانغ", "li_qiang"), ("بكين", "beijing"), ("كاشغر", "kashgar"),
        ("شينجيانغ", "xinjiang"), ("أنديجان", "andijan"), ("بنك التصدير والاستيراد الصيني", "exim_china"),
        ("روسيا", "RUS"),
    ],
    "ignore": ["القرغيزي", "القرغيزية", "الصيني"],
    "events": [
        ev("g8-ministers", "CONSULT", participants=CKU, date="2025-05", place="bishkek"),
        ev("g8-protocol", "AGREE", participants=CKU, date="2025-05", place="bishkek"),
        ev("g8-japarov-receives", "CONSULT", participants=CKU, persons=["sadyr_japarov"], date="2025-05-14",
           place="bishkek"),
        ev("g8-praise", "SUPPORT", sources=["KGZ"], targets=["CHN"], persons=["sadyr_japarov"]),
        ev("g8-li-qiang", "CONSULT", optional=True, participants=["KGZ", "CHN"],
           persons=["sadyr_japarov", "li_qiang"], date="2025-02", place="beijing", story="kg-cn-japarov-visit-2025"),
        ev("g8-cn-tech-support", "AID", "intended", optional=True, sources=["CHN"], targets=["KGZ"]),
        ev("g8-hope", "COOPERATE", "hoped", participants=CKU),
        ev("g8-no-tariff", "AGREE", "negated", participants=CKU),
        ev("g8-exim", "AID", optional=True, sources=["exim_china"], targets=["KGZ"]),
    ],
    "roles": [("sadyr_japarov", "head_of_state", "KGZ"), ("li_qiang", "head_of_government", "CHN")],
}

SPEC = {
    "entities": ENTITIES,
    "documents": {
        "g1.txt": G1, "g2.txt": G2, "g3.txt": G3, "g4.txt": G4,
        "g5.txt": G5, "g6.txt": G6, "g7.txt": G7, "g8.txt": G8,
    },
}
