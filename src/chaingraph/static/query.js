'use strict';
// Builds every piece of the page with textContent: data from the store is never parsed as HTML.
let prefixes = {};

function compact(iri) {
  let best = null;
  for (const [name, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [name, ns];
  }
  return best ? best[0] + ':' + iri.slice(best[1].length) : '<' + iri + '>';
}

function termText(term) {
  if (!term) return '';
  if (term.type === 'uri') return compact(term.value);
  if (term.type === 'bnode') return '_:' + term.value;
  if (term.type === 'literal') {
    if (term['xml:lang']) return term.value + ' @' + term['xml:lang'];
    return term.value;
  }
  return JSON.stringify(term.value);
}

function showStatus(text, isError) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

function showTable(data) {
  const results = document.getElementById('results');
  results.replaceChildren();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement('th');
    th.textContent = '?' + name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) {
      const cell = row.insertCell();
      cell.textContent = termText(binding[name]);
      if (binding[name] && binding[name].type === 'uri') cell.title = binding[name].value;
    }
  }
  results.appendChild(table);
  showStatus(data.results.bindings.length + ' 行 · rows', false);
}

function showText(text) {
  const results = document.getElementById('results');
  const pre = document.createElement('pre');
  pre.textContent = text;
  results.replaceChildren(pre);
}

async function runQuery(event) {
  event.preventDefault();
  const query = document.getElementById('query').value;
  showStatus('…', false);
  document.getElementById('results').replaceChildren();
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query',
                'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: query,
    });
    const text = await response.text();
    if (!response.ok) { showStatus(response.status + ': ' + text, true); return; }
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/sparql-results+json')) {
      const data = JSON.parse(text);
      if ('boolean' in data) { showText(String(data.boolean)); showStatus('ASK', false); }
      else showTable(data);
    } else { showText(text); showStatus('', false); }
  } catch (err) {
    showStatus(String(err), true);
  }
}

async function loadExamples() {
  const response = await fetch('/examples.json');
  const data = await response.json();
  prefixes = data.prefixes;
  const list = document.getElementById('examples');
  for (const example of data.examples) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.name = example.name;
    const zh = document.createElement('span');
    zh.textContent = example.zh || example.name;
    const en = document.createElement('span');
    en.className = 'en';
    en.textContent = example.en;
    button.append(zh, en);
    button.addEventListener('click', () => { document.getElementById('query').value = example.query; });
    item.appendChild(button);
    list.appendChild(item);
  }
}

document.getElementById('query-form').addEventListener('submit', runQuery);
loadExamples();
