// The production builder (issue 17): a production's documents chosen by a saved search, tags or
// pasted control numbers, with its name, recipient (a core participant) and URN prefix, made as a
// draft; its preview (each document with the URN it is to be given, its pages and redactions, the
// redactions still only proposed, and the documents withheld in full with their reasons); issuing
// it, with its state and progress while the server produces it; then its ZIP and its load file.
//
// Fragments:  #productions=1                     the productions and the form for a new one
//             #productions=1&production=ID       one production: preview, issue, downloads
//
// The page's router (app.js) calls `showProductions(visible)` when it changes view and
// `renderProductions(params, {navigate, me, saveBlob})` for these fragments.

import { apiFetch } from "./api.js";
import { docHash } from "./docviews.js";
import { h, plural, shortDate, startRender } from "./dom.js";
import { block, collectionPicker, download, errorBox, pageSection, showError } from "./disclosure.js";

const enc = encodeURIComponent;
const POLL_MS = 1000;
const CHOICES = [["saved_search", "A saved search"], ["tags", "Tags"], ["controls", "Control numbers"]];

const section = () => pageSection("productions-view", "Productions");
let polling = null;

export function showProductions(visible) {
  section().hidden = !visible;
  if (!visible) stopPolling();
}

function stopPolling() {
  clearTimeout(polling);
  polling = null;
}

const splitList = (text) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

function field(id, label, control) {
  return [h("label", { for: id }, label), control];
}

/** "CONTROL: reason" a line -> {CONTROL: reason}. */
function withheldOf(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const [control, ...reason] = line.split(":");
    if (control.trim()) out[control.trim()] = reason.join(":").trim() || "withheld";
  }
  return out;
}

function newForm(collections, saved, tags, navigate) {
  const input = (id, attrs = {}) => h("input", { id, type: "text", autocomplete: "off", ...attrs });
  const name = input("production-name", { maxlength: 200, required: true });
  const recipient = input("production-recipient", { maxlength: 200, required: true });
  const prefix = input("production-prefix", { maxlength: 10, required: true, pattern: "[A-Z][A-Z0-9]{1,9}", spellcheck: "false", "aria-describedby": "production-prefix-help" });
  const [collectionLabel, collection] = collectionPicker("production-collection", collections, collections[0]?.name);
  const radios = CHOICES.map(([value, label], index) => h("label", { class: "production-choice" },
    h("input", { type: "radio", name: "production-by", value, checked: index === 0 }), ` ${label}`));
  const search = h("select", { id: "production-search" }, saved.map((s) => h("option", { value: s.id }, s.name)));
  const tagInput = input("production-tags", { list: "production-tag-options", placeholder: "key, disclose" });
  const tagOptions = h("datalist", { id: "production-tag-options" }, tags.map((t) => h("option", { value: t.tag })));
  const controls = h("textarea", { id: "production-controls", rows: 4, placeholder: "One control number a line (or separated by spaces or commas), in the order to produce them" });
  const withheld = h("textarea", { id: "production-withheld", rows: 2, placeholder: "CONTROL: reason, one a line" });
  const inputs = { saved_search: [h("label", { for: "production-search" }, "Saved search"), search],
    tags: [h("label", { for: "production-tags" }, "Tags (comma-separated)"), tagInput, tagOptions],
    controls: [h("label", { for: "production-controls" }, "Control numbers, one a line"), controls] };
  const problem = errorBox();
  const form = h("form", { class: "arch-form production-form", novalidate: true, "aria-labelledby": "new-production-title" },
    collectionLabel, collection, ...field("production-name", "Name", name),
    ...field("production-recipient", "Recipient (core participant)", recipient),
    ...field("production-prefix", "URN prefix", prefix),
    h("p", { id: "production-prefix-help", class: "muted" }, "2–10 capital letters and digits, starting with a letter: documents are numbered PREFIX000001, pages /1, /2…"),
    h("fieldset", { class: "production-by" }, h("legend", {}, "Choose documents by"), radios),
    ...Object.values(inputs).flat(),
    ...field("production-withheld", "Withhold in full (optional)", withheld),
    h("div", {}, h("button", { type: "submit", class: "btn btn-primary" }, "Make draft and preview")), problem);

  const chosen = () => form.querySelector('input[name="production-by"]:checked').value;
  const showChoice = () => {
    for (const [value, controlsOf] of Object.entries(inputs)) for (const el of controlsOf) el.hidden = value !== chosen();
  };
  form.addEventListener("change", showChoice);
  showChoice();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError(problem, null);
    const body = { name: name.value.trim(), recipient: recipient.value.trim(), prefix: prefix.value.trim().toUpperCase(),
      collection: collection.value, withheld: withheldOf(withheld.value) };
    if (chosen() === "saved_search") body.saved_search = search.value || null;
    else if (chosen() === "tags") body.tags = splitList(tagInput.value);
    else body.controls = splitList(controls.value);
    try {
      const made = await apiFetch("/api/productions", { method: "POST", body });
      navigate(`#productions=1&production=${enc(made.id)}`);
    } catch (error) {
      showError(problem, error);
    }
  });
  return block("new-production-title", "New production", form);
}

function stateText(p) {
  if (p.state === "issuing") return `issuing: ${p.progress.done} of ${p.progress.total} documents`;
  if (p.state === "failed") return `failed (${plural(p.errors.length, "error")})`;
  return p.state;
}

function listTable(productions) {
  if (!productions.length) return h("p", { class: "muted" }, "No productions yet.");
  const head = ["Name", "Collection", "Recipient", "Prefix", "Documents", "State", "Made"];
  return h("table", { class: "arch-table production-list" },
    h("thead", {}, h("tr", {}, head.map((n) => h("th", { scope: "col" }, n)))),
    h("tbody", {}, productions.map((p) => h("tr", { dataset: { id: p.id } },
      h("th", { scope: "row" }, h("a", { href: `#productions=1&production=${enc(p.id)}` }, p.name)),
      h("td", {}, p.collection), h("td", {}, p.recipient), h("td", {}, p.prefix),
      h("td", { class: "num" }, String(p.documents)), h("td", {}, stateText(p)), h("td", {}, shortDate(p.created_at))))));
}

function previewTable(preview) {
  const head = ["#", "Control", "URN", "Pages", "Redactions", "Proposed only", "Withheld in full"];
  return h("table", { class: "arch-table production-preview" },
    h("caption", { class: "visually-hidden" }, "Documents of the production"),
    h("thead", {}, h("tr", {}, head.map((n) => h("th", { scope: "col" }, n)))),
    h("tbody", {}, preview.documents.map((d) => h("tr", { dataset: { control: d.control } },
      h("td", { class: "num" }, String(d.position)),
      h("td", {}, d.missing ? `${d.control} (no longer exists)` : h("a", { href: docHash(d.doc_id, 1, "") }, d.control)),
      h("td", { class: "production-urn" }, d.urn || "—", d.urn && !d.urn_given ? h("span", { class: "muted" }, " (to be given)") : null),
      h("td", { class: "num" }, String(d.pages)), h("td", { class: "num" }, String(d.redactions)),
      h("td", { class: "num" }, d.proposed ? String(d.proposed) : ""), h("td", {}, d.withheld || "")))));
}

function producedTable(produced) {
  if (!produced.length) return null;
  return h("table", { class: "arch-table production-produced" },
    h("caption", { class: "visually-hidden" }, "Produced files"),
    h("thead", {}, h("tr", {}, ["URN", "Control", "Pages", "Redactions", "SHA-256"].map((n) => h("th", { scope: "col" }, n)))),
    h("tbody", {}, produced.map((p) => h("tr", {},
      h("td", {}, p.urn), h("td", {}, p.control || ""), h("td", { class: "num" }, String(p.pages)),
      h("td", { class: "num" }, String(p.redactions)), h("td", { class: "mono" }, `${p.sha256.slice(0, 16)}…`)))));
}

function summary(preview) {
  const parts = [`${plural(preview.produced, "document")} to produce (${plural(preview.pages, "page")}), ${plural(preview.redactions, "redaction")} burned in`];
  if (preview.withheld) parts.push(`${plural(preview.withheld, "document")} withheld in full`);
  return `${parts.join("; ")}.`;
}

async function renderOne(view, id, { saveBlob }) {
  const problem = errorBox();
  const holder = h("div", { class: "production-detail" });
  view.append(problem, holder);

  async function draw() {
    const [production, preview] = await Promise.all([
      apiFetch(`/api/productions/${enc(id)}`), apiFetch(`/api/productions/${enc(id)}/preview`)]);
    document.title = `${production.name} — Productions — Docket`;
    const issued = production.issues > 0 && production.state !== "issuing";
    const issue = h("button", { type: "button", class: "btn btn-primary", id: "issue-production", disabled: production.state === "issuing" },
      production.issues ? "Issue again" : "Issue production");
    issue.addEventListener("click", async () => {
      issue.disabled = true;
      showError(problem, null);
      try {
        await apiFetch(`/api/productions/${enc(id)}/issue`, { method: "POST" });
        await draw();
      } catch (error) {
        showError(problem, error);
        issue.disabled = false;
      }
    });
    const fail = (error) => showError(problem, error);
    const downloads = issued ? h("div", { class: "review-inline" },
      h("button", { type: "button", class: "btn", onclick: () => download(`/api/productions/${enc(id)}/download`, `${production.prefix}.zip`, saveBlob).catch(fail) }, "Download ZIP"),
      h("button", { type: "button", class: "btn", onclick: () => download(`/api/productions/${enc(id)}/load-file`, `${id}-loadfile.csv`, saveBlob).catch(fail) }, "Download load file")) : null;
    holder.replaceChildren(block("production-title", production.name,
      h("table", { class: "meta production-meta" }, h("tbody", {},
        [["Recipient", production.recipient], ["Collection", production.collection], ["URN prefix", production.prefix],
          ["Chosen by", production.chosen_by], ["Made", `${shortDate(production.created_at)} by ${production.created_by || "?"}`],
          ["Issued", production.issued_at ? `${shortDate(production.issued_at)} by ${production.issued_by || "?"} (${plural(production.issues, "time")})` : "not yet"]]
          .map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v))))),
      h("p", { class: "production-state", role: "status" }, `State: ${stateText(production)}`),
      production.state === "issuing" ? h("progress", { max: Math.max(1, production.progress.total), value: production.progress.done, "aria-label": "Issue progress" }) : null,
      production.errors.length ? h("ul", { class: "alert production-errors" }, production.errors.map((e) => h("li", {}, `${e.control || ""} ${e.error}`))) : null,
      h("div", { class: "review-inline" }, issue), downloads),
    block("preview-title", issued ? "Documents" : "Preview",
      h("p", { class: "production-summary" }, summary(preview)),
      preview.proposed ? h("p", { class: "alert" }, `${plural(preview.proposed, "redaction")} proposed and not yet approved: not burned in unless approved before the issue.`) : null,
      previewTable(preview)),
    issued ? block("produced-title", "Produced files", producedTable(production.produced)) : null);
    stopPolling();
    if (production.state === "issuing") {
      polling = setTimeout(() => draw().catch((error) => showError(problem, error)), POLL_MS);
    }
  }

  try {
    await draw();
  } catch (error) {
    showError(problem, error);
  }
}

export async function renderProductions(params, { navigate, me, saveBlob }) {
  stopPolling();
  const view = section();
  const problem = errorBox();
  view.replaceChildren(h("h1", { class: "arch-title" }, "Productions"), problem);
  const current = startRender(view);
  document.title = "Productions — Docket";
  try {
    const user = await me;
    if (!current()) return;
    if (user.role === "reader") {
      view.append(h("p", {}, "Productions are review work: your role may search and read."));
      return;
    }
    if (params.get("production")) {
      view.append(h("p", {}, h("a", { href: "#productions=1" }, "All productions")));
      await renderOne(view, params.get("production"), { saveBlob });
      return;
    }
    const [collections, saved, tags, productions] = await Promise.all([
      apiFetch("/api/collections"), apiFetch("/api/saved-searches"), apiFetch("/api/tags"), apiFetch("/api/productions")]);
    if (!current()) return;
    view.append(block("productions-title", "Productions", listTable(productions)), newForm(collections, saved, tags, navigate));
  } catch (error) {
    showError(problem, error);
  }
}
