// The page shell: analyze in a worker, show the JSON, highlight hashtags.
// User text is only ever put into text nodes, never parsed as HTML.
import { AnalyzerClient } from './analyzer-client.js';

const client = new AnalyzerClient();
const input = document.getElementById('input');
const view = document.getElementById('view');
const status = document.getElementById('status');
const jsonOut = document.getElementById('json');

function render(text, result) {
  view.replaceChildren();
  let pos = 0;
  for (const h of result.hashtags) {
    if (h.start < pos) continue;
    view.append(document.createTextNode(text.slice(pos, h.start)));
    const mark = document.createElement('mark');
    mark.className = 'hashtag';
    mark.dataset.start = h.start;
    mark.dataset.end = h.end;
    mark.textContent = text.slice(h.start, h.end);
    view.append(mark);
    pos = h.end;
  }
  view.append(document.createTextNode(text.slice(pos)));
}

async function analyze() {
  const text = input.value;
  status.textContent = '…';
  try {
    const { result, ms } = await client.analyze(text);
    render(text, result);
    jsonOut.textContent = JSON.stringify(result, null, 2);
    status.textContent = `${ms.toFixed(1)} ms`;
    document.body.dataset.analyzed = 'true';
  } catch (e) {
    status.textContent = `خطأ: ${e.message}`;
  }
}

document.getElementById('analyze').addEventListener('click', analyze);
input.addEventListener('paste', () => setTimeout(analyze, 0));
