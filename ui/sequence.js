// The documents the viewer steps through with Previous/Next document: the results a document was
// opened from, or an entity's mentions when it was opened from an entity page (#doc=...&mkind=
// KIND&mkey=KEY), or a review batch (#doc=...&batch=ID&pos=N: coding.js). A sequence is {label,
// items: [{id, page}], hashFor(item)}; an entity's and a batch's also carry a name and the
// fragment Back returns to (`back`), and an entity's the query that marks its written forms.

import { docHash, entityHash } from "./docviews.js";

/**
 * The viewer's sequences. `namesFetch(path)` asks the linked-names API (narrowed to the chosen
 * collections), and `collections()` names those collections, so that a cached entity's
 * mentions are asked again when the switcher changes.
 */
export function createSequences({ namesFetch, collections, batchSequence }) {
  let current = null;
  const mentions = new Map(); // "kind\nkey\ncollections" -> an entity's mentions as a sequence

  /** An entity's mentions as a sequence for the viewer: its written forms as the query that marks
   * them, and its documents in the entity page's order, each at its first mentioning page. */
  async function mentionContext(kind, key) {
    const cacheKey = `${kind}\n${key}\n${collections().join("\n")}`;
    if (!mentions.has(cacheKey)) {
      const path = `/api/entities/${encodeURIComponent(kind)}/${key.split("/").map(encodeURIComponent).join("/")}`;
      const page = await namesFetch(`${path}?size=500`);
      const forms = [...new Set([...page.variants.map((v) => v.text), ...page.mentions.map((m) => m.text)]
        .map((text) => text.replace(/["\\]/g, " ").trim()).filter(Boolean))];
      const items = [];
      for (const mention of page.mentions) {
        if (!items.some((item) => item.id === mention.document_id)) items.push({ id: mention.document_id, page: mention.page });
      }
      const q = forms.map((form) => `"${form}"`).join(" OR ");
      mentions.set(cacheKey, {
        label: "Document", name: page.text, q, items, back: entityHash(kind, key),
        hashFor: (item) => `${docHash(item.id, item.page, q)}&${new URLSearchParams({ mkind: kind, mkey: key })}`,
      });
    }
    return mentions.get(cacheKey);
  }

  /** The results shown as a sequence: each hit at the page of its first snippet. */
  function resultsSequence(response, search) {
    if (!response || !response.hits.length) return null;
    const items = response.hits.map((hit) => ({ id: hit.id, page: search.q && hit.snippets.length ? hit.snippets[0].page : 1 }));
    return { label: "Result", items, hashFor: (item) => docHash(item.id, item.page, search.q) };
  }

  /**
   * Choose the sequence for a document about to open: the entity's mentions or the review batch
   * it names, else the results when it was opened from them (or when no results sequence is
   * being followed), else the one already followed. A failed look-up leaves none, and is thrown on.
   */
  async function follow(params, { fromResults, response, search }) {
    if (params.has("mkind") || params.has("batch")) {
      try {
        current = params.has("batch") ? await batchSequence(params)
          : await mentionContext(params.get("mkind"), params.get("mkey") || "");
      } catch (error) {
        current = null;
        throw error;
      }
    } else if (fromResults || !current || current.back) {
      current = resultsSequence(response, search);
    }
    return current;
  }

  /** Where a document sits in the followed sequence, or null when it is not in it. */
  function placeOf(id) {
    const index = current ? current.items.findIndex((item) => item.id === id) : -1;
    return index < 0 ? null : { label: current.label, index, count: current.items.length };
  }

  /** The document `step` places from `id` in the followed sequence, with its fragment. */
  function adjacent(id, step) {
    const place = placeOf(id);
    const item = place && current.items[place.index + step];
    return item ? { ...item, hash: current.hashFor(item) } : null;
  }

  return {
    mentionContext, follow, placeOf, adjacent,
    /** The sequence being followed (null when none). */
    get current() { return current; },
  };
}
