"""Clause-level readings: what a condemnation's object is, who an elided subject is, which clause a date or
place belongs to."""
from __future__ import annotations

import pytest


def countries(ids) -> set[str]:
    return {a.split("/", 1)[1] for a in ids if a.startswith("country/")}


@pytest.mark.parametrize("text,hostile", [
    ("وأدانت كازاخستان الهجوم الإرهابي.", "ASSAULT"),
    ("وقال إن الصين تعارض بشدة فرض العقوبات الأحادية.", "SANCTION"),
    ("وندد لافروف بالقصف الذي استهدف المنشآت المدنية.", "ASSAULT"),
    ("ورفضت روسيا الاتهامات الغربية بالتدخل.", "ACCUSE"),
])
def test_condemned_act_is_not_an_event_of_the_condemner(run, text, hostile):
    events = run(text)
    assert "REJECT" in {e.type for e in events}
    assert hostile not in {e.type for e in events}


def test_hostile_act_in_its_own_clause_stays(run):
    events = run("ورفضت روسيا الاتهامات، وفرضت عقوبات على شركات بيلاروسية.")
    assert {"REJECT", "SANCTION"} <= {e.type for e in events}


@pytest.mark.parametrize("text,etype", [
    ("وقال وانغ يي إن الصين ستعمل مع كازاخستان على إنجاح القمة، وإنها تعارض بشدة أي تدخل خارجي.", "REJECT"),
    ("وأكد لي تشيانغ أن الصين ستتعاون مع قيرغيزستان في مجال الطاقة، وأنها تدعم استقلالها.", "SUPPORT"),
])
def test_elided_subject_is_the_previous_clauses_subject_not_its_partners(run, text, etype):
    e = next(e for e in run(text) if e.type == etype)
    assert countries(e.sources) == {"CHN"}


@pytest.mark.parametrize("text,etype", [
    ("وقال وانغ يي إن الصين ستعمل مع كازاخستان على إنجاح القمة المقرر عقدها في سمرقند في يونيو المقبل، "
     "وإنها تعارض بشدة أي تدخل خارجي.", "REJECT"),
    ("ستستضيف الصين القمة في ألماتي في مارس المقبل، بينما رفضت روسيا العقوبات.", "REJECT"),
])
def test_date_and_place_do_not_cross_into_the_next_clause(run, text, etype):
    e = next(e for e in run(text, "2024-05-22") if e.type == etype)
    assert e.place not in ("place/samarkand", "place/almaty")
    assert e.date != "2024-06" and e.date != "2025-03" and e.date != "2024-03"


@pytest.mark.parametrize("text,date", [
    ("أستانا 21 مايو 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي أمس مع توكاييف.", "2024-05-20"),
    ("أستانا 21 مايو 2024 (شينخوا) التقى وانغ يي مساء أمس مع توكاييف.", "2024-05-20"),
    ("أستانا 21 مايو 2024 (شينخوا) التقى وانغ يي أول أمس مع توكاييف.", "2024-05-19"),
    ("أستانا 21 مايو 2024 (شينخوا) التقى وانغ يي يوم الاثنين مع توكاييف.", "2024-05-20"),
    ("أستانا 21 مايو 2024 (شينخوا) التقى وانغ يي اليوم مع توكاييف.", "2024-05-21"),
    ("أستانا 21 مايو 2024 (شينخوا) التقى وانغ يي مع توكاييف.", "2024-05-21"),
])
def test_relative_cue_beats_the_datelines_own_date(run, text, date):
    e = next(e for e in run(text, None) if e.type == "CONSULT")
    assert e.date == date


@pytest.mark.parametrize("text,date", [
    ("وتعقد الصين وكازاخستان محادثات يومي 20 و21 مايو الجاري.", "2024-05-20"),
    ("وتعقد الصين وكازاخستان محادثات في الفترة من 20 إلى 22 مايو.", "2024-05-20"),
    ("وعقدت الصين وكازاخستان محادثات يومي 20-21 مايو 2024.", "2024-05-20"),
])
def test_a_day_range_dates_the_event_on_its_first_day(run, text, date):
    e = next(e for e in run(text, "2024-05-12") if e.type == "CONSULT")
    assert e.date == date


@pytest.mark.parametrize("text,etype", [
    ("ومن المقرر أن يزور الرئيس توكاييف الصين الشهر المقبل.", "CONSULT"),
    ("ومن المقرر أن تعقد الصين وكازاخستان محادثات في بكين.", "CONSULT"),
    ("ومن المتوقع أن توقع الصين وأوزبكستان اتفاقية للتجارة الحرة.", "AGREE"),
    ("والتقى وانغ يي مع لافروف قبيل انعقاد قمة منظمة شنغهاي للتعاون.", "CONSULT"),
    ("وقال إن الصين مستعدة للعمل مع طاجيكستان لتعزيز التعاون في مجال الطاقة.", "COOPERATE"),
])
def test_planned_events_are_intended(run, text, etype):
    found = [e for e in run(text) if e.type == etype]
    assert found and found[-1].status == "intended"


def test_meeting_before_a_summit_is_itself_asserted(run):
    e = next(e for e in run("والتقى وانغ يي مع لافروف قبيل انعقاد القمة.") if e.type == "CONSULT")
    assert e.status == "asserted" and countries(e.participants) == {"CHN", "RUS"}


@pytest.mark.parametrize("text,source,targets", [
    ("وانتقدت روسيا العقوبات الغربية، واتهمت الصين وكازاخستان بالتقصير في تنفيذ الاتفاق.", "RUS", {"CHN", "KAZ"}),
    ("ورفضت الصين الاتهامات، واتهمت روسيا بالتدخل في شؤونها.", "CHN", {"RUS"}),
    ("وأدانت كازاخستان الهجوم، وطالبت قيرغيزستان بتسليم المسؤولين عنه.", "KAZ", {"KGZ"}),
])
def test_coordinated_verb_with_a_bi_complement_takes_its_group_as_object(run, text, source, targets):
    e = next(e for e in run(text) if e.type in ("ACCUSE", "REQUEST") and e.targets)
    assert countries(e.sources) == {source} and countries(e.targets) == targets


def test_sentence_initial_verb_keeps_its_subject(run):
    e = next(e for e in run("واتهمت روسيا بيلاروس بالتقصير.") if e.type == "ACCUSE")
    assert countries(e.sources) == {"RUS"} and countries(e.targets) == {"BLR"}


def test_the_organisation_refers_back_to_the_one_named(run):
    text = "عقدت منظمة شنغهاي للتعاون اجتماعا في بكين. وانتقدت روسيا توسيع المنظمة."
    e = next(e for e in run(text) if e.type == "ACCUSE")
    assert "org/sco" in e.targets


@pytest.mark.parametrize("text,extra,absent", [
    # a trigger word inside a name: صادر (confiscated) in صادر جباروف, تعاون in منظمة شنغهاي للتعاون
    ("كما بحث الجانبان التحضيرات لزيارة الرئيس القرغيزي صادر جباروف إلى الدوحة.",
     ("صادر جباروف", "person/sadyr_japarov"), "COERCE"),
    ("وشارك وانغ يي في اجتماع منظمة شنغهاي للتعاون في أستانا.", ("منظمة شنغهاي للتعاون", "org/sco"), "COOPERATE"),
])
def test_a_trigger_word_inside_a_name_is_no_trigger(run, text, extra, absent):
    from silkwire.models import Mention
    start = text.index(extra[0])
    m = Mention("d", start, start + len(extra[0]), extra[0], "PER", extra[1])
    assert absent not in {e.type for e in run(text, extra=[m])}


@pytest.mark.parametrize("text", [
    "اجتمع وزراء خارجية الصين وكازاخستان وقيرغيزستان في أستانا. ولم يتوصل الاجتماع إلى اتفاق بشأن إنشاء بنك.",
    "عقدت الصين وكازاخستان وأوزبكستان قمة في سمرقند. ولم تتوصل القمة إلى اتفاق حول الرسوم.",
])
def test_meeting_noun_as_subject_gives_the_meetings_parties(run, text):
    events = [e for e in run(text) if e.status == "negated"]
    assert [e.type for e in events] == ["AGREE"]
    assert len(countries(events[0].participants)) == 3


@pytest.mark.parametrize("text", [
    "فيما طالب رحمن بتعزيز التنسيق الأمني على الحدود مع أفغانستان.",
    "وطالبت كازاخستان بتوسيع التعاون مع الصين في مجال المياه.",
])
def test_what_a_request_asks_for_is_not_an_event(run, text):
    events = run(text)
    assert "REQUEST" in {e.type for e in events} and "COOPERATE" not in {e.type for e in events}


@pytest.mark.parametrize("text", [
    "وانتقدت منظمات حقوقية غربية القرض، وحذرت من أن طاجيكستان قد تضطر للتنازل عن أراض للصين.",
    "وتعارض بحزم أي تدخل خارجي في الشؤون الداخلية لدول آسيا الوسطى.",
])
def test_a_party_after_a_comma_complementiser_or_preposition_is_no_subject(run, text):
    for e in run(text, None):
        assert not ({"TJK", "KAZ", "UZB"} & countries(e.sources))


def test_a_named_pair_is_not_widened_by_a_region_in_the_object(run):
    text = "وكانت الصين وتركمانستان قد اتفقتا العام الماضي على زيادة إمدادات الغاز عبر خط أنابيب آسيا الوسطى."
    e = next(e for e in run(text) if e.type == "AGREE")
    assert countries(e.participants) == {"CHN", "TKM"}


@pytest.mark.parametrize("text,published", [
    ("وقال المتحدث إن أستانا تستضيف يوم 20 مايو 2024 قمة الصين ودول آسيا الوسطى.", "2024-05-12"),
    ("وتعقد الصين وكازاخستان محادثات يومي 20 و21 مايو الجاري.", "2024-05-12"),
])
def test_an_event_dated_after_the_report_is_intended(run, text, published):
    e = next(e for e in run(text, published) if e.type == "CONSULT")
    assert e.status == "intended" and e.date == "2024-05-20"


@pytest.mark.parametrize("text", [
    "بكين تستضيف محادثات مع وزراء خارجية آسيا الوسطى",
    "وتستضيف الصين قمة مع قادة دول آسيا الوسطى في شيآن.",
])
def test_host_and_talks_are_one_event(run, text):
    talks = [e for e in run(text) if e.type == "CONSULT"]
    assert len(talks) == 1
    assert countries(talks[0].participants) == {"CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"}


@pytest.mark.parametrize("text", [
    "سمرقند 15 سبتمبر 2022 (شينخوا) واتفق الجانبان الصيني والأوزبكي على فتح قنصلية عامة جديدة في ألماتي.",
    "سمرقند 15 سبتمبر 2022 (شينخوا) واتفقت الصين وأوزبكستان بشأن إنشاء مركز ثقافي في ألماتي.",
])
def test_a_city_inside_what_was_agreed_is_not_where_it_was_agreed(run, text):
    e = next(e for e in run(text, "2022-09-15", dateline="سمرقند") if e.type == "AGREE")
    assert e.place == "place/samarkand"


@pytest.mark.parametrize("text,dated", [
    ("اجتمع وزراء خارجية الصين وكازاخستان وقيرغيزستان اليوم. ولم يتوصل الاجتماع إلى اتفاق بشأن إنشاء بنك.", True),
    ("اجتمع وزراء خارجية الصين وكازاخستان اليوم. ولم تتفق الصين وكازاخستان على الرسوم.", True),
    ("اجتمع وزراء خارجية الصين وكازاخستان اليوم. ولن توقع الصين وكازاخستان أي اتفاق.", False),
])
def test_what_did_not_happen_is_dated_what_will_not_is_not(run, text, dated):
    e = next(e for e in run(text, "2024-05-22") if e.status == "negated")
    assert (e.date == "2024-05-22") is dated


@pytest.mark.parametrize("text,date", [
    ("وقعت الصين وكازاخستان اتفاقية في 10 أبريل (نيسان) 2007.", "2007-04-10"),
    ("وقعت الصين وكازاخستان اتفاقية في 19 يوليو (تموز) الماضي.", "2023-07-19"),
    ("وقعت الصين وكازاخستان اتفاقية في 3 مارس / آذار 2003.", "2003-03-03"),
    ("وقعت الصين وكازاخستان اتفاقية في شهر يوليو (تموز) الماضي.", "2023-07"),
])
def test_month_alias_and_last_attach_to_the_date(run, text, date):
    e = run(text, "2024-05-22")[0]
    assert e.date == date and e.status == "asserted"


def test_a_past_verb_stays_asserted_whatever_its_date(run):
    e = run("وقعت الصين وكازاخستان اتفاقية في 31 أكتوبر.", "2024-05-22")[0]
    assert e.status == "asserted"
