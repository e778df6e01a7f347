// A tiny static file server for dist/, on 127.0.0.1 and a free port, under a
// sub-path (default /selo/) to prove the site needs no rewrite rules and no
// root path. Nothing here is cached by the browser (no-store), so each test
// sees the build as it is.
//
// For measurements, `brotli: true` answers `Content-Encoding: br` (quality
// 11, compressed once per file) as a static host would, and `throttle:
// { latencyMs, bitsPerSecond }` holds each answer `latencyMs` and then sends
// the bodies of all answers through one link of `bitsPerSecond`: a slow
// phone network seen from the server, so the workers' downloads are slowed
// too (a page's CDP throttling does not reach its workers).
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to { url, close }. `url` ends with the prefix. */
export async function serve({ root = DIST, prefix = '/selo/', port = 0, brotli = false, throttle = null } = {}) {
  const compressed = new Map();
  const squeeze = (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }));
    }
    return compressed.get(file);
  };
  // One link shared by every answer: the time at which it is next free.
  let linkFreeAt = 0;
  const send = async (res, body) => {
    if (!throttle) return res.end(body);
    await new Promise((ok) => setTimeout(ok, throttle.latencyMs));
    const bytesPerMs = throttle.bitsPerSecond / 8 / 1000;
    const CHUNK = 4096;
    for (let at = 0; at < body.length; at += CHUNK) {
      const chunk = body.subarray(at, at + CHUNK);
      const now = performance.now();
      linkFreeAt = Math.max(linkFreeAt, now) + chunk.length / bytesPerMs;
      const wait = linkFreeAt - now;
      if (wait > 1) await new Promise((ok) => setTimeout(ok, wait));
      if (!res.write(chunk)) await new Promise((ok) => res.once('drain', ok));
    }
    res.end();
  };
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html not found: build first (tests/e2e/run.sh does)`);
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = squeeze(file, body);
        headers['content-encoding'] = 'br';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      await send(res, body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
