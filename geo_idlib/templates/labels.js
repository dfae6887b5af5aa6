/* geo_idlib label placement: no two labels overlap, and none sits under a panel. Labels are
 * placed in rank order (theme labels, tolls, event places, areas, governorates, towns; then in data
 * order, which ranks them within each kind); one that fits nowhere is dropped. Governorate and
 * town labels also keep off the event symbols. */
(function (GI) {
  'use strict';
  var RANKS = ['gi-shape', 'gi-toll', 'gi-evplace', 'gi-gov', 'gi-town'];

  function rank(span) {
    var cls = span.parentNode.classList;
    if (cls.contains('gi-area')) return 2.5;  // an area's name and count: after the event places
    for (var k = 0; k < RANKS.length; k++) if (cls.contains(RANKS[k])) return k;
    return RANKS.length;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function moved(r, dx, dy) {
    return {left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy};
  }

  /* Where else a label may go: tolls left of their symbol, theme labels above or below. */
  function offsets(span, r) {
    var w = r.right - r.left, h = r.bottom - r.top, cls = span.parentNode.classList;
    if (cls.contains('gi-toll')) return [[0, 0], [-(w + span.offsetLeft * 2), 0], [0, -h], [0, h]];
    if (cls.contains('gi-shape')) return [[0, 0], [0, -h], [0, h], [0, -2 * h], [0, 2 * h]];
    if (cls.contains('gi-evplace')) return [[0, 0], [0, -h], [0, h], [-(w + 36), 0]];
    return [[0, 0]];
  }

  GI.placeLabels = function (map) {
    var container = map.getContainer(), box = container.getBoundingClientRect();
    var spans = [].slice.call(container.querySelectorAll('.gi-maplabel > span'));
    spans.forEach(function (s) { s.style.translate = ''; s.style.visibility = ''; s.classList.remove('gi-dropped'); });
    var obstacles = [].slice.call(container.querySelectorAll('.leaflet-control, .gi-credits')).map(function (c) {
      return c.getBoundingClientRect();
    }).filter(function (r) { return r.width > 0 && r.height > 0; });
    // background labels (governorates, towns) also keep off the event symbols
    var symbols = [].slice.call(container.querySelectorAll('.leaflet-marker-icon:not(.gi-maplabel)')).map(function (m) {
      return m.getBoundingClientRect();
    });
    var items = spans.map(function (s, i) { return {span: s, rank: rank(s), order: i, rect: s.getBoundingClientRect()}; });
    items.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    var kept = [];
    items.forEach(function (it) {
      if (!it.rect.width || it.rect.right < box.left || it.rect.left > box.right ||
          it.rect.bottom < box.top || it.rect.top > box.bottom) return;  // not on screen
      var options = offsets(it.span, it.rect);
      if (it.rank === 0) {  // a theme's label that runs off a side slides back in (its shape is long)
        var slide = Math.max(0, box.left + 2 - it.rect.left) - Math.max(0, it.rect.right - box.right + 2);
        options = options.map(function (o) { return [o[0] + slide, o[1]]; });
      }
      for (var k = 0; k < options.length; k++) {
        var r = moved(it.rect, options[k][0], options[k][1]);
        var inside = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        if (!inside || kept.some(function (o) { return overlaps(r, o); }) ||
            obstacles.some(function (o) { return overlaps(r, o); }) ||
            (it.rank >= 3 && symbols.some(function (o) { return overlaps(r, o); }))) continue;
        if (options[k][0] || options[k][1]) it.span.style.translate = options[k][0] + 'px ' + options[k][1] + 'px';
        kept.push(r);
        return;
      }
      it.span.style.visibility = 'hidden';
      it.span.classList.add('gi-dropped');
    });
  };

  /* Place the labels again after the next frame (batched: many layers ask at once). */
  GI.relabel = function () {
    if (!GI.map || GI._relabelling) return;
    GI._relabelling = true;
    L.Util.requestAnimFrame(function () { GI._relabelling = false; GI.placeLabels(GI.map); });
  };
}(window.GeoIdlib));
