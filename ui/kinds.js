// The entity kinds Docket knows, as `GET /api/entity-kinds` serves them from the server's
// registry (search/entity_kinds): names, labels and behaviour, in display order. They are
// fetched once per page load; the views read them through the functions here, so that no kind
// and no label is written a second time in the UI.

let kinds = [];
let loading = null;

/** Fetch the kinds once; later calls share the answer, and a failed fetch is tried again. */
export function loadEntityKinds(apiFetch) {
  if (!loading) {
    loading = apiFetch("/api/entity-kinds").then(
      (answer) => { kinds = answer; return answer; },
      (error) => { loading = null; throw error; });
  }
  return loading;
}

const find = (name) => kinds.find((kind) => kind.name === name);
const capitalised = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/** Every kind, in display order. */
export const entityKinds = () => kinds;
/** The kinds offered in the look-up form (not dates: too many to look one up). */
export const lookupKinds = () => kinds.filter((kind) => kind.lookup);
/** The kinds a document carries as facets of their own (chips on a hit). */
export const facetKinds = () => kinds.filter((kind) => kind.facet);
/** One entity of the kind ("Phone"); the bare name for a kind the server did not list. */
export const kindLabel = (name) => (find(name) || { label: name }).label;
/** A list of them ("Phone numbers"). */
export const kindPlural = (name) => (find(name) || { plural: capitalised(name) }).plural;
/** Listed open on a document: the kinds one looks up (dates start folded). */
export const listedOpen = (name) => (find(name) || { lookup: true }).lookup;
