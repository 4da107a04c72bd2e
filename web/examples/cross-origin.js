// Loads the widget module from the origin named by ?from= (e.g. a CDN), as a host page that
// embeds it from elsewhere would with <script type="module" src="https://cdn…/arabic-analyzer-widget.js">.
const from = new URLSearchParams(location.search).get('from') || new URL('../', location.href).href;
document.getElementById('from').textContent = from;
await import(new URL('arabic-analyzer-widget.js', from).href);
