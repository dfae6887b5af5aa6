"""Reading report files: formats, front matter, and errors that name file, line and field."""
import datetime as dt
import json
from pathlib import Path

import pytest

from geo_idlib.errors import InputError
from geo_idlib.reports.reading import read_events, read_reports

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"


def test_front_matter_of_an_example_report():
    (r,) = read_reports([EXAMPLES / "2018-02-05-wire-raids.txt"])
    assert r.report_id == "wire-2018-02-05"
    assert r.published == dt.date(2018, 2, 5)
    assert r.outlet == "Reuters (paraphrased example)"
    assert r.url == ""  # paraphrased in our own words: no link to the original
    assert r.title == "Russian raids intensify across Idlib after jet downing"
    assert r.text.startswith("Russian jets stepped up their raids") and "---" not in r.text


def test_unfenced_front_matter_and_plain_text(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("published: 2018-02-06\noutlet: Wire\n\nJets hit Saraqeb.\n", encoding="utf-8")
    q = tmp_path / "bare.txt"
    q.write_text("Jets hit Saraqeb.", encoding="utf-8")
    a, b = read_reports([p, q])
    assert (a.report_id, a.published, a.outlet, a.text) == ("plain", dt.date(2018, 2, 6), "Wire", "Jets hit Saraqeb.")
    assert (b.report_id, b.published, b.outlet, b.text) == ("bare", None, "", "Jets hit Saraqeb.")


def test_source_is_the_outlet_and_an_unknown_fenced_key_is_an_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\npublished: 2020-01-14\nsource: Local radio\n---\nShells hit Hass.\n", encoding="utf-8")
    (r,) = read_reports([p])
    assert (r.outlet, r.text) == ("Local radio", "Shells hit Hass.")
    q = tmp_path / "b.txt"
    q.write_text("---\npublished: 2020-01-14\nauthr: A. Writer\n---\nShells hit Hass.\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_reports([q])
    assert (err.value.line, err.value.field) == (3, "authr") and "unknown front-matter key" in err.value.message


def test_a_blog_exports_front_matter_date_is_the_publication_and_author_and_tags_are_left_aside(tmp_path):
    p = tmp_path / "post.md"
    p.write_text("---\ndate: 2020-01-14\nauthor: A. Writer\ntags: Idlib, shelling\n---\nShells hit Hass.\n",
                 encoding="utf-8")
    (r,) = read_reports([p])
    assert (r.published, r.text) == (dt.date(2020, 1, 14), "Shells hit Hass.")
    q = tmp_path / "plain.txt"
    q.write_text("Author: A. Writer\nShells hit Hass.\n", encoding="utf-8")  # no fences: the text as written
    (r,) = read_reports([q])
    assert r.text.startswith("Author: A. Writer")


def test_html_tags_are_stripped_and_title_kept(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Raids</title><script>var x=1;</script></head><body>"
                 "<p>published: 2018-02-05</p><p>Jets hit <b>Saraqeb</b>.</p></body></html>", encoding="utf-8")
    (r,) = read_reports([p])
    assert (r.title, r.published, r.text) == ("Raids", dt.date(2018, 2, 5), "Jets hit Saraqeb.")


def test_markdown_links_and_emphasis_are_text(tmp_path):
    p = tmp_path / "note.md"
    p.write_text("# Raids\n\nJets hit **Saraqeb**, [rescuers](http://x) said.", encoding="utf-8")
    assert read_reports([p])[0].text == "Raids\n\nJets hit Saraqeb, rescuers said."


def test_csv_and_jsonl_hold_many_reports(tmp_path):
    c = tmp_path / "reports.csv"
    c.write_text("id,published,outlet,text\nr1,2018-02-05,Wire,Jets hit Saraqeb.\n,,,Raids on Kafr Nubl.\n",
                 encoding="utf-8")
    j = tmp_path / "more.jsonl"
    j.write_text(json.dumps({"text": "Shelling hit Idlib.", "url": "http://y"}) + "\n\n", encoding="utf-8")
    rows = read_reports([c, j])
    assert [(r.report_id, r.published, r.outlet, r.url) for r in rows] == [
        ("r1", dt.date(2018, 2, 5), "Wire", ""), ("reports-3", None, "", ""), ("more-1", None, "", "http://y")]


@pytest.mark.parametrize("name, content, message", [
    ("bad.txt", "outlet: W\npublished: 05/02/2018\n\nText.", "bad.txt:2: field 'published': not a date"),
    ("empty.txt", "---\noutlet: W\n---\n", "empty.txt:4: field 'text': empty report text"),
    ("rows.csv", "id,body\nr1,Text\n", "rows.csv:1: field 'text': missing column"),
    ("rows2.csv", "id,published,text\nr1,2018-02-05,ok\nr2,yesterday,Text\n",
     "rows2.csv:3: field 'published': not a date"),
    ("lines.jsonl", '{"text": "ok"}\n{"text": \n', "lines.jsonl:2: invalid JSON"),
    ("lines2.jsonl", '{"body": "ok"}\n', "lines2.jsonl:1: field 'text': missing or non-text value"),
    ("report.pdf", "x", "report.pdf: unknown report format '.pdf'"),
])
def test_bad_input_names_file_line_and_field(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_reports([p])
    assert str(err.value).startswith(f"{tmp_path / name}{message[len(name):]}")


def test_non_utf8_and_missing_files_and_duplicate_ids(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("first line\nKafr Nubl \xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1.txt:2: not UTF-8 text"):
        read_reports([p])
    with pytest.raises(InputError, match="no such file"):
        read_reports([tmp_path / "missing.txt"])
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("id: same\n\nOne.", encoding="utf-8")
    b.write_text("id: same\n\nTwo.", encoding="utf-8")
    with pytest.raises(InputError, match=r"b.txt: field 'id': report id 'same' is used twice"):
        read_reports([a, b])


def test_event_tables_are_checked_value_by_value(tmp_path):
    p = tmp_path / "events.csv"
    p.write_text("event_date,event_type,latitude,longitude,fatalities\n"
                 "2018-02-04,Battles,35.9,36.6,2\n2018-02-04,Battles,35.9,36.6,two\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"events.csv:3: field 'fatalities': expected a whole number, got 'two'"):
        read_events(p)
    q = tmp_path / "events2.csv"
    q.write_text("event_date,event_type,longitude\n2018-02-04,Battles,36.6\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"events2.csv:1: missing column\(s\): latitude"):
        read_events(q)
    j = tmp_path / "events.json"
    j.write_text('[{"event_date": "2018-02-31", "event_type": "Battles", "latitude": 35.9, "longitude": 36.6}]',
                 encoding="utf-8")
    with pytest.raises(InputError, match=r"events.json:1: field 'event_date'"):
        read_events(j)
