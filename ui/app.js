// Docket's web page: the token, the URL fragment as the page's state, search, export, saved
// searches and history. The document viewer lives in viewer.js.
//
// Fragments:  #q=...&f=type:pdf&f=person:X&from=1997&to=1999&sort=date&page=2   (results)
//             #q=...&cursor=TOKEN     (results past the 10,000th, read on from the server's cursor)
//             #doc=ID&page=N&q=...                                                (viewer)
//             #token=...   (read once into sessionStorage, then removed from the address bar)

import * as api from "./api.js";
import { auth } from "./api.js";
import { h } from "./dom.js";
import { leaveArchive, renderArchive, renderJob } from "./archivist.js";
import { renderBundles, showBundles } from "./bundles.js";
import { renderCases, showCases } from "./cases.js";
import { createBulkCoding } from "./bulkcoding.js";
import { batchSequence, createCodingPanel } from "./coding.js";
import { renderCompleteness } from "./completeness.js";
import { renderReview, showReview } from "./review.js";
import { installPassageAction, renderChronology, showChronology } from "./chronology.js";
import { createRedactionPanel } from "./redaction.js";
import { renderRedactionLog, showRedactionLog } from "./redaction_log.js";
import { renderProductions, showProductions } from "./productions.js";
import { renderEntityPage, renderEntitySearch } from "./entities.js";
import { loadEntityKinds } from "./kinds.js";
import { createViewer } from "./viewer.js";
import * as views from "./views.js";
import { createSearches } from "./searches.js";
import { createSequences } from "./sequence.js";
import { narrowPath, rememberCollections, rememberedCollections, renderSwitcher } from "./collections.js";
import { defaultSearch, normaliseDate, parseSearch, searchHash } from "./fragment.js";

const $ = (id) => document.getElementById(id);
const el = {
  form: $("search-form"), q: $("q"), sort: $("sort"), from: $("date-from"), to: $("date-to"),
  progress: $("progress"), changeToken: $("change-token"),
  resultsView: $("results-view"), resultsPane: $("results-pane"), facets: $("facets"),
  clearFilters: $("clear-filters"), summary: $("summary"), chips: $("chips"),
  searchError: $("search-error"), suggestion: $("suggestion"), list: $("results-list"), pager: $("pager"),
  docView: $("doc-view"), entityView: $("entity-view"), archiveView: $("archive-view"),
  archiveLink: $("archive-link"), back: $("back"), backLabel: $("back-label"), exportMenu: $("export-menu"),
  actionStatus: $("action-status"), tokenDialog: $("token-dialog"), tokenForm: $("token-form"), tokenInput: $("token-input"),
  tokenError: $("token-error"), collections: $("collections-menu"), toggleFilters: $("toggle-filters"),
  keysDialog: $("keys-dialog"),
};

const state = {
  view: null,              // "results" | "doc"
  search: { ...defaultSearch(), collections: rememberedCollections() },
  collections: [],         // the collections the caller may see (GET /api/collections)
  response: null,          // the last search answer shown
  resultsKey: null,        // the fragment those results belong to
  resultsScroll: 0,
  lastSearchHash: "",
  expanded: new Set(),     // facets showing all their values
  searchController: null,
  docQ: "",
  returnFocus: null,       // the document the viewer showed: its result takes the focus back
  backViaHistory: false,   // the viewer was opened from the results, so Back is history.back()
};

// --- the fragment -----------------------------------------------------------------------------

function navigate(hash, { replace = false } = {}) {
  if (hash === location.hash) {
    route();
  } else if (replace) {
    history.replaceState(null, "", hash);
    route();
  } else {
    location.hash = hash; // hashchange -> route()
  }
}

/** Take a token out of the fragment into sessionStorage, leaving the rest of the fragment. */
function takeTokenFromUrl() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("token")) return;
  const token = params.get("token").trim();
  if (token) auth.token = token;
  params.delete("token");
  const rest = params.toString();
  history.replaceState(null, "", `${location.pathname}${location.search}${rest ? `#${rest}` : ""}`);
}

let facetsLoading = null;
let meLoading = null;

/** Who the token belongs to (`GET /api/me`), once per token: admins see the archivist's link. */
function loadMe() {
  meLoading ||= api.me().then((me) => {
    el.archiveLink.hidden = me.role !== "admin";
    for (const id of ["review-link", "redactions-link", "productions-link"]) $(id).hidden = me.role === "reader";
    return me;
  }).catch((error) => {
    meLoading = null;
    throw error;
  });
  return meLoading;
}

let collectionsLoading = null;

/** The caller's collections, for the switcher, once per token (a failure leaves it empty). */
function loadCollections() {
  collectionsLoading ||= api.collections().then((list) => {
    state.collections = list;
  }).catch((error) => {
    collectionsLoading = null;
    if (error.status === 401) throw error;
  });
  return collectionsLoading;
}

/** The linked-names API narrowed to the collections the switcher has chosen. */
function namesFetch(path, options) {
  return api.apiFetch(narrowPath(path, state.search.collections), options);
}

/** The documents the viewer steps through (sequence.js): the results, or an entity's mentions. */
const sequences = createSequences({ namesFetch, collections: () => state.search.collections, batchSequence });

function renderCollections() {
  renderSwitcher(el.collections, state.collections, state.search.collections, {
    onChange: (names) => {
      rememberCollections(names); // the menu stays open: several boxes may be ticked in turn
      if (state.view === "results") {
        navigate(searchHash({ ...state.search, collections: names, page: 1, cursor: "" }));
      } else {
        state.search = { ...state.search, collections: names };
        state.resultsKey = null;
        route();
      }
    },
  });
}

/** The sidebar's facets, asked of the server once per page load (a failure is asked again). */
function loadFacets() {
  facetsLoading ||= api.fields().then((answer) => views.setFacets(answer.facets)).catch((error) => {
    facetsLoading = null;
    throw error;
  });
  return facetsLoading;
}

let routing = 0; // the latest route(): an earlier one still awaiting gives way to it

async function route() {
  const mine = ++routing;
  takeTokenFromUrl();
  if (!auth.token) {
    askToken();
    return;
  }
  try {
    // The sidebar's facets and the views' entity kinds: the fragment's filters are read
    // against the facets, and the views' kind lists and labels come from the kinds.
    await Promise.all([loadFacets(), loadEntityKinds(api.apiFetch), loadMe(), loadCollections()]);
  } catch (error) {
    if (tokenRefused(error) || mine !== routing) return;
    showView("results");
    views.renderSearchError(el.searchError, error, "");
    return;
  }
  // The fragment is read after the wait: a route() started meanwhile (the page opened, then
  // another fragment at once) reads the same one, so only the latest draws the view; two
  // drawings replaced the page a user had begun to type into.
  if (mine !== routing) return;
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("q") && !params.has("c") && !params.has("f")) {
    // The landing page (or a view that names none): the collections chosen last time.
    state.search = { ...state.search, collections: rememberedCollections() };
  } else if (!params.has("doc")) {
    state.search = { ...state.search, collections: params.getAll("c") };
  }
  renderCollections();
  if (!params.has("job") && !params.has("archive")) leaveArchive();
  if (params.has("doc")) await showDocument(params);
  else if (params.has("job") || params.has("archive") || params.has("completeness")) showArchive(params);
  else if (params.has("entity") || params.has("names")) showNames(params);
  else if (params.has("cases") || params.has("case") || params.has("case-person")) {
    showView("cases");
    renderCases(params, { navigate });
  } else if (params.has("review")) {
    showView("review");
    renderReview(params, { navigate, me: loadMe() });
  } else if (params.has("redactions") || params.has("productions")) {
    const productions = params.has("productions");
    showView(productions ? "productions" : "redactions");
    (productions ? renderProductions : renderRedactionLog)(params, { navigate, me: loadMe(), saveBlob });
  }
  else if (params.has("chronology")) {
    showView("chronology");
    await renderChronology(params, { navigate });
  }
  else if (params.has("bundles") || params.has("bundle")) {
    showView("bundles");
    renderBundles(params, { navigate });
  }
  else await showSearch(params);
}

/** The linked-names views of entities.js: #names (look-up, batch search), #entity=KIND&key=KEY. */
function showNames(params) {
  showView("entity");
  const kind = params.get("entity");
  const key = params.get("key") || "";
  const callbacks = {
    onOpen: (toKind, toKey) => navigate(views.entityHash(toKind, toKey)),
    // From an entity page, a mention opens with the name marked and its mentions to step through.
    onDocument: (id, page) => (kind
      ? openMention(kind, key, id, page)
      : navigate(views.docHash(id, page || 1, ""))),
  };
  if (params.has("entity")) {
    renderEntityPage(el.entityView, namesFetch, kind, key, callbacks);
  } else {
    renderEntitySearch(el.entityView, namesFetch, callbacks);
  }
}

/** The archivist's screens of archivist.js: #archive (collections, load, jobs), #job=ID; and
 * a collection's completeness report (completeness.js), #completeness=NAME. */
function showArchive(params) {
  showView("archive");
  if (params.has("completeness")) {
    document.title = `Completeness report ${params.get("completeness")} — Docket`;
    renderCompleteness(el.archiveView, api.apiFetch, params.get("completeness"), {
      saveBlob, mayEdit: loadMe().then((me) => me.role === "admin", () => false) });
  } else if (params.has("job")) {
    document.title = `Job ${params.get("job")} — Docket`;
    renderJob(el.archiveView, api.apiFetch, params.get("job"), {
      saveBlob, navigate, mayRunStages: loadMe().then((me) => me.role === "admin", () => false) });
  } else {
    document.title = "Collections and loads — Docket";
    renderArchive(el.archiveView, api.apiFetch, { navigate });
  }
}

async function openMention(kind, key, id, page) {
  try {
    const context = await sequences.mentionContext(kind, key);
    navigate(context.hashFor({ id, page }));
  } catch (error) {
    if (!tokenRefused(error)) navigate(views.docHash(id, page || 1, ""));
  }
}

async function showDocument(params) {
  state.docQ = params.get("q") || "";
  state.returnFocus = params.get("doc");
  const fromList = state.view === "results" || state.view === "entity";
  if (fromList) state.backViaHistory = true;
  let sequence = null;
  try {
    sequence = await sequences.follow(params, {
      fromResults: state.view === "results", response: state.response, search: state.search,
    });
  } catch (error) {
    if (tokenRefused(error)) return;
  }
  el.backLabel.textContent = sequence && sequence.back ? `Back to ${sequence.name}` : "Back to results";
  showView("doc");
  if (!state.resultsKey && !el.q.value) el.q.value = state.docQ;
  await Promise.all([viewer.show(params), codingPanel.show(params), redactionPanel.show(params)]);
}

function showView(view) {
  if (state.view === "results" && view !== "results") state.resultsScroll = el.resultsPane.scrollTop;
  const wasResults = state.view === "results";
  state.view = view;
  el.resultsView.hidden = view !== "results";
  el.docView.hidden = view !== "doc";
  el.entityView.hidden = view !== "entity";
  el.archiveView.hidden = view !== "archive";
  showCases(view === "cases");
  showReview(view === "review");
  showChronology(view === "chronology");
  showBundles(view === "bundles");
  showRedactionLog(view === "redactions");
  showProductions(view === "productions");
  document.body.dataset.view = view;
  if (view === "results" && !wasResults) el.resultsPane.scrollTop = state.resultsScroll;
}

function setBusy(busy) {
  el.progress.hidden = !busy;
  el.list.setAttribute("aria-busy", String(busy));
}

// --- token --------------------------------------------------------------------------------------

function askToken(message = "") {
  el.tokenError.textContent = message;
  el.tokenError.hidden = !message;
  el.tokenInput.value = "";
  if (!el.tokenDialog.open) el.tokenDialog.showModal();
  el.tokenInput.focus();
}

function tokenRefused(error) {
  if (error && error.status === 401) {
    askToken("The server refused the token (401). Enter a valid API token.");
    return true;
  }
  return false;
}

el.tokenForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = el.tokenInput.value.trim();
  if (!token) {
    el.tokenInput.focus();
    return;
  }
  auth.token = token;
  meLoading = null;
  collectionsLoading = null;
  el.tokenDialog.close();
  state.resultsKey = null;
  viewer.reset();
  route();
});

el.tokenDialog.addEventListener("cancel", (event) => {
  if (!auth.token) event.preventDefault(); // nothing works without one
});

el.changeToken.addEventListener("click", () => askToken());

// --- search ---------------------------------------------------------------------------------

function syncForm(search) {
  el.q.value = search.q;
  el.sort.value = search.sort;
  el.from.value = search.from;
  el.to.value = search.to;
  for (const input of [el.q, el.from, el.to]) input.removeAttribute("aria-invalid");
}

async function showSearch(params) {
  const search = parseSearch(params);
  if (!params.has("c")) search.collections = state.search.collections;
  const key = searchHash(search);
  state.search = search;
  state.lastSearchHash = key;
  state.backViaHistory = false;
  syncForm(search);
  showView("results");
  document.title = search.q ? `${search.q} — Docket` : "Docket";
  if (key !== state.resultsKey || !state.response) await runSearch(search, key);
  focusReturnedResult();
}

/** Back from the viewer: the focus goes to the result the document was opened from. */
function focusReturnedResult() {
  const id = state.returnFocus;
  state.returnFocus = null;
  const link = id && el.list.querySelector(`.hit[data-id="${CSS.escape(id)}"] .hit-title a`);
  if (link) link.focus({ preventScroll: false });
}

/** j/k (or the arrows, from a result) move the focus from result to result. */
function moveThroughResults(step) {
  const links = [...el.list.querySelectorAll(".hit-title a")];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement?.closest(".hit")?.querySelector(".hit-title a"));
  const next = links[at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step))];
  next.focus();
  next.closest(".hit").scrollIntoView({ block: "nearest" });
}

async function runSearch(search, key) {
  if (state.searchController) state.searchController.abort();
  const controller = new AbortController();
  state.searchController = controller;
  setBusy(true);
  el.searchError.hidden = true;
  el.suggestion.hidden = true;
  try {
    const response = await api.search(search, { signal: controller.signal });
    if (controller !== state.searchController) return;
    state.response = response;
    state.resultsKey = key;
    renderResults();
    el.resultsPane.scrollTop = 0;
    state.resultsScroll = 0;
  } catch (error) {
    if (error.name === "AbortError" || controller !== state.searchController) return;
    state.resultsKey = null;
    if (tokenRefused(error)) return;
    showSearchError(error, search);
  } finally {
    if (controller === state.searchController) setBusy(false);
  }
}

function searchCallbacks() {
  return {
    onToggle: (field, value, on) => setFilter(field, value, on),
    onExpand: (field) => {
      if (state.expanded.has(field)) state.expanded.delete(field);
      else state.expanded.add(field);
      renderFacetList();
      const button = el.facets.querySelector(`[data-facet="${field}"] .facet-more`);
      if (button) button.focus();
    },
    expanded: state.expanded,
  };
}

function renderFacetList() {
  views.renderFacets(el.facets, state.response ? state.response.facets : {}, state.search.filters,
    searchCallbacks());
}

function renderResults() {
  const { response, search } = state;
  for (const button of el.exportMenu.querySelectorAll(".needs-query")) button.hidden = !search.q;
  renderFacetList();
  renderChipsAndClear();
  views.renderSummary(el.summary, response, search);
  views.renderSuggestion(el.suggestion, response.suggestion, (q) => searchHash({ ...search, q, page: 1, cursor: "" }));
  views.renderHits(el.list, response.hits, search, {
    onEntity: (kind, value) => setFilter(kind, value, true),
    onTag: (tag) => setFilter("tag", tag, true),
    offset: views.offsetOf(response, search),
  });
  bulkCoding.render(response, search);
  views.renderPager(el.pager, response, search, {
    onPage: (page) => {
      navigate(searchHash({ ...search, page, cursor: "" }));
      el.list.focus({ preventScroll: true });
    },
    onCursor: (cursor) => {
      navigate(searchHash({ ...search, cursor }));
      el.list.focus({ preventScroll: true });
    },
    onBack: () => history.back(),
  });
}

function renderChipsAndClear() {
  const count = views.renderChips(el.chips, state.search, {
    onRemoveFilter: (field, value) => setFilter(field, value, false),
    onRemoveDate: (which) => navigate(searchHash({ ...state.search, [which]: "", page: 1, cursor: "" })),
  });
  el.clearFilters.hidden = count === 0;
}

/** No results on screen: an error never sits above the answer of an earlier search. */
function clearResults() {
  state.response = null;
  state.resultsKey = null;
  el.summary.replaceChildren();
  el.list.replaceChildren();
  el.facets.replaceChildren();
  el.suggestion.hidden = true;
  el.pager.hidden = true;
  renderChipsAndClear();
}

function showSearchError(error, search) {
  views.renderSearchError(el.searchError, error, search.q);
  clearResults();
  if (error.status === 400 && Number.isInteger(error.position)) {
    el.q.setAttribute("aria-invalid", "true");
    el.q.focus();
    const at = Math.min(error.position, el.q.value.length);
    el.q.setSelectionRange(at, at);
  }
}

function setFilter(field, value, on) {
  const search = structuredClone(state.search);
  const values = search.filters[field] || [];
  if (on && !values.includes(value)) values.push(value);
  search.filters[field] = on ? values : values.filter((v) => v !== value);
  if (!search.filters[field].length) delete search.filters[field];
  search.page = 1;
  search.cursor = "";
  navigate(searchHash(search));
}

el.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const search = structuredClone(state.search);
  search.q = el.q.value.trim();
  search.sort = el.sort.value;
  search.from = normaliseDate(el.from.value);
  search.to = normaliseDate(el.to.value);
  search.page = 1;
  search.cursor = "";
  const bad = [[el.from, search.from], [el.to, search.to]].filter(([, v]) => v === null);
  for (const input of [el.from, el.to]) input.removeAttribute("aria-invalid");
  if (bad.length) {
    for (const [input] of bad) input.setAttribute("aria-invalid", "true");
    showView("results");
    views.renderSearchError(el.searchError, {
      status: 0,
      detail: `${bad.map(([input]) => `'${input.value.trim()}'`).join(" and ")} is not a date (no such day in a real year): `
        + "write a day as 18/06/1997 or 1997-06-18, a month as 06/1997, or a year as 1997.",
    }, search.q);
    clearResults();
    bad[0][0].focus();
    return;
  }
  state.resultsKey = null; // an explicit search always asks the server again
  navigate(searchHash(search));
});

el.sort.addEventListener("change", () => el.form.requestSubmit());

$("brand").addEventListener("click", (event) => {
  event.preventDefault();
  state.resultsKey = null;
  navigate(searchHash({ ...defaultSearch(), collections: state.search.collections }));
  el.q.focus();
});

el.clearFilters.addEventListener("click", () => {
  navigate(searchHash({ ...state.search, filters: {}, from: "", to: "", page: 1, cursor: "" }));
});

// --- export and files --------------------------------------------------------------------

/** Hand a Blob to the browser as a download. */
function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function actionStatus(text, isError = false) {
  el.actionStatus.textContent = text;
  el.actionStatus.classList.toggle("alert", isError);
  el.actionStatus.hidden = !text;
}

for (const button of el.exportMenu.querySelectorAll("[data-format]")) {
  button.addEventListener("click", async () => {
    const format = button.dataset.format;
    const per = button.dataset.per || "document";
    el.exportMenu.open = false;
    const total = state.response ? state.response.total : 0;
    actionStatus(`Exporting ${total.toLocaleString("en-GB")} documents as ${format.toUpperCase()}…`);
    try {
      const { blob, filename } = await api.exportResults(state.search, format, per);
      saveBlob(blob, filename || `docket-export.${format}`);
      actionStatus(`Exported ${total.toLocaleString("en-GB")} documents as ${filename || format}.`);
    } catch (error) {
      if (tokenRefused(error)) return;
      const why = error.status === 403 ? "exports need the reviewer role" : error.detail;
      actionStatus(`The export failed: ${why}`, true);
    }
  });
}

// --- the viewer and saved searches --------------------------------------------------------

function backToResults() {
  if (state.backViaHistory) {
    history.back();
  } else if (sequences.current && sequences.current.back) {
    navigate(sequences.current.back);
  } else {
    navigate(state.lastSearchHash || searchHash({ ...defaultSearch(), q: state.docQ }));
  }
}

const viewer = createViewer({
  navigate, setBusy, tokenRefused, saveBlob,
  adjacent: sequences.adjacent, placeOf: sequences.placeOf,
  // Tags and stars show on hits and in the facets: the next results view asks again.
  annotationsChanged: () => { state.resultsKey = null; },
  pageShown: (doc, page, text) => redactionPanel.pageShown(doc, page, text),
});
const codingPanel = createCodingPanel({ navigate, tokenRefused });
const redactionPanel = createRedactionPanel({ tokenRefused, me: loadMe });
const bulkCoding = createBulkCoding({
  refresh: () => { state.resultsKey = null; route(); },
  mayCode: () => loadMe().then((me) => me.role !== "reader", () => false),
});
const searches = createSearches({
  current: () => state.search, hashOf: (search) => searchHash({ ...defaultSearch(), ...search }),
  navigate, tokenRefused,
});

el.back.addEventListener("click", backToResults);
el.toggleFilters.addEventListener("click", () => {
  const open = el.resultsView.classList.toggle("filters-open");
  el.toggleFilters.setAttribute("aria-expanded", String(open));
});
$("open-searches").addEventListener("click", () => searches.open());

// --- keyboard ---------------------------------------------------------------------------------

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (el.tokenDialog.open || document.querySelector("dialog[open]")) return;
  const typing = event.target instanceof Element
    && event.target.closest("input:not(.hit-select), textarea, select, [contenteditable='true']");
  if (typing) return;
  if (event.key === "/") {
    event.preventDefault();
    el.q.focus();
    el.q.select();
    return;
  }
  if (event.key === "?") {
    event.preventDefault();
    el.keysDialog.showModal();
    return;
  }
  if (state.view === "results") {
    const onResult = event.target instanceof Element && event.target.closest(".hit");
    const step = { j: 1, k: -1, ...(onResult ? { ArrowDown: 1, ArrowUp: -1 } : {}) }[event.key];
    if (step) {
      event.preventDefault();
      moveThroughResults(step);
    }
    return;
  }
  if (state.view !== "doc") return;
  if (event.key === "Escape") {
    event.preventDefault();
    backToResults();
  } else if (codingPanel.key(event) || viewer.key(event)) {
    event.preventDefault();
  }
});

window.addEventListener("hashchange", route);
installPassageAction();
route();
