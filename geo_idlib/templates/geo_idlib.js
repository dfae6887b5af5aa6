/* geo_idlib map runtime: strikes (SVG markers or one canvas), density, context, controls.
 * Every string that comes from data reaches the page through textContent or setAttribute;
 * links are made only from http(s) URLs. No innerHTML anywhere. */
(function () {
  'use strict';
  var GI = window.GeoIdlib = {};
  var SVGNS = 'http://www.w3.org/2000/svg';
  var HTTP = /^https?:\/\/[^\s<>"'`\\]+$/i;
  var filterables = GI.layers = [];  // every strikes layer, for the date filter (and tests)

  GI.readJson = function (id) { return JSON.parse(document.getElementById(id).textContent); };

  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }

  function svgIcon(d, fill, px, stroke) {
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
  }

  function sizePx(f) { return Math.min(48, Math.round(12 + 3 * Math.sqrt(Math.max(0, f)))); }

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

  /* ---- popups ---- */
  var TIME_PRECISION = {1: '', 2: ' (sometime that week)', 3: ' (sometime that month or later)'};
  var GEO_PRECISION = {
    1: 'Location: the named place itself.',
    2: 'Location approximate: near this place or part of a larger area (circle).',
    3: 'Location approximate: only the region is known (circle).'
  };

  function row(parent, label, value) {
    if (!value) return;
    var d = el('div', 'gi-row', null, parent);
    el('span', 'gi-label', label + ': ', d);
    el('span', null, value, d);
  }

  function fatalities(lo, hi) {
    if (lo < 0 && hi < 0) return 'not reported';
    if (lo < 0) lo = hi;
    if (hi < 0 || hi === lo) return String(lo);
    return lo + '\u2013' + hi;
  }

  function link(url, parent) {
    if (!HTTP.test(url)) return;
    var a = el('a', null, null, parent), host = url;
    try { host = new URL(url).hostname; } catch (e) { /* keep the URL as its own label */ }
    a.textContent = host;
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }

  function sources(parent, names, urls) {
    var list = names.split(';').map(function (s) { return s.trim(); }).filter(Boolean);
    var links = urls ? urls.split(' ').filter(function (u) { return HTTP.test(u); }) : [];
    var box = el('div', 'gi-sources-list', null, parent);
    var n = Math.max(list.length, links.length);
    el('div', 'gi-label', n === 1 ? 'Source (one only)' : 'Sources (' + n + ')', box);
    var ul = el('ul', null, null, box), paired = list.length === links.length, k;
    for (k = 0; k < list.length; k++) {
      var li = el('li', null, list[k], ul);
      if (paired) { li.appendChild(document.createTextNode(' ')); link(links[k], li); }
    }
    if (!paired) for (k = 0; k < links.length; k++) link(links[k], el('li', null, null, ul));
  }

  function popup(ev, i) {
    var box = el('div', 'gi-popup'), type = ev.type(i), c = ev.c;
    var head = el('div', 'gi-pop-head', null, box);
    head.appendChild(svgIcon(type.path, type.colour, 16));
    el('strong', null, ev.text('sub_event_type', i) || type.name, head);
    el('div', 'gi-date', c.d[i] < 0 ? 'Date unknown' : ev.p.dates[c.d[i]] + (TIME_PRECISION[c.tp[i]] || ''), box);
    var place = el('div', 'gi-place', null, box);
    el('span', 'gi-en', ev.text('location', i) || 'Unnamed place', place);
    var ar = ev.text('location_ar', i);
    if (ar) { var a = el('span', 'gi-ar', ar, place); a.dir = 'rtl'; a.lang = 'ar'; }
    var admin = [];
    ['admin3', 'admin2', 'admin1'].forEach(function (k) {
      var v = ev.text(k, i);
      if (v && admin.indexOf(v) < 0) admin.push(v);
    });
    if (admin.length) el('div', 'gi-admin', admin.join(', '), box);
    el('div', 'gi-prec', GEO_PRECISION[c.prec[i]], box);
    row(box, 'Killed (reported)', fatalities(c.fmin[i], c.fmax[i]));
    if (c.people[i] >= 0) row(box, 'People (reported)', c.people[i].toLocaleString('en'));
    row(box, 'Targets', ev.text('targets', i));
    row(box, 'Actor', ev.text('actor1', i));
    var notes = ev.text('notes', i);
    if (notes) el('p', 'gi-notes', notes, box);
    var quote = ev.text('quote', i);
    if (quote) el('blockquote', 'gi-quote', quote, box);
    row(box, 'According to', ev.text('attribution', i));
    sources(box, ev.text('source', i), ev.text('url', i));
    var id = ev.text('event_id_cnty', i);
    if (id) el('div', 'gi-id', 'Event ' + id, box);
    return box;
  }
  GI.popup = popup;

  /* ---- small maps: one SVG marker per exact event in MarkerCluster, circles for the rest ---- */
  function clusterIcon(cluster) {
    var counts = {}, best = null, markers = cluster.getAllChildMarkers(), n = markers.length;
    markers.forEach(function (m) {
      counts[m.options.giType] = (counts[m.options.giType] || 0) + 1;
      if (best === null || counts[m.options.giType] > counts[best]) best = m.options.giType;
    });
    var size = n < 10 ? 28 : n < 100 ? 34 : 42;
    var div = el('div', 'gi-cluster', String(n));
    div.style.background = markers[0].options.giColours[best];
    return L.divIcon({html: div, className: 'gi-cluster-icon', iconSize: L.point(size, size)});
  }

  function zoomOrSpiderfy(e) {
    var map = e.layer._map, b = e.layer.getBounds();
    var span = map.latLngToContainerPoint(b.getNorthWest()).distanceTo(map.latLngToContainerPoint(b.getSouthEast()));
    if (span < 10 || map.getZoom() >= map.getMaxZoom()) e.layer.spiderfy();
    else e.layer.zoomToBounds({padding: [40, 40]});
  }

  var MarkerStrikes = L.FeatureGroup.extend({
    initialize: function (ev) {
      L.FeatureGroup.prototype.initialize.call(this, []);
      var colours = ev.p.types.map(function (t) { return t.colour; });
      this.ev = ev;
      this.items = [];
      this.circles = L.featureGroup();
      this.cluster = L.markerClusterGroup({
        maxClusterRadius: 18, zoomToBoundsOnClick: false, showCoverageOnHover: false,
        iconCreateFunction: clusterIcon,
        spiderLegPolylineOptions: {weight: 1.5, color: '#222', opacity: 0.6, className: 'gi-spider-leg'}
      });
      this.cluster.on('clusterclick', zoomOrSpiderfy);
      for (var i = 0; i < ev.n; i++) this.items.push(this._item(i, colours));
      this.shown = new Uint8Array(ev.n);
      this.addLayer(this.circles);
      this.addLayer(this.cluster);
      this.setDateRange(null, null);
    },
    _item: function (i, colours) {
      var ev = this.ev, type = ev.type(i), layer;
      if (ev.c.prec[i] === 1) {
        var px = sizePx(ev.c.f[i]);
        layer = L.marker(ev.latlng(i), {
          icon: L.divIcon({html: svgIcon(type.path, type.colour, px), className: 'gi-symbol', iconSize: [px, px]}),
          giType: ev.c.t[i], giColours: colours
        });
      } else {
        layer = L.circle(ev.latlng(i), {
          radius: ev.c.r[i], color: type.colour, weight: 1.5, dashArray: '5 4',
          fillColor: type.colour, fillOpacity: 0.07, opacity: 0.8, className: 'gi-approx'
        });
      }
      layer.bindPopup(function () { return popup(ev, i); }, {maxWidth: 320, minWidth: 220});
      return layer;
    },
    /* Only what changes is added or removed (clearing MarkerCluster mid-animation wedges it). */
    setDateRange: function (lo, hi) {
      var count = this.ev.filter(lo, hi), add = [], remove = [], ev = this.ev;
      for (var i = 0; i < ev.n; i++) {
        if (ev.visible[i] === this.shown[i]) continue;
        this.shown[i] = ev.visible[i];
        if (ev.c.prec[i] !== 1) {
          if (ev.visible[i]) this.circles.addLayer(this.items[i]); else this.circles.removeLayer(this.items[i]);
        } else (ev.visible[i] ? add : remove).push(this.items[i]);
      }
      if (remove.length) this.cluster.removeLayers(remove);
      if (add.length) this.cluster.addLayers(add);
      this.fire('filter');
      return count;
    }
  });

  /* ---- large maps: every event drawn on one canvas; clicks find the events under the pointer ---- */
  function metresPerPixel(map) {
    var lat = map.getCenter().lat * Math.PI / 180;
    return 40075016.686 * Math.cos(lat) / (256 * Math.pow(2, map.getZoom()));
  }

  function screenFrame(map) {
    var origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
    return {scale: Math.pow(2, map.getZoom()), ox: origin.x, oy: origin.y, size: map.getSize()};
  }

  function overlayCanvas(map, pane, cls) {
    var c = L.DomUtil.create('canvas', cls + ' leaflet-zoom-hide');
    map.getPane(pane).appendChild(c);
    return c;
  }

  /* fn.call(layer) at most once per animation frame, however often it is asked for. */
  function throttled(fn, layer) {
    var pending = false;
    return function () {
      if (pending) return;
      pending = true;
      L.Util.requestAnimFrame(function () { pending = false; if (layer._map) fn.call(layer); });
    };
  }

  /* A symbol pre-drawn on a small canvas, so that large maps copy pixels instead of filling paths. */
  function sprite(cache, t, type, path, px) {
    var dpr = window.devicePixelRatio || 1, key = t * 64 + px;
    if (cache.dpr !== dpr) { cache.dpr = dpr; cache.items = []; }
    var sprites = cache.items;
    if (!sprites[key]) {
      var c = document.createElement('canvas'), ctx = c.getContext && c.getContext('2d');
      c.width = c.height = Math.ceil((px + 2) * dpr);
      ctx.setTransform(dpr * px / 24, 0, 0, dpr * px / 24, dpr, dpr);
      ctx.fillStyle = type.colour; ctx.strokeStyle = '#fff'; ctx.lineWidth = 1.5;
      ctx.fill(path); ctx.stroke(path);
      sprites[key] = c;
    }
    return sprites[key];
  }

  function resetCanvas(map, canvas) {
    var size = map.getSize(), dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.width = size.x * dpr; canvas.height = size.y * dpr;
    canvas.style.width = size.x + 'px'; canvas.style.height = size.y + 'px';
    var ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return ctx;
  }

  var CanvasStrikes = L.Layer.extend({
    initialize: function (ev) {
      this.ev = ev;
      this.paths = ev.p.types.map(function (t) { return new Path2D(t.path); });
      this.sprites = {};
      this.schedule = throttled(this.redraw, this);
      this._groupCircles();
      ev.filter(null, null);
    },
    /* Approximate events sharing centre, radius and type are drawn as one circle. */
    _groupCircles: function () {
      var ev = this.ev, c = ev.c, index = {}, key, g;
      this.group = new Int32Array(ev.n).fill(-1);
      this.reps = [];
      for (var i = 0; i < ev.n; i++) {
        if (c.prec[i] === 1) continue;
        key = c.lat[i] + ',' + c.lon[i] + ',' + c.r[i] + ',' + c.t[i];
        g = index[key];
        if (g === undefined) { g = index[key] = this.reps.length; this.reps.push(i); }
        this.group[i] = g;
      }
    },
    onAdd: function (map) {
      this.canvas = overlayCanvas(map, 'overlayPane', 'gi-canvas');
      map.on('moveend resize', this.schedule, this);
      map.on('click', this._click, this);
      map.on('mousemove', this._hover, this);
      this.schedule();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this.canvas);
      map.off('moveend resize', this.schedule, this);
      map.off('click', this._click, this);
      map.off('mousemove', this._hover, this);
      map.getContainer().style.cursor = '';
    },
    /* A pointer over an event shows a hand, as over a marker (checked once per frame at most). */
    _hover: function (e) {
      this._pointer = e.containerPoint;
      if (this._hovering) return;
      this._hovering = true;
      L.Util.requestAnimFrame(function () {
        this._hovering = false;
        if (this._map) this._map.getContainer().style.cursor = this.eventsAt(this._pointer).length ? 'pointer' : '';
      }, this);
    },
    setDateRange: function (lo, hi) {
      var count = this.ev.filter(lo, hi);
      this.schedule();
      this.fire('filter');
      return count;
    },
    redraw: function () {
      var map = this._map, ev = this.ev, c = ev.c, types = ev.p.types, ctx = resetCanvas(map, this.canvas);
      var f = screenFrame(map), mpp = metresPerPixel(map), i, k, x, y, s;
      ev.project();
      // Circles of one type and radius whose centres fall within a quarter radius of each other are
      // drawn once: the area they stand for is the same to a reader, and stroking thousands of
      // near-identical rings is what makes large maps slow.
      var on = new Uint8Array(this.reps.length), reps = this.reps, drawn = new Set(), q, key;
      for (i = 0; i < ev.n; i++) if (ev.visible[i] && this.group[i] >= 0) on[this.group[i]] = 1;
      for (k = 0; k < types.length; k++) {  // approximate locations first, underneath: one path per type
        ctx.beginPath();
        for (var g = 0; g < reps.length; g++) {
          i = reps[g];
          if (!on[g] || c.t[i] !== k) continue;
          x = ev.xs[i] * f.scale - f.ox; y = ev.ys[i] * f.scale - f.oy; s = Math.max(3, c.r[i] / mpp);
          if (x < -s || y < -s || x > f.size.x + s || y > f.size.y + s) continue;
          q = Math.max(1, s / 4);
          key = ((k * 8192 + Math.round(x / q) + 4096) * 8192 + Math.round(y / q) + 4096) * 2048 + Math.min(2047, Math.round(s));
          if (drawn.has(key)) continue;
          drawn.add(key);
          ctx.moveTo(x + s, y); ctx.arc(x, y, s, 0, 2 * Math.PI);
        }
        ctx.fillStyle = ctx.strokeStyle = types[k].colour;
        ctx.globalAlpha = 0.07; ctx.fill();
        ctx.globalAlpha = 0.6; ctx.lineWidth = 1; ctx.stroke();
      }
      ctx.globalAlpha = 1;
      // Per type and 8-pixel cell only the biggest symbol is drawn: the others would sit under it,
      // adding nothing a reader could see (the density layer and a click still count every one).
      var cols = Math.ceil(f.size.x / 8), cells = cols * Math.ceil(f.size.y / 8), cell;
      var best = new Int32Array(cells * types.length).fill(-1), extra = [];
      for (i = 0; i < ev.n; i++) {
        if (!ev.visible[i] || c.prec[i] !== 1) continue;
        x = ev.xs[i] * f.scale - f.ox; y = ev.ys[i] * f.scale - f.oy; s = sizePx(c.f[i]);
        if (x < -s || y < -s || x > f.size.x + s || y > f.size.y + s) continue;
        if (x < 0 || y < 0 || x >= f.size.x || y >= f.size.y) { extra.push(i); continue; }
        cell = c.t[i] * cells + Math.floor(y / 8) * cols + Math.floor(x / 8);
        if (best[cell] < 0 || c.f[best[cell]] < c.f[i]) best[cell] = i;
      }
      for (k = 0; k < best.length + extra.length; k++) {
        i = k < best.length ? best[k] : extra[k - best.length];
        if (i < 0) continue;
        x = ev.xs[i] * f.scale - f.ox; y = ev.ys[i] * f.scale - f.oy; s = sizePx(c.f[i]);
        ctx.drawImage(sprite(this.sprites, c.t[i], types[c.t[i]], this.paths[c.t[i]], s), x - s / 2 - 1, y - s / 2 - 1, s + 2, s + 2);
      }
    },
    /* Indexes of the visible events under a container point, nearest first. */
    eventsAt: function (pt) {
      var map = this._map, ev = this.ev, c = ev.c, f = screenFrame(map), mpp = metresPerPixel(map), hits = [];
      for (var i = 0; i < ev.n; i++) {
        if (!ev.visible[i]) continue;
        var dx = ev.xs[i] * f.scale - f.ox - pt.x, dy = ev.ys[i] * f.scale - f.oy - pt.y, d = Math.sqrt(dx * dx + dy * dy);
        var reach = c.prec[i] === 1 ? sizePx(c.f[i]) / 2 + 3 : Math.max(3, c.r[i] / mpp);
        if (d <= reach) hits.push([c.prec[i] === 1 ? d : 1e6 + d, i]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      return hits.map(function (h) { return h[1]; });
    },
    _click: function (e) {
      var hits = this.eventsAt(e.containerPoint);
      if (hits.length) L.popup({maxWidth: 320, minWidth: 220}).setLatLng(e.latlng).setContent(pager(this.ev, hits)).openOn(this._map);
    }
  });

  /* Several events under one click: show them one at a time with previous/next buttons. */
  function pager(ev, hits) {
    var box = el('div', 'gi-pager'), k = 0, body = el('div', null, null, box);
    function show() {
      body.textContent = '';
      body.appendChild(popup(ev, hits[k]));
      if (hits.length > 1) label.textContent = 'Event ' + (k + 1) + ' of ' + hits.length + ' here';
    }
    if (hits.length > 1) {
      var nav = el('div', 'gi-pager-nav', null, box);
      var prev = el('button', null, '\u2039', nav), label = el('span', null, null, nav), next = el('button', null, '\u203a', nav);
      prev.type = next.type = 'button';
      prev.setAttribute('aria-label', 'Previous event'); next.setAttribute('aria-label', 'Next event');
      L.DomEvent.on(prev, 'click', function (e) { L.DomEvent.stop(e); k = (k + hits.length - 1) % hits.length; show(); });
      L.DomEvent.on(next, 'click', function (e) { L.DomEvent.stop(e); k = (k + 1) % hits.length; show(); });
    }
    show();
    return box;
  }

  GI.strikes = function (payload, mode) {
    var ev = new Events(payload);
    var layer = mode === 'canvas' ? new CanvasStrikes(ev) : new MarkerStrikes(ev);
    filterables.push(layer);
    return layer;
  };

  GI.setDateRange = function (lo, hi) {
    var total = 0;
    filterables.forEach(function (layer) { total += layer.setDateRange(lo, hi); });
    return total;
  };

  /* ---- density: visible events counted in square screen cells ---- */
  var Density = L.Layer.extend({
    initialize: function (strikes) { this.strikes = strikes; this.schedule = throttled(this.redraw, this); },
    onAdd: function (map) {
      if (!map.getPane('giDensity')) map.createPane('giDensity').style.zIndex = 350;
      this.canvas = overlayCanvas(map, 'giDensity', 'gi-canvas');
      map.on('moveend resize', this.schedule, this);
      this.strikes.on('filter', this.schedule, this);
      this.schedule();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this.canvas);
      map.off('moveend resize', this.schedule, this);
      this.strikes.off('filter', this.schedule, this);
    },
    redraw: function () {
      var map = this._map, ev = this.strikes.ev, ctx = resetCanvas(map, this.canvas), f = screenFrame(map), cell = 24;
      var cols = Math.ceil(f.size.x / cell), rows = Math.ceil(f.size.y / cell), counts = new Uint32Array(cols * rows), max = 0, i;
      ev.project();
      for (i = 0; i < ev.n; i++) {
        if (!ev.visible[i]) continue;
        var cx = Math.floor((ev.xs[i] * f.scale - f.ox) / cell), cy = Math.floor((ev.ys[i] * f.scale - f.oy) / cell);
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) continue;
        var k = cy * cols + cx;
        counts[k]++; if (counts[k] > max) max = counts[k];
      }
      ctx.fillStyle = '#5b1a8a';
      for (i = 0; i < counts.length; i++) {
        if (!counts[i]) continue;
        ctx.globalAlpha = 0.1 + 0.55 * Math.log(counts[i] + 1) / Math.log(max + 1);
        ctx.fillRect((i % cols) * cell, Math.floor(i / cols) * cell, cell - 1, cell - 1);
      }
    }
  });
  GI.density = function (strikes) { return new Density(strikes); };

  /* ---- context: boundaries and place labels ---- */
  GI.boundaries = function (geojson, style) {
    return L.geoJSON(geojson, {interactive: false, style: function () { return style; }});
  };

  /* items: [lat, lon, text, minZoom, cssClass]; a label shows from its minZoom on. */
  GI.labels = function (items) {
    var group = L.layerGroup();
    var labels = items.map(function (it) {
      var span = el('span', null, it[2]);
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
    }
    group.on('add', function () { group._map.on('zoomend', update); update(); });
    group.on('remove', function () { group._map.off('zoomend', update); });
    return group;
  };

  /* ---- furniture ---- */
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
        a.appendChild(svgIcon('M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6', 'none', 18, '#333'));
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
      frame.setBounds(map.getBounds());
      mini.setView(map.getCenter(), Math.max(0, map.getZoom() - 4), {animate: false});
    }
    map.on('moveend', sync);
    return box;
  };

  /* Events over time as bars (time binned to the canvas width), the chosen dates darker. */
  function drawHistogram(canvas, dates, counts, a, b) {
    var w = canvas.width, h = canvas.height, ctx = canvas.getContext('2d'), n = dates.length;
    ctx.clearRect(0, 0, w, h);
    if (!n) return;
    var day = dates.map(function (d) { return Date.parse(d) / 864e5; }), span = day[n - 1] - day[0] + 1;
    var bins = Math.max(1, Math.min(span, Math.floor(w / 5))), sums = new Array(bins).fill(0), chosen = new Array(bins).fill(false), max = 0, k;
    for (k = 0; k < n; k++) {
      var bin = Math.min(bins - 1, Math.floor((day[k] - day[0]) * bins / span));
      sums[bin] += counts[k];
      if (k >= a && k <= b) chosen[bin] = true;
    }
    for (k = 0; k < bins; k++) max = Math.max(max, sums[k]);
    for (k = 0; k < bins; k++) {
      if (!sums[k]) continue;
      var bh = Math.max(2, Math.round(h * Math.sqrt(sums[k] / max)));
      ctx.fillStyle = chosen[k] ? '#444' : '#ccc';
      ctx.fillRect(Math.floor(k * w / bins), h - bh, Math.max(1, Math.floor(w / bins) - 1), bh);
    }
  }

  GI.timeSlider = function (map, dates, counts, total) {
    var Slider = L.Control.extend({
      options: {position: 'bottomleft'},
      onAdd: function () {
        var box = el('div', 'gi-panel gi-time');
        el('div', 'gi-time-title', 'Dates shown', box);
        var chart = el('canvas', 'gi-time-chart', null, box);
        chart.width = 260; chart.height = 36;
        chart.setAttribute('aria-hidden', 'true');
        var lo = el('input', null, null, box), hi = el('input', null, null, box), text = el('div', 'gi-time-text', null, box);
        [lo, hi].forEach(function (input, k) {
          input.type = 'range'; input.min = 0; input.max = Math.max(0, dates.length - 1); input.step = 1;
          input.value = k ? dates.length - 1 : 0;
          input.className = k ? 'gi-time-to' : 'gi-time-from';
          input.setAttribute('aria-label', k ? 'Last date shown' : 'First date shown');
          input.disabled = dates.length < 2;
          L.DomEvent.on(input, 'input change', update);
        });
        function show(a, b, n) {
          drawHistogram(chart, dates, counts, a, b);
          text.textContent = dates.length ? dates[a] + ' \u2013 ' + dates[b] + ' \u00b7 ' + n + ' of ' + total + ' events shown' : 'No events';
        }
        function update() {
          var a = Math.min(+lo.value, +hi.value), b = Math.max(+lo.value, +hi.value);
          show(a, b, GI.setDateRange(dates[a], dates[b]));
        }
        L.DomEvent.disableClickPropagation(box);
        show(0, dates.length - 1, total);  // every layer starts with every event shown
        return box;
      }
    });
    return new Slider().addTo(map);
  };
}());
