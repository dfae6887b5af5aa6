"""Writes the bad-input corpus beside this file: one folder per way a file reaches geo-idlib; in
it each file, or folder of files, is one case.

Every text is written for this corpus. Run ``python tests/bad_inputs/make_corpus.py`` to
rebuild the files; ``expected.csv`` (what each must give) is kept by hand, and
``tests/test_bad_inputs.py`` runs them all.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ("map", "extract", "merge", "geoparse", "control", "frontline", "flows", "places", "overrides")

EVENTS = "event_date,event_type,sub_event_type,location,latitude,longitude,fatalities,notes\n"
ROW = "2018-02-05,Explosions/Remote violence,Air/drone strike,Saraqib,35.86447,36.80591,2,Jets struck the market.\n"
ROW2 = "2018-02-06,Explosions/Remote violence,Air/drone strike,Ariha,35.81266,36.60933,1,Shells hit a school.\n"
HOSTILE = ('<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', "{{ 7 * 7 }}", "${alert(3)}",
           "javascript:alert(4)", "</script><svg onload=alert(5)>")
REPORT = ("published: 2018-02-05\noutlet: Demo Wire\n\n"
          "Jets struck Saraqeb on Monday, killing two people, rescuers said.\n")
POINT = {"type": "Point", "coordinates": [36.80591, 35.86447]}
PROPS = {"event_date": "2018-02-05", "sub_event_type": "Air/drone strike", "location": "Saraqib"}


def feature(geometry: object = POINT, properties: object = PROPS) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def collection(*features: object) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False, indent=1)


def zone(controller: str, coords: list, **props) -> dict:
    return feature({"type": "Polygon", "coordinates": [coords]}, {"date": "2018-01-01", "controller": controller,
                                                                  **props})


SQUARE = [[36.5, 35.7], [36.9, 35.7], [36.9, 36.0], [36.5, 36.0], [36.5, 35.7]]


def text_files() -> dict[str, str | bytes]:
    """``{folder/name: content}`` of every text file of the corpus."""
    f: dict[str, str | bytes] = {}
    # --- event tables through `map` -----------------------------------------------------------
    m = "map/"
    f[m + "ok_minimal.csv"] = EVENTS + ROW
    f[m + "ok_bom.csv"] = ("\ufeff" + EVENTS + ROW).encode("utf-8")
    f[m + "ok_crlf.csv"] = (EVENTS + ROW + ROW2).replace("\n", "\r\n")
    f[m + "ok_acled_dates.csv"] = EVENTS + ROW.replace("2018-02-05", "05 February 2018") + ROW2.replace(
        "2018-02-06", "6-Feb-2018")
    f[m + "ok_quoted_newlines.csv"] = EVENTS + ROW.replace("Jets struck the market.", '"Jets struck\nthe\rmarket."')
    f[m + "ok_blank_lines.csv"] = EVENTS + "\n" + ROW + "\n,,,,,,,\n" + ROW2 + "\n\n"
    f[m + "ok_row_without_place.csv"] = EVENTS + ROW + ROW2.replace("35.81266,36.60933", ",")
    f[m + "ok_header_only.csv"] = EVENTS
    f[m + "ok_unicode.csv"] = EVENTS + ROW.replace("Saraqib", "سراقب \u200f🚀 Saraqib")
    f[m + "ok_thousands.csv"] = EVENTS + ROW.replace(",2,", ',"1,500",')
    f[m + "ok_extra_columns.csv"] = EVENTS.replace("\n", ",my_note,another\n") + ROW.replace("\n", ",x,y\n")
    f[m + "ok_header_spaces.csv"] = EVENTS.replace("latitude", " latitude ") + ROW
    f[m + "ok_long_cell.csv"] = EVENTS + ROW.replace("Jets struck the market.", "Jets struck the market. " * 9000)
    f[m + "ok_injection.csv"] = EVENTS + "".join(
        ROW.replace("Saraqib", f'"{p.replace(chr(34), chr(34) * 2)}"').replace("Jets struck the market.",
                                                                                 f'"{p.replace(chr(34), chr(34) * 2)}"')
        for p in HOSTILE)
    f[m + "latin1.csv"] = (EVENTS + ROW.replace("Saraqib", "Sar\xe2qib")).encode("latin-1")
    f[m + "utf16.csv"] = (EVENTS + ROW).encode("utf-16")
    f[m + "header_with_a_carriage_return.csv"] = "event_date,lati\rtude,longitude\n2018-02-05,35.9,36.6\n"
    f[m + "utf16_le_no_bom.csv"] = (EVENTS + ROW).encode("utf-16-le")
    f[m + "binary.csv"] = bytes((i * 37 + 11) % 256 for i in range(2048))
    f[m + "nul_byte.csv"] = EVENTS + ROW.replace("market", "mar\0ket")
    f[m + "empty.csv"] = ""
    f[m + "only_newlines.csv"] = "\n\n\n"
    f[m + "no_latitude_column.csv"] = EVENTS.replace("latitude,", "") + ROW.replace("35.86447,", "")
    f[m + "two_latitude_columns.csv"] = EVENTS.replace("\n", ",latitude\n") + ROW.replace("\n", ",35.1\n")
    f[m + "two_origin_columns.csv"] = EVENTS.replace("\n", ",origin,origin\n") + ROW.replace("\n", ",Ariha,Idlib\n")
    f[m + "cut_row.csv"] = EVENTS + ROW + ROW2[:60]
    f[m + "cut_in_a_number.csv"] = "event_date,location,latitude,longitude\n2018-02-05,Saraqib,35.86447,36.\n"
    f[m + "too_many_cells.csv"] = EVENTS + ROW + ROW2.replace("\n", ",extra\n")
    f[m + "open_quote.csv"] = EVENTS + ROW.replace("Jets struck", '"Jets struck') + ROW2
    f[m + "text_after_quote.csv"] = EVENTS + ROW.replace("Jets struck the market.", '"Jets" struck the market.')
    f[m + "latitude_out_of_range.csv"] = EVENTS + ROW.replace("35.86447", "95.1")
    f[m + "longitude_words.csv"] = EVENTS + ROW.replace("36.80591", "east")
    f[m + "one_coordinate.csv"] = EVENTS + ROW.replace("36.80591", "")
    f[m + "latitude_nan.csv"] = EVENTS + ROW.replace("35.86447", "nan")
    f[m + "longitude_inf.csv"] = EVENTS + ROW.replace("36.80591", "inf")
    f[m + "latitude_degrees.csv"] = EVENTS + ROW.replace("35.86447", "35.86°")
    f[m + "decimal_comma.csv"] = EVENTS + ROW.replace("35.86447", '"35,86447"')
    f[m + "fatalities_decimal_comma.csv"] = EVENTS + ROW.replace(",2,", ',"1,5",')
    f[m + "fatalities_negative.csv"] = EVENTS + ROW.replace(",2,", ",-2,")
    f[m + "fatalities_fraction.csv"] = EVENTS + ROW.replace(",2,", ",2.5,")
    f[m + "fatalities_huge.csv"] = EVENTS + ROW.replace(",2,", ",1e30,")
    f[m + "fatalities_words.csv"] = EVENTS + ROW.replace(",2,", ",two,")
    f[m + "date_impossible.csv"] = EVENTS + ROW.replace("2018-02-05", "2018-02-30")
    f[m + "date_words.csv"] = EVENTS + ROW.replace("2018-02-05", "yesterday")
    f[m + "date_us_style.csv"] = EVENTS + ROW.replace("2018-02-05", "02/05/2018")
    f[m + "precision_four.csv"] = "geo_precision," + EVENTS + "4," + ROW
    f[m + "time_precision_zero.csv"] = "time_precision," + EVENTS + "0," + ROW
    f[m + "confidence_above_one.csv"] = "confidence," + EVENTS + "2," + ROW
    f[m + "distance_negative.csv"] = "distance_km," + EVENTS + "-3," + ROW
    f[m + "fatalities_min_above_max.csv"] = "fatalities_min,fatalities_max," + EVENTS + "9,5," + ROW
    f[m + "semicolons.csv"] = (EVENTS + ROW).replace(",", ";")
    f[m + "tabs.csv"] = (EVENTS + ROW).replace(",", "\t")
    f[m + "excel_sep_line.csv"] = "sep=,\n" + EVENTS + ROW
    f[m + "ok_list.json"] = json.dumps([{**PROPS, "latitude": 35.86447, "longitude": 36.80591, "fatalities": 2}])
    f[m + "ok_strings.json"] = json.dumps([{**PROPS, "latitude": "35.86447", "longitude": "36.80591"}])
    f[m + "ok_empty_list.json"] = "[]"
    f[m + "ok_collection.geojson"] = collection(feature(), feature(properties={**PROPS, "location": HOSTILE[0]}))
    f[m + "ok_null_geometry.geojson"] = collection(feature(), feature(None))
    f[m + "ok_point_with_altitude.geojson"] = collection(feature({"type": "Point", "coordinates": [36.8, 35.86, 400]}))
    f[m + "ok_null_properties.geojson"] = collection(feature(properties=None))
    f[m + "ok_lines.jsonl"] = "".join(json.dumps({**PROPS, "latitude": 35.86, "longitude": 36.8}) + "\r\n"
                                      for _ in range(3))
    f[m + "json_cut.json"] = json.dumps([{**PROPS, "latitude": 35.86447, "longitude": 36.80591}], indent=1)[:-12]
    f[m + "json_empty.json"] = ""
    f[m + "json_object.json"] = json.dumps({"events": [PROPS]})
    f[m + "json_number.json"] = "42"
    f[m + "json_strings.json"] = json.dumps(["Saraqib", "Ariha"])
    f[m + "json_key_twice.json"] = '[\n {"latitude": 35.86, "longitude": 36.8,\n  "latitude": 35.1}\n]'
    f[m + "json_location_object.json"] = json.dumps([{"latitude": 35.86, "longitude": 36.8,
                                                       "location": {"name": "Saraqib"}}])
    f[m + "json_nan.json"] = '[{"latitude": NaN, "longitude": 36.8}]'
    f[m + "json_true_latitude.json"] = '[{"latitude": true, "longitude": 36.8}]'
    f[m + "json_deep.json"] = "[" * 20_000 + "]" * 20_000
    f[m + "json_latin1.json"] = json.dumps([{"latitude": 35.86, "longitude": 36.8, "location": "Sar\xe2qib"}],
                                           ensure_ascii=False).encode("latin-1")
    f[m + "json_huge_count.json"] = '[{"latitude": 35.86, "longitude": 36.8, "fatalities": 1' + "0" * 40 + "}]"
    f[m + "json_lone_surrogate.json"] = '[{"latitude": 35.86, "longitude": 36.8,\n  "location": "Sar\\ud800aqib"}]'
    f[m + "ok_json_emoji_escape.json"] = ('[{"latitude": 35.86, "longitude": 36.8, '
                                          '"location": "\\ud83d\\ude80 Saraqib"}]')
    f[m + "geojson_no_coordinates.geojson"] = collection(feature({"type": "Point"}))
    f[m + "geojson_empty_coordinates.geojson"] = collection(feature({"type": "Point", "coordinates": []}))
    f[m + "geojson_geometry_text.geojson"] = collection(feature("POINT (36.8 35.86)"))
    f[m + "geojson_properties_list.geojson"] = collection(feature(properties=["Saraqib", 2]))
    f[m + "geojson_polygon.geojson"] = collection(feature({"type": "Polygon", "coordinates": [SQUARE]}))
    f[m + "geojson_coordinates_text.geojson"] = collection(feature({"type": "Point", "coordinates": ["36.8", "35.8"]}))
    f[m + "geojson_one_coordinate.geojson"] = collection(feature({"type": "Point", "coordinates": [36.8]}))
    f[m + "geojson_disagreeing_latitude.geojson"] = collection(feature(properties={**PROPS, "latitude": 35.1}))
    f[m + "geojson_feature_number.geojson"] = collection(feature(), 7)
    f[m + "geojson_features_object.geojson"] = json.dumps({"type": "FeatureCollection", "features": {"a": 1}})
    f[m + "geojson_one_feature.geojson"] = json.dumps(feature())
    f[m + "geojson_key_twice.geojson"] = collection(feature()).replace('"location": "Saraqib"',
                                                                       '"location": "Saraqib", "location": "Ariha"')
    f[m + "geojson_latitude_out_of_range.geojson"] = collection(feature({"type": "Point", "coordinates": [36.8, 95]}))
    f[m + "jsonl_bad_line.jsonl"] = json.dumps({"latitude": 35.86, "longitude": 36.8}) + "\n{\"latitude\": 35.8,\n"
    f[m + "jsonl_array_line.jsonl"] = json.dumps({"latitude": 35.86, "longitude": 36.8}) + "\n[35.8, 36.7]\n"
    f[m + "jsonl_key_twice.jsonl"] = '{"latitude": 35.86, "longitude": 36.8, "origin": "A", "origin": "B"}\n'
    f[m + "ok_folder_of_reports_and_tables/report.txt"] = REPORT
    f[m + "ok_folder_of_reports_and_tables/events.csv"] = EVENTS + ROW2
    f[m + "ok_folder_of_reports_and_tables/places.csv"] = "name,lat,lon\nKhirbet Zaytoun,36.2,36.7\n"
    f[m + "folder_with_a_cut_table/events.csv"] = EVENTS + ROW + ROW2[:30]
    f[m + "spreadsheet.xlsx"] = b"PK\x03\x04 not a table geo-idlib reads"
    f[m + "not_a_geopackage.gpkg"] = EVENTS + ROW
    f[m + "not_parquet.parquet"] = b"PAR1 this file ends before it begins"
    # --- reports through `extract` ------------------------------------------------------------
    e = "extract/"
    f[e + "ok_report.txt"] = REPORT
    f[e + "ok_report_crlf.txt"] = REPORT.replace("\n", "\r\n")
    f[e + "ok_report_bare_cr.txt"] = REPORT.replace("\n", "\r")
    f[e + "ok_report.md"] = "---\npublished: 2018-02-05\n---\n# Raids\n\nJets struck **Saraqeb** on Monday.\n"
    f[e + "ok_report.html"] = ("<html><head><title>Raids</title><script>alert(1)</script></head><body><p>Published "
                               "5 February 2018</p><p>Jets struck <b>Saraqeb</b> on Monday, killing two people.</p>"
                               "</body></html>")
    f[e + "ok_reports.csv"] = 'id,published,outlet,text\nr1,2018-02-05,Wire,"Jets struck Saraqeb on Monday,\n' \
                              'killing two people."\nr2,,,Shells hit Ariha.\n'
    f[e + "ok_reports.jsonl"] = "".join(json.dumps(r) + "\n" for r in (
        {"id": "a", "published": "2018-02-05", "text": "Jets struck Saraqeb on Monday."},
        {"id": "b", "text": "Shells hit Ariha on Tuesday, killing one man."}))
    f[e + "ok_arabic.txt"] = "published: 2018-02-05\n\nقصفت الطائرات مدينة سراقب يوم الاثنين.\n"
    f[e + "ok_long_line.txt"] = "published: 2018-02-05\n\n" + "Jets struck Saraqeb and Ariha, " * 4000 + "\n"
    f[e + "ok_no_words.txt"] = "0123456789 !?.,;: \u200b\u200f" * 100
    f[e + "ok_injection.txt"] = "published: 2018-02-05\noutlet: " + HOSTILE[1] + "\n\n" + " ".join(
        f"Jets struck {p} near Saraqeb on Monday." for p in HOSTILE) + "\n"
    f[e + "ok_long_text.csv"] = "id,text\nlong," + '"' + "Jets struck Saraqeb on Monday. " * 6000 + '"\n'
    f[e + "report_latin1.txt"] = REPORT.replace("Saraqeb", "Sar\xe2qeb").encode("latin-1")
    f[e + "report_utf16.txt"] = REPORT.encode("utf-16")
    f[e + "report_binary.txt"] = bytes((i * 53 + 7) % 256 for i in range(1024))
    f[e + "report_nul.txt"] = REPORT.replace("Monday", "Mon\0day")
    f[e + "report_empty.txt"] = ""
    f[e + "report_only_front_matter.txt"] = "---\npublished: 2018-02-05\noutlet: Wire\n---\n"
    f[e + "report_bad_published.txt"] = REPORT.replace("2018-02-05", "5th of Feb")
    f[e + "reports_no_text.csv"] = "id,body\nr1,Jets struck Saraqeb.\n"
    f[e + "reports_text_twice.csv"] = "id,text,text\nr1,Jets struck Saraqeb.,Shells hit Ariha.\n"
    f[e + "reports_cut_row.csv"] = "id,published,text\nr1,2018-02-05,Jets struck Saraqeb.\nr2,2018-02-0"
    f[e + "reports_open_quote.csv"] = 'id,text\nr1,"Jets struck Saraqeb.\nr2,Shells hit Ariha.\n'
    f[e + "reports_same_id.csv"] = "id,text\nr1,Jets struck Saraqeb.\nr1,Shells hit Ariha.\n"
    f[e + "reports_empty_text.csv"] = "id,text\nr1,Jets struck Saraqeb.\nr2,   \n"
    f[e + "reports_bad_published.csv"] = "id,published,text\nr1,2018-13-01,Jets struck Saraqeb.\n"
    f[e + "reports_bad_line.jsonl"] = json.dumps({"text": "Jets struck Saraqeb."}) + '\n{"text": "Shells\n'
    f[e + "reports_text_number.jsonl"] = json.dumps({"text": 42}) + "\n"
    f[e + "reports_key_twice.jsonl"] = '{"text": "Jets struck Saraqeb.", "text": "Shells hit Ariha."}\n'
    f[e + "reports_lone_surrogate.jsonl"] = '{"text": "Jets struck Saraqeb."}\n{"text": "Jets \\udc00 struck."}\n'
    f[e + "reports_latin1.csv"] = "id,text\nr1,Jets struck Sar\xe2qeb.\n".encode("latin-1")
    f[e + "ok_folder/a.txt"] = REPORT
    f[e + "ok_folder/sub/b.md"] = "published: 2018-02-06\n\nShells hit **Ariha** on Tuesday, killing one man.\n"
    f[e + "ok_folder/.hidden.txt"] = "\0 a hidden file is skipped"
    f[e + "ok_folder/notes.pdf"] = b"%PDF-1.4 skipped: not a report"
    f[e + "folder_with_a_bad_report/a.txt"] = REPORT
    f[e + "folder_with_a_bad_report/b.txt"] = REPORT.replace("2018-02-05", "someday")
    f[e + "folder_without_reports/notes.pdf"] = b"%PDF-1.4 not a report"
    f[e + "report.pdf"] = b"%PDF-1.4 not a report geo-idlib reads"
    # --- event tables through `merge` ---------------------------------------------------------
    g = "merge/"
    f[g + "ok_two_tables_of_one_strike.csv"] = EVENTS + ROW + ROW.replace(",2,", ",3,")
    f[g + "merge_cut_row.csv"] = EVENTS + ROW + ROW[:40]
    f[g + "merge_two_dates.geojson"] = collection(feature(properties={**PROPS, "event_date": "2018-02-05",
                                                                      "event_date ": "x"}),
                                                  feature(properties={**PROPS, "event_date": "05/02/2018"}))
    f[g + "merge_bad_count.jsonl"] = json.dumps({"latitude": 35.86, "longitude": 36.8, "fatalities": "some"}) + "\n"
    # --- reports through `geoparse` -----------------------------------------------------------
    p = "geoparse/"
    f[p + "ok_report.txt"] = REPORT
    f[p + "ok_names_only.txt"] = "Saraqeb Ariha Idlib Kafr Nubl Maarat al-Numan Jisr al-Shughur " * 50
    f[p + "geoparse_html_latin1.html"] = "<p>Jets struck Sar\xe2qeb.</p>".encode("latin-1")
    # --- control tables through `map --control` -----------------------------------------------
    c = "control/"
    status = "date,place,controller,source\n"
    f[c + "ok_status.csv"] = status + "2018-01-01,Saraqib,government,x\n2018-01-01,Ariha,opposition,y\n" \
                                      "2018-02-01,Saraqib,opposition,z\n2018-02-01,Ariha,opposition,z\n"
    f[c + "ok_one_date_one_side.csv"] = status + "2018-01-01,Saraqib,government,x\n"
    f[c + "ok_two_places_one_side.csv"] = status + "2018-01-01,Saraqib,government,x\n2018-01-01,Ariha,regime,y\n"
    f[c + "ok_source_injection.csv"] = status + "".join(
        f'2018-01-01,{place},government,"{h.replace(chr(34), chr(34) * 2)}"\n'
        for place, h in zip(("Saraqib", "Ariha", "Idlib"), HOSTILE))
    f[c + "control_unknown_controller.csv"] = status + "2018-01-01,Saraqib,aliens,x\n"
    f[c + "control_unknown_place.csv"] = status + "2018-01-01,Saraqib,government,x\n2018-01-01,Qwxyzabad,government,x\n"
    f[c + "control_bad_date.csv"] = status + "2018-01-01,Saraqib,government,x\n01/02/2018,Ariha,government,x\n"
    f[c + "control_two_controllers.csv"] = status + "2018-01-01,Saraqib,government,x\n2018-01-01,Saraqib,HTS,y\n"
    f[c + "control_no_controller.csv"] = "date,place,source\n2018-01-01,Saraqib,x\n"
    f[c + "control_column_twice.csv"] = "date,place,controller,controller\n2018-01-01,Saraqib,government,HTS\n"
    f[c + "control_cut_row.csv"] = status + "2018-01-01,Saraqib,government,x\n2018-01-01,Ari"
    f[c + "control_latin1.csv"] = (status + "2018-01-01,Saraqib,government,s\xe2\n").encode("latin-1")
    f[c + "control_empty.csv"] = ""
    f[c + "ok_drawn.geojson"] = collection(zone("government", SQUARE, source="a map"),
                                           feature({"type": "LineString", "coordinates": [[36.5, 35.7], [36.9, 36.0]]},
                                                   {"date": "2018-01-01", "side_a": "government", "side_b": "rebels"}))
    f[c + "drawn_point.geojson"] = collection(feature(POINT, {"date": "2018-01-01", "controller": "government"}))
    f[c + "drawn_bad_geometry.geojson"] = collection(zone("government", [[36.5, 35.7], [36.9]]))
    f[c + "drawn_not_a_collection.geojson"] = json.dumps([zone("government", SQUARE)])
    f[c + "drawn_properties_list.geojson"] = collection(feature({"type": "Polygon", "coordinates": [SQUARE]}, [1]))
    f[c + "drawn_unknown_controller.geojson"] = collection(zone("aliens", SQUARE))
    f[c + "drawn_no_date.geojson"] = collection(feature({"type": "Polygon", "coordinates": [SQUARE]},
                                                        {"controller": "government"}))
    f[c + "drawn_cut.geojson"] = collection(zone("government", SQUARE))[:-30]
    f[c + "drawn_lone_surrogate.geojson"] = collection(zone("government", SQUARE, source="HALF")).replace(
        "HALF", "\\ud800")
    f[c + "drawn_latin1.geojson"] = collection(zone("government", SQUARE, source="s\xe2")).encode("latin-1")
    # --- control tables through `frontline` ---------------------------------------------------
    t = "frontline/"
    f[t + "ok_status.csv"] = f[c + "ok_status.csv"]
    f[t + "ok_multiline_source.csv"] = status + '2018-01-01,Saraqib,government,"a\nmap"\n\n' \
                                                "2018-01-01,Ariha,opposition,y\n"
    f[t + "frontline_bad_controller_after_multiline.csv"] = status + '2018-01-01,Saraqib,government,"a\nmap"\n\n' \
                                                                     "2018-01-01,Ariha,nobody,y\n"
    f[t + "frontline_header_only.csv"] = status
    f[t + "frontline_open_quote.csv"] = status + '2018-01-01,Saraqib,government,"a map\n2018-01-01,Ariha,HTS,y\n'
    f[t + "frontline_text_after_quote.csv"] = status + '2018-01-01,Saraqib,government,"a" map\n'
    # --- displacement flows through `flows` ---------------------------------------------------
    w = "flows/"
    flows = "origin,destination,people,date,source\n"
    f[w + "ok_flows.csv"] = flows + "Saraqib,Atmeh,5000,2019-05-01,a count\nAriha,Sarmada,\"1,200\",2019-05-02,x\n"
    f[w + "ok_unknown_place_left_out.csv"] = (flows + "Saraqib,Atmeh,5000,2019-05-01,x\n"
                                              "Qwxyzabad,Atmeh,10,2019-05-01,x\n")
    f[w + "ok_injection.csv"] = flows + "".join(f'Saraqib,Atmeh,{n},2019-05-0{n},"{h.replace(chr(34), chr(34) * 2)}"\n'
                                                for n, h in enumerate(HOSTILE, 1))
    f[w + "flows_people_words.csv"] = flows + "Saraqib,Atmeh,many,2019-05-01,x\n"
    f[w + "flows_people_negative.csv"] = flows + "Saraqib,Atmeh,-5,2019-05-01,x\n"
    f[w + "flows_bad_date.csv"] = flows + "Saraqib,Atmeh,5000,May 2019,x\n"
    f[w + "flows_no_people.csv"] = "origin,destination,date\nSaraqib,Atmeh,2019-05-01\n"
    f[w + "flows_people_twice.csv"] = "origin,destination,people,date,people\nSaraqib,Atmeh,5,2019-05-01,6\n"
    f[w + "flows_cut_row.csv"] = flows + "Saraqib,Atmeh,5000,2019-05-01,x\nAriha,Sarm"
    f[w + "flows_utf16.csv"] = (flows + "Saraqib,Atmeh,5000,2019-05-01,x\n").encode("utf-16")
    # --- the user's places through `geoparse --places` ----------------------------------------
    q = "places/"
    places = "name,lat,lon,kind,source\n"
    f[q + "ok_places.csv"] = places + "Khirbet Zaytoun,36.2,36.7,camp,our team\n"
    f[q + "ok_places_bom_crlf.csv"] = ("\ufeff" + places + "Khirbet Zaytoun,36.2,36.7,camp,our team\n").replace(
        "\n", "\r\n").encode("utf-8")
    f[q + "places_bad_lat.csv"] = places + "Khirbet Zaytoun,north,36.7,camp,x\n"
    f[q + "places_lat_out_of_range.csv"] = places + "Khirbet Zaytoun,136.2,36.7,camp,x\n"
    f[q + "places_no_lon.csv"] = "name,lat\nKhirbet Zaytoun,36.2\n"
    f[q + "places_lat_twice.csv"] = "name,lat,lon,lat\nKhirbet Zaytoun,36.2,36.7,36.3\n"
    f[q + "places_cut_row.csv"] = places + "Khirbet Zaytoun,36.2,36.7,camp,x\nTell Abc,36.2"
    f[q + "places_bad_kind.csv"] = places + "Khirbet Zaytoun,36.2,36.7,castle,x\n"
    f[q + "places_empty_name.csv"] = places + " ,36.2,36.7,camp,x\n"
    f[q + "places_latin1.csv"] = (places + "Khirbet Zayt\xf4un,36.2,36.7,camp,x\n").encode("latin-1")
    f[q + "places_open_quote.csv"] = places + '"Khirbet Zaytoun,36.2,36.7,camp,x\n'
    # --- corrections through `map --overrides` ------------------------------------------------
    o = "overrides/"
    over = "id,action,event_date,fatalities,place,note\n"
    f[o + "ok_overrides.csv"] = over + "GI-2018-001,drop,,,,wrong\nGI-2018-002,,2018-02-04,5-9,Saraqib,checked\n"
    f[o + "ok_event_id_column.csv"] = "event_id,action\nGI-2018-001,ok\n"
    f[o + "overrides_bad_action.csv"] = over + "GI-2018-001,delete,,,,x\n"
    f[o + "overrides_bad_date.csv"] = over + "GI-2018-001,,4 Feb,,,x\n"
    f[o + "overrides_bad_fatalities.csv"] = over + "GI-2018-001,,,9-5,,x\n"
    f[o + "overrides_unknown_place.csv"] = over + "GI-2018-001,,,,Qwxyzabad,x\n"
    f[o + "overrides_same_id_twice.csv"] = over + "GI-2018-001,drop,,,,x\nGI-2018-001,ok,,,,y\n"
    f[o + "overrides_id_and_event_id.csv"] = "id,event_id,action\nGI-2018-001,GI-2018-002,drop\n"
    f[o + "overrides_unknown_column.csv"] = "id,action,colour\nGI-2018-001,drop,red\n"
    f[o + "overrides_cut_row.csv"] = over + "GI-2018-001,drop,,,,x\nGI-2018-002,dr"
    f[o + "overrides_nothing_to_do.csv"] = over + "GI-2018-001,,,,,just a note\n"
    return f


def binary_files() -> dict[str, bytes]:
    """GeoPackage and Parquet files, made by the project's own writer (then broken)."""
    import io

    from geo_idlib.tables import events_frame, table_bytes

    good = events_frame([{"event_date": "2018-02-05", "location": "Saraqib", "latitude": 35.86447,
                          "longitude": 36.80591, "fatalities": 2}])
    gpkg, parquet = table_bytes(good, ".gpkg"), table_bytes(good, ".parquet")
    far = table_bytes(events_frame(good.assign(latitude=95.0)), ".parquet")
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()  # Arrow allows a column name twice (pandas does not write it)
    pq.write_table(pa.table([[35.86], [36.8], [35.1]], names=["latitude", "longitude", "latitude"]), buffer)
    return {"map/ok_events.gpkg": gpkg, "map/ok_events.parquet": parquet,
            "map/gpkg_cut.gpkg": gpkg[: len(gpkg) // 3], "map/parquet_cut.parquet": parquet[: len(parquet) // 2],
            "map/parquet_latitude_out_of_range.parquet": far, "map/parquet_latitude_twice.parquet": buffer.getvalue(),
            "merge/ok_events.gpkg": gpkg}


def main() -> None:
    for folder in FOLDERS:
        shutil.rmtree(HERE / folder, ignore_errors=True)
        (HERE / folder).mkdir()
    for name, content in {**text_files(), **binary_files()}.items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
    print(f"{len(text_files()) + len(binary_files())} files")


if __name__ == "__main__":
    main()
