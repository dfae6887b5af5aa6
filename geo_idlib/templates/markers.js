/* geo_idlib strikes on small maps: one SVG symbol per event at a town, dashed circles for the
 * approximate ones. Interactive maps cluster stacked symbols (a click spreads them out); the
 * print rendering spreads them at once and writes each toll beside its symbol. */
(function (GI) {
  'use strict';
  var el = GI.el;

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

  function symbol(ev, i, colours) {
    var type = ev.type(i), px = GI.sizePx(ev.c.f[i]);
    return L.marker(ev.latlng(i), {
      icon: L.divIcon({html: GI.svgIcon(type.path, type.colour, px), className: 'gi-symbol', iconSize: [px, px]}),
      giType: ev.c.t[i], giColours: colours
    });
  }

  function approximate(ev, i) {
    var type = ev.type(i);
    return L.circle(ev.latlng(i), {
      radius: ev.c.r[i], color: type.colour, weight: 1.5, dashArray: '5 4',
      fillColor: type.colour, fillOpacity: 0.07, opacity: 0.8, className: 'gi-approx'
    });
  }

  var MarkerStrikes = L.FeatureGroup.extend({
    initialize: function (ev, print) {
      L.FeatureGroup.prototype.initialize.call(this, []);
      var colours = ev.p.types.map(function (t) { return t.colour; });
      this.ev = ev;
      this.print = print;
      this.items = [];
      this.circles = L.featureGroup();
      if (print) {
        this.cluster = L.featureGroup();
        this.tolls = L.featureGroup();
        this.addLayer(this.tolls);
      } else {
        this.cluster = L.markerClusterGroup({
          maxClusterRadius: 18, zoomToBoundsOnClick: false, showCoverageOnHover: false,
          iconCreateFunction: clusterIcon,
          spiderLegPolylineOptions: {weight: 1.5, color: '#222', opacity: 0.6, className: 'gi-spider-leg'}
        });
        this.cluster.on('clusterclick', zoomOrSpiderfy);
      }
      for (var i = 0; i < ev.n; i++) this.items.push(this._item(i, colours));
      this.shown = new Uint8Array(ev.n);
      this.addLayer(this.circles);
      this.addLayer(this.cluster);
      this.setDateRange(null, null);
    },
    onAdd: function (map) {
      L.FeatureGroup.prototype.onAdd.call(this, map);
      if (this.print) { map.on('zoomend moveend', this.spread, this); this.spread(); }
    },
    onRemove: function (map) {
      if (this.print) map.off('zoomend moveend', this.spread, this);
      L.FeatureGroup.prototype.onRemove.call(this, map);
    },
    _item: function (i, colours) {
      var ev = this.ev;
      if (ev.c.prec[i] === 3) return null;  // a region: drawn by the areas layer
      var layer = ev.c.prec[i] === 1 ? symbol(ev, i, colours) : approximate(ev, i);
      layer.bindPopup(function () { return GI.popup(ev, i); }, {maxWidth: 320, minWidth: 220});
      return layer;
    },
    /* Only what changes is added or removed (clearing MarkerCluster mid-animation wedges it). */
    setDateRange: function (lo, hi) {
      var count = this.ev.filter(lo, hi), add = [], remove = [], ev = this.ev;
      for (var i = 0; i < ev.n; i++) {
        if (ev.visible[i] === this.shown[i] || !this.items[i]) continue;
        this.shown[i] = ev.visible[i];
        if (ev.c.prec[i] !== 1) {
          if (ev.visible[i]) this.circles.addLayer(this.items[i]); else this.circles.removeLayer(this.items[i]);
        } else (ev.visible[i] ? add : remove).push(this.items[i]);
      }
      if (this.print) {
        add.forEach(function (m) { this.cluster.addLayer(m); }, this);
        remove.forEach(function (m) { this.cluster.removeLayer(m); }, this);
        if (this._map) this.spread();
      } else {
        if (remove.length) this.cluster.removeLayers(remove);
        if (add.length) this.cluster.addLayers(add);
      }
      this.fire('filter');
      return count;
    },
    /* Print: symbols at one spot are set around it in a ring (largest first, from the top, clockwise),
     * each with its toll; the labels are placed by GI.relabel like every other label. */
    spread: function () {
      var map = this._map, ev = this.ev, c = ev.c, groups = {}, keys = [], i, k;
      if (!map) return;
      this.tolls.clearLayers();
      for (i = 0; i < ev.n; i++) {
        if (!this.shown[i] || c.prec[i] !== 1) continue;
        var p = map.latLngToContainerPoint(ev.latlng(i)), key = Math.round(p.x / 6) + ',' + Math.round(p.y / 6);
        if (!groups[key]) { groups[key] = {at: p, items: []}; keys.push(key); }
        groups[key].items.push(i);
      }
      keys.forEach(function (key) {
        var g = groups[key], n = g.items.length, biggest = 0;
        g.items.sort(function (a, b) { return c.f[b] - c.f[a] || a - b; });
        g.items.forEach(function (j) { biggest = Math.max(biggest, GI.sizePx(c.f[j])); });
        var r = n > 1 ? Math.max(biggest * 0.75, biggest * n / (2 * Math.PI) + 2) : 0;
        g.items.forEach(function (j, m) {
          var a = -Math.PI / 2 + 2 * Math.PI * m / n, px = GI.sizePx(c.f[j]);
          var at = L.point(g.at.x + r * Math.cos(a), g.at.y + r * Math.sin(a)), ll = map.containerPointToLatLng(at);
          this.items[j].setLatLng(ll);
          var toll = GI.fatalities(c.fmin[j], c.fmax[j]);
          if (toll === 'not reported' || toll === 'no figure given' || toll === '0') return;
          var span = el('span', null, toll);
          span.style.left = (px / 2 + 2) + 'px';
          this.tolls.addLayer(L.marker(ll, {icon: L.divIcon({html: span, className: 'gi-maplabel gi-toll', iconSize: null}),
                                            interactive: false, keyboard: false}));
        }, this);
      }, this);
      if (GI.relabel) GI.relabel();
    }
  });

  GI.MarkerStrikes = MarkerStrikes;
}(window.GeoIdlib));
