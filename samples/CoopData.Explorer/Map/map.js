(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("coop-data").textContent);
  var svg = document.getElementById("map"), viewport = document.getElementById("viewport");
  var panel = document.getElementById("details");
  var W = svg.viewBox.baseVal.width, H = svg.viewBox.baseVal.height;
  var cities = new Map(), ties = new Map(), dots = new Map(), arcs = [], labels = new Map();
  data.cities.forEach(function (c) { cities.set(c.id, c); });
  data.ties.forEach(function (t) { ties.set(t.id, t); });
  svg.querySelectorAll("circle.city[data-id]").forEach(function (d) { dots.set(d.getAttribute("data-id"), d); d.dataset.r = d.getAttribute("r"); });
  svg.querySelectorAll("path.arc[data-id]").forEach(function (a) { arcs.push(a); });
  svg.querySelectorAll("text.label").forEach(function (t) { labels.set(t.getAttribute("data-id"), t); });

  // DOM from data: text always goes through textContent, never markup.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function add(parent) { for (var i = 1; i < arguments.length; i++) if (arguments[i] != null) parent.append(arguments[i]); return parent; }
  function countryName(code) { return data.countries[code] || code; }
  function linkButton(text, onClick) { var b = el("button", "link", text); b.type = "button"; b.addEventListener("click", onClick); return b; }
  function evidence(list, sources) {
    sources.forEach(function (s) {
      add(list, el("blockquote", null, "\u201C" + s.text + "\u201D"),
        el("p", "cite", (s.title ? s.title + " \u2014 " : "") + s.article + ", line " + s.line));
    });
  }
  function eventLine(e) {
    var li = el("li");
    add(li, el("time", null, e.start ? e.start + (e.end ? " to " + e.end : "") : "undated"), " ",
      el("span", "kind", e.kind), " ", e.title);
    return li;
  }

  // ----- details panel -----
  var pinned = null;
  function cityView(id) {
    var c = cities.get(id), frag = document.createDocumentFragment();
    var h = add(el("h2"), c.name);
    if (c.local) add(h, " \u00B7 ", add(el("span"), c.local));
    var dot = dots.get(id);
    add(frag, h, el("p", "sub", [c.kindName, countryName(c.country)].join(", ") + (c.approx ? " \u2014 location approximate (the parent's point)" : "")));
    if (c.aliases.length) add(frag, el("p", "note", "Also written: " + c.aliases.join(", ")));
    add(frag, el("h3", null, "Partners (" + c.ties.length + ")"));
    if (c.ties.length) {
      var ul = el("ul", "partners");
      c.ties.map(function (tid) { return ties.get(tid); })
        .sort(function (a, b) { return (a.since || 9999) - (b.since || 9999) || a.id.localeCompare(b.id); })
        .forEach(function (t) {
          t.parties.filter(function (p) { return p !== id; }).forEach(function (p) {
            var o = cities.get(p);
            var li = add(el("li"), linkButton(o.name, function () { pin("city", p); }),
              " (" + countryName(o.country) + ") \u2014 " + (t.since ? "since " + t.since : "year not stated") + ", ",
              linkButton(t.status, function () { pin("tie", t.id); }));
            ul.append(li);
          });
        });
      frag.append(ul);
    } else frag.append(el("p", "note", "No partnership stated."));
    add(frag, el("h3", null, "Events (" + c.events.length + ")"));
    if (c.events.length) {
      var ol = el("ol", "events");
      c.events.map(function (i) { return data.events[i]; }).forEach(function (e) { ol.append(eventLine(e)); });
      frag.append(ol);
    } else frag.append(el("p", "note", "No event stated."));
    if (dot && dot.dataset.nearby) {
      add(frag, el("h3", null, "Nearby, drawn as one dot at this zoom"));
      var near = el("ul");
      dot.dataset.nearby.split(" ").forEach(function (n) { near.append(add(el("li"), linkButton(cities.get(n).name, function () { pin("city", n); }))); });
      frag.append(near);
    }
    return frag;
  }
  function tieView(id) {
    var t = ties.get(id), frag = document.createDocumentFragment();
    var names = t.parties.map(function (p) { return cities.get(p).name; });
    add(frag, el("h2", null, names.join(" \u2013 ")),
      add(el("p", "sub"), el("span", "status st-" + t.status, t.status), t.since ? " since " + t.since : " \u2014 year not stated"));
    if (t.fields.length) add(frag, el("p", "note", "Fields: " + t.fields.join(", ")));
    add(frag, el("h3", null, "Evidence"));
    evidence(frag, t.sources);
    var parties = el("p");
    t.parties.forEach(function (p, i) { if (i) parties.append(" \u00B7 "); parties.append(linkButton(cities.get(p).name, function () { pin("city", p); })); });
    frag.append(parties);
    return frag;
  }
  function intro() {
    var frag = document.createDocumentFragment();
    add(frag, el("h2", null, "Select a city or a tie"),
      el("p", "note", "Hover or click a dot (or Tab to it and press Enter) to see the city's partners and events; hover or click an arc for the sentence that states the tie. Keys: + and - zoom, arrows pan, Escape clears."));
    if (data.unplaced.length) add(frag, el("p", "note", "Not on the map, no coordinates: " + data.unplaced.map(function (id) { return cities.get(id).name; }).join(", ")));
    return frag;
  }
  function show(sel) {
    panel.replaceChildren(sel ? (sel.type === "city" ? cityView(sel.id) : tieView(sel.id)) : intro());
  }
  function highlight(sel) {
    dots.forEach(function (d) { d.classList.remove("sel"); });
    arcs.forEach(function (a) { a.classList.remove("hl"); });
    svg.classList.toggle("focus", !!sel);
    if (!sel) return;
    if (sel.type === "city") {
      var d = dots.get(sel.id); if (d) d.classList.add("sel");
      arcs.forEach(function (a) { if (a.dataset.from === sel.id || a.dataset.to === sel.id) a.classList.add("hl"); });
    } else {
      arcs.forEach(function (a) { if (a.dataset.id === sel.id) a.classList.add("hl"); });
      ties.get(sel.id).parties.forEach(function (p) { var d = dots.get(p); if (d) d.classList.add("sel"); });
    }
  }
  function pin(type, id) { pinned = type ? { type: type, id: id } : null; show(pinned); highlight(pinned); }
  function preview(type, id) { show({ type: type, id: id }); }
  function unpreview() { show(pinned); }

  function target(ev) { return ev.target.closest ? ev.target.closest("circle.city[data-id], path.arc[data-id]") : null; }
  function kindOf(t) { return t.tagName.toLowerCase() === "circle" ? "city" : "tie"; }
  var dragged = false;
  svg.addEventListener("click", function (ev) {
    if (dragged) return;
    var t = target(ev);
    if (t) pin(kindOf(t), t.dataset.id); else pin(null);
  });
  svg.addEventListener("mouseover", function (ev) { var t = target(ev); if (t) preview(kindOf(t), t.dataset.id); });
  svg.addEventListener("mouseout", function (ev) { if (target(ev)) unpreview(); });
  svg.addEventListener("focusin", function (ev) { var t = target(ev); if (t) preview(kindOf(t), t.dataset.id); });
  svg.addEventListener("keydown", function (ev) {
    var t = target(ev);
    if (t && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); pin(kindOf(t), t.dataset.id); panel.focus(); return; }
    if (ev.key === "+" || ev.key === "=") { zoomBy(1.5); ev.preventDefault(); }
    else if (ev.key === "-") { zoomBy(1 / 1.5); ev.preventDefault(); }
    else if (ev.key.indexOf("Arrow") === 0) {
      var step = 60 / view.k;
      view.x += ev.key === "ArrowLeft" ? -step : ev.key === "ArrowRight" ? step : 0;
      view.y += ev.key === "ArrowUp" ? -step : ev.key === "ArrowDown" ? step : 0;
      apply(); ev.preventDefault();
    }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") pin(null); });

  // ----- zoom and pan: the view is a centre (x, y) in map units and a zoom factor k -----
  var view = { x: W / 2, y: H / 2, k: 1 };
  function apply() {
    view.k = Math.max(1, Math.min(40, view.k));
    var half = { w: W / 2 / view.k, h: H / 2 / view.k };
    view.x = Math.max(half.w, Math.min(W - half.w, view.x));
    view.y = Math.max(half.h, Math.min(H - half.h, view.y));
    viewport.setAttribute("transform", "translate(" + (W / 2 - view.x * view.k) + " " + (H / 2 - view.y * view.k) + ") scale(" + view.k + ")");
    dots.forEach(function (d) { d.setAttribute("r", d.dataset.r / Math.sqrt(view.k)); d.style.strokeWidth = 1 / view.k; });
    labels.forEach(function (t, id) {
      var d = dots.get(id);
      t.style.fontSize = (11 / view.k) + "px"; t.style.strokeWidth = (3 / view.k) + "px";
      var r = d.getAttribute("r") * 1, end = t.getAttribute("text-anchor") === "end";
      t.setAttribute("x", d.cx.baseVal.value + (end ? -1 : 1) * (r + 2 / view.k));
      t.setAttribute("y", d.cy.baseVal.value + 4 / view.k);
    });
    cluster();
  }
  function zoomBy(f, cx, cy) {
    if (cx != null) { view.x = cx + (view.x - cx) / f; view.y = cy + (view.y - cy) / f; }
    view.k *= f; apply();
  }
  function mapPoint(ev) {
    var p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    var q = p.matrixTransform(viewport.getScreenCTM().inverse());
    return q;
  }
  svg.addEventListener("wheel", function (ev) { ev.preventDefault(); var q = mapPoint(ev); zoomBy(ev.deltaY < 0 ? 1.25 : 0.8, q.x, q.y); }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; dragged = false; });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag || !(ev.buttons & 1)) return;
    var scale = W / svg.getBoundingClientRect().width / view.k, dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) dragged = true;
    if (dragged) { view.x = drag.vx - dx * scale; view.y = drag.vy - dy * scale; apply(); }
  });
  window.addEventListener("pointerup", function () { drag = null; });
  document.getElementById("zoom-in").addEventListener("click", function () { zoomBy(1.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomBy(1 / 1.5); });
  document.getElementById("zoom-reset").addEventListener("click", function () { view = { x: W / 2, y: H / 2, k: 1 }; apply(); });

  // ----- clustering: a dot mostly covered by a larger one folds into it at this zoom -----
  function cluster() {
    var placed = [], cell = 24 / view.k, grid = new Map();
    dots.forEach(function (d) { d.classList.remove("clustered", "cluster"); delete d.dataset.nearby; });
    var order = Array.from(dots.values()).filter(function (d) { return !d.classList.contains("off"); });
    order.sort(function (a, b) { return b.dataset.r - a.dataset.r || (a.dataset.id < b.dataset.id ? -1 : 1); });
    order.forEach(function (d) {
      var x = d.cx.baseVal.value, y = d.cy.baseVal.value, r = d.getAttribute("r") * 1;
      var gx = Math.floor(x / cell), gy = Math.floor(y / cell), host = null;
      for (var i = -1; i <= 1 && !host; i++) for (var j = -1; j <= 1 && !host; j++) {
        (grid.get((gx + i) + "," + (gy + j)) || []).some(function (o) {
          var dx = o.x - x, dy = o.y - y;
          if (Math.sqrt(dx * dx + dy * dy) < (o.r + r) * 0.5) { host = o; return true; }
          return false;
        });
      }
      if (host) {
        d.classList.add("clustered");
        host.d.classList.add("cluster");
        host.d.dataset.nearby = (host.d.dataset.nearby ? host.d.dataset.nearby + " " : "") + d.dataset.id;
        return;
      }
      var entry = { d: d, x: x, y: y, r: r }, key = gx + "," + gy;
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(entry);
      placed.push(entry);
    });
    labels.forEach(function (t, id) { var d = dots.get(id); t.style.display = d.classList.contains("clustered") || d.classList.contains("off") ? "none" : ""; });
    document.getElementById("cluster-note").textContent = placed.length < order.length
      ? (order.length - placed.length === 1 ? "1 overlapping place is folded into the dot that covers it"
        : (order.length - placed.length) + " overlapping places are folded into the dots that cover them") + " (ringed); zoom in to separate them." : "";
  }

  // ----- filters -----
  var fCountry = document.getElementById("f-country"), fFrom = document.getElementById("f-from"), fTo = document.getElementById("f-to");
  function filter() {
    var country = fCountry.value, from = fFrom.value ? +fFrom.value : -Infinity, to = fTo.value ? +fTo.value : Infinity;
    var active = !!(country || fFrom.value || fTo.value);
    var inCountry = function (id) { return !country || cities.get(id).country === country; };
    var liveTies = new Set(), liveCities = new Set();
    data.ties.forEach(function (t) {
      if ((t.since == null || (t.since <= to)) && (!country || t.parties.some(inCountry))) {
        liveTies.add(t.id); t.parties.forEach(function (p) { liveCities.add(p); });
      }
    });
    var liveEvents = data.events.filter(function (e) {
      var y = e.year;
      if ((fFrom.value || fTo.value) && (y == null || y < from || y > to)) return false;
      var who = e.parties.concat(e.city ? [e.city] : []);
      return !country || who.some(inCountry);
    });
    liveEvents.forEach(function (e) { (e.city ? [e.city] : []).concat(e.parties).forEach(function (p) { liveCities.add(p); }); });
    if (country) cities.forEach(function (c) { if (c.country === country) liveCities.add(c.id); });
    arcs.forEach(function (a) { a.classList.toggle("off", !liveTies.has(a.dataset.id)); });
    dots.forEach(function (d, id) { d.classList.toggle("off", active && !liveCities.has(id)); });
    document.getElementById("filter-status").textContent = active
      ? "Showing " + liveCities.size + " cities, " + liveTies.size + " partnerships, " + liveEvents.length + " events." : "";
    timeline(liveEvents);
    apply();
  }
  [fCountry, fFrom, fTo].forEach(function (s) { s.addEventListener("change", filter); });
  document.getElementById("f-reset").addEventListener("click", function () { fCountry.value = ""; fFrom.value = ""; fTo.value = ""; filter(); });

  // ----- timeline: events on a year axis, and the same events as a list in date order -----
  var NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) { var e = document.createElementNS(NS, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
  var listLimit = 200;
  function timeline(events) {
    var tl = document.getElementById("tl"), list = document.getElementById("events");
    var dated = events.filter(function (e) { return e.t != null; });
    tl.replaceChildren();
    var TW = 1000, x0 = 30, x1 = TW - 20;
    if (dated.length) {
      var min = Math.floor(Math.min.apply(null, dated.map(function (e) { return e.t; }))), max = Math.floor(Math.max.apply(null, dated.map(function (e) { return e.t; }))) + 1;
      var span = Math.max(1, max - min), sx = function (t) { return x0 + (t - min) / span * (x1 - x0); };
      tl.append(svgEl("line", { class: "axis", x1: x0, x2: x1, y1: 70, y2: 70 }));
      var every = Math.max(1, Math.ceil(span / 12));
      for (var y = min; y <= max; y += every) {
        tl.append(svgEl("line", { class: "axis", x1: sx(y), x2: sx(y), y1: 70, y2: 75 }));
        var label = svgEl("text", { x: sx(y), y: 88, "text-anchor": "middle" }); label.textContent = y; tl.append(label);
      }
      var stacks = new Map();
      dated.forEach(function (e) {
        var px = Math.round(sx(e.t) / 6), level = stacks.get(px) || 0; stacks.set(px, level + 1);
        if (level > 8) return;
        var c = svgEl("circle", { class: "ev k-" + e.kind, cx: sx(e.t), cy: 63 - level * 7, r: 3.5 });
        var title = svgEl("title", {}); title.textContent = (e.start || "") + " " + e.kind + ": " + e.title; c.append(title);
        c.addEventListener("click", function () { var where = e.city || e.parties[0]; if (where) pin("city", where); });
        tl.append(c);
      });
    }
    list.replaceChildren();
    events.slice(0, listLimit).forEach(function (e) { list.append(eventLine(e)); });
    var more = document.getElementById("events-more");
    more.hidden = events.length <= listLimit;
    more.textContent = "Show all " + events.length + " events";
    document.getElementById("events-count").textContent = events.length + (events.length === 1 ? " event" : " events");
  }
  document.getElementById("events-more").addEventListener("click", function () { listLimit = Infinity; filter(); });

  show(null);
  filter();
  document.documentElement.setAttribute("data-ready", "true");
})();
