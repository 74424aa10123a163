import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isFossil } from '../../../../src/sources/image/inspect.js';
import { tagResults, unionLayers } from '../../../../src/sources/image/union.js';
import type { LayerWalk } from '../../../../src/sources/image/walk-layer.js';
import type { TestEntry } from '../../../support/image-builder.js';
import { dir, file, hardlink, opaque, symlink, whiteout } from '../../../support/image-builder.js';
import { walkEntries } from './recording.js';

async function layers(...specs: TestEntry[][]): Promise<LayerWalk[]> {
  const walks: LayerWalk[] = [];
  for (const [index, entries] of specs.entries())
    walks.push(await walkEntries(entries, `sha256:layer${index}`));
  return walks;
}

async function visible(...specs: TestEntry[][]): Promise<Record<string, string>> {
  const { view } = unionLayers(await layers(...specs));
  const shown: Record<string, string> = {};
  for (const path of view.paths()) {
    const entry = view.entry(path);
    shown[path] = `${entry?.type}@${entry?.layerIndex}`;
  }
  return shown;
}

describe('unionLayers', () => {
  test('a whiteout deletes a lower file', async () => {
    assert.deepEqual(
      await visible([dir('/etc'), file('/etc/secret'), file('/etc/keep')], [whiteout('/etc/secret')]),
      { '/etc': 'directory@0', '/etc/keep': 'file@0' },
    );
  });

  test('a whiteout of a directory deletes its whole subtree', async () => {
    assert.deepEqual(
      await visible(
        [dir('/app'), dir('/app/src'), file('/app/src/main.c'), file('/app/README'), file('/other')],
        [whiteout('/app')],
      ),
      { '/other': 'file@0' },
    );
  });

  test('an opaque directory hides lower content but keeps its own layer content', async () => {
    assert.deepEqual(
      await visible(
        [dir('/var/cache'), file('/var/cache/old'), dir('/var/cache/sub'), file('/var/cache/sub/deep')],
        [dir('/var/cache'), file('/var/cache/new'), opaque('/var/cache'), file('/var/cache/later')],
      ),
      { '/var/cache': 'directory@1', '/var/cache/later': 'file@1', '/var/cache/new': 'file@1' },
    );
  });

  test('a path re-added after a whiteout shows the new entry', async () => {
    assert.deepEqual(await visible([file('/conf', 'v1')], [whiteout('/conf')], [file('/conf', 'v3')]), {
      '/conf': 'file@2',
    });
    assert.deepEqual(
      await visible([file('/conf', 'v1')], [file('/conf', 'v2'), whiteout('/conf')]),
      { '/conf': 'file@1' },
      'a whiteout applies to lower layers only, whatever its place in the tar',
    );
  });

  test('a later file replaces a directory and its subtree', async () => {
    assert.deepEqual(
      await visible([dir('/data'), file('/data/a'), dir('/data/b'), file('/data/b/c')], [file('/data')]),
      {
        '/data': 'file@1',
      },
    );
  });

  test('a later directory replaces a file; a directory over a directory keeps lower content', async () => {
    assert.deepEqual(await visible([file('/x')], [dir('/x'), file('/x/inner')]), {
      '/x': 'directory@1',
      '/x/inner': 'file@1',
    });
    const { view } = unionLayers(
      await layers(
        [dir('/d', { mode: 0o755 }), file('/d/lower')],
        [dir('/d', { mode: 0o700 }), file('/d/upper')],
      ),
    );
    assert.deepEqual([...view.paths()], ['/d', '/d/lower', '/d/upper']);
    assert.equal(view.entry('/d')?.mode, 0o700);
    assert.equal(view.visibleLayer('/d/lower'), 0);
  });

  test('a file written below a lower symlink or file replaces it with a directory, with a note', async () => {
    const { view, notes } = unionLayers(await layers([symlink('/lib', 'usr/lib')], [file('/lib/libc.so')]));
    assert.deepEqual([...view.paths()], ['/lib/libc.so']);
    assert.match(notes.join('\n'), /\/lib\/libc\.so is written below a symlink of layer 0/);
  });

  test('hard links are checked against earlier entries of their layer and lower layers', async () => {
    const { view, notes } = unionLayers(
      await layers(
        [file('/bin/base')],
        [
          file('/bin/tool'),
          hardlink('/bin/tool-same-layer', '/bin/tool'),
          hardlink('/bin/base-lower', '/bin/base'),
          hardlink('/bin/dangling', '/bin/missing'),
          hardlink('/bin/too-early', '/bin/later'),
          file('/bin/later'),
          dir('/etc'),
          hardlink('/bin/to-dir', '/etc'),
        ],
      ),
    );
    assert.equal(view.entry('/bin/tool-same-layer')?.type, 'hardlink');
    assert.equal(view.entry('/bin/dangling')?.linkTarget, 'bin/missing');
    const text = notes.join('\n');
    assert.doesNotMatch(text, /tool-same-layer|base-lower/);
    assert.match(
      text,
      /layer 1 \(sha256:layer1\): hard link \/bin\/dangling -> bin\/missing: the target is in neither/,
    );
    assert.match(text, /hard link \/bin\/too-early -> bin\/later: the target is in neither/);
    assert.match(text, /hard link \/bin\/to-dir -> etc names a directory/);
  });

  test('a hard link to a file deleted by its own layer is reported', async () => {
    const { notes } = unionLayers(await layers([file('/a')], [whiteout('/a'), hardlink('/b', '/a')]));
    assert.match(notes.join('\n'), /hard link \/b -> a: the target is in neither/);
  });

  test('symlinks are entries of their own; they are never followed', async () => {
    const { view } = unionLayers(await layers([symlink('/etc/os-release', '../usr/lib/os-release')]));
    assert.deepEqual(view.entry('/etc/os-release'), {
      path: '/etc/os-release',
      type: 'symlink',
      mode: 0o644,
      uid: 0,
      gid: 0,
      size: 0,
      linkTarget: '../usr/lib/os-release',
      layerIndex: 0,
    });
    assert.equal(view.entry('/usr/lib/os-release'), undefined);
  });

  test('the view answers normalised queries, sorts paths and marks fossils', async () => {
    const { view } = unionLayers(await layers([file('/b'), file('/a.txt'), file('/a/x')], [file('/b')]));
    assert.deepEqual([...view.paths()], ['/a.txt', '/a/x', '/b']);
    assert.equal(view.visibleLayer('b'), 1);
    assert.equal(view.visibleLayer('//b/'), 1);
    assert.equal(view.visibleLayer('/missing'), undefined);
    assert.equal(isFossil(view, '/b', 0), true);
    assert.equal(isFossil(view, '/b', 1), false);
  });

  test('tagResults tags each layer result with its index and layer', async () => {
    const walks = await layers([file('/a', 'A')], [file('/b', 'B')]);
    const tagged = tagResults(walks, 'recording');
    assert.deepEqual(
      tagged.map((result) => [result.index, result.layer.digest]),
      [
        [0, 'sha256:layer0'],
        [1, 'sha256:layer1'],
      ],
    );
  });
});
