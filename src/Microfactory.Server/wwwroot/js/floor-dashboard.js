// The shop-floor dashboard. The server pushes (server-sent events) a `state` event whenever a machine's state changes
// and a `figures` event with the day's counts and energy at most once a second; the page writes them into the tiles
// and tables it was rendered with; an `oee` event (at most every 5 s) moves the gauges and today's bar of the trend; an
// `alarms` event lists the alarms still true. Acknowledge is a form post with the antiforgery token; a refusal shows the
// server's words. Nothing polls: the "since" spans are recomputed from the clock every 15 s. Charts are echarts (SVG).
import { formatTime, formatSpan } from './factory-time.js';

const root = document.querySelector('[data-floor]');

if (root) {
  const zone = root.dataset.zone || 'UTC';
  const status = root.querySelector('[data-floor-status]');
  const token = root.querySelector('[data-floor-token] input[name="__RequestVerificationToken"]')?.value ?? '';
  const states = { running: 'Running', setup: 'Setup', idle: 'Idle', down: 'Down', off: 'Off' };
  const kinds = { machineDown: 'Machine down', operationOverrun: 'Operation overrunning', energyOutOfBand: 'Unusual power draw' };
  const ajax = { 'X-Requested-With': 'XMLHttpRequest' };
  let updates = 0;

  const say = (text, tone = '') => {
    if (status) {
      status.textContent = text;
      status.dataset.tone = tone;
    }
  };

  const kwh = (value) => (Number.isFinite(value) ? value.toFixed(1) : '0.0');
  const perGood = (value) => (Number.isFinite(value) ? value.toFixed(2) : '—');
  const text = (element, value) => {
    if (element && element.textContent !== value) {
      element.textContent = value;
    }
  };

  // The server's clock (the factory's: with the simulated twin it runs faster than the browser's), as last told.
  let serverNow = Date.parse(root.dataset.now ?? '') || Date.now();
  let toldAt = performance.now();
  const told = (at) => {
    const value = Date.parse(at ?? '');
    if (Number.isFinite(value)) {
      serverNow = value;
      toldAt = performance.now();
    }
  };
  const now = () => serverNow + (performance.now() - toldAt);

  function since(tile) {
    const at = tile.dataset.since;
    if (!at) {
      return 'no report yet';
    }
    const date = new Date(at);
    return `since ${formatTime(date, zone)} · ${formatSpan(Math.max(0, now() - date.getTime()) / 60000)}`;
  }

  function summarise() {
    for (const item of root.querySelectorAll('[data-summary]')) {
      text(item.querySelector('[data-summary-count]'), String(root.querySelectorAll(`[data-tile][data-state="${item.dataset.summary}"]`).length));
    }
  }

  function showState(event) {
    const tile = root.querySelector(`[data-tile][data-machine="${CSS.escape(event.machineId)}"]`);
    if (!tile) {
      return;
    }
    tile.dataset.state = event.state in states ? event.state : 'off';
    if (event.since && event.source) {
      tile.dataset.since = event.since;
    } else {
      delete tile.dataset.since;
    }
    text(tile.querySelector('[data-tile-state]'), states[tile.dataset.state]);
    text(tile.querySelector('[data-tile-since]'), since(tile));
    const operation = tile.querySelector('[data-tile-operation]');
    operation.dataset.operation = event.operationId ?? '';
    text(operation, event.operationLabel ?? 'no operation reported');
    text(tile.querySelector('[data-tile-reason]'), event.reason ?? '');
    summarise();
  }

  function showFigures(figures) {
    told(figures.at);
    const rows = [...figures.machines.map((f) => [f, `[data-machine="${CSS.escape(f.machineId)}"]`]), [figures.factory, '[data-factory-row]']];
    for (const [f, selector] of rows) {
      for (const place of root.querySelectorAll(`[data-tile]${selector}, [data-energy-row]${selector}`)) {
        text(place.querySelector('[data-fig-good]'), String(f.good));
        text(place.querySelector('[data-fig-scrap]'), String(f.scrap));
        text(place.querySelector('[data-fig-kwh]'), kwh(f.energyKwh));
        text(place.querySelector('[data-fig-kwh-per-good]'), perGood(f.kwhPerGood));
      }
    }
  }

  // ---- OEE: gauges and the trend ----
  const percent = (ratio) => (typeof ratio === 'number' ? `${Math.round(ratio * 100)} %` : '—');
  const shiftText = (label) => (label ? `this shift (${label.replace('-', '–')})` : 'no shift now');
  const charts = import('echarts').catch(() => null);
  const gauges = new Map();

  // Red below 40 %, amber below 65 %, green from 65 % (world class is about 85 %).
  const band = [[0.4, '#dc3545'], [0.65, '#f0ad4e'], [1, '#198754']];

  function gaugeOption(value, small) {
    const measurable = typeof value === 'number';
    const drawn = measurable && value > 0.005; // a bar of nothing would be a dot
    return {
      animation: false,
      series: [{
        type: 'gauge', startAngle: 210, endAngle: -30, min: 0, max: 100, radius: '96%', center: ['50%', small ? '58%' : '56%'],
        progress: { show: drawn, width: small ? 8 : 14, roundCap: true, itemStyle: { color: measurable ? band.find(([limit]) => value <= limit)[1] : '#ced4da' } },
        axisLine: { roundCap: true, lineStyle: { width: small ? 8 : 14, color: [[1, '#e9ecef']] } },
        axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false }, pointer: { show: false }, anchor: { show: false }, title: { show: false },
        detail: { valueAnimation: false, offsetCenter: [0, small ? '2%' : '0%'], fontSize: small ? 15 : 26, fontWeight: 600, color: measurable ? '#1d2530' : '#adb5bd', formatter: () => (measurable ? `${Math.round(value * 100)}%` : '—') },
        data: [{ value: measurable ? value * 100 : 0 }],
      }],
    };
  }

  async function drawGauge(figure) {
    const echarts = await charts;
    const target = figure.querySelector('[data-gauge-chart]');
    if (!echarts || !target) {
      return;
    }
    let chart = gauges.get(figure);
    if (!chart) {
      chart = echarts.init(target, null, { renderer: 'svg' });
      gauges.set(figure, chart);
      new ResizeObserver(() => chart.resize()).observe(target);
    }
    const raw = figure.dataset.value;
    chart.setOption(gaugeOption(raw === undefined || raw === '' ? null : Number(raw), figure.classList.contains('mf-gauge-small')));
    figure.dataset.drawn = 'true';
  }

  function setGauge(figure, ratio, shiftLabel) {
    if (!figure) {
      return;
    }
    if (typeof ratio?.oee === 'number') {
      figure.dataset.value = String(ratio.oee);
    } else {
      delete figure.dataset.value;
    }
    text(figure.querySelector('[data-gauge-text]'), percent(ratio?.oee));
    if (shiftLabel !== undefined) {
      text(figure.querySelector('[data-shift-label]'), shiftText(shiftLabel));
    }
    drawGauge(figure);
  }

  function setFactors(list, ratio) {
    for (const dd of list?.querySelectorAll('[data-factor]') ?? []) {
      text(dd, percent(ratio?.[dd.dataset.factor]));
    }
  }

  let trend = null;
  const trendRows = () => [...root.querySelectorAll('[data-trend] tbody tr')];
  const ratioOf = (row, name) => (row.dataset[name] === undefined || row.dataset[name] === '' ? null : Math.round(Number(row.dataset[name]) * 1000) / 10);

  async function drawTrend() {
    const echarts = await charts;
    const target = root.querySelector('[data-trend-chart]');
    if (!echarts || !target) {
      return;
    }
    if (!trend) {
      trend = echarts.init(target, null, { renderer: 'svg' });
      new ResizeObserver(() => trend.resize()).observe(target);
    }
    const rows = trendRows();
    const line = (name, key, color) => ({ name, type: 'line', data: rows.map((r) => ratioOf(r, key)), color, symbolSize: 5, connectNulls: false, lineStyle: { width: 1.5 } });
    trend.setOption({
      animation: false,
      grid: { left: 40, right: 12, top: 16, bottom: 48 },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(1)} %` : 'not measurable') },
      xAxis: { type: 'category', data: rows.map((r) => r.dataset.label), axisLabel: { fontSize: 10, hideOverlap: true }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize: 10, formatter: '{value}%' } },
      series: [
        { name: 'OEE', type: 'bar', data: rows.map((r) => ratioOf(r, 'oee')), color: '#0d6efd', barMaxWidth: 22, itemStyle: { borderRadius: [3, 3, 0, 0] } },
        line('Availability', 'availability', '#20c997'),
        line('Performance', 'performance', '#fd7e14'),
        line('Quality', 'quality', '#6f42c1'),
      ],
    });
    root.querySelector('[data-trend-chart]').dataset.drawn = 'true';
  }

  function showOee(oee) {
    root.dataset.oeeAt = oee.at;
    told(oee.at);
    const problem = root.querySelector('[data-oee-problem]');
    text(problem, oee.problem ?? '');
    setGauge(root.querySelector('[data-gauge="factory-today"]'), oee.today);
    setFactors(root.querySelector('[data-gauge="factory-today"] [data-factors]'), oee.today);
    setGauge(root.querySelector('[data-gauge="factory-shift"]'), oee.shift, oee.shiftLabel ?? null);
    setFactors(root.querySelector('[data-gauge="factory-shift"] [data-factors]'), oee.shift);
    for (const m of oee.machines) {
      const item = root.querySelector(`[data-oee-machine="${CSS.escape(m.machineId)}"]`);
      if (item) {
        setGauge(item.querySelector('[data-gauge="today"]'), m.today);
        setGauge(item.querySelector('[data-gauge="shift"]'), m.shift);
        text(item.querySelector('[data-shift-label]'), m.shiftLabel ? `shift ${m.shiftLabel.replace('-', '–')}` : 'no shift now');
        setFactors(item.querySelector('[data-factors]'), m.today);
      }
    }
    // Today's bar is the factory's OEE today so far.
    const last = trendRows().at(-1);
    if (last && oee.today) {
      for (const key of ['oee', 'availability', 'performance', 'quality']) {
        if (typeof oee.today[key] === 'number') {
          last.dataset[key] = String(oee.today[key]);
        } else {
          delete last.dataset[key];
        }
      }
      drawTrend();
    }
  }

  // ---- alarms ----
  const alarmList = root.querySelector('[data-alarms]');

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  function alarmItem(alarm) {
    const item = element('li', 'mf-alarm');
    Object.assign(item.dataset, { alarm: alarm.id, severity: alarm.severity, state: alarm.state });
    item.append(element('span', 'mf-alarm-severity', alarm.severity === 'critical' ? 'Critical' : 'Warning'));
    const main = element('div', 'mf-alarm-main');
    main.append(element('div', 'mf-alarm-title', `${kinds[alarm.kind] ?? alarm.kind} · ${alarm.machineName}`));
    main.append(element('div', 'mf-alarm-message', alarm.message));
    main.append(element('div', 'mf-alarm-when', `raised ${formatTime(alarm.raisedAt, zone)}${alarm.acknowledgedAt ? ` · acknowledged ${formatTime(alarm.acknowledgedAt, zone)}` : ''}`));
    item.append(main);
    if (alarm.state === 'open') {
      const button = element('button', 'btn btn-outline-danger mf-alarm-ack', 'Acknowledge');
      button.type = 'button';
      button.dataset.ack = '';
      item.append(button);
    }
    return item;
  }

  function showAlarms(alarms) {
    if (!alarmList) {
      return;
    }
    alarmList.replaceChildren(...alarms.map(alarmItem));
    const open = alarms.filter((a) => a.state === 'open').length;
    const count = root.querySelector('[data-alarm-count]');
    count.dataset.open = String(open);
    text(count, open === 0 ? (alarms.length === 0 ? 'none' : `${alarms.length} acknowledged`) : `${open} open`);
    root.querySelector('[data-alarms-empty]').hidden = alarms.length > 0;
  }

  async function problemText(response) {
    if (response.status === 401) {
      return 'your session has ended; reload the page and sign in again.';
    }
    if (response.status === 403) {
      return 'your role may not acknowledge alarms.';
    }
    try {
      const problem = await response.json();
      const fields = Object.values(problem.errors ?? {}).flat();
      return (fields.length > 0 ? fields.join(' ') : problem.detail ?? problem.title) || `the server answered ${response.status}.`;
    } catch {
      return `the server answered ${response.status}.`;
    }
  }

  alarmList?.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-ack]');
    const item = button?.closest('[data-alarm]');
    if (!item || button.disabled) {
      return;
    }
    const label = item.querySelector('.mf-alarm-title')?.textContent ?? 'the alarm';
    const body = new FormData();
    body.append('__RequestVerificationToken', token);
    button.disabled = true;
    say(`Acknowledging ${label}…`);
    let response;
    try {
      response = await fetch(`shopfloor/alarms/${encodeURIComponent(item.dataset.alarm)}/ack`, {
        method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json', ...ajax },
      });
    } catch (error) {
      button.disabled = false;
      say(`The server could not be reached (${error.message}); nothing was changed.`, 'error');
      return;
    }
    if (response.ok) {
      const alarm = await response.json();
      item.dataset.state = alarm.state;
      button.remove();
      say(`Acknowledged ${label} · ${formatTime(new Date(), zone)}`, 'ok');
      return; // the stream's alarms event brings the list up to date
    }
    button.disabled = false;
    say(`Not acknowledged: ${await problemText(response)}`, 'error');
  });

  for (const figure of root.querySelectorAll('[data-gauge]')) {
    drawGauge(figure);
  }
  drawTrend();

  setInterval(() => {
    for (const tile of root.querySelectorAll('[data-tile][data-since]')) {
      text(tile.querySelector('[data-tile-since]'), since(tile));
    }
  }, 15000);

  // ---- live ----
  const events = new EventSource(root.dataset.eventsUrl);
  const handle = (show) => (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // not ours to show
    }
    show(data);
    root.dataset.updates = String(++updates);
  };
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
  events.addEventListener('state', handle(showState));
  events.addEventListener('figures', handle(showFigures));
  events.addEventListener('oee', handle(showOee));
  events.addEventListener('alarms', handle(showAlarms));
}
