"""Map layers: events in (DataFrames), folium elements and JSON-ready data out; no file writing.

``strikes`` (events), ``context`` (offline basemap), ``symbols`` (the SVG symbols), ``events``
(reading and checking event tables), and the two helpers every layer and the render room use:
``safe`` (escaping) and ``templating`` (our autoescaped jinja2 templates).
"""
