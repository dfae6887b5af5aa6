/* geo_idlib zones of control: the layer in force on the date filter's last date is shown;
 * contested zones, "no data" and unconfirmed areas are hatched with SVG patterns defined for the page. */
(function (GI) {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';

  function pattern(id, colour, opacity, angle) {
    var p = document.createElementNS(SVGNS, 'pattern');
    [['id', id], ['width', 8], ['height', 8], ['patternUnits', 'userSpaceOnUse'],
     ['patternTransform', 'rotate(' + (angle || 45) + ')']].forEach(function (a) { p.setAttribute(a[0], a[1]); });
    var rect = document.createElementNS(SVGNS, 'rect'), line = document.createElementNS(SVGNS, 'line');
    [['width', 8], ['height', 8], ['fill', colour], ['fill-opacity', opacity]].forEach(function (a) { rect.setAttribute(a[0], a[1]); });
    [['x1', 0], ['y1', 0], ['x2', 0], ['y2', 8], ['stroke', colour], ['stroke-width', 3], ['stroke-opacity', 0.6]].forEach(function (a) { line.setAttribute(a[0], a[1]); });
    p.appendChild(rect); p.appendChild(line);
    return p;
  }

  function hatchPatterns() {
    if (document.getElementById('gi-hatch')) return;
    var svg = document.createElementNS(SVGNS, 'svg'), defs = document.createElementNS(SVGNS, 'defs');
    svg.setAttribute('width', 0); svg.setAttribute('height', 0); svg.setAttribute('aria-hidden', 'true');
    svg.style.position = 'absolute';
    defs.appendChild(pattern('gi-hatch', '#9b59b6', 0.15));   // contested
    defs.appendChild(pattern('gi-nodata', '#8c8c8c', 0.08));  // no data
    defs.appendChild(pattern('gi-unconfirmed', '#4d4d4d', 0, -45));  // unconfirmed: over the zone's colour
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  GI.controlTimeline = function (map, layers, dates) {
    hatchPatterns();
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
