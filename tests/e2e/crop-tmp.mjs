import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 1100 } });
const data = readFileSync(process.argv[2]).toString('base64');
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}" style="display:block;margin-top:-${process.argv[3]}px"></body>`);
await p.screenshot({ path: process.argv[4] });
await b.close();
