// The page image in the viewer, for redaction boxes: the page of a PDF or an image document
// (`GET /api/documents/{id}/pages/{n}/image`) with the page's boxes laid over it (proposed ones
// outlined, approved ones filled, each with its reason), and a new box drawn with the mouse or
// made from the keyboard: the arrow keys move the new box (Shift+arrows make it larger or
// smaller), or its edges are typed as percentages of the page. Boxes are kept in page fractions
// from the top left, as the API takes them, so the image's size does not matter.
//
// redaction.js makes the stage, shows it for a page, and proposes the box it hands over.

import { apiFetch } from "./api.js";
import { h } from "./dom.js";

const enc = encodeURIComponent;
const STEP = 0.01;   // an arrow key moves the new box by 1% of the page
const MIN_SIDE = 0.005;
const EDGES = [["x0", "Left"], ["y0", "Top"], ["x1", "Right"], ["y1", "Bottom"]];

const clamp = (value) => Math.min(1, Math.max(0, value));
const round = (value) => Math.round(value * 10000) / 10000;
const percent = (value) => `${Math.round(value * 1000) / 10}`;

/** Lay an element over the page where the box is (CSSOM: the page's CSP takes no style
 * attributes). */
function place(element, box) {
  Object.assign(element.style, {
    left: `${box.x0 * 100}%`, top: `${box.y0 * 100}%`,
    width: `${(box.x1 - box.x0) * 100}%`, height: `${(box.y1 - box.y0) * 100}%`,
  });
}

/** "left 10%, top 5%, right 90%, bottom 12%" */
export function boxText(box) {
  return `left ${percent(box.x0)}%, top ${percent(box.y0)}%, right ${percent(box.x1)}%, bottom ${percent(box.y1)}%`;
}

/** A box redaction as a reviewer reads it: where it is, and the words under it, which leave the
 * searchable copy too (shown to cleared reviewers only: the API sends no words otherwise). */
export function boxDescription(r) {
  if (!r.box) return "box";
  if (r.text) return `${boxText(r.box)}, covering “${r.text}”`;
  return Array.isArray(r.covers) ? `${boxText(r.box)} (no words under it)` : boxText(r.box);
}

export function createStage({ onPropose, onError }) {
  const image = h("img", { class: "redaction-image", alt: "" });
  const draft = h("div", {
    class: "redaction-box redaction-draft", tabindex: 0, role: "img", hidden: true,
    "aria-describedby": "redaction-draft-help",
  });
  const frame = h("div", { class: "redaction-frame" }, image, draft);
  const inputs = Object.fromEntries(EDGES.map(([edge, label]) => [edge, h("input", {
    id: `redaction-box-${edge}`, type: "number", min: 0, max: 100, step: 0.1, inputmode: "decimal", "aria-label": `${label} (% of the page)`,
  })]));
  const propose = h("button", { type: "submit", class: "btn btn-small btn-primary" }, "Propose box");
  const form = h("form", { class: "redaction-box-form", novalidate: true, "aria-label": "New box, in % of the page" },
    EDGES.map(([edge, label]) => h("label", { for: inputs[edge].id }, label, inputs[edge])),
    propose,
    h("p", { id: "redaction-draft-help", class: "kbd-hint" },
      "Drag on the page to draw a box, or type its edges in % of the page. On the box: arrow keys move it, Shift+arrows resize it."));
  const element = h("section", { id: "redaction-stage", class: "redaction-stage", "aria-label": "Page image for redaction boxes", hidden: true },
    form, frame);

  const state = { docId: null, page: 0, url: null, box: null, drag: null };

  function setBox(box, { fromInputs = false } = {}) {
    state.box = box;
    draft.hidden = !box;
    if (!box) return;
    place(draft, box);
    draft.setAttribute("aria-label", `New box: ${boxText(box)}`);
    if (!fromInputs) for (const [edge] of EDGES) inputs[edge].value = percent(box[edge]);
  }

  function boxFromInputs() {
    const [x0, y0, x1, y1] = EDGES.map(([edge]) => Number.parseFloat(inputs[edge].value) / 100);
    if ([x0, y0, x1, y1].some((v) => Number.isNaN(v))) return null;
    return { x0, y0, x1, y1 };
  }

  /** The pointer's place on the page, in fractions. */
  function at(event) {
    const rect = image.getBoundingClientRect();
    return { x: clamp((event.clientX - rect.left) / rect.width), y: clamp((event.clientY - rect.top) / rect.height) };
  }

  frame.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || !image.complete) return;
    event.preventDefault();
    frame.setPointerCapture(event.pointerId);
    state.drag = at(event);
  });
  frame.addEventListener("pointermove", (event) => {
    if (!state.drag) return;
    const here = at(event);
    const start = state.drag;
    setBox({ x0: Math.min(start.x, here.x), y0: Math.min(start.y, here.y), x1: Math.max(start.x, here.x), y1: Math.max(start.y, here.y) });
  });
  frame.addEventListener("pointerup", () => {
    if (!state.drag) return;
    state.drag = null;
    if (state.box && (state.box.x1 - state.box.x0 < MIN_SIDE || state.box.y1 - state.box.y0 < MIN_SIDE)) setBox(null);
    if (state.box) draft.focus();
  });

  draft.addEventListener("keydown", (event) => {
    const move = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!move || !state.box) return;
    event.preventDefault();
    event.stopPropagation(); // the viewer's arrows turn pages
    const [dx, dy] = move.map((d) => d * STEP);
    const box = { ...state.box };
    if (event.shiftKey) {
      box.x1 = clamp(Math.max(box.x0 + MIN_SIDE, box.x1 + dx));
      box.y1 = clamp(Math.max(box.y0 + MIN_SIDE, box.y1 + dy));
    } else {
      const shiftX = Math.min(Math.max(dx, -box.x0), 1 - box.x1);
      const shiftY = Math.min(Math.max(dy, -box.y0), 1 - box.y1);
      Object.assign(box, { x0: box.x0 + shiftX, x1: box.x1 + shiftX, y0: box.y0 + shiftY, y1: box.y1 + shiftY });
    }
    setBox(box);
  });

  for (const [edge] of EDGES) {
    inputs[edge].addEventListener("input", () => {
      const box = boxFromInputs();
      if (box && box.x0 < box.x1 && box.y0 < box.y1) setBox(box, { fromInputs: true });
    });
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const box = boxFromInputs();
    if (!box) {
      onError({ detail: "Draw a box on the page, or give its four edges in % of the page." });
      return;
    }
    propose.disabled = true;
    try {
      // The API checks the box (on the page, left < right, top < bottom) and says what is wrong.
      if (await onPropose(Object.fromEntries(Object.entries(box).map(([k, v]) => [k, round(v)])))) setBox(null);
    } finally {
      propose.disabled = false;
    }
  });

  /** The page's boxes over the image: proposed outlined, approved filled, reason written. */
  function drawBoxes(redactions) {
    for (const old of frame.querySelectorAll(".redaction-box:not(.redaction-draft)")) old.remove();
    for (const r of redactions) {
      if (r.kind !== "box" || !r.box || r.state === "rejected") continue;
      const box = h("div", {
        class: `redaction-box redaction-${r.state}`, dataset: { id: r.id },
        title: `${r.state === "approved" ? "Redacted" : "Proposed"}: ${r.reason}`,
      }, h("span", { class: "redaction-stamp" }, r.reason));
      place(box, r.box);
      frame.insertBefore(box, draft);
    }
  }

  async function load(docId, page) {
    if (state.docId === docId && state.page === page && state.url) return;
    state.docId = docId;
    state.page = page;
    image.removeAttribute("src");
    const response = await apiFetch(`/api/documents/${enc(docId)}/pages/${enc(page)}/image`, { raw: true });
    const blob = await response.blob();
    if (state.docId !== docId || state.page !== page) return;
    if (state.url) URL.revokeObjectURL(state.url);
    state.url = URL.createObjectURL(blob);
    image.src = state.url;
    image.alt = `Page ${page}, as an image: draw a box on it to propose a redaction`;
  }

  return {
    element,
    /** Show the page's image and its boxes (the image is fetched once per page). */
    async show(docId, page, redactions) {
      element.hidden = false;
      if (state.docId !== docId || state.page !== page) setBox(null);
      drawBoxes(redactions);
      await load(docId, page);
    },
    redraw: drawBoxes,
    hide() {
      element.hidden = true;
    },
    get visible() {
      return !element.hidden;
    },
    reset() {
      if (state.url) URL.revokeObjectURL(state.url);
      Object.assign(state, { docId: null, page: 0, url: null, drag: null });
      setBox(null);
      element.hidden = true;
    },
  };
}
