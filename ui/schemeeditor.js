// The coding scheme editor of the review page (admins): which coding fields a collection uses,
// how the page labels them, and the values reviewers pick from. Every field Docket declares is
// listed (GET .../coding-scheme gives them, their defaults and how each is used), so nothing
// here names a field.
//
// What becomes of documents already coded (the API decides; search/scheme_changes.py):
// a value edited in place is a rename, and the documents given it are recoded to the new
// value; a value removed that documents carry is taken off them; both are confirmed first, with
// the counts. A field with coding cannot be dropped (its box is locked), and a value respelled
// only (case, accents) simply follows the list.

import { apiFetch } from "./api.js";
import { confirmAction } from "./confirm.js";
import { h, plural } from "./dom.js";

const enc = encodeURIComponent;
const KIND_HINTS = { single: "one value", multi: "several values", date: "a date", text: "free text" };

/** The API's folding, near enough to tell a rename from a respelling (the server decides). */
const fold = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

function slug(name) {
  return name.replace(/[^a-z0-9]+/gi, "-");
}

/** The editor of `collection`'s scheme, loaded now; it redraws itself after a save. */
export async function schemeEditor(collection) {
  const box = h("div", { class: "scheme-editor", dataset: { collection } });
  const status = h("p", { class: "scheme-status", role: "status" });
  await draw(box, status, collection);
  return box;
}

async function draw(box, status, collection) {
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  let scheme;
  try {
    scheme = await apiFetch(`/api/collections/${enc(collection)}/coding-scheme`);
  } catch (error) {
    problem.textContent = error.detail || String(error);
    problem.hidden = false;
    box.replaceChildren(problem);
    return;
  }
  const editors = scheme.available.map((field) => fieldEditor(field, scheme));
  const form = h("form", { class: "scheme-form", novalidate: true },
    h("p", { class: "muted" }, scheme.fields.length
      ? `The coding fields of ${collection}. Editing a value renames it on the documents given it.`
      : `${collection} has no coding scheme yet: tick the fields reviewers will code.`),
    editors.map((e) => e.element),
    h("button", { type: "submit", class: "btn btn-primary btn-small" }, "Save coding scheme"), problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    problem.hidden = true;
    const wanted = editors.map((e) => e.read()).filter(Boolean);
    const empty = wanted.find((f) => f.needsValues && !f.choices.length);
    const reason = !wanted.length ? "Tick at least one coding field." : empty ? `${empty.label} needs at least one value.` : "";
    if (reason) {
      problem.textContent = reason;
      problem.hidden = false;
      return;
    }
    const effects = wanted.flatMap((f) => f.effects);
    if (effects.length && !await confirmAction({
      title: `Change the coding scheme of ${collection}?`, lines: effects, ok: "Save and recode" })) return;
    try {
      const saved = await apiFetch(`/api/collections/${enc(collection)}/coding-scheme`, { method: "PUT", body: {
        fields: wanted.map(({ name, label, choices }) => ({ name, label, choices })),
        renames: Object.fromEntries(wanted.filter((f) => Object.keys(f.renames).length).map((f) => [f.name, f.renames])),
      } });
      status.textContent = savedText(collection, saved.renamed);
      await draw(box, status, collection);
    } catch (error) {
      problem.textContent = error.detail || String(error);
      problem.hidden = false;
    }
  });
  box.replaceChildren(form, status);
}

function savedText(collection, renamed) {
  const moves = renamed.map((r) => (r.new === null
    ? `'${r.old}' taken off ${plural(r.documents, "document")}`
    : `'${r.old}' became '${r.new}' on ${plural(r.documents, "document")}`));
  return `Saved the coding scheme of ${collection}.${moves.length ? ` Recoded: ${moves.join("; ")}.` : ""}`;
}

/** One coding field's part of the form; `read()` gives its definition, renames and effects. */
function fieldEditor(field, scheme) {
  const id = `scheme-${slug(field.name)}`;
  const current = scheme.fields.find((f) => f.name === field.name);
  const usage = scheme.usage[field.name] || { documents: 0, values: {} };
  const locked = Boolean(current && usage.documents);
  const use = h("input", { type: "checkbox", id: `${id}-use`, checked: Boolean(current), disabled: locked,
    "aria-describedby": locked ? `${id}-kept` : null });
  const label = h("input", { type: "text", id: `${id}-label`, maxlength: 100, value: current ? current.label : field.label, autocomplete: "off" });
  const values = field.kind === "single" || field.kind === "multi"
    ? valueList(id, field, current ? current.choices : field.choices, usage.values) : null;
  const element = h("fieldset", { class: "scheme-field", dataset: { field: field.name } },
    h("legend", {}, `${field.label} `, h("span", { class: "muted" }, `(${field.name}, ${KIND_HINTS[field.kind] || field.kind})`)),
    h("p", { class: "scheme-use" }, use, h("label", { for: use.id }, `Use ${field.label} in this collection`)),
    locked ? h("p", { id: `${id}-kept`, class: "muted" }, `Kept: ${plural(usage.documents, "document")} coded in it.`) : null,
    h("p", { class: "scheme-label" }, h("label", { for: label.id }, "Label"), label),
    values ? values.element : null);
  return {
    element,
    read: () => (use.checked ? {
      name: field.name, label: label.value.trim() || field.label, needsValues: Boolean(values),
      choices: values ? values.choices() : [], renames: values ? values.renames() : {},
      effects: values ? values.effects(label.value.trim() || field.label) : [],
    } : null),
  };
}

/** The values of a choice field: each an input (edited: a rename), removable, and a box to add
 * one. Values given to documents but off the list (none, unless a reviewer raced an edit) are
 * shown too, to keep, rename or remove. */
function valueList(id, field, choices, used) {
  const list = h("ol", { class: "scheme-values", "aria-label": `Values of ${field.label}` });
  const removed = new Map(); // original value -> documents, for values in use removed
  const offList = Object.keys(used).filter((v) => !choices.some((c) => fold(c) === fold(v)));
  const addRow = (value, original) => {
    const input = h("input", { type: "text", maxlength: 100, value, autocomplete: "off",
      "aria-label": `${field.label} value`, dataset: original === null ? {} : { original } });
    const count = original !== null && used[original] ? plural(used[original], "document") : "";
    const row = h("li", { class: "scheme-value" }, input,
      count ? h("span", { class: "muted scheme-used" }, count) : null,
      offList.includes(original) ? h("span", { class: "muted" }, "(not on the list)") : null);
    const remove = h("button", { type: "button", class: "btn btn-small" }, "Remove");
    remove.setAttribute("aria-label", `Remove ${value || "this value"}`);
    remove.addEventListener("click", () => {
      if (original !== null && used[original]) removed.set(original, used[original]);
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector("input") : adder).focus();
    });
    row.append(remove);
    list.append(row);
    return input;
  };
  for (const value of [...choices, ...offList]) addRow(value, value);
  const adder = h("input", { type: "text", id: `${id}-add`, maxlength: 100, autocomplete: "off" });
  const add = () => {
    const value = adder.value.trim();
    if (!value) return;
    addRow(value, null);
    adder.value = "";
    adder.focus();
  };
  adder.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault(); // adds the value; the form is saved by its own button
      add();
    }
  });
  const rows = () => [...list.querySelectorAll("input")].map((input) => ({ value: input.value.trim(), original: input.dataset.original ?? null }));
  const renamedRows = () => rows().filter((r) => r.original !== null && r.value && fold(r.value) !== fold(r.original));
  // A value removed, or emptied in place, that documents carry is taken off them.
  const takenOff = () => new Map([...removed, ...rows().filter((r) => r.original !== null && !r.value && used[r.original])
    .map((r) => [r.original, used[r.original]])]);
  return {
    element: h("div", { class: "scheme-values-box" }, list,
      h("p", { class: "scheme-add" }, h("label", { for: adder.id }, `Add a value to ${field.label}`), adder,
        h("button", { type: "button", class: "btn btn-small", onclick: add }, "Add value"))),
    choices: () => [...new Map(rows().filter((r) => r.value).map((r) => [fold(r.value), r.value])).values()],
    renames: () => ({
      ...Object.fromEntries(renamedRows().map((r) => [r.original, r.value])),
      ...Object.fromEntries([...takenOff().keys()].map((v) => [v, null])),
    }),
    effects: (label) => [
      ...renamedRows().filter((r) => used[r.original]).map((r) => `${label}: '${r.original}' becomes '${r.value}' on ${plural(used[r.original], "document")}.`),
      ...[...takenOff()].map(([v, n]) => `${label}: '${v}' is taken off ${plural(n, "document")}.`),
    ],
  };
}
