"""The HTML pages: escaped untrusted text, right-to-left Arabic blocks, highlighted evidence, no inline script."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from tests.web.conftest import HOSTILE

PAGES = ["/", "/events?type=CONSULT", "/stories", "/stories/story0000000001", "/network", "/actors",
         "/actors/person/wang_yi", "/pledges", "/meetings", "/search?q=قيرغيزستان", "/documents", "/stats", "/docs",
         "/events?from=nonsense"]


class Tags(HTMLParser):
    """Collects start tags with their attributes, and the text inside each <mark>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self.stack: list[tuple[str, dict]] = []
        self.mark_parents: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "mark":
            self.marks.append("")
            rtl = [s for s in self.stack if s[1].get("dir") == "rtl"]
            self.mark_parents.append(rtl[-1][1] if rtl else {})
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(t == "mark" for t, _ in self.stack):
            self.marks[-1] += data


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def hostile_event_page(client, ids) -> str:
    r = client.get(f"/events/{ids['events']['hostile']}")
    assert r.status_code == 200
    return r.text


def test_hostile_article_text_is_escaped_on_the_event_page(hostile_event_page):
    assert "<script>alert(1)</script>" not in hostile_event_page
    assert "<img src=x" not in hostile_event_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_event_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_event_page
    tags = parse(hostile_event_page).tags
    assert [a for t, a in tags if t == "script"] == [{"src": "/static/app.js", "defer": None}]
    assert not [t for t, _ in tags if t == "img"]


@pytest.mark.parametrize("url", ["/documents/{hostile}", "/", "/search?q=قيرغيزستان", "/actors/country/KGZ",
                                 "/documents"])
def test_hostile_text_and_title_are_escaped_everywhere(client, ids, url):
    html = client.get(url.format(hostile=ids["docs"]["hostile"])).text
    assert HOSTILE not in html and "onerror=alert(1)>" not in html
    assert not [t for t, _ in parse(html).tags if t == "img"]


def test_event_page_marks_the_evidence_inside_a_right_to_left_arabic_block(client, ids):
    html = client.get(f"/events/{ids['events']['consult_x']}").text
    page = parse(html)
    assert page.marks == ["التقى وزير الخارجية الصيني وانغ يي مع نظيره الكازاخستاني في أستانا."]
    assert page.mark_parents[0].get("lang") == "ar"


def test_hostile_evidence_is_marked_as_text(hostile_event_page):
    page = parse(hostile_event_page)
    assert len(page.marks) == 1 and HOSTILE in page.marks[0]


def test_story_page_compares_outlets_side_by_side_with_marked_evidence(client, ids):
    page = parse(client.get(f"/stories/{ids['story']}").text)
    columns = [a for t, a in page.tags if t == "section" and "column" in a.get("class", "")]
    assert len(columns) == 2
    assert sorted(page.marks) == sorted(["التقى وزير الخارجية الصيني وانغ يي مع نظيره الكازاخستاني في أستانا.",
                                         "بحث وانغ يي مع وزير خارجية كازاخستان في أستانا اليوم العلاقات الثنائية."])
    assert all(p.get("dir") == "rtl" for p in page.mark_parents)


def test_search_page_marks_the_hit_as_written(client):
    page = parse(client.get("/search?q=قيرغيزستان").text)
    assert "قرغيزستان" in page.marks and "قيرغيزستان" in page.marks


def test_actor_page_shows_aliases_and_dated_roles(client):
    html = client.get("/actors/Wang Yi").text
    assert "وانغ يي" in html and "foreign_minister" in html and "2022-12-30" in html


def test_pledge_board_has_three_columns(client):
    html = client.get("/pledges").text
    for status in ("pledge-open", "pledge-fulfilled", "pledge-overdue"):
        assert status in html
    assert "السكك الحديدية" in html


def test_meetings_calendar_places_a_meeting_in_its_month(client):
    html = client.get("/meetings").text
    assert re.search(r"<th>2023</th>(\s*<td>.*?</td>){4}\s*<td><a class=\"meeting series-ccas_summit\"", html, re.S)


@pytest.mark.parametrize("url", PAGES)
def test_pages_have_no_inline_script_style_or_event_handler(client, url):
    page = parse(client.get(url).text)
    for tag, attrs in page.tags:
        assert "style" not in attrs, (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        if tag == "link" and attrs.get("rel") == "stylesheet":
            assert attrs["href"].startswith("/static/")  # no CDN, no external fonts
    assert "<style" not in client.get(url).text


@pytest.mark.parametrize("url", PAGES)
def test_arabic_blocks_are_marked_right_to_left(client, url):
    for tag, attrs in parse(client.get(url).text).tags:
        if attrs.get("lang") == "ar":
            assert attrs.get("dir") == "rtl" or tag == "bdi", (tag, attrs)


def test_network_page_passes_the_api_url_to_the_script_as_data(client):
    page = parse(client.get("/network?from=2024").text)
    [svg] = [a for t, a in page.tags if t == "svg"]
    assert svg["data-api"] == "/api/network?from=2024"
