import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { renderHtml } from '../../src/reporters/html/render.js';
import { imageRenderOptions, imageReport } from './image-fixture-report.js';

/**
 * The image report page in real headless Chromium: its image, vulnerability and package sections render, the
 * finding filters still work, and the page loads nothing and logs no error. Without Chromium the test is skipped,
 * except in CI.
 */

const chromiumPath = process.env['BULWARK_CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(chromiumPath);
const missing = `Chromium not found at ${chromiumPath} (apt-get install chromium, or set BULWARK_CHROMIUM)`;

describe('image HTML report in headless Chromium', () => {
  if (!available && process.env['CI'] === 'true') {
    it('has Chromium available in CI', () => assert.fail(missing));
    return;
  }
  const skip = available ? false : missing;
  let browser: Browser | undefined;
  let page: Page;
  let directory = '';
  let pageUrl = '';
  const requests: string[] = [];
  const problems: string[] = [];

  before(async () => {
    if (!available) return;
    directory = mkdtempSync(path.join(tmpdir(), 'bulwark-html-image-'));
    const file = path.join(directory, 'image.html');
    writeFileSync(file, renderHtml(imageReport, imageRenderOptions()));
    pageUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      if (route.request().url() === pageUrl) await route.continue();
      else await route.abort();
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pageUrl);
  });

  after(async () => {
    await browser?.close();
    if (directory !== '') rmSync(directory, { recursive: true, force: true });
  });

  it('renders the image facts, layers, vulnerabilities and packages', { skip }, async () => {
    assert.equal(await page.locator('#image .facts tr').count(), 6);
    assert.equal(await page.locator('#image .layers tbody tr').count(), 3);
    assert.equal(await page.locator('#vulnerabilities tbody tr').count(), 4);
    assert.equal(await page.locator('#vulnerabilities tr.status-suppressed').count(), 1);
    assert.equal(await page.locator('#packages tbody tr').count(), 6);
    assert.equal(await page.locator('.card.files .label').textContent(), 'images scanned');
  });

  it('filters the image findings like any others', { skip }, async () => {
    assert.equal(await page.locator('#visible-count').textContent(), 'Showing 4 of 5 findings');
    await page.fill('#filter-text', '/app/.env');
    const visible: string[] = [];
    for (const row of await page.locator('tbody.finding:not([hidden])').all())
      visible.push((await row.getAttribute('data-rule')) ?? '');
    assert.deepEqual(visible, ['IM001']);
    await page.click('button[type="reset"]');
    await page.locator('#visible-count', { hasText: 'Showing 4 of 5 findings' }).waitFor();
  });

  it('made no network request and logged no error or CSP violation', { skip }, () => {
    assert.deepEqual(requests, [pageUrl]);
    assert.deepEqual(problems, []);
  });
});
