import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import {
  normaliseEntryName,
  normaliseQueryPath,
  resolveSymlinkTarget,
} from '../../../../src/sources/image/entry-path.js';
import type { Inspection } from '../../../../src/sources/image/inspect.js';
import { walkLayerTar } from '../../../../src/sources/image/walk-layer.js';
import { dir, file, hardlink, opaque, symlink, tarOf, whiteout } from '../../../support/image-builder.js';
import { recordingInspection, walkEntries } from './recording.js';

describe('entry paths', () => {
  test('names are normalised to absolute paths', () => {
    assert.deepEqual(normaliseEntryName('./etc//passwd'), { ok: true, path: '/etc/passwd', absolute: false });
    assert.deepEqual(normaliseEntryName('etc/ssl/'), { ok: true, path: '/etc/ssl', absolute: false });
    assert.deepEqual(normaliseEntryName('/usr/./bin/sh'), { ok: true, path: '/usr/bin/sh', absolute: true });
    assert.deepEqual(normaliseEntryName('a/b/../c'), { ok: true, path: '/a/c', absolute: false });
    assert.deepEqual(normaliseEntryName('./'), { ok: true, path: '/', absolute: false });
  });

  test('names that leave the root are refused', () => {
    assert.equal(normaliseEntryName('../etc/passwd').ok, false);
    assert.equal(normaliseEntryName('a/../../x').ok, false);
    assert.equal(normaliseEntryName('/../x').ok, false);
  });

  test('symlink targets resolve from the link directory or the root', () => {
    assert.equal(resolveSymlinkTarget('/etc/os-release', '../usr/lib/os-release'), '/usr/lib/os-release');
    assert.equal(resolveSymlinkTarget('/bin/sh', '/usr/bin/dash'), '/usr/bin/dash');
    assert.equal(resolveSymlinkTarget('/a/link', '../../../etc/shadow'), undefined);
    assert.equal(resolveSymlinkTarget('/link', '/../etc/shadow'), undefined);
  });

  test('query paths are normalised the same way', () => {
    assert.equal(normaliseQueryPath('etc//passwd/'), '/etc/passwd');
    assert.equal(normaliseQueryPath('../x'), undefined);
  });
});

describe('walkLayerTar', () => {
  test('records metadata in tar order and feeds regular files to sinks', async () => {
    const walk = await walkEntries([
      dir('/etc', { mode: 0o755 }),
      file('/etc/passwd', 'root:x:0:0\n', { mode: 0o644, uid: 0, gid: 0 }),
      file('/usr/bin/su', 'ELF', { mode: 0o4755, uid: 0, gid: 0 }),
      file('/home/app/notes', 'hi', { uid: 1000, gid: 1000 }),
      symlink('/bin/sh', '/usr/bin/dash'),
      hardlink('/usr/bin/su2', '/usr/bin/su'),
    ]);
    assert.deepEqual(walk.errors, []);
    assert.equal(walk.complete, true);
    assert.deepEqual(
      walk.entries.map((entry) => [
        entry.path,
        entry.type,
        entry.mode,
        entry.uid,
        entry.size,
        entry.linkTarget,
      ]),
      [
        ['/etc', 'directory', 0o755, 0, 0, undefined],
        ['/etc/passwd', 'file', 0o644, 0, 11, undefined],
        ['/usr/bin/su', 'file', 0o4755, 0, 3, undefined],
        ['/home/app/notes', 'file', 0o644, 1000, 2, undefined],
        ['/bin/sh', 'symlink', 0o644, 0, 0, '/usr/bin/dash'],
        ['/usr/bin/su2', 'hardlink', 0o644, 0, 0, 'usr/bin/su'],
      ],
    );
    const recorded = walk.results.recording;
    assert.ok(recorded);
    assert.deepEqual(recorded.contents['/etc/passwd'], { text: 'root:x:0:0\n', truncated: false });
    assert.equal(recorded.entries.length, 6, 'the hard link entry reaches inspectors too');
    assert.equal(recorded.contents['/usr/bin/su2']?.text, '', 'a hard link gets no content');
  });

  test('sinks receive at most maxBytes and are told the file was cut', async () => {
    const walk = await walkEntries(
      [file('/big', 'x'.repeat(10_000)), file('/small', 'abc')],
      'sha256:l',
      100,
    );
    const contents = walk.results.recording?.contents;
    assert.deepEqual(contents?.['/big'], { text: 'x'.repeat(100), truncated: true });
    assert.deepEqual(contents?.['/small'], { text: 'abc', truncated: false });
  });

  test('whiteouts and opaque markers are recorded, never shown to inspectors', async () => {
    const walk = await walkEntries([
      whiteout('/etc/secret'),
      whiteout('/rootfile'),
      opaque('/var/cache'),
      file('/var/cache/new', 'n'),
      { type: 'raw', header: { name: 'x/.wh..wh.plnk', type: 'directory' } },
    ]);
    assert.deepEqual(walk.whiteouts, ['/etc/secret', '/rootfile']);
    assert.deepEqual(walk.opaqueDirs, ['/var/cache']);
    assert.deepEqual(
      walk.entries.map((entry) => entry.path),
      ['/var/cache/new'],
    );
    assert.deepEqual(
      walk.results.recording?.entries.map((entry) => entry.path),
      ['/var/cache/new'],
    );
    assert.match(walk.notes.join('\n'), /AUFS metadata/);
  });

  test('entries leaving the root are errors naming layer and entry; the rest is read', async () => {
    const walk = await walkEntries(
      [
        { type: 'raw', header: { name: '../../evil', type: 'file' }, content: Buffer.from('x') },
        { type: 'raw', header: { name: 'a/../../evil2', type: 'file' } },
        { type: 'raw', header: { name: 'bad-link', type: 'link', linkname: '../../etc/shadow' } },
        file('/ok', 'fine'),
      ],
      'sha256:hostile',
    );
    assert.deepEqual(
      walk.errors.map((error) => [error.layer, error.entry]),
      [
        ['sha256:hostile', '../../evil'],
        ['sha256:hostile', 'a/../../evil2'],
        ['sha256:hostile', 'bad-link'],
      ],
    );
    for (const error of walk.errors) assert.match(error.message, /^layer sha256:hostile: /);
    assert.match(walk.errors[0]?.message ?? '', /leaves the image root/);
    assert.deepEqual(
      walk.entries.map((entry) => entry.path),
      ['/ok'],
    );
  });

  test('absolute names are read relative to the root with a note; escaping symlinks are noted', async () => {
    const walk = await walkEntries([
      { type: 'raw', header: { name: '/etc/abs', type: 'file' } },
      symlink('/etc/escape', '../../../../etc/shadow'),
      symlink('/etc/inside', '/etc/abs'),
    ]);
    assert.deepEqual(walk.errors, []);
    assert.deepEqual(
      walk.entries.map((entry) => entry.path),
      ['/etc/abs', '/etc/escape', '/etc/inside'],
    );
    const notes = walk.notes.join('\n');
    assert.match(notes, /"\/etc\/abs" has an absolute path/);
    assert.match(
      notes,
      /symlink \/etc\/escape -> \.\.\/\.\.\/\.\.\/\.\.\/etc\/shadow leaves the image root; not followed/,
    );
    assert.doesNotMatch(notes, /\/etc\/inside/);
  });

  test('a truncated tar ends the walk with an error; entries before the cut stay', async () => {
    const tar = await tarOf([file('/first', 'one'), file('/second', 'z'.repeat(5000))]);
    const walk = await walkEntries(tar.subarray(0, 512 * 4), 'sha256:cut');
    assert.equal(walk.complete, false);
    assert.deepEqual(
      walk.entries.map((entry) => entry.path),
      ['/first', '/second'],
    );
    assert.equal(walk.errors.length, 1);
    assert.match(
      walk.errors[0]?.message ?? '',
      /^layer sha256:cut: the tar stream ends early \(truncated layer\)/,
    );
    assert.equal(walk.results.recording?.contents['/second']?.truncated, true);
    assert.equal(walk.results.recording?.contents['/first']?.text, 'one');
  });

  test('data that is no tar is an error naming the layer', async () => {
    const walk = await walkEntries(Buffer.alloc(2048, 0x41), 'sha256:junk');
    assert.equal(walk.complete, false);
    assert.match(walk.errors[0]?.message ?? '', /^layer sha256:junk: the layer is not a valid tar/);
  });

  test('an inspector that throws is reported and the others go on', async () => {
    const failing: Inspection<string> = {
      name: 'failing',
      start: () => ({
        onEntry(entry) {
          if (entry.path === '/boom') throw new Error('kaboom');
          return undefined;
        },
        finish: () => 'done',
      }),
    };
    const tar = await tarOf([file('/boom'), file('/after', 'a')]);
    const walk = await walkLayerTar(
      Readable.from([tar]),
      { digest: 'sha256:i' },
      {
        failing,
        recording: recordingInspection(),
      },
    );
    assert.equal(walk.results.failing, undefined);
    assert.deepEqual(Object.keys(walk.results.recording?.contents ?? {}), ['/boom', '/after']);
    assert.equal(walk.errors.length, 1);
    assert.equal(walk.errors[0]?.entry, 'boom');
    assert.match(walk.errors[0]?.message ?? '', /inspection failing failed: kaboom/);
  });

  test('entries past the per-layer limit are inspected but not recorded', async () => {
    const tar = await tarOf([file('/a'), file('/b'), file('/c')]);
    const walk = await walkLayerTar(
      Readable.from([tar]),
      { digest: 'sha256:many' },
      { recording: recordingInspection() },
      { maxEntriesPerLayer: 2 },
    );
    assert.deepEqual(
      walk.entries.map((entry) => entry.path),
      ['/a', '/b'],
    );
    assert.equal(walk.results.recording?.entries.length, 3);
    assert.match(walk.notes.join('\n'), /1 entries beyond the limit of 2/);
  });

  test('a stream that errors ends the walk with its message', async () => {
    const tar = await tarOf([file('/a', 'a')]);
    const source = new Readable({ read() {} });
    source.push(tar.subarray(0, 512));
    setImmediate(() => source.destroy(new Error('gzip data ends early (truncated layer)')));
    const walk = await walkLayerTar(source, { digest: 'sha256:s' }, {});
    assert.equal(walk.complete, false);
    assert.deepEqual(
      walk.errors.map((error) => error.message),
      ['layer sha256:s: gzip data ends early (truncated layer)'],
    );
  });

  test('a flood of bad entries keeps a bounded number of errors and notes', async () => {
    const entries = Array.from({ length: 30 }, (_, index) => ({
      type: 'raw' as const,
      header: { name: `../escape-${index}`, type: 'file' as const },
    }));
    const absolute = Array.from({ length: 30 }, (_, index) => ({
      type: 'raw' as const,
      header: { name: `/abs-${index}`, type: 'file' as const },
    }));
    const tar = await tarOf([...entries, ...absolute]);
    const walk = await walkLayerTar(
      Readable.from([tar]),
      { digest: 'sha256:flood' },
      {},
      { maxNotesPerLayer: 5 },
    );
    assert.equal(walk.errors.length, 6);
    assert.equal(walk.errors[5]?.message, 'layer sha256:flood: 25 more errors were left out');
    assert.equal(walk.notes.length, 6);
    assert.equal(walk.notes[5], '25 more notes like these were left out');
    assert.equal(walk.entries.length, 30);
  });
});
