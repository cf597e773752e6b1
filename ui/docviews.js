// The document viewer's side panels and header. Text goes in as text nodes (`h`); nothing here
// parses HTML.

import { formatBytes, h, plural, shortDate } from "./dom.js";
import { entityKinds, kindPlural, listedOpen } from "./kinds.js";

/** The URL fragment of an entity's page; a display form works as a key (the API says so). */
export function entityHash(kind, key) {
  return `#${new URLSearchParams({ entity: kind, key })}`;
}

/** The URL fragment that opens a document page in the viewer. */
export function docHash(id, page, q) {
  const params = new URLSearchParams({ doc: id, page: String(page || 1) });
  if (q) params.set("q", q);
  return `#${params}`;
}

function listValue(value) {
  if (value === null || value === undefined || value === "") return null;
  return Array.isArray(value) ? (value.length ? value.join(", ") : null) : String(value);
}

export function renderDocHeader(titleEl, subEl, doc) {
  titleEl.textContent = doc.title || doc.filename || doc.control || doc.id;
  subEl.replaceChildren(
    doc.control ? h("span", { class: "mono" }, doc.control) : null,
    h("span", {}, shortDate(doc.date) || "undated"),
    doc.type ? h("span", { class: "badge badge-type" }, doc.type) : null,
    doc.page_count ? h("span", {}, plural(doc.page_count, "page")) : null,
    doc.path ? h("span", { class: "mono doc-path" }, doc.path) : null,
  );
}

export function renderMeta(table, doc) {
  const rows = [
    ["Control", doc.control, true],
    ["Title", doc.title],
    ["Date", shortDate(doc.date)],
    ["Type", [doc.type, doc.mime].filter(Boolean).join(" · ")],
    ["Author", doc.author],
    ["From", listValue(doc.email_from)],
    ["To", listValue(doc.email_to)],
    ["Cc", listValue(doc.email_cc)],
    ["Pages", doc.scan_files?.length ? `${doc.page_count}, scanned one page per file` : doc.page_count],
    ["File name", doc.filename],
    ["Path", doc.path, true],
    ["Custodian", doc.custodian],
    ["Collection", doc.collection],
    ["Size", formatBytes(doc.size)],
    ["SHA-256", doc.sha256, true],
    ["Text from", doc.ocr ? `${doc.extractor || "extractor"} with OCR` : doc.extractor],
  ];
  const body = h("tbody", {}, rows
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([label, value, mono]) => h("tr", {},
      h("th", { scope: "row" }, label),
      h("td", { class: mono ? "mono breakable" : "breakable" }, String(value)))));
  table.replaceChildren(body);
}

export function renderDuplicates(el, doc) {
  const duplicates = doc.duplicates || [];
  const files = doc.scan_files || [];
  // A scan filed one page per file lists its files here too: they are its paths, not copies.
  const scan = files.length ? [
    h("p", { class: "muted" }, `Scanned one page per file, ${plural(files.length, "file")}:`),
    h("ol", { class: "scan-files mono", "aria-label": "Files of the scan, one per page" },
      files.map((path) => h("li", { class: "breakable" }, path))),
  ] : [];
  if (!duplicates.length) {
    el.replaceChildren(...scan, h("p", { class: "muted" }, "No other copies."));
    return;
  }
  el.replaceChildren(...scan,
    h("p", { class: "muted" }, `The same file also appears at ${plural(duplicates.length, "other path")}:`),
    h("ul", { class: "duplicates mono" }, duplicates.map((path) => h("li", { class: "breakable" }, path))),
  );
}

/** Entities by kind, each with the pages it is on; a page number opens that page. */
export function renderEntities(el, entities, currentPage, { onPage }) {
  if (!entities.length) {
    el.replaceChildren(h("p", { class: "muted" }, "No entities were recognised."));
    return;
  }
  const byKind = new Map();
  for (const entity of entities) {
    if (!byKind.has(entity.kind)) byKind.set(entity.kind, []);
    byKind.get(entity.kind).push(entity);
  }
  const order = entityKinds().map((kind) => kind.name);
  const kinds = [...byKind.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  el.replaceChildren(...kinds.map((kind) => {
    const items = byKind.get(kind).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    const label = kindPlural(kind);
    return h("details", { class: "entity-kind-group", open: listedOpen(kind), dataset: { kind } },
      h("summary", {}, label, h("span", { class: "count-pill" }, String(items.length))),
      h("ul", { class: "entity-list", role: "list" }, items.map((entity) => h("li", {},
        h("a", {
          class: "entity-name", href: entityHash(kind, entity.key || entity.text),
          title: `Open the page of ${entity.text}`,
        }, entity.text),
        h("span", { class: "entity-pages", "aria-label": `Pages mentioning ${entity.text}` },
          entity.pages.map((page) => h("button", {
            type: "button", class: "page-link", "aria-current": page === currentPage ? "page" : null,
            "aria-label": `Page ${page}`, title: `Go to page ${page}`, dataset: { page: String(page) },
            onclick: () => onPage(page),
          }, String(page))))))));
  }));
}

function rank(order, kind) {
  const index = order.indexOf(kind);
  return index === -1 ? order.length : index;
}

export function markCurrentPage(el, page) {
  for (const button of el.querySelectorAll(".page-link")) {
    if (Number(button.dataset.page) === page) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
}

/** The OCR badge: [short text, longer description], or null when the page was not OCR'd. */
export function ocrLabel(page) {
  if (!page.ocr) return null;
  let confidence = page.ocr_confidence;
  if (confidence === null || confidence === undefined) {
    return ["OCR", "The text of this page was recognised by OCR"];
  }
  if (confidence <= 1) confidence *= 100;
  const percent = `${Math.round(confidence)}%`;
  return [`OCR · ${percent}`, `The text of this page was recognised by OCR, confidence ${percent}`];
}

function relativeItem(doc, q, current) {
  const label = doc.title || doc.filename || doc.control || doc.id;
  const from = Array.isArray(doc.email_from) ? doc.email_from[0] : doc.email_from;
  return h("li", { class: current ? "is-current" : null, dataset: { id: doc.id } },
    current
      ? h("span", { class: "relative-title", "aria-current": "page" }, label)
      : h("a", { class: "relative-title", href: docHash(doc.id, 1, q) }, label),
    h("span", { class: "relative-ref" },
      doc.control ? h("span", { class: "mono" }, doc.control) : null,
      doc.date ? h("span", {}, shortDate(doc.date)) : null,
      from ? h("span", { class: "breakable" }, from) : null));
}

/** Parent, children, e-mail thread and near-duplicates, each a link into the viewer. */
export function renderFamily(el, doc, q) {
  const groups = [];
  const group = (label, key, docs) => {
    if (!docs.length) return;
    groups.push(h("div", { class: "family-group", dataset: { family: key } },
      h("h3", {}, label, h("span", { class: "count-pill" }, String(docs.length))),
      h("ul", { class: "relatives", role: "list" }, docs.map((d) => relativeItem(d, q, d.id === doc.id)))));
  };
  group("Contained in", "parent", doc.parent ? [doc.parent] : []);
  group("Contains", "children", doc.children || []);
  group("E-mail thread", "thread", doc.thread || []);
  group("Near-duplicates", "near", doc.near_duplicates || []);
  if (!groups.length) groups.push(h("p", { class: "muted" }, "No parent, attachments, thread or near-duplicates."));
  el.replaceChildren(...groups);
}

/** The caller's tags on the document, each removable. */
export function renderTags(list, tags, { onRemove }) {
  if (!tags.length) {
    list.replaceChildren(h("li", { class: "muted tag-none" }, "No tags yet."));
    return;
  }
  list.replaceChildren(...tags.map((tag) => h("li", { class: "tag-chip tag-static" },
    h("span", { class: "tag-name" }, tag),
    h("button", {
      type: "button", class: "chip-remove", "aria-label": `Remove tag ${tag}`, title: "Remove tag",
      onclick: () => onRemove(tag),
    }, "×"))));
}

/** The caller's notes, oldest first, with the page each was written on. */
export function renderNotes(list, notes, { onPage, onDelete }) {
  list.replaceChildren(...notes.map((note) => h("li", { class: "note", dataset: { id: note.id } },
    h("p", { class: "note-text" }, note.text),
    h("p", { class: "note-ref" },
      note.page ? h("button", {
        type: "button", class: "page-link", title: `Go to page ${note.page}`, onclick: () => onPage(note.page),
      }, `p. ${note.page}`) : null,
      h("span", { class: "muted" }, shortDate(note.created_at)),
      h("button", {
        type: "button", class: "btn btn-link btn-small note-delete", "aria-label": "Delete note",
        onclick: () => onDelete(note.id),
      }, "Delete")))));
}
