// pattern.mjs: deterministic pseudo-random bytes that a server streams and a test re-creates.
//
// The byte stream for (seed) is made of 64 KiB blocks: block k is a base block (from a seeded
// PRNG) XORed word by word with a 32-bit value mixed from k and the seed. So a lost, repeated or
// reordered block, and any shift, changes the checksum, while producing a block costs one copy
// and 16K XORs. The server (mock-upstream /download, origin /bytes) and the client import this
// same module, so a test can compute the expected sha256 without trusting the server.
import { createHash } from 'node:crypto';

export const BLOCK = 64 * 1024;

// mulberry32: small, fast, good enough for test data.
export function mulberry32(seed) {
    let a = seed >>> 0;
    return function next() {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (t ^ (t >>> 14)) >>> 0;
    };
}

function mix32(x) {
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    return (x ^ (x >>> 16)) >>> 0;
}

const bases = new Map(); // seed -> Uint32Array base block (a few seeds at most in practice)

function baseBlock(seed) {
    let base = bases.get(seed);
    if (!base) {
        const rng = mulberry32(seed);
        base = new Uint32Array(BLOCK / 4);
        for (let i = 0; i < base.length; i++) base[i] = rng();
        if (bases.size > 16) bases.clear();
        bases.set(seed, base);
    }
    return base;
}

// Block k of the stream for seed, as a fresh Buffer of BLOCK bytes.
export function patternBlock(seed, k) {
    const base = baseBlock(seed >>> 0);
    const out = new Uint32Array(BLOCK / 4);
    const m = mix32((k ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
    for (let i = 0; i < out.length; i++) out[i] = base[i] ^ m;
    return Buffer.from(out.buffer);
}

// Bytes [offset, offset + length) of the stream for seed.
export function patternBytes(seed, offset, length) {
    const parts = [];
    let pos = offset;
    const end = offset + length;
    while (pos < end) {
        const k = Math.floor(pos / BLOCK);
        const from = pos - k * BLOCK;
        const to = Math.min(BLOCK, end - k * BLOCK);
        parts.push(patternBlock(seed, k).subarray(from, to));
        pos += to - from;
    }
    return Buffer.concat(parts);
}

// True when nothing more can be written to res (h1 ServerResponse or h2 compat response).
export function responseGone(res) {
    return Boolean(res.destroyed || res.stream?.destroyed || res.writableEnded);
}

// Write the first `length` bytes of the stream to an http response (h1 or h2 compat), honouring
// back-pressure, then end it. Stops quietly if the client goes away.
export function streamPattern(res, seed, length) {
    let k = 0;
    let sent = 0;
    const pump = () => {
        while (sent < length) {
            if (responseGone(res)) return;
            const n = Math.min(BLOCK, length - sent);
            const block = patternBlock(seed, k++);
            sent += n;
            if (!res.write(n === BLOCK ? block : block.subarray(0, n))) {
                res.once('drain', pump);
                return;
            }
        }
        res.end();
    };
    pump();
}

// sha256 hex of the first `length` bytes of the stream, as a client would compute it.
export function patternSha256(seed, length) {
    const h = createHash('sha256');
    let k = 0;
    for (let sent = 0; sent < length; sent += BLOCK) {
        const n = Math.min(BLOCK, length - sent);
        const block = patternBlock(seed, k++);
        h.update(n === BLOCK ? block : block.subarray(0, n));
    }
    return h.digest('hex');
}
