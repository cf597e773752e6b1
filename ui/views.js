// Rendering of the results page. Every function takes the data and callbacks it needs and builds
// DOM with `h` (text nodes only) or `setMarked` (server HTML).

import { docHash, entityHash } from "./docviews.js";
import { h, plural, setMarked, shortDate } from "./dom.js";
import { facetKinds } from "./kinds.js";

export { docHash, entityHash };

// The sidebar's facets as [name, label], in order, and their labels by name: filled from
// `GET /api/fields` (setFacets) before the first search is shown, never written here.
export const FACETS = [];
export const FACET_LABEL = {};
export const MAX_WINDOW = 10000;
const FACET_PREVIEW = 6;

/** Take the facets the server declares (`facets` of `GET /api/fields`: name, label, in order). */
export function setFacets(facets) {
  FACETS.splice(0, FACETS.length, ...facets.map((facet) => [facet.name, facet.label]));
  for (const name of Object.keys(FACET_LABEL)) delete FACET_LABEL[name];
  Object.assign(FACET_LABEL, Object.fromEntries(FACETS));
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

/** Where this page starts: the offset the server reports (cursor pages), else from the number. */
export function offsetOf(response, search) {
  return Number.isInteger(response.offset) ? response.offset : (search.page - 1) * search.size;
}

export function renderSummary(el, response, search) {
  const { total } = response;
  const offset = offsetOf(response, search);
  const first = total ? offset + 1 : 0;
  const last = Math.min(total, offset + response.hits.length);
  const parts = [h("strong", { id: "total", dataset: { total: String(total) } }, plural(total, "document"))];
  if (total > search.size || offset > 0) {
    parts.push(h("span", { class: "summary-range" }, ` · showing ${first}–${last}`));
  }
  parts.push(h("span", { class: "summary-time" }, ` · ${response.took_ms} ms`));
  if (search.q) parts.push(h("span", { class: "summary-query" }, " for ", h("q", {}, search.q)));
  el.replaceChildren(...parts);
}

/** The hits: title, reference line, path, page snippets and entity chips. */
export function renderHits(list, hits, search, { onEntity, onTag, offset }) {
  list.start = offset + 1;
  if (!hits.length) {
    list.replaceChildren(
      h("li", { class: "no-hits" },
        h("p", {}, "No documents match."),
        h("p", { class: "muted" },
          "Check the spelling, remove a filter or widen the dates; fuzzy~ and wild* broaden a term.")));
    return;
  }
  list.replaceChildren(...hits.map((hit) => renderHit(hit, search, onEntity, onTag)));
}

function renderHit(hit, search, onEntity, onTag) {
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
          hit.page_count ? h("span", { class: "hit-pages" }, plural(hit.page_count, "page")) : null,
          hit.starred ? h("span", { class: "hit-star", title: "Starred", role: "img", "aria-label": "Starred" }, "★") : null)),
      hit.path ? h("p", { class: "hit-path mono", title: "Path in the disclosure" }, hit.path) : null,
      hit.tags && hit.tags.length
        ? h("p", { class: "hit-tags" }, hit.tags.map((tag) => h("button", {
          type: "button", class: "tag-chip", title: `Filter by tag ${tag}`,
          "aria-label": `Filter by tag ${tag}`, onclick: () => onTag(tag),
        }, tag)))
        : null,
      snippets.length
        ? h("ul", { class: "snippets", role: "list" }, snippets.map((s) => renderSnippet(hit, s, search)))
        : null,
      renderHitEntities(hit, onEntity)));
}

function renderSnippet(hit, snippet, search) {
  const href = docHash(hit.id, snippet.page, search.q);
  const text = h("span", {
    class: "snippet-text",
    // The text opens the page as the citation does; a name in it opens its entity page.
    onclick: (event) => {
      if (!event.target.closest("a")) location.hash = href;
    },
  });
  setMarked(text, snippet.html || "");
  if (!text.textContent.trim()) text.append(h("em", { class: "muted" }, "(no text on this page)"));
  else linkNames(text, hit.entities || {});
  return h("li", { class: "snippet" },
    // Named by its visible text (with "Open" for screen readers), so what is read is what is seen.
    h("a", { class: "snippet-open", href },
    h("span", { class: "visually-hidden" }, "Open "),
    h("span", { class: "snippet-loc" },
      h("span", { class: "snippet-page" }, `p. ${snippet.page}`),
      h("span", { class: "snippet-cite mono" }, snippet.citation))),
    text);
}

/** The names the document is known to mention, wherever they stand whole in one text node of
 * the snippet, become links to their entity pages (longest first, so "Ray Stokes" wins over
 * "Stokes"). */
function linkNames(container, entities) {
  const names = [];
  for (const { name: kind } of facetKinds()) {
    for (const value of entities[kind] || []) if (value.length > 2) names.push([value, kind]);
  }
  if (!names.length) return;
  names.sort((a, b) => b[0].length - a[0].length);
  const kindOf = new Map(names.map(([value, kind]) => [value.toLowerCase(), kind]));
  const escaped = names.map(([value]) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const parts = node.textContent.split(pattern);
    if (parts.length < 2) continue;
    node.replaceWith(...parts.map((part, index) => {
      if (index % 2 === 0) return part;
      const kind = kindOf.get(part.toLowerCase());
      return h("a", { class: `snippet-entity entity-link-${kind}`, href: entityHash(kind, part),
        title: `Open the page of ${part}` }, part);
    }));
  }
}

function renderHitEntities(hit, onEntity) {
  const groups = [];
  for (const { name: kind, label } of facetKinds()) {
    const values = (hit.entities && hit.entities[kind]) || [];
    if (!values.length) continue;
    const what = label.toLowerCase();
    groups.push(h("span", { class: "entity-group" },
      h("span", { class: "entity-kind" }, label),
      // The name opens its entity page; the small + beside it filters the results by it.
      values.map((value) => h("span", { class: "entity-pair" },
        h("a", {
          class: `entity-chip entity-${kind}`, href: entityHash(kind, value),
          title: `Open the page of ${value}`,
        }, value),
        h("button", {
          type: "button", class: "entity-filter", title: `Filter by ${what}: ${value}`,
          "aria-label": `Filter by ${what} ${value}`, onclick: () => onEntity(kind, value),
        }, "+")))));
  }
  return groups.length ? h("div", { class: "hit-entities" }, groups) : null;
}

/**
 * The pager. Pages by number up to the result window; past it, Next follows the server's cursor
 * (``next``), which reads on from the same snapshot however deep the results go.
 */
export function renderPager(nav, response, search, { onPage, onCursor, onBack }) {
  const { total } = response;
  const offset = offsetOf(response, search);
  const page = Math.floor(offset / search.size) + 1;
  const pages = Math.max(1, Math.ceil(total / search.size));
  if (pages <= 1) {
    nav.hidden = true;
    nav.replaceChildren();
    return;
  }
  const cursorMode = Boolean(search.cursor);
  const nextByNumber = !cursorMode && (page + 1) * search.size <= MAX_WINDOW;
  const hasNext = Boolean(response.next) || (nextByNumber && page < pages);
  nav.hidden = false;
  nav.replaceChildren(
    h("button", {
      type: "button", class: "btn btn-small", disabled: page <= 1, rel: "prev",
      onclick: () => (cursorMode ? onBack() : onPage(page - 1)),
    }, "‹ Previous"),
    h("span", { class: "pager-status" }, `Page ${page.toLocaleString("en-GB")} of ${pages.toLocaleString("en-GB")}`),
    h("button", {
      type: "button", class: "btn btn-small", disabled: !hasNext, rel: "next",
      onclick: () => (nextByNumber ? onPage(page + 1) : onCursor(response.next, offset + response.hits.length)),
    }, "Next ›"),
  );
}

/** "Did you mean": a link to the corrected search, when the server offers one. */
export function renderSuggestion(el, suggestion, hashOf) {
  if (!suggestion) {
    el.hidden = true;
    el.replaceChildren();
    return;
  }
  el.replaceChildren("Did you mean ",
    h("a", { href: hashOf(suggestion.q), class: "suggestion-link" }, suggestion.q),
    `? (${plural(suggestion.total, "document")})`);
  el.hidden = false;
}

/** An error under the search box; a query error points at the offending character. */
export function renderSearchError(el, error, q) {
  if (error.status === 400 && Number.isInteger(error.position)) {
    const position = Math.min(error.position, q.length);
    el.replaceChildren(
      h("p", {}, h("strong", {}, "Query error: "), error.detail),
      h("pre", { class: "query-caret", "aria-hidden": "true" },
        h("span", {}, q), "\n", " ".repeat(position), h("span", { class: "caret" }, "^")),
    );
  } else {
    const what = error.status === 400 || error.status === 422 ? "The search was refused" : "The search failed";
    el.replaceChildren(h("p", {}, h("strong", {}, `${what}: `), error.detail));
  }
  el.hidden = false;
}

