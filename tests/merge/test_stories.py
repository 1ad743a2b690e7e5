"""Stories across outlets: blocking → scoring → constrained clustering, batch and incremental."""
from __future__ import annotations

import itertools

import pytest
from tests.merge.conftest import C5, Doc, docs_meta, partition

from silkwire.merge import MergeConfig, StoryIndex, assign_stories, attach, build_stories, score
from silkwire.merge.profile import profile_of


def story_of(stories, event_id: str):
    return next(s for s in stories if any(m.event == event_id for m in s.members))


# Other outlets' wordings of "Qin Gang met the Kazakh foreign minister in Xi'an".
PARAPHRASES = [
    "التقى وزير الخارجية الصيني تشين جانج نظيره الكازاخستاني مراد نورتليو في مدينة شيان الصينية أمس الأربعاء.",
    "بحث وزير الخارجية الصيني تشين كانغ مع نظيره القازاقي مراد نورتليو في شيآن العلاقات الثنائية.",
    "عقد تشين قانغ جلسة مباحثات مع وزير خارجية كازاخستان مراد نورتلئو بمدينة شيان شمال غربي الصين.",
]


@pytest.mark.parametrize("sentence", PARAPHRASES)
@pytest.mark.parametrize("known", ["all", "no_persons", "no_date", "no_place"])
def test_two_outlets_reporting_one_meeting_merge_into_one_story(xian_reports, sentence, known):
    a, _ = xian_reports
    c = Doc("Al Ain", "2023-04-27", [sentence])
    kw = {"persons": ("person/qin_gang", "person/murat_nurtleu"), "date": "2023-04-26", "place": "place/xian"}
    kw.pop({"no_persons": "persons", "no_date": "date", "no_place": "place"}.get(known, ""), None)
    ev = c.event(0, "CONSULT", participants=("country/CHN", "country/KAZ"), **kw)
    stories, _ = build_stories(a.events + c.events, docs_meta(a, c))
    story = story_of(stories, ev.id)
    assert {m.event for m in story.members} == {a.events[0].id, ev.id}
    assert story.outlets == ("Al Ain", "Xinhua")


def test_talks_with_different_counterparts_at_one_meeting_stay_separate_stories(xian_reports):
    a, b = xian_reports
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b))
    kaz = story_of(stories, a.events[0].id)
    kgz = story_of(stories, a.events[1].id)
    assert kaz.id != kgz.id
    assert {m.event for m in kaz.members} == {a.events[0].id, b.events[0].id}
    assert {m.event for m in kgz.members} == {a.events[1].id, b.events[1].id}
    assert kaz.participants == ("country/CHN", "country/KAZ")


def test_separate_bilateral_talks_stay_apart_even_with_one_shared_minister_and_template():
    d = Doc("Xinhua", "2024-05-21", [
        "أستانا 20 مايو 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي مع وزير الخارجية الروسي سيرغي لافروف.",
        "والتقى وانغ يي مع وزير الخارجية القرغيزي جينبيك كولوباييف على هامش اجتماع مجلس وزراء خارجية "
        "منظمة شانغهاي للتعاون.",
    ])
    e = Doc("RT Arabic", "2024-05-20", [
        "التقى وزير الخارجية الصيني وانغ يي بنظيره القرغيزي جينبيك كولوبايف في أستانا.",
    ])
    common = {"date": "2024-05-20", "place": "place/astana"}
    ru = d.event(0, "CONSULT", participants=("country/CHN", "country/RUS"),
                 persons=("person/wang_yi", "person/sergey_lavrov"), **common)
    kg = d.event(1, "CONSULT", participants=("country/CHN", "country/KGZ"),
                 persons=("person/wang_yi", "person/zheenbek_kulubaev"), **common)
    kg2 = e.event(0, "CONSULT", participants=("country/CHN", "country/KGZ"), persons=("person/wang_yi",), **common)
    stories, _ = build_stories(d.events + e.events, docs_meta(d, e))
    assert partition(stories) == {frozenset({ru.id}), frozenset({kg.id, kg2.id})}


def test_events_of_one_document_never_share_a_story_even_through_a_bridge():
    """A report naming only China's minister matches both of another article's talks; it may join one."""
    a = Doc("Xinhua", "2023-04-27", [
        "أجرى وزير الخارجية الصيني تشين قانغ محادثات مع وزير الخارجية القازاقستاني مراد نورتلو في شيآن.",
        "كما التقى تشين قانغ الرئيس القازاقستاني قاسم جومارت توكاييف في شيآن.",
    ])
    b = Doc("Al Ain", "2023-04-27", ["التقى وزير الخارجية الصيني تشين قانغ مسؤولين من كازاخستان في شيان."])
    common = {"date": "2023-04-26", "place": "place/xian", "participants": ("country/CHN", "country/KAZ")}
    a.event(0, "CONSULT", persons=("person/qin_gang", "person/murat_nurtleu"), **common)
    a.event(1, "CONSULT", persons=("person/qin_gang", "person/kassym_jomart_tokayev"), **common)
    b.event(0, "CONSULT", persons=("person/qin_gang",), **common)
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b), MergeConfig(threshold=0.5))
    for s in stories:
        docs = [m.document for m in s.members]
        assert len(docs) == len(set(docs))
    assert len(stories) == 2


LEAD = "أجرى وزير الخارجية الصيني تشين قانغ محادثات مع نظيره القازاقستاني مراد نورتلو في شيآن يوم الأربعاء."
CN_KZ_TALKS = {"participants": ("country/CHN", "country/KAZ"), "persons": ("person/qin_gang", "person/murat_nurtleu"),
               "date": "2023-04-26", "place": "place/xian"}


@pytest.mark.parametrize(("sentences", "second", "part"), [
    ([LEAD, "وقال تشين إن الصين مستعدة لتعزيز التعاون."], 0, "محادثات مع نظيره القازاقستاني مراد نورتلو"),
    ([LEAD, "وتناولت المحادثات التعاون الثنائي.", "وكان " + LEAD[:-1] + " الماضي."], 2, None),
], ids=["overlapping clause", "lead restated"])
def test_a_statement_repeated_in_one_document_joins_one_story(sentences, second, part):
    d = Doc("Xinhua", "2023-04-27", sentences)
    d.event(0, "CONSULT", **CN_KZ_TALKS)
    d.event(second, "CONSULT", part=part, **CN_KZ_TALKS)
    stories, _ = build_stories(d.events, docs_meta(d))
    assert len(stories) == 1


@pytest.mark.parametrize("claims", [
    ("وأشاد وزراء خارجية دول آسيا الوسطى بمبادرة الحزام والطريق التي طرحتها الصين.",
     "كما أعرب الوزراء عن شكرهم للجانب الصيني على حسن التنظيم والضيافة."),
    ("وأكد الجانبان استعدادهما لتعزيز التعاون في إطار منظمة شانغهاي.",
     "وأكد الجانبان كذلك استعدادهما لتعزيز التعاون في مجال مكافحة الإرهاب."),
], ids=["praise vs thanks", "one template, two claims"])
def test_distinct_claims_of_one_document_with_equal_fields_stay_apart(claims):
    """Equal structured fields are not enough inside one article: its distinct sentences are distinct claims."""
    d = Doc("Xinhua", "2022-06-09", list(claims))
    for k in range(2):
        d.event(k, "SUPPORT", sources=C5, targets=("country/CHN",), date="2022-06-08")
    stories, _ = build_stories(d.events, docs_meta(d))
    assert len(stories) == 2


def test_story_record_takes_earliest_publication_as_first_report(xian_reports):
    a, b = xian_reports
    late = Doc("Al Ain", "2023-04-29", ["أفادت تقارير بأن وزيري خارجية الصين وكازاخستان التقيا في شيان الأربعاء."])
    late.event(0, "CONSULT", participants=("country/CHN", "country/KAZ"), date="2023-04-26", place="place/xian")
    stories, _ = build_stories(late.events + b.events + a.events, docs_meta(a, b, late))
    story = story_of(stories, late.events[0].id)
    assert story.first_document in {a.id, b.id}
    assert story.members[-1].document == late.id
    assert story.n_outlets == 3
    assert (story.type, story.date, story.place, story.meeting) == ("CONSULT", "2023-04-26", "place/xian",
                                                                     "ccas-fm-4")
    assert story.persons == ("person/murat_nurtleu", "person/qin_gang")
    assert story.to_story().members == tuple(m.event for m in story.members)


def test_story_ids_do_not_depend_on_input_order(xian_reports):
    a, b = xian_reports
    events = a.events + b.events
    ids = [sorted(s.id for s in build_stories(order, docs_meta(a, b))[0]) for order in (events, events[::-1])]
    assert ids[0] == ids[1]


def _multi_doc_events() -> tuple[list[Doc], dict]:
    """Five outlets on one multilateral meeting plus bilateral talks, in arrival order."""
    docs = []
    for k, (outlet, sentence) in enumerate([
        ("Xinhua", "عقد وزراء خارجية الصين ودول آسيا الوسطى الخمس اجتماعهم الرابع في مدينة شيآن."),
        ("Al Ain", "اجتمع وزراء خارجية الصين وكازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان في شيان."),
        ("RT Arabic", "انطلق في شيان الاجتماع الرابع لوزراء خارجية الصين وآسيا الوسطى بمشاركة ست دول."),
        ("Sputnik", "التقى وزير الخارجية الصيني تشين قانغ نظيره الطاجيكي سراج الدين مهر الدين في شيآن."),
        ("CGTN Arabic", "بحث تشين قانغ مع وزير خارجية طاجيكستان سراج الدين محيي الدين التعاون في شيان."),
    ]):
        d = Doc(outlet, "2023-04-27", [sentence])
        if k < 3:
            d.event(0, "CONSULT", participants=("country/CHN", *C5), date="2023-04-27", place="place/xian")
        else:
            d.event(0, "CONSULT", participants=("country/CHN", "country/TJK"), date="2023-04-26",
                    persons=("person/qin_gang", "person/sirojiddin_muhriddin"))
        docs.append(d)
    return docs, docs_meta(*docs)


@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::17])
def test_attaching_documents_one_by_one_equals_the_batch(order):
    docs, meta = _multi_doc_events()
    batch, _ = build_stories([e for d in docs for e in d.events], meta)
    index = StoryIndex()
    for k in order:
        attach(docs[k].events, index, meta)
    assert {(s.id, frozenset(m.event for m in s.members)) for s in index.stories()} == \
           {(s.id, frozenset(m.event for m in s.members)) for s in batch}
    assert len(batch) == 2


def test_attach_reports_the_story_each_new_event_joined(xian_reports):
    a, b = xian_reports
    index = StoryIndex()
    first = attach(b.events, index, docs_meta(a, b))
    second = attach(a.events, index, docs_meta(a, b))
    joined = dict(second.assignments)
    assert joined[a.events[0].id] == index.story_of(b.events[0].id)
    assert len(first.touched) == 2 and len(second.touched) == 3
    assert attach(a.events, index, docs_meta(a, b)).assignments == ()  # idempotent


def test_assign_stories_sets_the_story_field(xian_reports):
    a, b = xian_reports
    _, index = build_stories(a.events + b.events, docs_meta(a, b))
    tagged = assign_stories(a.events + b.events, index)
    assert tagged[0].story == tagged[3].story and tagged[0].story != tagged[1].story



COUNTERPARTS = [  # (sentence tail, party, person) of talks at the SCO foreign ministers' meeting, Astana 2024
    ("الروسي سيرغي لافروف", "country/RUS", "person/sergey_lavrov"),
    ("القرغيزي جينبيك كولوباييف", "country/KGZ", "person/zheenbek_kulubaev"),
    ("الأوزبكي بختيار سعيدوف", "country/UZB", "person/bakhtiyor_saidov"),
]


def _talks(outlet: str, tail: str, party: str, person: str):
    sentence = f"التقى وزير الخارجية الصيني وانغ يي في أستانا اليوم الاثنين مع وزير الخارجية {tail}."
    d = Doc(outlet, "2024-05-20", [sentence])
    return d, d.event(0, "CONSULT", participants=("country/CHN", party), persons=("person/wang_yi", person),
                      date="2024-05-20", place="place/astana", meeting="sco-fm-2024")


@pytest.mark.parametrize(("x", "y"), list(itertools.combinations(range(3), 2)))
def test_talks_worded_alike_at_one_meeting_are_vetoed_when_counterparts_differ(x, y):
    """The same stock sentence, meeting, day and place: the score alone would link them; the veto must not."""
    (dx, ex), (dy, ey) = _talks("Xinhua", *COUNTERPARTS[x]), _talks("Sputnik", *COUNTERPARTS[y])
    assert score(profile_of(ex, dx.meta), profile_of(ey, dy.meta)) is None


def test_talks_with_different_people_of_one_country_stay_apart_across_outlets():
    """Qin Gang met Kazakhstan's foreign minister (one outlet) and its president (another): two stories."""
    a = Doc("Xinhua", "2023-04-27", ["التقى وزير الخارجية الصيني تشين قانغ في شيآن اليوم مع وزير الخارجية "
                                     "القازاقستاني مراد نورتلو."])
    b = Doc("Al Ain", "2023-04-27", ["التقى وزير الخارجية الصيني تشين قانغ في شيآن اليوم مع الرئيس القازاقستاني "
                                     "قاسم جومارت توكاييف."])
    common = {"participants": ("country/CHN", "country/KAZ"), "date": "2023-04-26", "place": "place/xian",
              "meeting": "ccas-fm-4"}
    a.event(0, "CONSULT", persons=("person/qin_gang", "person/murat_nurtleu"), **common)
    b.event(0, "CONSULT", persons=("person/qin_gang", "person/kassym_jomart_tokayev"), **common)
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b))
    assert len(stories) == 2


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13", "26 أبريل"])
def test_an_impossible_or_unparsed_date_falls_back_to_the_publication_day(bad):
    d = Doc("Xinhua", "2023-04-27", ["أجرى وزير الخارجية الصيني محادثات مع نظيره القازاقي في شيآن."])
    e = d.event(0, "CONSULT", participants=("country/CHN", "country/KAZ"), date=bad)
    p = profile_of(e, d.meta)
    assert not p.exact
    stories, _ = build_stories(d.events, docs_meta(d))
    assert len(stories) == 1


def test_an_earlier_report_arriving_late_renames_the_story_and_says_so(xian_reports):
    a, b = xian_reports
    early = Doc("Kazinform", "2023-04-26",
                ["أجرى وزير الخارجية مراد نورتلو محادثات مع نظيره الصيني تشين قانغ في شيآن."])
    early.event(0, "CONSULT", participants=("country/KAZ", "country/CHN"),
                persons=("person/murat_nurtleu", "person/qin_gang"), date="2023-04-26", place="place/xian")
    meta = docs_meta(a, b, early)
    index = StoryIndex()
    attach(a.events + b.events, index, meta)
    old = index.story_of(a.events[0].id)
    result = attach(early.events, index, meta)
    new = index.story_of(a.events[0].id)
    assert new != old and (old, new) in result.renamed
    assert index.story_of(early.events[0].id) == new
    assert next(s for s in index.stories() if s.id == new).first_document == early.id
