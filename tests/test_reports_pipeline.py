"""The reports pipeline's shape: language packs, rules in order, stages as data."""
import datetime as dt

import pytest

from geo_idlib.errors import InputError
from geo_idlib.reports.doc import ReportDoc
from geo_idlib.reports.lang import LANGUAGES, Lexicon, detect_language, lexicon
from geo_idlib.reports.pipeline import STAGES, run
from geo_idlib.reports.reading import read_reports
from geo_idlib.reports.rules import RULES, classify


def test_every_language_pack_is_one_lexicon_with_every_word_family():
    for code in LANGUAGES:
        lex = lexicon(code)
        assert isinstance(lex, Lexicon) and lex.code == code
        for family in ("capture", "flee", "air", "shelling", "strike", "damage", "clash"):
            assert lex.cues[family], (code, family)
        assert lex.forces and lex.sources and lex.verbs["says"] and lex.verbs["denies"] and lex.targets
        assert len(lex.dates.weekdays) >= 7 and len(set(lex.dates.months.values())) == 12
    with pytest.raises(ValueError):
        lexicon("xx")


def test_language_is_picked_by_front_matter_else_script():
    assert detect_language("Jets hit Saraqeb.") == "en"
    assert detect_language("Jets hit Saraqeb.", "EN") == "en"


def test_lang_front_matter_is_read_and_checked(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("lang: en\npublished: 2018-02-05\n\nJets hit Saraqeb.")
    assert read_reports([good])[0].lang == "en"
    bad = tmp_path / "b.txt"
    bad.write_text("lang: xx\n\nJets hit Saraqeb.")
    with pytest.raises(InputError) as err:
        read_reports([bad])
    assert err.value.field == "lang"


def test_rules_are_registered_in_order_and_first_claim_wins():
    assert [r.name for r in RULES] == ["control", "displacement", "explosion", "shelling", "strike", "clash"]
    assert classify({"capture", "air"}, ["Military Forces of Syria"]) == "territory"
    assert classify({"capture", "air"}, []) == "Air/drone strike"  # no force named: not a capture
    assert classify({"flee", "air"}, []) == "Displacement"
    assert classify({"shelling", "clash"}, []) == "Shelling/artillery/missile attack"
    assert classify({"clash"}, []) == "Armed clash"
    for rule in RULES:
        assert rule.sub_event_types and rule.cues


def test_stages_fill_one_doc_in_order(gz):
    assert [name for name, _ in STAGES] == ["places", "sentences", "words", "events", "fold", "denials", "rows"]
    doc = run(ReportDoc("Jets hit Saraqeb on Sunday.\n\nShelling hit Sarmin.", dt.date(2018, 2, 5),
                        gazetteer=gz))
    assert [m.place.name for m in doc.mentions] == ["Saraqib", "Sarmīn"]
    assert len(doc.sentences) == 2 and doc.paragraph_of(doc.sentences[1][0]) == 1
    assert [label for _, _, label in doc.words["cues"]] == ["aircraft", "strike", "shelling", "strike"]
    assert doc.dates.lead == (dt.date(2018, 2, 4), 1)
    assert [(r["location"], r["sub_event_type"], r["event_date"]) for r in doc.rows] == [
        ("Saraqib", "Air/drone strike", "2018-02-04"), ("Sarmīn", "Shelling/artillery/missile attack", "2018-02-04")]
