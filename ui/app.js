// Docket's web page: the token, the URL fragment as the page's state, search and the viewer.
//
// Fragments:  #q=...&f=type:pdf&f=person:X&from=1997&to=1999&sort=date&page=2   (results)
//             #doc=ID&page=N&q=...                                                (viewer)
//             #token=...   (read once into sessionStorage, then removed from the address bar)

import * as api from "./api.js";
import { auth } from "./api.js";
import { h, plural, setMarked } from "./dom.js";
import * as views from "./views.js";

const $ = (id) => document.getElementById(id);
const el = {
  form: $("search-form"), q: $("q"), sort: $("sort"), from: $("date-from"), to: $("date-to"),
  progress: $("progress"), changeToken: $("change-token"),
  resultsView: $("results-view"), resultsPane: $("results-pane"), facets: $("facets"),
  clearFilters: $("clear-filters"), summary: $("summary"), chips: $("chips"),
  searchError: $("search-error"), list: $("results-list"), pager: $("pager"),
  docView: $("doc-view"), back: $("back"), docTitle: $("doc-title"), docSub: $("doc-sub"),
  download: $("download"), docError: $("doc-error"), citation: $("citation"),
  copyCitation: $("copy-citation"), pageForm: $("page-form"), prev: $("prev-page"),
  next: $("next-page"), pageInput: $("page-input"), pageCount: $("page-count"),
  ocr: $("ocr-badge"), pageHits: $("page-hits"), pageText: $("page-text"),
  meta: $("doc-meta"), duplicates: $("doc-duplicates"), entities: $("doc-entities"),
  tokenDialog: $("token-dialog"), tokenForm: $("token-form"), tokenInput: $("token-input"),
  tokenError: $("token-error"),
};

const PAGE_SIZES = [10, 20, 50, 100];
const SORTS = ["relevance", "date", "date_asc"];
const DEFAULT_SIZE = 20;

const state = {
  view: null,              // "results" | "doc"
  search: defaultSearch(),
  response: null,          // the last search answer shown
  resultsKey: null,        // the fragment those results belong to
  resultsScroll: 0,
  lastSearchHash: "",
  expanded: new Set(),     // facets showing all their values
  searchController: null,
  doc: null,               // metadata of the open document
  docPage: 1,
  docQ: "",
  docController: null,
  backViaHistory: false,   // the viewer was opened from the results, so Back is history.back()
};

function defaultSearch() {
  return { q: "", filters: {}, from: "", to: "", sort: "relevance", page: 1, size: DEFAULT_SIZE };
}

function positiveInt(value, fallback) {
  const number = Number.parseInt(value, 10);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
}

// --- the fragment -----------------------------------------------------------------------------

function parseSearch(params) {
  const search = defaultSearch();
  search.q = params.get("q") || "";
  for (const item of params.getAll("f")) {
    const colon = item.indexOf(":");
    const field = item.slice(0, colon);
    const value = item.slice(colon + 1);
    if (colon < 1 || !value || !views.FACET_LABEL[field]) continue;
    const values = (search.filters[field] ||= []);
    if (!values.includes(value)) values.push(value);
  }
  search.from = validDate(params.get("from") || "") ? params.get("from") || "" : "";
  search.to = validDate(params.get("to") || "") ? params.get("to") || "" : "";
  search.sort = SORTS.includes(params.get("sort")) ? params.get("sort") : "relevance";
  search.page = Math.min(positiveInt(params.get("page"), 1), 10000);
  const size = positiveInt(params.get("size"), DEFAULT_SIZE);
  search.size = PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
  return search;
}

function searchHash(search) {
  const params = new URLSearchParams();
  params.set("q", search.q);
  for (const [field] of views.FACETS) {
    for (const value of search.filters[field] || []) params.append("f", `${field}:${value}`);
  }
  if (search.from) params.set("from", search.from);
  if (search.to) params.set("to", search.to);
  if (search.sort !== "relevance") params.set("sort", search.sort);
  if (search.page > 1) params.set("page", String(search.page));
  if (search.size !== DEFAULT_SIZE) params.set("size", String(search.size));
  return `#${params}`;
}

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

async function route() {
  takeTokenFromUrl();
  if (!auth.token) {
    askToken();
    return;
  }
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has("doc")) await showDocument(params);
  else await showSearch(params);
}

function showView(view) {
  if (state.view === "results" && view !== "results") state.resultsScroll = el.resultsPane.scrollTop;
  const wasResults = state.view === "results";
  state.view = view;
  el.resultsView.hidden = view !== "results";
  el.docView.hidden = view !== "doc";
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
  el.tokenDialog.close();
  state.resultsKey = null;
  state.doc = null;
  route();
});

el.tokenDialog.addEventListener("cancel", (event) => {
  if (!auth.token) event.preventDefault(); // nothing works without one
});

el.changeToken.addEventListener("click", () => askToken());

// --- search ---------------------------------------------------------------------------------

/** A year, year-month or full date that exists in the calendar. */
function validDate(value) {
  if (!value) return true;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
  }
  return true;
}

function syncForm(search) {
  el.q.value = search.q;
  el.sort.value = search.sort;
  el.from.value = search.from;
  el.to.value = search.to;
  for (const input of [el.q, el.from, el.to]) input.removeAttribute("aria-invalid");
}

async function showSearch(params) {
  const search = parseSearch(params);
  const key = searchHash(search);
  state.search = search;
  state.lastSearchHash = key;
  state.backViaHistory = false;
  syncForm(search);
  showView("results");
  document.title = search.q ? `${search.q} — Docket` : "Docket";
  if (key === state.resultsKey && state.response) return;
  await runSearch(search, key);
}

async function runSearch(search, key) {
  if (state.searchController) state.searchController.abort();
  const controller = new AbortController();
  state.searchController = controller;
  setBusy(true);
  el.searchError.hidden = true;
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
  renderFacetList();
  renderChipsAndClear();
  views.renderSummary(el.summary, response, search);
  views.renderHits(el.list, response.hits, search, { onEntity: (kind, value) => setFilter(kind, value, true) });
  views.renderPager(el.pager, response.total, search, { onPage: (page) => {
    navigate(searchHash({ ...search, page }));
    el.list.focus({ preventScroll: true });
  } });
}

function renderChipsAndClear() {
  const count = views.renderChips(el.chips, state.search, {
    onRemoveFilter: (field, value) => setFilter(field, value, false),
    onRemoveDate: (which) => navigate(searchHash({ ...state.search, [which]: "", page: 1 })),
  });
  el.clearFilters.hidden = count === 0;
}

function showSearchError(error, search) {
  views.renderSearchError(el.searchError, error, search.q);
  el.summary.replaceChildren();
  el.list.replaceChildren();
  el.pager.hidden = true;
  renderChipsAndClear();
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
  navigate(searchHash(search));
}

el.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const search = structuredClone(state.search);
  search.q = el.q.value.trim();
  search.sort = el.sort.value;
  search.from = el.from.value.trim();
  search.to = el.to.value.trim();
  search.page = 1;
  const bad = [[el.from, search.from], [el.to, search.to]].filter(([, v]) => !validDate(v));
  for (const input of [el.from, el.to]) input.removeAttribute("aria-invalid");
  if (bad.length) {
    for (const [input] of bad) input.setAttribute("aria-invalid", "true");
    showView("results");
    views.renderSearchError(el.searchError, {
      status: 0,
      detail: "dates must be a real year, month or day written YYYY, YYYY-MM or YYYY-MM-DD.",
    }, search.q);
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
  navigate(searchHash(defaultSearch()));
  el.q.focus();
});

el.clearFilters.addEventListener("click", () => {
  navigate(searchHash({ ...state.search, filters: {}, from: "", to: "", page: 1 }));
});

// --- document viewer -----------------------------------------------------------------------

async function showDocument(params) {
  const id = params.get("doc");
  const requested = positiveInt(params.get("page"), 1);
  const q = params.get("q") || "";
  state.docQ = q;
  if (state.view === "results") state.backViaHistory = true;
  showView("doc");
  if (!state.resultsKey && !el.q.value) el.q.value = q;

  if (state.docController) state.docController.abort();
  const controller = new AbortController();
  state.docController = controller;
  const signal = controller.signal;
  setBusy(true);
  el.docError.hidden = true;
  try {
    if (!state.doc || state.doc.id !== id) {
      const doc = await api.getDocument(id, { signal });
      if (controller !== state.docController) return;
      state.doc = doc;
      state.docPage = requested;
      renderDocument(doc);
    }
    const doc = state.doc;
    const pageCount = doc.page_count || 1;
    if (requested > pageCount) {
      navigate(views.docHash(id, pageCount, q), { replace: true });
      return;
    }
    const page = await api.getPage(id, requested, q, { signal });
    if (controller !== state.docController) return;
    state.docPage = requested;
    renderPage(doc, page);
  } catch (error) {
    if (error.name === "AbortError" || controller !== state.docController) return;
    if (tokenRefused(error)) return;
    el.docError.replaceChildren(h("p", {}, h("strong", {}, "The document could not be opened: "), error.detail));
    el.docError.hidden = false;
  } finally {
    if (controller === state.docController) setBusy(false);
  }
}

function renderDocument(doc) {
  views.renderDocHeader(el.docTitle, el.docSub, doc);
  views.renderMeta(el.meta, doc);
  views.renderDuplicates(el.duplicates, doc);
  views.renderEntities(el.entities, doc.entities || [], state.docPage, { onPage: goToPage });
  el.download.disabled = false;
}

function renderPage(doc, page) {
  const count = page.page_count || doc.page_count || 1;
  el.citation.textContent = page.citation;
  el.pageInput.value = String(page.page);
  el.pageInput.max = String(count);
  el.pageCount.textContent = `of ${count}`;
  el.prev.disabled = page.page <= 1;
  el.next.disabled = page.page >= count;
  const ocr = views.ocrLabel(page);
  el.ocr.textContent = ocr ? ocr[0] : "";
  el.ocr.title = ocr ? ocr[1] : "";
  el.ocr.hidden = !ocr;
  if (state.docQ) {
    el.pageHits.textContent = page.hits ? `${plural(page.hits, "hit")} on this page` : "No hits on this page";
    el.pageHits.classList.toggle("is-zero", !page.hits);
  } else {
    el.pageHits.textContent = "";
  }
  setMarked(el.pageText, page.html);
  if (!el.pageText.textContent.trim()) {
    el.pageText.replaceChildren(h("em", { class: "muted" }, "No text was extracted from this page."));
  }
  views.markCurrentPage(el.entities, page.page);
  document.title = `${page.citation} — Docket`;
  el.pageText.scrollTop = 0;
  const first = el.pageText.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}

function goToPage(number) {
  if (!state.doc) return;
  const page = Math.min(Math.max(1, number), state.doc.page_count || 1);
  el.pageInput.value = String(page);
  const hash = views.docHash(state.doc.id, page, state.docQ);
  if (hash !== location.hash) navigate(hash, { replace: true });
}

function backToResults() {
  if (state.backViaHistory) {
    history.back();
  } else {
    navigate(state.lastSearchHash || searchHash({ ...defaultSearch(), q: state.docQ }));
  }
}

el.back.addEventListener("click", backToResults);
el.prev.addEventListener("click", () => goToPage(state.docPage - 1));
el.next.addEventListener("click", () => goToPage(state.docPage + 1));
const pageFromInput = () => goToPage(positiveInt(el.pageInput.value, state.docPage));
el.pageForm.addEventListener("submit", (event) => {
  event.preventDefault();
  pageFromInput();
});
el.pageInput.addEventListener("change", pageFromInput);

el.copyCitation.addEventListener("click", async () => {
  const text = el.citation.textContent;
  try {
    await navigator.clipboard.writeText(text);
    el.copyCitation.textContent = "Copied";
  } catch {
    const range = document.createRange();
    range.selectNodeContents(el.citation);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    el.copyCitation.textContent = "Selected";
  }
  setTimeout(() => { el.copyCitation.textContent = "Copy"; }, 1500);
});

el.download.addEventListener("click", async () => {
  const doc = state.doc;
  if (!doc) return;
  el.download.disabled = true;
  el.download.textContent = "Downloading…";
  try {
    const { blob, filename } = await api.getFile(doc.id);
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: filename || doc.filename || doc.control || "original", hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    if (!tokenRefused(error)) {
      el.docError.replaceChildren(h("p", {}, h("strong", {}, "The original could not be downloaded: "), error.detail));
      el.docError.hidden = false;
    }
  } finally {
    el.download.disabled = false;
    el.download.textContent = "Download original";
  }
});

// --- keyboard ---------------------------------------------------------------------------------

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (el.tokenDialog.open) return;
  const typing = event.target instanceof Element
    && event.target.closest("input, textarea, select, [contenteditable='true']");
  if (typing) return;
  if (event.key === "/") {
    event.preventDefault();
    el.q.focus();
    el.q.select();
    return;
  }
  if (state.view !== "doc") return;
  if (event.key === "j" || event.key === "ArrowRight") {
    event.preventDefault();
    goToPage(state.docPage + 1);
  } else if (event.key === "k" || event.key === "ArrowLeft") {
    event.preventDefault();
    goToPage(state.docPage - 1);
  } else if (event.key === "Escape") {
    event.preventDefault();
    backToResults();
  }
});

window.addEventListener("hashchange", route);
route();
