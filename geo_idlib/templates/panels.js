/* geo_idlib panels: title, key (legend), sources, full screen, minimap, and the layout that keeps
 * them to a quarter of the map: below 600 px wide every panel but the title is a button that
 * opens over the map. */
(function (GI) {
  'use strict';
  var el = GI.el;
  var COMPACT_PX = 600, MEDIUM_PX = 900, MOST = 0.24;  // share of the map that open panels may cover

  GI.panel = function (map, id, position) {
    var node = document.getElementById(id);
    var Panel = L.Control.extend({
      onAdd: function () {
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        return node;
      }
    });
    return new Panel({position: position}).addTo(map);
  };

  /* The one key of every theme: a section shows while one of its layers is on the map. */
  GI.legend = function (map, id, position) {
    GI.panel(map, id, position);
    var sections = [].slice.call(document.getElementById(id).querySelectorAll('[data-layers]'));
    function update() {
      sections.forEach(function (s) {
        var names = s.getAttribute('data-layers').split(' ').filter(Boolean);
        var on = !names.length || names.some(function (n) { return window[n] && map.hasLayer(window[n]); });
        s.style.display = on ? '' : 'none';
      });
    }
    map.on('layeradd layerremove', update);
    update();
  };

  /* The credits line: every data source and the reports' outlets, across the foot of the map. */
  GI.credits = function (map, id) {
    var node = document.getElementById(id), container = map.getContainer();
    container.appendChild(node);
    L.DomEvent.disableClickPropagation(node);
    function lift() {
      var h = node.offsetHeight;
      [].forEach.call(container.querySelectorAll('.leaflet-bottom'), function (b) { b.style.bottom = h + 'px'; });
    }
    map.on('resize', lift);
    lift();
  };

  GI.fullscreen = function (map) {
    var container = map.getContainer();
    function fallback() { container.classList.toggle('gi-full'); map.invalidateSize(); }
    function toggle() {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (container.requestFullscreen) container.requestFullscreen().catch(fallback);
      else fallback();
    }
    document.addEventListener('fullscreenchange', function () { map.invalidateSize(); });
    var Button = L.Control.extend({
      options: {position: 'topleft'},
      onAdd: function () {
        var bar = el('div', 'leaflet-bar gi-fullscreen'), a = el('a', null, null, bar);
        a.href = '#'; a.title = 'Full screen'; a.setAttribute('role', 'button'); a.setAttribute('aria-label', 'Full screen');
        a.appendChild(GI.svgIcon('M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6', 'none', 18, '#333'));
        L.DomEvent.on(a, 'click', function (e) { L.DomEvent.stop(e); toggle(); });
        return bar;
      }
    });
    return new Button().addTo(map);
  };

  GI.miniMap = function (map, geojson) {
    var Box = L.Control.extend({
      options: {position: 'topleft'},
      onAdd: function () {
        var div = el('div', 'gi-minimap');
        div.setAttribute('aria-hidden', 'true');
        L.DomEvent.disableClickPropagation(div);
        return div;
      }
    });
    var box = new Box().addTo(map);
    var mini = L.map(box.getContainer(), {
      attributionControl: false, zoomControl: false, dragging: false, scrollWheelZoom: false,
      doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false, zoomSnap: 0
    });
    mini.setView(map.getCenter(), Math.max(0, map.getZoom() - 4));
    L.geoJSON(geojson, {interactive: false, style: {color: '#777', weight: 1, fillColor: '#ddd', fillOpacity: 0.6}}).addTo(mini);
    var frame = L.rectangle(map.getBounds(), {color: '#c0392b', weight: 1.5, fillOpacity: 0.1, interactive: false}).addTo(mini);
    function sync() {
      if (!box.getContainer().offsetWidth) return;  // hidden on small maps
      mini.invalidateSize();
      frame.setBounds(map.getBounds());
      mini.setView(map.getCenter(), Math.max(0, map.getZoom() - 4), {animate: false});
    }
    map.on('moveend resize', sync);
    return box;
  };

  /* Share of the map covered by its panels (controls), overlaps counted once per pixel row band. */
  GI.coverage = function (map) {
    var box = map.getContainer().getBoundingClientRect(), area = 0;
    [].forEach.call(map.getContainer().querySelectorAll('.leaflet-control, .gi-credits'), function (c) {
      var r = c.getBoundingClientRect();
      var w = Math.min(r.right, box.right) - Math.max(r.left, box.left);
      var h = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
      if (w > 0 && h > 0) area += w * h;
    });
    return area / (box.width * box.height);
  };

  /* Open the key and the dates panel where the map has room for them; below 600 px every
   * collapsible panel starts as a button. Redone only when the map changes between the two. */
  GI.layout = function (map) {
    var container = map.getContainer(), compact = null;
    function apply() {
      var now = container.clientWidth < COMPACT_PX;
      if (now === compact) return;
      compact = now;
      container.classList.toggle('gi-compact', compact);
      container.classList.toggle('gi-medium', container.clientWidth < MEDIUM_PX);
      var panels = [].slice.call(container.querySelectorAll('details.gi-panel'));
      panels.forEach(function (d) { d.open = !compact && d.classList.contains('gi-open-wide'); });
      ['.gi-time', '.gi-legend'].forEach(function (sel) {  // the dates give way first, then the key
        var d = container.querySelector('details' + sel);
        if (d && d.open && GI.coverage(map) > MOST) d.open = false;
      });
    }
    map.on('resize', apply);
    apply();
  };
}(window.GeoIdlib));
