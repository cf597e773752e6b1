// The archivist's screens (admins): collections, loading files by drag and drop or from a
// server path, and a job's live progress with its ledger and failures.
//
// Fragments:  #archive        collections, load, a stage run again, recent jobs
//             #job=ID         one job: progress, rate, ETA, ledger per state, failures

import { errorBox, h, plural, showError, startRender } from "./dom.js";
import { renderJob, stageForm, stopJobPolling } from "./jobview.js";

export { renderJob };

/** Leave the archivist's screens: a job on screen stops being polled. */
export function leaveArchive() {
  stopJobPolling();
}

function section(title, ...children) {
  const id = `arch-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return h("section", { class: "arch-section", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

// --- #archive -------------------------------------------------------------------------------

/** Collections (with a form to create one), the load form and the recent jobs. */
export async function renderArchive(container, apiFetch, { navigate }) {
  leaveArchive();
  const current = startRender(container);
  const problem = errorBox();
  container.replaceChildren(h("h1", { class: "arch-title" }, "Collections and loads"), problem);
  let collections = [];
  let jobs = [];
  try {
    [collections, jobs] = await Promise.all([apiFetch("/api/collections"), apiFetch("/api/jobs")]);
  } catch (error) {
    if (current()) showError(problem, error);
    return;
  }
  if (!current()) return;
  const reload = () => renderArchive(container, apiFetch, { navigate });
  container.append(
    section("Collections", collectionTable(collections), createForm(apiFetch, reload)),
    section("Load files", loadForm(apiFetch, collections, navigate)),
    collections.length ? section("Run a stage again", stagePicker(apiFetch, collections, navigate)) : null,
    section("Recent jobs", jobTable(jobs)));
}

function collectionTable(collections) {
  if (!collections.length) return h("p", { class: "muted" }, "No collections yet: create one below.");
  return h("table", { class: "arch-table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Prefix"),
      h("th", { scope: "col" }, "Description"), h("th", { scope: "col" }, "Produced by, in answer to"),
      h("th", { scope: "col" }, "Completeness"))),
    h("tbody", {}, collections.map((c) => h("tr", {},
      h("td", {}, h("a", { href: `#${new URLSearchParams({ q: "", f: `collection:${c.name}` })}` }, c.name)),
      h("td", { class: "mono" }, c.prefix), h("td", {}, c.description || ""),
      h("td", {}, disclosureText(c.disclosure)),
      h("td", {}, h("a", { href: `#completeness=${encodeURIComponent(c.name)}`, "aria-label": `Completeness report of ${c.name}` }, "Report"))))));
}

/** "Northshire Police, Rule 9 request R9-014 (received 2024-02-09)", or "" when none is recorded. */
function disclosureText(d) {
  if (!d) return "";
  const parts = [d.organisation, d.reference].filter(Boolean).join(", ");
  return d.received ? `${parts} (received ${d.received})` : parts;
}

function createForm(apiFetch, reload) {
  const problem = errorBox();
  const name = h("input", { id: "new-collection-name", required: true, pattern: "[a-z0-9][a-z0-9_-]{0,62}", autocomplete: "off" });
  const prefix = h("input", { id: "new-collection-prefix", pattern: "[A-Z0-9]{1,8}", maxlength: 8, autocomplete: "off", placeholder: "DKT" });
  const description = h("input", { id: "new-collection-description", maxlength: 500, autocomplete: "off" });
  const form = h("form", { class: "arch-form", novalidate: true },
    h("h3", {}, "New collection"),
    h("label", { for: name.id }, "Name (lower case, digits, - and _)"), name,
    h("label", { for: prefix.id }, "Control number prefix (capitals and digits)"), prefix,
    h("label", { for: description.id }, "Description"), description,
    h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Create collection"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await apiFetch("/api/collections", { method: "POST", body: {
        name: name.value.trim(), prefix: prefix.value.trim() || null, description: description.value.trim() } });
      reload();
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

/** Every file under a dropped entry (a folder is read recursively), with its relative path. */
async function filesOf(entry, prefix = "") {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    return [{ file, path: `${prefix}${file.name}` }];
  }
  const reader = entry.createReader();
  const found = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch) found.push(...await filesOf(child, `${prefix}${entry.name}/`));
  }
  return found;
}

function loadForm(apiFetch, collections, navigate) {
  const problem = errorBox();
  const chosen = [];
  const list = h("ul", { class: "arch-files", "aria-label": "Files to load" });
  const collection = h("select", { id: "load-collection" },
    collections.map((c) => h("option", { value: c.name }, c.name)));
  const picker = h("input", { id: "load-files", type: "file", multiple: true });
  const folderPicker = h("input", { id: "load-folder", type: "file", webkitdirectory: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", disabled: true }, "Load");
  // The job's page-per-file rule (ingest.scans), for both ways of loading.
  const groupPages = h("input", { id: "load-group-pages", type: "checkbox", checked: true });
  const add = (items) => {
    chosen.push(...items);
    list.replaceChildren(...chosen.map(({ path, file }) => h("li", {}, `${path} (${file.size.toLocaleString("en-GB")} bytes)`)));
    submit.disabled = !chosen.length;
    submit.textContent = chosen.length ? `Load ${plural(chosen.length, "file")}` : "Load";
  };
  const fromInput = (input) => add([...input.files].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
  picker.addEventListener("change", () => fromInput(picker));
  folderPicker.addEventListener("change", () => fromInput(folderPicker));
  const zone = h("div", { class: "drop-zone", tabindex: "0", role: "button", "aria-describedby": "drop-help",
    onclick: () => picker.click(),
    onkeydown: (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); picker.click(); } } },
  h("p", { id: "drop-help" }, "Drop files or folders here, or choose them"));
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("is-over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("is-over"));
  zone.addEventListener("drop", async (event) => {
    event.preventDefault();
    zone.classList.remove("is-over");
    const entries = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
    if (entries.length) add((await Promise.all(entries.map((e) => filesOf(e)))).flat());
    else add([...event.dataTransfer.files].map((file) => ({ file, path: file.name })));
  });
  const form = h("form", { class: "arch-form", novalidate: true },
    h("label", { for: collection.id }, "Into collection"), collection,
    zone,
    h("div", { class: "arch-pickers" },
      h("label", { for: picker.id }, "Files"), picker,
      h("label", { for: folderPicker.id }, "A folder"), folderPicker),
    h("div", { class: "arch-check" }, groupPages,
      h("label", { for: groupPages.id }, "Scans filed one page per file (D0020_p1.png, D0020_p2.png…) become one document")),
    list, submit, problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new FormData();
    body.append("collection", collection.value);
    body.append("group_pages", String(groupPages.checked));
    for (const { file, path } of chosen) body.append("files", file, path);
    submit.disabled = true;
    try {
      const job = await apiFetch("/api/ingest", { method: "POST", body });
      navigate(`#job=${encodeURIComponent(job.job_id)}`);
    } catch (error) {
      submit.disabled = false;
      showError(problem, error);
    }
  });
  return h("div", {}, form, pathForm(apiFetch, collection, groupPages, navigate));
}

function pathForm(apiFetch, collection, groupPages, navigate) {
  const problem = errorBox();
  const path = h("input", { id: "load-path", autocomplete: "off", placeholder: "/srv/disclosure/batch-07" });
  const form = h("form", { class: "arch-form arch-inline", novalidate: true },
    h("label", { for: path.id }, "Or a folder on the server (under DOCKET_INGEST_ROOTS)"), path,
    h("button", { type: "submit", class: "btn btn-small" }, "Load from the server"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const job = await apiFetch("/api/ingest/path", { method: "POST",
        body: { collection: collection.value, path: path.value.trim(), group_pages: groupPages.checked } });
      navigate(`#job=${encodeURIComponent(job.job_id)}`);
    } catch (error) {
      showError(problem, error);
    }
  });
  return form;
}

/** A collection to run a stage again over, and the stage (jobview.js's form). */
function stagePicker(apiFetch, collections, navigate) {
  const collection = h("select", { id: "stage-collection" },
    collections.map((c) => h("option", { value: c.name }, c.name)));
  return h("div", {},
    h("div", { class: "arch-form arch-inline" }, h("label", { for: collection.id }, "Over collection"), collection),
    stageForm(apiFetch, collections[0].name, () => collection.value, navigate));
}

function jobTable(jobs) {
  if (!jobs.length) return h("p", { class: "muted" }, "No jobs yet.");
  return h("table", { class: "arch-table" },
    h("thead", {}, h("tr", {}, ["Job", "Collection", "Kind", "Status", "Received", "Started"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, jobs.map((job) => h("tr", {},
      h("td", {}, h("a", { href: `#job=${encodeURIComponent(job.id)}`, class: "mono" }, job.id)),
      h("td", {}, job.collection),
      h("td", {}, (job.mode || "").startsWith("stage:") ? `${job.mode.slice(6)} run again` : "load"),
      h("td", {}, job.status), h("td", {}, String(job.received ?? "")),
      h("td", { class: "mono" }, (job.created_at || "").replace("T", " ").slice(0, 19))))));
}
