"""``geo-idlib map`` options for publishing: --png with --size/--scale/--at, --embed with --embed-src."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from geo_idlib.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "events_demo.csv"


def test_png_size_scale_and_both_embeds(tmp_path, capsys):
    out = tmp_path / "maps" / "demo.html"
    src = "https://news.example.org/maps/demo.html"
    assert main(["map", str(DEMO), "-o", str(out), "--offline", "--png", str(tmp_path / "demo.png"),
                 "--size", "800x500", "--scale", "2", "--at", "2019-01-01", "--embed", "--embed-src", src]) == 0
    png = (tmp_path / "demo.png").read_bytes()
    assert struct.unpack(">II", png[16:24]) == (1600, 1000)
    hosted = out.with_suffix(".embed.html").read_text(encoding="utf-8")
    assert f'src="{src}"' in hosted and "where the map file is hosted" in hosted
    standalone = out.with_suffix(".embed-standalone.html").read_text(encoding="utf-8")
    assert 'srcdoc="&lt;!DOCTYPE html&gt;' in standalone and "nothing to host" in standalone
    assert "demo.embed-standalone.html" in capsys.readouterr().err


def _run(argv: list[str]) -> int:
    """The exit code, whether argparse exits (bad option syntax) or the command returns it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code)


@pytest.mark.parametrize("args, message", [
    (["--size", "800"], "not a size WIDTHxHEIGHT"),
    (["--size", "50x50"], "from 200x200 to 8000x8000"),
    (["--scale", "9"], "--scale must be from 0.5 to 4"),
    (["--at", "yesterday"], "not a YYYY-MM-DD date"),
    (["--embed", "--embed-src", "javascript:alert(1)"], "relative or http(s)"),
])
def test_bad_publishing_options_exit_2_and_write_nothing(tmp_path, capsys, args, message):
    out = tmp_path / "m.html"
    assert _run(["map", str(DEMO), "-o", str(out), "--offline", *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
