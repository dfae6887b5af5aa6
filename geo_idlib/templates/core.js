/* geo_idlib map runtime, shared part: the GeoIdlib namespace, DOM helpers, the events payload.
 * Every string that comes from data reaches the page through textContent or setAttribute;
 * links are made only from http(s) URLs. No innerHTML anywhere. */
(function () {
  'use strict';
  var GI = window.GeoIdlib = {};
  var SVGNS = 'http://www.w3.org/2000/svg';
  GI.HTTP = /^https?:\/\/[^\s<>"'`\\]+$/i;
  GI.layers = [];  // everything the date filter reaches (strikes, shapes, control timelines)
  GI.strikeLayers = [];  // the events' layers (popups, counts; tests)

  GI.readJson = function (id) { return JSON.parse(document.getElementById(id).textContent); };

  GI.el = function (tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  };

  GI.svgIcon = function (d, fill, px, stroke) {
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('width', px);
    svg.setAttribute('height', px);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(SVGNS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', stroke || '#fff');
    path.setAttribute('stroke-width', '1.5');
    svg.appendChild(path);
    return svg;
  };

  GI.sizePx = function (f) { return Math.min(48, Math.round(12 + 3 * Math.sqrt(Math.max(0, f)))); };

  /* Is a dated item (one date, or a [start, end] span; '' = undated) inside [lo, hi]? */
  GI.inRange = function (start, end, lo, hi) {
    if (!start && !end) return true;  // undated: the filter cannot place it, so it stays
    return (!lo || (end || start) >= lo) && (!hi || (start || end) <= hi);
  };

  /* Filter everything dated; the total of events shown. */
  GI.setDateRange = function (lo, hi) {
    var total = 0;
    GI.layers.forEach(function (layer) { total += layer.setDateRange(lo, hi) || 0; });
    GI.range = [lo, hi];
    if (GI.relabel) GI.relabel();
    return total;
  };

  /* ---- the events payload: columns of numbers, text as indexes into one string table ---- */
  function Events(p) {
    this.p = p; this.c = p.cols; this.s = p.strings; this.n = p.n;
    this.visible = new Uint8Array(this.n);
    this.xs = null; this.ys = null;
  }
  Events.prototype.text = function (col, i) { return this.s[this.c[col][i]]; };
  Events.prototype.latlng = function (i) { return L.latLng(this.c.lat[i] / 1e5, this.c.lon[i] / 1e5); };
  Events.prototype.type = function (i) { return this.p.types[this.c.t[i]]; };
  Events.prototype.filter = function (lo, hi) {
    var dates = this.p.dates, keep = new Uint8Array(dates.length), d = this.c.d, count = 0, i;
    for (i = 0; i < dates.length; i++) keep[i] = (!lo || dates[i] >= lo) && (!hi || dates[i] <= hi) ? 1 : 0;
    for (i = 0; i < this.n; i++) {  // undated events cannot be filtered by date: always shown
      this.visible[i] = d[i] < 0 ? 1 : keep[d[i]];
      count += this.visible[i];
    }
    return count;
  };
  /* Web-Mercator pixel coordinates at zoom 0 (what Leaflet's EPSG:3857 gives), computed once. */
  Events.prototype.project = function () {
    if (this.xs) return;
    var n = this.n, lat = this.c.lat, lon = this.c.lon, rad = Math.PI / 180, max = 85.0511287798;
    this.xs = new Float64Array(n); this.ys = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var phi = Math.max(-max, Math.min(max, lat[i] / 1e5)) * rad;
      this.xs[i] = 256 * (lon[i] / 1e5 + 180) / 360;
      this.ys[i] = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
    }
  };
  GI.Events = Events;

  /* ---- drawing helpers shared by the canvas layers ---- */
  GI.metresPerPixel = function (map) {
    var lat = map.getCenter().lat * Math.PI / 180;
    return 40075016.686 * Math.cos(lat) / (256 * Math.pow(2, map.getZoom()));
  };

  GI.screenFrame = function (map) {
    var origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
    return {scale: Math.pow(2, map.getZoom()), ox: origin.x, oy: origin.y, size: map.getSize()};
  };

  GI.overlayCanvas = function (map, pane, cls) {
    var c = L.DomUtil.create('canvas', cls + ' leaflet-zoom-hide');
    map.getPane(pane).appendChild(c);
    return c;
  };

  /* fn.call(layer) at most once per animation frame, however often it is asked for. */
  GI.throttled = function (fn, layer) {
    var pending = false;
    return function () {
      if (pending) return;
      pending = true;
      L.Util.requestAnimFrame(function () { pending = false; if (layer._map) fn.call(layer); });
    };
  };

  GI.resetCanvas = function (map, canvas) {
    var size = map.getSize(), dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.width = size.x * dpr; canvas.height = size.y * dpr;
    canvas.style.width = size.x + 'px'; canvas.style.height = size.y + 'px';
    var ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return ctx;
  };
}());
