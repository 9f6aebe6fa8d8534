/* Interactions of the ecograph map: tooltips, search and filters.
   Every text from the articles reaches the page through textContent, never as markup. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const container = document.getElementById("network");
  const tip = document.getElementById("tip");
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  const state = { pinned: false, drawn: 0, hiddenTypes: new Set(), hidden: [] };
  window.ecomap = { network: network, nodes: nodes, edges: edges, state: state };

  // Physics only polishes the Python layout: stop it once settled, so the page stays idle.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });
  network.once("afterDrawing", function () {
    state.drawn = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // Same folding as ecograph.link.fold: case, accents, hyphens and apostrophes.
  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[-\u2010\u2011\u2013\u2014'\u2019_.]/g, " ").replace(/\s+/g, " ").trim();
  }

  const incident = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e) {
    incident[e.from].push(e.id);
    if (e.to !== e.from) incident[e.to].push(e.id);
  });
  const folded = data.nodes.map(function (n, i) {
    return [n.label].concat(data.info[i].aliases || []).map(fold);
  });

  const ID_NAMES = { geonames: "GeoNames", wikidata: "Wikidata", nace: "NACE", iso3166: "ISO 3166" };

  function addMeta(box, name, value) {
    if (value === undefined || value === null || value === "") return;
    box.appendChild(el("p", name + " : " + value, "meta"));
  }

  function addEvidence(box, items) {
    const seen = new Set();
    let shown = 0;
    items.forEach(function (item) {
      const key = item.text + "\u0000" + (item.article || "");
      if (seen.has(key)) return;
      seen.add(key);
      if (shown++ >= 8) return;
      box.appendChild(el("blockquote", item.text, "evidence"));
      const article = data.articles[item.article] || {};
      const parts = [item.relation, article.title || article.source || item.article, article.date];
      if (item.status) parts.push("statut : " + item.status);
      if (item.role) parts.push("rôle : " + item.role);
      box.appendChild(el("p", parts.filter(Boolean).join(" · "), "source"));
    });
    if (shown > 8) box.appendChild(el("p", "… et " + (shown - 8) + " autres phrases", "source"));
  }

  function edgeEvidence(id) {
    const info = data.edgeInfo[id];
    return info.evidence.map(function (ev) {
      return Object.assign({ relation: info.relation }, ev);
    });
  }

  // Edges with no sentence were not read in an article: the graph derives them
  // (a GeoNames city's country), so say so instead of showing nothing.
  const DERIVED = "déduit de GeoNames, pas lu dans un article";

  function addDerived(box, ids) {
    ids.forEach(function (id) {
      const info = data.edgeInfo[id];
      if (info.evidence.length) return;
      const edge = data.edges[id];
      const link = [data.nodes[edge.from].label, info.relation, data.nodes[edge.to].label];
      addMeta(box, "Lien " + DERIVED, link.join(" "));
    });
  }

  function describeNode(id) {
    const info = data.info[id];
    const box = document.createDocumentFragment();
    box.appendChild(el("h3", data.nodes[id].label));
    addMeta(box, "Type", info.typeName + " (" + info.type + ")");
    addMeta(box, "Articles qui la citent", info.articles);
    addMeta(box, "IRI", info.iri);
    Object.keys(info.ids).forEach(function (k) { addMeta(box, ID_NAMES[k] || k, info.ids[k]); });
    addMeta(box, "Aussi nommée", (info.aliases || []).join(", "));
    addMeta(box, "Valeur", [info.value, info.unit, info.qualifier].filter(Boolean).join(" "));
    addMeta(box, "Statut", info.status);
    addMeta(box, "Secteurs", (info.sectors || []).join(", "));
    addEvidence(box, [].concat.apply([], incident[id].map(edgeEvidence)));
    addDerived(box, incident[id]);
    return box;
  }

  function describeEdge(id) {
    const edge = data.edges[id];
    const box = document.createDocumentFragment();
    box.appendChild(el("h3", data.edgeInfo[id].relation));
    addMeta(box, "De", data.nodes[edge.from].label);
    addMeta(box, "Vers", data.nodes[edge.to].label);
    addEvidence(box, edgeEvidence(id));
    if (!data.edgeInfo[id].evidence.length) addMeta(box, "Source", DERIVED);
    return box;
  }

  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    const rect = container.getBoundingClientRect();
    const x = Math.min(rect.left + pointer.x + 14, window.innerWidth - tip.offsetWidth - 8);
    const y = Math.min(rect.top + pointer.y + 14, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }

  function hideTip() {
    tip.hidden = true;
    state.pinned = false;
  }

  network.on("hoverNode", function (p) { if (!state.pinned) showTip(describeNode(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { if (!state.pinned) showTip(describeEdge(p.edge), p.pointer.DOM); });
  network.on("blurNode", function () { if (!state.pinned) hideTip(); });
  network.on("blurEdge", function () { if (!state.pinned) hideTip(); });
  network.on("click", function (p) {
    if (p.nodes.length) showTip(describeNode(p.nodes[0]), p.pointer.DOM);
    else if (p.edges.length) showTip(describeEdge(p.edges[0]), p.pointer.DOM);
    else return hideTip();
    state.pinned = true;
  });

  function showCounts() {
    const shown = data.nodes.length - state.hidden.filter(Boolean).length;
    document.getElementById("counts").textContent =
      shown + " / " + data.nodes.length + " nœuds, " + data.edges.length + " liens";
  }

  function applyFilters() {
    const sector = document.getElementById("sector").value;
    let allowed = null;
    if (sector) {
      allowed = new Set();
      data.info.forEach(function (info, i) {
        if ((info.sectors || []).indexOf(sector) < 0) return;
        allowed.add(i);
        network.getConnectedNodes(i).forEach(function (j) { allowed.add(j); });
      });
    }
    const updates = [];
    data.info.forEach(function (info, i) {
      const hide = state.hiddenTypes.has(info.type) || (allowed !== null && !allowed.has(i));
      if (Boolean(state.hidden[i]) !== hide) updates.push({ id: i, hidden: hide });
      state.hidden[i] = hide;
    });
    nodes.update(updates);
    showCounts();
  }

  function buildLegend() {
    const list = document.getElementById("legend");
    data.legend.forEach(function (row) {
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = row.type;
      box.addEventListener("change", function () {
        if (box.checked) state.hiddenTypes.delete(row.type);
        else state.hiddenTypes.add(row.type);
        applyFilters();
      });
      const swatch = el("span", null, "swatch " + row.shape);
      swatch.style.background = row.color;
      const label = el("label");
      label.append(box, swatch, el("span", row.name + " (" + row.count + ")"));
      const item = el("li");
      item.appendChild(label);
      list.appendChild(item);
    });
    const select = document.getElementById("sector");
    data.sectors.forEach(function (name) {
      const option = el("option", name);
      option.value = name;
      select.appendChild(option);
    });
    select.addEventListener("change", applyFilters);
    const notes = document.getElementById("notes");
    data.notes.forEach(function (note) { notes.appendChild(el("p", note)); });
  }

  function search(event) {
    const query = fold(document.getElementById("search").value);
    const found = [];
    if (query) {
      folded.forEach(function (names, i) {
        if (!state.hidden[i] && names.some(function (n) { return n.indexOf(query) >= 0; })) found.push(i);
      });
    }
    document.getElementById("search-count").textContent = query ? found.length + " trouvé(s)" : "";
    network.selectNodes(found);
    if (found.length && (found.length === 1 || event.key === "Enter")) {
      network.focus(found[0], { scale: 1.2, animation: false });
      const at = network.canvasToDOM(network.getPositions([found[0]])[found[0]]);
      showTip(describeNode(found[0]), at);
      state.pinned = true;
    }
  }

  buildLegend();
  showCounts();
  document.getElementById("search").addEventListener("input", search);
  document.getElementById("search").addEventListener("keydown", function (e) {
    if (e.key === "Enter") search(e);
  });
})();
