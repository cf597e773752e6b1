// The chronology: facts with dates, people, issues and page citations (/api/chronology).
//
// Two parts, both made here so the shared files only route to them:
// - in the viewer, "Add to chronology" turns the text selected on the page into a fact:
//   the server drafts it from the selection (quote, citation, date, people mentioned), a form
//   shows the draft, and Save makes the fact (`installPassageAction`, called once by app.js);
// - the chronology page: filters (collection, person, issue, period, words, only facts whose
//   sources disagree), the facts in date order with their disagreements flagged and their
//   citations opening the cited page, and DOCX / CSV export (`renderChronology`).
//
// Fragment:  #chronology&c=COLLECTION&person=KIND:KEY&issue=X&from=1998&to=1999&q=...&disagreeing=1

import { apiFetch } from "./api.js";
import { h } from "./dom.js";
import { docHash } from "./docviews.js";

const FILTERS = ["c", "person", "issue", "from", "to", "q", "disagreeing"];
const PAGE_SIZE = 100;
const enc = encodeURIComponent;

// --- the page ------------------------------------------------------------------------------------

function section() {
  let view = document.getElementById("chronology-view");
  if (!view) {
    view = h("section", { id: "chronology-view", class: "archive-view chronology-view",
      "aria-label": "Chronology", hidden: true });
    document.getElementById("main").append(view);
  }
  return view;
}

/** Show or hide the chronology page (the router hides every other view itself). */
export function showChronology(visible) {
  section().hidden = !visible;
}

function apiQuery(params) {
  const query = new URLSearchParams();
  if (params.get("c")) query.set("collection", params.get("c"));
  for (const [name, apiName] of [["person", "person"], ["issue", "issue"], ["from", "date_from"],
    ["to", "date_to"], ["q", "q"]]) {
    if (params.get(name)) query.set(apiName, params.get(name));
  }
  if (params.get("disagreeing")) query.set("disagreeing", "true");
  return query;
}

function hashWith(params, changes) {
  const next = new URLSearchParams();
  next.set("chronology", "1");
  for (const name of FILTERS) {
    const value = name in changes ? changes[name] : params.get(name);
    if (value) next.set(name, value);
  }
  return `#${next}`;
}

export async function renderChronology(params, { navigate }) {
  const view = section();
  document.title = "Chronology — Docket";
  const status = h("p", { class: "muted", role: "status" }, "Loading…");
  const list = h("div", { class: "chronology-list" });
  view.replaceChildren(h("h1", {}, "Chronology"), filterForm(params, navigate),
    exportBar(params), status, list);
  let cursor = null;
  const load = async () => {
    const query = apiQuery(params);
    query.set("size", String(PAGE_SIZE));
    if (cursor) query.set("cursor", cursor);
    try {
      const page = await apiFetch(`/api/chronology?${query}`);
      status.textContent = `${page.total} fact${page.total === 1 ? "" : "s"}`;
      if (!list.firstChild) list.append(factTable(params, navigate));
      const body = list.querySelector("tbody");
      body.append(...page.facts.map((fact) => factRow(fact, params)));
      cursor = page.next;
      list.querySelector(".chronology-more")?.remove();
      if (cursor) {
        list.append(h("button", { type: "button", class: "btn btn-small chronology-more",
          onclick: load }, "More facts"));
      }
    } catch (error) {
      status.textContent = `The chronology could not be read: ${error.detail || error.message}`;
    }
  };
  await load();
}

function filterForm(params, navigate) {
  const field = (name, label, attrs = {}) => h("label", {}, label,
    h("input", { name, value: params.get(name) || "", ...attrs }));
  const form = h("form", { class: "chronology-filters", "aria-label": "Filter the chronology" },
    field("c", "Collection", { size: 14 }),
    field("person", "Person (kind:key)", { size: 22 }),
    field("issue", "Issue", { size: 16 }),
    field("from", "From", { size: 10, placeholder: "1998" }),
    field("to", "To", { size: 10, placeholder: "1999-06" }),
    field("q", "Words", { type: "search", size: 18 }),
    h("label", {}, h("input", { type: "checkbox", name: "disagreeing",
      checked: Boolean(params.get("disagreeing")) }), " Only where sources disagree"),
    h("button", { type: "submit", class: "btn btn-small" }, "Filter"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const changes = Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) || "").trim()]));
    changes.disagreeing = data.get("disagreeing") ? "1" : "";
    navigate(hashWith(params, changes));
  });
  return form;
}

function exportBar(params) {
  const exporter = (format, label) => h("button", { type: "button", class: "btn btn-small",
    onclick: () => download(params, format) }, label);
  return h("div", { class: "chronology-export" }, exporter("docx", "Export DOCX"),
    exporter("csv", "Export CSV"));
}

async function download(params, format) {
  const query = apiQuery(params);
  query.set("format", format);
  const response = await apiFetch(`/api/chronology/export?${query}`, { raw: true });
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: `chronology.${format}`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function factTable() {
  return h("table", { class: "chronology-table" },
    h("thead", {}, h("tr", {}, ["Date", "Fact", "People", "Issues", "Citations"].map(
      (name) => h("th", { scope: "col" }, name)))),
    h("tbody", {}));
}

function factRow(fact, params) {
  const disagreement = fact.disagreements.length
    ? h("p", { class: "chronology-disagree" }, "Sources disagree: ",
      fact.disagreements.map((d) => d.date_label).join("; "))
    : null;
  return h("tr", { class: "chronology-fact", dataset: { id: fact.id } },
    h("td", {}, fact.date_label, disagreement),
    h("td", {}, fact.description),
    h("td", {}, fact.people.map((p, i) => [i ? "; " : "",
      h("a", { href: hashWith(params, { person: p.key }) }, p.name)])),
    h("td", {}, fact.issues.map((issue, i) => [i ? "; " : "",
      h("a", { href: hashWith(params, { issue }) }, issue)])),
    h("td", {}, fact.citations.map((c, i) => [i ? "; " : "",
      h("a", { href: docHash(c.doc_id, c.page, ""), class: "chronology-citation" }, c.citation)])));
}

// --- a fact from the selected passage ------------------------------------------------------------

/** The selection's character range in the page text, or null when nothing there is selected. */
function selectedRange(pageText) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!pageText.contains(range.startContainer) || !pageText.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(pageText);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** "Add to chronology" in the viewer's page bar: enabled while page text is selected. */
export function installPassageAction() {
  const pageText = document.getElementById("page-text");
  const flags = document.querySelector(".page-flags");
  if (!pageText || !flags || document.getElementById("add-to-chronology")) return;
  const button = h("button", { type: "button", id: "add-to-chronology", class: "btn btn-small",
    disabled: true, title: "Select text on the page first" }, "Add to chronology");
  const status = h("span", { id: "chronology-status", class: "muted", role: "status" });
  flags.append(button, status);
  let range = null;
  document.addEventListener("selectionchange", () => {
    range = selectedRange(pageText);
    button.disabled = !range;
  });
  button.addEventListener("click", async () => {
    const params = new URLSearchParams(location.hash.slice(1));
    if (!range || !params.get("doc")) return;
    status.textContent = "";
    try {
      const draft = await apiFetch("/api/chronology/draft", { method: "POST", body: {
        doc_id: params.get("doc"), page: Number(params.get("page") || 1), ...range } });
      openForm(draft, status);
    } catch (error) {
      status.textContent = `No fact could be drafted: ${error.detail || error.message}`;
    }
  });
}

function openForm(draft, status) {
  document.getElementById("fact-dialog")?.remove();
  const date = draft.date || { from: "", to: null, circa: false };
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const form = h("form", { method: "dialog", class: "fact-form" },
    h("h2", { id: "fact-title" }, "Add to chronology"),
    h("p", { class: "muted" }, "Citing ", draft.citations.map((c) => c.citation).join("; "),
      draft.date_source ? ` · date from the ${draft.date_source}` : ""),
    h("label", {}, "Date (YYYY, YYYY-MM or YYYY-MM-DD)",
      h("input", { name: "from", value: date.from || "", required: true, size: 12 })),
    h("label", {}, "Until (for a range)", h("input", { name: "to", value: date.to || "", size: 12 })),
    h("label", {}, h("input", { type: "checkbox", name: "circa", checked: Boolean(date.circa) }), " Circa"),
    h("label", {}, "Fact", h("textarea", { name: "description", rows: 4, required: true },
      draft.description)),
    h("blockquote", { class: "fact-quote" }, draft.quote),
    h("fieldset", {}, h("legend", {}, "People and organisations"),
      draft.people.length ? draft.people.map((p) => h("label", {}, h("input", {
        type: "checkbox", name: "people", value: p.key, checked: true }), ` ${p.name}`))
        : h("span", { class: "muted" }, "None named in the passage")),
    draft.issue_choices.length ? h("fieldset", {}, h("legend", {}, "Issues"),
      draft.issue_choices.map((issue) => h("label", {}, h("input", {
        type: "checkbox", name: "issues", value: issue }), ` ${issue}`))) : null,
    error,
    h("div", { class: "dialog-actions" },
      h("button", { type: "submit", class: "btn btn-small btn-primary", value: "save" }, "Save fact"),
      h("button", { type: "button", class: "btn btn-small", onclick: () => dialog.close() }, "Cancel")));
  const dialog = h("dialog", { id: "fact-dialog", class: "fact-dialog", "aria-labelledby": "fact-title" }, form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const fact = await apiFetch("/api/chronology", { method: "POST", body: {
        collection: draft.collection, quote: draft.quote,
        date: { from: String(data.get("from")).trim(), to: String(data.get("to") || "").trim() || null,
          circa: Boolean(data.get("circa")) },
        description: String(data.get("description")), people: data.getAll("people"),
        issues: data.getAll("issues"),
        citations: draft.citations.map((c) => ({ doc_id: c.doc_id, page: c.page })) } });
      dialog.close();
      status.replaceChildren(`Added to the chronology (${fact.date_label}). `,
        h("a", { href: `#chronology=1&c=${enc(fact.collection)}` }, "Open the chronology"));
    } catch (failure) {
      error.textContent = failure.detail || failure.message;
      error.hidden = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
}
