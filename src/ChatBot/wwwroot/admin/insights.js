// The insights admin page: reads GET /api/insights with the admin key the user types, and renders it with
// textContent only (questions are user text). The key stays in this tab's sessionStorage, never in the URL.
"use strict";

const keyInput = document.getElementById("admin-key");
const status = document.getElementById("status");
const exportButton = document.getElementById("export");
const storageKey = "chatbot-admin-key";

function setStatus(text, isError) {
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

async function fetchInsights(format) {
  const response = await fetch("/api/insights" + (format ? "?format=" + format : ""), {
    headers: { "X-Admin-Key": keyInput.value },
  });
  if (!response.ok) {
    let detail = response.status === 401 || response.status === 403 ? "The admin key was not accepted." : "The insights could not be read.";
    try {
      const problem = await response.json();
      if (problem.title) detail = problem.title + (problem.detail ? ": " + problem.detail : "");
    } catch { /* not ProblemDetails: keep the plain message */ }
    throw new Error(detail);
  }
  return response;
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function renderDays(days) {
  const body = document.querySelector("#days tbody");
  body.replaceChildren();
  for (const day of days) {
    const row = document.createElement("tr");
    cell(row, day.date);
    for (const n of [day.answered, day.declined, day.smallTalk, day.likes, day.dislikes]) cell(row, String(n), "number");
    body.appendChild(row);
  }
}

function renderDeclined(groups) {
  const list = document.getElementById("declined");
  list.replaceChildren();
  for (const group of groups) {
    const item = document.createElement("li");
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = group.count + "×";
    const question = document.createElement("span");
    question.className = "question";
    question.textContent = group.question;
    item.append(count, question);
    if (group.wordings.length > 1) {
      const wordings = document.createElement("ul");
      wordings.className = "wordings";
      wordings.setAttribute("aria-label", "Also asked as");
      for (const wording of group.wordings.slice(1)) {
        const li = document.createElement("li");
        li.textContent = wording;
        wordings.appendChild(li);
      }
      item.appendChild(wordings);
    }
    list.appendChild(item);
  }
  if (groups.length === 0) {
    const item = document.createElement("li");
    item.textContent = "None: every question was answered.";
    list.appendChild(item);
  }
}

function renderDisliked(answers) {
  const body = document.querySelector("#disliked tbody");
  body.replaceChildren();
  for (const answer of answers) {
    const row = document.createElement("tr");
    cell(row, new Date(answer.timestamp).toLocaleString());
    cell(row, answer.question ?? "(not remembered)", "question");
    cell(row, answer.comment ?? "");
    const quotes = cell(row, "", "quotes");
    for (const quote of answer.quotes) {
      const block = document.createElement("blockquote");
      block.textContent = quote.quote;
      const source = document.createElement("cite");
      source.textContent = quote.title + " ¶" + quote.paragraph;
      block.appendChild(source);
      quotes.appendChild(block);
    }
    body.appendChild(row);
  }
}

async function show() {
  setStatus("Loading…");
  try {
    const insights = await (await fetchInsights()).json();
    renderDays(insights.days);
    renderDeclined(insights.declined);
    renderDisliked(insights.disliked);
    for (const id of ["days-section", "declined-section", "disliked-section"]) document.getElementById(id).hidden = false;
    exportButton.disabled = false;
    sessionStorage.setItem(storageKey, keyInput.value);
    const since = new Date(insights.since).toLocaleDateString();
    setStatus(`Since ${since}: ${insights.declined.length} declined question groups, ${insights.disliked.length} disliked answers.`);
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function downloadCsv() {
  try {
    const response = await fetchInsights("csv");
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = "insights.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    setStatus(error.message, true);
  }
}

document.getElementById("key-form").addEventListener("submit", event => {
  event.preventDefault();
  show();
});
exportButton.addEventListener("click", downloadCsv);

const saved = sessionStorage.getItem(storageKey);
if (saved) {
  keyInput.value = saved;
  show();
}
