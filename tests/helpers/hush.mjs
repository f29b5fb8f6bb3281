// Starts what an end-to-end test needs on 127.0.0.1: the test PKI, the mock AI upstream (and a
// second one whose certificate nobody trusts), and a hush configured to send api.openai.com,
// api.anthropic.com and generativelanguage.googleapis.com to the mocks. Everything stops with
// stop(). Loopback only.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProxyAgent, fetch } from 'undici';

const here = path.dirname(new URL(import.meta.url).pathname);

/* Resolves with fn()'s first truthy value, polling every 25 ms; rejects after ms. */
export function waitFor(fn, what, ms = 10000) {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      let v;
      try { v = fn(); } catch { v = null; }
      if (v) return resolve(v);
      if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 25);
    };
    tick();
  });
}

async function startMock(dir, name, cert, key) {
  const portFile = path.join(dir, `${name}.port`);
  const p = spawn(process.execPath, [path.join(here, 'mock-upstream.mjs'), '--cert', cert,
    '--key', key, '--port', '0', '--port-file', portFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const port = Number(await waitFor(() => fs.readFileSync(portFile, 'utf8').trim(), name));
  return { proc: p, port };
}

export async function startStack(extraEnv = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hush-e2e-'));
  const pki = path.join(dir, 'pki');
  execFileSync('bash', [path.join(here, 'gen-test-pki.sh'), pki], { stdio: 'ignore' });
  const mock = await startMock(dir, 'mock', path.join(pki, 'server.pem'), path.join(pki, 'server.key'));
  const bad = await startMock(dir, 'untrusted', path.join(pki, 'other.pem'), path.join(pki, 'other.key'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  const logPath = path.join(dir, 'hush.log');
  const log = fs.openSync(logPath, 'w');
  const env = {
    ...process.env,
    HUSH_LISTEN: '127.0.0.1:0',
    HUSH_WORKERS: '2',
    HUSH_DATA_DIR: data,
    HUSH_ALLOW_PRIVATE_NETWORKS: '127.0.0.0/8',
    HUSH_UPSTREAM_CA_FILE: path.join(pki, 'ca.pem'),
    HUSH_UPSTREAM_OVERRIDES: [
      `api.openai.com:443=127.0.0.1:${mock.port}`,
      `api.anthropic.com:443=127.0.0.1:${mock.port}`,
      `generativelanguage.googleapis.com:443=127.0.0.1:${bad.port}`,
      `bedrock-runtime.us-east-1.amazonaws.com:443=127.0.0.1:${mock.port}`,
    ].join(','),
    HUSH_AI_DOMAINS: 'bedrock-runtime.us-east-1.amazonaws.com',
    ...extraEnv,
  };
  const hush = spawn(process.env.HUSH_BIN, [], { env, stdio: ['ignore', 'ignore', log] });
  const port = Number(await waitFor(() => {
    const m = /event=listening addr=[^ ]*:(\d+) /.exec(fs.readFileSync(logPath, 'utf8'));
    return m && m[1];
  }, 'hush to listen'));
  const ca = fs.readFileSync(path.join(data, 'ca-cert.pem'));
  const stack = {
    dir, pki, port, ca, mock, bad, hush, logPath,
    log: () => fs.readFileSync(logPath, 'utf8'),
    dispatcher(h2 = false, trust = ca) {
      const requestTls = trust ? { ca: trust } : {};
      if (h2) requestTls.allowH2 = true;
      return new ProxyAgent({ uri: `http://127.0.0.1:${port}`, requestTls, allowH2: h2 });
    },
    fetch,
    // What the mock upstream received (straight to the mock, not through hush).
    async upstreamRequests() {
      const { Agent } = await import('undici');
      const direct = new Agent({ connect: { ca: fs.readFileSync(path.join(pki, 'ca.pem')) } });
      const r = await fetch(`https://127.0.0.1:${mock.port}/__requests`, { dispatcher: direct });
      return r.json();
    },
    async clearUpstream() {
      const { Agent } = await import('undici');
      const direct = new Agent({ connect: { ca: fs.readFileSync(path.join(pki, 'ca.pem')) } });
      await fetch(`https://127.0.0.1:${mock.port}/__requests`, { method: 'DELETE', dispatcher: direct });
    },
    // Stops everything; throws if hush's log holds a sanitizer report (make test-asan).
    async stop() {
      for (const p of [hush, mock.proc, bad.proc]) p.kill('SIGTERM');
      await new Promise((r) => (hush.exitCode !== null ? r() : hush.once('exit', r)));
      const text = fs.readFileSync(logPath, 'utf8');
      const report = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.exec(text);
      if (process.env.KEEP_TMP !== '1' && !report) fs.rmSync(dir, { recursive: true, force: true });
      if (report) {
        throw new Error(`sanitizer report in ${logPath}:\n${text.slice(report.index, report.index + 3000)}`);
      }
    },
  };
  return stack;
}
