// Linked names: entity look-up and batch search (renderEntitySearch), and the entity page
// (renderEntityPage): variants, timeline, co-occurring entities, documents, mentions, graph
// export and corrections.
//
// `apiFetch(path, {method, body, raw})` resolves to the parsed JSON answer, or to the fetch
// Response when `raw` is true (downloads); it sends the bearer token and throws on errors with
// a `detail`. Navigation goes through callbacks, so the page's router stays in charge.

import { h, setMarked, shortDate } from "./dom.js";
import { kindLabel, loadEntityKinds, lookupKinds } from "./kinds.js";

const MATCH_LABELS = {
  exact: "exact", phonetic: "sounds alike", nickname: "nickname", initial: "initial",
  ocr: "OCR variant", part: "part of name", fuzzy: "similar spelling",
};
const enc = encodeURIComponent;

function defaultOpen(kind, key) {
  location.hash = `entity=${enc(kind)}&key=${enc(key)}`;
}

function defaultDocument(id, page) {
  location.hash = `doc=${enc(id)}${page ? `&page=${page}` : ""}`;
}

function matchBadge(match) {
  return h("span", { class: `entity-match entity-match-${match}`, title: match }, MATCH_LABELS[match] || match);
}

function errorLine(error) {
  return h("p", { class: "entity-error", role: "alert" }, (error && error.detail) || String(error));
}

function entityLink(kind, key, text, onOpen) {
  return h("a", { href: `#entity=${enc(kind)}&key=${enc(key)}`, class: `entity-link entity-${kind}`,
    onclick: (event) => { event.preventDefault(); onOpen(kind, key); } }, text || key);
}

function documentLink(doc, onDocument, page) {
  const label = [doc.control, doc.title].filter(Boolean).join(" · ") || doc.id;
  return h("a", { href: `#doc=${enc(doc.id)}`, class: "entity-doc-link",
    onclick: (event) => { event.preventDefault(); onDocument(doc.id, page); } }, label);
}

/** Look-up with variants, and batch search of a list of names. */
export async function renderEntitySearch(container, apiFetch, { onOpen = defaultOpen, onDocument = defaultDocument } = {}) {
  await loadEntityKinds(apiFetch).catch(() => null); // without them, only "Any kind" is offered
  const input = h("input", { type: "search", name: "q", placeholder: "Name, phone, plate, reference…", "aria-label": "Entity" });
  const kind = h("select", { name: "kind", "aria-label": "Kind" },
    h("option", { value: "" }, "Any kind"), lookupKinds().map((k) => h("option", { value: k.name }, k.label)));
  const results = h("div", { class: "entity-results", "aria-live": "polite" });
  const form = h("form", { class: "entity-lookup", onsubmit: async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ q: input.value.trim() });
    if (kind.value) query.set("kind", kind.value);
    results.replaceChildren(h("p", {}, "Looking up…"));
    try {
      const answer = await apiFetch(`/api/entities?${query}`);
      results.replaceChildren(answer.results.length ? h("table", { class: "entity-table" },
        h("thead", {}, h("tr", {}, ["Name", "Kind", "Match", "Documents", "Mentions"].map((t) => h("th", {}, t)))),
        h("tbody", {}, answer.results.map((r) => h("tr", {},
          h("td", {}, entityLink(r.kind, r.key, r.text, onOpen)), h("td", {}, kindLabel(r.kind)),
          h("td", {}, matchBadge(r.match)), h("td", {}, String(r.documents)), h("td", {}, String(r.mentions))))))
        : h("p", {}, "Nothing found."));
    } catch (error) {
      results.replaceChildren(errorLine(error));
    }
  } }, input, kind, h("button", { type: "submit" }, "Look up"));
  container.replaceChildren(h("section", { class: "entity-search" }, h("h2", {}, "Names and identifiers"), form, results,
    renderBatch(apiFetch, onOpen, onDocument)));
}

function renderBatch(apiFetch, onOpen, onDocument) {
  const names = h("textarea", { rows: 5, "aria-label": "Names, one a line", placeholder: "One name a line" });
  const file = h("input", { type: "file", accept: ".csv,text/csv,text/plain", "aria-label": "CSV of names" });
  const out = h("div", { class: "entity-batch-results", "aria-live": "polite" });
  const run = async (event) => {
    event.preventDefault();
    out.replaceChildren(h("p", {}, "Searching…"));
    try {
      let list = names.value.split("\n").map((n) => n.trim()).filter(Boolean);
      if (file.files && file.files[0]) {
        // The first CSV column is the name; a header row "name" is skipped.
        const rows = (await file.files[0].text()).split(/\r?\n/).map((row) => row.split(",")[0].replace(/^"|"$/g, "").trim());
        list = list.concat(rows.filter((n, i) => n && !(i === 0 && n.toLowerCase() === "name")));
      }
      const answer = await apiFetch("/api/batch-search", { method: "POST", body: { names: list, top: 5 } });
      out.replaceChildren(h("table", { class: "entity-table" },
        h("thead", {}, h("tr", {}, ["Name", "Documents", "Top documents", "Variants matched"].map((t) => h("th", {}, t)))),
        h("tbody", {}, answer.results.map((r) => h("tr", {},
          h("td", {}, r.documents ? entityLink(r.kind, r.key, r.name, onOpen) : r.name),
          h("td", {}, String(r.documents)),
          h("td", {}, h("ul", {}, r.top.map((d) => h("li", {}, documentLink(d, onDocument), ` (${d.mentions})`)))),
          h("td", {}, r.variants.map((v) => h("span", { class: "entity-variant" }, v.text, " ", matchBadge(v.match)))))))));
    } catch (error) {
      out.replaceChildren(errorLine(error));
    }
  };
  return h("details", { class: "entity-batch" }, h("summary", {}, "Batch search (list or CSV of names)"),
    h("form", { onsubmit: run }, names, file, h("button", { type: "submit" }, "Search all")), out);
}

function timeline(points) {
  if (!points.length) return h("p", {}, "No dated documents.");
  const most = Math.max(...points.map((p) => p.documents));
  return h("ol", { class: "entity-timeline" }, points.map((p) => h("li", { title: `${p.period}: ${p.documents} documents` },
    h("span", { class: "entity-period" }, p.period),
    // A <meter>, not a styled bar: the page's CSP allows no inline styles.
    h("meter", { class: "entity-bar", min: 0, max: most, value: p.documents }),
    h("span", { class: "entity-count" }, String(p.documents)))));
}

async function download(apiFetch, path, fallbackName) {
  const response = await apiFetch(path, { raw: true });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where a correction holds: every collection for a user granted them all, else one of the
 * caller's collections (the API refuses a correction for every collection from anyone else). */
async function correctionScope(apiFetch) {
  const me = await apiFetch("/api/me").catch(() => null);
  const grants = (me && me.collections) || [];
  const everyOne = me && (me.role === "admin" || grants.includes("*"));
  const names = everyOne ? (await apiFetch("/api/collections").catch(() => [])).map((c) => c.name) : grants;
  return h("select", { "aria-label": "Collection the correction holds in" },
    everyOne ? h("option", { value: "" }, "Every collection") : null,
    names.map((name) => h("option", { value: name }, name)));
}

function corrections(apiFetch, page, reload, notice = "", scope = null) {
  const action = h("select", { "aria-label": "Correction" },
    h("option", { value: "merge" }, "Merge into another entity"), h("option", { value: "alias" }, "Add an alias"),
    h("option", { value: "split" }, "Split off the documents ticked below"), h("option", { value: "wrong" }, "Mark as wrong"));
  const value = h("input", { type: "text", "aria-label": "Other name", placeholder: "Name or key" });
  const note = h("input", { type: "text", "aria-label": "Note", placeholder: "Why (kept with the correction)" });
  const status = h("p", { class: "entity-correction-status", "aria-live": "polite" }, notice);
  const submit = async (event) => {
    event.preventDefault();
    const docIds = [...document.querySelectorAll("input.entity-doc-pick:checked")].map((box) => box.value);
    const body = { action: action.value, kind: page.kind, key: page.key, note: note.value };
    if (scope && scope.value) body.collection = scope.value;
    if (action.value === "merge") body.into = value.value;
    if (action.value === "alias") body.alias = value.value;
    if (action.value === "split") Object.assign(body, { new_name: value.value, doc_ids: docIds });
    if (action.value === "wrong" && docIds.length) body.doc_ids = docIds;
    try {
      const saved = await apiFetch("/api/entities/corrections", { method: "POST", body });
      // The page is drawn again with the correction applied: the confirmation goes with it.
      reload(`Saved by ${saved.user} at ${saved.created_at}.`);
    } catch (error) {
      status.textContent = (error && error.detail) || String(error);
    }
  };
  return h("details", { class: "entity-corrections" }, h("summary", {}, "Correct this entity (reviewers)"),
    h("form", { onsubmit: submit }, action, value, note, scope, h("button", { type: "submit" }, "Save correction")), status);
}

/** The entity page: everything Docket links to one person, organisation, place, phone or plate. */
// Forms the names stage could not give one person ("H. Ashworth" with two Ashworths): each
// with its candidates, so the reader can open them and settle it with a correction below.
function possibleMatches(page, onOpen, onDocument) {
  const rows = page.possible_matches || [];
  if (!rows.length) return h("span", {});
  return h("section", { class: "entity-possible" }, h("h3", {}, "Possible matches"),
    h("ol", {}, rows.map((m) => h("li", {},
      documentLink({ id: m.document_id, control: m.control, title: m.title }, onDocument, m.page),
      ` “${m.text}” may be `,
      ...m.candidates.flatMap((c, i) => [i ? ", " : "", entityLink("person", c, c, onOpen)])))));
}

export async function renderEntityPage(container, apiFetch, kind, key, { onOpen = defaultOpen, onDocument = defaultDocument, notice = "" } = {}) {
  container.replaceChildren(h("p", {}, "Loading…"));
  await loadEntityKinds(apiFetch).catch(() => null); // without them, a kind shows as its name
  const path = `/api/entities/${enc(kind)}/${key.split("/").map(enc).join("/")}`;
  let page;
  try {
    page = await apiFetch(`${path}?size=200`);
  } catch (error) {
    container.replaceChildren(errorLine(error));
    return;
  }
  const reload = (saved) => renderEntityPage(container, apiFetch, kind, page.key, { onOpen, onDocument, notice: saved });
  const mentions = h("ol", { class: "entity-mentions" }, page.mentions.map((m) => {
    const snippet = h("span", { class: "entity-snippet" });
    setMarked(snippet, m.snippet);
    return h("li", {}, h("a", { href: `#doc=${enc(m.document_id)}&page=${m.page}`,
      onclick: (event) => { event.preventDefault(); onDocument(m.document_id, m.page); } }, m.citation || `${m.control} p.${m.page}`),
    " ", matchBadge(m.match), " ", snippet);
  }));
  const documents = h("table", { class: "entity-table" },
    h("thead", {}, h("tr", {}, ["", "Document", "Date", "Mentions"].map((t) => h("th", {}, t)))),
    h("tbody", {}, page.documents.map((d) => h("tr", {},
      h("td", {}, h("input", { type: "checkbox", class: "entity-doc-pick", value: d.id, "aria-label": `Select ${d.control || d.id}` })),
      h("td", {}, documentLink(d, onDocument)), h("td", {}, shortDate(d.date)), h("td", {}, String(d.mentions))))));
  const linked = h("ol", { class: "entity-cooccurring" }, page.cooccurring.map((c) => h("li", {},
    entityLink(c.kind, c.key, c.text, onOpen), ` ${kindLabel(c.kind)}, ${c.documents} shared documents `,
    h("span", { class: "entity-score", title: "significance" }, c.score.toFixed(3)),
    h("ul", {}, c.linking_documents.map((d) => h("li", {}, documentLink(d, onDocument)))))));
  const graphPath = `${path}/graph`;
  container.replaceChildren(h("article", { class: "entity-page" },
    h("header", {}, h("h2", {}, page.text), h("p", { class: "entity-sub" },
      `${kindLabel(page.kind)} · ${page.document_count} documents · ${page.mention_count} mentions`,
      page.redirected_from ? ` · merged from “${page.redirected_from}”` : "")),
    h("section", {}, h("h3", {}, "Written as"), h("ul", { class: "entity-variants" }, page.variants.flatMap((v) =>
      (v.forms && v.forms.length ? v.forms : [v]).map((form) =>
        h("li", {}, form.text, " ", matchBadge(v.match), ` ${form.mentions}`))))),
    h("section", {}, h("h3", {}, "Timeline (documents per year)"), timeline(page.timeline.years)),
    h("section", {}, h("h3", {}, "Linked entities"), page.cooccurring.length ? linked : h("p", {}, "None significant."),
      h("p", {}, h("button", { type: "button", onclick: () => download(apiFetch, `${graphPath}?format=graphml`, `${page.key}.graphml`) }, "Export GraphML"),
        " ", h("button", { type: "button", onclick: () => download(apiFetch, `${graphPath}?format=json`, `${page.key}.json`) }, "Export JSON"))),
    possibleMatches(page, onOpen, onDocument),
    h("section", {}, h("h3", {}, "Documents"), documents),
    h("section", {}, h("h3", {}, "Mentions"), mentions),
    corrections(apiFetch, page, reload, notice, await correctionScope(apiFetch))));
}
