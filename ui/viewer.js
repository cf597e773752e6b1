// The document viewer: page text with hits marked, stepping page to page and hit to hit (across
// pages), the original shown inline (PDF and images), the document's details and family, and the
// caller's star, tags and notes.
//
// Hit navigation: the server marks each matching word; adjacent marks ("<mark>Ray</mark>
// <mark>Stokes</mark>") are one hit. `/api/documents/{id}/hits?q=` lists the pages holding hits,
// so Next hit on the last hit of a page opens the next page with hits at its first hit.

import * as api from "./api.js";
import { linkReferences } from "./bundles.js";
import * as docviews from "./docviews.js";
import { h, plural, setMarked } from "./dom.js";

const INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp))\b/;

export function createViewer(ctx) {
  const $ = (id) => document.getElementById(id);
  const el = {
    docTitle: $("doc-title"), docSub: $("doc-sub"), download: $("download"), docError: $("doc-error"),
    citation: $("citation"), copyCitation: $("copy-citation"), pageForm: $("page-form"),
    prev: $("prev-page"), next: $("next-page"), pageInput: $("page-input"), pageCount: $("page-count"),
    ocr: $("ocr-badge"), pageHits: $("page-hits"), pageText: $("page-text"), meta: $("doc-meta"),
    duplicates: $("doc-duplicates"), entities: $("doc-entities"), family: $("doc-family"),
    hitNav: document.querySelector(".hit-nav"), prevHit: $("prev-hit"), nextHit: $("next-hit"),
    hitStatus: $("hit-status"), docNav: document.querySelector(".doc-nav"), prevDoc: $("prev-doc"),
    nextDoc: $("next-doc"), docStatus: $("doc-status"), toggleOriginal: $("toggle-original"), original: $("original-pane"),
    star: $("star-toggle"), tags: $("doc-tags"), tagForm: $("tag-form"), tagInput: $("tag-input"),
    tagOptions: $("tag-options"), notes: $("doc-notes"), noteForm: $("note-form"),
    noteInput: $("note-input"), annotationError: $("annotation-error"),
  };
  const state = {
    doc: null, page: 1, q: "", controller: null, loading: false,
    hitPages: [], hitPagesKey: "", hits: [], hit: -1, landOn: "first",
    showOriginal: false, originalUrl: null, originalType: "", originalPage: null,
  };

  // --- opening a document and a page ------------------------------------------------------

  async function show(params) {
    const id = params.get("doc");
    const requested = Math.max(1, Number.parseInt(params.get("page"), 10) || 1);
    state.q = params.get("q") || "";
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    const { signal } = controller;
    ctx.setBusy(true);
    state.loading = true;
    el.docError.hidden = true;
    try {
      if (!state.doc || state.doc.id !== id) {
        annotationsReady(false);
        const doc = await api.getDocument(id, { signal });
        if (controller !== state.controller) return;
        closeOriginal();
        state.doc = doc;
        annotationsReady(true);
        state.page = requested;
        state.hitPagesKey = "";
        renderDocument(doc);
        loadAnnotations(doc.id);
      }
      const doc = state.doc;
      const pageCount = doc.page_count || 1;
      if (requested > pageCount) {
        ctx.navigate(docviews.docHash(id, pageCount, state.q), { replace: true });
        return;
      }
      const key = `${id}\n${state.q}`;
      const [page] = await Promise.all([
        api.getPage(id, requested, state.q, { signal }),
        state.hitPagesKey === key ? null : loadHitPages(id, state.q, key, signal),
      ]);
      if (controller !== state.controller) return;
      state.page = requested;
      renderPage(doc, page);
    } catch (error) {
      if (error.name === "AbortError" || controller !== state.controller) return;
      if (ctx.tokenRefused(error)) return;
      el.docError.replaceChildren(h("p", {}, h("strong", {}, "The document could not be opened: "), error.detail));
      el.docError.hidden = false;
    } finally {
      if (controller === state.controller) {
        ctx.setBusy(false);
        state.loading = false;
      }
    }
  }

  async function loadHitPages(id, q, key, signal) {
    state.hitPages = q ? (await api.hitPages(id, q, { signal })).pages : [];
    state.hitPagesKey = key;
  }

  function renderDocument(doc) {
    docviews.renderDocHeader(el.docTitle, el.docSub, doc);
    docviews.renderMeta(el.meta, doc);
    docviews.renderDuplicates(el.duplicates, doc);
    docviews.renderFamily(el.family, doc, state.q);
    docviews.renderEntities(el.entities, doc.entities || [], state.page, { onPage: goToPage });
    el.download.disabled = false;
    el.toggleOriginal.hidden = !INLINE.test(doc.mime || "");
  }

  function renderPage(doc, page) {
    const count = page.page_count || doc.page_count || 1;
    el.citation.textContent = page.citation;
    el.pageInput.value = String(page.page);
    el.pageInput.max = String(count);
    el.pageCount.textContent = `of ${count}`;
    el.prev.disabled = page.page <= 1;
    el.next.disabled = page.page >= count;
    const ocr = docviews.ocrLabel(page);
    el.ocr.textContent = ocr ? ocr[0] : "";
    el.ocr.title = ocr ? ocr[1] : "";
    el.ocr.hidden = !ocr;
    setMarked(el.pageText, page.html);
    if (!el.pageText.textContent.trim()) {
      el.pageText.replaceChildren(h("em", { class: "muted" }, "No text was extracted from this page."));
    }
    docviews.markCurrentPage(el.entities, page.page);
    document.title = `${page.citation} — Docket`;
    el.pageText.scrollTop = 0;
    state.hits = groupHits(el.pageText);
    // One count of hits on the page: the hits the arrows step through (a phrase is one hit,
    // however many words the server marked in it).
    const hits = state.hits.length;
    el.pageHits.textContent = !state.q ? "" : hits ? `${plural(hits, "hit")} on this page` : "No hits on this page";
    el.pageHits.classList.toggle("is-zero", Boolean(state.q) && !hits);
    const land = state.landOn;
    state.landOn = "first";
    selectHit(state.hits.length ? (land === "last" ? state.hits.length - 1 : 0) : -1);
    if (state.showOriginal) showOriginalPage();
    ctx.pageShown?.(doc, page, el.pageText);
  }

  function goToPage(number, landOn = "first") {
    if (!state.doc) return;
    const page = Math.min(Math.max(1, number), state.doc.page_count || 1);
    el.pageInput.value = String(page);
    state.landOn = landOn;
    // The rest of the fragment stays: an entity's mentions being stepped through, say.
    const params = new URLSearchParams(location.hash.slice(1));
    params.set("page", String(page));
    const hash = `#${params}`;
    if (hash !== location.hash) ctx.navigate(hash, { replace: true });
  }

  // --- hit to hit -------------------------------------------------------------------------

  /** The marks of the page, adjacent ones (only spaces between) taken together as one hit. */
  function groupHits(container) {
    const groups = [];
    let previous = null;
    for (const mark of container.querySelectorAll("mark")) {
      const between = previous && previous.nextSibling;
      const joined = previous && (between === mark
        || (between && between.nodeType === Node.TEXT_NODE && !between.textContent.trim() && between.nextSibling === mark));
      if (joined) groups[groups.length - 1].push(mark);
      else groups.push([mark]);
      previous = mark;
    }
    return groups;
  }

  function selectHit(index) {
    for (const mark of el.pageText.querySelectorAll("mark.hit-current")) mark.classList.remove("hit-current");
    state.hit = index;
    const group = state.hits[index];
    if (group) {
      for (const mark of group) mark.classList.add("hit-current");
      group[0].scrollIntoView({ block: "center" });
    }
    renderHitNav();
  }

  function laterHitPage() {
    return state.hitPages.find((p) => p > state.page);
  }

  function earlierHitPage() {
    return [...state.hitPages].reverse().find((p) => p < state.page);
  }

  function renderHitNav() {
    renderDocNav();
    el.hitNav.hidden = !state.q;
    if (!state.q) return;
    const pagesWithHits = state.hitPages.length;
    const here = state.hits.length
      ? `Hit ${state.hit + 1} of ${state.hits.length} on this page`
      : "No hits on this page";
    el.hitStatus.textContent = `${here} · ${plural(pagesWithHits, "page")} with hits`;
    const next = ctx.adjacent(state.doc.id, 1);
    const previous = ctx.adjacent(state.doc.id, -1);
    el.nextHit.disabled = !(state.hit < state.hits.length - 1 || laterHitPage() || next);
    el.prevHit.disabled = !(state.hit > 0 || earlierHitPage() || previous);
  }

  /** Previous and next document of the list the document was opened from (the results, or
   * an entity's mentions), with where this one stands in it. */
  function renderDocNav() {
    const place = state.doc ? ctx.placeOf(state.doc.id) : null;
    el.docNav.hidden = !place;
    if (!place) return;
    el.docStatus.textContent = `${place.label} ${place.index + 1} of ${place.count}`;
    el.prevDoc.disabled = place.index <= 0;
    el.nextDoc.disabled = place.index >= place.count - 1;
  }

  function openAdjacent(step) {
    const target = state.doc && ctx.adjacent(state.doc.id, step);
    if (target) ctx.navigate(target.hash, { replace: true });
  }

  /** On past the last hit of the document: the first hit of the next document in the list. */
  function nextHit() {
    if (state.loading) return; // the hits on screen are not those of the page on its way
    if (state.hit < state.hits.length - 1) selectHit(state.hit + 1);
    else if (laterHitPage()) goToPage(laterHitPage(), "first");
    else openAdjacent(1);
  }

  function previousHit() {
    if (state.loading) return;
    if (state.hit > 0) selectHit(state.hit - 1);
    else if (earlierHitPage()) goToPage(earlierHitPage(), "last");
    else openAdjacent(-1);
  }

  // --- the original ------------------------------------------------------------------------

  /** The page whose own file is the original (a scan filed one page per file), else null. */
  function filePage() {
    return state.doc.scan_files?.length ? state.page : null;
  }

  async function originalUrl() {
    const page = filePage();
    if (!state.originalUrl || state.originalPage !== page) {
      const { blob, type } = await api.getFile(state.doc.id, page);
      if (state.originalUrl) URL.revokeObjectURL(state.originalUrl);
      state.originalType = (type || blob.type || "").split(";")[0];
      state.originalUrl = URL.createObjectURL(blob);
      state.originalPage = page;
    }
    return state.originalUrl;
  }

  async function showOriginalPage() {
    const doc = state.doc;
    try {
      const url = await originalUrl();
      if (doc !== state.doc || !state.showOriginal) return;
      if (state.originalType === "application/pdf") {
        // A new src per page: the PDF viewer opens at #page=N.
        el.original.replaceChildren(h("iframe", {
          class: "original-frame", src: `${url}#page=${state.page}`, title: `Original file, page ${state.page}`,
        }));
      } else if (el.original.querySelector("img")?.getAttribute("src") !== url) {
        el.original.replaceChildren(h("img", { class: "original-image", src: url, alt: `Original of ${doc.control || doc.id}` }));
      }
    } catch (error) {
      if (ctx.tokenRefused(error)) return;
      el.original.replaceChildren(h("p", { class: "alert" }, `The original could not be shown: ${error.detail}`));
    }
  }

  function setOriginal(on) {
    state.showOriginal = on;
    el.toggleOriginal.setAttribute("aria-pressed", String(on));
    el.toggleOriginal.textContent = on ? "Show text" : "Show original";
    el.original.hidden = !on;
    el.pageText.hidden = on;
    if (on) showOriginalPage();
  }

  function closeOriginal() {
    if (state.originalUrl) URL.revokeObjectURL(state.originalUrl);
    state.originalUrl = null;
    el.original.replaceChildren();
    setOriginal(false);
  }

  // --- star, tags and notes ----------------------------------------------------------------

  function annotationError(error) {
    if (!error) {
      el.annotationError.hidden = true;
      return;
    }
    if (ctx.tokenRefused(error)) return;
    const why = error.status === 403 ? "your role may read but not annotate" : error.detail;
    el.annotationError.textContent = `Could not save: ${why}`;
    el.annotationError.hidden = false;
  }

  function renderStar(on) {
    el.star.setAttribute("aria-pressed", String(on));
    el.star.querySelector(".star-icon").textContent = on ? "★" : "☆";
    el.star.querySelector(".star-label").textContent = on ? "Starred" : "Star";
  }

  function renderTagList(tags) {
    docviews.renderTags(el.tags, tags, { onRemove: (tag) => annotate(() => api.removeTag(state.doc.id, tag), (r) => renderTagList(r.tags)) });
  }

  function renderNoteList(notes) {
    docviews.renderNotes(el.notes, notes, {
      onPage: (page) => goToPage(page),
      onDelete: (noteId) => annotate(() => api.deleteNote(state.doc.id, noteId), () => refreshNotes()),
    });
    linkReferences(el.notes); // {A/2/5} and {MPS000123/4} in a note become links
  }

  // Until a document is loaded its star, tags and notes have nowhere to go: a click then was
  // dropped without a word, and a note typed while a slow document loaded was lost.
  function annotationsReady(ready) {
    for (const control of [el.star, el.tagForm.querySelector("button"), el.noteForm.querySelector("button")]) {
      control.disabled = !ready;
    }
  }

  async function refreshNotes() {
    renderNoteList(await api.getNotes(state.doc.id));
  }

  // Counts the star, tag and note changes saved while this viewer is open: a load that started
  // before a change was saved holds the old state and must not paint over the change.
  let annotationsSaved = 0;

  async function annotate(action, then) {
    const doc = state.doc;
    try {
      const result = await action();
      annotationsSaved += 1;
      annotationError(null);
      if (doc === state.doc) await then(result);
      ctx.annotationsChanged();
    } catch (error) {
      annotationError(error);
    }
  }

  async function loadAnnotations(id) {
    annotationError(null);
    renderStar(false);
    el.tags.replaceChildren();
    el.notes.replaceChildren();
    await paintAnnotations(id);
  }

  async function paintAnnotations(id) {
    const savedBefore = annotationsSaved;
    try {
      const [star, tags, notes, mine] = await Promise.all([
        api.getStar(id), api.getTags(id), api.getNotes(id), api.myTags()]);
      if (!state.doc || state.doc.id !== id) return;
      if (annotationsSaved !== savedBefore) return paintAnnotations(id);
      renderStar(star.starred);
      renderTagList(tags.tags);
      renderNoteList(notes);
      el.tagOptions.replaceChildren(...mine.map((t) => h("option", { value: t.tag })));
    } catch (error) {
      if (!ctx.tokenRefused(error)) annotationError(error);
    }
  }

  el.star.addEventListener("click", () => {
    const on = el.star.getAttribute("aria-pressed") !== "true";
    annotate(() => api.setStar(state.doc.id, on), (r) => renderStar(r.starred));
  });

  el.tagForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const tag = el.tagInput.value.trim();
    if (!tag || !state.doc) return;
    annotate(() => api.addTag(state.doc.id, tag), (r) => {
      el.tagInput.value = "";
      renderTagList(r.tags);
    });
  });

  el.noteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = el.noteInput.value.trim();
    if (!text || !state.doc) return;
    annotate(() => api.addNote(state.doc.id, text, state.page), () => {
      el.noteInput.value = "";
      return refreshNotes();
    });
  });

  // --- controls ----------------------------------------------------------------------------

  el.prev.addEventListener("click", () => goToPage(state.page - 1));
  el.next.addEventListener("click", () => goToPage(state.page + 1));
  el.prevHit.addEventListener("click", previousHit);
  el.nextHit.addEventListener("click", nextHit);
  el.prevDoc.addEventListener("click", () => openAdjacent(-1));
  el.nextDoc.addEventListener("click", () => openAdjacent(1));
  el.toggleOriginal.addEventListener("click", () => setOriginal(!state.showOriginal));
  const pageFromInput = () => goToPage(Number.parseInt(el.pageInput.value, 10) || state.page);
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
      const { blob, filename } = await api.getFile(doc.id, filePage());
      ctx.saveBlob(blob, filename || doc.filename || doc.control || "original");
    } catch (error) {
      if (!ctx.tokenRefused(error)) {
        el.docError.replaceChildren(h("p", {}, h("strong", {}, "The original could not be downloaded: "), error.detail));
        el.docError.hidden = false;
      }
    } finally {
      el.download.disabled = false;
      el.download.textContent = "Download original";
    }
  });

  /** Keys of the viewer; true when the key was used. */
  function key(event) {
    const keys = {
      j: () => goToPage(state.page + 1), ArrowRight: () => goToPage(state.page + 1),
      k: () => goToPage(state.page - 1), ArrowLeft: () => goToPage(state.page - 1),
      n: nextHit, p: previousHit, N: () => openAdjacent(1), P: () => openAdjacent(-1),
    };
    const action = keys[event.key];
    if (action) action();
    return Boolean(action);
  }

  return {
    show, key, refreshNav: renderHitNav,
    reset() {
      closeOriginal();
      state.doc = null;
      annotationsReady(false);
    },
  };
}
