// Trunk pre_build hook:
// 1. joins style/*.css into one stylesheet (tokens.css, then base.css, then
//    one file per component in name order), which index.html's single css
//    link points at. Trunk does not follow @import.
// 2. writes target/web/pages.json, the loader's page-to-module map, from
//    `Page` in src/lib.rs (the native `selo-page-map` program prints it);
//    scripts/post_build.mjs writes the loader from it.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const first = ['tokens.css', 'base.css'];
const rest = readdirSync('style')
  .filter((f) => f.endsWith('.css') && !first.includes(f))
  .sort();
const out = [...first, ...rest]
  .map((f) => `/* style/${f} */\n${readFileSync(`style/${f}`, 'utf8')}`)
  .join('\n');
mkdirSync('target/web', { recursive: true });
writeFileSync('target/web/selo.css', out);

const map = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'selo-page-map'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  // Trunk's own settings are for the wasm build, not this native program.
  env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_TARGET'))),
});
JSON.parse(map);
writeFileSync('target/web/pages.json', map);
