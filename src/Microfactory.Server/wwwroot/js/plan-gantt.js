// The planner's Gantt: one row per machine (vis-timeline), one bar per planned operation, coloured by order, late
// work marked, details on hover. Planners drag a bar to another capable machine or time to pin it there; the caller
// decides what a move means (onMove) and the chart only shows it. No inline styles: every look is a CSS class.
import { Timeline } from 'vis-timeline';
import { DataSet } from 'vis-data/peer/esm/vis-data.js';
import moment from 'moment';
import { formatSpan, formatTime, offsetMinutes } from './factory-time.js';

const PALETTE_SIZE = 12;
const SNAP_MINUTES = 1; // to the minute, as the plan counts: a bar dropped where it was keeps its start
const MINUTE = 60_000;

function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// The same order gets the same colour in every version of the plan, whatever else is on it.
function colourOf(orderId) {
  let hash = 0;
  for (const c of orderId) {
    hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  }
  return hash % PALETTE_SIZE;
}

export class PlanGantt {
  #timeline;
  #items = new DataSet();
  #groups = new DataSet();
  #plan = null;
  #zone;
  #onMove;
  #holding = false; // a pointer is down on a bar (a drag may be starting): new versions wait until it is let go
  #waiting = null;
  #moving = false; // a dropped bar waits for the server's answer

  /**
   * @param {HTMLElement} element where the chart goes
   * @param {{zone: string, canPin: boolean, onMove: (op, machineId, start) => Promise<boolean>, onSelect: (op) => void}} options
   */
  constructor(element, { zone, canPin, onMove, onSelect }) {
    this.#zone = zone;
    this.#onMove = onMove;
    const now = Date.now();
    this.#timeline = new Timeline(element, this.#items, this.#groups, {
      stack: false,
      orientation: { axis: 'top', item: 'top' },
      groupOrder: 'order',
      // The wheel scrolls the page; Ctrl + wheel (or pinch, or the buttons) zooms the chart.
      zoomKey: 'ctrlKey',
      zoomMin: 15 * MINUTE,
      zoomMax: 92 * 24 * 60 * MINUTE,
      start: new Date(now - 2 * 60 * MINUTE),
      end: new Date(now + 2 * 24 * 60 * MINUTE),
      margin: { item: { horizontal: 0, vertical: 6 }, axis: 4 },
      showCurrentTime: true,
      selectable: true,
      multiselect: false,
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 150 },
      editable: canPin ? { add: false, remove: false, updateTime: true, updateGroup: true, overrideItems: false } : false,
      snap: (date) => new Date(Math.round(date.valueOf() / (SNAP_MINUTES * MINUTE)) * SNAP_MINUTES * MINUTE),
      // The axis in the factory's zone, DST included, wherever the planner's browser is.
      moment: (date) => {
        const m = moment(date);
        return m.utcOffset(offsetMinutes(m.toDate(), zone));
      },
      onMove: (item, callback) => this.#move(item, callback),
    });
    this.#timeline.on('select', ({ items }) => onSelect(items.length > 0 ? this.operation(items[0]) : null));
    // Redrawing the bars under a drag would cancel it: hold new versions while a bar is held, show them after.
    element.addEventListener('pointerdown', (event) => {
      if (event.target instanceof Element && event.target.closest('.vis-item')) {
        this.#holding = true;
      }
    }, true);
    window.addEventListener('pointerup', () => this.#release(), true);
    window.addEventListener('pointercancel', () => this.#release(), true);
  }

  #release() {
    if (!this.#holding) {
      return;
    }
    this.#holding = false;
    // After the drop's own handling (onMove runs on this same pointerup), show what came meanwhile.
    setTimeout(() => {
      if (!this.#holding && this.#waiting) {
        const plan = this.#waiting;
        this.#waiting = null;
        this.show(plan);
      }
    }, 0);
  }

  /** The operation with this id in the plan shown, or null. */
  operation(operationId) {
    return this.#plan?.operations.find((op) => op.operationId === operationId) ?? null;
  }

  /** Shows a plan version: bars that stayed keep their place on screen, the view window does not jump. */
  show(plan) {
    if (this.#holding || this.#moving) {
      this.#waiting = plan;
      return;
    }
    const first = this.#plan === null;
    this.#plan = plan;
    const orders = new Map(plan.orders.map((o) => [o.id, o]));
    const machines = new Map(plan.machines.map((m) => [m.id, m]));
    this.#groups.update(plan.machines.map((m, index) => ({ id: m.id, content: escape(m.name), order: index, className: 'mf-gantt-row' })));
    const gone = this.#groups.getIds().filter((id) => !machines.has(id));
    this.#groups.remove(gone);
    const items = plan.operations.map((op) => this.#item(op, orders.get(op.orderId), machines.get(op.machineId)));
    const ids = new Set(items.map((i) => i.id));
    this.#items.remove(this.#items.getIds().filter((id) => !ids.has(id)));
    this.#items.update(items);
    if (first && items.length > 0) {
      // Open on the work: from the first bar (or a little before now) to the last, at most two days of it.
      const start = Math.max(Math.min(...items.map((i) => i.start.valueOf())), Date.now() - 2 * 60 * MINUTE);
      const end = Math.min(Math.max(...items.map((i) => i.end.valueOf())), start + 2 * 24 * 60 * MINUTE);
      const pad = Math.max(15 * MINUTE, (end - start) / 20);
      this.#timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
    }
  }

  select(operationId) {
    this.#timeline.setSelection(operationId ? [operationId] : [], { focus: false });
  }

  zoom(how) {
    const now = Date.now();
    switch (how) {
      case 'in': this.#timeline.zoomIn(0.5); break;
      case 'out': this.#timeline.zoomOut(0.5); break;
      case 'day': this.#timeline.setWindow(new Date(now - 60 * MINUTE), new Date(now + 23 * 60 * MINUTE)); break;
      case 'week': this.#timeline.setWindow(new Date(now - 6 * 60 * MINUTE), new Date(now + 7 * 24 * 60 * MINUTE)); break;
      default: this.#timeline.fit(); break;
    }
  }

  #item(op, order, machine) {
    const classes = ['mf-op', `mf-op-c${colourOf(op.orderId)}`];
    if (op.late) classes.push('mf-op-late');
    if (op.pinned) classes.push('mf-op-pinned');
    if (op.started) classes.push('mf-op-started');
    const label = `${order?.label ?? op.orderId} · ${op.stepLabel ?? op.stepId}`;
    const lines = [
      `<strong>${escape(order?.label ?? op.orderId)}</strong>${order?.customer ? ` · ${escape(order.customer)}` : ''}`,
      order?.notes ? `<em>${escape(order.notes)}</em>` : '',
      `${escape(op.stepLabel ?? op.stepId)} (unit ${op.unit}) on ${escape(machine?.name ?? op.machineId)}`,
      `${escape(formatTime(op.start, this.#zone))} – ${escape(formatTime(op.end, this.#zone))}`,
      op.late ? `<span class="mf-tip-late">Late by ${escape(formatSpan(op.lateByMinutes ?? 0))}</span>` : '',
      op.pinned ? 'Pinned here by a planner' : '',
      op.started ? 'Started: stays where it is' : '',
    ].filter((line) => line.length > 0);
    return {
      id: op.operationId,
      group: op.machineId,
      start: new Date(op.start),
      end: new Date(op.end),
      content: escape(label),
      title: lines.join('<br>'),
      className: classes.join(' '),
      editable: op.started ? false : undefined,
    };
  }

  // A dragged bar: only to a machine that can do the step; the caller asks the server and the bar stays only if
  // the pin was taken (the next plan version then draws it where the plan put it).
  async #move(item, callback) {
    this.#moving = true;
    try {
      await this.#moveTo(item, callback);
    } finally {
      this.#moving = false;
      if (this.#waiting && !this.#holding) {
        const plan = this.#waiting;
        this.#waiting = null;
        this.show(plan);
      }
    }
  }

  async #moveTo(item, callback) {
    const op = this.operation(item.id);
    if (!op) {
      callback(null);
      return;
    }
    if (Array.isArray(op.capableMachines) && !op.capableMachines.includes(item.group)) {
      callback(null);
      this.#onMove(op, item.group, item.start, false);
      return;
    }
    const taken = await this.#onMove(op, item.group, item.start, true);
    callback(taken ? item : null);
  }
}
