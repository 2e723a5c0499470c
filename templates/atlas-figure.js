/*
 * Gradient Atlas figure renderer: draws a figure's scene (org.gradientatlas.scene.FigureScene, described in
 * docs/browser-drawing.md) on canvases, as the JVM backend (plot/) draws the SVG: same colours, ranges, ticks,
 * labels and legends; 3-D panels turn and zoom with mouse, touch and keyboard; hovering or tapping a path point
 * tells its data row. Plain ES2020, no libraries, works from file://.
 *
 *   var handle = AtlasFigure.draw(container, scene, options);  // options: {textScale, minTextScale, maxTextScale}
 *   handle.update(newScene);  // redraws, keeping each 3-D panel's view
 *   handle.destroy();
 */
(function (global) {
  "use strict";

  var SCENE_FORMAT = "gradient-atlas-scene", SCENE_VERSION = 1;
  var MINUS = "\u2212";

  /* ---------- Text: fonts, measuring, labels with _sub and ^{sup} markup ---------- */

  var Text = {
    font: function (theme, size) {
      return size + "px \"" + theme.font + "\", Arial, Helvetica, sans-serif";
    },
    lineHeight: function (size) { return size * 1.15; },
    /* Runs of a label: normal, subscript (w_1, w_{12}) and superscript (10^{−3}). */
    runs: function (label) {
      var runs = [], plain = "", i = 0;
      function flush() { if (plain) { runs.push({ text: plain, shift: 0 }); plain = ""; } }
      while (i < label.length) {
        var c = label[i];
        if ((c === "_" || c === "^") && i + 1 < label.length) {
          flush();
          var shift = c === "_" ? 1 : -1, text;
          if (label[i + 1] === "{" && label.indexOf("}", i) > 0) {
            var end = label.indexOf("}", i);
            text = label.slice(i + 2, end);
            i = end + 1;
          } else {
            text = label[i + 1];
            i += 2;
          }
          if (text) runs.push({ text: text, shift: shift });
        } else {
          plain += c;
          i++;
        }
      }
      flush();
      return runs;
    },
    width: function (ctx, theme, label, size) {
      var w = 0;
      Text.runs(label).forEach(function (r) {
        ctx.font = Text.font(theme, r.shift ? size * 0.7 : size);
        w += ctx.measureText(r.text).width;
      });
      return w;
    },
    /* Draws a label with its left end at x, its em box centred on y. */
    drawLeft: function (ctx, theme, label, x, y, size) {
      ctx.textBaseline = "middle";
      ctx.textAlign = "left";
      Text.runs(label).forEach(function (r) {
        var s = r.shift ? size * 0.7 : size;
        ctx.font = Text.font(theme, s);
        ctx.fillText(r.text, x, y + (r.shift > 0 ? 0.25 * size : r.shift < 0 ? -0.4 * size : 0));
        x += ctx.measureText(r.text).width;
      });
    },
    /* Draws a label centred on (x, y), rotated by angle (radians) around that point. */
    drawCentred: function (ctx, theme, label, x, y, size, angle) {
      var w = Text.width(ctx, theme, label, size);
      ctx.save();
      ctx.translate(x, y);
      if (angle) ctx.rotate(angle);
      Text.drawLeft(ctx, theme, label, -w / 2, 0, size);
      ctx.restore();
    },
    /* A title broken at spaces into lines no wider than width. */
    wrap: function (ctx, theme, title, size, width) {
      ctx.font = Text.font(theme, size);
      var lines = [], line = "";
      title.split(" ").forEach(function (word) {
        var longer = line ? line + " " + word : word;
        if (line && ctx.measureText(longer).width > width) {
          lines.push(line);
          line = word;
        } else {
          line = longer;
        }
      });
      lines.push(line);
      return lines;
    },
    /* As plot.TitleFit: the title size, down to 70% in steps of 0.25, that wraps onto at most maxLines lines. */
    fitTitle: function (ctx, theme, title, width, maxLines) {
      var size = theme.titleSize, lines = Text.wrap(ctx, theme, title, size, width);
      while (lines.length > maxLines && size - 0.25 >= theme.titleSize * 0.7) {
        size -= 0.25;
        lines = Text.wrap(ctx, theme, title, size, width);
      }
      return { size: size, lines: lines };
    }
  };

  /* A number for a tooltip: integers as they are, others with 4 significant digits, a true minus sign. */
  function formatValue(v) {
    if (v === null || v === undefined || !isFinite(v)) return "\u2013";
    var s;
    if (Number.isInteger(v) && Math.abs(v) < 1e15) s = String(v);
    else if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) s = v.toExponential(3).replace(/\.?0+e/, "e");
    else s = String(Number(v.toPrecision(4)));
    return s.replace("-", MINUS);
  }

  /* ---------- Ticks: picking one of the scene's candidate sets for the drawn length ---------- */

  var Ticks = {
    /* The ticks {at, labels} of a linear or log axis drawn `length` pt long. */
    choose: function (ctx, theme, axis, length, horizontal) {
      var t = axis.ticks, size = theme.textSize;
      if (t.kind === "log") return Ticks.log(ctx, theme, axis, length, horizontal);
      if (t.kind === "auto") {
        var bins = Math.max(1, Math.min(9, Math.floor(length / (size * (horizontal ? 3 : 2)))));
        return t.sets[t.byBins[bins - 1]];
      }
      var span = axis.max - axis.min;
      for (var k = 0; k < t.sets.length; k++) {
        var set = t.sets[k];
        if (set.tooMany) continue;
        var spacing = length * set.step / span;
        if (horizontal) {
          var widest = 0;
          for (var i = 0; i < set.labels.length; i++) {
            widest = Math.max(widest, Text.width(ctx, theme, set.labels[i], size));
          }
          if (spacing >= widest + size / 2) return set;
        } else if (spacing >= size * 4 / 3) {
          return set;
        }
      }
      return t.sets[t.sets.length - 1];
    },
    /* Log ticks with the labels that keep apart, powers of ten first (plot.PowerOfTenAxis). */
    log: function (ctx, theme, axis, length, horizontal) {
      var t = axis.ticks, size = theme.textSize, order = [], kept = [], labels = t.labels.slice();
      for (var i = 0; i < t.at.length; i++) if (labels[i] !== null) order.push(i);
      order.sort(function (a, b) { return t.priority[a] - t.priority[b] || a - b; });
      order.forEach(function (i) {
        var at = (t.at[i] - axis.min) / (axis.max - axis.min) * length;
        var half = horizontal ? Text.width(ctx, theme, labels[i], size) / 2 : size / 2;
        var gap = horizontal ? size / 2 : size / 3;
        if (kept.some(function (k) { return Math.abs(k[0] - at) < k[1] + half + gap; })) labels[i] = null;
        else kept.push([at, half]);
      });
      return { at: t.at, labels: labels, major: t.major };
    }
  };

  /* ---------- Marks: markers and arrowheads as plot.MarkerMarks draws them ---------- */

  var Marks = {
    size: function (line) { return line.markerSize + 1; },
    /* Where a segment into (x, y) stops so that it ends under the arrowhead. */
    segmentEnd: function (line, x, y, fx, fy) {
      var dx = x - fx, dy = y - fy, length = Math.hypot(dx, dy);
      if (line.marker !== "arrow" || !(length > 0)) return [x, y];
      var back = Math.min(length, Marks.size(line) * 0.6);
      return [x - dx / length * back, y - dy / length * back];
    },
    add: function (path, line, x, y, fx, fy) {
      var r = Marks.size(line) / 2;
      switch (line.marker) {
        case "circle": path.moveTo(x + r, y); path.arc(x, y, r, 0, 2 * Math.PI); break;
        case "square": Marks.polygon(path, x, y, [-r, -r, r, -r, r, r, -r, r]); break;
        case "diamond": Marks.polygon(path, x, y, [0, -r * 1.2, r * 0.85, 0, 0, r * 1.2, -r * 0.85, 0]); break;
        case "arrow": Marks.arrow(path, line, x, y, fx, fy); break;
        default: break;
      }
    },
    arrow: function (path, line, x, y, fx, fy) {
      var dx = x - fx, dy = y - fy, length = Math.hypot(dx, dy);
      if (!(length > 0) || !isFinite(length)) return;
      var ux = dx / length, uy = dy / length, head = Marks.size(line), half = head * 0.35;
      path.moveTo(x, y);
      path.lineTo(x - ux * head - uy * half, y - uy * head + ux * half);
      path.lineTo(x - ux * head + uy * half, y - uy * head - ux * half);
      path.closePath();
    },
    polygon: function (path, x, y, o) {
      path.moveTo(x + o[0], y + o[1]);
      for (var k = 2; k < o.length; k += 2) path.lineTo(x + o[k], y + o[k + 1]);
      path.closePath();
    },
    /*
     * Strokes a polyline given in screen points (NaN for gaps) and its marks; returns nothing. Points within
     * 0.01 pt of the previous one are skipped on marked lines, as the JVM does.
     */
    stroke: function (ctx, line, px, py, roundCaps) {
      var path = new Path2D(), marks = new Path2D(), drawing = false, lx = NaN, ly = NaN;
      var marked = line.marker !== "none";
      for (var i = 0; i < px.length; i++) {
        var x = px[i], y = py[i];
        if (!(isFinite(x) && isFinite(y))) { drawing = false; continue; }
        if (marked && drawing && Math.round(x * 100) === Math.round(lx * 100)
            && Math.round(y * 100) === Math.round(ly * 100)) continue;
        if (drawing) {
          var end = Marks.segmentEnd(line, x, y, lx, ly);
          path.lineTo(end[0], end[1]);
          if (end[0] !== x || end[1] !== y) path.moveTo(x, y);
        } else {
          path.moveTo(x, y);
        }
        if (marked) Marks.add(marks, line, x, y, drawing ? lx : NaN, drawing ? ly : NaN);
        drawing = true; lx = x; ly = y;
      }
      if (line.width > 0) {
        ctx.strokeStyle = line.color;
        ctx.lineWidth = line.width;
        ctx.lineCap = roundCaps && !line.dash.length ? "round" : "butt";
        ctx.lineJoin = "round";
        ctx.setLineDash(line.dash);
        ctx.stroke(path);
        ctx.setLineDash([]);
      }
      if (marked) {
        ctx.fillStyle = line.color;
        ctx.fill(marks);
      }
    }
  };

  /* ---------- Legend: entries, size, placement (plot.LegendFactory, plot.LegendLocator) ---------- */

  var Legend = {
    PAD_X: 5, PAD_Y: 3, SAMPLE: 20, SAMPLE_PAD: 2, GAP: 6, TAIL: 2, ITEM_PAD_Y: 1.5,
    entries: function (lines) { return lines.filter(function (l) { return l.label !== ""; }); },
    itemWidth: function (ctx, theme, line) {
      return Legend.textAt() + Text.width(ctx, theme, line.label, theme.textSize) + Legend.TAIL;
    },
    /* Where an entry's label starts, from the entry's left. */
    textAt: function () {
      return Legend.SAMPLE + 2 * Legend.SAMPLE_PAD + Legend.GAP;
    },
    itemHeight: function (theme) { return Text.lineHeight(theme.textSize) + 2 * Legend.ITEM_PAD_Y; },
    /* The box {w, h, rows} with entries in one column, or in rows no wider than maxWidth. */
    measure: function (ctx, theme, entries, maxWidth) {
      var widths = entries.map(function (l) { return Legend.itemWidth(ctx, theme, l); }), rows = [], row = [], w = 0;
      if (!maxWidth) {
        rows = entries.map(function (l, i) { return [i]; });
      } else {
        widths.forEach(function (iw, i) {
          if (row.length && w + iw > maxWidth - 2 * Legend.PAD_X) { rows.push(row); row = []; w = 0; }
          row.push(i); w += iw;
        });
        if (row.length) rows.push(row);
      }
      var width = 0;
      rows.forEach(function (r) {
        width = Math.max(width, r.reduce(function (s, i) { return s + widths[i]; }, 0));
      });
      return { w: width + 2 * Legend.PAD_X, h: rows.length * Legend.itemHeight(theme) + 2 * Legend.PAD_Y,
               rows: rows, widths: widths };
    },
    draw: function (ctx, theme, entries, box, x, y) {
      ctx.fillStyle = "rgba(255,255,255," + theme.legendFillOpacity + ")";
      ctx.fillRect(x, y, box.w, box.h);
      ctx.strokeStyle = theme.legendEdge;
      ctx.lineWidth = 0.8;
      ctx.strokeRect(x + 0.4, y + 0.4, box.w - 0.8, box.h - 0.8);
      var ih = Legend.itemHeight(theme);
      box.rows.forEach(function (row, r) {
        var ix = x + Legend.PAD_X, cy = y + Legend.PAD_Y + r * ih + ih / 2;
        row.forEach(function (i) {
          Legend.sample(ctx, entries[i], ix + Legend.SAMPLE_PAD + Legend.SAMPLE / 2, cy);
          ctx.fillStyle = "#000";
          Text.drawLeft(ctx, theme, entries[i].label, ix + Legend.textAt(), cy, theme.textSize);
          ix += box.widths[i];
        });
      });
    },
    sample: function (ctx, line, cx, cy) {
      if (line.width > 0) {
        ctx.strokeStyle = line.color;
        ctx.lineWidth = line.width;
        ctx.lineCap = "butt";
        ctx.setLineDash(line.dash);
        ctx.beginPath(); ctx.moveTo(cx - 10, cy); ctx.lineTo(cx + 10, cy); ctx.stroke();
        ctx.setLineDash([]);
      }
      if (line.marker === "none") return;
      var path = new Path2D(), s = Marks.size(line);
      Marks.add(path, line, line.marker === "arrow" ? cx + s / 2 : cx, cy, cx - s / 2, cy);
      ctx.fillStyle = line.color;
      ctx.fill(path);
      if (Legend.nearWhite(line.color)) {
        ctx.strokeStyle = "#404040"; ctx.lineWidth = 0.6; ctx.stroke(path);
      }
    },
    /* WCAG relative luminance above 0.95: a white marker gets a dark edge on the white legend. */
    nearWhite: function (hex) {
      var v = parseInt(hex.slice(1), 16), lum = 0;
      [[v >> 16, 0.2126], [(v >> 8) & 255, 0.7152], [v & 255, 0.0722]].forEach(function (p) {
        var c = p[0] / 255;
        lum += p[1] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
      });
      return lum > 0.95;
    },
    /* Spots as matplotlib's places: [fx, fy, ax, ay] with the box's anchor point ax, ay in 0..1 (y down). */
    spots: function (inset) {
      var lo = inset, hi = 1 - inset;
      return [[hi, hi, 1, 0], [lo, hi, 0, 0], [lo, lo, 0, 1], [hi, lo, 1, 1], [hi, 0.5, 1, 0.5], [lo, 0.5, 0, 0.5],
              [hi, 0.5, 1, 0.5], [0.5, lo, 0.5, 1], [0.5, hi, 0.5, 0], [0.5, 0.5, 0.5, 0.5]];
    },
    fixed: { "upper right": 0, "upper left": 1, "lower left": 2, "lower right": 3 },
    boxAt: function (area, box, spot) {
      var ax = area.x + spot[0] * area.w, ay = area.y + area.h - spot[1] * area.h;
      return { x: ax - spot[2] * box.w, y: ay - spot[3] * box.h, w: box.w, h: box.h };
    },
    /* The data vertices inside the rectangle plus the segments crossing it. */
    badness: function (r, polylines) {
      var count = 0;
      polylines.forEach(function (p) {
        for (var i = 0; i < p.x.length; i++) {
          if (p.x[i] >= r.x && p.x[i] < r.x + r.w && p.y[i] >= r.y && p.y[i] < r.y + r.h) count++;
          if (i > 0 && Legend.crosses(r, p.x[i - 1], p.y[i - 1], p.x[i], p.y[i])) count++;
        }
      });
      return count;
    },
    /* Whether segment (x1, y1)-(x2, y2) meets the rectangle (Liang-Barsky clipping). */
    crosses: function (r, x1, y1, x2, y2) {
      if (!(isFinite(x1) && isFinite(y1) && isFinite(x2) && isFinite(y2))) return false;
      var t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
      var p = [-dx, dx, -dy, dy], q = [x1 - r.x, r.x + r.w - x1, y1 - r.y, r.y + r.h - y1];
      for (var k = 0; k < 4; k++) {
        if (p[k] === 0) { if (q[k] < 0) return false; continue; }
        var t = q[k] / p[k];
        if (p[k] < 0) {
          if (t > t1) return false;
          if (t > t0) t0 = t;
        } else {
          if (t < t0) return false;
          if (t < t1) t1 = t;
        }
      }
      return true;
    },
    /* The spot inside the data area that covers no data: the panel's own, or the first of matplotlib's; or null. */
    inside: function (placement, area, box, polylines, clearance, inset) {
      var spots = Legend.spots(inset);
      function covered(spot) {
        var r = Legend.boxAt(area, box, spot);
        var c = clearance;
        return Legend.badness({ x: r.x - c, y: r.y - c, w: r.w + 2 * c, h: r.h + 2 * c }, polylines);
      }
      var own = spots[Legend.fixed[placement]];
      if (own && covered(own) === 0) return own;
      for (var k = 0; k < spots.length; k++) if (covered(spots[k]) === 0) return spots[k];
      return null;
    }
  };

  /* ---------- Colormaps: the scene's 256-entry tables ---------- */

  var tableCache = new Map();
  function colormapBytes(hex) {
    var bytes = tableCache.get(hex);
    if (!bytes) {
      bytes = new Uint8Array(hex.length / 2);
      for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(2 * i, 2), 16);
      tableCache.set(hex, bytes);
    }
    return bytes;
  }

  /* Caches of what is drawn from a scene's parts, so that the scene objects themselves stay untouched. */
  var imageCache = new WeakMap(), pathCache = new WeakMap(), modelCache = new WeakMap();
  /* A colorbar strip's 256 entries, top (last entry) first. */
  var STRIP_CELLS = Array.from({ length: 256 }, function (_, k) { return 255 - k; });

  /* An offscreen canvas of w x h cells coloured by colormap indices (-1 transparent), cached per cell array. */
  function cellImage(cells, w, h, hex, alpha) {
    var cached = imageCache.get(cells);
    if (cached && cached.hex === hex) return cached.canvas;
    var table = colormapBytes(hex), canvas = document.createElement("canvas");
    canvas.width = w; canvas.height = h;
    var cx = canvas.getContext("2d"), data = cx.createImageData(w, h), px = data.data;
    for (var k = 0; k < cells.length; k++) {
      var c = cells[k], o = 4 * k;
      if (c < 0) continue;
      px[o] = table[3 * c]; px[o + 1] = table[3 * c + 1]; px[o + 2] = table[3 * c + 2]; px[o + 3] = alpha;
    }
    cx.putImageData(data, 0, 0);
    imageCache.set(cells, { hex: hex, canvas: canvas });
    return canvas;
  }

  /* ---------- 2-D panels, laid out and drawn as plot.XYPanelPainter (JFreeChart) does ---------- */

  var COLORBAR_WIDTH = 72, COLORBAR_GAP = 12, COLORBAR_STRIP = 12, OUTSIDE_GAP = 8, RIGHT_MIN_CHART = 180;
  var TICK_LABEL_INSET = 3.5, LABEL_INSET = 2;

  var XY = {
    xAxisHeight: function (theme) {
      var lh = Text.lineHeight(theme.textSize);
      return theme.tickLength + 2 * TICK_LABEL_INSET + lh + 2 * LABEL_INSET + lh;
    },
    yAxisWidth: function (ctx, theme, ticks) {
      var widest = 0;
      ticks.labels.forEach(function (l) {
        if (l !== null) widest = Math.max(widest, Text.width(ctx, theme, l, theme.textSize));
      });
      return theme.tickLength + 2 * TICK_LABEL_INSET + widest + 2 * LABEL_INSET + Text.lineHeight(theme.textSize);
    },
    /* The data area within rect, its y ticks chosen for its height; `below` pt kept under the x axis. */
    dataArea: function (ctx, theme, panel, rect, titleHeight, below) {
      var pad = theme.padding, top = rect.y + pad + titleHeight;
      var bottom = rect.y + rect.h - pad - XY.xAxisHeight(theme) - below;
      var yTicks = Ticks.choose(ctx, theme, panel.y, bottom - top, false);
      var yWidth = XY.yAxisWidth(ctx, theme, yTicks);
      var data = { x: rect.x + pad + yWidth, y: top, w: rect.w - 2 * pad - yWidth, h: bottom - top, titleShift: 0 };
      if (panel.equalAspect) {
        var ratio = (panel.x.max - panel.x.min) / (panel.y.max - panel.y.min);
        if (data.w > data.h * ratio) {
          var dx = (data.w - data.h * ratio) / 2;
          data.x += dx; data.w -= 2 * dx;
        } else {
          var dy = (data.h - data.w / ratio) / 2;
          data.y += dy; data.h -= 2 * dy; data.titleShift = dy;
        }
      }
      data.w = Math.max(data.w, 1); data.h = Math.max(data.h, 1);
      return data;
    },
    transform: function (panel, data) {
      var ax = data.w / (panel.x.max - panel.x.min), ay = data.h / (panel.y.max - panel.y.min);
      return {
        ax: ax, ay: ay,
        x: function (v) { return data.x + (v - panel.x.min) * ax; },
        y: function (v) { return data.y + data.h - (v - panel.y.min) * ay; }
      };
    },
    /* The lines' points on screen: {line, x, y} with NaN where a coordinate is not finite. */
    project: function (panel, data) {
      var t = XY.transform(panel, data);
      return panel.lines.map(function (line) {
        var n = line.x.length, x = new Float64Array(n), y = new Float64Array(n);
        for (var i = 0; i < n; i++) {
          x[i] = line.x[i] === null ? NaN : t.x(line.x[i]);
          y[i] = line.y[i] === null ? NaN : t.y(line.y[i]);
        }
        return { line: line, x: x, y: y };
      });
    },
    layout: function (ctx, theme, panel, area) {
      var pad = theme.padding, chart = { x: area.x, y: area.y, w: area.w, h: area.h };
      if (panel.colorbar) chart.w -= COLORBAR_WIDTH;
      var title = null, titleHeight = 0;
      if (panel.title) {
        title = Text.fitTitle(ctx, theme, panel.title, 0.96 * (chart.w - 2 * pad), 2);
        titleHeight = title.lines.length * Text.lineHeight(title.size) + 6;
      }
      var data = XY.dataArea(ctx, theme, panel, chart, titleHeight, 0), legend = null;
      var entries = panel.legend === "none" ? [] : Legend.entries(panel.lines);
      if (entries.length) {
        var r = XY.placeLegend(ctx, theme, panel, area, chart, data, titleHeight, entries);
        data = r.data; chart = r.chart; legend = r.legend;
      }
      return { area: area, chart: chart, data: data, title: title, legend: legend,
               xTicks: Ticks.choose(ctx, theme, panel.x, data.w, true),
               yTicks: Ticks.choose(ctx, theme, panel.y, data.h, false),
               colorbarTicks: panel.colorbar ? Ticks.choose(ctx, theme, panel.colorbar.axis, data.h, false) : null };
    },
    /* Inside the axes where it covers no data; else below them or on the right, whichever leaves more plot area. */
    placeLegend: function (ctx, theme, panel, area, chart, data, titleHeight, entries) {
      var box = Legend.measure(ctx, theme, entries, 0), clearance = 0;
      panel.lines.forEach(function (l) {
        clearance = Math.max(clearance, l.width / 2, l.marker !== "none" ? l.markerSize / 2 : 0);
      });
      var spot = Legend.inside(panel.legend, data, box, XY.project(panel, data), clearance + 1, theme.legendInset);
      if (spot) {
        var at = Legend.boxAt(data, box, spot);
        return { data: data, chart: chart, legend: { box: box, x: at.x, y: at.y, entries: entries, inside: true } };
      }
      var rows = Legend.measure(ctx, theme, entries, chart.w - 2 * theme.padding);
      var below = XY.dataArea(ctx, theme, panel, chart, titleHeight, rows.h + OUTSIDE_GAP);
      var narrower = { x: chart.x, y: chart.y, w: chart.w - box.w - OUTSIDE_GAP, h: chart.h };
      var beside = narrower.w >= RIGHT_MIN_CHART ? XY.dataArea(ctx, theme, panel, narrower, titleHeight, 0) : null;
      if (beside && beside.w * beside.h > below.w * below.h) {
        return { data: beside, chart: narrower, legend: { box: box, entries: entries,
          x: area.x + area.w - box.w - theme.padding / 2, y: beside.y } };
      }
      return { data: below, chart: chart, legend: { box: rows, entries: entries,
        x: chart.x + (chart.w - rows.w) / 2, y: below.y + below.h + XY.xAxisHeight(theme) + OUTSIDE_GAP } };
    },
    draw: function (ctx, theme, scene, panel, area) {
      var L = XY.layout(ctx, theme, panel, area), data = L.data, t = XY.transform(panel, data);
      ctx.save();
      ctx.beginPath(); ctx.rect(data.x, data.y, data.w, data.h); ctx.clip();
      panel.heatMaps.forEach(function (h) { XY.heatMap(ctx, scene, h, t); });
      panel.contours.forEach(function (c) { XY.contour(ctx, c, t, panel); });
      var projected = XY.project(panel, data);
      projected.forEach(function (p) { if (p.line.marker === "none") Marks.stroke(ctx, p.line, p.x, p.y, false); });
      projected.forEach(function (p) { if (p.line.marker !== "none") Marks.stroke(ctx, p.line, p.x, p.y, false); });
      ctx.restore();
      if (L.legend && L.legend.inside) Legend.draw(ctx, theme, L.legend.entries, L.legend.box, L.legend.x, L.legend.y);
      ctx.strokeStyle = "#000"; ctx.lineWidth = theme.axisLineWidth;
      ctx.strokeRect(data.x, data.y, data.w, data.h);
      XY.xAxis(ctx, theme, panel.x, L.xTicks, data);
      XY.yAxis(ctx, theme, panel.y, L.yTicks, data, false);
      if (L.title) XY.title(ctx, theme, L);
      if (panel.colorbar) XY.colorbar(ctx, theme, scene, panel.colorbar, L);
      if (L.legend && !L.legend.inside) Legend.draw(ctx, theme, L.legend.entries, L.legend.box, L.legend.x, L.legend.y);
      return projected;
    },
    heatMap: function (ctx, scene, h, t) {
      var image = cellImage(h.cells, h.columns, h.rows, scene.colormaps[h.colormap], 255);
      var x0 = t.x(h.extent[0]), x1 = t.x(h.extent[1]), y0 = t.y(h.extent[3]), y1 = t.y(h.extent[2]);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(image, x0, y0, x1 - x0, y1 - y0);
    },
    /* Each band one even-odd path in data coordinates (cached), filled through the data-to-screen transform. */
    contour: function (ctx, c, t, panel) {
      var paths = pathCache.get(c);
      if (!paths) {
        paths = c.bands.map(function (band) {
          var path = new Path2D();
          band.rings.forEach(function (ring) {
            path.moveTo(ring[0], ring[1]);
            for (var k = 2; k < ring.length; k += 2) path.lineTo(ring[k], ring[k + 1]);
            path.closePath();
          });
          return path;
        });
        pathCache.set(c, paths);
      }
      ctx.save();
      ctx.transform(t.ax, 0, 0, -t.ay, t.x(0), t.y(0));
      c.bands.forEach(function (band, k) {
        ctx.fillStyle = band.color;
        ctx.fill(paths[k], "evenodd");
      });
      ctx.restore();
    },
    xAxis: function (ctx, theme, axis, ticks, data) {
      var size = theme.textSize, bottom = data.y + data.h, lh = Text.lineHeight(size);
      ctx.strokeStyle = "#000"; ctx.lineWidth = theme.axisLineWidth; ctx.fillStyle = "#000";
      ticks.at.forEach(function (v, i) {
        var x = data.x + (v - axis.min) / (axis.max - axis.min) * data.w;
        var minor = ticks.major && !ticks.major[i], length = minor ? theme.tickLength * 4 / 7 : theme.tickLength;
        ctx.beginPath(); ctx.moveTo(x, bottom); ctx.lineTo(x, bottom + length); ctx.stroke();
        var y = bottom + theme.tickLength + TICK_LABEL_INSET + lh / 2;
        if (ticks.labels[i] !== null) Text.drawCentred(ctx, theme, ticks.labels[i], x, y, size);
      });
      Text.drawCentred(ctx, theme, axis.label, data.x + data.w / 2,
        bottom + theme.tickLength + 2 * TICK_LABEL_INSET + lh + LABEL_INSET + lh / 2, size);
    },
    /* The y axis on the left of the data area, or on the right (a colorbar's: label read bottom to top too). */
    yAxis: function (ctx, theme, axis, ticks, data, right) {
      var size = theme.textSize, edge = right ? data.x + data.w : data.x, dir = right ? 1 : -1, widest = 0;
      ctx.strokeStyle = "#000"; ctx.lineWidth = theme.axisLineWidth; ctx.fillStyle = "#000";
      ticks.at.forEach(function (v, i) {
        var y = data.y + data.h - (v - axis.min) / (axis.max - axis.min) * data.h;
        var minor = ticks.major && !ticks.major[i], length = minor ? theme.tickLength * 4 / 7 : theme.tickLength;
        ctx.beginPath(); ctx.moveTo(edge, y); ctx.lineTo(edge + dir * length, y); ctx.stroke();
        if (ticks.labels[i] === null) return;
        var w = Text.width(ctx, theme, ticks.labels[i], size), x = edge + dir * (theme.tickLength + TICK_LABEL_INSET);
        widest = Math.max(widest, w);
        Text.drawLeft(ctx, theme, ticks.labels[i], right ? x : x - w, y, size);
      });
      var reach = theme.tickLength + 2 * TICK_LABEL_INSET + widest + LABEL_INSET + Text.lineHeight(size) / 2;
      var lx = edge + dir * reach;
      Text.drawCentred(ctx, theme, axis.label, lx, data.y + data.h / 2, size, -Math.PI / 2);
    },
    title: function (ctx, theme, L) {
      var size = L.title.size, lh = Text.lineHeight(size), cx = L.chart.x + L.chart.w / 2;
      var y = L.area.y + theme.padding + L.data.titleShift;
      ctx.fillStyle = "#000";
      L.title.lines.forEach(function (line, i) { Text.drawCentred(ctx, theme, line, cx, y + lh * (i + 0.5), size); });
    },
    colorbar: function (ctx, theme, scene, bar, L) {
      var d = L.data, strip = { x: d.x + d.w + COLORBAR_GAP, y: d.y, w: COLORBAR_STRIP, h: d.h }, axis = bar.axis;
      var span = axis.max - axis.min;
      if (bar.kind === "strip") {
        ctx.imageSmoothingEnabled = false;
        var image = cellImage(STRIP_CELLS, 1, 256, scene.colormaps[bar.colormap], 255);
        ctx.drawImage(image, strip.x, strip.y, strip.w, strip.h);
      } else {
        bar.colors.forEach(function (color, k) {
          var top = strip.y + strip.h - (bar.levels[k + 1] - axis.min) / span * strip.h;
          var bottom = strip.y + strip.h - (bar.levels[k] - axis.min) / span * strip.h;
          ctx.fillStyle = color;
          ctx.fillRect(strip.x, top, strip.w, bottom - top);
        });
      }
      ctx.strokeStyle = "#000"; ctx.lineWidth = theme.axisLineWidth;
      ctx.strokeRect(strip.x, strip.y, strip.w, strip.h);
      XY.yAxis(ctx, theme, axis, L.colorbarTicks, strip, true);
    }
  };

  /* ---------- 3-D panels (geometry.View3D, plot.SurfacePainter, plot.Box3DPainter, plot.SurfaceCells) ---------- */

  /* matplotlib's default box aspect (4, 4, 3), as half-extents. */
  var HALF = [1, 1, 0.75], SEAM_OVERLAP = 0.3, MAX_BOX_TICKS = 6;

  /* An orthographic view of the data box from azimuth/elevation (degrees), fitted into a screen rectangle. */
  function View3D(min, max, azimuth, elevation) {
    var az = azimuth * Math.PI / 180, el = elevation * Math.PI / 180;
    var ca = Math.cos(az), sa = Math.sin(az), ce = Math.cos(el), se = Math.sin(el);
    this.min = min; this.max = max;
    this.eye = [ce * ca, ce * sa, se];
    this.right = [-sa, ca, 0];
    this.up = [-se * ca, -se * sa, ce];
    this.scale = 1; this.cx = 0; this.cy = 0;
  }
  View3D.prototype.norm = function (v, k) {
    var span = this.max[k] - this.min[k];
    return span === 0 ? 0 : ((v - this.min[k]) / span * 2 - 1) * HALF[k];
  };
  /* Scales (times zoom) and centres the projected box into the rectangle. */
  View3D.prototype.fit = function (x, y, w, h, zoom) {
    var uMin = Infinity, uMax = -Infinity, vMin = Infinity, vMax = -Infinity;
    for (var c = 0; c < 8; c++) {
      var b = [(c & 1 ? 1 : -1) * HALF[0], (c & 2 ? 1 : -1) * HALF[1], (c & 4 ? 1 : -1) * HALF[2]];
      var u = dot(b, this.right), v = dot(b, this.up);
      uMin = Math.min(uMin, u); uMax = Math.max(uMax, u); vMin = Math.min(vMin, v); vMax = Math.max(vMax, v);
    }
    this.scale = Math.min(w / (uMax - uMin), h / (vMax - vMin)) * (zoom || 1);
    this.cx = x + w / 2 - this.scale * (uMin + uMax) / 2;
    this.cy = y + h / 2 + this.scale * (vMin + vMax) / 2;
  };
  View3D.prototype.screen = function (x, y, z) {
    var b = [this.norm(x, 0), this.norm(y, 1), this.norm(z, 2)];
    return [this.cx + this.scale * dot(b, this.right), this.cy - this.scale * dot(b, this.up)];
  };
  View3D.prototype.box = function (x, y, z) { return [this.norm(x, 0), this.norm(y, 1), this.norm(z, 2)]; };
  View3D.prototype.depth = function (x, y, z) { return dot(this.box(x, y, z), this.eye); };
  View3D.prototype.rightward = function (x, y, z) { return dot(this.box(x, y, z), this.right); };
  View3D.prototype.corner = function (bits) {
    var self = this;
    return [1, 2, 4].map(function (bit, k) { return bits & bit ? self.max[k] : self.min[k]; });
  };
  View3D.prototype.near = function (k) { return this.eye[k] >= 0 ? this.max[k] : this.min[k]; };
  View3D.prototype.far = function (k) { return this.eye[k] >= 0 ? this.min[k] : this.max[k]; };
  function dot(a, b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

  var Surface = {
    /* What does not change with the view, computed once per panel: normalized coordinates, blocks, colours. */
    model: function (scene, panel) {
      var cached = modelCache.get(panel);
      if (cached) return cached;
      var nx = panel.x.length, ny = panel.y.length, min = [panel.box[0][0], panel.box[1][0], panel.box[2][0]];
      var max = [panel.box[0][1], panel.box[1][1], panel.box[2][1]], v = new View3D(min, max, 0, 0);
      var bx = new Float64Array(nx), by = new Float64Array(ny), bz = new Float64Array(nx * ny);
      for (var i = 0; i < nx; i++) bx[i] = v.norm(panel.x[i], 0);
      for (var j = 0; j < ny; j++) by[j] = v.norm(panel.y[j], 1);
      for (var k = 0; k < bz.length; k++) bz[k] = panel.z[k] === null ? NaN : v.norm(panel.z[k], 2);
      var table = colormapBytes(scene.colormaps[panel.colormap]), colours = panel.blocks.map(function (c) {
        if (c < 0) return null;
        return "rgba(" + table[3 * c] + "," + table[3 * c + 1] + "," + table[3 * c + 2] + ","
          + Math.round(panel.alpha * 255) / 255 + ")";
      });
      var runs = [], rows = panel.blockRows, cols = panel.blockCols, n = cols.length - 1;
      for (var a = 0; a + 1 < rows.length; a++) {
        var row = [];
        for (var b = 0; b < n;) {
          var end = b + 1;
          while (end < n && panel.blocks[a * n + end] === panel.blocks[a * n + b]) end++;
          row.push({ colour: colours[a * n + b],
                     perimeter: Surface.perimeter(rows[a], rows[a + 1], cols[b], cols[end], nx) });
          b = end;
        }
        runs.push(row);
      }
      var model = { nx: nx, ny: ny, min: min, max: max, bx: bx, by: by, bz: bz, runs: runs,
                    sx: new Float64Array(nx * ny), sy: new Float64Array(nx * ny), widths: new Map() };
      modelCache.set(panel, model);
      return model;
    },
    /* Grid point indices around a block: bottom edge, right, top, left (geometry.SurfaceBlocks.perimeter). */
    perimeter: function (j0, j1, i0, i1, nx) {
      var p = [];
      for (var i = i0; i < i1; i++) p.push(j0 * nx + i);
      for (var j = j0; j < j1; j++) p.push(j * nx + i1);
      for (i = i1; i > i0; i--) p.push(j1 * nx + i);
      for (j = j1; j > j0; j--) p.push(j * nx + i0);
      return Int32Array.from(p);
    },
    project: function (m, view) {
      var r = view.right, u = view.up, s = view.scale;
      for (var j = 0; j < m.ny; j++) {
        for (var i = 0; i < m.nx; i++) {
          var k = j * m.nx + i, z = m.bz[k];
          m.sx[k] = view.cx + s * (m.bx[i] * r[0] + m.by[j] * r[1] + z * r[2]);
          m.sy[k] = view.cy - s * (m.bx[i] * u[0] + m.by[j] * u[1] + z * u[2]);
        }
      }
    },
    /* Where the view box and the legend go: the legend above the box's far corner, or below the view. */
    layout: function (ctx, theme, scene, panel, area) {
      var top = panel.title ? 26 : 8;
      var box = { x: area.x + 40, y: area.y + top + 10, w: area.w - 110, h: area.h - top - 70 };
      var entries = Legend.entries(panel.lines), legend = null, inset = theme.legendInset;
      if (entries.length) {
        var size = Legend.measure(ctx, theme, entries, 0), m = Surface.model(scene, panel);
        var view = new View3D(m.min, m.max, panel.azimuth, panel.elevation);
        view.fit(box.x, box.y, box.w, box.h, 1);
        Surface.project(m, view);
        var at = { x: area.x + inset, y: area.y + top, w: size.w, h: size.h };
        var data = [{ x: m.sx, y: m.sy, points: true }];
        Surface.lines(panel, view).forEach(function (p) { data.push(p); });
        if (Surface.badness(at, data) > 0) {
          size = Legend.measure(ctx, theme, entries, area.w - 2 * inset);
          at = { x: area.x + area.w / 2 - size.w / 2, y: area.y + area.h - size.h - inset };
          box.h -= size.h + inset;
        }
        legend = { box: size, x: at.x, y: at.y, entries: entries };
      }
      return { area: area, box: box, legend: legend,
               title: panel.title ? Text.fitTitle(ctx, theme, panel.title, area.w - 20, 1) : null };
    },
    badness: function (r, data) {
      var count = 0;
      data.forEach(function (p) {
        if (!p.points) { count += Legend.badness(r, [p]); return; }
        for (var i = 0; i < p.x.length; i++) {
          if (p.x[i] >= r.x && p.x[i] < r.x + r.w && p.y[i] >= r.y && p.y[i] < r.y + r.h) count++;
        }
      });
      return count;
    },
    lines: function (panel, view) {
      return panel.lines.map(function (line) {
        var n = line.x.length, x = new Float64Array(n), y = new Float64Array(n);
        for (var i = 0; i < n; i++) {
          if (line.x[i] === null || line.y[i] === null || line.z[i] === null) { x[i] = NaN; y[i] = NaN; continue; }
          var p = view.screen(line.x[i], line.y[i], line.z[i]);
          x[i] = p[0]; y[i] = p[1];
        }
        return { line: line, x: x, y: y };
      });
    },
    draw: function (ctx, theme, scene, panel, area, state) {
      var L = state.layout, m = Surface.model(scene, panel);
      var view = new View3D(m.min, m.max, state.azimuth, state.elevation);
      view.fit(L.box.x, L.box.y, L.box.w, L.box.h, state.zoom);
      var ticks = [0, 1, 2].map(function (k) { return Box3D.ticks(ctx, theme, view, panel.ticks[k], k, m.widths); });
      Box3D.back(ctx, theme, view, ticks);
      Surface.project(m, view);
      Surface.cells(ctx, panel, m, view);
      var projected = Surface.lines(panel, view);
      projected.forEach(function (p) { Marks.stroke(ctx, p.line, p.x, p.y, true); });
      Box3D.axes(ctx, theme, view, ticks, panel.labels);
      if (L.legend) Legend.draw(ctx, theme, L.legend.entries, L.legend.box, L.legend.x, L.legend.y);
      if (L.title) {
        /* Last, on white, so that a view zoomed in never hides it. */
        var tw = Text.width(ctx, theme, panel.title, L.title.size);
        ctx.fillStyle = "rgba(255,255,255,0.85)";
        ctx.fillRect(area.x + area.w / 2 - tw / 2 - 4, area.y + 14 - L.title.size * 0.7, tw + 8, L.title.size * 1.4);
        ctx.fillStyle = "#000";
        Text.drawCentred(ctx, theme, panel.title, area.x + area.w / 2, area.y + 14, L.title.size);
      }
      return projected;
    },
    /*
     * The blocks back to front (rows, then columns, far to near: exact for a height field seen orthographically),
     * neighbours of one row with the same colour as one polygon, as plot.SurfaceCells draws them.
     */
    cells: function (ctx, panel, m, view) {
      var x = panel.x, y = panel.y, rows = m.runs.length;
      var rowsForward = view.depth(x[0], y[0], 0) < view.depth(x[0], y[y.length - 1], 0);
      var colsForward = view.depth(x[0], y[0], 0) < view.depth(x[x.length - 1], y[0], 0);
      var grow = panel.alpha >= 1;
      for (var r = 0; r < rows; r++) {
        var runs = m.runs[rowsForward ? r : rows - 1 - r];
        for (var c = 0; c < runs.length; c++) {
          var run = runs[colsForward ? c : runs.length - 1 - c];
          if (run.colour !== null) Surface.fillBlock(ctx, m, run.perimeter, run.colour, grow);
        }
      }
    },
    /* One block's polygon; an opaque one enlarged by 0.3 pt about its centre to cover antialiasing seams. */
    fillBlock: function (ctx, m, p, colour, grow) {
      var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, k;
      for (k = 0; k < p.length; k++) {
        var px = m.sx[p[k]], py = m.sy[p[k]];
        if (px < minX) minX = px; if (px > maxX) maxX = px; if (py < minY) minY = py; if (py > maxY) maxY = py;
      }
      var radius = Math.max(maxX - minX, maxY - minY) / 2;
      var f = grow && radius >= SEAM_OVERLAP ? 1 + SEAM_OVERLAP / radius : 1;
      var ox = (minX + maxX) / 2, oy = (minY + maxY) / 2;
      ctx.beginPath();
      for (k = 0; k < p.length; k++) {
        var sx = ox + (m.sx[p[k]] - ox) * f, sy = oy + (m.sy[p[k]] - oy) * f;
        if (k === 0) ctx.moveTo(sx, sy); else ctx.lineTo(sx, sy);
      }
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
    }
  };

  /* The 3-D frame as mplot3d draws it (plot.Box3DPainter): back panes with grid lines, axes with ticks and labels. */
  var Box3D = {
    /* The most ticks, 6 down to 3, whose labels keep half a font size apart along the drawn axis; at least 3. */
    ticks: function (ctx, theme, view, sets, k, widths) {
      var lo = view.corner(0), hi = lo.slice();
      hi[k] = view.max[k];
      var from = view.screen(lo[0], lo[1], lo[2]), to = view.screen(hi[0], hi[1], hi[2]);
      var length = Math.hypot(to[0] - from[0], to[1] - from[1]);
      var cos = length === 0 ? 1 : Math.abs(to[0] - from[0]) / length;
      var size = theme.textSize, span = view.max[k] - view.min[k];
      for (var most = MAX_BOX_TICKS; most >= 3; most--) {
        var c = sets[most - 3], widest = 0;
        c.labels.forEach(function (l) { widest = Math.max(widest, Box3D.width(ctx, theme, l, widths)); });
        var needed = widest * cos + size * Math.sqrt(1 - cos * cos) + size / 2;
        var spacing = c.at.length < 2 ? length : length * (c.at[1] - c.at[0]) / span;
        if (c.at.length >= 3 && spacing >= needed) return c;
      }
      var chosen = null;
      for (most = 3; chosen === null || chosen.at.length < 3 && most < 2 * MAX_BOX_TICKS; most++) {
        chosen = sets[most - 3];
      }
      return chosen;
    },
    width: function (ctx, theme, label, widths) {
      var w = widths.get(label);
      if (w === undefined) { w = Text.width(ctx, theme, label, theme.textSize); widths.set(label, w); }
      return w;
    },
    point: function (view, k1, v1, k2, v2, k3, v3) {
      var p = [0, 0, 0];
      p[k1] = v1; p[k2] = v2; p[k3] = v3;
      return view.screen(p[0], p[1], p[2]);
    },
    back: function (ctx, theme, view, ticks) {
      for (var normal = 0; normal < 3; normal++) {
        var a = (normal + 1) % 3, b = (normal + 2) % 3, at = view.far(normal), pane = new Path2D();
        [[0, 0], [1, 0], [1, 1], [0, 1]].forEach(function (c, i) {
          var va = c[0] ? view.max[a] : view.min[a], vb = c[1] ? view.max[b] : view.min[b];
          var p = Box3D.point(view, normal, at, a, va, b, vb);
          if (i === 0) pane.moveTo(p[0], p[1]); else pane.lineTo(p[0], p[1]);
        });
        pane.closePath();
        ctx.fillStyle = theme.pane; ctx.fill(pane);
        ctx.lineWidth = 0.6; ctx.strokeStyle = theme.grid;
        Box3D.gridLines(ctx, view, ticks, normal, at, a, b);
        Box3D.gridLines(ctx, view, ticks, normal, at, b, a);
        ctx.strokeStyle = theme.paneEdge; ctx.stroke(pane);
      }
    },
    gridLines: function (ctx, view, ticks, normal, at, along, across) {
      ctx.beginPath();
      ticks[along].at.forEach(function (t) {
        var p = Box3D.point(view, normal, at, along, t, across, view.min[across]);
        var q = Box3D.point(view, normal, at, along, t, across, view.max[across]);
        ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]);
      });
      ctx.stroke();
    },
    /* The x and y axes along the near bottom edges, the z axis on the right-hand vertical edge. */
    axes: function (ctx, theme, view, ticks, labels) {
      var z0 = view.min[2];
      var beyond0 = 2 * view.near(0) - view.far(0), beyond1 = 2 * view.near(1) - view.far(1);
      Box3D.axis(ctx, theme, view, ticks[0], 0, [0, view.near(1), z0], [0, beyond1, z0], labels[0]);
      Box3D.axis(ctx, theme, view, ticks[1], 1, [view.near(0), 0, z0], [beyond0, 0, z0], labels[1]);
      var A = [view.near(0), view.far(1)], B = [view.far(0), view.near(1)];
      var c = view.rightward(A[0], A[1], z0) >= view.rightward(B[0], B[1], z0) ? A : B;
      var outward = [2 * c[0] - (view.min[0] + view.max[0]) / 2, 2 * c[1] - (view.min[1] + view.max[1]) / 2, 0];
      Box3D.axis(ctx, theme, view, ticks[2], 2, [c[0], c[1], 0], outward, labels[2]);
    },
    axis: function (ctx, theme, view, ticks, k, base, outward, label) {
      function at(p, v) { var q = p.slice(); q[k] = v; return view.screen(q[0], q[1], q[2]); }
      function direction(from, to) {
        var dx = to[0] - from[0], dy = to[1] - from[1], l = Math.hypot(dx, dy);
        return l === 0 ? [0, 1] : [dx / l, dy / l];
      }
      var size = theme.textSize, tl = theme.tickLength, reach = 0;
      ctx.strokeStyle = "#000"; ctx.lineWidth = theme.axisLineWidth; ctx.fillStyle = "#000";
      var p0 = at(base, view.min[k]), p1 = at(base, view.max[k]);
      ctx.beginPath(); ctx.moveTo(p0[0], p0[1]); ctx.lineTo(p1[0], p1[1]); ctx.stroke();
      ticks.at.forEach(function (t, i) {
        var from = at(base, t), dir = direction(from, at(outward, t));
        ctx.beginPath();
        ctx.moveTo(from[0], from[1]);
        ctx.lineTo(from[0] + dir[0] * tl, from[1] + dir[1] * tl);
        ctx.stroke();
        var w = Text.width(ctx, theme, ticks.labels[i], size), d = tl + 4 + w / 2 * Math.abs(dir[0]) + 4;
        reach = Math.max(reach, w);
        Text.drawCentred(ctx, theme, ticks.labels[i], from[0] + dir[0] * d, from[1] + dir[1] * d, size);
      });
      var middle = (view.min[k] + view.max[k]) / 2, from = at(base, middle), dir = direction(from, at(outward, middle));
      var d = tl + 12 + reach * Math.abs(dir[0]) + 10;
      Text.drawCentred(ctx, theme, label, from[0] + dir[0] * d, from[1] + dir[1] * d, theme.textSize);
    }
  };

  /* ---------- Layout of the panels: one row, or stacked where they do not fit (figure.PanelGrid) ---------- */

  var STACKED_ROW_ASPECT = 0.9;

  function grid(scene, widthPt) {
    var n = scene.panels.length, widest = 0, columns = Math.min(scene.columns, n);
    scene.panels.forEach(function (p) { widest = Math.max(widest, p.minWidth); });
    while (columns > 1 && widthPt / columns < widest) columns--;
    var rows = Math.ceil(n / columns), height;
    if (columns === n) {
      height = widthPt * scene.height / scene.width;
    } else {
      var aspect = scene.height / (scene.width / n);
      height = rows * widthPt / columns * Math.min(aspect, STACKED_ROW_ASPECT);
    }
    return { columns: columns, rows: rows, panelWidth: widthPt / columns, panelHeight: height / rows };
  }

  function checkScene(scene) {
    if (!scene || scene.format !== SCENE_FORMAT) {
      throw new Error("AtlasFigure: not a Gradient Atlas scene (expected format \"" + SCENE_FORMAT + "\")");
    }
    if (scene.version !== SCENE_VERSION) {
      throw new Error("AtlasFigure: scene version " + scene.version + " is not supported; this renderer draws version "
        + SCENE_VERSION);
    }
  }

  var STYLE = ".atlas-figure{position:relative;display:flex;flex-wrap:wrap}"
    + ".atlas-figure canvas{display:block;touch-action:pan-y}"
    + ".atlas-figure canvas.atlas-3d{touch-action:none;cursor:grab}"
    + ".atlas-figure canvas:focus-visible{outline:3px solid #f59e0b;outline-offset:-3px}"
    + ".atlas-figure-tip{position:absolute;z-index:2;pointer-events:none;background:rgba(255,255,255,.95);"
    + "border:1px solid #6b7280;border-radius:4px;padding:.25rem .5rem;font:13px/1.35 system-ui,sans-serif;"
    + "color:#111;white-space:nowrap;font-variant-numeric:tabular-nums}"
    + ".atlas-figure-ring{position:absolute;z-index:1;pointer-events:none;width:12px;height:12px;margin:-8px 0 0 -8px;"
    + "border:2px solid #111;border-radius:50%;box-shadow:0 0 0 2px #fff}";

  function addStyle() {
    if (document.getElementById("atlas-figure-style")) return;
    var style = document.createElement("style");
    style.id = "atlas-figure-style";
    style.textContent = STYLE;
    document.head.appendChild(style);
  }

  /* ---------- A drawn figure: canvases, redraws, tooltips and 3-D controls ---------- */

  var TURN_STEP = 5, ZOOM_STEP = 1.15, MIN_ZOOM = 0.4, MAX_ZOOM = 4, HIT_CSS_PX = 9, SHARP_AFTER_MS = 200;

  function Figure(container, scene, options) {
    checkScene(scene);
    addStyle();
    this.container = container;
    this.options = options || {};
    this.root = document.createElement("div");
    this.root.className = "atlas-figure";
    this.tip = document.createElement("div");
    this.tip.className = "atlas-figure-tip";
    this.tip.hidden = true;
    this.tip.setAttribute("role", "status");
    this.ring = document.createElement("div");
    this.ring.className = "atlas-figure-ring";
    this.ring.hidden = true;
    container.appendChild(this.root);
    this.stats = { draws: 0, lastDrawMs: 0, frames: 0, frameMs: 0 };
    this.setScene(scene, null);
    var self = this;
    this.observer = new ResizeObserver(function () { self.relayout(); });
    this.observer.observe(container);
  }

  /*
   * Draws a new scene. Panels of the same kinds as the drawn ones keep their canvases (and so the keyboard focus)
   * and their 3-D views; otherwise the canvases are made anew.
   */
  Figure.prototype.setScene = function (scene, previous) {
    var self = this;
    this.scene = scene;
    if (previous && previous.length === scene.panels.length && previous.every(function (p, i) {
      return p.panel.type === scene.panels[i].type;
    })) {
      previous.forEach(function (p, i) {
        p.panel = scene.panels[i];
        Controls.label(p.canvas, p.panel, scene);
      });
      this.width = -1;
      this.relayout();
      return;
    }
    this.root.textContent = "";
    this.panels = scene.panels.map(function (panel, i) {
      var canvas = document.createElement("canvas"), old = previous && previous[i], surface = panel.type === "surface";
      canvas.setAttribute("role", "img");
      Controls.label(canvas, panel, scene);
      var state = { azimuth: panel.azimuth, elevation: panel.elevation, zoom: 1 };
      /* the reader's turn and zoom stay, unless the scene's own view changed (the recipe's azimuth or elevation) */
      if (surface && old && old.surface && old.panel.azimuth === panel.azimuth && old.panel.elevation === panel.elevation) {
        state.azimuth = old.state.azimuth; state.elevation = old.state.elevation; state.zoom = old.state.zoom;
      }
      var p = { panel: panel, canvas: canvas, surface: surface, state: state, hits: [], index: i };
      if (surface) {
        canvas.tabIndex = 0;
        canvas.className = "atlas-3d";
        Controls.turning(self, p);
      }
      Controls.hovering(self, p);
      self.root.appendChild(canvas);
      return p;
    });
    this.root.appendChild(this.ring);
    this.root.appendChild(this.tip);
    this.width = -1;
    this.relayout();
  };

  /* Sizes the canvases to the container's width and redraws them all. */
  Figure.prototype.relayout = function () {
    var width = this.container.clientWidth;
    if (width === this.width || width <= 0) return;
    this.width = width;
    var o = this.options, scene = this.scene;
    var k = o.textScale || Math.min(o.maxTextScale || 1.6, Math.max(o.minTextScale || 1.1, width / scene.width));
    var layoutWidth = Math.floor(width / k * 1000) / 1000, g = grid(scene, layoutWidth);
    this.scale = k;
    this.grid = g;
    var start = performance.now(), self = this;
    this.panels.forEach(function (p) {
      var cssW = Math.floor(g.panelWidth * k), cssH = Math.floor(g.panelHeight * k);
      p.canvas.style.width = cssW + "px";
      p.canvas.style.height = cssH + "px";
      p.area = { x: 0, y: 0, w: cssW / k, h: cssH / k };
      p.state.layout = null;
      self.drawPanel(p);
    });
    this.stats.draws++;
    this.stats.lastDrawMs = performance.now() - start;
    this.hideTip();
  };

  Figure.prototype.drawPanel = function (p) {
    var ratio = p.turning ? 1 : global.devicePixelRatio || 1, k = this.scale, canvas = p.canvas;
    var w = Math.round(p.area.w * k * ratio), h = Math.round(p.area.h * k * ratio);
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    var ctx = canvas.getContext("2d"), theme = this.scene.theme;
    ctx.setTransform(k * ratio, 0, 0, k * ratio, 0, 0);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, p.area.w, p.area.h);
    if (p.surface) {
      if (!p.state.layout) p.state.layout = Surface.layout(ctx, theme, this.scene, p.panel, p.area);
      p.hits = Surface.draw(ctx, theme, this.scene, p.panel, p.area, p.state);
    } else {
      p.hits = XY.draw(ctx, theme, this.scene, p.panel, p.area);
    }
  };

  /* Redraws a 3-D panel at the next frame (several events in one frame draw once). */
  /*
   * Redraws a 3-D panel at the next frame (several events in one frame draw once). While the view turns, frames
   * are drawn at one device pixel per CSS pixel (a quarter of the pixels on a HiDPI screen), and sharp again once
   * it has rested for SHARP_AFTER_MS.
   */
  Figure.prototype.requestFrame = function (p) {
    var self = this;
    p.turning = (global.devicePixelRatio || 1) > 1;
    clearTimeout(p.sharpTimer);
    p.sharpTimer = setTimeout(function () {
      p.turning = false;
      self.drawPanel(p);
    }, SHARP_AFTER_MS);
    if (p.pending) return;
    p.pending = true;
    requestAnimationFrame(function () {
      p.pending = false;
      var start = performance.now();
      self.drawPanel(p);
      self.stats.frames++;
      self.stats.frameMs += performance.now() - start;
    });
  };

  /* The line point nearest to (x, y) css px on the panel's canvas, within reach, with a data row. */
  Figure.prototype.hit = function (p, x, y, reach) {
    var k = this.scale, best = null, bestD = reach / k;
    p.hits.forEach(function (h) {
      if (!h.line.tip) return;
      for (var i = 0; i < h.x.length; i++) {
        var d = Math.hypot(h.x[i] - x / k, h.y[i] - y / k);
        if (d <= bestD && h.line.tip.rows[i] >= 0) {
          bestD = d;
          best = { line: h.line, index: i, x: h.x[i] * k, y: h.y[i] * k };
        }
      }
    });
    return best;
  };

  Figure.prototype.showTip = function (p, found) {
    var tip = this.tip, series = this.scene.series[found.line.tip.series], row = found.line.tip.rows[found.index];
    tip.textContent = "";
    var head = document.createElement("strong");
    head.textContent = found.line.label || found.line.tip.series;
    tip.appendChild(head);
    Object.keys(series).forEach(function (column) {
      var line = document.createElement("div");
      line.textContent = column + " " + formatValue(series[column][row]);
      tip.appendChild(line);
    });
    var left = p.canvas.offsetLeft + found.x, top = p.canvas.offsetTop + found.y;
    this.ring.style.left = left + "px";
    this.ring.style.top = top + "px";
    this.ring.hidden = false;
    tip.hidden = false;
    var width = tip.offsetWidth, room = this.root.clientWidth;
    tip.style.left = Math.max(0, Math.min(left + 12, room - width)) + "px";
    tip.style.top = Math.max(0, top - tip.offsetHeight - 10) + "px";
  };

  Figure.prototype.hideTip = function () {
    this.tip.hidden = true;
    this.ring.hidden = true;
  };

  var Controls = {
    label: function (canvas, panel, scene) {
      canvas.setAttribute("aria-label", (panel.title || scene.title) + (panel.type === "surface"
        ? " (3-D view: drag or use the arrow keys to turn it, the wheel, a pinch or + and \u2212 to zoom,"
          + " 0 to reset)" : ""));
    },
    hovering: function (fig, p) {
      var canvas = p.canvas;
      canvas.addEventListener("pointermove", function (e) {
        if (p.drag) return;
        if (e.pointerType !== "mouse") return;
        Controls.tipAt(fig, p, e, HIT_CSS_PX);
      });
      canvas.addEventListener("pointerleave", function (e) { if (e.pointerType === "mouse") fig.hideTip(); });
      canvas.addEventListener("pointerup", function (e) {
        if (e.pointerType !== "mouse" && !(p.drag && p.drag.moved)) Controls.tipAt(fig, p, e, 2 * HIT_CSS_PX);
      });
    },
    tipAt: function (fig, p, e, reach) {
      var r = p.canvas.getBoundingClientRect(), found = fig.hit(p, e.clientX - r.left, e.clientY - r.top, reach);
      if (found) fig.showTip(p, found); else fig.hideTip();
    },
    /* Drag (one finger) turns, the wheel or a pinch zooms, arrow keys turn, + and − zoom, 0 or Home resets. */
    turning: function (fig, p) {
      Controls.dragging(fig, p);
      p.canvas.addEventListener("wheel", function (e) {
        e.preventDefault();
        p.state.zoom = Controls.clampZoom(p.state.zoom * Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)));
        fig.requestFrame(p);
      }, { passive: false });
      p.canvas.addEventListener("keydown", function (e) {
        if (Controls.key(p, e.key)) { e.preventDefault(); fig.hideTip(); fig.requestFrame(p); }
      });
    },
    /* One pointer turns the view as it moves, two pinch to zoom. */
    dragging: function (fig, p) {
      var canvas = p.canvas, pointers = new Map(), s = p.state;
      canvas.addEventListener("pointerdown", function (e) {
        try { canvas.setPointerCapture(e.pointerId); } catch (ignored) { /* a pointer that is already gone */ }
        pointers.set(e.pointerId, [e.clientX, e.clientY]);
        p.drag = { moved: false, x: e.clientX, y: e.clientY, pinch: Controls.spread(pointers), zoom: s.zoom };
        fig.hideTip();
      });
      canvas.addEventListener("pointermove", function (e) {
        if (!pointers.has(e.pointerId) || !p.drag) return;
        pointers.set(e.pointerId, [e.clientX, e.clientY]);
        if (pointers.size >= 2) {
          var spread = Controls.spread(pointers);
          if (p.drag.pinch > 0) s.zoom = Controls.clampZoom(p.drag.zoom * spread / p.drag.pinch);
          else { p.drag.pinch = spread; p.drag.zoom = s.zoom; }
        } else {
          var dx = e.clientX - p.drag.x, dy = e.clientY - p.drag.y;
          if (!p.drag.moved && Math.abs(dx) + Math.abs(dy) <= 3) return;
          Controls.turn(s, -dx * 0.5, dy * 0.5);
          p.drag.x = e.clientX; p.drag.y = e.clientY;
        }
        p.drag.moved = true;
        fig.requestFrame(p);
      });
      function end(e) {
        pointers.delete(e.pointerId);
        if (pointers.size === 0) setTimeout(function () { p.drag = null; }, 0);
        else if (p.drag) { var q = pointers.values().next().value; p.drag.x = q[0]; p.drag.y = q[1]; p.drag.pinch = 0; }
      }
      canvas.addEventListener("pointerup", end);
      canvas.addEventListener("pointercancel", end);
    },
    /* Applies a key to the view; false for a key that does nothing here. */
    key: function (p, key) {
      var s = p.state;
      switch (key) {
        case "ArrowLeft": Controls.turn(s, -TURN_STEP, 0); return true;
        case "ArrowRight": Controls.turn(s, TURN_STEP, 0); return true;
        case "ArrowUp": Controls.turn(s, 0, TURN_STEP); return true;
        case "ArrowDown": Controls.turn(s, 0, -TURN_STEP); return true;
        case "+": case "=": s.zoom = Controls.clampZoom(s.zoom * ZOOM_STEP); return true;
        case "-": case "\u2212": s.zoom = Controls.clampZoom(s.zoom / ZOOM_STEP); return true;
        case "0": case "Home": s.azimuth = p.panel.azimuth; s.elevation = p.panel.elevation; s.zoom = 1; return true;
        default: return false;
      }
    },
    turn: function (s, dAzimuth, dElevation) {
      s.azimuth = ((s.azimuth + dAzimuth + 540) % 360) - 180;
      s.elevation = Math.max(-90, Math.min(90, s.elevation + dElevation));
    },
    clampZoom: function (z) { return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)); },
    spread: function (pointers) {
      if (pointers.size < 2) return 0;
      var it = pointers.values(), a = it.next().value, b = it.next().value;
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
  };

  /* ---------- Public API ---------- */

  global.AtlasFigure = {
    version: SCENE_VERSION,
    /*
     * Draws a scene into the container (an empty block element; the drawing takes its width) and returns a handle:
     * update(scene) redraws with a new scene keeping each 3-D panel's view unless the scene's own view changed (an
     * invalid scene throws and keeps the last drawing), redraw() draws again, view(i) / setView(i, {azimuth, elevation, zoom}) read and set a 3-D panel's
     * view, canvases() lists the panels' canvases, locate(panel, line, point) tells where a line's point is drawn,
     * stats {draws, lastDrawMs, frames, frameMs}, destroy() removes the drawing.
     */
    draw: function (container, scene, options) {
      var figure = new Figure(container, scene, options);
      return {
        update: function (next) {
          checkScene(next);
          figure.setScene(next, figure.panels);
        },
        redraw: function () { figure.width = -1; figure.relayout(); },
        view: function (i) {
          var s = figure.panels[i].state;
          return { azimuth: s.azimuth, elevation: s.elevation, zoom: s.zoom };
        },
        setView: function (i, view) {
          var p = figure.panels[i];
          if (!p.surface) throw new Error("AtlasFigure: panel " + i + " is not a 3-D panel");
          Object.assign(p.state, view);
          figure.drawPanel(p);
        },
        canvases: function () { return figure.panels.map(function (p) { return p.canvas; }); },
        /* Where point `point` of line `line` of panel `panel` is drawn, in css px from the canvas's top left. */
        locate: function (panel, line, point) {
          var p = figure.panels[panel], h = p.hits[line];
          return { x: h.x[point] * figure.scale, y: h.y[point] * figure.scale };
        },
        stats: figure.stats,
        destroy: function () {
          figure.observer.disconnect();
          figure.root.remove();
        }
      };
    }
  };
})(typeof window !== "undefined" ? window : this);
