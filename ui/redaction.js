// Redaction in the viewer (issue 17), for reviewers and admins: the Redactions panel beside the
// page, with the collection's reasons; a span proposed from text selected in the page text (or
// from words typed, every place they stand on the page); a box drawn on the page image
// (redaction_stage.js); the whole page. The page's redactions are shown where they are: spans
// in the page text and boxes on the image, proposed ones outlined and approved ones filled, each
// with its reason, and listed with Approve and Reject for a cleared user who did not propose
// them (four eyes: the API refuses the proposer, and its message is shown).
//
// Users without clearance read the redacted copy (the server's): the panel lists the page's
// redactions and says so, with nothing to propose or decide. Readers get no panel.
//
// The page's router (app.js) calls `show(params)` with the viewer's, and the viewer calls
// `pageShown(doc, page, textElement)` each time it has put a page's text on screen.

import { apiFetch } from "./api.js";
import { h, plural } from "./dom.js";
import { boxDescription, createStage } from "./redaction_stage.js";

const enc = encodeURIComponent;
const KIND_LABELS = { span: "Text", box: "Box", page: "Whole page" };
const reasonsOf = new Map(); // collection -> its reasons (a promise)

/** Offsets of the API (Python's: code points) from the page's (UTF-16), and back. */
const codePoints = (text, units) => Array.from(text.slice(0, units)).length;
function utf16(text, points) {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === points) break;
    units += char.length;
    seen += 1;
  }
  return units;
}

/** Characters from the start of `root`'s text to (node, offset). */
function offsetIn(root, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Wrap the text of `root` between UTF-16 offsets start-end in elements made by `make`. */
function wrapRange(root, start, end, make) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts = [];
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const from = at;
    at += node.data.length;
    if (at <= start || from >= end) continue;
    parts.push([node, Math.max(start - from, 0), Math.min(end - from, node.data.length)]);
  }
  for (const [node, from, to] of parts) {
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const wrapper = make();
    middle.replaceWith(wrapper);
    wrapper.append(middle);
  }
}

async function reasons(collection) {
  if (!reasonsOf.has(collection)) {
    reasonsOf.set(collection, apiFetch(`/api/collections/${enc(collection)}/redaction-reasons`)
      .then((answer) => answer.reasons, (error) => { reasonsOf.delete(collection); throw error; }));
  }
  return reasonsOf.get(collection);
}

export function createRedactionPanel(ctx) {
  const reasonSelect = h("select", { id: "redaction-reason" });
  const selected = h("p", { class: "redaction-selected muted", "aria-live": "polite" });
  const redactSelection = h("button", { type: "button", class: "btn btn-small", id: "redact-selection", disabled: true }, "Redact selected text");
  const wordsInput = h("input", { id: "redaction-words", type: "text", autocomplete: "off", maxlength: 500 });
  const wordsForm = h("form", { class: "inline-form", novalidate: true },
    h("label", { for: "redaction-words", class: "visually-hidden" }, "Words to redact on this page"),
    wordsInput, h("button", { type: "submit", class: "btn btn-small" }, "Redact words"));
  const drawBox = h("button", { type: "button", class: "btn btn-small", id: "redaction-draw", "aria-pressed": "false", "aria-controls": "redaction-stage" }, "Draw a box on the page image");
  const wholePage = h("button", { type: "button", class: "btn btn-small", id: "redact-page" }, "Redact the whole page");
  const tools = h("div", { class: "redaction-tools" },
    h("label", { for: "redaction-reason" }, "Reason"), reasonSelect,
    selected, redactSelection,
    h("p", { class: "kbd-hint" }, "Or type words: every place they stand on this page is proposed."), wordsForm,
    h("div", { class: "redaction-buttons" }, drawBox, wholePage));
  const note = h("p", { class: "muted redaction-note" });
  const list = h("ul", { class: "redaction-list", "aria-label": "Redactions on this page" });
  const others = h("p", { class: "muted" });
  const status = h("p", { class: "redaction-status", role: "status" });
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  const logLink = h("a", { class: "btn btn-link btn-small" }, "Redaction log");
  const panel = h("section", { id: "redaction-panel", class: "side-section redaction-panel", "aria-labelledby": "redaction-title", hidden: true },
    h("h2", { id: "redaction-title" }, "Redactions"), note, tools, problem, status, list, others, logLink);
  const side = document.querySelector("#doc-view .doc-side");
  side.insertBefore(panel, document.getElementById("coding-panel")?.nextSibling || side.firstChild);

  const stage = createStage({ onPropose: (box) => propose({ kind: "box", box }), onError: fail });
  const pageText = document.getElementById("page-text");
  pageText.before(stage.element);

  const state = { me: null, doc: null, page: 0, text: null, redactions: [], pending: null };
  const cleared = () => Boolean(state.me && state.me.cleared);

  function fail(error) {
    if (error && ctx.tokenRefused(error)) return;
    problem.textContent = error ? (error.detail || error.message || String(error)) : "";
    problem.hidden = !error;
  }

  function say(text) {
    status.textContent = text;
  }

  // --- the page's redactions ---------------------------------------------------------------

  function onPage() {
    return state.redactions.filter((r) => r.page === state.page);
  }

  function describe(r) {
    if (r.kind === "span") return r.text ? `“${r.text}”` : "characters of the text";
    if (r.kind === "box") return boxDescription(r);
    return "";
  }

  function decisionButtons(r) {
    if (!cleared() || r.proposed_by === state.me.username) return [];
    const buttons = [];
    if (r.state !== "approved") buttons.push(h("button", { type: "button", class: "btn btn-small", onclick: () => decide(r, "approve") }, "Approve"));
    if (r.state !== "rejected") buttons.push(h("button", { type: "button", class: "btn btn-small", onclick: () => decide(r, "reject") }, r.state === "approved" ? "Un-approve" : "Reject"));
    return buttons;
  }

  function renderList() {
    const here = onPage();
    list.replaceChildren(...here.map((r) => h("li", { class: `redaction-item redaction-${r.state}`, dataset: { id: r.id, kind: r.kind } },
      h("div", {}, h("strong", {}, KIND_LABELS[r.kind] || r.kind), " ", h("span", { class: "redaction-what" }, describe(r))),
      h("div", { class: "redaction-reason" }, r.reason),
      h("div", { class: "redaction-meta" },
        h("span", { class: `redaction-state state-${r.state}` }, r.state),
        ` · proposed by ${r.proposed_by || "?"}${r.rule ? ` (rule ${r.rule})` : ""}`,
        r.decided_by ? ` · ${r.state} by ${r.decided_by}` : "",
        r.state === "proposed" && r.proposed_by === state.me.username ? " · another reviewer decides" : ""),
      h("div", { class: "redaction-actions" }, decisionButtons(r)))));
    if (!here.length) list.replaceChildren(h("li", { class: "muted" }, "None on this page."));
    const elsewhere = state.redactions.length - here.length;
    others.textContent = elsewhere ? `${plural(elsewhere, "redaction")} on other pages of this document.` : "";
    markText();
    if (stage.visible) stage.redraw(here);
  }

  /** The page's spans in its text (cleared users only: theirs is the text the offsets are of). */
  function markText() {
    const root = state.text;
    if (!root || !cleared()) return;
    for (const old of root.querySelectorAll("span.redaction-span")) old.replaceWith(...old.childNodes);
    root.normalize();
    const text = root.textContent;
    const spans = onPage().filter((r) => r.kind === "span" && r.state !== "rejected" && r.end <= Array.from(text).length);
    spans.sort((a, b) => (a.state === b.state ? 0 : a.state === "approved" ? -1 : 1));
    for (const r of spans) {
      wrapRange(root, utf16(text, r.start), utf16(text, r.end), () => h("span", {
        class: `redaction-span redaction-${r.state}`, dataset: { id: r.id, reason: r.reason },
        title: `${r.state === "approved" ? "Redacted" : "Proposed"}: ${r.reason}`,
      }));
    }
  }

  async function refresh() {
    const doc = state.doc;
    const found = await apiFetch(`/api/documents/${enc(doc.id)}/redactions`);
    if (doc !== state.doc) return;
    state.redactions = found;
    renderList();
  }

  // --- proposing and deciding --------------------------------------------------------------

  async function propose(body) {
    const reason = reasonSelect.value;
    if (!reason) {
      fail({ detail: "Choose a reason first (an admin sets the collection's list)." });
      return false;
    }
    fail(null);
    try {
      const made = await apiFetch(`/api/documents/${enc(state.doc.id)}/redactions`, {
        method: "POST", body: { page: state.page, reason, ...body } });
      say(`Proposed: ${KIND_LABELS[made.kind].toLowerCase()} redaction, ${reason}. A second reviewer approves it.`);
      await refresh();
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  async function decide(r, decision) {
    fail(null);
    try {
      const answer = await apiFetch(`/api/redactions/${enc(r.id)}/${decision}`, { method: "POST" });
      say(`${KIND_LABELS[r.kind]} redaction ${answer.redaction.state}.`);
      await refresh();
    } catch (error) {
      fail(error);
    }
  }

  function captureSelection() {
    const selection = getSelection();
    if (!state.text || !selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (!state.text.contains(range.commonAncestorContainer)) return; // elsewhere: keep the last one
    if (range.collapsed) {
      state.pending = null;
    } else {
      const text = state.text.textContent;
      const start = offsetIn(state.text, range.startContainer, range.startOffset);
      const end = offsetIn(state.text, range.endContainer, range.endOffset);
      state.pending = { start: codePoints(text, start), end: codePoints(text, end), words: text.slice(start, end) };
    }
    selected.textContent = state.pending ? `Selected: “${state.pending.words}”` : "";
    redactSelection.disabled = !state.pending;
  }

  document.addEventListener("selectionchange", () => {
    if (!panel.hidden && cleared()) captureSelection();
  });

  redactSelection.addEventListener("click", async () => {
    const pending = state.pending;
    if (!pending) return;
    if (await propose({ kind: "span", start: pending.start, end: pending.end })) {
      state.pending = null;
      selected.textContent = "";
      redactSelection.disabled = true;
      getSelection().removeAllRanges();
    }
  });

  wordsForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const words = wordsInput.value.trim();
    const text = state.text ? state.text.textContent : "";
    if (!words) return;
    const places = [];
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) places.push(at);
    if (!places.length) {
      fail({ detail: `“${words}” is not on this page.` });
      return;
    }
    let made = 0;
    for (const at of places) {
      const start = codePoints(text, at);
      if (await propose({ kind: "span", start, end: start + Array.from(words).length })) made += 1;
    }
    if (made) {
      wordsInput.value = "";
      say(`Proposed ${plural(made, "span")} of “${words}” on this page.`);
    }
  });

  drawBox.addEventListener("click", () => setStage(!stage.visible));
  wholePage.addEventListener("click", () => propose({ kind: "page" }));

  async function setStage(on) {
    drawBox.setAttribute("aria-pressed", String(on));
    if (!on) {
      stage.hide();
      return;
    }
    try {
      await stage.show(state.doc.id, state.page, onPage());
    } catch (error) {
      fail(error);
      stage.hide();
      drawBox.setAttribute("aria-pressed", "false");
    }
  }

  // --- showing -----------------------------------------------------------------------------

  async function show(params) {
    const id = params.get("doc");
    if (state.doc && state.doc.id === id) return;
    state.doc = null;
    state.redactions = [];
    stage.reset();
    drawBox.setAttribute("aria-pressed", "false");
    fail(null);
    say("");
    try {
      state.me = await ctx.me();
    } catch {
      state.me = null;
    }
    panel.hidden = !state.me || state.me.role === "reader";
  }

  /** The viewer has put page `page` of `doc` on screen, its text in `textElement`. */
  async function pageShown(doc, page, textElement) {
    if (!state.me || state.me.role === "reader") return;
    const changed = !state.doc || state.doc.id !== doc.id;
    state.doc = doc;
    state.page = page.page;
    state.text = textElement;
    state.pending = null;
    selected.textContent = "";
    redactSelection.disabled = true;
    tools.hidden = !cleared();
    note.textContent = cleared() ? "" : "You read the redacted text: redactions are proposed and decided by cleared reviewers.";
    drawBox.hidden = !/^(application\/pdf|image\/)/.test(doc.mime || "");
    logLink.href = `#redactions=1&collection=${enc(doc.collection)}`;
    try {
      if (changed && cleared()) {
        const list = await reasons(doc.collection);
        reasonSelect.replaceChildren(...list.map((r) => h("option", { value: r }, r)));
        if (!list.length) note.textContent = "The collection has no redaction reasons yet: an admin sets them on the redaction log page.";
      }
      await refresh();
      if (stage.visible) await stage.show(doc.id, state.page, onPage());
    } catch (error) {
      fail(error);
    }
  }

  return { show, pageShown };
}
