"""Map layers: events in (DataFrames), folium elements and JSON-ready data out; no file writing.

One module per theme, each implementing the protocol of ``theme`` (layers, bounds, dates,
sources, key entry, date range): ``strikes`` (events), ``areas`` (events known only to a region),
``context`` (offline basemap: admin boundaries, town labels), ``control`` (control tables carried
forward, captures, zones of control, no data and frontlines) with ``control_map`` (its map
layers and theme, derived or drawn) and ``sides`` (controllers and the sides of the front),
``flows`` (displacement arrows), ``rings`` (distance claims),
``roads`` (schematic M5/M4); with
``symbols`` (the SVG symbols), ``events`` (reading and checking event tables), ``places``
(table cells to gazetteer places), ``shapes`` (one Leaflet layer of styled GeoJSON the themed
layers share), ``safe`` (escaping) and ``templating`` (our autoescaped jinja2 templates).
"""
