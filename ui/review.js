// The review page: a reviewer's batches and QC samples, each opened in the viewer with the
// coding panel (coding.js); for an admin (Docket's lead) also making batches from a saved search,
// assigning them, sending a finished batch's sample to a second reviewer, and the dashboard of a
// collection: progress per batch and reviewer, QC disagreement, and coding counts; and the
// collection's coding scheme, edited in place (schemeeditor.js).
//
// Fragments:  #review=1                       the review page
//             #review=1&collection=NAME       with NAME's dashboard (admins)
//
// The page's router (app.js) calls `showReview(visible)` when it changes view and
// `renderReview(params, {navigate, me})` for these fragments. The section is made here, once.

import { apiFetch } from "./api.js";
import { batchHash } from "./coding.js";
import { errorBox, h, plural, showError, startRender } from "./dom.js";
import { schemeEditor } from "./schemeeditor.js";

const enc = encodeURIComponent;

function section() {
  let view = document.getElementById("review-view");
  if (!view) {
    view = h("section", { id: "review-view", class: "archive-view review-view", "aria-label": "Review", hidden: true });
    document.getElementById("main").append(view);
  }
  return view;
}

/** Show or hide the review page (the router hides every other view itself). */
export function showReview(visible) {
  section().hidden = !visible;
}

function block(title, ...children) {
  const id = `review-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return h("section", { class: "arch-section", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

function progressCell(coded, total) {
  return h("td", { class: "review-progress" },
    h("progress", { max: Math.max(1, total), value: coded, "aria-hidden": "true" }),
    ` ${coded} of ${total} coded`);
}

function headRow(...names) {
  return h("thead", {}, h("tr", {}, names.map((name) => h("th", { scope: "col" }, name))));
}

function percent(rate) {
  return rate === null || rate === undefined ? "–" : `${Math.round(rate * 1000) / 10}%`;
}

/** "Relevance: 1 of 2 differ (50%)" for each field the two reviewers compared. */
function disagreementText(report, labels) {
  const compared = report.fields.filter((f) => f.compared);
  if (!compared.length) return "nothing compared yet";
  return compared.map((f) => `${labels[f.field] || f.field}: ${f.disagreements} of ${f.compared} differ (${percent(f.rate)})`).join("; ");
}

export async function renderReview(params, { navigate, me }) {
  const view = section();
  const problem = errorBox();
  view.replaceChildren(h("h1", { class: "arch-title" }, "Review"), problem);
  const current = startRender(view);
  document.title = "Review — Docket";
  let user;
  let batches;
  try {
    user = await me;
    if (user.role === "reader") {
      view.append(h("p", {}, "Review needs the reviewer role: your role may search and read."));
      return;
    }
    batches = await apiFetch("/api/batches");
  } catch (error) {
    showError(problem, error);
    return;
  }
  const yours = await mine(batches, user);
  if (!current()) return;
  view.append(yours);
  if (user.role === "admin") {
    const leads = await lead(params, navigate, batches);
    if (current()) view.append(...leads);
  }
}

// --- a reviewer's batches ----------------------------------------------------------------------

async function mine(batches, user) {
  const own = batches.filter((b) => b.reviewer === user.username);
  const qc = batches.filter((b) => b.qc_reviewer === user.username);
  const [details, reports] = await Promise.all([
    Promise.all(own.map((b) => apiFetch(`/api/batches/${enc(b.id)}`))),
    Promise.all(qc.map((b) => apiFetch(`/api/batches/${enc(b.id)}/qc`)))]);
  const rows = [
    ...own.map((b, i) => ({ batch: b, what: "Review", coded: b.coded, total: b.total, ids: details[i].doc_ids, qc: false })),
    ...qc.map((b, i) => ({ batch: b, what: "QC (blind)", coded: reports[i].coded, total: reports[i].total, ids: reports[i].sample, qc: true })),
  ];
  if (!rows.length) return block("Your batches", h("p", { class: "muted" }, "No batch is assigned to you."));
  return block("Your batches", h("table", { class: "arch-table review-mine" },
    headRow("Batch", "Collection", "Work", "Progress", "Open"),
    h("tbody", {}, rows.map((row) => h("tr", { dataset: { batch: row.batch.id, qc: String(row.qc) } },
      h("th", { scope: "row" }, row.batch.name), h("td", {}, row.batch.collection), h("td", {}, row.what),
      progressCell(row.coded, row.total),
      h("td", {}, openLink(row)))))));
}

/** Opens at the first document not yet counted as coded: reviewers usually code in order. */
function openLink(row) {
  const pos = Math.max(1, Math.min(row.coded + 1, row.ids.length));
  const label = `${row.coded ? "Continue" : "Start"} ${row.qc ? "QC of " : ""}${row.batch.name}`;
  return h("a", { class: "review-open", href: batchHash(row.batch.id, row.ids[pos - 1], pos, row.qc) }, label);
}

// --- the lead's screens ----------------------------------------------------------------------

async function lead(params, navigate, batches) {
  const problem = errorBox();
  let collections;
  let saved;
  try {
    [collections, saved] = await Promise.all([apiFetch("/api/collections"), apiFetch("/api/saved-searches")]);
  } catch (error) {
    showError(problem, error);
    return [problem];
  }
  const names = collections.map((c) => c.name);
  const chosen = names.includes(params.get("collection")) ? params.get("collection")
    : (batches[batches.length - 1]?.collection || names[0]);
  const reviewers = [...new Set(batches.flatMap((b) => [b.reviewer, b.qc_reviewer]).filter(Boolean))].sort();
  const known = h("datalist", { id: "review-known-reviewers" }, reviewers.map((r) => h("option", { value: r })));
  const made = Number.parseInt(params.get("made"), 10);
  const status = h("p", { class: "review-made", role: "status" },
    made ? `Made ${plural(made, "batch", "batches")} in ${chosen}.` : "");
  return [known, problem,
    block("Make batches", makeForm(names, chosen, saved, navigate), status),
    block("Dashboard", collectionPicker(names, chosen, navigate), chosen ? await dashboard(chosen, navigate) : null),
    block("Coding scheme", chosen ? await schemeEditor(chosen) : h("p", { class: "muted" }, "No collection."))];
}

function makeForm(names, chosen, saved, navigate) {
  const problem = errorBox();
  const collection = h("select", { id: "batch-collection" }, names.map((n) => h("option", { value: n, selected: n === chosen }, n)));
  const search = h("select", { id: "batch-saved-search", required: true },
    saved.length ? saved.map((s) => h("option", { value: s.id }, s.name)) : h("option", { value: "" }, "No saved search: save one from the results"));
  const size = h("input", { id: "batch-size", type: "number", min: 1, max: 5000, value: 50, required: true });
  const reviewers = h("input", { id: "batch-reviewers", autocomplete: "off", list: "review-known-reviewers", "aria-describedby": "batch-reviewers-help" });
  const name = h("input", { id: "batch-name", maxlength: 100, value: "Batch", autocomplete: "off" });
  const form = h("form", { class: "arch-form", novalidate: true },
    h("label", { for: collection.id }, "Collection"), collection,
    h("label", { for: search.id }, "Saved search (its documents, families whole, duplicates together)"), search,
    h("label", { for: size.id }, "Documents per batch"), size,
    h("label", { for: reviewers.id }, "Reviewers"), reviewers,
    h("span", { id: "batch-reviewers-help", class: "muted" }, "User names separated by commas, given batches in turn; none: unassigned."),
    h("label", { for: name.id }, "Batch name (numbered: Batch 1, Batch 2…)"), name,
    h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Make batches"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError(problem, null);
    try {
      const made = await apiFetch("/api/batches", { method: "POST", body: {
        collection: collection.value, saved_search: search.value, size: Number(size.value),
        reviewers: reviewers.value.split(",").map((r) => r.trim()).filter(Boolean), name: name.value.trim() || "Batch" } });
      navigate(`#review=1&collection=${enc(collection.value)}&made=${made.length}`);
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

function collectionPicker(names, chosen, navigate) {
  const select = h("select", { id: "dashboard-collection" }, names.map((n) => h("option", { value: n, selected: n === chosen }, n)));
  select.addEventListener("change", () => navigate(`#review=1&collection=${enc(select.value)}`));
  return h("p", { class: "arch-filters" }, h("label", { for: select.id }, "Collection"), select);
}

async function dashboard(collection, navigate) {
  const problem = errorBox();
  let board;
  let scheme;
  try {
    [board, scheme] = await Promise.all([
      apiFetch(`/api/collections/${enc(collection)}/review-progress`),
      apiFetch(`/api/collections/${enc(collection)}/coding-scheme`)]);
  } catch (error) {
    showError(problem, error);
    return problem;
  }
  const labels = Object.fromEntries(scheme.fields.map((f) => [f.name, f.label]));
  const reports = await Promise.all(board.batches.map((b) => (b.qc_reviewer
    ? apiFetch(`/api/batches/${enc(b.id)}/qc`) : null)));
  const reload = () => navigate(`#review=1&collection=${enc(collection)}`, { replace: true });
  return h("div", { class: "review-dashboard" }, problem,
    h("p", { class: "review-coded" }, `${plural(board.coded_documents, "document")} of ${collection} coded.`),
    h("h3", {}, "Batches"),
    board.batches.length ? batchTable(board.batches, reports, labels, reload) : h("p", { class: "muted" }, "No batches yet."),
    h("h3", {}, "Reviewers"), reviewerTable(board.reviewers),
    h("h3", {}, "Coding counts"), countLists(board.coding_counts, labels));
}

function batchTable(batches, reports, labels, reload) {
  return h("table", { class: "arch-table review-batches" },
    headRow("Batch", "Reviewer", "Progress", "QC"),
    h("tbody", {}, batches.map((batch, i) => h("tr", { dataset: { batch: batch.id } },
      h("th", { scope: "row" }, batch.name),
      h("td", {}, assignForm(batch, reload)),
      progressCell(batch.coded, batch.total),
      h("td", { class: "review-qc" }, reports[i] ? qcSummary(reports[i], labels) : qcForm(batch, reload))))));
}

function assignForm(batch, reload) {
  const problem = errorBox();
  const id = `assign-${batch.id}`;
  const input = h("input", { id, value: batch.reviewer || "", size: 14, autocomplete: "off", list: "review-known-reviewers", placeholder: "unassigned" });
  const form = h("form", { class: "review-inline", novalidate: true },
    h("label", { for: id, class: "visually-hidden" }, `Reviewer of ${batch.name}`), input,
    h("button", { type: "submit", class: "btn btn-small" }, "Assign"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await apiFetch(`/api/batches/${enc(batch.id)}`, { method: "PUT", body: { reviewer: input.value.trim() || null } });
      reload();
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

function qcSummary(report, labels) {
  return h("div", {},
    h("p", {}, `${report.reviewer}: ${report.coded} of ${report.total} sampled coded`),
    h("p", { class: "review-disagreement" }, `Disagreement: ${disagreementText(report, labels)}`));
}

function qcForm(batch, reload) {
  if (batch.coded < batch.total) return h("span", { class: "muted" }, "after the batch is coded");
  const problem = errorBox();
  const who = h("input", { id: `qc-reviewer-${batch.id}`, size: 14, autocomplete: "off", list: "review-known-reviewers", required: true });
  const share = h("input", { id: `qc-percent-${batch.id}`, type: "number", min: 1, max: 100, value: 5, size: 4 });
  const form = h("form", { class: "review-inline", novalidate: true },
    h("label", { for: who.id }, "Second reviewer"), who,
    h("label", { for: share.id }, "Sample %"), share,
    h("button", { type: "submit", class: "btn btn-small" }, "Send to QC"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await apiFetch(`/api/batches/${enc(batch.id)}/qc`, { method: "POST", body: {
        reviewer: who.value.trim(), percent: Number(share.value) || 5 } });
      reload();
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

function reviewerTable(reviewers) {
  if (!reviewers.length) return h("p", { class: "muted" }, "No batches yet.");
  return h("table", { class: "arch-table review-reviewers" },
    headRow("Reviewer", "Batches", "Progress"),
    h("tbody", {}, reviewers.map((r) => h("tr", {},
      h("th", { scope: "row" }, r.reviewer || "unassigned"), h("td", { class: "num" }, String(r.batches)),
      progressCell(r.coded, r.total)))));
}

function countLists(counts, labels) {
  const fields = Object.entries(counts).filter(([, values]) => values.length);
  if (!fields.length) return h("p", { class: "muted" }, "Nothing coded yet.");
  return h("div", { class: "review-counts" }, fields.map(([field, values]) => h("div", { dataset: { field } },
    h("h4", {}, labels[field] || field),
    h("ul", {}, values.map((v) => h("li", {}, h("span", { class: "facet-value" }, v.value), " ",
      h("span", { class: "facet-count" }, v.count.toLocaleString("en-GB"))))))));
}
