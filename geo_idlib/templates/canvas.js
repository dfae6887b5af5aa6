/* geo_idlib strikes on large maps: every event drawn on one canvas; a click finds the events
 * under the pointer and pages through them. Also GeoIdlib.strikes, which picks the drawing. */
(function (GI) {
  'use strict';

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

  var CanvasStrikes = L.Layer.extend({
    initialize: function (ev) {
      this.ev = ev;
      this.paths = ev.p.types.map(function (t) { return new Path2D(t.path); });
      this.sprites = {};
      this.schedule = GI.throttled(this.redraw, this);
      this._groupCircles();
      ev.filter(null, null);
    },
    /* Approximate events sharing centre, radius and type are drawn as one circle. */
    _groupCircles: function () {
      var ev = this.ev, c = ev.c, index = {}, key, g;
      this.group = new Int32Array(ev.n).fill(-1);
      this.reps = [];
      for (var i = 0; i < ev.n; i++) {
        if (c.prec[i] !== 2) continue;  // regions (3) are drawn by the areas layer
        key = c.lat[i] + ',' + c.lon[i] + ',' + c.r[i] + ',' + c.t[i];
        g = index[key];
        if (g === undefined) { g = index[key] = this.reps.length; this.reps.push(i); }
        this.group[i] = g;
      }
    },
    onAdd: function (map) {
      this.canvas = GI.overlayCanvas(map, 'overlayPane', 'gi-canvas');
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
      var map = this._map, ev = this.ev, c = ev.c, types = ev.p.types, ctx = GI.resetCanvas(map, this.canvas);
      var f = GI.screenFrame(map), mpp = GI.metresPerPixel(map), i, k, x, y, s;
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
        x = ev.xs[i] * f.scale - f.ox; y = ev.ys[i] * f.scale - f.oy; s = GI.sizePx(c.f[i]);
        if (x < -s || y < -s || x > f.size.x + s || y > f.size.y + s) continue;
        if (x < 0 || y < 0 || x >= f.size.x || y >= f.size.y) { extra.push(i); continue; }
        cell = c.t[i] * cells + Math.floor(y / 8) * cols + Math.floor(x / 8);
        if (best[cell] < 0 || c.f[best[cell]] < c.f[i]) best[cell] = i;
      }
      for (k = 0; k < best.length + extra.length; k++) {
        i = k < best.length ? best[k] : extra[k - best.length];
        if (i < 0) continue;
        x = ev.xs[i] * f.scale - f.ox; y = ev.ys[i] * f.scale - f.oy; s = GI.sizePx(c.f[i]);
        ctx.drawImage(sprite(this.sprites, c.t[i], types[c.t[i]], this.paths[c.t[i]], s), x - s / 2 - 1, y - s / 2 - 1, s + 2, s + 2);
      }
    },
    /* Indexes of the visible events under a container point, nearest first. */
    eventsAt: function (pt) {
      var map = this._map, ev = this.ev, c = ev.c, f = GI.screenFrame(map), mpp = GI.metresPerPixel(map), hits = [];
      for (var i = 0; i < ev.n; i++) {
        if (!ev.visible[i] || c.prec[i] === 3) continue;
        var dx = ev.xs[i] * f.scale - f.ox - pt.x, dy = ev.ys[i] * f.scale - f.oy - pt.y, d = Math.sqrt(dx * dx + dy * dy);
        var reach = c.prec[i] === 1 ? GI.sizePx(c.f[i]) / 2 + 3 : Math.max(3, c.r[i] / mpp);
        if (d <= reach) hits.push([c.prec[i] === 1 ? d : 1e6 + d, i]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      return hits.map(function (h) { return h[1]; });
    },
    _click: function (e) {
      var hits = this.eventsAt(e.containerPoint);
      if (hits.length) L.popup({maxWidth: 320, minWidth: 220}).setLatLng(e.latlng).setContent(GI.pager(this.ev, hits)).openOn(this._map);
    }
  });

  GI.strikes = function (payload, mode) {
    var ev = new GI.Events(payload);
    var layer = mode === 'canvas' ? new CanvasStrikes(ev) : new GI.MarkerStrikes(ev, mode === 'print');
    GI.layers.push(layer);
    GI.strikeLayers.push(layer);
    return layer;
  };
}(window.GeoIdlib));
