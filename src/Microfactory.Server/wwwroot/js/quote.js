// The quote page: a small chart comparing the three options' kg CO2e (materials and process) and kWh, drawn from the
// figures the server wrote into the option cards (data attributes), and an accept form that sends once however
// often it is clicked (the Idempotency-Key in the form makes a repeated post give the same order anyway).
const figure = document.querySelector('[data-quote-chart]');
const cards = [...document.querySelectorAll('[data-option]')];

function number(value) {
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : 0;
}

async function drawChart() {
  if (!figure || cards.length === 0) {
    return;
  }
  const echarts = await import('echarts');
  const names = cards.map((c) => c.dataset.label);
  const materials = cards.map((c) => number(c.dataset.materialsCo2eKg));
  const process = cards.map((c) => number(c.dataset.processCo2eKg));
  const kwh = cards.map((c) => number(c.dataset.energyKwh));
  const available = cards.map((c) => c.dataset.available === 'true');
  const target = figure.querySelector('[data-chart]');
  const chart = echarts.init(target, null, { renderer: 'canvas' });
  const dim = (values) => values.map((value, i) => ({ value, itemStyle: { opacity: available[i] ? 1 : 0.35 } }));
  chart.setOption({
    animation: false,
    grid: { left: 44, right: 48, top: 30, bottom: 56 },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(3) : v) },
    xAxis: { type: 'category', data: names, axisLabel: { fontSize: 11 } },
    yAxis: [
      { type: 'value', name: 'kg CO2e', nameTextStyle: { fontSize: 10 }, axisLabel: { fontSize: 10 } },
      { type: 'value', name: 'kWh', nameTextStyle: { fontSize: 10 }, axisLabel: { fontSize: 10 }, splitLine: { show: false } },
    ],
    series: [
      { name: 'Materials CO2e', type: 'bar', stack: 'co2', data: dim(materials), color: '#8c9bab', barMaxWidth: 38 },
      { name: 'Process CO2e', type: 'bar', stack: 'co2', data: dim(process), color: '#20c997', barMaxWidth: 38 },
      { name: 'Energy kWh', type: 'line', yAxisIndex: 1, data: kwh, color: '#fd7e14', symbolSize: 8 },
    ],
  });
  new ResizeObserver(() => chart.resize()).observe(target);
  figure.dataset.drawn = 'true';
}

const acceptForm = document.querySelector('form[data-accept]');
if (acceptForm) {
  acceptForm.addEventListener('submit', (event) => {
    if (acceptForm.dataset.sending === 'true') {
      event.preventDefault(); // a double click: the first post is on its way
      return;
    }
    acceptForm.dataset.sending = 'true';
    const chosen = event.submitter;
    for (const b of document.querySelectorAll('button[form="accept-form"]')) {
      b.classList.add('disabled');
      b.setAttribute('aria-disabled', 'true');
    }
    if (chosen) {
      chosen.textContent = 'Placing the order…';
    }
  });
}

drawChart();
