// The image engine with an injected clock: database age, and the fatal errors that stop a scan before it reads.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import type { ImageScanRequest } from '../../../src/engines/image/scan-image.js';
import { ImageScanError, scanImage } from '../../../src/engines/image/scan-image.js';
import { importDatabase } from '../../../src/vuln/index.js';
import { tempDir } from '../../support/cli.js';
import { buildImage, file, indexEntry, writeOciLayout } from '../../support/image-builder.js';
import { fromRoot } from '../../support/paths.js';

const importedAt = new Date('2026-03-01T00:00:00Z');

describe('scanImage (engine, injected clock)', () => {
  let scratch: string;
  let request: ImageScanRequest;
  before(async () => {
    scratch = tempDir('scan-image');
    const image = await buildImage({
      config: { User: '1000' },
      layers: [
        {
          entries: [
            file('/etc/os-release', 'ID=debian\nVERSION_ID="12"\n'),
            file(
              '/var/lib/dpkg/status',
              'Package: libc6\nStatus: install ok installed\nSource: glibc\nVersion: 2.36-9+deb12u2\n',
            ),
          ],
        },
      ],
    });
    const layout = path.join(scratch, 'layout');
    await writeOciLayout(layout, [indexEntry(image, { refName: 'v1' })]);
    const databasePath = path.join(scratch, 'vulndb.sqlite');
    await importDatabase({ source: fromRoot('test', 'fixtures', 'vulndb'), databasePath, now: importedAt });
    request = {
      target: `${layout}:v1`,
      cwd: scratch,
      env: {},
      homedir: scratch,
      now: new Date('2026-03-03T00:00:00Z'),
      insecureRegistry: false,
      vulnerabilities: true,
      databasePath,
      ignoreUnfixed: false,
      vexFiles: [],
      config: defaultConfig,
      selection: { only: [], skip: [] },
    };
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('a fresh database gives no note; one older than 7 days gives a note, and the scan still completes', async () => {
    const fresh = await scanImage(request);
    assert.deepEqual(
      fresh.extras.notes.filter((note) => note.includes('days old')),
      [],
    );
    const stale = await scanImage({ ...request, now: new Date('2026-03-20T00:00:00Z') });
    assert.ok(stale.extras.notes.some((note) => /vulnerability database is \d+ days old/.test(note)));
    assert.ok(stale.findings.some((finding) => finding.ruleId === 'VL001'));
  });

  test('a missing database stops the scan with an error that suggests db import', async () => {
    await assert.rejects(
      scanImage({ ...request, databasePath: path.join(scratch, 'missing.sqlite') }),
      (error: unknown) => error instanceof ImageScanError && /db import/.test(error.message),
    );
  });

  test('an unreadable VEX document stops the scan and names the file', async () => {
    await assert.rejects(
      scanImage({ ...request, vexFiles: [path.join(scratch, 'nope.vex.json')] }),
      (error: unknown) => error instanceof ImageScanError && /nope\.vex\.json/.test(error.message),
    );
  });
});
