// The case register's screens: the register (filter by force, outcome, flag and period; sort;
// CSV and XLSX export), a case page (timeline, documents, people by role, flags with their
// reasons, linked cases and why) and a person's cases. Everything shown comes from
// /api/cases: for a user without clearance that is the register's ciphered copy.
//
// Fragments:  #cases&outcome=nfa&flag=linked&force=X&start=2005&end=2007&sort=first_date
//             #case=ID
//             #case-person=KEY
//
// The page's router (app.js) calls `showCases(visible)` when it changes view and
// `renderCases(params, {navigate})` for these fragments. The section is made here, once.

import { apiFetch } from "./api.js";
import { h, shortDate, startRender } from "./dom.js";
import { docHash } from "./docviews.js";

const OUTCOMES = [
  ["", "Any outcome"], ["charged", "Charged"], ["cautioned", "Cautioned"], ["nfa", "NFA (any reason)"],
  ["nfa insufficient evidence", "NFA: insufficient evidence"],
  ["nfa victim did not support", "NFA: victim did not support"], ["nfa cps advice", "NFA: CPS advice"],
  ["nfa not in public interest", "NFA: not in public interest"], ["filed", "Filed / undetected"],
  ["open", "Open"], ["unknown", "Unknown"],
];
const FLAGS = [
  ["", "Any flag"], ["linked", "Linked to another case"], ["closed early", "Closed soon after the report"],
  ["suspect elsewhere", "NFA, suspect in another case"], ["shared vehicle", "Shared vehicle"],
  ["shared phone", "Shared phone"], ["shared address", "Shared address"],
  ["no outcome", "Complaint with no outcome"],
];
// The questions a re-examination starts from, one click each (the form can say the same).
const PRESETS = [
  ["NFA, linked to another case", { outcome: "nfa", flag: "linked" }],
  ["NFA, suspect in another case", { flag: "suspect elsewhere" }],
  ["Closed soon after the report", { flag: "closed early" }],
  ["Complaint with no outcome", { flag: "no outcome" }],
];
const SORTS = [["first_date", "First date"], ["last_date", "Last date"], ["reference", "Reference"],
  ["force", "Force"], ["outcome", "Outcome"], ["documents", "Documents"]];
const FILTERS = ["outcome", "flag", "force", "start", "end", "sort", "descending"];
const enc = encodeURIComponent;

function section() {
  let view = document.getElementById("cases-view");
  if (!view) {
    view = h("section", { id: "cases-view", class: "archive-view cases-view", "aria-label": "Case register", hidden: true });
    document.getElementById("main").append(view);
  }
  return view;
}

/** Show or hide the case screens (the router hides every other view itself). */
export function showCases(visible) {
  section().hidden = !visible;
}

export function renderCases(params, { navigate }) {
  const view = section();
  if (params.has("case")) return renderCase(view, params.get("case"), navigate);
  if (params.has("case-person")) return renderPerson(view, params.get("case-person"), navigate);
  return renderRegister(view, params, navigate);
}

function problem(error) {
  return h("p", { class: "alert", role: "alert" }, (error && error.detail) || String(error));
}

function select(name, label, options, value) {
  return h("label", { class: "field" }, h("span", {}, label),
    h("select", { name }, options.map(([v, text]) => h("option", { value: v, selected: v === (value || "") }, text))));
}

// The register keeps a cited sentence to 400 characters: one that long may end mid-word.
const SENTENCE_CHARS = 400;

/** A cited sentence as a quoted phrase: the viewer opens its page with the sentence marked. */
function sentencePhrase(sentence) {
  if (!sentence) return "";
  const words = sentence.replace(/"/g, " ").split(/\s+/).filter(Boolean);
  if (sentence.length >= SENTENCE_CHARS) words.pop();
  return words.length ? `"${words.join(" ")}"` : "";
}

function citeLink(cite, navigate, text) {
  if (!cite || !cite.doc_id) return null;
  const hash = docHash(cite.doc_id, cite.page || 1, sentencePhrase(cite.sentence));
  return h("a", {
    class: "case-cite", href: hash,
    onclick: (event) => { event.preventDefault(); navigate(hash); },
  }, text || cite.citation || cite.control);
}

function caseLink(id, reference, navigate) {
  return h("a", { href: `#case=${enc(id)}`, onclick: (event) => { event.preventDefault(); navigate(`#case=${enc(id)}`); } },
    reference);
}

// --- the register -------------------------------------------------------------------------

function registerQuery(params) {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  return query;
}

async function download(query, format) {
  const copy = new URLSearchParams(query);
  if (format === "graphml") {
    copy.delete("sort"); // the graph takes the filters, not the order
    copy.delete("descending");
  } else {
    copy.set("format", format);
  }
  const path = format === "graphml" ? "/api/cases/graph" : "/api/cases";
  const response = await apiFetch(`${path}?${copy}`, { raw: true });
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: `cases.${format}`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function renderRegister(view, params, navigate) {
  document.title = "Case register — Docket";
  const query = registerQuery(params);
  const form = h("form", { class: "cases-filters", novalidate: true },
    select("outcome", "Outcome", OUTCOMES, params.get("outcome")),
    select("flag", "Flag", FLAGS, params.get("flag")),
    h("label", { class: "field" }, h("span", {}, "Force or council"),
      h("input", { name: "force", type: "text", value: params.get("force") || "", size: 18 })),
    h("label", { class: "field" }, h("span", {}, "From"),
      h("input", { name: "start", type: "text", value: params.get("start") || "", size: 10, placeholder: "YYYY[-MM[-DD]]" })),
    h("label", { class: "field" }, h("span", {}, "To"),
      h("input", { name: "end", type: "text", value: params.get("end") || "", size: 10, placeholder: "YYYY[-MM[-DD]]" })),
    select("sort", "Sort", SORTS, params.get("sort") || "first_date"),
    h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ cases: "1" });
    for (const [name, value] of new FormData(form)) if (String(value).trim()) next.set(name, String(value).trim());
    navigate(`#${next}`);
  });
  const exports = h("div", { class: "result-actions" },
    h("button", { type: "button", class: "btn btn-small", onclick: () => download(query, "csv") }, "Export CSV"),
    h("button", { type: "button", class: "btn btn-small", onclick: () => download(query, "xlsx") }, "Export XLSX"),
    h("button", { type: "button", class: "btn btn-small", onclick: () => download(query, "graphml") }, "Export graph (GraphML)"));
  view.replaceChildren(h("h1", { class: "arch-title" }, "Case register"), presetLinks(params, navigate), form, exports);
  const current = startRender(view);
  let answer;
  try {
    query.set("size", "500");
    answer = await apiFetch(`/api/cases?${query}`);
  } catch (error) {
    if (current()) view.append(problem(error));
    return;
  }
  if (!current()) return;
  view.append(h("p", { class: "summary", id: "cases-total" }, `${answer.total} cases`), registerTable(answer.cases, navigate));
}

function presetLinks(params, navigate) {
  return h("nav", { class: "case-presets", "aria-label": "Ready-made filters" }, PRESETS.map(([label, filters]) => {
    const hash = `#${new URLSearchParams({ cases: "1", ...filters })}`;
    const current = ["outcome", "flag"].every((name) => (params.get(name) || "") === (filters[name] || ""));
    return h("a", {
      href: hash, "aria-current": current ? "true" : null,
      onclick: (event) => { event.preventDefault(); navigate(hash); },
    }, label);
  }));
}

function registerTable(cases, navigate) {
  const heads = ["Reference", "Force or council", "Outcome", "Reported", "Closed", "Documents", "Suspects", "Flags"];
  return h("table", { class: "arch-table cases-table" },
    h("thead", {}, h("tr", {}, heads.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, cases.map((c) => h("tr", { dataset: { case: c.id } },
      h("td", {}, caseLink(c.id, c.reference, navigate)), h("td", {}, c.force || ""),
      h("td", { class: "case-outcome" }, c.outcome_label + (c.outcome_reason ? ` (${c.outcome_reason})` : "")),
      h("td", {}, shortDate(c.reported)), h("td", {}, shortDate(c.closed)), h("td", {}, String(c.document_count)),
      h("td", {}, c.suspects.join(", ")), h("td", { class: "case-flags" }, c.flag_names.join(", "))))));
}

// --- one case -------------------------------------------------------------------------------

async function renderCase(view, id, navigate) {
  view.replaceChildren(h("p", { class: "muted" }, "Loading the case…"));
  let found;
  try {
    found = await apiFetch(`/api/cases/${enc(id)}`);
  } catch (error) {
    view.replaceChildren(problem(error));
    return;
  }
  document.title = `Case ${found.reference} — Docket`;
  const outcome = h("p", { class: "case-outcome-line" }, h("strong", {}, "Outcome: "),
    found.outcome_label + (found.outcome_reason ? ` (${found.outcome_reason})` : ""),
    found.outcome_cite ? [" — ", h("q", { class: "case-sentence" }, found.outcome_cite.sentence), " ",
      citeLink(found.outcome_cite, navigate)] : null);
  view.replaceChildren(
    h("p", {}, h("a", { href: "#cases=1" }, "← Case register")),
    h("h1", { class: "arch-title case-title" }, `Case ${found.reference}`),
    h("p", { class: "muted" }, [found.force, found.references.map((r) => r.written).join(" · ")].filter(Boolean).join(" — ")),
    outcome,
    casePart("Flags", flagList(found.flags, navigate)),
    casePart("Linked cases", linkedList(found.linked_cases, navigate)),
    casePart("People", peopleList(found.people_by_role, navigate)),
    casePart("Timeline", timelineList(found.timeline, navigate)),
    casePart("Documents", h("ul", {}, found.documents.map((d) => h("li", {},
      citeLink({ doc_id: d.doc_id, page: d.pages[0] || 1, citation: d.control }, navigate),
      ` ${d.title} ${shortDate(d.date)} (pages ${d.pages.join(", ")})`)))));
}

function casePart(title, body) {
  const id = `case-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return h("section", { class: "arch-section", "aria-labelledby": id }, h("h2", { id }, title), body);
}

function flagList(flags, navigate) {
  if (!flags.length) return h("p", { class: "muted" }, "No flag.");
  return h("ul", { class: "case-flag-list" }, flags.map((f) => h("li", {},
    h("strong", {}, f.flag), `: ${f.reason} `, f.cites.map((c) => [citeLink(c, navigate), " "]))));
}

function linkedList(linked, navigate) {
  if (!linked.length) return h("p", { class: "muted" }, "None.");
  return h("ul", {}, linked.map((l) => h("li", {}, caseLink(l.case_id, l.reference, navigate), ": ",
    l.why.map((w) => w.reason).join("; "))));
}

function peopleList(groups, navigate) {
  return groups.filter((g) => g.people.length).map((g) => h("div", { class: `case-role case-role-${g.role}` },
    h("h3", {}, g.label),
    h("ul", {}, g.people.map((p) => h("li", { dataset: { role: p.role } },
      h("a", { href: `#case-person=${enc(p.key)}`, class: "case-person",
        onclick: (event) => { event.preventDefault(); navigate(`#case-person=${enc(p.key)}`); } }, p.name),
      ` (${Math.round(p.confidence * 100)}%, ${p.rule}) `, citeLink(p.cites[0], navigate))))));
}

function timelineList(events, navigate) {
  return h("ol", { class: "case-timeline" }, events.map((e) => h("li", { dataset: { event: e.event } },
    h("span", { class: "mono" }, shortDate(e.date) || "undated"), ` ${e.label} `,
    e.sentence ? h("q", {}, e.sentence) : null, " ", citeLink(e, navigate))));
}

// --- a person's cases -------------------------------------------------------------------------

async function renderPerson(view, key, navigate) {
  let found;
  try {
    found = await apiFetch(`/api/cases/people/${enc(key)}`);
  } catch (error) {
    view.replaceChildren(problem(error));
    return;
  }
  document.title = `${found.name}: cases — Docket`;
  view.replaceChildren(
    h("p", {}, h("a", { href: "#cases=1" }, "← Case register")),
    h("h1", { class: "arch-title" }, `${found.name}: every case`),
    h("table", { class: "arch-table" },
      h("thead", {}, h("tr", {}, ["Case", "Role", "Outcome", "First date", "Flags"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, found.cases.map((c) => h("tr", {},
        h("td", {}, caseLink(c.id, c.reference, navigate)), h("td", {}, c.role),
        h("td", {}, c.outcome_label + (c.outcome_reason ? ` (${c.outcome_reason})` : "")),
        h("td", {}, shortDate(c.first_date)), h("td", {}, c.flag_names.join(", ")))))));
}
