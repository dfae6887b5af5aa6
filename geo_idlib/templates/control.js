/* geo_idlib zones of control: the layer in force on the date filter's last date is shown;
 * contested zones are hatched with one SVG pattern defined for the page. */
(function (GI) {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';

  function hatchPattern() {
    if (document.getElementById('gi-hatch')) return;
    var svg = document.createElementNS(SVGNS, 'svg'), defs = document.createElementNS(SVGNS, 'defs');
    svg.setAttribute('width', 0); svg.setAttribute('height', 0); svg.setAttribute('aria-hidden', 'true');
    svg.style.position = 'absolute';
    var pattern = document.createElementNS(SVGNS, 'pattern');
    [['id', 'gi-hatch'], ['width', 8], ['height', 8], ['patternUnits', 'userSpaceOnUse'],
     ['patternTransform', 'rotate(45)']].forEach(function (a) { pattern.setAttribute(a[0], a[1]); });
    var rect = document.createElementNS(SVGNS, 'rect'), line = document.createElementNS(SVGNS, 'line');
    [['width', 8], ['height', 8], ['fill', '#9b59b6'], ['fill-opacity', 0.15]].forEach(function (a) { rect.setAttribute(a[0], a[1]); });
    [['x1', 0], ['y1', 0], ['x2', 0], ['y2', 8], ['stroke', '#9b59b6'], ['stroke-width', 3]].forEach(function (a) { line.setAttribute(a[0], a[1]); });
    pattern.appendChild(rect); pattern.appendChild(line); defs.appendChild(pattern); svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  GI.controlTimeline = function (map, layers, dates) {
    hatchPattern();
    GI.layers.push({setDateRange: function (lo, hi) {
      var k = 0;
      dates.forEach(function (d, i) { if (hi === null || hi === undefined || d <= hi) { k = i; } });
      layers.forEach(function (layer, i) {
        if (i === k && !map.hasLayer(layer)) { map.addLayer(layer); }
        if (i !== k && map.hasLayer(layer)) { map.removeLayer(layer); }
      });
      return 0;
    }});
  };
}(window.GeoIdlib));
