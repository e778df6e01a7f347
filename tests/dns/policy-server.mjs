// The HTTPS server of Selo's MTA-STS fixtures (RFC 8461 3.3): answers
// https://mta-sts.<domain>/.well-known/mta-sts.txt with
// tests/dns/policies/<domain>.txt, and 404 for any other name or path.
// Every policy carries `access-control-allow-origin: *` so that a page can
// read it, except mtasts-nocors.test's: that fixture is the case a browser
// cannot read. mtasts-endless.test's policy never ends: a policy followed by
// filler lines, streamed with no content-length until the client goes away
// (or 16 MiB were sent), and the bytes sent are logged, so a test can see
// that the client stopped at its limit. No redirects, no caching.
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
const ENDLESS = new Set(["mtasts-endless.test"]);
const ENDLESS_MAX = 16 * 1024 * 1024;

// Streams a policy and then filler lines until the client closes the
// connection or ENDLESS_MAX bytes were written, minding back-pressure.
function endless(req, res, headers, name) {
  res.writeHead(200, { ...headers, "content-type": "text/plain" });
  const filler = Buffer.from("# " + "x".repeat(1021) + "\n");
  let sent = 0;
  let done = false;
  const finish = (why) => {
    if (done) return;
    done = true;
    console.log(`${new Date().toISOString()} endless ${name}: ${sent} bytes sent, ${why}`);
  };
  const pump = () => {
    while (!done && sent < ENDLESS_MAX) {
      const chunk = sent === 0 ? Buffer.from("version: STSv1\nmode: testing\nmx: mx1.mtasts-endless.test\nmax_age: 86400\n") : filler;
      sent += chunk.length;
      if (!res.write(chunk)) return res.once("drain", pump);
    }
    if (!done) {
      res.end();
      finish("the limit of the fixture reached");
    }
  };
  res.on("close", () => finish("the client closed the connection"));
  pump();
}
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
  } else if (path === "/.well-known/mta-sts.txt" && m && ENDLESS.has(m[1])) {
    if (req.method === "HEAD") res.writeHead(200, { ...headers, "content-type": "text/plain" }).end();
    else endless(req, res, headers, name);
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
