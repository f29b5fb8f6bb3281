// The inspector page in a real headless Chromium (Debian's, driven by playwright-core): the page
// loads from the admin listener, traffic sent through hush with curl appears as rows and in the
// charts while the page is open, filters narrow the list, and PII sent through hush (in a body,
// a path segment, a query string and a header) appears in no byte the page, its JSON or its
// stream serves. From a non-loopback address the page asks for the management token and works
// with it in the URL fragment. A screenshot lands in the test's temp dir (kept with KEEP_TMP=1).
// Runs in its own network namespace with only loopback, so the browser can reach nothing else.
import '../helpers/require-node.mjs';
import { spawnSync, execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const CHROMIUM = process.env.HUSH_CHROMIUM || '/usr/bin/chromium';
if (process.env.HUSH_ISOLATED !== '1') {
  const u = process.getuid() === 0 ? ['-n'] : ['-rn'];
  if (spawnSync('unshare', [...u, 'true']).status !== 0) {
    console.log('SKIP: cannot create a network namespace (need root or user namespaces)');
    process.exit(77);
  }
  /* 10.88.0.2 on lo: an address that is not loopback, for a client that needs the token */
  const r = spawnSync('unshare', [...u, 'sh', '-c',
    'ip link set lo up && ip addr add 10.88.0.2/32 dev lo && exec "$@"', 'sh',
    process.execPath, ...process.execArgv, process.argv[1]],
  { stdio: 'inherit', env: { ...process.env, HUSH_ISOLATED: '1' } });
  process.exit(r.status ?? 1);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: no Chromium at ${CHROMIUM} (contrib/deps.sh test installs Debian's chromium)`);
  process.exit(77);
}

const { test, before, after } = await import('node:test');
const assert = (await import('node:assert/strict')).default;
const { chromium } = await import('playwright-core');
const { startStack, waitFor } = await import('../helpers/hush.mjs');

const TOKEN = 'inspector-test-token-0123456789';
const EMAIL = 'jane.doe@example.com';
const CARD = '4111 1111 1111 1111';
const SECRET_HEADER = 'x-inspector-canary-value-7c1f';
const PII = [EMAIL, CARD, CARD.replace(/ /g, ''), 'jane.doe%40example.com', SECRET_HEADER];
const WAIT = 20000; /* a safety net on a busy machine, never the assertion */

let stack, admin, browser, page;
const served = []; /* every byte the inspector served, as text: [what, text] */
let streamText = '';
let streamReq;

function curl(args) {
  return new Promise((resolve) => {
    execFile('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-m', '20',
      '-x', `http://127.0.0.1:${stack.port}`, '--cacert', path.join(stack.dir, 'ca.crt'), ...args],
    (err, stdout) => resolve(String(stdout)));
  });
}

async function get(p, headers = {}) {
  const r = await fetch(`http://127.0.0.1:${admin}${p}`, { headers });
  const text = await r.text();
  served.push([p, text]);
  return { status: r.status, headers: r.headers, text };
}

before(async () => {
  stack = await startStack({ HUSH_ADMIN_LISTEN: '0.0.0.0:0', HUSH_MANAGEMENT_TOKEN: TOKEN });
  fs.writeFileSync(path.join(stack.dir, 'ca.crt'), stack.ca);
  admin = Number(await waitFor(() => /event=admin_listening addr=\S+ port=(\d+)/.exec(stack.log())?.[1],
    'the admin listener'));
  /* a raw reader of the stream from the start: everything it carries is checked for PII */
  await new Promise((resolve, reject) => {
    streamReq = http.get(`http://127.0.0.1:${admin}/inspector/api/stream`, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => { streamText += d; });
      res.on('error', () => {});
      resolve();
    });
    streamReq.on('error', reject);
  });
  const profile = fs.mkdtempSync(path.join(stack.dir, 'chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    timeout: 60000,
  });
  page = browser.pages()[0] || await browser.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('response', async (r) => {
    if (r.url().includes('/inspector/api/stream')) return; /* never ends; the raw reader has it */
    try { served.push([`browser ${r.url()}`, (await r.body()).toString('utf8')]); } catch { /* gone */ }
  });
});

after(async () => {
  streamReq?.destroy();
  await browser?.close();
  await stack?.stop();
});

test('the page loads from the admin listener and goes live', async () => {
  await page.goto(`http://127.0.0.1:${admin}/inspector/`);
  await page.waitForSelector('#status.live');
  assert.equal(await page.title(), 'hush inspector');
  assert.equal(await page.locator('#chart-requests').count(), 1);
});

test('a request through hush appears as a row and in the charts, live', async () => {
  const before = Number(await page.locator('#chart-requests').getAttribute('data-total'));
  const body = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user',
    content: `Write to ${EMAIL}, card ${CARD}.` }] });
  const code = await curl(['-H', 'content-type: application/json', '-d', body,
    'https://api.openai.com/v1/chat/completions']);
  assert.equal(code, '200');
  /* PII in the query and a header cannot round-trip: blocked (urlAndHeaderPii), and shown so */
  assert.equal(await curl(['-H', 'content-type: application/json', '-H', `x-user: ${SECRET_HEADER}`,
    '-d', '{"model":"x"}', `https://api.openai.com/v1/chat/completions?user=${encodeURIComponent(EMAIL)}`]),
  '403');
  const row = page.locator('#rows tr[data-host="api.openai.com"][data-action="masked"]').first();
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /POST/);
  assert.match(text, /\/v1\/chat\/completions/);
  assert.match(text, /EMAIL\s*1/);
  assert.match(text, /CREDIT_CARD\s*1/);
  await page.waitForFunction((n) => Number(document.getElementById('chart-requests').dataset.total) > n,
    before, { timeout: WAIT });
  await page.waitForFunction(() => Number(document.getElementById('chart-pii').dataset.total) >= 2,
    null, { timeout: WAIT });
  assert.match(await page.locator('#legend-pii').innerText(), /EMAIL/);
  await page.waitForFunction(() => Number(document.getElementById('chart-latency').dataset.points) > 0,
    null, { timeout: WAIT });
});

test('a PII path segment shows redacted; refusals show with their reason', async () => {
  const code = await curl(['-H', 'content-type: application/json', '-d', '{"model":"x"}',
    `https://api.openai.com/v1/files/${EMAIL}/content`]);
  assert.ok(code.length === 3, `curl answered ${code}`);
  await page.locator('#rows tr td.path', { hasText: '/v1/files/[EMAIL]/content' }).first().waitFor();
  assert.equal(await curl(['-H', 'content-type: application/json', '-d', '{not json',
    'https://api.openai.com/v1/chat/completions']), '400');
  assert.equal(await curl(['https://example.com:25/']), '000'); /* CONNECT refused: 403 */
  await page.locator('#rows tr[data-action="refused"]', { hasText: 'hush_invalid_json' }).first().waitFor();
  await page.locator('#rows tr[data-action="blocked"]', { hasText: 'hush_blocked_destination' })
    .first().waitFor();
  /* the chart counts refusals by reason as they come; the 403s of the PII path already make two,
   * so wait for this reason itself, not for a total */
  await page.waitForFunction(
    () => /hush_invalid_json/.test(document.getElementById('legend-refusals').innerText),
    null, { timeout: WAIT });
  assert.ok(Number(await page.locator('#chart-refusals').getAttribute('data-total')) >= 2);
});

test('filters narrow the list by action, type and host', async () => {
  await page.selectOption('#f-action', 'refused');
  await page.waitForFunction(() => [...document.querySelectorAll('#rows tr')]
    .every((tr) => tr.dataset.action === 'refused') && document.querySelectorAll('#rows tr').length > 0);
  await page.selectOption('#f-action', '');
  await page.selectOption('#f-type', 'CREDIT_CARD');
  await page.waitForFunction(() => document.querySelectorAll('#rows tr').length === 1);
  await page.selectOption('#f-type', '');
  await page.fill('#f-host', 'example.com');
  await page.waitForFunction(() => [...document.querySelectorAll('#rows tr')]
    .every((tr) => tr.dataset.host === 'example.com') && document.querySelectorAll('#rows tr').length > 0);
  await page.click('#f-clear');
  await page.waitForFunction(() => document.querySelectorAll('#rows tr').length >= 4);
  const shot = path.join(stack.dir, 'inspector.png');
  await page.screenshot({ path: shot, fullPage: true });
  assert.ok(fs.statSync(shot).size > 10000);
  console.log(`# screenshot: ${shot}`);
});

test('no PII value appears in any byte the page, its JSON or its stream served', async () => {
  for (const p of ['/inspector/', '/inspector/app.js', '/inspector/app.css', '/inspector/api/recent',
    '/inspector/api/stats']) {
    assert.equal((await get(p)).status, 200, p);
  }
  /* the stream carried the records (so this check can fail), the same ones the JSON holds */
  await waitFor(() => streamText.includes('hush_blocked_destination'), 'the stream to carry the records', WAIT);
  assert.match(streamText, /"EMAIL":1/);
  served.push(['stream', streamText]);
  served.push(['rendered page', await page.content()]);
  served.push(['page text', await page.locator('body').innerText()]);
  const recent = served.find(([w]) => w === '/inspector/api/recent')[1];
  assert.match(recent, /"CREDIT_CARD":1/);
  for (const [what, text] of served) {
    for (const v of PII) {
      assert.ok(!text.includes(v), `${what} holds a PII value`);
    }
  }
  assert.ok(served.length >= 10, `only ${served.length} responses were checked`);
});

test('the page is only on the admin listener, with a strict content policy', async () => {
  const r = await fetch(`http://127.0.0.1:${stack.port}/inspector/`);
  assert.equal(r.status, 404);
  const s = await fetch(`http://127.0.0.1:${stack.port}/inspector/api/recent`);
  assert.equal(s.status, 404);
  const p = await get('/inspector/');
  assert.match(p.headers.get('content-security-policy'), /default-src 'none'; script-src 'self'/);
  assert.equal(p.headers.get('cache-control'), 'no-store');
});

test('from a non-loopback address the page asks for the token, and works with it', async () => {
  const base = `http://10.88.0.2:${admin}/inspector/`;
  const p1 = await browser.newPage();
  await p1.goto(base);
  await p1.waitForSelector('#login:not([hidden])');
  assert.equal(await p1.locator('#rows tr').count(), 0);
  assert.match(await p1.locator('#status').innerText(), /token/);
  await p1.fill('#token', 'not-the-token-0123456789');
  await p1.click('#login button');
  await p1.waitForSelector('#login:not([hidden])');
  assert.equal(await p1.locator('#rows tr').count(), 0);
  await p1.close();
  const p2 = await browser.newPage();
  await p2.goto(`${base}#token=${TOKEN}`);
  await p2.waitForSelector('#status.live');
  await p2.locator('#rows tr[data-host="api.openai.com"]').first().waitFor({ timeout: WAIT });
  assert.ok(!p2.url().includes(TOKEN), 'the token is taken out of the address bar');
  await p2.close();
});
