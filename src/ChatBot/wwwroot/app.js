// The web chat beside the article. Plain browser JavaScript, no dependencies, no build step.
// It talks to the host's JSON API: GET /api/articles, GET /api/articles/{id} and POST /api/ask.
'use strict';

(() => {
  const AskTimeoutMs = 120_000;
  const MaxQuestionLength = 2000;

  const els = {
    articleSelect: document.getElementById('article-select'),
    article: document.getElementById('article'),
    articleTitle: document.getElementById('article-title'),
    articleDate: document.getElementById('article-date'),
    articleBody: document.getElementById('article-body'),
    articleStatus: document.getElementById('article-status'),
    log: document.getElementById('log'),
    form: document.getElementById('ask-form'),
    question: document.getElementById('question'),
    ask: document.getElementById('ask'),
    newChat: document.getElementById('new-chat'),
    readingStatus: document.getElementById('reading-status'),
  };

  const state = {
    conversationId: null,
    busy: false,
    articleCache: new Map(), // id -> Promise<article>
    current: null,           // the article on screen
    articlesListed: 0,       // how many the picker holds
  };

  // ---------------------------------------------------------------- small DOM helpers

  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const hidden = (text) => h('span', { class: 'visually-hidden' }, text);

  function formatDate(iso) {
    if (!iso) return '';
    const date = new Date(`${String(iso).slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return String(iso);
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  // ---------------------------------------------------------------- HTTP

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function requestJson(url, options = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? AskTimeoutMs);
    let response;
    try {
      response = await fetch(url, {
        ...options,
        signal: controller.signal,
        headers: { Accept: 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
      });
    } catch (error) {
      throw new ApiError(error?.name === 'AbortError'
        ? 'The service took too long to answer. Please try again.'
        : 'Cannot reach the ChatBot service. Check that it is running, then try again.', 0);
    } finally {
      clearTimeout(timer);
    }
    let body = null;
    const text = await response.text().catch(() => '');
    if (text) {
      try { body = JSON.parse(text); } catch { body = null; }
    }
    if (!response.ok) throw new ApiError(problemMessage(response.status, body), response.status);
    return body;
  }

  // ProblemDetails carry a title and usually a detail; show the most specific plain sentence.
  function problemMessage(status, problem) {
    const detail = problem && (problem.detail || firstValidationError(problem.errors) || problem.title);
    // A 413's title and detail speak of request bodies and bytes; the person typing only needs to know what to do.
    if (status === 413) return 'That question is too long. Please shorten it.';
    if (status >= 400 && status < 500 && detail) return detail;
    if (status >= 400 && status < 500) return `The service could not accept that question (HTTP ${status}).`;
    if (status === 503) return detail || 'The service is still starting. Please try again in a moment.';
    return `The service had a problem (HTTP ${status}). Please try again in a moment.`;
  }

  function firstValidationError(errors) {
    if (!errors || typeof errors !== 'object') return null;
    for (const messages of Object.values(errors)) {
      if (Array.isArray(messages) && messages.length > 0) return String(messages[0]);
    }
    return null;
  }

  // ---------------------------------------------------------------- the article pane

  async function loadArticleList() {
    let list;
    try {
      const body = await requestJson('/api/articles', { timeoutMs: 30_000 });
      list = Array.isArray(body) ? body : (body?.articles ?? body?.items ?? []);
    } catch (error) {
      els.articleSelect.replaceChildren(h('option', {}, 'Articles unavailable'));
      els.articleTitle.textContent = 'The articles could not be loaded';
      els.articleBody.replaceChildren(h('p', { class: 'article-error' }, error.message));
      return;
    }
    if (list.length === 0) {
      els.articleSelect.replaceChildren(h('option', {}, 'No articles'));
      els.articleTitle.textContent = 'No articles are loaded';
      return;
    }
    els.articleSelect.replaceChildren(...list.map((a) =>
      h('option', { value: a.id }, a.date ? `${a.title} · ${formatDate(a.date)}` : a.title)));
    els.articleSelect.disabled = false;
    state.articlesListed = list.length;
    // A news site can embed the chat under one article: ?article=ID opens (and scopes the chat to) that one.
    const requested = new URLSearchParams(window.location.search).get('article');
    await showArticle(list.some((a) => a.id === requested) ? requested : list[0].id);
  }

  function fetchArticle(id) {
    if (!state.articleCache.has(id)) {
      const pending = requestJson(`/api/articles/${encodeURIComponent(id)}`, { timeoutMs: 30_000 });
      pending.catch(() => state.articleCache.delete(id));
      state.articleCache.set(id, pending);
    }
    return state.articleCache.get(id);
  }

  async function showArticle(id, highlight) {
    let article;
    try {
      article = await fetchArticle(id);
    } catch (error) {
      els.articleBody.replaceChildren(h('p', { class: 'article-error' }, error.message));
      return null;
    }
    if (state.current !== article) {
      state.current = article;
      els.articleSelect.value = article.id;
      els.articleTitle.textContent = article.title ?? article.id;
      els.articleDate.textContent = formatDate(article.date);
      if (article.date) els.articleDate.setAttribute('datetime', String(article.date).slice(0, 10));
      els.article.scrollTop = 0;
    }
    renderArticleBody(article, highlight);
    return article;
  }

  // Paragraphs come with offsets into the article text. A heading is shown where it changes; without one,
  // text between two paragraphs (a heading the service did not name) is shown as one.
  function renderArticleBody(article, highlight) {
    const text = article.text ?? '';
    const paragraphs = [...(article.paragraphs ?? [])].sort((a, b) => a.start - b.start);
    const nodes = [];
    let previousEnd = null;
    let previousHeading = null;
    for (const p of paragraphs) {
      const gap = previousEnd === null ? '' : text.slice(previousEnd, p.start).trim();
      const heading = p.heading ? (p.heading !== previousHeading ? p.heading : '') : gap;
      if (heading) nodes.push(h('h4', { class: 'article-subhead' }, heading));
      previousHeading = p.heading ?? null;
      const isCited = highlight && highlight.start < p.end && highlight.end > p.start;
      nodes.push(h('p', { class: isCited ? 'para cited' : 'para', id: `para-${p.number}`, dataset: { number: p.number } },
        h('span', { class: 'para-num' }, hidden('Paragraph '), String(p.number)),
        h('span', { class: 'para-text' }, ...paragraphText(text, p, isCited ? highlight : null))));
      previousEnd = p.end;
    }
    if (paragraphs.length === 0 && text) nodes.push(h('p', { class: 'para' }, text));
    els.articleBody.replaceChildren(...nodes);
  }

  function paragraphText(text, p, highlight) {
    if (!highlight) return [text.slice(p.start, p.end)];
    const from = Math.max(highlight.start, p.start);
    const to = Math.min(highlight.end, p.end);
    return [text.slice(p.start, from), h('mark', { class: 'quote-mark' }, text.slice(from, to)), text.slice(to, p.end)];
  }

  // Offsets are the contract; if they ever disagree with the quote, find the quote itself instead.
  function locateQuote(article, citation) {
    const text = article.text ?? '';
    const { start, end, quote } = citation;
    if (Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote) return { start, end };
    const at = quote ? text.indexOf(quote) : -1;
    if (at >= 0) return { start: at, end: at + quote.length };
    const para = (article.paragraphs ?? []).find((p) => p.number === citation.paragraph);
    return para ? { start: para.start, end: para.end } : null;
  }

  async function showCitation(citation, trigger) {
    for (const active of els.log.querySelectorAll('.cite.active, .source.active')) active.classList.remove('active');
    trigger?.classList.add('active');
    const article = await showArticle(citation.article);
    if (!article) return;
    const span = locateQuote(article, citation);
    renderArticleBody(article, span);
    const mark = els.articleBody.querySelector('mark');
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    (mark ?? els.articleBody).scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    els.articleStatus.textContent = `Paragraph ${citation.paragraph} of ${article.title} highlighted: ${citation.quote}`;
  }

  // ---------------------------------------------------------------- markdown (a small, safe subset)

  // Builds DOM nodes, never HTML strings, so nothing in an answer can inject markup.
  function renderMarkdown(markdown, citations) {
    const lines = String(markdown ?? '').replace(/\r\n?/g, '\n').split('\n');
    const blocks = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (!line.trim()) { i++; continue; }
      if (/^```/.test(line)) {
        const code = [];
        for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
        i++;
        blocks.push(h('pre', {}, h('code', {}, code.join('\n'))));
        continue;
      }
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) {
        blocks.push(h('p', { class: 'md-heading' }, h('strong', {}, inline(heading[1], citations))));
        i++;
        continue;
      }
      const listKind = listItemKind(line);
      if (listKind) {
        const items = [];
        while (i < lines.length && listItemKind(lines[i]) === listKind) {
          let item = lines[i].replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
          for (i++; i < lines.length && lines[i].trim() && !listItemKind(lines[i]) && /^\s{2,}/.test(lines[i]); i++) {
            item += ` ${lines[i].trim()}`;
          }
          items.push(h('li', {}, inline(item, citations)));
        }
        blocks.push(h(listKind, {}, items));
        continue;
      }
      if (/^>\s?/.test(line)) {
        const quoted = [];
        for (; i < lines.length && /^>\s?/.test(lines[i]); i++) quoted.push(lines[i].replace(/^>\s?/, ''));
        blocks.push(h('blockquote', {}, inline(quoted.join(' '), citations)));
        continue;
      }
      const para = [];
      for (; i < lines.length && lines[i].trim() && !listItemKind(lines[i]) && !/^(#{1,6}\s|>|```)/.test(lines[i]); i++) {
        para.push(lines[i]);
      }
      const parts = [];
      para.forEach((text, index) => {
        if (index > 0) parts.push(text.endsWith('  ') || para[index - 1].endsWith('  ') ? h('br') : ' ');
        parts.push(...inline(text.trim(), citations));
      });
      blocks.push(h('p', {}, parts));
    }
    return blocks;
  }

  function listItemKind(line) {
    if (/^\s*[-*+]\s+/.test(line)) return 'ul';
    if (/^\s*\d+[.)]\s+/.test(line)) return 'ol';
    return null;
  }

  const InlinePattern = /(\*\*|__)(.+?)\1|(`)([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\[(\d+(?:\s*,\s*\d+)*)\]|(\*|_)(?=\S)(.+?)(?<=\S)\8(?![\w*])/g;

  function inline(text, citations) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(InlinePattern)) {
      if (m.index > last) out.push(text.slice(last, m.index));
      if (m[1]) out.push(h('strong', {}, inline(m[2], citations)));
      else if (m[3]) out.push(h('code', {}, m[4]));
      else if (m[5]) out.push(h('a', { href: m[6], target: '_blank', rel: 'noopener noreferrer' }, m[5]));
      else if (m[7]) out.push(...citationMarkers(m[0], m[7], citations));
      else if (m[8]) out.push(h('em', {}, inline(m[9], citations)));
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  // "[1]" or "[1, 2]": each number that names a citation becomes a button; unknown numbers stay text.
  function citationMarkers(raw, numbers, citations) {
    const ids = numbers.split(',').map((n) => Number(n.trim()));
    if (!ids.every((id) => citations.has(id))) return [raw];
    return ids.map((id) => {
      const citation = citations.get(id);
      return h('button', {
        type: 'button',
        class: 'cite',
        title: `¶${citation.paragraph}: “${citation.quote}”`,
        dataset: { cite: id },
        onclick: (event) => showCitation(citation, event.currentTarget),
      }, hidden('Citation '), String(id));
    });
  }

  // ---------------------------------------------------------------- the chat log

  function scrollLogToEnd() {
    els.log.scrollTop = els.log.scrollHeight;
  }

  function appendMessage(node) {
    els.log.append(node);
    scrollLogToEnd();
    return node;
  }

  function appendUser(question) {
    return appendMessage(h('div', { class: 'msg user' }, hidden('You asked: '), h('p', {}, question)));
  }

  function appendPending() {
    els.log.setAttribute('aria-busy', 'true');
    return appendMessage(h('div', { class: 'msg bot pending', role: 'status' },
      h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, 'Reading the article…')));
  }

  // A quote cut inside the article's own quotation lacks a mark; add it back (as QuoteMarks.Balance does on the server).
  function balanceQuotes(quote) {
    let open = 0, missing = 0, last = '"';
    for (let i = 0; i < quote.length; i++) {
      const c = quote[i];
      const opens = c === '“' || (c === '"' && (i === 0 || /[\s(\[—]/.test(quote[i - 1])));
      const closes = c === '”' || (c === '"' && !opens);
      if (opens) { open++; last = c; } else if (closes && open > 0) open--; else if (closes) missing++;
    }
    if (open === 0 && missing === 0) return quote;
    return (quote.includes('”') ? '“' : '"').repeat(missing) + quote + (last === '“' ? '”' : '"').repeat(open);
  }

  function appendAnswer(response) {
    const citations = new Map((response.citations ?? []).map((c) => [c.id, c]));
    const answered = response.answered !== false;
    // Only a question the articles do not cover earns the badge; small talk, help and other-language replies do not.
    const notCovered = !answered && (response.kind ?? 'notCovered') === 'notCovered';
    const message = h('div', { class: answered ? 'msg bot answered' : notCovered ? 'msg bot unanswered' : 'msg bot' });
    message.append(hidden(answered ? 'ChatBot answered: ' : 'ChatBot: '));
    if (notCovered) message.append(h('p', { class: 'badge' }, 'Not in the article'));
    message.append(h('div', { class: 'md' }, renderMarkdown(response.answer, answered ? citations : new Map())));

    if (answered && citations.size > 0) {
      message.append(h('ol', { class: 'sources', 'aria-label': 'Sources' },
        [...citations.values()].map((c) => h('li', {},
          h('button', {
            type: 'button',
            class: 'source',
            title: `“${balanceQuotes(c.quote)}”`,
            dataset: { cite: c.id },
            onclick: (event) => showCitation(c, event.currentTarget),
          },
          h('span', { class: 'source-num' }, String(c.id)),
          h('span', { class: 'source-where' }, `¶${c.paragraph}`),
          h('q', { class: 'source-quote' }, balanceQuotes(c.quote)))))));
    }

    const followUps = (response.followUps ?? []).filter((q) => typeof q === 'string' && q.trim());
    if (followUps.length > 0) {
      message.append(h('div', { class: 'followups', role: 'group', 'aria-label': 'Suggested follow-up questions' },
        followUps.map((q) => h('button', { type: 'button', class: 'chip', onclick: () => submitQuestion(q) }, q))));
    }
    return appendMessage(message);
  }

  function appendError(text) {
    return appendMessage(h('div', { class: 'msg error' }, h('p', {}, hidden('Error: '), text)));
  }

  function setBusy(busy) {
    state.busy = busy;
    els.ask.disabled = busy;
    els.form.setAttribute('aria-busy', String(busy));
    if (!busy) els.log.removeAttribute('aria-busy');
  }

  async function submitQuestion(raw) {
    const question = String(raw ?? '').trim();
    if (state.busy) return;
    if (!question) {
      els.question.focus();
      return;
    }
    if (question.length > MaxQuestionLength) {
      appendError(`Questions can be at most ${MaxQuestionLength} characters; this one has ${question.length}.`);
      return;
    }
    setBusy(true);
    els.question.value = '';
    appendUser(question);
    const pending = appendPending();
    try {
      const response = await requestJson('/api/ask', {
        method: 'POST',
        // The conversation is about the article in view: only it is searched, and a follow-up stays with it.
        body: JSON.stringify({
          question,
          ...(state.conversationId ? { conversationId: state.conversationId } : {}),
          ...(state.current?.id ? { articleId: state.current.id } : {}),
        }),
      });
      state.conversationId = response?.conversationId ?? state.conversationId;
      pending.remove();
      appendAnswer(response ?? {});
    } catch (error) {
      pending.remove();
      appendError(error instanceof ApiError ? error.message : 'Something went wrong showing the answer. Please try again.');
      if (!els.question.value) els.question.value = question; // nothing the user typed is lost
    } finally {
      setBusy(false);
      els.question.focus();
    }
  }

  function newConversation() {
    state.conversationId = null;
    for (const node of [...els.log.children]) if (!node.classList.contains('hint')) node.remove();
    if (state.current) renderArticleBody(state.current, null);
    els.articleStatus.textContent = '';
    els.question.focus();
  }

  // ---------------------------------------------------------------- wiring

  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitQuestion(els.question.value);
  });
  els.question.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      els.form.requestSubmit();
    }
  });
  // The skip link moves keyboard focus, not just the scroll position, to the question box.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    els.question.focus();
  });
  // Another article is another conversation: the chat is scoped to the article in view.
  els.articleSelect.addEventListener('change', async () => {
    const article = await showArticle(els.articleSelect.value);
    if (article && state.conversationId) {
      state.conversationId = null;
      appendMessage(h('p', { class: 'scope-note' }, `Now asking about “${article.title ?? article.id}”.`));
    }
  });
  els.newChat.addEventListener('click', newConversation);

  // ---------------------------------------------------------------- indexing progress

  // While the service is still reading (it answers meanwhile), say how far it is, and fill the article picker
  // once articles appear, without a reload. Polls GET /api/status every few seconds until the index is complete.
  const StatusPollMs = 3000;

  function describeReading(status) {
    if (!status.ready) return 'Still loading the articles…';
    const left = status.remainingSeconds == null ? ''
      : status.remainingSeconds >= 90 ? `, about ${Math.round(status.remainingSeconds / 60)} minutes to go` : ', about a minute to go';
    return `Still reading: ${status.articlesEmbedded.toLocaleString()} of ${status.articles.toLocaleString()} articles `
      + `read closely (${Math.floor(status.percent)}%${left}). You can ask already.`;
  }

  async function watchIndexing() {
    let status;
    try {
      status = await requestJson('/api/status', { timeoutMs: 10_000 });
    } catch {
      status = null; // the service may be starting; try again
    }
    if (status && status.ready && status.articles > state.articlesListed) await loadArticleList();
    if (status && status.complete) {
      els.readingStatus.hidden = true;
      els.readingStatus.textContent = '';
      return;
    }
    if (status) {
      els.readingStatus.textContent = describeReading(status);
      els.readingStatus.hidden = false;
    }
    setTimeout(watchIndexing, StatusPollMs);
  }

  loadArticleList().then(watchIndexing);
})();
