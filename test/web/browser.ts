import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

export const artifactsDir = join(projectRoot, 'test', 'artifacts');

/** Builds web/dist when a test runs without `npm test` having built it first. */
export function ensureWebBuilt(): void {
  const built = ['graphiql', 'workspace', 'start'].every((app) => existsSync(join(projectRoot, 'web', 'dist', app, 'index.html')));
  if (!built) execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-web.mjs'), '--quiet'], { cwd: projectRoot, stdio: 'inherit' });
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Every request the page tried to send to a host other than the gateway (each was aborted). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
}

/**
 * A fresh browser context whose every request to another host fails: the pages must work with
 * nothing but the gateway, and the test asserts that nothing else was even asked for.
 */
export async function openOfflinePage(browser: Browser, gatewayUrl: string, viewport = { width: 1280, height: 900 }): Promise<OfflinePage> {
  const gatewayHost = new URL(gatewayUrl).host;
  // en-US in UTC, so dates on the page read the same on every machine.
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-US', timezoneId: 'UTC' });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const record = (url: string) => {
    if (!foreignRequests.includes(url)) foreignRequests.push(url);
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).host === gatewayHost) return route.continue();
    record(url);
    return route.abort('blockedbyclient');
  });
  // Belt and braces: requests that bypass routing (e.g. from workers) are still seen here.
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).host !== gatewayHost) record(url);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, foreignRequests, pageErrors };
}

/** Saves a PNG into test/artifacts/ (git-ignored), the whole page unless `fullPage` is false. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  await page.screenshot({ path, fullPage });
  return path;
}
