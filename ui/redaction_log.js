// The redaction page of a collection (issue 17): the redaction log (control, page, what, reason,
// state, who proposed and decided, and when) as a table, downloadable as CSV or JSON; a rule
// run over a saved search's documents or listed control numbers (a regex, an entity kind, a
// protected name in all its written forms, or the anonymised-subject codes), each match a
// proposed span; and, for an admin, the collection's list of reasons.
//
// Fragments:  #redactions=1                      the first collection's page
//             #redactions=1&collection=NAME      NAME's
//
// The page's router (app.js) calls `showRedactionLog(visible)` when it changes view and
// `renderRedactionLog(params, {navigate, me, saveBlob})` for these fragments.

import { apiFetch } from "./api.js";
import { docHash } from "./docviews.js";
import { h, plural, shortDate, startRender } from "./dom.js";
import { block, collectionPicker, download, errorBox, pageSection, showError } from "./disclosure.js";
import { entityKinds } from "./kinds.js";
import { boxDescription } from "./redaction_stage.js";

const enc = encodeURIComponent;
const RULE_KINDS = [
  ["regex", "Regular expression"], ["entity", "Entity kind"], ["name", "Protected name (every written form)"],
  ["anonymised", "Anonymised-subject codes (Child A, YP3…)"]];

const section = () => pageSection("redaction-log-view", "Redactions");

export function showRedactionLog(visible) {
  section().hidden = !visible;
}

function what(r) {
  if (r.kind === "span") return r.text ? `“${r.text}”` : `characters ${r.start}–${r.end}`;
  if (r.kind === "box") return boxDescription(r);
  return "whole page";
}

function logTable(records) {
  if (!records.length) return h("p", { class: "muted" }, "No redactions yet.");
  const head = ["Control", "Page", "Kind", "What", "Reason", "State", "Proposed by", "Proposed", "Decided by", "Decided"];
  return h("table", { class: "arch-table redaction-log" },
    h("thead", {}, h("tr", {}, head.map((name) => h("th", { scope: "col" }, name)))),
    h("tbody", {}, records.map((r) => h("tr", { dataset: { id: r.id } },
      h("td", {}, h("a", { href: docHash(r.doc_id, r.page, "") }, r.control || r.doc_id)),
      h("td", { class: "num" }, String(r.page)), h("td", {}, r.kind),
      h("td", {}, what(r), r.rule ? h("div", { class: "muted" }, `rule ${r.rule}`) : null),
      h("td", {}, r.reason), h("td", { class: `state-${r.state}` }, r.state),
      h("td", {}, r.proposed_by || ""), h("td", {}, shortDate(r.proposed_at)),
      h("td", {}, r.decided_by || ""), h("td", {}, shortDate(r.decided_at))))));
}

function ruleForm(collection, reasons, saved, onDone) {
  const kind = h("select", { id: "rule-kind" }, RULE_KINDS.map(([value, label]) => h("option", { value }, label)));
  const patternKinds = entityKinds().filter((k) => k.pattern && k.name !== "anonymised");
  const entity = h("select", { id: "rule-entity" }, patternKinds.map((k) => h("option", { value: k.name }, k.label)));
  const text = h("input", { id: "rule-value", type: "text", autocomplete: "off", maxlength: 500, spellcheck: "false" });
  const textLabel = h("label", { for: "rule-value" }, "Regular expression");
  const entityLabel = h("label", { for: "rule-entity" }, "Entity kind");
  const search = h("select", { id: "rule-search" }, h("option", { value: "" }, "— listed control numbers —"),
    saved.map((s) => h("option", { value: s.id }, s.name)));
  const controls = h("textarea", { id: "rule-controls", rows: 3, placeholder: "One control number a line (or separated by spaces or commas)" });
  const reason = h("select", { id: "rule-reason" }, reasons.map((r) => h("option", { value: r }, r)));
  const result = h("p", { class: "redaction-rule-result", role: "status" });
  const problem = errorBox();
  const form = h("form", { class: "arch-form", novalidate: true, "aria-labelledby": "rule-title" },
    h("label", { for: "rule-kind" }, "Rule"), kind, textLabel, text, entityLabel, entity,
    h("label", { for: "rule-search" }, "Over the documents of a saved search"), search,
    h("label", { for: "rule-controls" }, "Or these control numbers"), controls,
    h("label", { for: "rule-reason" }, "Reason"), reason,
    h("div", {}, h("button", { type: "submit", class: "btn btn-primary" }, "Propose redactions")),
    problem, result);

  function showValueFor(value) {
    const typed = value === "regex" || value === "name";
    text.hidden = textLabel.hidden = !typed;
    entity.hidden = entityLabel.hidden = value !== "entity";
    textLabel.textContent = value === "name" ? "Protected name" : "Regular expression";
  }
  kind.addEventListener("change", () => showValueFor(kind.value));
  showValueFor(kind.value);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError(problem, null);
    const body = { kind: kind.value, reason: reason.value,
      value: kind.value === "entity" ? entity.value : kind.value === "anonymised" ? "" : text.value.trim() };
    if (search.value) body.saved_search = search.value;
    else body.controls = controls.value.split(/[\s,;]+/).filter(Boolean);
    try {
      const answer = await apiFetch(`/api/collections/${enc(collection)}/redactions/rules`, { method: "POST", body });
      result.textContent = `Proposed ${plural(answer.proposed.length, "redaction")} over ${plural(answer.documents, "document")}.`;
      onDone();
    } catch (error) {
      showError(problem, error);
    }
  });
  return block("rule-title", "Propose by rule", form);
}

function reasonsForm(collection, reasons, onSaved) {
  const box = h("textarea", { id: "reasons-input", rows: Math.max(3, reasons.length + 1) }, reasons.join("\n"));
  const problem = errorBox();
  const form = h("form", { class: "arch-form", novalidate: true },
    h("label", { for: "reasons-input" }, "Reasons, one a line"), box,
    h("div", {}, h("button", { type: "submit", class: "btn" }, "Save reasons")), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await apiFetch(`/api/collections/${enc(collection)}/redaction-reasons`, {
        method: "PUT", body: { reasons: box.value.split("\n").map((r) => r.trim()).filter(Boolean) } });
      onSaved();
    } catch (error) {
      showError(problem, error);
    }
  });
  return block("reasons-title", "Reasons (admin)", form);
}

export async function renderRedactionLog(params, { navigate, me, saveBlob }) {
  const view = section();
  const problem = errorBox();
  view.replaceChildren(h("h1", { class: "arch-title" }, "Redactions"), problem);
  const current = startRender(view);
  document.title = "Redactions — Docket";
  let user;
  let collections;
  try {
    [user, collections] = await Promise.all([me, apiFetch("/api/collections")]);
  } catch (error) {
    showError(problem, error);
    return;
  }
  if (!current()) return;
  if (user.role === "reader") {
    view.append(h("p", {}, "Redactions are review work: your role may search and read."));
    return;
  }
  const collection = params.get("collection") || (collections[0] && collections[0].name);
  if (!collection) {
    view.append(h("p", {}, "You have no collection."));
    return;
  }
  const [label, picker] = collectionPicker("redaction-collection", collections, collection);
  picker.addEventListener("change", () => navigate(`#redactions=1&collection=${enc(picker.value)}`));
  view.append(h("div", { class: "arch-filters" }, label, picker));
  const reload = () => renderRedactionLog(params, { navigate, me, saveBlob });
  const logBlock = h("div");
  async function refreshLog() {
    const log = await apiFetch(`/api/collections/${enc(collection)}/redaction-log`);
    const downloads = ["csv", "json"].map((format) => h("button", {
      type: "button", class: "btn btn-small",
      onclick: () => download(`/api/collections/${enc(collection)}/redaction-log?format=${format}`,
        `redaction-log-${collection}.${format}`, saveBlob).catch((error) => showError(problem, error)),
    }, `Download ${format.toUpperCase()}`));
    logBlock.replaceChildren(block("log-title", `Redaction log of ${collection}`,
      h("p", { class: "muted" }, `${plural(log.length, "redaction")}.`),
      h("div", { class: "review-inline" }, downloads), logTable(log)));
  }
  try {
    const [reasons, saved] = await Promise.all([
      apiFetch(`/api/collections/${enc(collection)}/redaction-reasons`), apiFetch("/api/saved-searches")]);
    if (!current()) return;
    const logChanged = () => refreshLog().catch((error) => showError(problem, error));
    if (user.cleared) view.append(ruleForm(collection, reasons.reasons, saved, logChanged));
    else view.append(h("p", { class: "muted" }, "Redactions are placed on the original text: proposing them needs clearance."));
    if (user.role === "admin") view.append(reasonsForm(collection, reasons.reasons, reload));
    view.append(logBlock);
    await refreshLog();
  } catch (error) {
    showError(problem, error);
  }
}
