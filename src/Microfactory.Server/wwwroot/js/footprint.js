// Footprint charts: kg CO2e per stage (a ring) and the largest lines (bars, darker when primary data), drawn by
// echarts from the JSON the server put in data-footprint-chart. The table below the chart holds every figure.
import * as echarts from 'echarts';

const colours = { 'Materials': '#0d6efd', 'Process energy': '#fd7e14', 'Inbound transport': '#6f42c1', 'Packaging': '#20c997' };

for (const element of document.querySelectorAll('[data-footprint-chart]')) {
  const data = JSON.parse(element.dataset.footprintChart);
  const chart = echarts.init(element, null, { renderer: 'svg' });
  const narrow = element.clientWidth < 560;
  const lines = [...data.lines].reverse();
  if (data.other > 0) {
    lines.unshift({ name: 'other lines', stage: 'Materials', kg: data.other, primary: false });
  }
  const kg = (value) => `${Number(value).toFixed(3)} kg CO2e`;
  chart.setOption({
    animation: false,
    tooltip: { valueFormatter: kg },
    legend: { bottom: 0, left: narrow ? 'center' : '2%', orient: 'horizontal', data: data.stages.map((s) => s.name), textStyle: { fontSize: 10 }, itemWidth: 12 },
    title: [
      { text: 'By stage', left: narrow ? 'center' : '2%', top: 0, textStyle: { fontSize: 13 } },
      { text: 'Largest lines', left: narrow ? 'center' : '42%', top: narrow ? '46%' : 0, textStyle: { fontSize: 13 } },
    ],
    series: [
      {
        type: 'pie',
        radius: ['38%', '62%'],
        center: narrow ? ['50%', '24%'] : ['18%', '50%'],
        // The legend names the stages; a slice shows its share inside when there is room (small ones keep their tooltip).
        label: { position: 'inside', formatter: (p) => (p.percent >= 6 ? `${p.percent.toFixed(0)} %` : ''), fontSize: 11, color: '#fff' },
        labelLine: { show: false },
        data: data.stages.filter((s) => s.kg > 0).map((s) => ({ name: s.name, value: s.kg, itemStyle: { color: colours[s.name] } })),
      },
      {
        type: 'bar',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: lines.map((l) => ({ value: l.kg, itemStyle: { color: colours[l.stage], opacity: l.primary ? 1 : 0.6 } })),
        label: { show: !narrow, position: 'right', formatter: (p) => Number(p.value).toFixed(3), fontSize: 10 },
      },
    ],
    grid: narrow ? { left: 110, right: 16, top: '52%', bottom: 40 } : { left: '56%', right: 48, top: 28, bottom: 28 },
    xAxis: { type: 'value', axisLabel: { fontSize: 9 } },
    yAxis: { type: 'category', data: lines.map((l) => l.name), axisLabel: { fontSize: 10, width: narrow ? 100 : 150, overflow: 'truncate' } },
  });
  element.dataset.rendered = 'true';
  new ResizeObserver(() => chart.resize()).observe(element);
}
