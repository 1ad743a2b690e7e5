"""HTML, JSON Lines, RSS/Atom and WARC readers, and their bad-input errors."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from silkwire.errors import InputError, UnsupportedInput
from silkwire.ingest import iter_articles
from silkwire.models import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BODY = ("أستانا 17 يونيو 2025 (شينخوا) وقع رؤساء الصين وكازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان "
        "معاهدة دائمة لحسن الجوار والصداقة والتعاون خلال القمة الثانية بين الصين وآسيا الوسطى. ") * 3
HTML = (f"<html><head><title>معاهدة حسن الجوار</title><meta property='og:site_name' content='شينخوا'></head>"
        f"<body><article><h1>معاهدة حسن الجوار</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")


def run(*paths: Path | str, **kw) -> list[Article | InputError]:
    return list(iter_articles(list(paths), **kw))


def test_html_stores_extracted_text_with_title_outlet_and_dateline(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [art] = run(path)
    assert isinstance(art, Article) and art.source_kind == "html"
    assert "معاهدة دائمة لحسن الجوار" in art.text and "<p>" not in art.text
    assert (art.title, art.outlet, art.published, art.dateline_place) == (
        "معاهدة حسن الجوار", "Xinhua", "2025-06-17", "أستانا")


def test_broken_html_without_extractable_text_is_an_error(tmp_path: Path):
    path = tmp_path / "broken.htm"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body", encoding="utf-8")
    [err] = run(path)
    assert isinstance(err, InputError) and str(path) in str(err) and "HTML" in err.reason


def test_jsonl_yields_one_article_per_line_and_reports_bad_lines_by_number(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "url": "https://example.org/a", "title": "عنوان", "published": "2025-06-18",
                    "outlet": "رويترز"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        "",
        json.dumps({"text": BODY}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    a, bad_json, no_text, b = run(path)
    assert (a.source, a.title, a.published, a.outlet) == ("https://example.org/a", "عنوان", "2025-06-18", "Reuters")
    assert isinstance(bad_json, InputError) and str(bad_json).startswith(f"{path}:2: invalid JSON")
    assert isinstance(no_text, InputError) and str(no_text).startswith(f"{path}:3: ") and "text" in no_text.reason
    assert (b.source, b.published, b.outlet) == (f"{path}:5", "2025-06-17", "Xinhua")


def test_jsonl_line_over_the_cap_is_skipped_and_reading_goes_on(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    long = json.dumps({"text": "ا" * 5000}, ensure_ascii=False)
    path.write_text(long + "\n" + json.dumps({"text": "نص قصير عن القمة"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    err, art = run(path, max_article_chars=1000)
    assert isinstance(err, InputError) and str(err).startswith(f"{path}:1: ")
    assert isinstance(art, Article) and art.text == "نص قصير عن القمة"


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الأناضول</title>
<item><title>الأول</title><link>https://example.org/1</link><pubDate>Tue, 17 Jun 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;أستانا/ الأناضول&lt;/p&gt;
&lt;p&gt;وقع قادة ست دول معاهدة &lt;b&gt;دائمة&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>https://example.org/2</link></item>
<item><title>الثالث</title><link>https://example.org/3</link><description>نص البند الثالث</description></item>
</channel></rss>"""


def test_rss_items_become_articles_with_link_as_source_and_html_stripped(tmp_path: Path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    first, missing, third = run(path)
    assert isinstance(first, Article) and first.source == "https://example.org/1" and first.source_kind == "rss"
    assert first.text == "أستانا/ الأناضول\nوقع قادة ست دول معاهدة دائمة."
    assert (first.title, first.published, first.outlet, first.dateline_place) == (
        "الأول", "2025-06-17", "Anadolu", "أستانا")
    assert isinstance(missing, InputError) and "item 2" in str(missing) and str(path) in str(missing)
    assert isinstance(third, Article) and third.text == "نص البند الثالث"


def test_atom_feed_in_an_xml_file_is_read(tmp_path: Path):
    path = tmp_path / "feed.xml"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>موقع</title><entry><title>خبر</title><link href="https://example.org/x"/><updated>2024-05-20T08:00:00Z</updated>
<content type="html">&lt;p&gt;التقى وزير الخارجية الصيني نظراءه في أستانا.&lt;/p&gt;</content></entry></feed>""",
                    encoding="utf-8")
    [art] = run(path)
    assert isinstance(art, Article) and art.source == "https://example.org/x" and art.published == "2024-05-20"


def test_xml_that_is_not_a_feed_is_unsupported(tmp_path: Path):
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    [err] = run(path)
    assert isinstance(err, UnsupportedInput) and "not an RSS or Atom feed" in err.reason


def _warc_bytes(records: list[tuple[str, str, bytes]]) -> bytes:
    """A gzipped WARC/1.0 file written by hand (one gzip member per record, as crawlers write them)."""
    out = b""
    for n, (uri, ctype, body) in enumerate(records):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
                f"WARC-Date: 2025-06-17T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
        out += gzip.compress(head.encode() + http + b"\r\n\r\n")
    return out


def test_warc_html_responses_become_articles_with_target_uri_as_source(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes([
        ("https://example.org/page", "text/html; charset=utf-8", HTML.encode("utf-8")),
        ("https://example.org/logo.png", "image/png", b"\x89PNG...."),
        ("https://example.org/empty", "text/html", b"<html><body></body></html>"),
    ]))
    art, err = run(path)
    assert isinstance(art, Article) and art.source == "https://example.org/page" and art.source_kind == "warc"
    assert art.dateline_place == "أستانا"
    assert isinstance(err, InputError) and "record 3" in str(err) and "https://example.org/empty" in str(err)


def test_corrupt_warc_is_one_error_naming_the_file(tmp_path: Path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc record at all\r\n\r\n"))
    [err] = run(path)
    assert isinstance(err, InputError) and str(path) in str(err)


def test_examples_folder_reads_every_kind_without_errors():
    out = run(EXAMPLES)
    assert all(isinstance(a, Article) for a in out), [str(e) for e in out if isinstance(e, InputError)]
    assert {a.source_kind for a in out} == {"txt", "html", "rss", "jsonl"}


def test_feed_that_is_not_xml_is_one_error(tmp_path: Path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>نص غير مكتمل", encoding="utf-8")
    out = run(path)
    assert all(isinstance(e, InputError) for e in out) and out
    assert all(str(path) in str(e) for e in out)


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 100)
    [err] = run(path)
    assert isinstance(err, InputError) and "binary" in err.reason
