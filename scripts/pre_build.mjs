// Trunk pre_build hook: joins style/*.css into one stylesheet (tokens.css,
// then base.css, then one file per component in name order), which
// index.html's single css link points at. Trunk does not follow @import.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';

const first = ['tokens.css', 'base.css'];
const rest = readdirSync('style')
  .filter((f) => f.endsWith('.css') && !first.includes(f))
  .sort();
const out = [...first, ...rest]
  .map((f) => `/* style/${f} */\n${readFileSync(`style/${f}`, 'utf8')}`)
  .join('\n');
mkdirSync('target/web', { recursive: true });
writeFileSync('target/web/selo.css', out);
