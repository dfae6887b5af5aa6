/* geo_idlib time slider: two range inputs over the dates that filter every dated layer, above a
 * bar chart of events per date. */
(function (GI) {
  'use strict';
  var el = GI.el;

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
        var box = el('details', 'gi-panel gi-time gi-open-wide');
        el('summary', 'gi-time-title', 'Dates', box);
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
}(window.GeoIdlib));
