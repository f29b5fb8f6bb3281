// hush inspector: recent exchanges (live over SSE) and the last hour's charts (plain SVG).
// Everything shown comes from hush's /inspector/api/*; text from the network only ever goes into
// textContent or SVG text nodes, never into markup. The token (if any) comes from the URL
// fragment (#token=..., never sent to a server) or the form, and lives in sessionStorage.
'use strict';

const MAX_ROWS = 500;
const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777',
  '#65a30d', '#9333ea', '#ea580c', '#0d9488', '#4b5563'];

const state = { records: [], lastSeq: 0, hosts: new Set(), types: new Set(), actions: new Set(),
  statsTimer: null, stats: null, colors: new Map() };

function $(id) { return document.getElementById(id); }

function token() {
  const m = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem('hush-token', decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('hush-token') || '';
}

function headers() {
  const t = token();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

async function api(path) {
  const r = await fetch(`/inspector/api/${path}`, { headers: headers(), cache: 'no-store' });
  if (r.status === 401 || r.status === 403) {
    showLogin();
    throw new Error(`hush answered ${r.status}`);
  }
  if (!r.ok) throw new Error(`hush answered ${r.status}`);
  return r.json();
}

function showLogin() {
  $('login').hidden = false;
  setStatus('off', 'token needed');
}

function setStatus(cls, text) {
  const s = $('status');
  s.className = `status ${cls}`;
  s.textContent = text;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function colorOf(name) {
  if (!state.colors.has(name)) {
    state.colors.set(name, PALETTE[state.colors.size % PALETTE.length]);
  }
  return state.colors.get(name);
}

// ---- the list -------------------------------------------------------------------------------

function timeOf(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour12: false });
}

function matches(r) {
  const host = $('f-host').value.trim().toLowerCase();
  const type = $('f-type').value;
  const action = $('f-action').value;
  if (host && !String(r.host || '').toLowerCase().includes(host)) return false;
  if (type && !(r.pii && r.pii[type] > 0)) return false;
  if (action && r.action !== action) return false;
  return true;
}

function rowOf(r, fresh) {
  const tr = el('tr', fresh ? 'new' : '');
  tr.dataset.host = r.host || '';
  tr.dataset.action = r.action || '';
  tr.appendChild(el('td', '', timeOf(r.time)));
  tr.appendChild(el('td', '', r.client || ''));
  tr.appendChild(el('td', '', r.method || ''));
  tr.appendChild(el('td', '', r.port && r.port !== 443 ? `${r.host}:${r.port}` : r.host || ''));
  const path = el('td', 'path', r.path || '');
  path.title = r.path || '';
  tr.appendChild(path);
  tr.appendChild(el('td', `num${r.status >= 400 ? ' s-err' : ''}`, r.status || ''));
  tr.appendChild(el('td', 'num', typeof r.duration_ms === 'number' ? `${r.duration_ms.toFixed(1)} ms` : ''));
  const act = el('td');
  const pill = el('span', `pill a-${String(r.action || 'none').replace(/[^a-z_]/g, '')}`, r.action || '');
  const why = r.refusal || r.reason;
  if (why) pill.title = r.reason ? `${r.refusal}: ${r.reason}` : r.refusal;
  act.appendChild(pill);
  if (r.refusal) act.appendChild(el('span', 'why', ` ${r.refusal}`));
  tr.appendChild(act);
  const pii = el('td', 'pii');
  for (const [type, n] of Object.entries(r.pii || {})) {
    const s = el('span');
    s.appendChild(el('b', '', type));
    s.appendChild(document.createTextNode(` ${n}`));
    pii.appendChild(s);
  }
  tr.appendChild(pii);
  return tr;
}

function addOption(select, set, value) {
  if (!value || set.has(value)) return;
  set.add(value);
  const o = el('option', '', value);
  o.value = value;
  select.appendChild(o);
}

function noteFilters(r) {
  if (r.host && !state.hosts.has(r.host)) {
    state.hosts.add(r.host);
    const o = el('option');
    o.value = r.host;
    $('hosts').appendChild(o);
  }
  for (const t of Object.keys(r.pii || {})) addOption($('f-type'), state.types, t);
  addOption($('f-action'), state.actions, r.action);
}

function renderRows() {
  const body = $('rows');
  body.replaceChildren();
  let shown = 0;
  for (let i = state.records.length - 1; i >= 0; i--) {
    if (matches(state.records[i])) {
      body.appendChild(rowOf(state.records[i], false));
      shown++;
    }
  }
  updateCounts(shown);
}

function updateCounts(shown) {
  $('shown').textContent = `${shown} of ${state.records.length} shown`;
  $('empty').hidden = state.records.length > 0;
}

function addRecord(seq, r, live) {
  if (seq <= state.lastSeq) return;
  state.lastSeq = seq;
  state.records.push(r);
  noteFilters(r);
  if (state.records.length > MAX_ROWS) state.records.shift();
  if (live) {
    const body = $('rows');
    if (matches(r)) body.insertBefore(rowOf(r, true), body.firstChild);
    while (body.childNodes.length > MAX_ROWS) body.removeChild(body.lastChild);
    updateCounts(body.childNodes.length);
    scheduleStats(1000);
  }
}

// ---- the stream: SSE over fetch, so the token can go in a header -------------------------------

async function stream() {
  let backoff = 1000;
  for (;;) {
    try {
      const r = await fetch(`/inspector/api/stream?after=${state.lastSeq}`,
        { headers: { ...headers(), Accept: 'text/event-stream' }, cache: 'no-store' });
      if (r.status === 401 || r.status === 403) { showLogin(); return; }
      if (!r.ok || !r.body) throw new Error(`stream answered ${r.status}`);
      setStatus('live', 'live');
      backoff = 1000;
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        let cut;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          let id = 0, data = '';
          for (const line of frame.split('\n')) {
            if (line.startsWith('id: ')) id = Number(line.slice(4));
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (id && data) {
            try { addRecord(id, JSON.parse(data), true); } catch { /* a torn frame: skip it */ }
          }
        }
        if (buf.length > 1 << 20) buf = ''; /* never grow without bound */
      }
    } catch (e) {
      /* fall through to the reconnect */
    }
    setStatus('off', 'reconnecting');
    await new Promise((res) => setTimeout(res, backoff));
    backoff = Math.min(backoff * 2, 15000);
  }
}

// ---- charts (hand-written SVG) ------------------------------------------------------------------

const W = 480, H = 150, PAD_L = 34, PAD_R = 6, PAD_T = 8, PAD_B = 18;

function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function frame(svg, max, minutes, fmt) {
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.replaceChildren();
  const y0 = H - PAD_B;
  for (const f of [0, 0.5, 1]) {
    const y = y0 - f * (y0 - PAD_T);
    svg.appendChild(svgEl('line', { x1: PAD_L, x2: W - PAD_R, y1: y, y2: y, class: 'axis' }));
    svg.appendChild(svgEl('text', { x: PAD_L - 4, y: y + 3, 'text-anchor': 'end' }, fmt(max * f)));
  }
  const n = minutes.length;
  for (const [i, label] of [[0, '-60m'], [Math.floor(n / 2), '-30m'], [n - 1, 'now']]) {
    const x = PAD_L + ((i + 0.5) * (W - PAD_L - PAD_R)) / n;
    svg.appendChild(svgEl('text', { x, y: H - 4, 'text-anchor': 'middle' }, label));
  }
}

function legend(id, entries) {
  const box = $(id);
  box.replaceChildren();
  for (const [name, color, total] of entries) {
    const s = el('span');
    const i = el('i');
    i.style.background = color;
    s.appendChild(i);
    s.appendChild(document.createTextNode(total === undefined ? name : `${name} ${total}`));
    box.appendChild(s);
  }
}

// series: [{name, color, values[]}]; stacked bars, one per minute.
function bars(id, minutes, series) {
  const svg = $(id);
  const n = minutes.length;
  let max = 0, total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const s of series) sum += s.values[i] || 0;
    max = Math.max(max, sum);
    total += sum;
  }
  max = niceMax(max);
  frame(svg, max, minutes, (v) => (Number.isInteger(v) ? v : v.toFixed(1)));
  const bw = (W - PAD_L - PAD_R) / n, y0 = H - PAD_B, span = y0 - PAD_T;
  for (let i = 0; i < n; i++) {
    let y = y0;
    for (const s of series) {
      const v = s.values[i] || 0;
      if (!v) continue;
      const h = (v / max) * span;
      y -= h;
      const r = svgEl('rect', { x: PAD_L + i * bw + 0.5, y, width: Math.max(bw - 1, 1), height: h,
        fill: s.color });
      r.appendChild(svgEl('title', {}, `${s.name}: ${v}`));
      svg.appendChild(r);
    }
  }
  svg.dataset.total = String(total);
  legend(id.replace('chart', 'legend'), series.map((s) => [s.name, s.color,
    s.values.reduce((a, b) => a + (b || 0), 0)]));
}

// series: [{name, color, values[] (null: no data)}]; lines.
function lines(id, minutes, series, unit) {
  const svg = $(id);
  const n = minutes.length;
  let max = 0, points = 0;
  for (const s of series) for (const v of s.values) if (v != null) { max = Math.max(max, v); points++; }
  max = niceMax(max);
  frame(svg, max, minutes, (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)}k` : Number.isInteger(v) ? v : v.toFixed(1)));
  const bw = (W - PAD_L - PAD_R) / n, y0 = H - PAD_B, span = y0 - PAD_T;
  for (const s of series) {
    let d = '';
    s.values.forEach((v, i) => {
      if (v == null) return;
      const x = PAD_L + (i + 0.5) * bw, y = y0 - (v / max) * span;
      d += `${d && s.values[i - 1] != null ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
      svg.appendChild(svgEl('circle', { cx: x, cy: y, r: 1.8, fill: s.color }));
    });
    if (d) svg.appendChild(svgEl('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 1.5 }));
  }
  svg.dataset.points = String(points);
  const last = (s) => { for (let i = s.values.length - 1; i >= 0; i--) if (s.values[i] != null) return s.values[i]; return undefined; };
  legend(id.replace('chart', 'legend'), series.map((s) => {
    const v = last(s);
    return [s.name, s.color, v === undefined ? undefined : `${v}${unit}`];
  }));
}

function renderCharts(st) {
  const m = st.minutes;
  bars('chart-requests', m, [
    { name: 'intercepted requests', color: '#2563eb', values: m.map((x) => x.requests || 0) },
    { name: 'tunnels and other connections', color: '#a78bfa', values: m.map((x) => x.connections || 0) },
  ]);
  bars('chart-pii', m, st.types.map((t) => ({ name: t, color: colorOf(t),
    values: m.map((x) => (x.pii && x.pii[t]) || 0) })));
  bars('chart-refusals', m, st.reasons.map((t) => ({ name: t, color: colorOf(`r:${t}`),
    values: m.map((x) => (x.reasons && x.reasons[t]) || 0) })));
  lines('chart-latency', m, ['p50', 'p90', 'p99'].map((p, i) => ({ name: p,
    color: ['#16a34a', '#d97706', '#dc2626'][i],
    values: m.map((x) => (x.latency_ms ? x.latency_ms[p] : null)) })), ' ms');
  const now = Math.floor(st.now / 60) * 60;
  lines('chart-open', m, [
    { name: 'connections', color: '#2563eb', values: m.map((x) => (x.open_connections ?? (x.t === now ? 0 : null))) },
    { name: 'tunnels', color: '#a78bfa', values: m.map((x) => (x.open_tunnels ?? (x.t === now ? 0 : null))) },
  ], '');
  let req = 0, found = 0, refused = 0;
  for (const x of m) {
    req += (x.requests || 0) + (x.connections || 0);
    refused += x.refusals || 0;
    for (const v of Object.values(x.pii || {})) found += v;
  }
  $('summary').textContent = `last hour: ${req} requests and connections, ${found} PII values found, ${refused} refused`;
}

async function refreshStats() {
  state.statsTimer = null;
  try {
    state.stats = await api('stats');
    renderCharts(state.stats);
  } catch { /* shown by the status */ }
}

function scheduleStats(ms) {
  if (!state.statsTimer) state.statsTimer = setTimeout(refreshStats, ms);
}

// ---- start ----------------------------------------------------------------------------------

async function start() {
  $('login').hidden = true;
  try {
    const recent = await api('recent?limit=500');
    for (const { seq, record } of recent.records) addRecord(seq, record, false);
    state.lastSeq = Math.max(state.lastSeq, recent.seq);
    renderRows();
    await refreshStats();
  } catch {
    return;
  }
  setInterval(() => scheduleStats(0), 10000);
  stream();
}

document.addEventListener('DOMContentLoaded', () => {
  for (const id of ['f-host', 'f-type', 'f-action']) $(id).addEventListener('input', renderRows);
  $('f-clear').addEventListener('click', () => {
    $('f-host').value = '';
    $('f-type').value = '';
    $('f-action').value = '';
    renderRows();
  });
  $('login').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('hush-token', $('token').value);
    $('token').value = '';
    start();
  });
  start();
});
