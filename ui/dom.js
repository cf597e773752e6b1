// Small DOM helpers. Text always goes in as text nodes; the server's highlighted snippet/page
// HTML goes through `setMarked`, which turns it into text nodes and <mark> elements only.

/**
 * Build an element: h("a", {href: "#x", class: "link", onclick: fn}, "text", child, ...).
 * Strings become text nodes; null/false children are skipped; arrays are flattened.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "class") {
      el.className = value;
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else if (name === "text") {
      el.textContent = value;
    } else if (value === true) {
      el.setAttribute(name, "");
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.append(child);
    else el.append(document.createTextNode(String(child)));
  }
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const hex = name[1] === "x" || name[1] === "X";
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Put the server's escaped text with <mark> highlights into `target`. The HTML parser is never
 * used: the string is split on <mark> and </mark>, the pieces between are entity-decoded into
 * text nodes, so anything else that looks like a tag stays visible text and cannot run.
 */
export function setMarked(target, html) {
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of String(html || "").split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === "<mark>") {
      mark = mark || out.appendChild(document.createElement("mark"));
    } else if (tag === "</mark>") {
      mark = null;
    } else if (part) {
      (mark || out).append(document.createTextNode(decodeEntities(part)));
    }
  }
  target.replaceChildren(out);
}

/** "1997-06-18T00:00:00+00:00" -> "1997-06-18" (the date as written, no time-zone shift). */
export function shortDate(value) {
  if (!value) return "";
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1] : String(value);
}

export function formatBytes(size) {
  if (size === null || size === undefined) return "";
  if (size < 1024) return `${size} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]} (${size.toLocaleString("en-GB")} bytes)`;
}

export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

const latestRender = new WeakMap();

/** Start drawing a view into ``container``; the answer says whether this drawing is still the
 * latest. Two routes can draw into one container at once (a click and a reload): the earlier
 * one's slow answer must not be appended to the page the later one drew. */
export function startRender(container) {
  const mine = {};
  latestRender.set(container, mine);
  return () => latestRender.get(container) === mine;
}

/** An alert paragraph, hidden until ``showError`` fills it. */
export function errorBox() {
  return h("p", { class: "alert", role: "alert", hidden: true });
}

/** The API's refusal (its detail) in ``box``, or the box hidden when there is none. */
export function showError(box, error) {
  box.textContent = error ? (error.detail || String(error)) : "";
  box.hidden = !error;
}
