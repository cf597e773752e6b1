// Saved searches and search history: a dialog that saves the current search under a name, and
// lists the saved ones and the recent ones (the server records each search as it runs).

import * as api from "./api.js";
import { h, plural } from "./dom.js";

/** The API's form of a search ({q, filters: ["f:v"], date_from, date_to, sort}) from the page's. */
function toApi(search) {
  const filters = [];
  for (const [field, values] of Object.entries(search.filters || {})) {
    for (const value of values) filters.push(`${field}:${value}`);
  }
  return { q: search.q || "", filters, date_from: search.from || null, date_to: search.to || null, sort: search.sort || "relevance" };
}

/** The page's form of a search from the API's. */
function fromApi(saved) {
  const filters = {};
  for (const item of saved.filters || []) {
    const colon = item.indexOf(":");
    if (colon < 1) continue;
    (filters[item.slice(0, colon)] ||= []).push(item.slice(colon + 1));
  }
  return { q: saved.q || "", filters, from: saved.date_from || "", to: saved.date_to || "", sort: saved.sort || "relevance", page: 1 };
}

function describe(saved) {
  const parts = [saved.q ? `“${saved.q}”` : "everything"];
  if (saved.filters && saved.filters.length) parts.push(saved.filters.join(", "));
  if (saved.date_from || saved.date_to) parts.push(`${saved.date_from || "…"} – ${saved.date_to || "…"}`);
  return parts.join(" · ");
}

export function createSearches(ctx) {
  const $ = (id) => document.getElementById(id);
  const el = {
    dialog: $("searches-dialog"), close: $("close-searches"), form: $("save-form"), name: $("save-name"),
    error: $("searches-error"), saved: $("saved-list"), history: $("history-list"),
  };

  function fail(error) {
    if (ctx.tokenRefused(error)) {
      el.dialog.close();
      return;
    }
    el.error.textContent = error.detail;
    el.error.hidden = false;
  }

  function item(saved, { onDelete }) {
    const hash = ctx.hashOf(fromApi(saved));
    return h("li", { class: "search-item" },
      h("a", { href: hash, onclick: () => el.dialog.close() }, saved.name || describe(saved)),
      saved.name ? h("span", { class: "muted search-desc" }, describe(saved)) : null,
      Number.isInteger(saved.total) ? h("span", { class: "muted" }, plural(saved.total, "document")) : null,
      onDelete ? h("button", {
        type: "button", class: "btn btn-link btn-small", "aria-label": `Delete saved search ${saved.name}`,
        onclick: () => onDelete(saved.id),
      }, "Delete") : null);
  }

  async function refresh() {
    try {
      const [saved, recent] = await Promise.all([api.savedSearches(), api.searchHistory()]);
      el.saved.replaceChildren(...(saved.length ? saved.map((s) => item(s, { onDelete: remove }))
        : [h("li", { class: "muted" }, "No saved searches yet.")]));
      el.history.replaceChildren(...(recent.length ? recent.map((s) => item(s, {}))
        : [h("li", { class: "muted" }, "No searches yet.")]));
    } catch (error) {
      fail(error);
    }
  }

  async function remove(id) {
    try {
      await api.deleteSavedSearch(id);
      await refresh();
    } catch (error) {
      fail(error);
    }
  }

  el.form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = el.name.value.trim();
    if (!name) {
      el.name.focus();
      return;
    }
    try {
      await api.saveSearch({ name, ...toApi(ctx.current()) });
      el.name.value = "";
      el.error.hidden = true;
      await refresh();
    } catch (error) {
      fail(error);
    }
  });

  el.close.addEventListener("click", () => el.dialog.close());

  return {
    open() {
      el.error.hidden = true;
      if (!el.dialog.open) el.dialog.showModal();
      el.name.focus();
      refresh();
    },
  };
}
