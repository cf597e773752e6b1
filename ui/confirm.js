// A modal confirmation of an action that changes many documents (a scheme edit that recodes
// them, a bulk coding): what will happen, in a list, and a button that says it. A native
// <dialog>, so the focus stays inside it, Esc cancels and the page's keys rest meanwhile.

import { h } from "./dom.js";

let dialog = null;

function build() {
  const title = h("h2", { id: "confirm-title" });
  const lines = h("ul", { class: "confirm-lines" });
  const ok = h("button", { type: "submit", value: "ok", class: "btn btn-primary btn-small" });
  const cancel = h("button", { type: "submit", value: "cancel", class: "btn btn-small" }, "Cancel");
  dialog = h("dialog", { id: "confirm-dialog", class: "confirm-dialog", "aria-labelledby": title.id },
    title, lines, h("form", { method: "dialog", class: "dialog-actions" }, ok, cancel));
  document.body.append(dialog);
  return { title, lines, ok };
}

/** Ask before acting: resolves true when the user presses `ok` (the focus starts there). */
export function confirmAction({ title, lines, ok }) {
  const parts = dialog ? {
    title: dialog.querySelector("h2"), lines: dialog.querySelector("ul"), ok: dialog.querySelector("button[value=ok]"),
  } : build();
  parts.title.textContent = title;
  parts.lines.replaceChildren(...lines.map((line) => h("li", {}, line)));
  parts.ok.textContent = ok;
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.showModal();
    parts.ok.focus();
  });
}
