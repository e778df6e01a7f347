// Serves dist/ on http://127.0.0.1:8080/ (or PORT) until interrupted, with
// the same static server the end-to-end tests use.
import { serve } from '../tests/e2e/lib/server.mjs';

const port = Number(process.env.PORT || 8080);
const { url } = await serve({ prefix: '/', port });
console.log(`Selo is served on ${url} (Ctrl-C to stop)`);
