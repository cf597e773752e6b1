// One job, as an archivist watches it (#job=ID): progress with rate and ETA (polled while the job
// runs), the ledger per state with a sum that adds up to the files received, the children found
// in containers, the failures with their reasons (filterable, and the whole list as CSV),
// Resume for a job whose files are still queued, and a control that runs a stage again over the
// job's collection (a stage run is a job like a load, shown here; it counts documents).

import { h, plural } from "./dom.js";

const POLL_MS = 1000;
const STATE_LABELS = {
  indexed: "Indexed", partial: "Partial", failed: "Failed", password_protected: "Password-protected",
  duplicate: "Duplicate", skipped: "Skipped", queued: "Still queued",
};
const label = (state) => STATE_LABELS[state] || state.replace(/_/g, " ");
let timer = null;
let shown = null; // the job id on screen: an answer for another job is dropped

export function stopJobPolling() {
  if (timer) clearTimeout(timer);
  timer = null;
  shown = null;
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  if (seconds < 1) return "under a second";
  const s = Math.round(seconds);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The stage a job runs again ("entities" for mode "stage:entities"), or "" for a load. */
const stageOf = (job) => ((job.mode || "").startsWith("stage:") ? job.mode.slice(6) : "");

/**
 * A form that runs one stage again over every document of a collection, and opens its job.
 * `collectionOf()` names the collection when the form is sent; the stages and what each does
 * come from `GET /api/collections/{name}/stages`, read for `initial`.
 */
export function stageForm(apiFetch, initial, collectionOf, navigate, { chosen = "" } = {}) {
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  const stage = h("select", { id: "stage-name" });
  const about = h("p", { class: "muted", id: "stage-about" });
  const submit = h("button", { type: "submit", class: "btn", id: "stage-run", disabled: true }, "Run the stage again");
  const described = new Map();
  const describe = () => { about.textContent = described.get(stage.value) || ""; };
  stage.addEventListener("change", describe);
  apiFetch(`/api/collections/${encodeURIComponent(initial)}/stages`).then((stages) => {
    for (const s of stages) described.set(s.name, s.description);
    stage.replaceChildren(...stages.map((s) => h("option", { value: s.name, selected: s.name === chosen }, s.name)));
    submit.disabled = !stages.length;
    describe();
  }, (error) => { problem.textContent = error.detail || String(error); problem.hidden = false; });
  const form = h("form", { class: "arch-form arch-inline", novalidate: true, "aria-describedby": about.id },
    h("label", { for: stage.id }, "Stage to run again over every document"), stage, submit, about, problem);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const job = await apiFetch(`/api/collections/${encodeURIComponent(collectionOf())}/stages`,
        { method: "POST", body: { stage: stage.value } });
      navigate(`#job=${encodeURIComponent(job.job_id)}`);
    } catch (error) {
      submit.disabled = false;
      problem.textContent = error.detail || String(error);
      problem.hidden = false;
    }
  });
  return form;
}

/** The job screen; polls `GET /api/jobs/{id}` each second until the job is finished. */
export function renderJob(container, apiFetch, jobId, { saveBlob, navigate, mayRunStages }) {
  stopJobPolling();
  shown = jobId;
  const filter = { text: "", state: "" };
  const body = h("div", { class: "job-body", "aria-live": "off" });
  const problem = h("p", { class: "alert", role: "alert", hidden: true });
  // Drawn once, below the polled part, so a choice in it survives each redraw; for admins only.
  const stages = h("section", { class: "arch-section", "aria-labelledby": "stages-title", hidden: true });
  container.replaceChildren(
    h("p", {}, h("a", { href: "#archive" }, "← Collections and loads")),
    h("h1", { class: "arch-title" }, "Job ", h("span", { class: "mono" }, jobId)), problem, body, stages);
  const tick = async () => {
    let job;
    try {
      job = await apiFetch(`/api/jobs/${encodeURIComponent(jobId)}`);
    } catch (error) {
      if (shown !== jobId) return;
      problem.textContent = error.detail || String(error);
      problem.hidden = false;
      return;
    }
    if (shown !== jobId) return;
    problem.hidden = true;
    draw(body, job, apiFetch, filter, saveBlob);
    if (stages.hidden && !stages.childElementCount && await mayRunStages && shown === jobId) {
      stages.append(h("h2", { id: "stages-title" }, `Run a stage again over ${job.collection}`),
        stageForm(apiFetch, job.collection, () => job.collection, navigate, { chosen: stageOf(job) }));
      stages.hidden = false;
    }
    if (job.status !== "finished" || job.counts.queued) timer = setTimeout(tick, POLL_MS);
  };
  tick();
}

/** Draw the job, keeping the focus (and the caret of the filter box) on the control that had it. */
function draw(body, job, apiFetch, filter, saveBlob) {
  const active = document.activeElement;
  const focused = active && body.contains(active) ? active.id : "";
  const caret = active && active.selectionStart;
  body.replaceChildren(...jobParts(job, apiFetch, filter, saveBlob, () => draw(body, job, apiFetch, filter, saveBlob)));
  const again = focused && body.querySelector(`#${focused}`);
  if (again) {
    again.focus();
    if (Number.isInteger(caret) && again.setSelectionRange) again.setSelectionRange(caret, caret);
  }
}

function jobParts(job, apiFetch, filter, saveBlob, rerender) {
  const received = job.received || 0;
  const percent = received ? Math.round((100 * job.done) / received) : 0;
  const running = job.status !== "finished";
  const stage = stageOf(job);
  const unit = stage ? "document" : "file";
  return [
    h("p", { class: "job-meta" }, `Collection ${job.collection} · ${stage ? `${stage} run again` : job.mode || ""} · status `,
      h("strong", { id: "job-status" }, job.status)),
    h("div", { class: "job-progress" },
      h("progress", { id: "job-bar", max: String(received || 1), value: String(job.done), "aria-label": `${unit[0].toUpperCase()}${unit.slice(1)}s done` }),
      h("span", { id: "job-done" }, `${job.done.toLocaleString("en-GB")} of ${plural(received, unit)} (${percent}%)`),
      h("span", {}, ` · ${job.rate_per_s ? job.rate_per_s.toFixed(1) : "–"} ${unit}s/s`),
      h("span", { id: "job-eta" }, ` · ${running ? `ETA ${duration(job.eta_s)}` : "done"}`)),
    ledger(job),
    failures(job, apiFetch, filter, saveBlob, rerender),
    job.counts.queued && running ? resumeButton(job, apiFetch) : null,
  ];
}

/** The ledger per state, and the sum that proves nothing was lost. */
function ledger(job) {
  const states = Object.keys(job.counts).filter((s) => s !== "queued" || job.counts.queued);
  const sum = states.map((s) => `${job.counts[s]} ${label(s).toLowerCase()}`).join(" + ");
  const children = Object.entries(job.child_counts || {}).filter(([, n]) => n);
  return h("section", { class: "arch-section", "aria-labelledby": "ledger-title" },
    h("h2", { id: "ledger-title" }, "Ledger"),
    h("table", { class: "arch-table ledger", id: "ledger" },
      h("tbody", {}, states.map((s) => h("tr", { dataset: { state: s } },
        h("th", { scope: "row" }, label(s)), h("td", { class: "num" }, job.counts[s].toLocaleString("en-GB"))))),
      h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, "Received"),
        h("td", { class: "num", id: "ledger-received" }, (job.received || 0).toLocaleString("en-GB"))))),
    h("p", { id: "ledger-sum", class: "ledger-sum" }, `${job.received} received = ${sum}`),
    children.length
      ? h("p", { class: "muted" }, "Found inside containers (counted apart): ",
        children.map(([s, n]) => `${n} ${label(s).toLowerCase()}`).join(", "))
      : null);
}

function failures(job, apiFetch, filter, saveBlob, rerender) {
  const states = [...new Set(job.failures.map((f) => f.state))];
  const text = filter.text.toLowerCase();
  const rows = job.failures.filter((f) => (!filter.state || f.state === filter.state)
    && (!text || `${f.path} ${f.error_class || ""} ${f.error_message || ""}`.toLowerCase().includes(text)));
  const search = h("input", { id: "failure-filter", type: "search", value: filter.text, autocomplete: "off" });
  search.addEventListener("input", () => { filter.text = search.value; rerender(); });
  const state = h("select", { id: "failure-state" }, h("option", { value: "" }, "Every state"),
    states.map((s) => h("option", { value: s, selected: s === filter.state }, label(s))));
  state.addEventListener("change", () => { filter.state = state.value; rerender(); });
  const csv = h("button", { type: "button", class: "btn btn-small", id: "failures-csv" }, "Download failures (CSV)");
  csv.addEventListener("click", async () => {
    const response = await apiFetch(`/api/jobs/${encodeURIComponent(job.id)}/failures.csv`, { raw: true });
    saveBlob(await response.blob(), `${job.id}-failures.csv`);
  });
  return h("section", { class: "arch-section", "aria-labelledby": "failures-title" },
    h("h2", { id: "failures-title" }, `Failures and partial files (${job.failures.length})`),
    h("div", { class: "arch-filters" },
      h("label", { for: search.id }, "Filter failures"), search,
      h("label", { for: state.id }, "State"), state, csv),
    rows.length
      ? h("table", { class: "arch-table", id: "failures" },
        h("thead", {}, h("tr", {}, ["File", "State", "Stage", "Reason"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows.map((f) => h("tr", {},
          h("td", { class: "mono" }, f.path), h("td", {}, label(f.state)), h("td", {}, f.stage || ""),
          h("td", {}, [f.error_class, f.error_message].filter(Boolean).join(": "))))))
      : h("p", { class: "muted" }, job.failures.length ? "No failure matches the filter." : "No failures."));
}

function resumeButton(job, apiFetch) {
  const button = h("button", { type: "button", class: "btn", id: "job-resume" }, "Resume the queued files");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const answer = await apiFetch(`/api/jobs/${encodeURIComponent(job.id)}/resume`, { method: "POST" });
      button.textContent = `Resumed ${plural(answer.resumed, "file")}`;
    } catch (error) {
      button.textContent = `Resume failed: ${error.detail}`;
    }
  });
  return button;
}
