/* geo_idlib themed shapes (flows, rings, roads, zones, areas): one GeoJSON FeatureCollection
 * whose properties say how each feature is drawn: style, radius (a circle of that many pixels),
 * label and labelStyle (text), tip (tooltip), title and rows (popup), dates ([start, end]: shown
 * while the date filter overlaps them). Data text reaches the page only through textContent. */
(function (GI) {
  'use strict';

  var Shapes = L.FeatureGroup.extend({
    initialize: function (data) {
      L.FeatureGroup.prototype.initialize.call(this, []);
      this.items = [];
      L.geoJSON(data, {
        style: function (f) { return f.properties.style || {}; },
        pointToLayer: function (f, latlng) {
          var p = f.properties;
          if (p.label !== undefined) {
            var span = GI.el('span', null, p.label);
            if (p.labelStyle) Object.keys(p.labelStyle).forEach(function (k) { span.style[k] = p.labelStyle[k]; });
            var icon = L.divIcon({className: 'gi-maplabel gi-shape ' + (p.labelClass || ''), iconSize: null, html: span});
            return L.marker(latlng, {icon: icon, interactive: false, keyboard: false});
          }
          return L.circleMarker(latlng, L.extend({radius: p.radius}, p.style));
        },
        onEachFeature: function (f, layer) {
          var p = f.properties;
          if (p.tip) layer.bindTooltip(GI.tip(p.tip), {sticky: true});
          if (p.rows) layer.bindPopup(function () { return GI.rowsPopup(p); }, {maxWidth: 320, minWidth: 200});
          this.items.push({layer: layer, dates: p.dates || null});
          this.addLayer(layer);
        }.bind(this)
      });
      if (this.items.some(function (it) { return it.dates; })) GI.layers.push(this);
    },
    setDateRange: function (lo, hi) {
      this.items.forEach(function (it) {
        var on = !it.dates || GI.inRange(it.dates[0], it.dates[1], lo, hi);
        if (on !== this.hasLayer(it.layer)) { if (on) this.addLayer(it.layer); else this.removeLayer(it.layer); }
      }, this);
      return 0;
    }
  });

  GI.shapes = function (data) { return new Shapes(data); };
}(window.GeoIdlib));
