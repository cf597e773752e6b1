// Bulk coding from the search page (reviewers and admins): tick results (or press x on one), or
// take every result of the search, and give them a coding value of their collection's scheme
// (POST /api/collections/{name}/coding/bulk). "All results" sends the search itself, so the
// server codes every document it finds, not the page on screen. The count is confirmed first,
// and the answer (matched, changed) is shown, then the results are asked for again so the
// coding facets count the change.
//
// The page's router (app.js) calls `render(response, search)` after drawing the hits.

import { apiFetch } from "./api.js";
import { confirmAction } from "./confirm.js";
import { h, plural } from "./dom.js";
import { searchHash } from "./fragment.js";

const enc = encodeURIComponent;
const CHOICE_KINDS = new Set(["single", "multi"]);

/** The search as the bulk API takes it (a SearchSpec): every result, within one collection. */
function searchSpec(search) {
  const filters = Object.entries(search.filters || {}).flatMap(([field, values]) => values.map((v) => `${field}:${v}`));
  return { q: search.q || "", filters, date_from: search.from || null, date_to: search.to || null, sort: search.sort || "relevance" };
}

export function createBulkCoding({ refresh, mayCode }) {
  const selected = new Map(); // document id -> its collection
  const schemes = new Map(); // collection -> its scheme (asked once per page load)
  let shown = { response: null, search: null, key: null };

  const status = h("p", { class: "bulk-status", role: "status" });
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  const collection = h("select", { id: "bulk-collection" });
  const scopeSelected = h("input", { type: "radio", name: "bulk-scope", id: "bulk-scope-selected", value: "selected" });
  const scopeAll = h("input", { type: "radio", name: "bulk-scope", id: "bulk-scope-all", value: "all", checked: true });
  const field = h("select", { id: "bulk-field" });
  const value = h("select", { id: "bulk-value" });
  const add = h("input", { type: "checkbox", id: "bulk-add", checked: true });
  const addRow = h("p", { class: "bulk-row" }, add, h("label", { for: add.id }, "Add to the values each document has (untick: replace them)"));
  const fieldsBox = h("div", { class: "bulk-fields" });
  const form = h("form", { class: "bulk-form", novalidate: true },
    h("p", { class: "bulk-row bulk-collection" }, h("label", { for: collection.id }, "Collection"), collection),
    h("fieldset", { class: "bulk-scope" }, h("legend", {}, "Documents"),
      h("p", { class: "bulk-row" }, scopeSelected, h("label", { for: scopeSelected.id })),
      h("p", { class: "bulk-row" }, scopeAll, h("label", { for: scopeAll.id }))),
    fieldsBox, problem);
  const box = h("details", { id: "bulk-coding", class: "bulk-coding", hidden: true },
    h("summary", { class: "btn btn-small" }, "Bulk coding"), form, status);

  const schemeOf = (name) => {
    if (!schemes.has(name)) {
      schemes.set(name, apiFetch(`/api/collections/${enc(name)}/coding-scheme`).catch((error) => {
        schemes.delete(name);
        throw error;
      }));
    }
    return schemes.get(name);
  };

  /** The collections of the results, with how many results each holds. */
  function resultCollections() {
    const { response } = shown;
    const counted = (response.facets && response.facets.collection) || [];
    if (counted.length) return counted.map((c) => ({ name: c.value, count: c.count }));
    const names = [...new Set(response.hits.map((hit) => hit.collection).filter(Boolean))];
    return names.map((name) => ({ name, count: response.total }));
  }

  function selectedIn(name) {
    return [...selected].filter(([, c]) => c === name).map(([id]) => id);
  }

  function describeScope() {
    const chosen = resultCollections().find((c) => c.name === collection.value);
    const several = collection.options.length > 1;
    const ticked = selectedIn(collection.value).length;
    scopeSelected.labels[0].textContent = `The ${plural(ticked, "result")} you ticked${several ? ` in ${collection.value}` : ""}`;
    scopeSelected.disabled = !ticked;
    if (!ticked) scopeAll.checked = true;
    const total = chosen ? chosen.count : 0;
    scopeAll.labels[0].textContent = `All ${plural(total, "result")} of this search${several ? ` in ${collection.value}` : ""}`;
  }

  async function drawFields() {
    problem.hidden = true;
    let scheme;
    try {
      scheme = await schemeOf(collection.value);
    } catch (error) {
      fieldsBox.replaceChildren(h("p", { class: "alert" }, error.detail || String(error)));
      return;
    }
    const choices = scheme.fields.filter((f) => CHOICE_KINDS.has(f.kind));
    if (!choices.length) {
      fieldsBox.replaceChildren(h("p", { class: "muted" },
        `${collection.value} has no coding field with values yet: an admin defines them on the review page.`));
      return;
    }
    const previous = field.value;
    field.replaceChildren(...choices.map((f) => h("option", { value: f.name, selected: f.name === previous }, f.label)));
    const drawValues = () => {
      const chosen = choices.find((f) => f.name === field.value) || choices[0];
      value.replaceChildren(...chosen.choices.map((c) => h("option", { value: c }, c)));
      addRow.hidden = chosen.kind !== "multi";
    };
    field.onchange = drawValues;
    drawValues();
    fieldsBox.replaceChildren(
      h("p", { class: "bulk-row" }, h("label", { for: field.id }, "Coding field"), field),
      h("p", { class: "bulk-row" }, h("label", { for: value.id }, "Value"), value), addRow,
      h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Code documents…"));
  }

  collection.addEventListener("change", () => {
    describeScope();
    drawFields();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    problem.hidden = true;
    const name = collection.value;
    const scheme = await schemeOf(name);
    const coding = scheme.fields.find((f) => f.name === field.value);
    if (!coding || !value.value) return;
    const all = scopeAll.checked;
    const ids = selectedIn(name);
    const count = all ? resultCollections().find((c) => c.name === name)?.count || 0 : ids.length;
    const multi = coding.kind === "multi";
    const adding = multi && add.checked;
    const body = { values: { [coding.name]: multi ? [value.value] : value.value }, add: adding,
      ...(all ? { search: searchSpec(shown.search) } : { ids }) };
    const what = `${coding.label}: ${adding ? "add" : "set to"} '${value.value}'`;
    const ok = await confirmAction({
      title: `Code ${plural(count, "document")} of ${name}?`,
      lines: [what, all ? `Every result of this search in ${name}, not only this page.` : "The results you ticked."],
      ok: `Code ${plural(count, "document")}`,
    });
    if (!ok) return;
    status.textContent = `Coding ${plural(count, "document")}…`;
    try {
      const done = await apiFetch(`/api/collections/${enc(name)}/coding/bulk`, { method: "POST", body });
      status.textContent = `Coded ${plural(done.matched, "document")} of ${name} (${what}): ${done.changed.toLocaleString("en-GB")} changed.`;
      refresh();
    } catch (error) {
      status.textContent = "";
      problem.textContent = `Nothing was coded: ${error.detail || String(error)}`;
      problem.hidden = false;
    }
  });

  function tick(hit, on) {
    if (on) selected.set(hit.id, hit.collection);
    else selected.delete(hit.id);
    describeScope();
  }

  /** A box on each result, ticked when the result is selected. */
  function addBoxes(hits) {
    const list = document.getElementById("results-list");
    for (const hit of hits) {
      const item = list.querySelector(`.hit[data-id="${CSS.escape(hit.id)}"]`);
      if (!item || item.querySelector(".hit-select")) continue;
      const title = hit.title || hit.path || hit.control || hit.id;
      const box = h("input", { type: "checkbox", class: "hit-select", checked: selected.has(hit.id), "aria-label": `Select ${title}` });
      box.addEventListener("change", () => tick(hit, box.checked));
      item.prepend(box);
    }
  }

  // x on a result ticks it, as the keys list says.
  document.getElementById("results-list").addEventListener("keydown", (event) => {
    if (event.key !== "x" || event.altKey || event.ctrlKey || event.metaKey) return;
    const selectBox = event.target instanceof Element && !event.target.closest("input, textarea, select")
      && event.target.closest(".hit")?.querySelector(".hit-select");
    if (!selectBox) return;
    event.preventDefault();
    selectBox.click();
  });

  return {
    async render(response, search) {
      const key = searchHash({ ...search, page: 1, cursor: "" });
      if (key !== shown.key) {
        selected.clear();
        status.textContent = "";
      }
      shown = { response, search, key };
      if (!document.getElementById("bulk-coding")) document.querySelector("#results-pane .results-head").after(box);
      if (!await mayCode() || !response.total) {
        box.hidden = true;
        return;
      }
      box.hidden = false;
      addBoxes(response.hits);
      const names = resultCollections();
      const previous = collection.value;
      collection.replaceChildren(...names.map((c) => h("option", { value: c.name, selected: c.name === previous }, c.name)));
      collection.closest("p").hidden = names.length < 2;
      describeScope();
      await drawFields();
    },
  };
}
