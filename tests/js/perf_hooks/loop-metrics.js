// Event-loop metrics and histograms. sandnode's event loop does not record
// idle time or sample delays, so these throw ERR_NOT_SUPPORTED_IN_SANDNODE
// there (loop-metrics.sandnode-stdout; see tests/js/README.md). Node's
// values vary, so only their shapes are printed.
const { performance, monitorEventLoopDelay, createHistogram } = require('perf_hooks');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
attempt('eventLoopUtilization', () => Object.keys(performance.eventLoopUtilization()).join(','));
attempt('nodeTiming', () => performance.nodeTiming.name);
attempt('monitorEventLoopDelay', () => typeof monitorEventLoopDelay().enable);
attempt('createHistogram', () => typeof createHistogram().record);
attempt('timerify histogram', () => typeof performance.timerify(() => {}, { histogram: {} }));
attempt('toJSON', () => typeof performance.toJSON().timeOrigin);
