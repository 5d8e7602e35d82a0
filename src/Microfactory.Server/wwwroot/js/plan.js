// The planner's page: the Gantt, the details of the selected operation with pin and unpin, and live updates. The
// server pushes an event for every stored plan version (server-sent events); the page then fetches that version once
// and the page's own HTML once (KPIs, order list), and swaps them in without a reload. Nothing polls: while the
// stream is down the browser's EventSource reconnects by itself and the page says so.
import { PlanGantt } from './plan-gantt.js';
import { formatSpan, formatTime, offsetMinutes } from './factory-time.js';

const root = document.querySelector('[data-plan]');

if (root) {
  const zone = root.dataset.zone;
  const canPin = root.dataset.canPin === 'true';
  const status = root.querySelector('[data-plan-status]');
  const details = root.querySelector('[data-op-details]');
  const token = root.querySelector('[data-pin-token] input[name="__RequestVerificationToken"]')?.value ?? '';
  let shownVersion = null;
  let refreshing = null;
  let wanted = false;
  let selectedId = null;

  const say = (text, tone = '') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  const gantt = new PlanGantt(root.querySelector('[data-gantt]'), {
    zone,
    canPin,
    onSelect: (op) => showDetails(op),
    onMove: (op, machineId, start, capable) => capable
      ? pin(op, machineId, start)
      : Promise.resolve(say(`${machineName(machineId)} cannot do ${op.stepLabel ?? op.stepId}: the pin was not set.`, 'error')).then(() => false),
  });

  function machineName(id) {
    return gantt.planMachines?.get(id) ?? id;
  }

  async function refresh() {
    if (refreshing) {
      wanted = true; // one more round after this one, however many events came meanwhile
      return refreshing;
    }
    refreshing = (async () => {
      try {
        do {
          wanted = false;
          await load();
        } while (wanted);
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function load() {
    const [planResponse, pageResponse] = await Promise.all([
      fetch(root.dataset.dataUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }),
      shownVersion === null ? null : fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' }),
    ]);
    if (!planResponse.ok) {
      say(`The plan could not be loaded (the server answered ${planResponse.status}).`, 'error');
      return;
    }
    const plan = await planResponse.json();
    gantt.planMachines = new Map(plan.machines.map((m) => [m.id, m.name]));
    gantt.show(plan);
    if (pageResponse?.ok) {
      const page = new DOMParser().parseFromString(await pageResponse.text(), 'text/html');
      for (const part of root.querySelectorAll('[data-live]')) {
        const fresh = page.getElementById(part.id);
        if (fresh) {
          part.replaceWith(fresh);
        }
      }
    }
    const previous = shownVersion;
    shownVersion = plan.version;
    root.dataset.version = String(plan.version);
    root.querySelector('[data-plan-version]').textContent = `Version ${plan.version} · ${formatTime(plan.createdAt, zone)} · ${plan.reason}`;
    if (previous !== null && previous !== plan.version) {
      say(`Updated to version ${plan.version}.`, 'ok');
    }
    if (selectedId) {
      const op = gantt.operation(selectedId);
      gantt.select(op ? selectedId : null);
      showDetails(op);
    }
  }

  // ---- the selected operation ----
  function showDetails(op) {
    selectedId = op?.operationId ?? null;
    details.hidden = !op;
    if (!op) {
      details.replaceChildren();
      delete details.dataset.operation;
      return;
    }
    details.dataset.operation = op.operationId;
    const heading = document.createElement('h2');
    heading.className = 'h6 mb-2';
    heading.textContent = `${op.orderLabel ?? op.orderId} · ${op.stepLabel ?? op.stepId} (unit ${op.unit})`;
    const facts = document.createElement('dl');
    facts.className = 'mf-op-facts';
    const fact = (term, value) => {
      const wrap = document.createElement('div');
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = term;
      dd.textContent = value;
      wrap.append(dt, dd);
      facts.append(wrap);
    };
    fact('Machine', machineName(op.machineId));
    fact('Start', formatTime(op.start, zone));
    fact('End', formatTime(op.end, zone));
    fact('State', [op.started ? 'started' : 'not started', op.pinned ? 'pinned' : 'placed by the planner engine', op.late ? `late by ${formatSpan(op.lateByMinutes ?? 0)}` : 'on time'].join(' · '));
    details.replaceChildren(heading, facts);
    if (!canPin) {
      return;
    }
    if (op.started) {
      const note = document.createElement('p');
      note.className = 'small text-secondary mb-0';
      note.textContent = 'Started work stays where it is.';
      details.append(note);
      return;
    }
    const actions = document.createElement('div');
    actions.className = 'mf-op-actions';
    if (op.pinned) {
      actions.append(button('Unpin', 'btn-outline-secondary', 'unpin', () => unpin(op)));
    } else {
      actions.append(button('Pin here', 'btn-primary', 'pin-here', () => pin(op, op.machineId, new Date(op.start))));
    }
    // Pinning elsewhere without dragging (keyboards, phones): a capable machine and a start in the factory's time.
    const form = document.createElement('form');
    form.className = 'mf-pin-elsewhere';
    const machine = document.createElement('select');
    machine.className = 'form-select form-select-sm';
    machine.name = 'machineId';
    machine.setAttribute('aria-label', 'Machine');
    for (const id of op.capableMachines ?? [op.machineId]) {
      const option = new Option(machineName(id), id, id === op.machineId, id === op.machineId);
      machine.append(option);
    }
    const start = document.createElement('input');
    start.type = 'datetime-local';
    start.className = 'form-control form-control-sm';
    start.name = 'start';
    start.required = true;
    start.setAttribute('aria-label', `Start (${zone})`);
    start.value = toLocalInput(new Date(op.start));
    const submit = button('Pin there', 'btn-outline-primary', 'pin-there', null);
    submit.type = 'submit';
    form.append(machine, start, submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const when = fromLocalInput(start.value);
      if (when) {
        pin(op, machine.value, when);
      }
    });
    details.append(actions, form);
  }

  function button(text, tone, action, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `btn btn-sm ${tone}`;
    b.textContent = text;
    b.dataset.action = action;
    if (onClick) {
      b.addEventListener('click', onClick);
    }
    return b;
  }

  // datetime-local holds the factory's wall time; the server wants an instant.
  function toLocalInput(date) {
    const local = new Date(date.getTime() + offsetMinutes(date, zone) * 60_000);
    return local.toISOString().slice(0, 16);
  }

  function fromLocalInput(value) {
    const wall = Date.parse(`${value}:00Z`);
    if (Number.isNaN(wall)) {
      return null;
    }
    // Two passes settle the offset that holds at the instant itself (a DST change between wall and instant).
    let instant = wall - offsetMinutes(new Date(wall), zone) * 60_000;
    instant = wall - offsetMinutes(new Date(instant), zone) * 60_000;
    return new Date(instant);
  }

  // ---- pins ----
  async function pin(op, machineId, start) {
    say(`Pinning ${op.stepLabel ?? op.stepId} to ${machineName(machineId)} at ${formatTime(start, zone)}…`);
    return post(root.dataset.pinUrl, { operationId: op.operationId, machineId, start: new Date(start).toISOString() },
      `Pinned to ${machineName(machineId)} at ${formatTime(start, zone)}; the plan is being repaired around it.`);
  }

  async function unpin(op) {
    say(`Unpinning ${op.stepLabel ?? op.stepId}…`);
    return post(root.dataset.unpinUrl, { operationId: op.operationId }, 'Unpinned; the planner engine may move it again.');
  }

  async function post(url, fields, done) {
    const body = new FormData();
    body.append('__RequestVerificationToken', token);
    for (const [name, value] of Object.entries(fields)) {
      body.append(name, value);
    }
    let response;
    try {
      response = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (error) {
      say(`The server could not be reached (${error.message}); nothing was changed.`, 'error');
      return false;
    }
    if (response.ok) {
      say(done, 'ok');
      return true;
    }
    let message = `The server answered ${response.status}.`;
    try {
      const problem = await response.json();
      const fieldErrors = problem.errors ? Object.values(problem.errors).flat() : [];
      message = [...new Set([problem.detail ?? problem.title, ...fieldErrors].filter(Boolean))].join(' ');
    } catch {
      // not a problem document
    }
    say(`Not pinned: ${message}`, 'error');
    return false;
  }

  // ---- zoom ----
  for (const b of root.querySelectorAll('[data-zoom]')) {
    b.addEventListener('click', () => gantt.zoom(b.dataset.zoom));
  }

  // ---- live ----
  const events = new EventSource(root.dataset.eventsUrl);
  events.addEventListener('open', () => {
    root.dataset.live = 'connected';
  });
  events.addEventListener('error', () => {
    root.dataset.live = 'reconnecting';
    say('Live updates paused: reconnecting…', 'warn');
  });
  events.addEventListener('plan', (event) => {
    let version = null;
    try {
      version = JSON.parse(event.data).version;
    } catch {
      // refetch anyway
    }
    if (version === null || version !== shownVersion) {
      refresh();
    }
  });
  refresh();
}
