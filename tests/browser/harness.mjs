// Shared setup for browser tests: serves dist/ and drives Debian's Chromium
// through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  // Playwright gives every launch a fresh temporary profile.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Starts a server for dist/ and returns { url, close }. */
export async function site(headers = {}) {
  const server = await serve(DIST, { headers });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Opens the app and waits until the first step accepts typing. Collects page errors. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('#f-basic-org');
  page.errors = errors;
  return page;
}
