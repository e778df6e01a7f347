// The HTTPS server of Selo's MTA-STS fixtures (RFC 8461 3.3): answers
// https://mta-sts.<domain>/.well-known/mta-sts.txt with
// tests/dns/policies/<domain>.txt, and 404 for any other name or path.
// Every policy carries `access-control-allow-origin: *` so that a page can
// read it, except mtasts-nocors.test's: that fixture is the case a browser
// cannot read. No redirects, no caching.
//
//   node policy-server.mjs --cert CERT --key KEY [--host 127.0.0.1] [--port 443]
import { createServer } from "node:https";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const host = args.host ?? "127.0.0.1";
const port = Number(args.port ?? 443);
const policies = join(dirname(fileURLToPath(import.meta.url)), "policies");
const NO_CORS = new Set(["mtasts-nocors.test"]);
const DOMAIN = /^mta-sts\.([a-z0-9-]+(\.[a-z0-9-]+)*)$/;

const server = createServer({ cert: readFileSync(args.cert), key: readFileSync(args.key) }, (req, res) => {
  const name = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase().replace(/\.$/, "");
  const m = DOMAIN.exec(name);
  const path = new URL(req.url, "https://x").pathname;
  const file = m && join(policies, `${m[1]}.txt`);
  const headers = { "cache-control": "no-store" };
  if (!(m && m[1] && NO_CORS.has(m[1]))) headers["access-control-allow-origin"] = "*";
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
  } else if (path === "/.well-known/mta-sts.txt" && file && existsSync(file)) {
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, "content-type": "text/plain", "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  } else {
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("no policy here\n");
  }
  console.log(`${new Date().toISOString()} ${req.method} ${name}${req.url} ${res.statusCode}`);
});
server.listen(port, host, () => console.log(`policy server on https://${host}:${port}`));
for (const sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
