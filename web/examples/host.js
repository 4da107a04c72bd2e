// The host site's own script (example): a click handler on a link inside the article, and a
// listener for the widget's `analyzed` event. Both must keep working once the widget has
// highlighted the article in place.
const log = document.getElementById('host-log');
window.hostLinkClicks = 0;
document.getElementById('host-link').addEventListener('click', (event) => {
  window.hostLinkClicks++;
  event.preventDefault();
  log.textContent = `host link clicked ${window.hostLinkClicks}×`;
});
document.getElementById('host-button').addEventListener('click', () => {
  log.textContent = 'host button clicked';
});
window.hostAnalyzed = [];
document.addEventListener('analyzed', (event) => {
  const { result, ms, text } = event.detail;
  window.hostAnalyzed.push({ id: event.target.id, result, text });
  const who = event.target.id || 'widget';
  log.textContent = `${who}: ${result.entities.length} entities, ${result.keywords.length} keywords, ` +
    `${result.hashtags.length} hashtags in ${ms.toFixed(1)} ms`;
});
