// h2-trickle: one HTTP/2 request through hush's CONNECT whose body arrives a byte at a time.
// Prints {"status": <what hush answered or null>, "ms": <when>}.
//   node h2-trickle.mjs --proxy PORT --ca HUSH-CA.pem [--interval-ms 400] [--bytes 40]
// Loopback only: the proxy is 127.0.0.1:PORT.
import http from 'node:http';
import http2 from 'node:http2';
import tls from 'node:tls';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({ options: {
  proxy: { type: 'string' }, ca: { type: 'string' }, host: { type: 'string', default: 'api.openai.com' },
  'interval-ms': { type: 'string', default: '400' }, bytes: { type: 'string', default: '40' } } });
const t0 = Date.now();
const done = (status) => { console.log(JSON.stringify({ status, ms: Date.now() - t0 })); process.exit(0); };
setTimeout(() => done(null), 20000);

http.request({ host: '127.0.0.1', port: Number(a.proxy), method: 'CONNECT', path: `${a.host}:443` })
  .on('connect', (res, socket) => {
    const session = http2.connect(`https://${a.host}`, {
      createConnection: () => tls.connect({ socket, servername: a.host, ALPNProtocols: ['h2'],
        ca: fs.readFileSync(a.ca) }),
    });
    session.on('error', () => done(null));
    const req = session.request({ ':method': 'POST', ':path': '/v1/chat/completions',
      'content-type': 'text/plain' });
    req.on('response', (h) => done(h[':status']));
    req.on('error', () => done(null));
    let sent = 0;
    const tick = setInterval(() => {
      if (sent++ >= Number(a.bytes)) { clearInterval(tick); req.end(); return; }
      req.write('a');
    }, Number(a['interval-ms']));
  }).end();
