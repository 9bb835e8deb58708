// Offline after the first visit: boot.js registers sw.js, which precaches
// the site under a cache named after the build; a new build replaces it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST } from './harness.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { PRECACHE, buildVersion } from '../../scripts/package.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of dist/ we may change, served on its own port. */
async function copySite() {
  const root = mkdtempSync(join(tmpdir(), 'union-plan-offline-'));
  cpSync(DIST, root, { recursive: true });
  const server = await serve(root);
  return {
    root,
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      const closed = new Promise((ok) => server.close(ok));
      server.closeAllConnections();
      await closed;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function openControlled(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('#f-basic-org');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  return page;
}

const cacheState = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }
  return out;
});

test('dist/sw.js names its cache after a hash of the files it precaches', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const version = buildVersion(DIST);
  assert.match(version, /^[0-9a-f]{12}$/);
  assert.ok(sw.includes(`const BUILD = "${version}";`), 'the hash of this build is in dist/sw.js');
  assert.ok(sw.includes(`const FILES = ${JSON.stringify(PRECACHE)};`));
  // a change to any precached file changes the hash
  const copy = mkdtempSync(join(tmpdir(), 'union-plan-hash-'));
  try {
    cpSync(DIST, copy, { recursive: true });
    writeFileSync(join(copy, 'boot.js'), readFileSync(join(copy, 'boot.js'), 'utf8') + '\n// changed\n');
    assert.notEqual(buildVersion(copy), version);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('after the first visit the editor loads and works with the network gone; export once it has been used', async () => {
  const site = await copySite();
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await openControlled(context, site.url);
    const version = buildVersion(site.root);
    const caches1 = await cacheState(page);
    assert.deepEqual(Object.keys(caches1), [`union-plan-${version}`]);
    assert.deepEqual(caches1[`union-plan-${version}`], PRECACHE.map((f) => '/' + f).sort());

    // The tools module (export) is not downloaded for the cache on install;
    // it is cached when first used.
    assert.ok(!caches1[`union-plan-${version}`].includes('/pkg/union_plan_tools_bg.wasm'), 'not downloaded on install');
    await page.getByRole('button', { name: /导出/ }).click();
    const [first] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="txt"]').click()]);
    assert.match(first.suggestedFilename(), /\.txt$/);
    const deadline = Date.now() + 10000;
    const cachedTools = async () => (await cacheState(page))[`union-plan-${version}`].filter((p) => p.startsWith('/pkg/union_plan_tools')).length;
    while ((await cachedTools()) < 2 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(await cachedTools(), 2, 'the tools module was cached when first used');
    // Offline, and the server gone too.
    await context.setOffline(true);
    await site.close();
    await page.reload();
    await page.waitForSelector('#f-basic-org');
    await page.locator('#f-basic-org').click();
    await page.keyboard.type('离线社区工会');
    await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('离线社区工会'));
    await page.getByRole('button', { name: /导出/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="docx"]').click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    assert.equal(readFileSync(await download.path()).subarray(0, 2).toString(), 'PK');
    // A plain address of the site opens offline too (folder -> index.html).
    const again = await context.newPage();
    await again.goto(site.url + '?from=bookmark');
    await again.waitForSelector('#f-basic-org');
    assert.equal(await again.locator('#f-basic-org').inputValue(), '离线社区工会');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.close().catch(() => {});
  }
});

test('批量审阅, opened once online, opens offline too: the full module is cached when first fetched, not on install', async () => {
  const site = await copySite();
  const context = await browser.newContext();
  try {
    const page = await openControlled(context, site.url);
    const name = `union-plan-${buildVersion(site.root)}`;
    assert.ok(!(await cacheState(page))[name].includes('/pkg/union_plan_bg.wasm'), 'not downloaded for the cache on install');
    await page.getByRole('button', { name: '批量审阅' }).click();
    await page.waitForSelector('#up-rv-files', { state: 'attached', timeout: 20000 });
    await page.getByRole('button', { name: '返回编写' }).click();
    await page.waitForFunction(() => !document.querySelector('.up-rv-host'));
    const deadline = Date.now() + 10000;
    while (!(await cacheState(page))[name].includes('/pkg/union_plan_bg.wasm') && Date.now() < deadline) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok((await cacheState(page))[name].includes('/pkg/union_plan.js'), 'the full module was cached when first fetched');
    assert.ok((await cacheState(page))[name].includes('/pkg/union_plan_bg.wasm'));
    // Offline, and the server gone too.
    await context.setOffline(true);
    await site.close();
    await page.reload();
    await page.waitForSelector('#f-basic-org');
    await page.getByRole('button', { name: '批量审阅' }).click();
    await page.waitForSelector('#up-rv-files', { state: 'attached', timeout: 20000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.close().catch(() => {});
  }
});

test('a new build installs a new cache and deletes the old one', async () => {
  const site = await copySite();
  const context = await browser.newContext();
  try {
    const page = await openControlled(context, site.url);
    const old = `union-plan-${buildVersion(site.root)}`;
    assert.deepEqual(Object.keys(await cacheState(page)), [old]);

    // "Deploy" a new build: one file and the worker change.
    writeFileSync(join(site.root, 'page.css'), readFileSync(join(site.root, 'page.css'), 'utf8') + '\n/* new build */\n');
    const next = buildVersion(site.root);
    const sw = readFileSync(join(site.root, 'sw.js'), 'utf8').replace(/^const BUILD = .*;$/m, `const BUILD = "${next}";`);
    writeFileSync(join(site.root, 'sw.js'), sw);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    // (waitForFunction does not await an async predicate: poll from here)
    const deadline = Date.now() + 15000;
    let names;
    do {
      names = await page.evaluate(() => caches.keys());
      if (names.length === 1 && names[0] === `union-plan-${next}`) break;
      await new Promise((ok) => setTimeout(ok, 100));
    } while (Date.now() < deadline);
    assert.deepEqual(names, [`union-plan-${next}`], 'only the new build\'s cache is left');
    const cached = await page.evaluate(async (name) => {
      const r = await (await caches.open(name)).match('/page.css');
      return r ? r.text() : null;
    }, `union-plan-${next}`);
    assert.match(cached, /new build/);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.close().catch(() => {});
  }
});
