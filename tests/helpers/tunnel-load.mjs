// Many CONNECT tunnels at once through hush, each moving a random payload to an echo
// server and back; sha256 of what was sent must equal sha256 of what came back, for every
// tunnel. The echo server runs in this process on 127.0.0.1 and honours half-close, so the
// client's end() must travel through hush and the echo's end() must come back.
//
// usage: node tunnel-load.mjs --proxy-port P [--tunnels 200] [--bytes 4194304]
import net from 'node:net';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    'proxy-port': { type: 'string' },
    tunnels: { type: 'string', default: '200' },
    bytes: { type: 'string', default: String(4 << 20) },
    timeout: { type: 'string', default: '120000' },
  },
});
const proxyPort = Number(a['proxy-port']);
const tunnels = Number(a.tunnels);
const bytes = Number(a.bytes);

const echo = net.createServer({ allowHalfOpen: true }, (s) => {
  s.pipe(s); // pipe() ends the writable side when the readable side ends
  s.on('error', () => {});
});
await new Promise((r) => echo.listen(0, '127.0.0.1', r));
const echoPort = echo.address().port;

function oneTunnel(id) {
  return new Promise((resolve, reject) => {
    const sent = crypto.createHash('sha256');
    const got = crypto.createHash('sha256');
    let received = 0;
    let head = Buffer.alloc(0);
    let established = false;
    const s = net.connect({ port: proxyPort, host: '127.0.0.1', allowHalfOpen: true });
    s.on('connect', () => {
      s.write(`CONNECT 127.0.0.1:${echoPort} HTTP/1.1\r\nHost: 127.0.0.1:${echoPort}\r\n\r\n`);
    });
    s.on('data', (d) => {
      if (!established) {
        head = Buffer.concat([head, d]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        const status = head.subarray(0, head.indexOf('\r\n')).toString();
        if (!/^HTTP\/1\.1 200 /.test(status)) return reject(new Error(`tunnel ${id}: ${status}`));
        established = true;
        const rest = head.subarray(end + 4);
        if (rest.length) { got.update(rest); received += rest.length; }
        // Write in pieces so back-pressure is exercised, then half-close.
        let off = 0;
        const pump = () => {
          while (off < bytes) {
            const chunk = crypto.randomBytes(Math.min(65536, bytes - off));
            sent.update(chunk);
            off += chunk.length;
            if (!s.write(chunk)) return s.once('drain', pump);
          }
          s.end();
        };
        pump();
        return;
      }
      got.update(d);
      received += d.length;
    });
    s.on('end', () => {
      const h = got.digest('hex');
      s.destroy();
      if (received !== bytes) return reject(new Error(`tunnel ${id}: got ${received} of ${bytes} bytes`));
      if (h !== sent.digest('hex')) return reject(new Error(`tunnel ${id}: checksum mismatch`));
      resolve();
    });
    s.on('error', (e) => reject(new Error(`tunnel ${id}: ${e.message}`)));
  });
}

const timer = setTimeout(() => { console.error('timed out'); process.exit(2); }, Number(a.timeout));
const t0 = Date.now();
const results = await Promise.allSettled(Array.from({ length: tunnels }, (_, i) => oneTunnel(i)));
clearTimeout(timer);
echo.close();
const failed = results.filter((r) => r.status === 'rejected');
for (const f of failed.slice(0, 5)) console.error(f.reason.message);
const secs = (Date.now() - t0) / 1000;
console.log(`tunnels=${tunnels} ok=${tunnels - failed.length} failed=${failed.length} ` +
  `bytes_each=${bytes} seconds=${secs.toFixed(2)} MB/s=${((2 * tunnels * bytes) / secs / 1e6).toFixed(0)}`);
process.exit(failed.length ? 1 : 0);
