import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { renderHtml } from '../../src/reporters/html/render.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

/**
 * The HTML report in real headless Chromium: rows render, the filters and counts work, the hostile message stays
 * text, and the page asks the network for nothing. Without Chromium the test is skipped, except in CI.
 */

const chromiumPath = process.env['BULWARK_CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(chromiumPath);
const missing = `Chromium not found at ${chromiumPath} (apt-get install chromium, or set BULWARK_CHROMIUM)`;

interface PageState {
  visible: string[];
  count: string;
  facets: Record<string, string>;
  noMatch: boolean;
}

async function state(page: Page): Promise<PageState> {
  const visible: string[] = [];
  for (const row of await page.locator('tbody.finding:not([hidden])').all())
    visible.push((await row.getAttribute('data-rule')) ?? '');
  const facets: Record<string, string> = {};
  for (const facet of await page.locator('[data-facet]').all())
    facets[(await facet.getAttribute('data-facet')) ?? ''] = (await facet.textContent()) ?? '';
  return {
    visible,
    count: (await page.locator('#visible-count').textContent()) ?? '',
    facets,
    noMatch: await page.locator('#no-match').isVisible(),
  };
}

/** What the browser's own XML parser makes of the JUnit output (the test's tsconfig has no DOM types, hence a string). */
const parsedJunit = z.object({
  errors: z.number(),
  testcases: z.number(),
  tests: z.string().nullable(),
  message: z.string(),
});

function parseInBrowser(xml: string): string {
  return `(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
    const cases = [...doc.getElementsByTagName('testcase')];
    const kw020 = cases.find((node) => (node.getAttribute('name') || '').startsWith('KW020'));
    const failure = kw020 ? kw020.getElementsByTagName('failure')[0] : undefined;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      testcases: cases.length,
      tests: doc.documentElement.getAttribute('tests'),
      message: failure ? failure.getAttribute('message') || '' : '',
    };
  })()`;
}

describe('HTML report in headless Chromium', () => {
  if (!available && process.env['CI'] === 'true') {
    it('has Chromium available in CI', () => assert.fail(missing));
    return;
  }
  const skip = available ? false : missing;
  let browser: Browser | undefined;
  let page: Page;
  let directory = '';
  const requests: string[] = [];
  const problems: string[] = [];
  let pageUrl = '';

  before(async () => {
    if (!available) return;
    directory = mkdtempSync(path.join(tmpdir(), 'bulwark-html-'));
    const file = path.join(directory, 'report.html');
    writeFileSync(file, renderHtml(fixtureReport, { rules: fixtureRules, color: false }));
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
    // Every request is recorded; anything but the page itself is refused, so a regression cannot reach the network.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === pageUrl) await route.continue();
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

  it('renders every failing finding, hides suppressed ones, and shows the counts', { skip }, async () => {
    const initial = await state(page);
    assert.deepEqual(initial.visible, [
      'DF010',
      'DF020',
      'DF002',
      'DC015',
      'DC003',
      'KW012',
      'KW001',
      'KW020',
    ]);
    assert.equal(initial.count, 'Showing 8 of 10 findings');
    assert.deepEqual(initial.facets, { critical: '3', high: '2', medium: '1', low: '1', info: '1' });
    assert.equal(initial.noMatch, false);
    assert.equal(await page.locator('.card.errors .count').textContent(), '2');
    assert.equal(await page.locator('#errors tbody tr').count(), 2);
  });

  it('shows the hostile message as text and runs no script from it', { skip }, async () => {
    const message = await page.locator('tbody[data-rule="KW020"] .message').textContent();
    assert.equal(message, fixtureReport.findings.find((finding) => finding.ruleId === 'KW020')?.message);
    assert.equal(await page.locator('main script').count(), 0);
    const error = await page.locator('#errors tbody tr').first().textContent();
    assert.match(error ?? '', /unknown key "failon" <did you mean "failOn"\?> & more/);
  });

  it('filters by severity, rule, file, text and suppression, updating the counts', { skip }, async () => {
    await page.uncheck('input[name="severity"][value="critical"]');
    let now = await state(page);
    assert.deepEqual(now.visible, ['DF020', 'DF002', 'DC015', 'KW012', 'KW020']);
    assert.equal(now.count, 'Showing 5 of 10 findings');
    assert.equal(now.facets['critical'], '3', 'a severity facet counts what checking it would add');
    await page.check('input[name="severity"][value="critical"]');

    await page.selectOption('#filter-rule', 'KW001');
    now = await state(page);
    assert.deepEqual(now.visible, ['KW001']);
    assert.equal(now.count, 'Showing 1 of 10 findings');
    assert.deepEqual(now.facets, { critical: '1', high: '0', medium: '0', low: '0', info: '0' });
    await page.selectOption('#filter-rule', '');

    await page.selectOption('#filter-file', 'Dockerfile');
    now = await state(page);
    assert.deepEqual(now.visible, ['DF010', 'DF020', 'DF002']);
    assert.equal(now.count, 'Showing 3 of 10 findings');

    await page.check('#show-suppressed');
    now = await state(page);
    assert.deepEqual(now.visible, ['DF010', 'DF020', 'DF031', 'DF002']);
    assert.equal(now.facets['medium'], '1');

    await page.fill('#filter-text', 'env api_token');
    now = await state(page);
    assert.deepEqual(now.visible, ['DF010']);

    await page.fill('#filter-text', 'nothing matches this');
    now = await state(page);
    assert.deepEqual(now.visible, []);
    assert.equal(now.count, 'Showing 0 of 10 findings');
    assert.equal(now.noMatch, true);

    await page.click('button[type="reset"]');
    await page.locator('#visible-count', { hasText: 'Showing 8 of 10 findings' }).waitFor();
    assert.equal((await state(page)).visible.length, 8);
  });

  it('parses the JUnit XML with a real XML parser and keeps escaped text intact', { skip }, async () => {
    const xml = renderJunit(fixtureReport, { rules: fixtureRules, color: false });
    const parsed = parsedJunit.parse(await page.evaluate(parseInBrowser(xml)));
    assert.equal(parsed.errors, 0);
    assert.equal(String(parsed.testcases), parsed.tests);
    assert.equal(
      parsed.message,
      fixtureReport.findings.find((finding) => finding.ruleId === 'KW020')?.message,
    );
  });

  it('made no network request and logged no error or CSP violation', { skip }, () => {
    assert.deepEqual(requests, [pageUrl]);
    assert.deepEqual(problems, []);
  });
});
