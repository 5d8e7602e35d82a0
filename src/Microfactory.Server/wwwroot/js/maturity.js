// The maturity radar: self-assessed against measured levels (and the target), drawn by echarts from the JSON the
// server put in data-radar. A dimension without measured data has no measured point ('-' leaves a gap). Also wires
// the report's print button (the CSP forbids inline handlers).
import * as echarts from 'echarts';

for (const element of document.querySelectorAll('[data-radar]')) {
  const data = JSON.parse(element.dataset.radar);
  const chart = echarts.init(element, null, { renderer: 'svg' });
  const series = [];
  if (data.claimed) {
    series.push({ name: 'Self-assessed', value: data.claimed });
  }
  series.push({ name: 'Measured', value: data.measured.map((v) => (v === null ? '-' : v)) });
  series.push({ name: 'Target', value: data.target, lineStyle: { type: 'dashed' }, symbol: 'none' });
  const narrow = element.clientWidth < 480;
  chart.setOption({
    animation: false,
    color: ['#0d6efd', '#20c997', '#adb5bd'],
    legend: { bottom: 0, data: series.map((s) => s.name) },
    tooltip: {},
    radar: {
      radius: narrow ? '55%' : '65%',
      indicator: data.indicators.map((name) => ({ name, max: 5, min: 0 })),
      splitNumber: 5,
      axisName: { color: '#495057', fontSize: narrow ? 9 : 11, overflow: 'break', width: narrow ? 70 : 110 },
    },
    series: [{ type: 'radar', data: series, areaStyle: { opacity: 0.08 } }],
  });
  element.dataset.rendered = 'true';
  new ResizeObserver(() => chart.resize()).observe(element);
}

for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
