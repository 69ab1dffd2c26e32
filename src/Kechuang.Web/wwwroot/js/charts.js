// Thin bridge between Blazor components and Apache ECharts (vendored in /lib/echarts, see docs/adr/0003).
window.kechuangCharts = {
  render: function (element, option) {
    if (!element || !window.echarts) { return; }
    var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option, true);
    if (!element.dataset.kcResize) {
      element.dataset.kcResize = '1';
      window.addEventListener('resize', function () { chart.resize(); });
    }
  },
  dispose: function (element) {
    var chart = element && window.echarts && window.echarts.getInstanceByDom(element);
    if (chart) { chart.dispose(); }
  }
};
