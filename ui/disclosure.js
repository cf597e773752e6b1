// What the disclosure pages share (redaction_log.js, productions.js): a page section of their
// own, made once under <main>; titled blocks; an error box showing the API's message; a file
// downloaded with the token; and the caller's collections as a <select>.

import { apiFetch, filenameOf } from "./api.js";
import { h } from "./dom.js";

/** The section `id`, made once (the router hides every other view itself). */
export function pageSection(id, label) {
  let view = document.getElementById(id);
  if (!view) {
    view = h("section", { id, class: "archive-view disclosure-view", "aria-label": label, hidden: true });
    document.getElementById("main").append(view);
  }
  return view;
}

export function block(id, title, ...children) {
  return h("section", { class: "arch-section", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

export function errorBox() {
  return h("p", { class: "alert", role: "alert", hidden: true });
}

export function showError(box, error) {
  box.textContent = error ? (error.detail || error.message || String(error)) : "";
  box.hidden = !error;
}

/** A file of the API saved as the browser's download (`saveBlob` is the page's). */
export async function download(path, fallback, saveBlob) {
  const response = await apiFetch(path, { raw: true });
  saveBlob(await response.blob(), filenameOf(response) || fallback);
}

/** A labelled <select> of the caller's collections, `chosen` selected. */
export function collectionPicker(id, collections, chosen) {
  const select = h("select", { id, name: "collection", required: true },
    collections.map((c) => h("option", { value: c.name, selected: c.name === chosen }, c.name)));
  return [h("label", { for: id }, "Collection"), select];
}
