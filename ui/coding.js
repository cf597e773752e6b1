// A reviewer's batch in the viewer: the batch as the documents Previous/Next document step
// through, and the coding panel (the collection's coding scheme as a form) above the document's
// details. Every coding action has a key (listed in the panel); the form's own controls work
// from the keyboard too (arrows choose a radio button, Space ticks a box).
//
// Fragments:  #doc=ID&page=1&batch=BATCH&pos=N          the batch's Nth document, coded as its own
//             #doc=ID&page=1&batch=BATCH&pos=N&qc=1     the QC sample's Nth document, coded blind:
//                                                       the first reviewer's coding is never asked for
//
// The page's router (app.js) asks `batchSequence(params)` for the sequence (sequence.js) and
// calls the panel's `show(params)` after the viewer's, and `key(event)` for keys outside forms.

import { apiFetch } from "./api.js";
import { docHash } from "./docviews.js";
import { h } from "./dom.js";
import { normaliseDate } from "./fragment.js";

const enc = encodeURIComponent;
// The key that moves the focus to a coding field; a field not listed has none (Tab reaches it).
const FOCUS_KEYS = {
  "coding.relevance": "r", "coding.issue": "i", "coding.sensitivity": "s",
  "coding.event_date": "d", "coding.note": "t",
};
const MAX_DIGIT_CHOICES = 9;

const sequences = new Map(); // "batch\nqc" -> the batch's documents as a sequence
const schemes = new Map(); // collection -> its coding scheme

export function reviewParams(params) {
  if (!params.has("batch")) return null;
  return { batch: params.get("batch"), qc: params.get("qc") === "1", pos: Number.parseInt(params.get("pos"), 10) || 1 };
}

/** The fragment of a batch's document at `pos` (from 1). */
export function batchHash(batch, docId, pos, qc = false) {
  const params = new URLSearchParams(docHash(docId, 1, "").slice(1));
  params.set("batch", batch);
  params.set("pos", String(pos));
  if (qc) params.set("qc", "1");
  return `#${params}`;
}

async function loadBatch(batchId, qc) {
  const batch = await apiFetch(`/api/batches/${enc(batchId)}`);
  const ids = qc ? (await apiFetch(`/api/batches/${enc(batchId)}/qc`)).sample : batch.doc_ids;
  return { batch, ids };
}

/** The batch (or its QC sample) as the viewer's sequence: Back returns to the review page. */
export async function batchSequence(params) {
  const { batch: batchId, qc } = reviewParams(params);
  const key = `${batchId}\n${qc}`;
  if (!sequences.has(key)) {
    const { batch, ids } = await loadBatch(batchId, qc);
    sequences.set(key, {
      label: "Document", name: "review", back: "#review=1", batch, ids,
      items: ids.map((id, index) => ({ id, page: 1, pos: index + 1 })),
      hashFor: (item) => batchHash(batchId, item.id, item.pos, qc),
    });
  }
  return sequences.get(key);
}

async function schemeOf(collection) {
  if (!schemes.has(collection)) {
    schemes.set(collection, apiFetch(`/api/collections/${enc(collection)}/coding-scheme`).catch((error) => {
      schemes.delete(collection);
      throw error;
    }));
  }
  return schemes.get(collection);
}

// --- the form --------------------------------------------------------------------------------

function fieldId(field, suffix = "") {
  return `coding-${field.name.replace(/[^a-z0-9]+/gi, "-")}${suffix}`;
}

function keyHint(...keys) {
  return h("span", { class: "coding-keys", "aria-hidden": "true" }, keys.map((k) => h("kbd", {}, k)));
}

function legendOf(field, ...extra) {
  const focusKey = FOCUS_KEYS[field.name];
  return h("legend", {}, field.label, focusKey ? keyHint(focusKey) : null, ...extra);
}

function choiceField(field, digits) {
  const single = field.kind === "single";
  const options = single ? [["", "Not set"], ...field.choices.map((c) => [c, c])] : field.choices.map((c) => [c, c]);
  return h("fieldset", { class: "coding-field", dataset: { field: field.name, kind: field.kind } },
    legendOf(field, digits ? h("span", { class: "muted coding-digit-note" }, ` (keys 1–${Math.min(field.choices.length, MAX_DIGIT_CHOICES)}, 0 clears)`) : null),
    options.map(([value, text], index) => {
      const id = fieldId(field, `-${index}`);
      const digit = digits && value && index <= MAX_DIGIT_CHOICES ? String(index) : null;
      return h("div", { class: "coding-choice" },
        h("input", { id, type: single ? "radio" : "checkbox", name: field.name, value }),
        h("label", { for: id }, digit ? h("kbd", { "aria-hidden": "true" }, digit) : null, digit ? " " : null, text));
    }));
}

function dateField(field) {
  const id = fieldId(field);
  return h("div", { class: "coding-field", dataset: { field: field.name, kind: field.kind } },
    h("label", { for: id }, field.label, FOCUS_KEYS[field.name] ? keyHint(FOCUS_KEYS[field.name]) : null),
    h("input", { id, type: "text", name: field.name, inputmode: "numeric", autocomplete: "off", size: 12,
      maxlength: 10, placeholder: "DD/MM/YYYY", "aria-describedby": "coding-date-help" }),
    h("span", { id: "coding-date-help", class: "visually-hidden" }, "A day, such as 18/06/1997 or 1997-06-18."));
}

function textField(field) {
  const id = fieldId(field);
  return h("div", { class: "coding-field", dataset: { field: field.name, kind: field.kind } },
    h("label", { for: id }, field.label, FOCUS_KEYS[field.name] ? keyHint(FOCUS_KEYS[field.name]) : null),
    h("textarea", { id, name: field.name, rows: 2, maxlength: 20000, "aria-describedby": "coding-keys-help" }));
}

/** The scheme's first single-choice field takes the digit keys (relevance, usually). */
function digitField(scheme) {
  return scheme.fields.find((f) => f.kind === "single") || null;
}

function renderForm(form, scheme) {
  const digits = digitField(scheme);
  const fields = scheme.fields.map((field) => {
    if (field.kind === "single" || field.kind === "multi") return choiceField(field, field === digits);
    if (field.kind === "date") return dateField(field);
    return textField(field);
  });
  form.replaceChildren(...fields,
    h("div", { class: "coding-actions" },
      h("button", { type: "submit", class: "btn btn-primary btn-small", "aria-keyshortcuts": "Enter" }, "Save and next"),
      h("span", { class: "coding-status", role: "status" })));
}

function fill(form, scheme, values) {
  for (const field of scheme.fields) {
    const value = values[field.name];
    const inputs = [...form.querySelectorAll(`[name="${CSS.escape(field.name)}"]`)];
    if (field.kind === "single") {
      for (const input of inputs) input.checked = input.value === (value || "");
    } else if (field.kind === "multi") {
      for (const input of inputs) input.checked = Array.isArray(value) && value.includes(input.value);
    } else {
      inputs[0].value = value || "";
      inputs[0].removeAttribute("aria-invalid");
    }
  }
}

/** The form's values as the API takes them (null clears a field); throws on a date that is not one. */
function collect(form, scheme) {
  const values = {};
  for (const field of scheme.fields) {
    const inputs = [...form.querySelectorAll(`[name="${CSS.escape(field.name)}"]`)];
    if (field.kind === "single") {
      values[field.name] = inputs.find((i) => i.checked)?.value || null;
    } else if (field.kind === "multi") {
      const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
      values[field.name] = chosen.length ? chosen : null;
    } else if (field.kind === "date") {
      const typed = inputs[0].value.trim();
      const iso = normaliseDate(typed);
      if (iso === null || (iso && iso.length !== 10)) {
        inputs[0].setAttribute("aria-invalid", "true");
        inputs[0].focus();
        throw new Error(`${field.label}: '${typed}' is not a day; write it as 18/06/1997 or 1997-06-18.`);
      }
      values[field.name] = iso || null;
    } else {
      values[field.name] = inputs[0].value.trim() || null;
    }
  }
  return values;
}

// --- the panel -------------------------------------------------------------------------------

function keysHelp(scheme) {
  const digits = digitField(scheme);
  const parts = [];
  if (digits) parts.push(`1–${Math.min(digits.choices.length, MAX_DIGIT_CHOICES)} ${digits.label.toLowerCase()} (0 clears)`);
  for (const field of scheme.fields) {
    if (FOCUS_KEYS[field.name]) parts.push(`${FOCUS_KEYS[field.name]} ${field.label.toLowerCase()}`);
  }
  parts.push("c the first field", "arrows choose, Space ticks", "Enter saves and opens the next (Ctrl+Enter in text)",
    "Esc back to the page", "N / P next / previous document");
  return `Keys: ${parts.join(" · ")}.`;
}

/**
 * The coding panel. `ctx`: {navigate, tokenRefused}. It lives at the top of the viewer's side
 * column and is hidden outside a batch.
 */
export function createCodingPanel(ctx) {
  const title = h("h2", { id: "coding-title" }, "Coding");
  const where = h("p", { class: "coding-where", id: "coding-where" });
  const progress = h("progress", { id: "coding-progress-bar", max: 1, value: 0, "aria-labelledby": "coding-progress" });
  const progressText = h("p", { id: "coding-progress", class: "coding-progress", "aria-live": "polite" });
  const blind = h("p", { class: "coding-blind muted", hidden: true },
    "QC: you code blind; the first reviewer's coding is not shown.");
  const form = h("form", { class: "coding-form", novalidate: true, "aria-labelledby": "coding-title" });
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  const help = h("p", { id: "coding-keys-help", class: "kbd-hint coding-help" });
  const panel = h("section", { id: "coding-panel", class: "side-section coding-panel", "aria-labelledby": "coding-title", hidden: true },
    title, where, progressText, progress, blind, form, problem, help);
  document.querySelector("#doc-view .doc-side").prepend(panel);

  const state = { review: null, docId: null, scheme: null, sequence: null, dirty: false, loading: 0 };

  function fail(error) {
    if (error && ctx.tokenRefused(error)) return;
    problem.textContent = error ? (error.detail || error.message || String(error)) : "";
    problem.hidden = !error;
  }

  function status(text) {
    const box = form.querySelector(".coding-status");
    if (box) box.textContent = text;
  }

  function codingPath(review, docId) {
    return review.qc ? `/api/batches/${enc(review.batch)}/qc/documents/${enc(docId)}` : `/api/documents/${enc(docId)}/coding`;
  }

  async function refreshProgress(review) {
    const answer = review.qc
      ? await apiFetch(`/api/batches/${enc(review.batch)}/qc`)
      : await apiFetch(`/api/batches/${enc(review.batch)}`);
    progress.max = Math.max(1, answer.total);
    progress.value = answer.coded;
    progressText.textContent = `${answer.coded} of ${answer.total} coded`;
    return answer;
  }

  /** Save the form's values for the document on screen (nothing when unchanged). */
  async function save() {
    if (!state.docId || !state.scheme) return false;
    const { review, docId, scheme } = state;
    const values = collect(form, scheme);
    await apiFetch(codingPath(review, docId), { method: "PUT", body: { values } });
    state.dirty = false;
    await refreshProgress(review);
    return true;
  }

  async function saveAndNext() {
    fail(null);
    const { review, sequence } = state;
    try {
      await save();
    } catch (error) {
      fail(error);
      return;
    }
    const next = sequence && sequence.items[review.pos];
    if (next) {
      ctx.navigate(sequence.hashFor(next), { replace: true });
    } else {
      status("Saved: this was the batch's last document.");
      form.querySelector("input, textarea")?.focus();
    }
  }

  async function show(params) {
    const review = reviewParams(params);
    if (state.dirty && state.review && state.docId !== params.get("doc")) {
      try {
        await save(); // a document left by N/P or a button keeps what was chosen
      } catch (error) {
        fail(error);
      }
    }
    const same = review && state.review && state.docId === params.get("doc")
      && state.review.batch === review.batch && state.review.qc === review.qc;
    if (same) return; // a page turned within the document: the form keeps what is being chosen
    panel.hidden = !review;
    if (!review) {
      state.review = null;
      state.docId = null;
      return;
    }
    const token = ++state.loading;
    const hadFocus = panel.contains(document.activeElement);
    fail(null);
    try {
      const sequence = await batchSequence(params);
      const scheme = await schemeOf(sequence.batch.collection);
      const docId = params.get("doc");
      const [coding] = await Promise.all([apiFetch(codingPath(review, docId)), refreshProgress(review)]);
      if (token !== state.loading) return;
      if (state.scheme !== scheme) {
        renderForm(form, scheme);
        help.textContent = keysHelp(scheme);
      }
      Object.assign(state, { review, docId, scheme, sequence, dirty: false });
      where.textContent = `${review.qc ? "QC sample of " : ""}${sequence.batch.name} · document ${review.pos} of ${sequence.ids.length}`;
      blind.hidden = !review.qc;
      fill(form, scheme, coding.values || {});
      status("");
      if (!scheme.fields.length) fail(new Error(`Collection '${sequence.batch.collection}' has no coding scheme yet.`));
      if (hadFocus) firstControl()?.focus();
    } catch (error) {
      if (token === state.loading) fail(error);
    }
  }

  function firstControl() {
    return form.querySelector("input:checked, input, textarea");
  }

  function focusField(name) {
    const box = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    const target = box && (box.querySelector("input:checked") || box.querySelector("input, textarea"));
    if (target) target.focus();
    return Boolean(target);
  }

  function chooseDigit(digit) {
    const field = state.scheme && digitField(state.scheme);
    if (!field) return false;
    const input = form.querySelector(`#${CSS.escape(fieldId(field, `-${digit}`))}`);
    if (!input) return false;
    input.checked = true;
    state.dirty = true;
    status(`${field.label}: ${input.value || "not set"}`);
    return true;
  }

  /** A coding key (digits, field keys, c); true when it was one. */
  function command(event) {
    if (panel.hidden || !state.scheme) return false;
    if (/^[0-9]$/.test(event.key)) return chooseDigit(Number(event.key));
    if (event.key === "c") {
      const control = firstControl();
      if (control) control.focus();
      return Boolean(control);
    }
    const name = Object.keys(FOCUS_KEYS).find((n) => FOCUS_KEYS[n] === event.key);
    return name ? focusField(name) : false;
  }

  form.addEventListener("input", () => { state.dirty = true; });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveAndNext();
  });
  form.addEventListener("keydown", (event) => {
    const target = event.target;
    const textEntry = target.matches("textarea, input[type=text]");
    if (event.key === "Escape") {
      event.preventDefault();
      document.getElementById("page-text").focus();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey || (!target.matches("textarea, button")))) {
      event.preventDefault();
      saveAndNext();
    } else if (!textEntry && !event.ctrlKey && !event.altKey && !event.metaKey && command(event)) {
      event.preventDefault();
    } else if (!textEntry && (event.key === "N" || event.key === "P")) {
      // On a radio button or a box, N and P still step through the batch.
      event.preventDefault();
      const item = state.sequence && state.sequence.items[state.review.pos - 1 + (event.key === "N" ? 1 : -1)];
      if (item) ctx.navigate(state.sequence.hashFor(item), { replace: true });
    }
  });

  return {
    show,
    /** Keys pressed outside any form field, in the viewer; true when used. */
    key(event) {
      if (event.key === "Enter" && !panel.hidden && !(event.target instanceof Element && event.target.closest("a, button"))) {
        saveAndNext();
        return true;
      }
      return command(event);
    },
  };
}
