// Trunk post_build hook: runs in the staging dir before it becomes dist/.
//
// 1. The loader: Trunk injects an inline <script type="module"> that loads
//    the whole app; it becomes one that loads the module holding the page,
//    and on the home page shows the home page's static HTML in the chosen
//    language (written by src/bin/page-map.rs from the app's components,
//    target/web/home.json; one file per language, named by content): no
//    wasm. Strict CSP: script-src allows it by its sha256 only.
// 2. Names by content: the extra page modules, the two workers (the engine
//    worker, selo-worker, and the message analyzer, selo-analyzer) with
//    their loader shims, and the Portuguese words get a content hash in
//    their names, as Trunk gives its main module; the page learns the
//    workers' and the words' names from meta elements written here.
// 3. Offline: sw.js gets the list of files to precache (every file of the
//    build) and a cache name derived from their contents, so each build
//    gets a new cache.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run me from trunk)');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Trunk's loader always starts its main module (the generators'), and its
// preload links fetch it on every visit. Replace both with a loader that
// starts the module that holds the page the URL names, or shows the home
// page's HTML when it names none. Each path starts fetching its wasm
// before its JavaScript glue has arrived.
const trunkLoader = html.match(
  /<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+_bg\.wasm)' \}\);[\s\S]*?<\/script>/,
);
if (!trunkLoader) {
  console.error("post_build: Trunk's inline loader in index.html has an unknown shape");
  process.exit(1);
}
const [appJs, appWasm] = [trunkLoader[1], trunkLoader[2]];
// Every page's `page` value (empty for the home page) and the module that
// holds it: `Page::module_map` in src/lib.rs, written to target/web/pages.json
// by scripts/pre_build.mjs. The pages of Trunk's main module (the
// generators', which also takes unknown values) need no entry.
const MAIN = 'selo-web';
const PAGES = JSON.parse(readFileSync('target/web/pages.json', 'utf8'));
if (PAGES[''] !== '') {
  console.error('post_build: target/web/pages.json gives the home page a module; it is static HTML');
  process.exit(1);
}
// The home page in each language: its files, named by content.
const HOME = {};
for (const [key, { lang, title, html: body }] of Object.entries(JSON.parse(readFileSync('target/web/home.json', 'utf8')))) {
  const file = `home-${key}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.html`;
  writeFileSync(join(dir, file), body);
  HOME[key] = { lang, title, file: `./${file}` };
}
if (!HOME.en || !HOME.pt) {
  console.error('post_build: target/web/home.json lacks the home page in English or Portuguese');
  process.exit(1);
}
const MODULES = Object.fromEntries(Object.entries(PAGES).filter(([p, m]) => p !== '' && m !== MAIN));

// wasm-bindgen's JavaScript glue (each page downloads its module's) comes
// indented and commented: whole-line comments, indentation and blank lines
// go (about 0.8 KB brotli a page). Only when no line continues a string or
// template onto the next one (a backslash at its end, an odd number of
// backticks); the result must still parse (`node --check`), else the build
// stops. Before that, the classes of wasm-streams' `IntoUnderlying*` go
// (about 0.35 KB): Leptos links them, but their glue has neither a
// constructor nor a `__wrap`, so no instance can ever exist (index.html's
// wasm-opt passes remove their wasm exports); kept if anything else still
// names them.
const dropStreamClasses = (js) => {
  const out = js
    .replace(/^([ \t]*)(?:export )?class (IntoUnderlying\w+) \{\n[\s\S]*?\n\1\}\n(?:\1if \(Symbol\.dispose\) \2\.prototype\[Symbol\.dispose\] = \2\.prototype\.free;\n)?(?:\1exports\.\2 = \2;\n)?/gm, '')
    .replace(/^[ \t]*const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*\n/gm, '');
  const rest = out.replace(/^[ \t]*const __wbindgen_enum_ReadableStreamType = .*\n/m, (line) =>
    out.split('__wbindgen_enum_ReadableStreamType').length === 2 ? '' : line);
  return /intounderlying/i.test(rest) ? js : rest;
};
const compactGlue = (file, module) => {
  const path = join(dir, file);
  let js;
  try {
    js = readFileSync(path, 'utf8');
  } catch {
    console.error(`post_build: ${file} is missing (index.html builds it with a rust link)`);
    process.exit(1);
  }
  const out = dropStreamClasses(js)
    .replace(/^[ \t]*\/\*(?:[^*]|\*(?!\/))*\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{2,}/g, '\n');
  const spans = out.split('\n').some((l) => /\\$/.test(l) || ((l.match(/`/g) || []).length % 2 === 1));
  const check = join(tmpdir(), `selo-glue-${process.pid}.${module ? 'mjs' : 'cjs'}`);
  writeFileSync(check, out);
  const parsed = spawnSync(process.execPath, ['--check', check], { encoding: 'utf8' });
  unlinkSync(check);
  if (spans || parsed.status !== 0) {
    console.error(`post_build: ${file} cannot be compacted safely: ${spans ? 'a string spans lines' : parsed.stderr}`);
    process.exit(1);
  }
  writeFileSync(path, out);
};
compactGlue(appJs, true);
for (const m of new Set(Object.values(MODULES))) compactGlue(`${m}.js`, false);
for (const w of ['selo-worker', 'selo-analyzer', 'selo-records']) compactGlue(`${w}.js`, false);
// Trunk names these modules without a content hash (it builds them as
// "workers"): give them one, as Trunk does its main module, so that no
// cache can pair a new page with an old module.
const hashed = {};
for (const m of new Set(Object.values(MODULES))) {
  const files = [`${m}.js`, `${m}_bg.wasm`];
  const hash = createHash('sha256');
  for (const f of files) {
    try {
      hash.update(readFileSync(join(dir, f)));
    } catch {
      console.error(`post_build: ${f} is missing (index.html builds it with a rust link)`);
      process.exit(1);
    }
  }
  hashed[m] = `${m}-${hash.digest('hex').slice(0, 16)}`;
  renameSync(join(dir, files[0]), join(dir, `${hashed[m]}.js`));
  renameSync(join(dir, files[1]), join(dir, `${hashed[m]}_bg.wasm`));
}
// The workers: glue and wasm named by their content, then the loader shim
// that Trunk writes for each (data-loader-shim: it imports the glue and
// starts the wasm) rewritten with those names and named by its own content.
// The page reads the loader's name from <meta name="selo-worker"> (and
// selo-analyzer, selo-records), see src/worker.rs; a page and a worker of
// two builds can then only meet through a cache that kept an old page, and
// the version check of the boundary (crates/selo-boundary) refuses that
// pair. The record worker's loader holds its glue instead of importing it:
// one round trip less before its wasm is asked for, since the validator's
// first finding waits for it.
const INLINE_GLUE = new Set(['selo-records']);
const workers = {};
for (const w of ['selo-worker', 'selo-analyzer', 'selo-records']) {
  const [js, wasm, shim] = [`${w}.js`, `${w}_bg.wasm`, `${w}_loader.js`];
  const hash = createHash('sha256');
  let loader;
  let glue;
  try {
    glue = readFileSync(join(dir, js), 'utf8');
    hash.update(glue).update(readFileSync(join(dir, wasm)));
    loader = readFileSync(join(dir, shim), 'utf8');
  } catch {
    console.error(`post_build: ${w}'s files are missing (index.html builds it with data-loader-shim)`);
    process.exit(1);
  }
  const named = `${w}-${hash.digest('hex').slice(0, 16)}`;
  renameSync(join(dir, wasm), join(dir, `${named}_bg.wasm`));
  const refs = loader.match(new RegExp(`\\./${w}(\\.js|_bg\\.wasm)`, 'g')) || [];
  const imports = `importScripts("./${js}");`;
  if (refs.length !== 2 || (INLINE_GLUE.has(w) && !loader.includes(imports))) {
    console.error(`post_build: ${shim} has an unknown shape: ${loader}`);
    process.exit(1);
  }
  loader = loader.replaceAll(`./${wasm}`, `./${named}_bg.wasm`);
  if (INLINE_GLUE.has(w)) {
    loader = loader.replace(imports, `${glue}\n`);
    unlinkSync(join(dir, js));
  } else {
    renameSync(join(dir, js), join(dir, `${named}.js`));
    loader = loader.replaceAll(`./${js}`, `./${named}.js`);
  }
  const loaderName = `${w}_loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, loaderName), loader);
  unlinkSync(join(dir, shim));
  workers[w] = loaderName;
}
// The pages whose module starts the record worker from the loader (the
// validator: a record in its link is checked as soon as the worker is
// up), and the point of the module's download at which it starts: half of
// its wasm. The worker's loader and then its wasm each take a round trip
// before their bytes flow; started at half, on a slow phone network (150
// ms, 1.6 Mbit/s) its bytes follow the module's with the link never idle,
// and take none of the bandwidth the module needs to become usable. Other
// pages start it with their first question (src/engine.rs).
const EARLY = Object.entries(PAGES).filter(([, m]) => m === 'selo-validate').map(([p]) => p);
if (EARLY.length === 0) {
  console.error('post_build: target/web/pages.json names no page of selo-validate');
  process.exit(1);
}
const EARLY_AT = Math.round(statSync(join(dir, `${hashed['selo-validate']}_bg.wasm`)).size / 2);

// The home page's script: its HTML in the stored language, else the
// browser's (as src/i18n's initial_lang), else English; the language
// switch; no module at all. Named by content, like every file.
const homeScript = `(() => {
    const home = ${JSON.stringify(HOME)};
    const key = (tag) => {
      const p = (tag || '').split(/[-_]/)[0].toLowerCase();
      return home[p] ? p : null;
    };
    let stored = null;
    try { stored = localStorage.getItem('selo-lang'); } catch {}
    const files = {};
    // Each file fetched once; one that failed is asked for again next time.
    const get = (l) => (files[l] ||= fetch(home[l].file)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
      .catch((e) => { delete files[l]; throw e; }));
    const wanted = key(stored) || key(navigator.language) || 'en';
    const parsed = new Promise((done) => document.readyState === 'loading'
      ? document.addEventListener('DOMContentLoaded', done, { once: true })
      : done());
    // Shown when the Portuguese words could not be fetched; the choice stays.
    const missing = (m) => parsed.then(() => document.getElementById('lang-notice')?.toggleAttribute('hidden', !m));
    let shown = [];
    const show = (l, text) => {
      const focus = document.activeElement?.closest?.('.lang-switch button[lang]')?.getAttribute('lang');
      const t = document.createElement('template');
      t.innerHTML = text;
      for (const n of shown) n.remove();
      shown = [...t.content.childNodes];
      document.body.append(t.content);
      document.documentElement.lang = home[l].lang;
      document.title = home[l].title;
      if (focus) document.querySelector(\`.lang-switch button[lang="\${focus}"]\`)?.focus();
    };
    const first = get(wanted).then((text) => [wanted, text], (e) => {
      if (wanted === 'en') throw e;
      missing(true);
      return get('en').then((text) => ['en', text]);
    });
    Promise.all([first, parsed]).then(([[l, text]]) => {
      show(l, text);
      document.documentElement.setAttribute('data-ready', '');
      document.addEventListener('click', (e) => {
        const b = e.target.closest?.('.lang-switch button[lang]');
        const l = b && key(b.getAttribute('lang'));
        if (!l) return;
        try { localStorage.setItem('selo-lang', home[l].lang); } catch {}
        get(l).then((text) => { missing(false); show(l, text); }, () => missing(true));
      });
      if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e) => console.warn('Selo: no offline use:', e));
      }
    }).catch((e) => console.error('Selo could not show the home page:', e));
})();
`;
const homeBuilt = homeScript.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '');
const homeJs = `./home-${createHash('sha256').update(homeBuilt).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, homeJs.slice(2)), homeBuilt);

// A classic script placed before the stylesheet: it runs while the parser
// reaches it, so the wasm is fetched and compiled while the stylesheet
// loads (a module script would wait for it), and the app starts once the
// body is parsed.
const loader = `<script>
(() => {
  const page = new URLSearchParams(location.search).get('page');
  // The home page: static HTML, shown by its own small script (below),
  // so that no other page downloads that code.
  if (!page) {
    const s = document.createElement('script');
    s.src = '${homeJs}';
    document.head.append(s);
    return;
  }
  const modules = new Map(${JSON.stringify(Object.entries(MODULES).map(([p, m]) => [p, hashed[m]]))});
  // A module built by Trunk as a "worker" (a global wasm_bindgen), or the
  // generators' (Trunk's main, an ES module).
  const name = modules.get(page);
  const glue = name ? \`./\${name}.js\` : './${appJs}';
  const wasm = name ? \`./\${name}_bg.wasm\` : './${appWasm}';
  // The record worker, on the validator's page (src/worker.rs takes it
  // over with what it has said so far; if it cannot start, the page starts
  // its own and reports that).
  let records = () => {
    records = () => {};
    try {
      const w = new Worker('./${workers['selo-records']}');
      const said = [w];
      w.onmessage = (e) => said.push(e.data);
      w.onerror = (e) => { e.preventDefault(); w.terminate(); delete self.seloRecords; };
      self.seloRecords = said;
    } catch {}
  };
  // Started once this much of the module's wasm has arrived.
  const counted = (r) => {
    if (!${JSON.stringify(EARLY)}.includes(page) || !r.body) return r;
    let seen = 0;
    const body = r.body.pipeThrough(new TransformStream({
      transform(chunk, out) {
        seen += chunk.byteLength;
        if (seen >= ${EARLY_AT}) records();
        out.enqueue(chunk);
      },
      flush() { records(); },
    }));
    return new Response(body, { status: r.status, headers: r.headers });
  };
  const compiled = fetch(wasm).then(counted).then((r) =>
    (r.headers.get('content-type') || '').startsWith('application/wasm')
      ? WebAssembly.compileStreaming(r)
      : r.arrayBuffer().then((b) => WebAssembly.compile(b)));
  const init = !name
    ? import(glue).then((m) => m.default)
    : new Promise((loaded, failed) => {
        const s = document.createElement('script');
        s.src = glue;
        s.onload = () => loaded(wasm_bindgen);
        s.onerror = failed;
        document.head.append(s);
      });
  // The language choice is read from localStorage before the first
  // render; opening the storage takes the browser a few milliseconds the
  // first time, spent here while the wasm downloads instead.
  try { localStorage.length; } catch {}
  const parsed = new Promise((done) => document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', done, { once: true })
    : done());
  Promise.all([init, compiled, parsed])
    .then(([start, module_or_path]) => start({ module_or_path }))
    .catch((e) => console.error('Selo could not start:', e));
})();
</script>`;
// Its comments are for its readers here: every page downloads the loader,
// so the built page keeps its code only (whole-line comments and
// indentation go; no line of it holds a string that spans lines).
const loaderBuilt = loader.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '');
html = html.replace(trunkLoader[0], '');
const cssAt = html.indexOf('<link rel="stylesheet"');
if (cssAt < 0) {
  console.error("post_build: index.html has no stylesheet link to put the loader before");
  process.exit(1);
}
html = `${html.slice(0, cssAt)}${loaderBuilt}\n${html.slice(cssAt)}`;
const preloads = /\s*<link rel="(?:modulepreload|preload)" href="\.\/selo-web-[^"]*"[^>]*>/g;
if ((html.match(preloads) || []).length !== 2) {
  console.error("post_build: expected Trunk's two preload links for the app in index.html");
  process.exit(1);
}
html = html.replace(preloads, '');

// Every inline script (no src attribute) gets a hash.
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('post_build: no inline loader script found in index.html');
  process.exit(1);
}
const before = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(before)) {
  console.error(`post_build: the CSP in index.html must contain "${before}"`);
  process.exit(1);
}
html = html.replace(before, `${before} ${hashes.join(' ')}`);
writeFileSync(indexPath, html);

// The Portuguese pack gets its content hash in its name (no cache serves an
// old one), and the page learns that name from a meta element; so does it
// the workers' loaders' names (above).
const packPath = join(dir, 'lang', 'pt.txt');
let pack;
try {
  pack = readFileSync(packPath);
} catch {
  console.error('post_build: lang/pt.txt is missing from the build (index.html copies lang/)');
  process.exit(1);
}
const packName = `lang/pt-${createHash('sha256').update(pack).digest('hex').slice(0, 16)}.txt`;
renameSync(packPath, join(dir, packName));
const metaAt = '<meta name="color-scheme"';
if (!html.includes(metaAt)) {
  console.error(`post_build: index.html lacks ${metaAt}`);
  process.exit(1);
}
const metas = [
  `<meta name="selo-pt" content="${packName}" />`,
  ...Object.entries(workers).map(([w, f]) => `<meta name="${w}" content="./${f}" />`),
];
html = html.replace(metaAt, `${metas.join('\n    ')}\n    ${metaAt}`);
// The comments of index.html are for its readers here, not for every visit
// (about 1 KB brotli on each page's first load): the built page drops them.
// Only HTML comments between tags go: the inline scripts hold none, and
// their CSP hashes (above) do not change.
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
writeFileSync(indexPath, html);

// Files to precache: everything staged but the worker itself.
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split('\\').join('/'));
  }
};
walk(dir);
const assets = files.filter((f) => f !== 'sw.js').sort();
const version = createHash('sha256');
for (const f of assets) version.update(f).update(readFileSync(join(dir, f)));
const swPath = join(dir, 'sw.js');
let sw = readFileSync(swPath, 'utf8');
const list = JSON.stringify(['./', ...assets.map((f) => `./${f}`)]);
if (!sw.includes('__SELO_VERSION__') || !sw.includes('__SELO_ASSETS__')) {
  console.error('post_build: sw.js lacks the __SELO_VERSION__ / __SELO_ASSETS__ placeholders');
  process.exit(1);
}
sw = sw.replace("'__SELO_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)));
sw = sw.replace("'__SELO_ASSETS__'", list);
writeFileSync(swPath, sw);
console.log(`post_build: CSP ${hashes.join(' ')}; workers ${Object.values(workers).join(' ')}; sw.js precaches ${assets.length + 1} URLs`);
