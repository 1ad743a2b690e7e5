"""The JSON API over a hand-built database: filters, pagination, 4xx on malformed parameters, headers, search."""
from __future__ import annotations

import pytest

from silkwire.web.app import SECURITY_HEADERS


def get(client, url: str, status: int = 200) -> dict:
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def test_events_list_every_event_with_its_evidence_span(client):
    data = get(client, "/api/events")
    assert data["total"] == 5 and len(data["items"]) == 5
    docs = {d["id"]: d for d in get(client, "/api/documents?limit=500")["items"]}
    for e in data["items"]:
        text = get(client, f"/api/documents/{e['document']}")["document"]["text"]
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        assert e["document"] in docs


@pytest.mark.parametrize("spelling", ["قرغيزستان", "قيرغيزستان", "Kyrgyzstan", "country/KGZ"])
def test_event_filter_by_actor_accepts_any_spelling(client, ids, spelling):
    data = get(client, f"/api/events?actor={spelling}")
    assert data["filters"]["actor_id"] == "country/KGZ"
    assert {e["id"] for e in data["items"]} == {ids["events"]["pledge"], ids["events"]["hostile"]}


def test_unknown_actor_gives_an_empty_result_not_an_error(client):
    data = get(client, "/api/events?actor=zzzzqqqq")
    assert data["total"] == 0 and data["items"] == [] and data["filters"]["actor_id"] is None


@pytest.mark.parametrize(("query", "expected"), [
    ("type=consult", {"consult_x", "consult_s", "hostile"}),
    ("type=AGREE", {"agree"}),
    ("status=intended", {"pledge"}),
    ("from=2024-06&to=2024-12", {"hostile"}),
    ("to=2023", {"agree"}),
    ("from=2024-05-20&to=2024-05-20&type=CONSULT", {"consult_x", "consult_s"}),
    ("outlet=Sputnik", {"consult_s"}),
    ("story=story0000000001", {"consult_x", "consult_s"}),
    ("actor=وانغ يي&type=CONSULT", {"consult_x", "consult_s"}),
])
def test_event_filters_select_the_matching_events(client, ids, query, expected):
    data = get(client, f"/api/events?{query}")
    assert {e["id"] for e in data["items"]} == {ids["events"][k] for k in expected}
    assert data["total"] == len(expected)


def test_pagination_walks_all_events_once_with_a_stable_total(client):
    seen = []
    for offset in range(0, 6, 2):
        data = get(client, f"/api/events?limit=2&offset={offset}")
        assert data["total"] == 5 and data["limit"] == 2 and data["offset"] == offset
        seen += [e["id"] for e in data["items"]]
    assert len(seen) == len(set(seen)) == 5
    assert get(client, "/api/events?offset=100")["items"] == []


@pytest.mark.parametrize(("url", "param"), [
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=501", "limit"),
    ("/api/events?limit=ten", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?offset=1.5", "offset"),
    ("/api/events?from=2024-13-01", "from"),
    ("/api/events?to=2024-02-30", "to"),
    ("/api/events?from=yesterday", "from"),
    ("/api/events?from=2024-06&to=2024-01", "from"),
    ("/api/events?type=PARTY", "type"),
    ("/api/events?status=maybe", "status"),
    ("/api/stories?from=20240101", "from"),
    ("/api/actors?type=planet", "type"),
    ("/api/pledges?status=broken", "status"),
    ("/api/network?from=2024-1-1", "from"),
    ("/api/network?min_weight=0", "min_weight"),
    ("/api/search?q=؟!", "q"),
    ("/api/documents?limit=-5", "limit"),
    ("/events?format=xml", "format"),
])
def test_malformed_parameters_are_a_400_naming_the_parameter(client, url, param):
    r = client.get(url, headers={"Accept": "application/json"})
    assert r.status_code == 400, r.text
    body = r.json()["error"]
    assert body["status"] == 400 and param in body["message"]
    assert [p["param"] for p in body["params"]] == [param]


def test_malformed_parameter_on_a_page_is_an_html_400(client):
    r = client.get("/?from=tomorrow")
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "is not a date" in r.text


@pytest.mark.parametrize("url", ["/api/events/0000000000000000", "/api/stories/nope", "/api/documents/nope",
                                 "/api/actors/person/nobody_at_all_xyz", "/api/no-such-route"])
def test_missing_things_are_a_404_with_a_json_message(client, url):
    r = client.get(url)
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


@pytest.mark.parametrize("url", ["/api/events", "/", "/events?from=bad", "/static/app.js", "/static/site.css",
                                 "/api/nope", "/docs", "/openapi.json"])
def test_every_response_carries_the_security_headers(client, url):
    r = client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers[name] == value
    csp = r.headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                      "object-src 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp and r.headers["X-Content-Type-Options"] == "nosniff"


def test_api_is_read_only(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405


@pytest.mark.parametrize(("query", "doc"), [
    ("قيرغيزستان", "xinhua"),      # stored as قرغيزستان
    ("قرغيزستان", "hostile"),      # stored as قيرغيزستان
    ("أوزبكستان", "agree"),
    ("اوزبكستان", "agree"),        # hamza dropped
    ("السكك الحديدية", "xinhua"),
    ("شينخوا", "xinhua"),
    ("التأشيرات طشقند", "agree"),  # every word, in any order
])
def test_search_matches_across_spelling_variants(client, ids, query, doc):
    data = get(client, f"/api/search?q={query}")
    found = {r["document"] for r in data["items"]}
    assert ids["docs"][doc] in found
    assert data["total"] == len(found)


def test_search_snippet_shows_the_hit_as_written_in_the_article(client, ids):
    data = get(client, "/api/search?q=قيرغيزستان")
    hit = next(r for r in data["items"] if r["document"] == ids["docs"]["xinhua"])
    assert hit["snippet"]["hit"] == "قرغيزستان"
    text = get(client, f"/api/documents/{ids['docs']['xinhua']}")["document"]["text"]
    assert text[hit["snippet"]["start"]:hit["snippet"]["end"]] == "قرغيزستان"


def test_search_without_a_match_or_query_is_empty(client):
    assert get(client, "/api/search?q=طوكيو")["total"] == 0
    assert get(client, "/api/search")["items"] == []


def test_actor_by_any_spelling_has_aliases_roles_and_events(client, ids):
    data = get(client, "/api/actors/وانغ يي")
    actor = data["actor"]
    assert actor["id"] == "person/wang_yi" and "Wang Yi" in actor["aliases"]
    [role] = actor["roles"]
    assert role["class"] == "foreign_minister" and role["start"] == "2022-12-30"
    assert {e["id"] for e in data["events"]} == {ids["events"]["consult_x"], ids["events"]["consult_s"]}
    assert get(client, "/api/actors/person/wang_yi")["actor"]["id"] == "person/wang_yi"


def test_actor_list_filters_by_type_and_paginates(client):
    data = get(client, "/api/actors?type=country&limit=3")
    assert data["total"] == 4 and len(data["items"]) == 3
    assert {a["type"] for a in data["items"]} == {"country"}


def test_story_groups_its_reports_by_outlet_with_evidence_in_context(client, ids):
    data = get(client, f"/api/stories/{ids['story']}")
    assert [o["outlet"] for o in data["outlets"]] == ["Sputnik", "Xinhua"]
    for column in data["outlets"]:
        for r in column["reports"]:
            assert r["context"]["mark"] == r["evidence"]["text"]
    listed = get(client, "/api/stories?actor=Kazakhstan")
    assert [s["id"] for s in listed["items"]] == [ids["story"]] and listed["total"] == 1


def test_pledge_board_puts_pledges_in_status_columns(client, ids):
    data = get(client, "/api/pledges")
    assert [p["event"] for p in data["columns"]["open"]] == [ids["events"]["pledge"]]
    assert data["columns"]["fulfilled"] == [] and data["columns"]["overdue"] == []
    assert get(client, "/api/pledges?status=fulfilled")["total"] == 0
    assert get(client, "/api/pledges?actor=أوزبكستان")["total"] == 0


def test_meetings_come_with_the_events_tagged_and_a_calendar(client, ids):
    data = get(client, "/api/meetings")
    summit = next(m for m in data["meetings"] if m["id"] == "ccas-summit-1")
    assert summit["n_events"] == 1 and summit["documents"] == [ids["docs"]["agree"]]
    cal = {c["year"]: c["months"] for c in data["calendar"]}
    assert cal[2023][4] == ["ccas-summit-1"] and cal[2020][6] == ["ccas-fm-1"]


def test_network_weights_edges_by_distinct_events_and_skips_own_country(client):
    data = get(client, "/api/network")
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    # the meeting in Astana was reported by two outlets: one real-world event
    assert edges[("country/CHN", "country/KAZ")]["weight"] == 1
    assert edges[("country/CHN", "country/KAZ")]["reports"] == 2
    assert ("country/CHN", "country/KGZ") in edges and ("country/CHN", "country/UZB") in edges
    assert ("country/CHN", "person/wang_yi") not in edges  # Wang Yi serves China
    assert ("country/KAZ", "person/wang_yi") in edges
    assert all(not n["id"].startswith("place/") for n in data["nodes"])


def test_network_date_range_keeps_only_events_in_it(client):
    data = get(client, "/api/network?from=2023&to=2023")
    assert [(e["source"], e["target"]) for e in data["edges"]] == [("country/CHN", "country/UZB")]


@pytest.mark.parametrize(("page", "api"), [("/", "/api/events"), ("/events?type=CONSULT", "/api/events?type=CONSULT"),
                                           ("/stories", "/api/stories"), ("/pledges", "/api/pledges"),
                                           ("/network", "/api/network"), ("/search?q=الصين", "/api/search?q=الصين"),
                                           ("/actors/Wang Yi", "/api/actors/Wang Yi"), ("/meetings", "/api/meetings")])
def test_page_and_api_serve_the_same_dict(client, page, api):
    sep = "&" if "?" in page else "?"
    assert get(client, page + sep + "format=json") == get(client, api)
    r = client.get(page, headers={"Accept": "application/json"})
    assert r.json() == get(client, api)


def test_openapi_schema_lists_the_api_routes(client):
    paths = get(client, "/openapi.json")["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/actors/{key}", "/api/stories/{story_id}",
              "/api/pledges", "/api/meetings", "/api/search", "/api/stats", "/api/network", "/api/documents"):
        assert p in paths
    assert "/events" not in paths  # pages are not API
    assert "/api/events" in client.get("/docs").text


@pytest.mark.parametrize("f", [
    {}, {"type": "consult"}, {"actor_ids": ("country/KGZ",)}, {"actor_ids": ("person/wang_yi",), "type": "CONSULT"},
    {"date_from": "2024-05-21"}, {"date_to": "2024-05"}, {"outlet": "Xinhua"}, {"story": "story0000000001"},
    {"status": "intended", "date_from": "2024"}, {"limit": 2, "offset": 1}, {"limit": 2, "offset": 4},
])
def test_fast_event_page_returns_what_the_store_query_returns(web_db, f):
    from silkwire.store import Store, queries
    from silkwire.store.queries import EventFilter
    from silkwire.web import queries_extra as qx

    with Store(web_db[0], read_only=True) as store:
        ef = EventFilter(**f)
        assert qx.event_page(store.con, ef) == (queries.count_events(store.con, ef), queries.events(store.con, ef))


@pytest.mark.parametrize("q", ["قيرغيزستان", "أوزبكستان", "التأشيرات طشقند", "السكك الحديدية", "طوكيو", "وانغ",
                               "وانغ يي", "وزير الخارجية الصيني", "الصين قرغيزستان", "في أستانا"])
@pytest.mark.parametrize(("limit", "offset"), [(10, 0), (1, 1)])
def test_search_by_the_stored_postings_finds_what_the_scan_finds(web_db, q, limit, offset):
    from silkwire.search import query_terms, search_key
    from silkwire.store import Store
    from silkwire.web import queries_extra as qx

    with Store(web_db[0], read_only=True) as store:
        assert qx.has_postings(store.con)
        terms = query_terms(q)
        scan = qx.search(store.con, terms, search_key(q), limit, offset, postings=False)
        assert qx.search(store.con, terms, search_key(q), limit, offset, postings=True) == scan
