/* geo_idlib offline basemap: admin boundaries as plain lines, place labels that appear by zoom. */
(function (GI) {
  'use strict';

  GI.boundaries = function (geojson, style) {
    return L.geoJSON(geojson, {interactive: false, style: function () { return style; }});
  };

  /* items: [lat, lon, text, minZoom, cssClass]; a label shows from its minZoom on. */
  GI.labels = function (items) {
    var group = L.layerGroup();
    var labels = items.map(function (it) {
      var span = GI.el('span', null, it[2]);
      return {z: it[3], marker: L.marker([it[0], it[1]], {
        icon: L.divIcon({html: span, className: 'gi-maplabel ' + it[4], iconSize: null}),
        interactive: false, keyboard: false
      })};
    });
    function update() {
      var z = group._map.getZoom();
      labels.forEach(function (l) {
        var on = z >= l.z;
        if (on !== group.hasLayer(l.marker)) { if (on) group.addLayer(l.marker); else group.removeLayer(l.marker); }
      });
      if (GI.relabel) GI.relabel();
    }
    group.on('add', function () { group._map.on('zoomend', update); update(); });
    group.on('remove', function () { group._map.off('zoomend', update); });
    return group;
  };
}(window.GeoIdlib));
