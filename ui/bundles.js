// Hearing bundles: the list (with a new bundle's form and a box that resolves a reference), and
// the builder of one bundle (tabs, documents added by control number or URN, the page numbering
// and the index, build and download). Also `linkReferences`, which turns the references written
// in notes ({A/2/5}, {MPS000123/4}) into links to the document page they cite.
//
// Fragments:  #bundles          the list
//             #bundle=ID        the builder
//
// The page's router (app.js) calls `showBundles(visible)` when it changes view and
// `renderBundles(params, {navigate})` for these fragments. Everything comes from /api/bundles and
// /api/references; numbering is the server's (search.bundles), never computed here.

import { apiFetch } from "./api.js";
import { h, plural, shortDate, startRender } from "./dom.js";
import { docHash } from "./docviews.js";

const enc = encodeURIComponent;
const REFERENCE = /\{(?:[A-Z][A-Z0-9]{0,5}\/\d{1,4}\/\d{1,6}[A-Z]?|[A-Z][A-Z0-9]{1,9}\d{6}\/\d{1,6})\}/g;
const HAS_REFERENCE = new RegExp(REFERENCE.source);
const POLL_MS = 1000;

function section() {
  let view = document.getElementById("bundles-view");
  if (!view) {
    view = h("section", { id: "bundles-view", class: "archive-view bundles-view", "aria-label": "Hearing bundles", hidden: true });
    document.getElementById("main").append(view);
  }
  return view;
}

/** Show or hide the bundle screens (the router hides every other view itself). */
export function showBundles(visible) {
  section().hidden = !visible;
}

export function renderBundles(params, { navigate }) {
  const view = section();
  if (params.has("bundle")) return renderBuilder(view, params.get("bundle"), navigate);
  return renderList(view, navigate);
}

function problem(error) {
  return h("p", { class: "alert", role: "alert" }, (error && error.detail) || String(error));
}

function link(hash, text, navigate) {
  return h("a", { href: hash, onclick: (event) => { event.preventDefault(); navigate(hash); } }, text);
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

// --- references ---------------------------------------------------------------------------

/** The document page a resolved reference cites, as a link (its citation as the title). */
function referenceLink(found, text) {
  return h("a", {
    class: "ref-link", href: docHash(found.doc_id, found.document_page, ""),
    title: `${found.citation}${found.bundle_page ? ` (bundle page ${found.bundle_page})` : ""}`,
  }, text || found.reference);
}

/** Every note text in `container` with its references made links (those that do not resolve
 * are marked, with the reason as their title). One request for all the notes. */
export async function linkReferences(container) {
  const notes = [...container.querySelectorAll(".note-text")].filter((n) => HAS_REFERENCE.test(n.textContent));
  if (!notes.length) return;
  const text = notes.map((n) => n.textContent).join("\n").slice(0, 20000);
  let answers;
  try {
    answers = await apiFetch(`/api/references?text=${enc(text)}`);
  } catch {
    return; // the notes stay as they were written
  }
  const byReference = new Map(answers.map((a) => [a.reference, a]));
  for (const note of notes) {
    const written = note.textContent;
    const parts = [];
    let last = 0;
    for (const match of written.matchAll(REFERENCE)) {
      const found = byReference.get(match[0]);
      parts.push(written.slice(last, match.index));
      if (found && found.doc_id) parts.push(referenceLink(found, match[0]));
      else parts.push(h("span", { class: "ref-broken", title: found ? found.error : "not resolved" }, match[0]));
      last = match.index + match[0].length;
    }
    parts.push(written.slice(last));
    note.replaceChildren(...parts);
  }
}

function resolveBox() {
  const input = h("input", { type: "text", id: "reference-input", size: 18, placeholder: "{A/2/5} or {MPS000123/4}", autocomplete: "off" });
  const out = h("p", { class: "reference-answer", "aria-live": "polite" });
  const form = h("form", { class: "inline-form", novalidate: true },
    h("label", { for: "reference-input" }, "Resolve a reference"), input,
    h("button", { type: "submit", class: "btn btn-small" }, "Resolve"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    const reference = typed.startsWith("{") ? typed : `{${typed}}`;
    try {
      const [found] = await apiFetch(`/api/references?text=${enc(reference)}`);
      if (!found) out.replaceChildren(problem({ detail: "write a reference as {A/2/5} or {MPS000123/4}" }));
      else if (found.error) out.replaceChildren(problem({ detail: `${found.reference}: ${found.error}` }));
      else out.replaceChildren(referenceLink(found), ` is page ${found.document_page} of ${found.control} (${found.citation})`);
    } catch (error) {
      out.replaceChildren(problem(error));
    }
  });
  return h("div", { class: "reference-box" }, form, out);
}

// --- the list -----------------------------------------------------------------------------

async function renderList(view, navigate) {
  document.title = "Hearing bundles — Docket";
  view.replaceChildren(h("h1", {}, "Hearing bundles"), resolveBox());
  const current = startRender(view);
  let bundles;
  let collections;
  try {
    [bundles, collections] = await Promise.all([apiFetch("/api/bundles"), apiFetch("/api/collections")]);
  } catch (error) {
    if (current()) view.append(problem(error));
    return;
  }
  if (!current()) return;
  view.append(bundles.length ? h("table", { class: "arch-table bundles-table" },
    h("thead", {}, h("tr", {}, ["Bundle", "Title", "Collection", "State"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, bundles.map((b) => h("tr", {},
      h("td", {}, link(`#bundle=${enc(b.id)}`, b.letter, navigate)), h("td", {}, b.title),
      h("td", {}, b.collection), h("td", {}, b.state)))))
    : h("p", { class: "muted" }, "No bundles yet."));
  view.append(createForm(collections, navigate));
}

function createForm(collections, navigate) {
  const collection = h("select", { name: "collection" }, collections.map((c) => h("option", { value: c.name }, c.name)));
  const letter = h("input", { name: "letter", type: "text", size: 4, maxlength: 6, required: true, pattern: "[A-Z][A-Z0-9]{0,5}" });
  const title = h("input", { name: "title", type: "text", size: 30, maxlength: 200, required: true });
  const status = h("div");
  const form = h("form", { class: "inline-form bundle-create", novalidate: true },
    field("Collection", collection), field("Letter", letter), field("Title", title),
    h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Create bundle"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const made = await apiFetch("/api/bundles", { method: "POST", body: {
        collection: collection.value, letter: letter.value.trim().toUpperCase(), title: title.value.trim(),
        sections: [{ title: "", tabs: [] }] } });
      navigate(`#bundle=${enc(made.id)}`);
    } catch (error) {
      status.replaceChildren(problem(error));
    }
  });
  return h("section", {}, h("h2", {}, "New bundle"), form, status);
}

// --- the builder --------------------------------------------------------------------------

/** The bundle as PUT takes it back: sections of tabs of {document, description}. */
function contents(bundle) {
  return {
    title: bundle.title,
    sections: bundle.sections.map((s) => ({
      title: s.title,
      tabs: s.tabs.map((t) => ({ title: t.title, documents: t.documents.map((d) => ({ document: d.document, description: d.description })) })),
    })),
  };
}

async function renderBuilder(view, id, navigate) {
  let bundle;
  try {
    bundle = await apiFetch(`/api/bundles/${enc(id)}`);
  } catch (error) {
    view.replaceChildren(h("h1", {}, "Bundle"), problem(error));
    return;
  }
  document.title = `Bundle ${bundle.letter} — Docket`;
  const status = h("div", { class: "bundle-status", role: "status" });
  const redraw = () => renderBuilder(view, id, navigate);
  const save = async (change) => {
    const body = contents(bundle);
    change(body);
    try {
      await apiFetch(`/api/bundles/${enc(id)}`, { method: "PUT", body });
      redraw();
    } catch (error) {
      status.replaceChildren(problem(error));
    }
  };
  view.replaceChildren(
    h("p", {}, link("#bundles", "All bundles", navigate)),
    h("h1", {}, `Bundle ${bundle.letter}: ${bundle.title}`),
    h("p", { class: "muted bundle-summary" }, `${bundle.collection} · ${plural(bundle.pages, "page")} · ${bundle.state}`),
    buildBar(bundle, status, redraw), status,
    ...bundle.sections.flatMap((s, index) => sectionBlock(bundle, s, index, save, navigate)),
    addTabForm(bundle, save),
    h("h2", {}, "Index"), await indexTable(bundle, navigate),
    resolveBox());
}

function buildBar(bundle, status, redraw) {
  const build = h("button", { type: "button", class: "btn btn-primary btn-small", disabled: bundle.state === "building" }, "Build PDF");
  build.addEventListener("click", async () => {
    try {
      await apiFetch(`/api/bundles/${enc(bundle.id)}/build`, { method: "POST" });
      status.replaceChildren("Building…");
      await waitForBuild(bundle.id, status);
      redraw();
    } catch (error) {
      status.replaceChildren(problem(error));
    }
  });
  const download = bundle.state === "built" ? h("button", { type: "button", class: "btn btn-small" }, "Download PDF") : null;
  download?.addEventListener("click", () => saveBundle(bundle).catch((error) => status.replaceChildren(problem(error))));
  const errors = (bundle.errors || []).map((e) => h("li", {}, `${e.control || "bundle"}: ${e.error}`));
  return h("div", { class: "inline-form bundle-actions" }, build, download,
    bundle.state === "built" ? h("span", { class: "muted" }, `Built: ${plural(bundle.file_pages, "page")}, index included`) : null,
    errors.length ? h("ul", { class: "alert", role: "alert" }, errors) : null);
}

async function waitForBuild(id, status) {
  for (;;) {
    const bundle = await apiFetch(`/api/bundles/${enc(id)}`);
    if (bundle.state !== "building") return bundle;
    status.replaceChildren(`Building… ${bundle.progress.done} of ${bundle.progress.total} documents`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function saveBundle(bundle) {
  const response = await apiFetch(`/api/bundles/${enc(bundle.id)}/pdf`, { raw: true });
  const url = URL.createObjectURL(await response.blob());
  const anchor = h("a", { href: url, download: `bundle-${bundle.letter}.pdf`, hidden: true });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function sectionBlock(bundle, sectionData, index, save, navigate) {
  const heading = sectionData.title ? [h("h2", {}, sectionData.title)] : [];
  return [...heading, ...sectionData.tabs.map((tab) => tabBlock(bundle, tab, index, save, navigate))];
}

function tabBlock(bundle, tab, sectionIndex, save, navigate) {
  const where = (body) => body.sections[sectionIndex].tabs[bundle.sections[sectionIndex].tabs.indexOf(tab)];
  const rows = tab.documents.map((d, position) => h("tr", {},
    h("td", {}, d.reference), h("td", {}, link(docHash(d.doc_id, 1, ""), d.document, navigate)),
    h("td", {}, d.description || d.title), h("td", { class: "num" }, `${d.tab_first}–${d.tab_last}`),
    h("td", { class: "num" }, `${d.first_page}–${d.last_page}`),
    h("td", {}, h("button", { type: "button", class: "btn btn-link btn-small", "aria-label": `Remove ${d.document}`,
      onclick: () => save((body) => where(body).documents.splice(position, 1)) }, "Remove"))));
  const documentInput = h("input", { type: "text", size: 18, maxlength: 64, required: true, "aria-label": `Control number or URN for tab ${tab.number}` });
  const description = h("input", { type: "text", size: 30, maxlength: 500, "aria-label": `Description for tab ${tab.number}` });
  const add = h("form", { class: "inline-form", novalidate: true }, documentInput, description,
    h("button", { type: "submit", class: "btn btn-small" }, "Add document"));
  add.addEventListener("submit", (event) => {
    event.preventDefault();
    const document = documentInput.value.trim();
    if (document) save((body) => where(body).documents.push({ document, description: description.value.trim() }));
  });
  const pages = tab.pages ? `pages ${tab.first_page}–${tab.last_page}` : "empty";
  return h("section", { class: "bundle-tab", dataset: { tab: String(tab.number) } },
    h("h3", {}, `Tab ${tab.number}${tab.title ? `: ${tab.title}` : ""}`, h("span", { class: "muted" }, ` (${pages})`)),
    rows.length ? h("table", { class: "arch-table" },
      h("thead", {}, h("tr", {}, ["Reference", "Document", "Description", "Tab pages", "Bundle pages", ""].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows)) : null,
    add);
}

function addTabForm(bundle, save) {
  const title = h("input", { type: "text", size: 24, maxlength: 200, id: "new-tab-title" });
  const sectionTitle = h("input", { type: "text", size: 24, maxlength: 200, id: "new-tab-section", placeholder: "the last section" });
  const form = h("form", { class: "inline-form bundle-add-tab", novalidate: true },
    h("label", { for: "new-tab-title" }, "New tab"), title,
    h("label", { for: "new-tab-section" }, "in a new section"), sectionTitle,
    h("button", { type: "submit", class: "btn btn-small" }, "Add tab"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save((body) => {
      if (sectionTitle.value.trim() || !body.sections.length) body.sections.push({ title: sectionTitle.value.trim(), tabs: [] });
      body.sections[body.sections.length - 1].tabs.push({ title: title.value.trim(), documents: [] });
    });
  });
  return form;
}

async function indexTable(bundle, navigate) {
  let rows;
  try {
    rows = await apiFetch(`/api/bundles/${enc(bundle.id)}/index`);
  } catch (error) {
    return problem(error);
  }
  if (!rows.length) return h("p", { class: "muted" }, "No documents yet.");
  return h("table", { class: "arch-table bundle-index" },
    h("thead", {}, h("tr", {}, ["Tab", "Document", "Date", "Description", "Pages"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {},
      h("td", { class: "num" }, String(r.tab)), h("td", {}, r.document), h("td", {}, shortDate(r.date)),
      h("td", {}, r.description), h("td", { class: "num" }, r.first_page === r.last_page ? String(r.first_page) : `${r.first_page}–${r.last_page}`)))));
}
