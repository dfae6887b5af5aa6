/* geo_idlib popups: an event's card, a pager for several events, tooltips and rows of shapes. */
(function (GI) {
  'use strict';
  var el = GI.el;
  var TIME_PRECISION = {1: '', 2: ' (sometime that week)', 3: ' (sometime that month or later)'};
  var GEO_PRECISION = {
    1: 'Location: the named place itself.',
    2: 'Location approximate: near this place or part of a larger area (circle).',
    3: 'Location approximate: only the region is known (outline of the area).'
  };

  function row(parent, label, value) {
    if (!value) return;
    var d = el('div', 'gi-row', null, parent);
    el('span', 'gi-label', label + ': ', d);
    el('span', null, value, d);
  }

  /* A toll as text: -1 none reported (ACLED's 0), -2 an empty toll: deaths reported without a figure
   * (the print map writes no number beside it). */
  GI.NO_FIGURE = -2;
  GI.fatalities = function (lo, hi) {
    if (lo === GI.NO_FIGURE) return 'no figure given';
    if (lo < 0 && hi < 0) return 'not reported';
    if (lo < 0) lo = hi;
    if (hi < 0 || hi === lo) return String(lo);
    return lo + '\u2013' + hi;
  };

  function link(url, parent) {
    if (!GI.HTTP.test(url)) return;
    var a = el('a', null, null, parent), host = url;
    try { host = new URL(url).hostname; } catch (e) { /* keep the URL as its own label */ }
    a.textContent = host;
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }

  function sources(parent, names, urls) {
    var list = names.split(';').map(function (s) { return s.trim(); }).filter(Boolean);
    var links = urls ? urls.split(' ').filter(function (u) { return GI.HTTP.test(u); }) : [];
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

  GI.popup = function (ev, i) {
    var box = el('div', 'gi-popup'), type = ev.type(i), c = ev.c;
    var head = el('div', 'gi-pop-head', null, box);
    head.appendChild(GI.svgIcon(type.path, type.colour, 16));
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
    row(box, 'Killed (reported)', GI.fatalities(c.fmin[i], c.fmax[i]));
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
  };

  /* Several events under one click: show them one at a time with previous/next buttons. */
  GI.pager = function (ev, hits) {
    var box = el('div', 'gi-pager'), k = 0, body = el('div', null, null, box), label;
    function show() {
      body.textContent = '';
      body.appendChild(GI.popup(ev, hits[k]));
      if (hits.length > 1) label.textContent = 'Event ' + (k + 1) + ' of ' + hits.length + ' here';
    }
    if (hits.length > 1) {
      var nav = el('div', 'gi-pager-nav', null, box);
      var prev = el('button', null, '\u2039', nav), next;
      label = el('span', null, null, nav);
      next = el('button', null, '\u203a', nav);
      prev.type = next.type = 'button';
      prev.setAttribute('aria-label', 'Previous event'); next.setAttribute('aria-label', 'Next event');
      L.DomEvent.on(prev, 'click', function (e) { L.DomEvent.stop(e); k = (k + hits.length - 1) % hits.length; show(); });
      L.DomEvent.on(next, 'click', function (e) { L.DomEvent.stop(e); k = (k + 1) % hits.length; show(); });
    }
    show();
    return box;
  };

  /* A tooltip: its text's first line bold, the others plain. */
  GI.tip = function (text) {
    var div = document.createElement('div');
    text.split('\n').forEach(function (line, i) { el(i ? 'div' : 'strong', null, line, div); });
    return div;
  };

  /* A shape's popup: a bold title and [label, value] rows. */
  GI.rowsPopup = function (p) {
    var div = el('div', 'gi-popup');
    el('div', 'gi-pop-title', p.title, div);
    p.rows.forEach(function (r) { row(div, r[0], r[1]); });
    return div;
  };
}(window.GeoIdlib));
