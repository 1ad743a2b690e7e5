import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _mentions(kb, text):
    return {(m.text, m.type) for m in recognize(article(text), kb).mentions}


@pytest.mark.parametrize("text, surface, actor", [
    ("وقعت الصين وكازاخستان اتفاقية للتعاون الاقتصادي.", "كازاخستان", "country/KAZ"),
    ("قدمت بكين دعما للصين وشركائها.", "لصين", "country/CHN"),  # li + al-: span from the second lam
    ("وصل الوفد بأفغانستان أمس.", "أفغانستان", "country/AFG"),
    ("ستوفر الصين فرصا جديدة لآسيا الوسطى والعالم.", "آسيا الوسطى", "place/central_asia"),
    ("وتعارض التدخل في شؤون آسيا الوسطى والصين.", "الصين", "country/CHN"),
])
def test_gazetteer_finds_a_name_inside_a_clitic_prefixed_word(kb, text, surface, actor) -> None:
    rec = recognize(article(text), kb)
    hit = [m for m in rec.mentions if m.text == surface]
    assert hit and hit[0].actor == actor
    assert text[hit[0].start:hit[0].end] == surface


def test_longest_gazetteer_name_wins(kb) -> None:
    found = _mentions(kb, "وفي إطار منظمة شنغهاي للتعاون اجتمع الوزراء.")
    assert ("منظمة شنغهاي للتعاون", "ORG") in found


def test_nisba_is_an_adjective_linked_to_its_country_not_a_mention(kb) -> None:
    text = "التقى الرئيس الصيني نظيره القازاقي والأوزبكي في العاصمة."
    rec = recognize(article(text), kb)
    adjectives = {(a.text, a.actor) for a in rec.adjectives}
    assert ("الصيني", "country/CHN") in adjectives
    assert ("القازاقي", "country/KAZ") in adjectives
    assert any(a.actor == "country/UZB" for a in rec.adjectives)
    assert not any(m.text in ("الصيني", "القازاقي") for m in rec.mentions)


TITLES = [
    ("أكد وزير الخارجية الأوزبكي بختيار سعيدوف أن بلاده مستعدة للتعاون.", "بختيار سعيدوف",
     {("foreign_minister", "UZB")}),
    ("حضر الاجتماع نائب رئيس الوزراء ووزير الخارجية القازاقي مراد نورتلو، وعدد من المسؤولين.", "مراد نورتلو",
     {("deputy_head_of_government", "KAZ"), ("foreign_minister", "KAZ")}),
    ("وشارك القائم بأعمال وزير الخارجية الأوزبكي فلاديمير نوروف في الجلسة.", "فلاديمير نوروف",
     {("foreign_minister", "UZB")}),
    ("وحضر أيضا والنائب الأول لوزير خارجية تركمانستان فيبا حاجييف.", "فيبا حاجييف",
     {("deputy_foreign_minister", "TKM")}),
    ("والتقى وزير خارجية قيرغيزستان كولوبييف زينبك مولدوكانوفيتش بنظيره.", "كولوبييف زينبك مولدوكانوفيتش",
     {("foreign_minister", "KGZ")}),
    ("أجرى عضو مجلس الدولة وزير الخارجية الصيني وانغ يي اليوم محادثات.", "وانغ يي", {("foreign_minister", "CHN")}),
    ("استقبل الرئيس الكازاخستاني قاسم توكاييف يوم الثلاثاء الوفد.", "قاسم توكاييف", {("head_of_state", "KAZ")}),
    ("وقال وزير النقل الطاجيكي عظيم إبراهيم إن المشروع سيكتمل.", "عظيم إبراهيم", {("minister", "TJK")}),
    ("وصرح السفير الصيني لي هوي لدى كازاخستان بأن العلاقات قوية.", "لي هوي", {("ambassador", "CHN")}),
    ("وقام الرئيس فلاديمير بوتين بزيارة إلى الصين.", "فلاديمير بوتين", {("head_of_state", None)}),
    ("وقال رئيس الوزراء الروسي ميخائيل ميشوستين خلال المنتدى إن التجارة نمت.", "ميخائيل ميشوستين",
     {("head_of_government", "RUS")}),
    ("واجتمع وزير الخارجية لكازاخستان مختار تليوبيردي مع نظيره.", "مختار تليوبيردي", {("foreign_minister", "KAZ")}),
    # the title's last word starts the country's long name (رئيس جمهورية + جمهورية كازاخستان); hyphenated name
    ("عقد رئيس جمهورية كازاخستان قاسم-جومارت توقاييف محادثات.", "قاسم-جومارت توقاييف", {("head_of_state", "KAZ")}),
    ("عقد رئيس جمهورية الصين الشعبية شي جينبينغ محادثات.", "شي جينبينغ", {("head_of_state", "CHN")}),
    # a name ends where و + the next person's title begins
    ("عقد رئيس جمهورية الصين الشعبية شي جينبينغ ورئيس جمهورية كازاخستان توقاييف محادثات.", "شي جينبينغ",
     {("head_of_state", "CHN")}),
    ("ترأس وزير الخارجية الصيني وانغ يي ونائب رئيس الوزراء الكازاخستاني مراد نورتليو الاجتماع.", "وانغ يي",
     {("foreign_minister", "CHN")}),
    ("وحضر وزير الخارجية القرغيزي جينبيك كولوبايف ووزير الخارجية الطاجيكي سراج الدين مهر الدين.",
     "جينبيك كولوبايف", {("foreign_minister", "KGZ")}),
    # a counterpart holds the office of the titled person before it; the name ends before a common noun (سبل)
    ("بحث وزير الخارجية الصيني تشين قانغ مع نظيره القرغيزي جينبيك كولوباييف سبل التعاون.", "جينبيك كولوباييف",
     {("foreign_minister", "KGZ")}),
    ("التقى الرئيس الصيني شي جين بينغ نظيرته السنغافورية حليمة يعقوب في بكين.", "حليمة يعقوب",
     {("head_of_state", "SGP")}),
    # عبد/أبو + a definite word is still the name
    ("التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره.", "حسين أمير عبد اللهيان",
     {("foreign_minister", "IRN")}),
    # an organisation or one institution word after the title
    ("وقال الأمين العام لمنظمة شنغهاي للتعاون تشانغ مينغ إن الاجتماع مهم.", "تشانغ مينغ", {("other", None)}),
    ("وقال الأمين العام للمنظمة تشانغ مينغ، في تصريح صحفي، إن الاجتماع مهم.", "تشانغ مينغ", {("other", None)}),
    # an envoy's host country and honorifics stand between the title and the name; lineage links are not counted
    ("وحضر التوقيع السفير الصيني لدى طاجيكستان تشو ين، بحسب بيان.", "تشو ين", {("ambassador", "CHN")}),
    ("واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الصيني.", "تميم بن حمد آل ثاني", {("head_of_state", "QAT")}),
    ("التقى رئيس مجلس الشعب التركمانستاني قربانقولي بيردي محمدوف اليوم.", "قربانقولي بيردي محمدوف",
     {("other", "TKM")}),
    ("وقال وزير الخارجية الصيني، وانغ يي، إن بلاده مستعدة.", "وانغ يي", {("foreign_minister", "CHN")}),
    ("والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الصيني.", "جورجيا ميلوني", {("head_of_government", "ITA")}),
    ("وقالت المتحدثة باسم الخارجية الصينية ماو نينغ إن.", "ماو نينغ", {("other", "CHN")}),
    # the head of a body, not of a state; a common word (صادر) that opens a name when a name word follows
    ("ووقع عن الجانب الصيني رئيس اللجنة الوطنية للتنمية والإصلاح تشنغ شان جيه.", "تشنغ شان جيه", {("other", "CHN")}),
    ("وكان الرئيس صادر جباروف قد وصف المشروع.", "صادر جباروف", {("head_of_state", None)}),
    # the title after the name (apposition), marked by an honorific or a comma; جمهورية before a short name
    ("أجرى السيد جينبيك كولوباييف وزير خارجية جمهورية قرغيزستان، اتصالا هاتفيا.", "جينبيك كولوباييف",
     {("foreign_minister", "KGZ")}),
    ("وقال جينبيك كولوباييف، وزير خارجية قرغيزستان، إن.", "جينبيك كولوباييف", {("foreign_minister", "KGZ")}),
    ("وأجرى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني مدير مكتب لجنة الشؤون الخارجية وانغ يي محادثات.",
     "وانغ يي", {("other", "CHN")}),
    # a portfolio of a noun governing a definite noun; the first deputy of a head of government
    ("وتسلم وزير حالات الطوارئ القرغيزي بوبيك أجيكييف الشحنة.", "بوبيك أجيكييف", {("minister", "KGZ")}),
    ("التقى النائب الأول لرئيس مجلس الدولة لجمهورية الصين الشعبية دينغ شيويه شيانغ بالرئيس.", "دينغ شيويه شيانغ",
     {("deputy_head_of_government", "CHN")}),
    # a company's chairman, its acronym in parentheses between the company and the name
    ("بحث الرئيس مع رئيس مجلس إدارة مؤسسة البترول الوطنية الصينية (سي إن بي سي) داي هوليانغ التعاون.", "داي هوليانغ",
     {("other", "CHN")}),
]


@pytest.mark.parametrize("title", ["الرئيسان", "وأكد الرئيسان", "بحضور الرئيسين"])
def test_a_dual_title_names_two_people_each_after_a_nisba(kb, title) -> None:
    text = f"{title} الكازاخستاني قاسم جومارت توكاييف والأوزبكي شوكت ميرضيائيف أهمية التعاون."
    rec = recognize(article(text), kb)
    got = {(text[t.person_start:t.person_end], t.role_class, t.country) for t in rec.titles}
    assert got == {("قاسم جومارت توكاييف", "head_of_state", "KAZ"), ("شوكت ميرضيائيف", "head_of_state", "UZB")}


def test_a_dual_title_without_nisbas_introduces_no_name(kb) -> None:
    rec = recognize(article("وأكد الرئيسان شي جين بينغ وتوكاييف أهمية التعاون."), kb)
    assert not rec.titles  # two names joined by و would be read as one


@pytest.mark.parametrize("text, name, roles", TITLES)
def test_title_introduces_a_person_with_role_and_country(kb, text, name, roles) -> None:
    rec = recognize(article(text), kb)
    got = {(t.role_class, t.country) for t in rec.titles if text[t.person_start:t.person_end] == name}
    assert got == roles
    assert (name, "PER") in {(m.text, m.type) for m in rec.mentions}


def test_one_title_shared_by_a_list_of_nisba_and_name_pairs(kb) -> None:
    text = ("بحضور الرئيس الكازاخستاني قاسم توكاييف، والأوزبكي شوكت ميرضيايف، والطاجيكي إمام علي رحمان، "
            "والقرغيزي صدير جاباروف، وذلك في العاصمة.")
    rec = recognize(article(text), kb)
    got = {(text[t.person_start:t.person_end], t.country) for t in rec.titles}
    assert got == {("قاسم توكاييف", "KAZ"), ("شوكت ميرضيايف", "UZB"), ("إمام علي رحمان", "TJK"),
                   ("صدير جاباروف", "KGZ")}


@pytest.mark.parametrize("text", [
    "وأكد الرئيس الصيني أن العالم يمر بمرحلة جديدة.",
    "وأشار وزراء خارجية الدول الخمس إلى أهمية التعاون.",
    "وقال وزير الخارجية الصيني إن بلاده مستعدة.",
    "وزار الرئيس مدينة شي آن التاريخية.",  # a place noun after a title is no name
    "وقال وزير الخارجية الصيني، إن بلاده مستعدة.",
    "وزار وزير الخارجية الصيني كازاخستان وأوزبكستان.",  # places after a title: the places visited
    "وزار الرئيس الصيني روسيا مؤخرا.",
    "وهي الرسائل التي حاول الرئيس توجيهها إليهم بالأمس.",  # a bare title before a pronoun-suffixed noun
    "ولم يتخذ الملك احتياطاتٍ خاصة أثناء هروبه.",  # tanween: no name
    "وأيد الرئيس الأميركي منح الأوروبيين مزيدا من الوقت.",  # a common word after the title: the verb's object
])
def test_title_without_a_name_yields_no_person(kb, text) -> None:
    rec = recognize(article(text), kb)
    assert not rec.titles
    assert not [m for m in rec.mentions if m.type == "PER"]


@pytest.mark.parametrize("later", ["وقال وانغ إن", "ورفض وانغ الهيمنة", "وأضاف وانغ أن"])
def test_surname_alone_later_in_the_article_is_a_person_alias(kb, later) -> None:
    text = f"التقى وزير الخارجية الصيني وانغ يي نظيره الروسي. {later} الصين مستعدة."
    rec = recognize(article(text), kb)
    aliases = [m for m in rec.mentions if m.source == "alias"]
    assert [m.text for m in aliases] == ["وانغ"]


def test_surname_before_a_particle_is_the_person_not_a_two_word_place(kb) -> None:
    """شي آن (Xi'an) folds like شي إن: after Xi was introduced, وقال شي إن is Xi and the particle إن."""
    text = "التقى الرئيس الصيني شي جين بينغ نظيره. وقال شي إن الصين مستعدة. وسيزور شي آن الشهر المقبل."
    rec = recognize(article(text), kb)
    found = [(m.text, m.type) for m in rec.mentions]
    assert ("شي", "PER") in found
    assert ("شي إن", "GPE") not in found
    assert ("شي آن", "GPE") in found


def test_a_counterpart_of_no_named_office_gives_no_title(kb) -> None:
    """نظيره takes its office from a titled person before it; with none, it vouches for nothing."""
    rec = recognize(article("وبحث الوفد مع نظيره القرغيزي جينبيك كولوباييف سبل التعاون."), kb)
    assert not rec.titles


def test_a_place_word_that_starts_a_titled_name_is_not_also_a_place(kb) -> None:
    text = "والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الصيني في جورجيا."
    found = [(m.text, m.type, m.start) for m in recognize(article(text), kb).mentions]
    assert [f for f in found if f[0] == "جورجيا"] == [("جورجيا", "GPE", text.rindex("جورجيا"))]


@pytest.mark.parametrize("text", [
    "واستقبل بوتين وزير الخارجية الصيني في الكرملين.",  # Putin received the minister: no apposition
    "قالت المتحدثة باسم هارلي-ديفيدسون إن الجداول تغيرت.",  # a spokesperson of no known organisation
])
def test_no_title_hit_where_the_name_slot_holds_no_holder(kb, text) -> None:
    assert not recognize(article(text), kb).titles
