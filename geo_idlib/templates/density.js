/* geo_idlib density: the visible events counted in square screen cells, drawn under them. */
(function (GI) {
  'use strict';

  var Density = L.Layer.extend({
    initialize: function (strikes) { this.strikes = strikes; this.schedule = GI.throttled(this.redraw, this); },
    onAdd: function (map) {
      if (!map.getPane('giDensity')) map.createPane('giDensity').style.zIndex = 350;
      this.canvas = GI.overlayCanvas(map, 'giDensity', 'gi-canvas');
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
      var map = this._map, ev = this.strikes.ev, ctx = GI.resetCanvas(map, this.canvas), f = GI.screenFrame(map), cell = 24;
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

}(window.GeoIdlib));
