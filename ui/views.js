// Rendering of the results page and the document viewer. Every function takes the data and
// callbacks it needs and builds DOM with `h` (text nodes only) or `setMarked` (server HTML).

import { formatBytes, h, plural, setMarked, shortDate } from "./dom.js";

export const FACETS = [
  ["collection", "Collection"],
  ["type", "Type"],
  ["year", "Year"],
  ["person", "Person"],
  ["org", "Organisation"],
  ["place", "Place"],
  ["custodian", "Custodian"],
];
export const FACET_LABEL = Object.fromEntries(FACETS);
const FACET_PREVIEW = 6;

const ENTITY_KINDS = {
  person: "People",
  org: "Organisations",
  place: "Places",
  date: "Dates",
  phone: "Phone numbers",
  email: "E-mail addresses",
  vehicle: "Vehicles",
};
const CHIP_KINDS = [
  ["person", "Person"],
  ["org", "Organisation"],
  ["place", "Place"],
];

/** The URL fragment that opens a document page in the viewer. */
export function docHash(id, page, q) {
  const params = new URLSearchParams({ doc: id, page: String(page || 1) });
  if (q) params.set("q", q);
  return `#${params}`;
}

// --- results -----------------------------------------------------------------------------

/**
 * The facet sidebar. `selected` is {field: [values]}; values selected but missing from the
 * response (outside the top values, or no longer matching) stay listed so they can be unticked.
 */
export function renderFacets(container, facets, selected, { onToggle, expanded, onExpand }) {
  const sections = [];
  for (const [field, label] of FACETS) {
    const buckets = [...(facets[field] || [])];
    const chosen = selected[field] || [];
    for (const value of chosen) {
      if (!buckets.some((b) => b.value === value)) buckets.push({ value, count: null });
    }
    const headingId = `facet-${field}-title`;
    if (!buckets.length) continue; // nothing to filter on in these results
    const isOpen = expanded.has(field);
    const hiddenCount = Math.max(0, buckets.length - FACET_PREVIEW);
    const items = buckets.map((bucket, index) => {
      const checked = chosen.includes(bucket.value);
      const id = `facet-${field}-${index}`;
      const collapsed = !isOpen && index >= FACET_PREVIEW && !checked;
      return h("li", { class: checked ? "is-checked" : null, hidden: collapsed },
        h("input", {
          type: "checkbox", id, checked, dataset: { field, value: bucket.value },
          onchange: (event) => onToggle(field, bucket.value, event.target.checked),
        }),
        h("label", { for: id },
          h("span", { class: "facet-value", title: bucket.value }, bucket.value),
          h("span", { class: "facet-count" },
            bucket.count === null ? "–" : bucket.count.toLocaleString("en-GB"))));
    });
    sections.push(
      h("section", { class: "facet", "aria-labelledby": headingId, dataset: { facet: field } },
        h("h3", { id: headingId }, label,
          chosen.length ? h("span", { class: "facet-selected" }, ` · ${chosen.length} selected`) : null),
        h("ul", { class: "facet-values", role: "list" }, items),
        hiddenCount > 0
          ? h("button", {
            type: "button", class: "btn btn-link btn-small facet-more", "aria-expanded": String(isOpen),
            onclick: () => onExpand(field),
          }, isOpen ? "Show fewer" : `Show ${hiddenCount} more`)
          : null),
    );
  }
  if (!sections.length) sections.push(h("p", { class: "facet-none" }, "No filters for these results."));
  container.replaceChildren(...sections);
}

/** Removable chips for the active filters and date bounds. */
export function renderChips(container, search, { onRemoveFilter, onRemoveDate }) {
  const chips = [];
  for (const [field, label] of FACETS) {
    for (const value of search.filters[field] || []) {
      chips.push(chip(label, value, () => onRemoveFilter(field, value)));
    }
  }
  if (search.from) chips.push(chip("From", search.from, () => onRemoveDate("from")));
  if (search.to) chips.push(chip("To", search.to, () => onRemoveDate("to")));
  container.replaceChildren(...chips);
  container.hidden = chips.length === 0;
  return chips.length;
}

function chip(label, value, onRemove) {
  return h("li", { class: "chip" },
    h("span", { class: "chip-label" }, `${label}:`),
    h("span", { class: "chip-value" }, value),
    h("button", {
      type: "button", class: "chip-remove", "aria-label": `Remove filter ${label}: ${value}`,
      title: "Remove filter", onclick: onRemove,
    }, "×"));
}

export function renderSummary(el, response, search) {
  const { total } = response;
  const first = total ? (search.page - 1) * search.size + 1 : 0;
  const last = Math.min(total, search.page * search.size);
  const parts = [h("strong", { id: "total", dataset: { total: String(total) } }, plural(total, "document"))];
  if (total > search.size || search.page > 1) {
    parts.push(h("span", { class: "summary-range" }, ` · showing ${first}–${last}`));
  }
  parts.push(h("span", { class: "summary-time" }, ` · ${response.took_ms} ms`));
  if (search.q) parts.push(h("span", { class: "summary-query" }, " for ", h("q", {}, search.q)));
  el.replaceChildren(...parts);
}

/** The hits: title, reference line, path, page snippets and entity chips. */
export function renderHits(list, hits, search, { onEntity }) {
  list.start = (search.page - 1) * search.size + 1;
  if (!hits.length) {
    list.replaceChildren(
      h("li", { class: "no-hits" },
        h("p", {}, "No documents match."),
        h("p", { class: "muted" },
          "Check the spelling, remove a filter or widen the dates; fuzzy~ and wild* broaden a term.")));
    return;
  }
  list.replaceChildren(...hits.map((hit) => renderHit(hit, search, onEntity)));
}

function renderHit(hit, search, onEntity) {
  const firstPage = search.q && hit.snippets.length ? hit.snippets[0].page : 1;
  const title = hit.title || hit.path || hit.control || hit.id;
  const snippets = hit.snippets.filter((s) => s.html || search.q);
  return h("li", { class: "hit", dataset: { id: hit.id } },
    h("article", { "aria-label": title },
      h("div", { class: "hit-head" },
        h("h3", { class: "hit-title" },
          h("a", { href: docHash(hit.id, firstPage, search.q) }, title)),
        h("div", { class: "hit-ref" },
          hit.control ? h("span", { class: "control mono" }, hit.control) : null,
          h("span", { class: "hit-date mono", title: "Document date" }, shortDate(hit.date) || "undated"),
          hit.type ? h("span", { class: "badge badge-type", title: "Type" }, hit.type) : null,
          hit.page_count ? h("span", { class: "hit-pages" }, plural(hit.page_count, "page")) : null)),
      hit.path ? h("p", { class: "hit-path mono", title: "Path in the disclosure" }, hit.path) : null,
      snippets.length
        ? h("ul", { class: "snippets", role: "list" }, snippets.map((s) => renderSnippet(hit, s, search)))
        : null,
      renderHitEntities(hit, onEntity)));
}

function renderSnippet(hit, snippet, search) {
  const text = h("span", { class: "snippet-text" });
  setMarked(text, snippet.html || "");
  if (!text.textContent.trim()) text.append(h("em", { class: "muted" }, "(no text on this page)"));
  return h("li", { class: "snippet" },
    h("a", {
      href: docHash(hit.id, snippet.page, search.q),
      "aria-label": `Open page ${snippet.page}, ${snippet.citation}`,
    },
    h("span", { class: "snippet-loc" },
      h("span", { class: "snippet-page" }, `p. ${snippet.page}`),
      h("span", { class: "snippet-cite mono" }, snippet.citation)),
    text));
}

function renderHitEntities(hit, onEntity) {
  const groups = [];
  for (const [kind, label] of CHIP_KINDS) {
    const values = (hit.entities && hit.entities[kind]) || [];
    if (!values.length) continue;
    groups.push(h("span", { class: "entity-group" },
      h("span", { class: "entity-kind" }, label),
      values.map((value) => h("button", {
        type: "button", class: `entity-chip entity-${kind}`,
        title: `Filter by ${label.toLowerCase()}: ${value}`,
        "aria-label": `Filter by ${label.toLowerCase()} ${value}`,
        onclick: () => onEntity(kind, value),
      }, value))));
  }
  return groups.length ? h("div", { class: "hit-entities" }, groups) : null;
}

export function renderPager(nav, total, search, { onPage }) {
  const pages = Math.max(1, Math.ceil(Math.min(total, 10000) / search.size));
  if (pages <= 1) {
    nav.hidden = true;
    nav.replaceChildren();
    return;
  }
  nav.hidden = false;
  nav.replaceChildren(
    h("button", {
      type: "button", class: "btn btn-small", disabled: search.page <= 1, rel: "prev",
      onclick: () => onPage(search.page - 1),
    }, "‹ Previous"),
    h("span", { class: "pager-status" }, `Page ${search.page} of ${pages}`),
    h("button", {
      type: "button", class: "btn btn-small", disabled: search.page >= pages, rel: "next",
      onclick: () => onPage(search.page + 1),
    }, "Next ›"),
  );
}

/** An error under the search box; a query error points at the offending character. */
export function renderSearchError(el, error, q) {
  if (error.status === 400 && Number.isInteger(error.position)) {
    const position = Math.min(error.position, q.length);
    el.replaceChildren(
      h("p", {}, h("strong", {}, `Query error at position ${error.position}: `), error.detail),
      h("pre", { class: "query-caret", "aria-hidden": "true" },
        h("span", {}, q), "\n", " ".repeat(position), h("span", { class: "caret" }, "^")),
    );
  } else {
    const what = error.status === 400 || error.status === 422 ? "The search was refused" : "The search failed";
    el.replaceChildren(h("p", {}, h("strong", {}, `${what}: `), error.detail));
  }
  el.hidden = false;
}

// --- document viewer -------------------------------------------------------------------------

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
    ["Pages", doc.page_count],
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
  if (!duplicates.length) {
    el.replaceChildren(h("p", { class: "muted" }, "No other copies."));
    return;
  }
  el.replaceChildren(
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
  const order = Object.keys(ENTITY_KINDS);
  const kinds = [...byKind.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  el.replaceChildren(...kinds.map((kind) => {
    const items = byKind.get(kind).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    const label = ENTITY_KINDS[kind] || kind.charAt(0).toUpperCase() + kind.slice(1);
    return h("details", { class: "entity-kind-group", open: kind !== "date", dataset: { kind } },
      h("summary", {}, label, h("span", { class: "count-pill" }, String(items.length))),
      h("ul", { class: "entity-list", role: "list" }, items.map((entity) => h("li", {},
        h("span", { class: "entity-name" }, entity.text),
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
