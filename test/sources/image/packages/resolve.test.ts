import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inventoryFromFiles, resolveInventory } from '../../../../src/sources/image/packages/index.js';
import { packageFixture } from './support/fixtures.js';
import { buildGoBinary } from './support/go-binary.js';
import { inspectLayers } from './support/layers.js';

function dpkgEntry(name: string, version: string, extra = ''): string {
  return `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\n${extra}Version: ${version}\nDescription: ${name}\n continued\n`;
}

function status(...entries: string[]): string {
  return entries.join('\n');
}

const debian = packageFixture('os-release', 'debian');
const base = dpkgEntry('base-files', '12.4+deb12u5');
const libcOld = dpkgEntry('libc6', '2.36-9+deb12u4', 'Source: glibc\n');
const libcNew = dpkgEntry('libc6', '2.36-9+deb12u14', 'Source: glibc\n');
const curl = dpkgEntry('curl', '7.88.1-10+deb12u5');

describe('inventory resolution across layers', () => {
  it('attributes each package to the layer that added it at its version', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:l0',
        files: [
          { path: '/etc/os-release', content: debian },
          { path: '/var/lib/dpkg/status', content: status(base, libcOld) },
        ],
      },
      {
        digest: 'sha256:l1',
        files: [{ path: '/var/lib/dpkg/status', content: status(base, libcOld, curl) }],
      },
      { digest: 'sha256:l2', files: [{ path: '/usr/share/doc/readme', content: 'unrelated' }] },
      {
        digest: 'sha256:l3',
        files: [{ path: '/var/lib/dpkg/status', content: status(base, libcNew, curl) }],
      },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.deepEqual(notes, []);
    assert.deepEqual(inventory.os, {
      id: 'debian',
      versionId: '12',
      versionCodename: 'bookworm',
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
    });
    assert.deepEqual(
      inventory.packages.map((record) => [record.name, record.version, record.layer?.digest]),
      [
        ['base-files', '12.4+deb12u5', 'sha256:l0'],
        ['curl', '7.88.1-10+deb12u5', 'sha256:l1'],
        ['libc6', '2.36-9+deb12u14', 'sha256:l3'],
      ],
    );
    assert.deepEqual(inventory.packages[2], {
      type: 'deb',
      name: 'libc6',
      version: '2.36-9+deb12u14',
      arch: 'amd64',
      source: { name: 'glibc', version: '2.36-9+deb12u14' },
      purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u14?arch=amd64&distro=debian-12&upstream=glibc',
      file: '/var/lib/dpkg/status',
      layer: { digest: 'sha256:l3', createdBy: 'RUN step 3' },
    });
  });

  it('drops the packages of a deleted database and the notes of replaced copies', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:alpine',
        files: [
          { path: '/etc/os-release', content: packageFixture('os-release', 'alpine') },
          { path: '/lib/apk/db/installed', content: packageFixture('apk', 'installed') },
          { path: '/var/lib/dpkg/status', content: 'Package: broken\n' },
        ],
      },
      {
        digest: 'sha256:cleanup',
        files: [{ path: '/var/lib/dpkg/status', content: status(base) }],
        deletes: ['/lib/apk'],
      },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => record.purl),
      ['pkg:deb/alpine/base-files@12.4%2Bdeb12u5?arch=amd64&distro=alpine-3.19.1'],
    );
    assert.deepEqual(notes, []);
  });

  it('builds apk purls with the Alpine release as distro', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:alpine',
        files: [
          { path: '/etc/os-release', content: packageFixture('os-release', 'alpine') },
          { path: '/lib/apk/db/installed', content: 'P:musl\nV:1.2.4-r2\nA:x86_64\no:musl\n' },
        ],
      },
    ]);
    assert.deepEqual(
      resolveInventory(results, view).inventory.packages.map((record) => record.purl),
      ['pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=3.19.1'],
    );
  });

  it('restarts attribution above a copy that could not be read', async () => {
    const { results, view } = await inspectLayers([
      { digest: 'sha256:l0', files: [{ path: '/var/lib/dpkg/status', content: status(base) }] },
      { digest: 'sha256:l1', files: [{ path: '/var/lib/dpkg/status', size: 80 * 1024 * 1024 }] },
      { digest: 'sha256:l2', files: [{ path: '/var/lib/dpkg/status', content: status(base, curl) }] },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => [record.name, record.layer?.digest]),
      [
        ['base-files', 'sha256:l2'],
        ['curl', 'sha256:l2'],
      ],
    );
    assert.deepEqual(notes, []);
  });

  it('notes a visible file above its size cap and reads the OS from /usr/lib/os-release behind a symlink', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:l0',
        files: [
          { path: '/usr/lib/os-release', content: debian },
          { path: '/etc/os-release', type: 'symlink' },
          { path: '/var/lib/dpkg/status', size: 70 * 1024 * 1024 },
        ],
      },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.equal(inventory.os?.id, 'debian');
    assert.deepEqual(inventory.packages, []);
    assert.deepEqual(notes, ['/var/lib/dpkg/status: is larger than 67108864 bytes; not read']);
  });

  it('counts a path written twice in one layer as its last copy', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:l0',
        files: [
          { path: '/var/lib/dpkg/status', content: status(base, curl) },
          { path: '/var/lib/dpkg/status', content: status(base) },
        ],
      },
    ]);
    assert.deepEqual(
      resolveInventory(results, view).inventory.packages.map((record) => record.name),
      ['base-files'],
    );
  });

  it('reads distroless status.d entries one file per package, skipping md5sums', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:distroless',
        files: [
          {
            path: '/var/lib/dpkg/status.d/base-files',
            content: packageFixture('dpkg', 'status.d', 'base-files'),
          },
          {
            path: '/var/lib/dpkg/status.d/base-files.md5sums',
            content: packageFixture('dpkg', 'status.d', 'base-files.md5sums'),
          },
          { path: '/var/lib/dpkg/status.d/libssl3', content: packageFixture('dpkg', 'status.d', 'libssl3') },
        ],
      },
    ]);
    const { inventory } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => `${record.purl} ${record.file}`),
      [
        'pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64 /var/lib/dpkg/status.d/base-files',
        'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&upstream=openssl /var/lib/dpkg/status.d/libssl3',
      ],
    );
  });

  it('survives garbage in every recognised file and notes it', async () => {
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x42]);
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:garbage',
        files: [
          '/etc/os-release',
          '/var/lib/dpkg/status',
          '/lib/apk/db/installed',
          '/var/lib/rpm/rpmdb.sqlite',
          '/app/node_modules/a/package.json',
          '/app/package-lock.json',
          '/app/yarn.lock',
          '/app/pnpm-lock.yaml',
          '/usr/lib/python3/site-packages/a-1.dist-info/METADATA',
          '/gems/specifications/a-1.gemspec',
          '/app/a.jar',
        ].map((path) => ({ path, content: garbage })),
      },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.deepEqual(inventory.packages, []);
    assert.equal(notes.length, 11);
    for (const note of notes)
      assert.match(note, /binary content|not a readable zip archive|not an SQLite database/);
  });
});

describe('inventory of a project folder', () => {
  it('reads lockfiles, manifests and binaries by relative path, without layers', async () => {
    const { inventory, notes } = await inventoryFromFiles([
      { path: 'package-lock.json', content: packageFixture('npm', 'package-lock-v2.json') },
      { path: 'services/api/yarn.lock', content: packageFixture('npm', 'yarn-berry.lock') },
      { path: 'requirements/site-packages/six.egg-info', content: packageFixture('python', 'six-egg-info') },
      {
        path: 'bin/tool',
        content: buildGoBinary({
          goVersion: 'go1.22.2',
          moduleInfo: 'mod\texample.com/tool\tv0.3.0\t\n',
          blobOffset: 0x80,
          totalSize: 0x200,
        }),
      },
    ]);
    assert.deepEqual(notes, []);
    assert.equal(inventory.os, undefined);
    assert.deepEqual(
      inventory.packages.map((record) => `${record.purl} ${record.file}`),
      [
        'pkg:golang/example.com/tool@v0.3.0 bin/tool',
        'pkg:golang/stdlib@v1.22.2 bin/tool',
        'pkg:npm/debug@2.6.9 package-lock.json',
        'pkg:npm/express@4.18.2 package-lock.json',
        'pkg:npm/lodash@4.17.21 services/api/yarn.lock',
        'pkg:npm/ms@2.0.0 package-lock.json',
        'pkg:npm/%40types/node@20.11.5 services/api/yarn.lock',
        'pkg:pypi/six@1.16.0 requirements/site-packages/six.egg-info',
      ],
    );
    assert.equal(
      inventory.packages.some((record) => record.layer !== undefined),
      false,
    );
  });

  it('drops a lockfile beside an installed node_modules in a project folder too', async () => {
    const { inventory } = await inventoryFromFiles([
      { path: 'package-lock.json', content: packageFixture('npm', 'package-lock-v2.json') },
      {
        path: 'node_modules/express/package.json',
        content: Buffer.from('{"name":"express","version":"4.18.2"}'),
      },
    ]);
    assert.deepEqual(
      inventory.packages.map((record) => `${record.purl} ${record.file}`),
      ['pkg:npm/express@4.18.2 node_modules/express/package.json'],
    );
  });
});
