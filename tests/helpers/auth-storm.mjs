// auth-storm.mjs PORT TARGET USER GOODPW [N]: N connections each send one proxy request with a
// wrong password for USER; once they are all written (and a moment has passed, so hush has them
// first), one request with the right password follows. Prints JSON: the authorised request's
// status and how many wrong-password answers had arrived before it was answered.
import net from 'node:net';

const [port, target, user, good, nArg] = process.argv.slice(2);
const n = Number(nArg || 6);
const basic = (pw) => Buffer.from(`${user}:${pw}`).toString('base64');
const request = (pw) =>
    `GET ${target} HTTP/1.1\r\nHost: x\r\nProxy-Authorization: Basic ${basic(pw)}\r\n\r\n`;

function send(pw) {
    return new Promise((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1');
        let buf = '';
        let done = false;
        const finish = () => {
            if (!done) {
                done = true;
                resolve(buf.split('\r\n')[0]);
            }
        };
        s.on('connect', () => s.write(request(pw)));
        s.on('data', (d) => {
            buf += d;
            if (buf.includes('\r\n')) {
                finish();
                s.destroy();
            }
        });
        s.on('error', finish);
        s.on('close', finish);
    });
}

let stormAnswered = 0;
const storm = [];
for (let i = 0; i < n; i++) {
    storm.push(send(`wrong-${i}`).then(() => stormAnswered++));
}
await new Promise((r) => setTimeout(r, 300)); // order only: the storm reaches hush first
const status = await send(good);
const before = stormAnswered;
await Promise.all(storm);
console.log(JSON.stringify({ status, stormAnsweredBefore: before, storm: n }));
