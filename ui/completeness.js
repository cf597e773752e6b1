// The completeness report of one collection (#completeness=NAME), reached from the archivist's
// collections table: the request it answers (admins edit it), the files received by ledger
// state, families, duplicates with every path, near-duplicate groups, e-mail addresses with
// Bcc recipients flagged, date and custodian coverage. Each list is paged ("Show more" reads
// the next page); its CSV holds every row, and the DOCX is the annex for a letter.

import { errorBox, h, plural, showError, startRender } from "./dom.js";

const enc = encodeURIComponent;
const STATES = ["indexed", "partial", "failed", "password_protected", "duplicate", "skipped", "queued"];
const STATE_LABELS = { indexed: "Indexed", partial: "Partly indexed", failed: "Failed",
  password_protected: "Password-protected", duplicate: "Duplicate (suppressed)", skipped: "Skipped", queued: "Still queued" };
const PAGE = 50;

function section(id, title, ...children) {
  return h("section", { class: "arch-section", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

function table(caption, header, rows) {
  return h("table", { class: "arch-table" }, h("caption", { class: "visually-hidden" }, caption),
    h("thead", {}, h("tr", {}, header.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, rows));
}

function cells(...values) {
  return h("tr", {}, values.map((value) => h("td", {}, value === null || value === undefined ? "" : value)));
}

const number = (value) => Number(value || 0).toLocaleString("en-GB");

/** Draw the report of `name` into `container`. */
export async function renderCompleteness(container, apiFetch, name, { saveBlob, mayEdit }) {
  const base = `/api/collections/${enc(name)}/completeness`;
  const current = startRender(container);
  const problem = errorBox();
  container.replaceChildren(h("h1", { class: "arch-title" }, `Completeness report: ${name}`),
    h("p", {}, h("a", { href: "#archive" }, "Back to collections")), problem);
  let report;
  let isAdmin = false;
  try {
    [report, isAdmin] = await Promise.all([apiFetch(base), mayEdit]);
  } catch (error) {
    if (current()) showError(problem, error);
    return;
  }
  if (!current()) return;
  const download = async (path, filename) => {
    const response = await apiFetch(path, { raw: true });
    saveBlob(await response.blob(), filename);
  };
  const reload = () => renderCompleteness(container, apiFetch, name, { saveBlob, mayEdit });
  container.append(
    section("cr-request", "Request", requestTable(report), isAdmin ? requestForm(apiFetch, name, report.disclosure, reload) : null,
      h("button", { type: "button", class: "btn btn-small", id: "completeness-docx",
        onclick: () => download(`${base}.docx`, `completeness-${name}.docx`) }, "Download the annex (DOCX)")),
    section("cr-files", "Files received, by ledger state", filesTable(report)),
    listSection(apiFetch, base, name, download, "families", "Families", familySummary(report), familyRow,
      ["Family", "Control", "Type", "Members", "Status", "Broken members"]),
    listSection(apiFetch, base, name, download, "duplicates", "Duplicates suppressed",
      `${plural(report.duplicates.copies, "copy", "copies")} of ${plural(report.duplicates.documents, "document")}, each listed with every path it was found at.`,
      duplicateRow, ["Control", "Title", "Every path"]),
    listSection(apiFetch, base, name, download, "near-duplicates", "Near-duplicate groups",
      `${plural(report.near_duplicates.groups, "group")} holding ${plural(report.near_duplicates.documents, "document")}.`,
      groupRow, ["Group", "Members"]),
    listSection(apiFetch, base, name, download, "recipients", "E-mail addresses",
      `${plural(report.recipients.addresses, "address", "addresses")}; ${plural(report.recipients.bcc_addresses, "Bcc recipient")} in ${plural(report.recipients.documents_with_bcc, "message")}.`,
      addressRow, ["Address", "From", "To", "Cc", "Bcc"]),
    section("cr-dates", "Date coverage", ...dateCoverage(report.dates)),
    section("cr-custodians", "Custodian coverage", table("Custodians", ["Custodian", "Documents", "Dated", "First", "Last"],
      report.custodians.map((c) => cells(c.custodian, number(c.documents), number(c.dated), c.first, c.last)))));
}

function requestTable(report) {
  const d = report.disclosure || {};
  const terms = [["Producing organisation", d.organisation || "not recorded"], ["Request", d.reference || "not recorded"],
    ["Sent", d.sent || "—"], ["Due", d.due || "—"], ["Received", d.received || "—"], ["Status", report.disclosure_status || "—"]];
  return h("dl", { class: "cr-request", id: "completeness-request" },
    terms.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

function requestForm(apiFetch, name, disclosure, reload) {
  const d = disclosure || {};
  const field = (id, label, type, value) => {
    const input = h("input", { id: `cr-${id}`, type, value: value || "", autocomplete: "off" });
    return { id, input, nodes: [h("label", { for: input.id }, label), input] };
  };
  const fields = [field("organisation", "Producing organisation", "text", d.organisation),
    field("reference", "Request reference", "text", d.reference), field("sent", "Date sent", "date", d.sent),
    field("due", "Date due", "date", d.due), field("received", "Date received", "date", d.received)];
  const problem = errorBox();
  const form = h("form", { class: "arch-form", novalidate: true }, h("h3", {}, "Record the request"),
    ...fields.flatMap((f) => f.nodes), h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Save the request"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(fields.map((f) => [f.id, f.input.value.trim() || null]));
    try {
      await apiFetch(`/api/collections/${enc(name)}/disclosure`, { method: "PUT", body });
      reload();
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

function filesTable(report) {
  const { files, loads } = report;
  const rows = STATES.map((state) => h("tr", {}, h("th", { scope: "row" }, STATE_LABELS[state]),
    h("td", {}, number(files.counts[state])), h("td", {}, number(files.child_counts[state]))));
  rows.push(h("tr", { class: "cr-total" }, h("th", { scope: "row" }, "Files received"), h("td", {}, number(files.received)), h("td", {}, "")));
  return h("div", {},
    h("p", {}, `${plural(files.received, "file")} received in ${plural(loads.length, "load")}; what was found inside containers is counted apart.`),
    table("Files by ledger state", ["State", "Files received", "Found inside containers"], rows),
    table("Loads", ["Load", "Started", "Received", ...STATES.slice(0, 6).map((s) => STATE_LABELS[s])],
      loads.map((load) => cells(h("a", { href: `#job=${enc(load.id)}` }, load.id), (load.created_at || "").slice(0, 10),
        number(load.received), ...STATES.slice(0, 6).map((s) => number(load.counts[s]))))));
}

function familySummary(report) {
  const f = report.families;
  return `${plural(f.total, "family", "families")} with ${plural(f.members, "member")}: ${number(f.intact)} intact, ${number(f.broken)} broken, ${number(f.pending)} still loading.`;
}

function familyRow(row) {
  const broken = row.broken_members.map((m) => h("li", {}, `${m.path} (${STATE_LABELS[m.state] || m.state})`));
  return h("tr", { class: row.status === "broken" ? "cr-broken" : null },
    h("td", { class: "mono" }, row.path), h("td", { class: "mono" }, row.control || ""), h("td", {}, row.type || ""),
    h("td", {}, number(row.members)), h("td", {}, row.status), h("td", {}, broken.length ? h("ul", {}, broken) : ""));
}

function duplicateRow(row) {
  return h("tr", {}, h("td", { class: "mono" }, row.control || "(not indexed)"), h("td", {}, row.title || ""),
    h("td", {}, h("ul", { class: "cr-paths" }, row.paths.map((path) => h("li", { class: "mono" }, path)))));
}

function groupRow(row) {
  return h("tr", {}, h("td", { class: "mono" }, row.group),
    h("td", {}, h("ul", {}, row.members.map((m) => h("li", {}, h("a", { href: `#doc=${enc(m.id)}&page=1` }, m.control), ` ${m.path || ""}`)))));
}

function addressRow(row) {
  return h("tr", { class: row.bcc_flag ? "cr-bcc" : null }, h("td", { class: "mono" }, row.address),
    h("td", {}, number(row.from)), h("td", {}, number(row.to)), h("td", {}, number(row.cc)),
    h("td", {}, row.bcc_flag ? h("strong", {}, `${number(row.bcc)} (Bcc)`) : "0"));
}

/** A list of the report: its first page, "Show more" for the next, and its CSV. */
function listSection(apiFetch, base, name, download, key, title, summary, rowOf, header) {
  const id = `cr-${key}`;
  const body = h("tbody", {});
  const more = h("button", { type: "button", class: "btn btn-small", hidden: true }, "Show more");
  let cursor = null;
  const load = async () => {
    const query = new URLSearchParams({ size: String(PAGE) });
    if (cursor) query.set("cursor", cursor);
    const page = await apiFetch(`${base}/${key}?${query}`);
    body.append(...page.rows.map(rowOf));
    cursor = page.next;
    more.hidden = !cursor;
  };
  more.addEventListener("click", load);
  const csv = h("button", { type: "button", class: "btn btn-small", onclick: () => download(`${base}/${key}.csv`, `completeness-${name}-${key}.csv`) },
    `Download every row (CSV)`);
  load();
  return section(id, title, h("p", {}, summary), csv,
    h("table", { class: "arch-table", id: `completeness-${key}` }, h("caption", { class: "visually-hidden" }, title),
      h("thead", {}, h("tr", {}, header.map((text) => h("th", { scope: "col" }, text)))), body), more);
}

/** A bar as wide as `share` of its cell (set through the CSSOM: the page's policy refuses style
 * attributes). */
function bar(share) {
  const span = h("span", { class: "cr-bar" });
  span.style.width = `${Math.round(100 * share)}%`;
  return span;
}

function dateCoverage(dates) {
  if (!dates.first) return [h("p", {}, `No document is dated (${plural(dates.undated, "document")} without a date).`)];
  const largest = Math.max(...dates.years.map((b) => b.count), 1);
  const bars = dates.years.map((b) => h("tr", { class: b.gap ? "cr-gap" : null },
    h("th", { scope: "row" }, b.period), h("td", {}, number(b.count)),
    h("td", { "aria-hidden": "true" }, bar(b.count / largest)),
    h("td", {}, b.gap ? "gap" : "")));
  const monthGaps = dates.month_gaps.map((g) => (g.periods === 1 ? g.from : `${g.from} to ${g.to}`));
  return [
    h("p", {}, `Dated from ${dates.first} to ${dates.last}; ${plural(dates.undated, "document")} without a date.`),
    table("Documents by year", ["Year", "Documents", "", "Gap"], bars),
    monthGaps.length ? h("p", { id: "completeness-month-gaps" }, `Months with no document: ${monthGaps.join("; ")}.`) : null,
  ];
}
