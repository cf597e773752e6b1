// The Docket API client: the bearer token and the JSON calls the page makes.

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
        const where = Array.isArray(item.loc) ? item.loc.filter((l) => l !== "query").join(".") : "";
        return where ? `${where}: ${item.msg}` : item.msg;
      })
      .join("; ");
  }
  return fallback;
}

async function request(path, { signal } = {}) {
  const headers = { Accept: "application/json" };
  if (auth.token) headers.Authorization = `Bearer ${auth.token}`;
  let response;
  try {
    response = await fetch(path, { headers, signal, cache: "no-store" });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "the server could not be reached");
  }
  if (response.ok) return response;
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const detail = describe(body, `${response.status} ${response.statusText}`.trim());
  if (response.status === 401) auth.token = "";
  throw new ApiError(response.status, detail, body && Number.isInteger(body.position) ? body.position : null);
}

async function json(path, options) {
  return (await request(path, options)).json();
}

const enc = encodeURIComponent;

/** `GET /api/search`; `params` holds q, filters {field: [values]}, from, to, sort, page, size. */
export function search(params, options) {
  const query = new URLSearchParams();
  query.set("q", params.q || "");
  for (const [field, values] of Object.entries(params.filters || {})) {
    for (const value of values) query.append("filter", `${field}:${value}`);
  }
  if (params.from) query.set("date_from", params.from);
  if (params.to) query.set("date_to", params.to);
  query.set("sort", params.sort || "relevance");
  query.set("page", String(params.page || 1));
  query.set("size", String(params.size || 20));
  return json(`/api/search?${query}`, options);
}

export function getDocument(id, options) {
  return json(`/api/documents/${enc(id)}`, options);
}

export function getPage(id, page, q, options) {
  const query = q ? `?q=${enc(q)}` : "";
  return json(`/api/documents/${enc(id)}/pages/${enc(page)}${query}`, options);
}

/** The original file as a Blob, with the file name the server suggests. */
export async function getFile(id) {
  const response = await request(`/api/documents/${enc(id)}/file`);
  const disposition = response.headers.get("Content-Disposition") || "";
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  let filename = "";
  try {
    filename = star ? decodeURIComponent(star[1].trim()) : plain ? plain[1].trim() : "";
  } catch {
    filename = plain ? plain[1].trim() : "";
  }
  return { blob: await response.blob(), filename };
}
