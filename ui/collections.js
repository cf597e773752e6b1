// The collection switcher: which of the caller's collections a search, an export, an entity
// look-up and a batch search cover. The choice lives in the URL fragment (c=name, repeated; none
// means all the caller's collections) and is remembered in localStorage, so the landing page
// opens on the last choice. The list is ordered newest first, so a fixture loaded long ago never
// heads it.

import { h } from "./dom.js";

const REMEMBERED = "docket.collections";

/** The collections chosen last time, or [] (all). */
export function rememberedCollections() {
  try {
    const value = JSON.parse(localStorage.getItem(REMEMBERED) || "[]");
    return Array.isArray(value) ? value.filter((name) => typeof name === "string") : [];
  } catch {
    return [];
  }
}

export function rememberCollections(names) {
  localStorage.setItem(REMEMBERED, JSON.stringify(names));
}

/** Newest first; undated collections last, by name. */
export function orderCollections(collections) {
  return [...collections].sort((a, b) => (b.created_at || "").localeCompare(a.created_at || "")
    || a.name.localeCompare(b.name));
}

/** A path of the linked-names API narrowed to the chosen collections (the API takes
 * `collection=` repeated on look-up, entity pages and batch search). */
export function narrowPath(path, names) {
  if (!names.length || !/^\/api\/(entities|batch-search|graph)\b/.test(path)) return path;
  const [base, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  for (const name of names) params.append("collection", name);
  return `${base}?${params}`;
}

/**
 * Draw the switcher into `container` (a <details>): a tick box per collection, and "All".
 * `onChange(names)` gets the new choice ([] for all).
 */
export function renderSwitcher(container, collections, chosen, { onChange }) {
  const names = orderCollections(collections).map((c) => c.name);
  const picked = chosen.filter((name) => names.includes(name));
  const summary = picked.length === 0 || picked.length === names.length
    ? `All collections (${names.length})`
    : picked.length === 1 ? picked[0] : `${picked.length} collections`;
  const boxes = orderCollections(collections).map((collection) => {
    const id = `collection-${collection.name}`;
    return h("li", {},
      h("input", {
        // No choice means all: every box ticked.
        type: "checkbox", id, value: collection.name, checked: !picked.length || picked.includes(collection.name),
        onchange: () => {
          const ticked = [...container.querySelectorAll("input[type=checkbox]:checked")].map((b) => b.value);
          onChange(ticked.length === names.length ? [] : ticked);
        },
      }),
      h("label", { for: id, title: collection.description || collection.name }, collection.name));
  });
  container.replaceChildren(
    h("summary", { class: "btn btn-small", "aria-label": `Collections: ${summary}` }, summary),
    h("div", { class: "menu-items collection-items", role: "group", "aria-label": "Search in collections" },
      h("ul", { class: "collection-list", role: "list" }, boxes),
      h("button", {
        type: "button", class: "btn btn-quiet btn-small", onclick: () => {
          container.open = false;
          onChange([]);
        },
      }, "All collections")));
  container.hidden = names.length < 2;
}
