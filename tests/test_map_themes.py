"""The theme protocol: a new kind of layer is one class and no edit of the map builder."""
from __future__ import annotations

import inspect
import json
import re

import pandas as pd
import shapely

import geo_idlib.render.builder as builder_module
from geo_idlib.layers.shapes import LegendPanel, ShapesLayer, collection, feature
from geo_idlib.layers.theme import BaseTheme, MapFrame, Theme
from geo_idlib.render.builder import MapBuilder


class Checkpoints(BaseTheme):
    """A theme the project does not ship: checkpoints reported by a monitor, one per date."""

    name = "Checkpoints"
    order = 45

    def __init__(self, rows: list[tuple[str, float, float]]) -> None:
        self.rows = rows
        self.asked: list[tuple] = []

    def layers(self, frame: MapFrame) -> list:
        features = [feature(shapely.Point(lon, lat), radius=5, style={"color": "#000"}, tip=f"Checkpoint\n{day}",
                            dates=[day, day]) for day, lat, lon in self.rows]
        return [ShapesLayer(collection(features), self.name)]

    def bounds(self):
        lats, lons = [r[1] for r in self.rows], [r[2] for r in self.rows]
        return (min(lons), min(lats), max(lons), max(lats))

    def dates(self) -> list[str]:
        return sorted({r[0] for r in self.rows})

    def sources(self) -> list[str]:
        return ["checkpoint monitor"]

    def legend(self, frame: MapFrame | None = None) -> LegendPanel:
        return LegendPanel("Checkpoints", (("<b>x</b>", "A checkpoint <reported>"),))

    def between(self, start, end) -> "Checkpoints":
        self.asked.append((start, end))
        return Checkpoints([r for r in self.rows if (start or "") <= r[0] <= (end or "9999")])


ROWS = [("2019-05-01", 35.50, 36.40), ("2019-06-01", 35.70, 36.90), ("2020-01-01", 35.90, 37.30)]


def _data(html: str, layer: str) -> dict:
    name = re.search(r'var (\w+) = GeoIdlib\.shapes\(GeoIdlib\.readJson\("(\w+)"\)\);', html)
    return json.loads(re.search(rf'id="{name.group(2)}">(.*?)</script>', html).group(1))


def test_a_new_theme_needs_no_builder_change():
    assert isinstance(Checkpoints(ROWS), Theme)
    assert "Checkpoints" not in inspect.getsource(builder_module)
    events = pd.DataFrame({"event_date": ["2019-05-02"], "latitude": [35.6], "longitude": [36.6],
                           "source": ["wire"]})
    html = MapBuilder("Checkpoints", context=None).add_events(events).add(Checkpoints(ROWS)).render()
    assert len(_data(html, "Checkpoints")["features"]) == 3  # its layer is drawn
    assert '"Checkpoints"' in html or "Checkpoints</h2>" in html  # its key entry...
    assert "A checkpoint &lt;reported&gt;" in html  # ...escaped, like every text
    assert "checkpoint monitor" in html  # its source, in the sources panel
    assert '"2020-01-01"' in html  # its dates, on the time slider
    fit = json.loads(re.search(r"GeoIdlib\.fit\(\w+, (\[\[.*?\]\]),", html).group(1))
    assert fit[1][1] > 37.3 and fit[0][0] < 35.5  # its bounds, in the view


def test_the_builder_filters_every_theme_by_date():
    theme = Checkpoints(ROWS)
    builder = MapBuilder("Spring 2019", context=None, start="2019-04-01", end="2019-06-30").add(theme)
    html = builder.render()
    assert theme.asked and theme.asked[0] == ("2019-04-01", "2019-06-30")
    assert len(_data(html, "Checkpoints")["features"]) == 2
    printed = builder.render(print_mode=True)
    assert "checkpoint monitor" in printed and "gi-credits" in printed  # the credits line names it


def test_the_view_fits_the_north_west_and_lists_the_rest(gz):
    events = pd.DataFrame({"event_date": ["2019-05-01"] * 3, "latitude": [35.86, 35.65, 33.51],
                           "longitude": [36.80, 36.67, 36.29], "location": ["Saraqib", "Maarat al-Numan", "Damascus"]})
    html = MapBuilder("Outliers", gazetteer=gz).add_events(events).render()
    fit = json.loads(re.search(r"GeoIdlib\.fit\(\w+, (\[\[.*?\]\]),", html).group(1))
    assert fit[0][0] > 35.5  # the south edge stays in the north-west...
    assert "Outside this view: Damascus (1 event)" in html  # ...and says what it leaves out


def test_region_level_events_are_area_outlines_off_beside_town_events(gz):
    from geo_idlib.layers.areas import AreasTheme

    region = {"event_date": "2018-02-05", "latitude": 35.57, "longitude": 36.78, "geo_precision": 3,
              "location": "Al Ma'ra district", "place_id": "ocha:SY0702"}
    town = {"event_date": "2018-02-05", "latitude": 35.86, "longitude": 36.80, "geo_precision": 1,
            "location": "Saraqib"}
    alone = AreasTheme(pd.DataFrame([region, region]))
    layer = alone.layers(MapFrame(gazetteer=gz))[0]
    data = json.loads(layer.data_json)
    outline = data["features"][0]
    assert layer.show and outline["geometry"]["type"] in ("Polygon", "MultiPolygon")  # the district itself
    assert [f["properties"]["label"] for f in data["features"] if "label" in f["properties"]] == [
        "Al Ma'ra district (2 events)"]
    beside = AreasTheme(pd.DataFrame([region, town]))
    assert not beside.layers(MapFrame(gazetteer=gz))[0].show
    assert beside.notes(MapFrame(print_mode=True)) == "1 event known only to a region not drawn."
    assert beside.notes(MapFrame()) == ""  # the reader can switch it on
