/* geo_idlib start: once every layer is on the map, lay out the panels (interactive) or the
 * print page (no controls; date range, caption, key and credits from the page's #hash), place
 * the labels, and say so (GeoIdlib.ready, which the PNG export waits for). */
(function (GI) {
  'use strict';

  function hashOptions() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var kv = part.split('=');
      if (kv[0]) out[decodeURIComponent(kv[0])] = decodeURIComponent(kv.slice(1).join('=') || '');
    });
    return out;
  }

  /* Print: the whole key, in more columns if the map is not tall enough for one. */
  function wholeKey(map) {
    var key = map.getContainer().querySelector('.gi-legend');
    if (!key) return;
    key.open = true;
    var credits = map.getContainer().querySelector('.gi-credits'), title = map.getContainer().querySelector('.gi-title');
    var room = map.getSize().y - 40 - (credits && credits.offsetParent ? credits.offsetHeight : 0) -
               (title ? title.offsetHeight + 10 : 0);
    var body = key.querySelector('.gi-legend-body');
    for (var n = 2; n <= 4 && key.scrollHeight > room; n++) {
      body.style.columnCount = n;
      key.style.maxWidth = (300 * n) + 'px';
    }
  }

  /* Fit the view to the data's bounds, leaving room for the panels. */
  GI.fit = function (map, bounds, topLeft, bottomRight) {
    GI.view = bounds;
    map.fitBounds(bounds, {animate: false, paddingTopLeft: topLeft, paddingBottomRight: bottomRight});
  };

  /* Padding that keeps the data clear of the title (top right), the key (bottom right) and the
   * credits line (printed): the key is kept to the side of the data, or below it, whichever costs less. */
  function clearOf(map) {
    var c = map.getContainer(), size = map.getSize();
    var credits = c.querySelector('.gi-credits'), head = c.querySelector('.gi-title'), key = c.querySelector('.gi-legend');
    // a title across most of the map pushes the data down; one in a corner does not
    var top = head && head.offsetWidth > size.x / 2 ? head.offsetHeight + 16 : 12, right = 12;
    var bottom = (credits && credits.offsetParent ? credits.offsetHeight : 0) + 16;
    if (key && key.offsetParent) {
      var w = key.offsetWidth + 20, h = key.offsetHeight + 20;
      if (w / size.x < h / size.y) { right = Math.max(w, head ? head.offsetWidth + 20 : 0); top = 12; }
      else bottom += h;
    }
    return {topLeft: [12, top], bottomRight: [right, bottom]};
  }

  function printPage(map) {
    var o = hashOptions(), container = map.getContainer();
    document.documentElement.classList.add('gi-print');
    if (o.lo || o.hi) GI.setDateRange(o.lo || null, o.hi || null);
    // a panel without its key keeps the key's room, so that every panel has the same view
    if (o.legend === '0') container.querySelector('.gi-legend').style.visibility = 'hidden';
    if (o.credits === '0') { container.querySelector('.gi-credits').style.display = 'none'; map.fire('resize'); }
    var title = container.querySelector('.gi-title');
    if (title && o.caption !== undefined) {
      title.querySelector('h1').textContent = o.caption;
      var shown = 0, total = 0;
      GI.strikeLayers.forEach(function (l) { total += l.ev.n; shown += l.ev.visible.reduce(function (a, b) { return a + b; }, 0); });
      var p = title.querySelector('p');
      if (p) p.textContent = total && o.sub ? o.sub.replace('{n}', shown) : '';
    }
    map.fire('resize');  // the credits line, now laid out, lifts the bottom panels
    wholeKey(map);
    var room = clearOf(map);
    if (GI.view) GI.fit(map, GI.view, room.topLeft, room.bottomRight);
  }

  GI.start = function (map, print) {
    GI.map = map;
    if (print) printPage(map);
    else {
      GI.layout(map);
      var room = clearOf(map);
      room.topLeft[0] = 54;  // the zoom and full-screen buttons
      if (GI.view) GI.fit(map, GI.view, room.topLeft, room.bottomRight);
    }
    map.on('moveend zoomend resize overlayadd overlayremove', GI.relabel);
    L.DomEvent.on(map.getPane('mapPane'), 'transitionend', GI.relabel);  // a zoom's pane transition
    GI.placeLabels(map);
    setTimeout(function () { GI.placeLabels(map); GI.ready = true; }, 300);  // after any transition
  };
}(window.GeoIdlib));
