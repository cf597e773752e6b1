// The Docket API client: the bearer token and the calls the page makes.

const TOKEN_KEY = "docket.token";

export class ApiError extends Error {
  constructor(status, detail, position = null) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.position = position;
  }
}

export const auth = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  },
  set token(value) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** The message of an error body: FastAPI's `detail` is a string, or a list for 422s. */
function describe(body, fallback) {
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((item) => {
        const where = Array.isArray(item.loc) ? item.loc.filter((l) => l !== "query" && l !== "body").join(".") : "";
        return where ? `${where}: ${item.msg}` : item.msg;
      })
      .join("; ");
  }
  return fallback;
}

async function request(path, options = {}) {
  const { signal, method = "GET", body } = options;
  const sent = auth.token;
  const headers = { Accept: "application/json" };
  if (sent) headers.Authorization = `Bearer ${sent}`;
  // Objects go as JSON; a FormData (file upload) or a string (CSV) goes as it is.
  const asJson = body !== undefined && !(body instanceof FormData) && typeof body !== "string";
  if (asJson) headers["Content-Type"] = "application/json";
  else if (typeof body === "string") headers["Content-Type"] = "text/csv";
  let response;
  try {
    response = await fetch(path, {
      method, headers, signal, cache: "no-store", body: asJson ? JSON.stringify(body) : body,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "the server could not be reached");
  }
  if (response.ok) return response;
  // A refusal of a token the user has since replaced says nothing about the new one: ask again
  // with it, rather than wiping it and asking the user for a token they have just given.
  if (response.status === 401 && auth.token && auth.token !== sent) return request(path, options);
  let answer = null;
  try {
    answer = await response.json();
  } catch {
    answer = null;
  }
  const detail = describe(answer, `${response.status} ${response.statusText}`.trim());
  if (response.status === 401) auth.token = "";
  throw new ApiError(response.status, detail, answer && Number.isInteger(answer.position) ? answer.position : null);
}

/** The JSON answer of any API call, or the Response itself with `raw` (downloads). The calling
 * convention of entities.js (the linked-names views). */
export async function apiFetch(path, { method = "GET", body, raw = false } = {}) {
  const response = await request(path, { method, body });
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

async function json(path, options) {
  const response = await request(path, options);
  return response.status === 204 ? null : response.json();
}

const enc = encodeURIComponent;

/** The query string of a search: q, collections, filters {field: [values]}, from, to, sort. */
export function searchParams(params) {
  const query = new URLSearchParams();
  query.set("q", params.q || "");
  for (const name of params.collections || []) query.append("collection", name);
  for (const [field, values] of Object.entries(params.filters || {})) {
    for (const value of values) query.append("filter", `${field}:${value}`);
  }
  if (params.from) query.set("date_from", params.from);
  if (params.to) query.set("date_to", params.to);
  query.set("sort", params.sort || "relevance");
  return query;
}

/** `GET /api/search`: a page by number, or the page after a `cursor` (deep paging). */
export function search(params, options) {
  const query = searchParams(params);
  if (params.cursor) query.set("cursor", params.cursor);
  else query.set("page", String(params.page || 1));
  query.set("size", String(params.size || 20));
  return json(`/api/search?${query}`, options);
}

/** `GET /api/fields`: the document fields and the sidebar's facets, as the server declares them. */
export function fields(options) {
  return json("/api/fields", options);
}

/** `GET /api/collections`: the collections the caller may see. */
export function collections(options) {
  return json("/api/collections", options);
}

/** `GET /api/me`: the token's user, role and grants. */
export function me(options) {
  return json("/api/me", options);
}

export function getDocument(id, options) {
  return json(`/api/documents/${enc(id)}`, options);
}

export function getPage(id, page, q, options) {
  const query = q ? `?q=${enc(q)}` : "";
  return json(`/api/documents/${enc(id)}/pages/${enc(page)}${query}`, options);
}

/** The pages of a document holding hits of q, in order. */
export function hitPages(id, q, options) {
  return json(`/api/documents/${enc(id)}/hits?q=${enc(q)}`, options);
}

export function filenameOf(response) {
  const disposition = response.headers.get("Content-Disposition") || "";
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  try {
    return star ? decodeURIComponent(star[1].trim()) : plain ? plain[1].trim() : "";
  } catch {
    return plain ? plain[1].trim() : "";
  }
}

/** The original file as a Blob, with the file name the server suggests; for a scan filed one
 * page per file, the file of `page`. */
export async function getFile(id, page) {
  const query = page ? `?page=${enc(page)}` : "";
  const response = await request(`/api/documents/${enc(id)}/file${query}`);
  return { blob: await response.blob(), filename: filenameOf(response), type: response.headers.get("Content-Type") || "" };
}

/** `GET /api/export` of a search as csv, json or zip: a Blob and its file name. */
export async function exportResults(params, format, per = "document") {
  const query = searchParams(params);
  query.set("format", format);
  if (per !== "document") query.set("per", per);
  const response = await request(`/api/export?${query}`);
  return { blob: await response.blob(), filename: filenameOf(response) };
}

// --- annotations ---------------------------------------------------------------------------

export const getTags = (id) => json(`/api/documents/${enc(id)}/tags`);
export const addTag = (id, tag) => json(`/api/documents/${enc(id)}/tags`, { method: "POST", body: { tag } });
export const removeTag = (id, tag) => json(`/api/documents/${enc(id)}/tags/${enc(tag)}`, { method: "DELETE" });
export const myTags = () => json("/api/tags");
export const getStar = (id) => json(`/api/documents/${enc(id)}/star`);
export const setStar = (id, on) => json(`/api/documents/${enc(id)}/star`, { method: on ? "PUT" : "DELETE" });
export const getNotes = (id) => json(`/api/documents/${enc(id)}/notes`);
export const addNote = (id, text, page) => json(`/api/documents/${enc(id)}/notes`, { method: "POST", body: { text, page } });
export const deleteNote = (id, noteId) => json(`/api/documents/${enc(id)}/notes/${enc(noteId)}`, { method: "DELETE" });
export const savedSearches = () => json("/api/saved-searches");
export const saveSearch = (body) => json("/api/saved-searches", { method: "POST", body });
export const deleteSavedSearch = (id) => json(`/api/saved-searches/${enc(id)}`, { method: "DELETE" });
export const searchHistory = () => json("/api/search-history");
export const clearHistory = () => json("/api/search-history", { method: "DELETE" });
