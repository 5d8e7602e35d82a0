// The operator terminal (a machine's queue) and the shop-floor index. The server pushes an event for every stored plan
// version (server-sent events); the page then asks the server for itself once and swaps in the parts that change.
// Start, pause, resume and finish are form posts with the antiforgery token; a refusal shows the server's words
// (problem+json) and changes nothing. After each move the page reloads its queue at once. Nothing polls.
import { formatTime } from './factory-time.js';

const root = document.querySelector('[data-terminal]');

if (root) {
  const status = root.querySelector('[data-terminal-status]');
  const token = root.querySelector('[data-terminal-token] input[name="__RequestVerificationToken"]')?.value ?? '';
  const finishDialog = root.querySelector('[data-finish-dialog]');
  const pauseDialog = root.querySelector('[data-pause-dialog]');
  let shown = root.dataset.planVersion || null;
  let busy = false;
  let again = false;
  let refreshes = 0;
  // Marks the requests as the script's, so that an ended session or a missing role is answered 401 or 403, not
  // redirected to the sign-in page (which a script would take for a success).
  const ajax = { 'X-Requested-With': 'XMLHttpRequest' };

  const say = (text, tone = '') => {
    if (status) {
      status.textContent = text;
      status.dataset.tone = tone;
    }
  };

  async function refresh() {
    if (busy) {
      again = true; // one more round after this one, however many events came meanwhile
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        let response;
        try {
          response = await fetch(location.href, { headers: { Accept: 'text/html', ...ajax }, credentials: 'same-origin' });
        } catch {
          say('The server could not be reached; the queue shown may be out of date.', 'warn');
          return;
        }
        if (!response.ok) {
          say(response.status === 401 ? 'Your session has ended: reload the page and sign in again.' : `The queue could not be reloaded (the server answered ${response.status}).`, 'warn');
          return;
        }
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const part of root.querySelectorAll('[data-live]')) {
          const fresh = page.getElementById(part.id);
          if (fresh) {
            part.replaceWith(document.importNode(fresh, true));
          }
        }
        root.dataset.refreshes = String(++refreshes);
      } while (again);
    } finally {
      busy = false;
    }
  }

  // ---- moves ----
  const done = { start: 'Started', pause: 'Paused', resume: 'Resumed', finish: 'Finished' };
  const doing = { start: 'Starting', pause: 'Pausing', resume: 'Resuming', finish: 'Finishing' };
  const refused = { start: 'Not started', pause: 'Not paused', resume: 'Not resumed', finish: 'Not finished' };

  async function act(operationId, label, action, fields = {}) {
    const body = new FormData();
    body.append('__RequestVerificationToken', token);
    for (const [name, value] of Object.entries(fields)) {
      body.append(name, value);
    }
    root.dataset.busy = 'true';
    say(`${doing[action]} ${label}…`);
    let response;
    try {
      response = await fetch(`${root.dataset.actionUrl}${encodeURIComponent(operationId)}/${action}`, {
        method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json', ...ajax },
      });
    } catch (error) {
      delete root.dataset.busy;
      say(`The server could not be reached (${error.message}); nothing was changed.`, 'error');
      return false;
    }
    delete root.dataset.busy;
    // Either way the queue is reloaded (a refusal may come from a change made elsewhere); the answer does not wait for it.
    if (response.ok) {
      // The time says how old the confirmation is once other moves (by push) have changed the queue since.
      say(`${done[action]} ${label} · ${formatTime(new Date(), root.dataset.zone ?? 'UTC')}`, 'ok');
      refresh();
      return true;
    }
    const message = `${refused[action]}: ${await problemText(response)}`;
    say(message, 'error');
    refresh();
    return message;
  }

  // The problem's words: its detail, and each field's messages with the field named where the message does not.
  async function problemText(response) {
    if (response.status === 401) {
      return 'your session has ended; reload the page and sign in again.';
    }
    if (response.status === 403) {
      return 'your role may not move work on the shop floor.';
    }
    try {
      const problem = await response.json();
      const fields = Object.entries(problem.errors ?? {}).flatMap(([field, messages]) =>
        messages.map((m) => (m.toLowerCase().startsWith(field.toLowerCase()) ? m : `${field} ${m}`)));
      // A conflict's detail is its one sentence; invalid fields each say what is wrong with them.
      const parts = response.status === 400 && fields.length > 0 ? fields : [problem.detail ?? problem.title ?? fields.join(' ')];
      return [...new Set(parts.filter(Boolean))].join(' ') || `the server answered ${response.status}.`;
    } catch {
      return `the server answered ${response.status}.`;
    }
  }

  function target(button) {
    const item = button.closest('[data-operation]');
    return item ? { id: item.dataset.operation, label: item.dataset.label ?? item.dataset.operation } : null;
  }

  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-action]');
    if (!button || !root.contains(button) || root.dataset.busy) {
      return;
    }
    const op = target(button);
    if (!op) {
      return;
    }
    switch (button.dataset.action) {
      case 'start':
      case 'resume':
        act(op.id, op.label, button.dataset.action);
        break;
      case 'pause':
        open(pauseDialog, op, () => pauseDialog.querySelector('[name=reason]').value = '');
        break;
      case 'finish':
        open(finishDialog, op, () => {
          finishDialog.querySelector('[name=good]').value = '1';
          finishDialog.querySelector('[name=scrap]').value = '0';
        });
        break;
      default:
        break;
    }
  });

  // ---- dialogs ----
  function open(dialog, op, reset) {
    dialog.dataset.targetOperation = op.id;
    dialog.dataset.label = op.label;
    dialog.querySelector('[data-dialog-label]').textContent = op.label;
    dialog.querySelector('[data-dialog-error]').textContent = '';
    reset();
    dialog.showModal();
  }

  for (const dialog of [finishDialog, pauseDialog].filter(Boolean)) {
    dialog.querySelector('[data-dialog-cancel]').addEventListener('click', () => dialog.close());
    dialog.querySelector('form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.currentTarget;
      const submit = form.querySelector('[type=submit]');
      const action = submit.dataset.confirm;
      const fields = action === 'finish'
        ? { good: form.elements.good.value, scrap: form.elements.scrap.value }
        : { reason: form.elements.reason.value };
      submit.disabled = true;
      try {
        const outcome = await act(dialog.dataset.targetOperation, dialog.dataset.label, action, fields);
        if (outcome === true) {
          dialog.close();
        } else {
          dialog.querySelector('[data-dialog-error]').textContent = outcome || '';
        }
      } finally {
        submit.disabled = false;
      }
    });
  }

  // Steppers: − and + move the count within the input's bounds.
  root.addEventListener('click', (event) => {
    const step = event.target.closest('[data-step]');
    if (!step) {
      return;
    }
    const input = root.querySelector(`#${step.dataset.step}`);
    const min = Number(input.min || 0);
    const max = Number(input.max || 10000);
    const now = Number.parseInt(input.value, 10);
    input.value = String(Math.min(max, Math.max(min, (Number.isNaN(now) ? 0 : now) + Number(step.dataset.delta))));
  });

  for (const reason of root.querySelectorAll('[data-reason]')) {
    reason.addEventListener('click', () => {
      pauseDialog.querySelector('[name=reason]').value = reason.dataset.reason;
    });
  }

  // ---- live ----
  const events = new EventSource(root.dataset.eventsUrl);
  events.addEventListener('open', () => {
    root.dataset.stream = 'connected';
    if (status?.dataset.tone === 'warn') {
      say('');
    }
  });
  events.addEventListener('error', () => {
    root.dataset.stream = 'reconnecting';
    say('Live updates paused: reconnecting…', 'warn');
  });
  events.addEventListener('plan', (event) => {
    let version = null;
    try {
      version = String(JSON.parse(event.data).version);
    } catch {
      // refetch anyway
    }
    if (version === null || version !== shown) {
      shown = version;
      root.dataset.planVersion = version ?? '';
      refresh();
    }
  });
}
