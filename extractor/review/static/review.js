// press-extract review: highlights, legend, fact table, corrections (saved in localStorage), index.
// Plain browser JavaScript, no dependencies. Release text is never inserted as HTML: every string
// that comes from a release goes through textContent.
(function () {
  "use strict";

  var FIELDS = ["dates", "officials", "operations", "agencies", "counts", "amounts"];
  var LABELS = { dates: "Date", officials: "Official", operations: "Operation", agencies: "Agency",
                 counts: "Count", amounts: "Amount" };
  var PLURALS = { dates: "Dates", officials: "Officials", operations: "Operations", agencies: "Agencies",
                  counts: "Counts", amounts: "Amounts" };
  var site = document.body.getAttribute("data-site");
  var PREFIX = "press-extract-review:" + site + ":";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function load(key) {
    try { return JSON.parse(localStorage.getItem(PREFIX + key) || "null"); } catch (e) { return null; }
  }
  function save(key, state) {
    if (state) localStorage.setItem(PREFIX + key, JSON.stringify(state));
    else localStorage.removeItem(PREFIX + key);
  }
  function savedKeys() {
    var keys = [];
    for (var i = 0; i < localStorage.length; i++) {
      var k = localStorage.key(i);
      if (k && k.indexOf(PREFIX) === 0) keys.push(k.slice(PREFIX.length));
    }
    return keys.sort();
  }

  // ---- gold file ---------------------------------------------------------------------------
  function goldLine(data, state) {
    var line = { id: data.id, file: data.file, release_date: state.release_date || null,
                 officials: [], operations: [], agencies: [], counts: [], dates: [], amounts: [] };
    data.facts.forEach(function (f) {
      if (state.decisions[f.id] !== "reject") line[f.field].push(f.gold);
    });
    state.added.forEach(function (a) { line[a.field].push(a.gold); });
    line.dates = line.dates.filter(function (d) { return d.value; });
    return line;
  }

  function downloadCorrections() {
    var lines = savedKeys().map(function (k) { return load(k); })
      .filter(function (s) { return s && s.gold; })
      .map(function (s) { return JSON.stringify(s.gold); });
    if (!lines.length) { flashMessage("Nothing reviewed yet: accept, reject or add a fact first."); return; }
    var blob = new Blob([lines.join("\n") + "\n"], { type: "application/x-ndjson" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "corrections.jsonl" });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    flashMessage(lines.length + " reviewed release(s) saved as corrections.jsonl");
  }

  function flashMessage(text) {
    var box = document.getElementById("toast") || document.body.appendChild(el("div", { id: "toast", className: "toast" }));
    box.textContent = text;
    box.classList.add("show");
    clearTimeout(box._t);
    box._t = setTimeout(function () { box.classList.remove("show"); }, 3200);
  }

  // ---- release page ------------------------------------------------------------------------
  function releasePage() {
    var data = JSON.parse(document.getElementById("release-data").textContent);
    var text = document.getElementById("text");
    var state = load(data.key) || { decisions: {}, added: [], release_date: data.release_date };
    var dateInput = document.getElementById("release-date");
    if (state.release_date !== data.release_date) dateInput.value = state.release_date || "";

    function touched() {
      return state.reviewed || Object.keys(state.decisions).length || state.added.length ||
        (state.release_date || null) !== (data.release_date || null);
    }
    function persist() {
      state.gold = goldLine(data, state);
      state.checked = data.facts.filter(function (f) { return state.decisions[f.id]; }).length;
      state.total = data.facts.length;
      save(data.key, touched() ? state : null);
      render();
    }

    // nested highlights: an enclosing mark sits lower than the marks inside it, so every underline shows
    if (text) {
      var marks = text.querySelectorAll("mark.hl");
      for (var i = marks.length - 1; i >= 0; i--) {
        var depth = 0;
        marks[i].querySelectorAll("mark.hl").forEach(function (m) { depth = Math.max(depth, (m._h || 0) + 1); });
        marks[i]._h = depth;
        if (depth) marks[i].style.paddingBottom = (depth * 4 + 1) + "px";
      }
    }

    function marksOf(id) {
      return text ? Array.prototype.filter.call(text.querySelectorAll("mark.hl"), function (m) {
        return m.getAttribute("data-fact") === id; }) : [];
    }
    function flash(nodes) {
      if (!nodes.length) return;
      nodes[0].scrollIntoView({ behavior: "smooth", block: "center" });
      nodes.forEach(function (m) { m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash"); });
    }
    var cycle = {};
    function showFact(f) {
      var parts = marksOf(f.id);
      var spans = {};
      parts.forEach(function (m) { var s = m.getAttribute("data-span"); (spans[s] = spans[s] || []).push(m); });
      var order = Object.keys(spans).sort(function (a, b) { return a - b; });
      if (!order.length) return;
      var n = (cycle[f.id] || 0) % order.length;
      cycle[f.id] = n + 1;
      flash(spans[order[n]]);
    }

    // fact table
    var box = document.getElementById("facts");
    var byId = {};
    data.facts.forEach(function (f) { byId[f.id] = f; });

    var current = null;  // the fact the keyboard works on (j/k to move, y/x to judge)
    function move(step) {
      var ids = Array.prototype.map.call(box.querySelectorAll(".fact[data-fact]"), function (r) { return r.getAttribute("data-fact"); })
        .filter(function (id) { return byId[id]; });
      if (!ids.length) return;
      var at = ids.indexOf(current);
      current = ids[at < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.max(0, Math.min(ids.length - 1, at + step))];
      render();
      var r = box.querySelector('.fact[data-fact="' + CSS.escape(current) + '"]');
      if (r) r.scrollIntoView({ block: "nearest" });
      showFact(byId[current]);
    }
    function decide(id, verdict) {
      if (state.decisions[id] === verdict) delete state.decisions[id];
      else state.decisions[id] = verdict;
      persist();
    }
    function row(f, added, index) {
      var verdict = added ? "added" : (state.decisions[f.id] || "");
      var mentions = f.spans ? f.spans.length : 0;
      var attrs = { className: "fact f-" + f.field + (verdict ? " is-" + verdict : "") + (f.id && f.id === current ? " current" : ""), "data-fact": f.id || "" };
      if (added) attrs["data-added"] = String(index);
      var r = el("div", attrs, [
        el("span", { className: "swatch" }),
        el("div", { className: "what" }, [
          el("div", { className: "label", text: f.label }),
          el("div", { className: "value", text: [f.value, mentions > 1 ? mentions + " mentions" : ""].filter(Boolean).join(" · ") }),
          f.rule ? el("div", { className: "rule", text: f.rule }) : null
        ]),
        el("div", { className: "verdict" }, added ? [
          el("button", { type: "button", className: "icon remove", title: "Remove this added fact", "data-remove": String(index), text: "\u2715" })
        ] : [
          el("button", { type: "button", className: "icon accept" + (verdict === "accept" ? " on" : ""), title: "Correct", "data-accept": f.id, "aria-pressed": String(verdict === "accept"), text: "\u2713" }),
          el("button", { type: "button", className: "icon reject" + (verdict === "reject" ? " on" : ""), title: "Wrong: leave it out of the gold file", "data-reject": f.id, "aria-pressed": String(verdict === "reject"), text: "\u2715" })
        ])
      ]);
      return r;
    }
    // added facts are marked in the text with the CSS Custom Highlight API (no change to the DOM)
    function rangeAt(start, end) {
      var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT), at = 0, range = document.createRange(), begun = false;
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var len = node.data.length;
        if (!begun && start <= at + len) { range.setStart(node, start - at); begun = true; }
        if (begun && end <= at + len) { range.setEnd(node, end - at); return range; }
        at += len;
      }
      return null;
    }
    function markAdded() {
      if (!text || !window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
      var ranges = state.added.map(function (a) { return rangeAt(a.start, a.end); }).filter(Boolean);
      CSS.highlights.set("pe-added", new Highlight(...ranges));
    }
    function render() {
      markAdded();
      box.textContent = "";
      FIELDS.forEach(function (field) {
        var facts = data.facts.filter(function (f) { return f.field === field; });
        var added = state.added.filter(function (a) { return a.field === field; });
        if (!facts.length && !added.length) return;
        var group = el("section", { className: "group", "data-field": field }, [
          el("h2", { className: "f-" + field }, [el("span", { className: "swatch" }), document.createTextNode(PLURALS[field])])
        ]);
        facts.forEach(function (f) { group.appendChild(row(f, false)); });
        added.forEach(function (a) {
          group.appendChild(row({ field: a.field, label: a.text, value: a.value, spans: [[a.start, a.end]], id: "" }, true, state.added.indexOf(a)));
        });
        box.appendChild(group);
      });
      if (!data.facts.length && !state.added.length) box.appendChild(el("p", { className: "muted", text: "No facts extracted. Select text to add one." }));
      var checked = data.facts.filter(function (f) { return state.decisions[f.id]; }).length;
      document.getElementById("progress").textContent = checked + " of " + data.facts.length + " checked" +
        (state.added.length ? " · " + state.added.length + " added" : "");
      document.body.classList.toggle("all-checked", checked === data.facts.length && data.facts.length > 0);
      if (text) {
        text.querySelectorAll("mark.hl").forEach(function (m) {
          var v = state.decisions[m.getAttribute("data-fact")];
          m.classList.toggle("rejected", v === "reject");
          m.classList.toggle("accepted", v === "accept");
        });
      }
    }
    box.addEventListener("click", function (ev) {
      var b = ev.target.closest("button");
      if (b && b.hasAttribute("data-accept")) { decide(b.getAttribute("data-accept"), "accept"); return; }
      if (b && b.hasAttribute("data-reject")) { decide(b.getAttribute("data-reject"), "reject"); return; }
      if (b && b.hasAttribute("data-remove")) { state.added.splice(+b.getAttribute("data-remove"), 1); persist(); return; }
      var r = ev.target.closest(".fact");
      if (r && r.hasAttribute("data-added") && text) {
        var a = state.added[+r.getAttribute("data-added")], range = a && rangeAt(a.start, a.end);
        if (range) {
          var top = range.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2;
          window.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
        }
        return;
      }
      if (r && byId[r.getAttribute("data-fact")]) {
        current = r.getAttribute("data-fact");
        box.querySelectorAll(".fact.current").forEach(function (x) { x.classList.remove("current"); });
        r.classList.add("current");
        showFact(byId[current]);
      }
    });

    // legend toggles
    document.querySelectorAll("[data-toggle]").forEach(function (cb) {
      cb.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + cb.getAttribute("data-toggle"), !cb.checked);
      });
    });

    // hover: normalized value and rule id
    var tip = document.getElementById("tip");
    if (text) {
      text.addEventListener("mouseover", function (ev) {
        var m = ev.target.closest("mark.hl");
        if (!m) { tip.hidden = true; return; }
        var f = byId[m.getAttribute("data-fact")];
        if (!f) return;
        tip.textContent = "";
        tip.appendChild(el("div", { className: "tip-field f-" + f.field }, [el("span", { className: "swatch" }), document.createTextNode(LABELS[f.field])]));
        tip.appendChild(el("div", { className: "tip-value", text: f.value }));
        if (f.rule) tip.appendChild(el("div", { className: "tip-rule", text: "rule " + f.rule }));
        var r = m.getBoundingClientRect();
        tip.hidden = false;
        tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)) + "px";
        tip.style.top = (r.top > tip.offsetHeight + 12 ? r.top - tip.offsetHeight - 6 : r.bottom + 6) + "px";
      });
      text.addEventListener("mouseleave", function () { tip.hidden = true; });
      text.addEventListener("click", function (ev) {
        var m = ev.target.closest("mark.hl");
        if (!m || String(window.getSelection())) return;
        var row = box.querySelector('.fact[data-fact="' + CSS.escape(m.getAttribute("data-fact")) + '"]');
        if (row) { row.scrollIntoView({ block: "nearest" }); row.classList.remove("flash"); void row.offsetWidth; row.classList.add("flash"); }
      });
    }
    window.addEventListener("scroll", function () { tip.hidden = true; }, true);

    // add a missing fact: select text, pick its field, fill in its value
    var adder = document.getElementById("adder");
    var picked = null;
    function offsetIn(node, offset) {
      var r = document.createRange();
      r.setStart(text, 0);
      r.setEnd(node, offset);
      return r.toString().length;
    }
    if (text) {
      document.addEventListener("mouseup", function (ev) {
        if (adder.contains(ev.target)) return;
        setTimeout(function () {
          var sel = window.getSelection();
          if (!sel.rangeCount || sel.isCollapsed || !text.contains(sel.anchorNode) || !text.contains(sel.focusNode)) {
            adder.hidden = true; picked = null; return;
          }
          var range = sel.getRangeAt(0);
          var start = offsetIn(range.startContainer, range.startOffset);
          var end = offsetIn(range.endContainer, range.endOffset);
          var raw = text.textContent.slice(start, end);
          var lead = raw.length - raw.replace(/^\s+/, "").length;
          var said = raw.trim();
          if (!said) { adder.hidden = true; return; }
          picked = { start: start + lead, end: start + lead + said.length, text: said };
          var rect = range.getBoundingClientRect();
          adder.hidden = false;
          adder.style.left = Math.max(8, Math.min(rect.left, window.innerWidth - adder.offsetWidth - 8)) + "px";
          adder.style.top = (rect.bottom + 8) + "px";
        }, 0);
      });
    }
    adder.addEventListener("click", function (ev) {
      var b = ev.target.closest("[data-add]");
      if (!b || !picked) return;
      openForm(b.getAttribute("data-add"), picked);
      adder.hidden = true;
      window.getSelection().removeAllRanges();
    });

    function guessNumber(s) {
      var m = s.replace(/,/g, "").match(/(\d+(?:\.\d+)?)\s*(thousand|million|billion)?/i);
      if (!m) return "";
      var n = parseFloat(m[1]);
      var scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[(m[2] || "").toLowerCase()] || 1;
      return String(n * scale);
    }
    function guessDate(s) {
      var iso = s.match(/\d{4}-\d{2}-\d{2}/);
      if (iso) return iso[0];
      var t = Date.parse(s);
      if (isNaN(t)) return "";
      var d = new Date(t);
      return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }
    var FORMS = {
      dates: [["value", "ISO date", function (p) { return guessDate(p.text); }], ["grain", "day or month", function () { return "day"; }]],
      officials: [["name", "Name", function (p) { return p.text; }], ["title", "Title", function () { return ""; }]],
      operations: [["name", "Name", function (p) { return p.text; }]],
      agencies: [["name", "Name", function (p) { return p.text; }]],
      counts: [["value", "Number", function (p) { return guessNumber(p.text); }], ["item", "Item (singular)", function () { return ""; }], ["event", "Event verb", function () { return ""; }]],
      amounts: [["value", "Value", function (p) { return guessNumber(p.text); }], ["unit", "Unit", function () { return "USD"; }]]
    };
    function openForm(field, p) {
      var old = document.getElementById("add-form");
      if (old) old.remove();
      var inputs = {};
      var form = el("form", { id: "add-form", className: "add-form f-" + field }, [
        el("h3", {}, [el("span", { className: "swatch" }), document.createTextNode("Add " + LABELS[field].toLowerCase())]),
        el("p", { className: "quote", text: "\u201c" + p.text + "\u201d" })
      ]);
      FORMS[field].forEach(function (spec) {
        var input = el("input", { name: spec[0], value: spec[2](p) });
        input.required = spec[0] !== "title" && spec[0] !== "event";
        input.addEventListener("input", function () { input.setCustomValidity(""); });
        inputs[spec[0]] = input;
        form.appendChild(el("label", {}, [document.createTextNode(spec[1]), input]));
      });
      form.appendChild(el("div", { className: "actions" }, [
        el("button", { type: "submit", className: "btn primary", text: "Add" }),
        el("button", { type: "button", className: "btn ghost", "data-cancel": "1", text: "Cancel" })
      ]));
      form.addEventListener("click", function (ev) { if (ev.target.hasAttribute("data-cancel")) form.remove(); });
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var v = {};
        Object.keys(inputs).forEach(function (k) { v[k] = inputs[k].value.trim(); });
        var gold, shown;
        if (field === "dates") { gold = { value: v.value, grain: v.grain === "month" ? "month" : "day" }; shown = v.value + " · " + gold.grain; }
        else if (field === "officials") { gold = { name: v.name, title: v.title || null }; shown = [v.name, v.title].filter(Boolean).join(" · "); }
        else if (field === "operations") { gold = v.name; shown = v.name; }
        else if (field === "agencies") { gold = { name: v.name, aliases: [] }; shown = v.name; }
        else if (field === "counts") {
          var n = parseInt(v.value, 10);
          if (isNaN(n)) { inputs.value.setCustomValidity("a whole number"); inputs.value.reportValidity(); return; }
          gold = { value: n, item: v.item.toLowerCase(), event: v.event ? v.event.toLowerCase() : null };
          shown = [n + " " + gold.item, gold.event && "event " + gold.event].filter(Boolean).join(" · ");
        } else {
          var x = parseFloat(v.value);
          if (isNaN(x)) { inputs.value.setCustomValidity("a number"); inputs.value.reportValidity(); return; }
          gold = { value: x, unit: v.unit }; shown = x + " " + v.unit;
        }
        state.added.push({ field: field, text: p.text, start: p.start, end: p.end, value: shown, gold: gold });
        form.remove();
        persist();
      });
      box.parentNode.insertBefore(form, box);
      var first = form.querySelector("input");
      if (first) first.focus();
    }

    dateInput.addEventListener("change", function () { state.release_date = dateInput.value || null; persist(); });
    document.getElementById("accept-rest").addEventListener("click", function () {
      data.facts.forEach(function (f) { if (!state.decisions[f.id]) state.decisions[f.id] = "accept"; });
      state.reviewed = true;  // also for a release without facts: "nothing here" is a judgment too
      persist();
    });
    document.getElementById("reset").addEventListener("click", function () {
      state = { decisions: {}, added: [], release_date: data.release_date };
      dateInput.value = data.release_date || "";
      persist();
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") {
        adder.hidden = true;
        var open = document.getElementById("add-form");
        if (open) open.remove();
        return;
      }
      if (ev.target.closest("input, textarea, select") || ev.metaKey || ev.ctrlKey || ev.altKey) return;
      var link = { n: "next", p: "prev" }[ev.key];
      if (link && document.getElementById(link)) { location.href = document.getElementById(link).href; }
      else if (ev.key === "i") { location.href = "../index.html"; }
      else if (ev.key === "a") { document.getElementById("accept-rest").click(); }
      else if (ev.key === "j" || ev.key === "k") { move(ev.key === "j" ? 1 : -1); }
      else if ((ev.key === "y" || ev.key === "x") && current) { decide(current, ev.key === "y" ? "accept" : "reject"); }
    });
    render();
  }

  // ---- index page --------------------------------------------------------------------------
  function indexPage() {
    var PAGE = 100;
    var rows = window.PE.rows;
    var sortCol = 1, sortDir = 1, page = 0, shown = rows;
    var filter = document.getElementById("filter");
    var body = document.getElementById("rows");
    var status = {};

    function reviewOf(row) {
      var s = status[row[0]];
      if (!s) return "";
      return s.reviewed || (s.total && s.checked >= s.total) ? "done" : "started";
    }
    function cell(row, col) { return col === 11 ? reviewOf(row) : col === 10 ? row[10].length : row[col]; }
    function apply() {
      var q = filter.value.trim().toLowerCase();
      shown = !q ? rows.slice() : rows.filter(function (r) {
        return (r[1] + "\n" + r[2] + "\n" + r[3] + "\n" + r[10].join("\n") + "\n" + reviewOf(r)).toLowerCase().indexOf(q) >= 0;
      });
      shown.sort(function (a, b) {
        var x = cell(a, sortCol), y = cell(b, sortCol);
        return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
      });
      page = Math.min(page, Math.max(0, Math.ceil(shown.length / PAGE) - 1));
      draw();
    }
    function draw() {
      body.textContent = "";
      shown.slice(page * PAGE, page * PAGE + PAGE).forEach(function (r) {
        var tr = el("tr", { "data-key": r[0] }, [
          el("td", { className: "src" }, [el("a", { href: "r/" + r[0] + ".html", text: r[1] })]),
          el("td", { className: "ttl", text: r[2] }),
          el("td", { className: "date", text: r[3] || "\u2014" })
        ]);
        for (var i = 4; i < 10; i++) tr.appendChild(el("td", { className: "num" + (r[i] ? "" : " zero"), text: String(r[i]) }));
        tr.appendChild(el("td", { className: "num warn", title: r[10].join("\n"), text: r[10].length ? String(r[10].length) : "" }));
        var rv = reviewOf(r);
        tr.appendChild(el("td", {}, [rv ? el("span", { className: "badge " + rv, text: rv }) : null]));
        body.appendChild(tr);
      });
      if (!shown.length) body.appendChild(el("tr", {}, [el("td", { colspan: "12", className: "muted", text: "No release matches." })]));
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      document.getElementById("page-label").textContent = "page " + (page + 1) + " of " + pages;
      document.getElementById("shown").textContent = shown.length === rows.length ? rows.length + " releases" : shown.length + " of " + rows.length + " releases";
      document.querySelectorAll("th[data-sort]").forEach(function (th) {
        th.classList.toggle("sorted", +th.getAttribute("data-sort") === sortCol);
        th.setAttribute("aria-sort", +th.getAttribute("data-sort") === sortCol ? (sortDir > 0 ? "ascending" : "descending") : "none");
      });
    }
    savedKeys().forEach(function (k) { var s = load(k); if (s) status[k] = s; });
    var done = Object.keys(status).length;
    document.getElementById("progress").textContent = done ? done + " reviewed" : "";
    filter.addEventListener("input", function () { page = 0; apply(); });
    document.getElementById("page-prev").addEventListener("click", function () { if (page > 0) { page--; draw(); } });
    document.getElementById("page-next").addEventListener("click", function () { if ((page + 1) * PAGE < shown.length) { page++; draw(); } });
    document.querySelectorAll("th[data-sort]").forEach(function (th) {
      th.addEventListener("click", function () {
        var col = +th.getAttribute("data-sort");
        sortDir = col === sortCol ? -sortDir : 1;
        sortCol = col;
        apply();
      });
    });
    apply();
  }

  function start() {
    var dl = document.getElementById("download");
    if (dl) dl.addEventListener("click", downloadCorrections);
    if (document.body.classList.contains("page-release")) releasePage();
    else if (document.body.classList.contains("page-index")) indexPage();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
