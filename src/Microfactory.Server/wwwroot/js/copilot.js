// The copilot panel (Components/Layout/CopilotPanel.razor). A question is a form post with the antiforgery token to
// /copilot/messages with the page's record, read from the address (/orders/{id}, /shopfloor/machines/{id},
// /units/{serial}, /catalogue/{id}); the answer is drawn as text (never as HTML), its tables as tables, its citations as
// links and a proposal with a Confirm button that posts to /copilot/proposals/{id}/confirm. Follow-ups keep the
// conversation id until the page is left.
const root = document.querySelector('[data-copilot]');

if (root && !root.dataset.ready) {
  root.dataset.ready = 'true';
  const form = root.querySelector('[data-copilot-form]');
  const log = root.querySelector('[data-copilot-log]');
  const status = root.querySelector('[data-copilot-status]');
  const message = form.querySelector('textarea[name=message]');
  const token = () => form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const ajax = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  let conversationId = null;

  const pages = [
    [/^orders\/([^/]+)$/, 'order'],
    [/^shopfloor\/machines\/([^/]+)$/, 'machine'],
    [/^units\/([^/]+)$/, 'unit'],
    [/^catalogue\/([^/]+)$/, 'template'],
  ];
  const page = () => {
    const base = new URL(document.baseURI).pathname;
    const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname.replace(/^\//, '');
    for (const [pattern, kind] of pages) {
      const match = pattern.exec(path);
      if (match && !(kind === 'template' && match[1] === 'publish')) {
        return { kind, id: decodeURIComponent(match[1]) };
      }
    }
    return null;
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Only the platform's own links (relative to the site) become links; anything else stays text.
  const link = (citation) => {
    if (typeof citation.href !== 'string' || !citation.href.startsWith('/') || citation.href.startsWith('//')) {
      return element('span', 'mf-copilot-cite', citation.title);
    }
    const a = element('a', 'mf-copilot-cite', citation.title);
    a.href = new URL(citation.href.slice(1), document.baseURI).href;
    a.dataset.kind = citation.kind;
    a.dataset.id = citation.id;
    return a;
  };

  const table = (data) => {
    const wrap = element('div', 'table-responsive');
    const t = element('table', 'table table-sm mb-2');
    const head = t.createTHead().insertRow();
    for (const cell of data.header) head.append(element('th', '', cell));
    const body = t.createTBody();
    for (const row of data.rows) {
      const tr = body.insertRow();
      for (const cell of row) tr.append(element('td', '', cell));
    }
    wrap.append(t);
    return wrap;
  };

  const problemText = async (response) => {
    try {
      const problem = await response.json();
      const fields = problem.errors ? Object.values(problem.errors).flat() : [];
      return fields.length ? fields.join(' ') : problem.detail || problem.title || `HTTP ${response.status}`;
    } catch {
      return `HTTP ${response.status}`;
    }
  };

  const post = (url, fields) => {
    const body = new FormData();
    body.append('__RequestVerificationToken', token());
    for (const [name, value] of Object.entries(fields)) {
      if (value !== null && value !== undefined) body.append(name, value);
    }
    return fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: ajax });
  };

  const say = (text, tone = '') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  const confirmButton = (proposal, holder) => {
    const button = element('button', 'btn btn-sm btn-success mt-1', 'Confirm');
    button.type = 'button';
    button.dataset.confirm = proposal.id;
    button.addEventListener('click', async () => {
      button.disabled = true;
      let response;
      try {
        response = await post(`copilot/proposals/${encodeURIComponent(proposal.id)}/confirm`, {});
      } catch (error) {
        button.disabled = false;
        say(`The server could not be reached (${error.message}); nothing was changed.`, 'error');
        return;
      }
      const note = element('p', 'small mb-0 mt-1');
      if (response.ok) {
        const outcome = await response.json();
        note.textContent = outcome.message;
        note.dataset.done = String(outcome.done);
        button.remove();
      } else {
        note.textContent = `Not done: ${await problemText(response)}`;
        note.dataset.done = 'false';
      }
      holder.append(note);
    });
    return button;
  };

  const show = (answer) => {
    const item = element('div', 'mf-copilot-answer');
    item.dataset.kind = answer.kind;
    item.lang = answer.language;
    // The engine ends its text with a plain list of sources for clients without links; the panel shows them as links.
    const cut = answer.citations?.length ? Math.max(answer.answer.lastIndexOf('\n\nSources:'), answer.answer.lastIndexOf('\n\n來源：')) : -1;
    item.append(element('p', 'mf-copilot-text mb-1', cut > 0 ? answer.answer.slice(0, cut) : answer.answer));
    for (const data of answer.tables ?? []) item.append(table(data));
    if (answer.citations?.length) {
      const sources = element('p', 'small mb-1 mf-copilot-sources', 'Sources: ');
      answer.citations.forEach((citation, i) => {
        if (i > 0) sources.append(' · ');
        sources.append(link(citation));
      });
      item.append(sources);
    }
    if (answer.proposal) {
      const holder = element('div', 'mf-copilot-proposal');
      holder.dataset.proposal = answer.proposal.id;
      holder.append(element('p', 'small mb-0', answer.proposal.summary), confirmButton(answer.proposal, holder));
      item.append(holder);
    }
    log.append(item);
    item.scrollIntoView({ block: 'end' });
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = message.value.trim();
    if (!question) return;
    const context = page();
    log.append(element('p', 'mf-copilot-question mb-1', question));
    say('Thinking…');
    let response;
    try {
      response = await post('copilot/messages', { message: question, conversationId, pageKind: context?.kind, pageId: context?.id });
    } catch (error) {
      say(`The server could not be reached (${error.message}).`, 'error');
      return;
    }
    if (!response.ok) {
      say(await problemText(response), 'error');
      return;
    }
    const answer = await response.json();
    conversationId = answer.conversationId;
    message.value = '';
    say('');
    show(answer);
  });

  message.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
