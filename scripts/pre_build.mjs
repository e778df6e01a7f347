// Trunk pre_build hook:
// 1. joins style/*.css into one stylesheet (tokens.css, then base.css, then
//    one file per component in name order), which index.html's single css
//    link points at. Trunk does not follow @import.
// 2. runs the native `selo-page-map` program (src/bin/page-map.rs), which
//    writes target/web/pages.json, the loader's page-to-module map, from
//    `Page` in src/lib.rs, and target/web/home.json, the home page's HTML in
//    each language, from the app's components; scripts/post_build.mjs writes
//    the loader and the home page's files from them.
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

execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'selo-page-map', '--', 'target/web'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // Trunk's own settings are for the wasm build, not this native program.
  env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_TARGET'))),
});
JSON.parse(readFileSync('target/web/pages.json', 'utf8'));
JSON.parse(readFileSync('target/web/home.json', 'utf8'));
