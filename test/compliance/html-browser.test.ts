import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { renderHtml } from '../../src/reporters/html/render.js';
import { fixtureRules } from '../reporters/fixture-report.js';
import { fixtureComplianceReport } from './fixture-compliance.js';

/**
 * The compliance section in real headless Chromium: every control renders with its status, the extra styles pass
 * the page's CSP (a blocked style is a console error), the hostile title stays text, and nothing is fetched.
 * Without Chromium the test is skipped, except in CI.
 */

const chromiumPath = process.env['BULWARK_CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(chromiumPath);
const missing = `Chromium not found at ${chromiumPath} (apt-get install chromium, or set BULWARK_CHROMIUM)`;

describe('HTML compliance section in headless Chromium', () => {
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
    directory = mkdtempSync(path.join(tmpdir(), 'bulwark-compliance-html-'));
    const file = path.join(directory, 'report.html');
    writeFileSync(file, renderHtml(fixtureComplianceReport, { rules: fixtureRules, color: false }));
    pageUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
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
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(pageUrl);
  });

  after(async () => {
    await browser?.close();
    if (directory !== '') rmSync(directory, { recursive: true, force: true });
  });

  it('shows every control with its status, in order', { skip }, async () => {
    const rows = page.locator('#compliance tr.control');
    const seen: string[] = [];
    for (const row of await rows.all())
      seen.push(`${await row.getAttribute('data-control')}=${await row.getAttribute('data-status')}`);
    assert.deepEqual(seen, [
      '1.2.9=manual',
      '1.2.10=not-assessed',
      '5.1.1=pass',
      '5.2.2=fail',
      '5.2.3=pass',
      '5.7.3.hostile=manual',
    ]);
    assert.equal(await page.locator('#compliance .card.control-fail .count').textContent(), '1');
    assert.equal(await page.locator('#compliance .card.control-pass .count').textContent(), '2');
    const score = await page.locator('#compliance-score').textContent();
    assert.match(score ?? '', /^Score 66\.7% \(2 pass, 1 fail; 2 manual, 1 not assessed\)/);
    const failing = await page.locator('tr[data-control="5.2.2"] td').nth(3).innerText();
    assert.equal(failing, '2 findings: KW001\n1 suppressed');
  });

  it('applies the section styles (allowed by the CSP hash)', { skip }, async () => {
    // A string, not a function: the test's tsconfig has no DOM types.
    const background = await page.evaluate(
      `getComputedStyle(document.querySelector('tr[data-control="5.1.1"] .badge')).backgroundColor`,
    );
    assert.equal(background, 'rgb(46, 125, 50)');
  });

  it('keeps the hostile title as text', { skip }, async () => {
    const title = await page.locator('tr[data-control="5.7.3.hostile"] td').nth(1).textContent();
    assert.ok(title?.startsWith('Title with <script>alert("x")</script> & \'quotes\''));
    assert.equal(await page.locator('main script').count(), 0);
  });

  it('made no network request and logged no error or CSP violation', { skip }, () => {
    assert.deepEqual(requests, [pageUrl]);
    assert.deepEqual(problems, []);
  });
});
