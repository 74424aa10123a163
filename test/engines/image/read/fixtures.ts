import assert from 'node:assert/strict';
import type { ReadImage } from '../../../../src/engines/image/read/read-image.js';
import type { Inspection } from '../../../../src/sources/image/inspect.js';
import type { TestCompression, TestImage } from '../../../support/image-builder.js';
import {
  buildImage,
  dir,
  file,
  hardlink,
  opaque,
  symlink,
  whiteout,
} from '../../../support/image-builder.js';
import type { Recorded } from '../../../sources/image/walk/recording.js';
import { recordingInspection } from '../../../sources/image/walk/recording.js';

export type Recording = { recording: Inspection<Recorded> };

export const inspections: Recording = { recording: recordingInspection() };

/** Three layers exercising whiteouts, an opaque directory, links and a config, in the given compressions. */
export function sampleImage(
  compressions: readonly TestCompression[] = ['gzip', 'gzip', 'gzip'],
): Promise<TestImage> {
  return buildImage({
    layers: [
      {
        compression: compressions[0] ?? 'gzip',
        createdBy: 'ADD rootfs.tar /',
        entries: [
          dir('/etc'),
          file('/etc/os-release', 'ID=test\n'),
          dir('/app'),
          file('/app/secret.txt', 's3cret'),
          file('/app/keep', 'k'),
          file('/usr/bin/dash', 'ELF'),
          symlink('/bin/sh', '/usr/bin/dash'),
        ],
      },
      {
        compression: compressions[1] ?? 'gzip',
        createdBy: 'RUN rm /app/secret.txt && make',
        entries: [whiteout('/app/secret.txt'), file('/app/new', 'n'), hardlink('/app/new-link', '/app/new')],
      },
      {
        compression: compressions[2] ?? 'gzip',
        createdBy: 'COPY etc /etc',
        entries: [opaque('/etc'), file('/etc/os-release', 'ID=final\n')],
      },
    ],
    config: { User: 'app', ExposedPorts: { '8080/tcp': {} } },
  });
}

export const samplePaths = [
  '/app',
  '/app/keep',
  '/app/new',
  '/app/new-link',
  '/bin/sh',
  '/etc',
  '/etc/os-release',
  '/usr/bin/dash',
];

/** What every format must produce for the sample image; `layerDigests` differ (docker stores layers uncompressed). */
export function assertSampleRead(read: ReadImage<Recording>, layerDigests: readonly string[]): void {
  assert.deepEqual(read.errors, []);
  assert.deepEqual(read.notes, []);
  assert.deepEqual([...read.view.paths()], samplePaths);
  assert.equal(read.view.visibleLayer('/etc/os-release'), 2);
  assert.equal(read.view.visibleLayer('/app/keep'), 0);
  assert.deepEqual(
    read.summary.layers.map((layer) => layer.digest),
    layerDigests,
  );
  assert.deepEqual(
    read.summary.layers.map((layer) => layer.createdBy),
    ['ADD rootfs.tar /', 'RUN rm /app/secret.txt && make', 'COPY etc /etc'],
  );
  assert.equal(read.summary.platform, 'linux/amd64');
  assert.equal(read.config.user, 'app');
  assert.deepEqual(read.config.exposedPorts, ['8080/tcp']);
  const results = read.results.recording;
  assert.deepEqual(
    results.map((result) => [result.index, result.layer.digest]),
    layerDigests.map((digest, index) => [index, digest]),
  );
  assert.equal(
    results[0]?.result.contents['/app/secret.txt']?.text,
    's3cret',
    'deleted files still reach inspectors',
  );
  assert.equal(results[2]?.result.contents['/etc/os-release']?.text, 'ID=final\n');
  assert.equal(
    read.walks.every((walk) => walk.complete),
    true,
  );
}
