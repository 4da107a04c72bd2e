// Starts the benchmark worker and exposes its report to the Playwright driver.
const worker = new Worker(new URL('./bench-worker.js', import.meta.url), { type: 'module' });
window.benchLog = [];
window.benchDone = new Promise((resolve, reject) => {
  worker.onmessage = ({ data }) => {
    if (data.log) window.benchLog.push(data.log);
    if (data.report) resolve(data.report);
    if (data.error) reject(new Error(data.error));
  };
});
worker.postMessage('start');
