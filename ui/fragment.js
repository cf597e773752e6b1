// The results page's state in the URL fragment: #q=...&f=field:value&from=&to=&sort=&page=&size=
// (or &cursor= past the 10,000th result), and &c=collection (repeated; none: all the caller's).
// Parsing forgives anything malformed.

import { FACETS, FACET_LABEL } from "./views.js";

const PAGE_SIZES = [10, 20, 50, 100];
const SORTS = ["relevance", "date", "date_asc", "control"];
const DEFAULT_SIZE = 20;

export function defaultSearch() {
  return {
    q: "", filters: {}, from: "", to: "", sort: "relevance", page: 1, size: DEFAULT_SIZE, cursor: "",
    collections: [],
  };
}

export function positiveInt(value, fallback) {
  const number = Number.parseInt(value, 10);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
}

export function parseSearch(params) {
  const search = defaultSearch();
  search.q = params.get("q") || "";
  search.collections = [...new Set(params.getAll("c").filter(Boolean))];
  for (const item of params.getAll("f")) {
    const colon = item.indexOf(":");
    const field = item.slice(0, colon);
    const value = item.slice(colon + 1);
    if (colon < 1 || !value || !FACET_LABEL[field]) continue;
    const values = (search.filters[field] ||= []);
    if (!values.includes(value)) values.push(value);
  }
  search.from = validDate(params.get("from") || "") ? params.get("from") || "" : "";
  search.to = validDate(params.get("to") || "") ? params.get("to") || "" : "";
  search.sort = SORTS.includes(params.get("sort")) ? params.get("sort") : "relevance";
  search.page = Math.min(positiveInt(params.get("page"), 1), 10000);
  search.cursor = params.get("cursor") || "";
  const size = positiveInt(params.get("size"), DEFAULT_SIZE);
  search.size = PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
  return search;
}

export function searchHash(search) {
  const params = new URLSearchParams();
  params.set("q", search.q);
  for (const name of search.collections || []) params.append("c", name);
  for (const [field] of FACETS) {
    for (const value of search.filters[field] || []) params.append("f", `${field}:${value}`);
  }
  if (search.from) params.set("from", search.from);
  if (search.to) params.set("to", search.to);
  if (search.sort !== "relevance") params.set("sort", search.sort);
  if (search.cursor) params.set("cursor", search.cursor);
  else if (search.page > 1) params.set("page", String(search.page));
  if (search.size !== DEFAULT_SIZE) params.set("size", String(search.size));
  return `#${params}`;
}

/**
 * A date as typed in a date box, in the form the API takes (YYYY, YYYY-MM or YYYY-MM-DD), or
 * null when it is not a date. Takes the UK's day first (18/06/1997, 18.6.1997, 18-06-1997), a
 * month (06/1997, 1997-06), a bare year, or ISO; "" stays "".
 */
export function normaliseDate(typed) {
  const value = (typed || "").trim();
  if (!value) return "";
  const pad = (n) => String(n).padStart(2, "0");
  let iso = value;
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const month = /^(\d{1,2})[/.](\d{4})$/.exec(value) || /^(\d{1,2})-(\d{4})$/.exec(value);
  if (day) iso = `${day[3]}-${pad(day[2])}-${pad(day[1])}`;
  else if (month) iso = `${month[2]}-${pad(month[1])}`;
  return validDate(iso) ? iso : null;
}

/** A year, year-month or full date that exists in the calendar. */
export function validDate(value) {
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
