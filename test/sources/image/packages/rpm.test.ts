import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRpmHeader, rpmTags } from '../../../../src/sources/image/packages/rpm-header.js';
import { parseRpmSqlite } from '../../../../src/sources/image/packages/rpmdb.js';
import { inspectLayers } from './support/layers.js';
import { resolveInventory } from '../../../../src/sources/image/packages/index.js';
import { buildRpmDatabase, encodeRpmHeader, rpmHeaderOf } from './support/rpm-header.js';

const bash = rpmHeaderOf({
  name: 'bash',
  version: '5.2.26',
  release: '1.fc39',
  arch: 'x86_64',
  license: 'GPL-3.0-or-later',
  sourceRpm: 'bash-5.2.26-1.fc39.src.rpm',
});
const shadow = rpmHeaderOf({
  name: 'shadow-utils',
  version: '4.14.0',
  release: '2.fc39',
  epoch: 2,
  arch: 'x86_64',
  license: 'BSD-3-Clause AND GPL-2.0-or-later',
  sourceRpm: 'shadow-utils-4.14.0-2.fc39.src.rpm',
});
const signingKey = rpmHeaderOf({ name: 'gpg-pubkey', version: '18b8e74c', release: '62f2920f' });
const wanted = new Set<number>(Object.values(rpmTags));

describe('RPM header blobs', () => {
  it('decodes strings, the first element of string arrays and int32 numbers', () => {
    const header = parseRpmHeader(shadow, wanted);
    assert.equal(header.strings.get(rpmTags.name), 'shadow-utils');
    assert.equal(header.strings.get(rpmTags.sourceRpm), 'shadow-utils-4.14.0-2.fc39.src.rpm');
    assert.equal(header.numbers.get(rpmTags.epoch), 2);
  });

  it('accepts the 8-byte magic preamble of headers taken from package files', () => {
    const withMagic = encodeRpmHeader([{ tag: 1000, type: 'string', value: 'zlib' }], { withMagic: true });
    assert.equal(parseRpmHeader(withMagic, wanted).strings.get(rpmTags.name), 'zlib');
  });

  it('rejects truncated and nonsensical blobs with a reason', () => {
    assert.throws(() => parseRpmHeader(bash.subarray(0, bash.length - 3), wanted), /needs \d+ bytes/);
    assert.throws(() => parseRpmHeader(Buffer.from([0, 0]), wanted), /shorter than/);
    assert.throws(
      () => parseRpmHeader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]), wanted),
      /index entries/,
    );
  });
});

describe('rpmdb.sqlite', () => {
  it('lists the packages of the Packages table with epoch, source RPM and licence; signing keys are not packages', () => {
    const parsed = parseRpmSqlite('/var/lib/rpm/rpmdb.sqlite', buildRpmDatabase([bash, shadow, signingKey]));
    assert.deepEqual(parsed.notes, []);
    assert.deepEqual(parsed.packages, [
      {
        type: 'rpm',
        name: 'bash',
        version: '5.2.26-1.fc39',
        arch: 'x86_64',
        licenses: ['GPL-3.0-or-later'],
        source: { name: 'bash', version: '5.2.26-1.fc39' },
      },
      {
        type: 'rpm',
        name: 'shadow-utils',
        version: '2:4.14.0-2.fc39',
        arch: 'x86_64',
        licenses: ['BSD-3-Clause AND GPL-2.0-or-later'],
        source: { name: 'shadow-utils', version: '4.14.0-2.fc39' },
      },
    ]);
  });

  it('reads a database left in WAL mode, as rpm leaves it', () => {
    const parsed = parseRpmSqlite(
      '/usr/lib/sysimage/rpm/rpmdb.sqlite',
      buildRpmDatabase([bash], { wal: true }),
    );
    assert.deepEqual(
      parsed.packages.map((found) => found.name),
      ['bash'],
    );
  });

  it('notes an unreadable header and keeps the other packages', () => {
    const parsed = parseRpmSqlite(
      '/var/lib/rpm/rpmdb.sqlite',
      buildRpmDatabase([Buffer.from([0, 0, 0, 9]), bash]),
    );
    assert.deepEqual(
      parsed.packages.map((found) => found.name),
      ['bash'],
    );
    assert.deepEqual(parsed.notes, [
      '/var/lib/rpm/rpmdb.sqlite: package header 1 is unreadable: header is shorter than its 8-byte preamble',
    ]);
  });

  it('notes files that are not SQLite or whose SQLite has no Packages table', () => {
    const notSqlite = parseRpmSqlite('/var/lib/rpm/rpmdb.sqlite', Buffer.from('garbage'));
    assert.deepEqual(notSqlite.notes, [
      '/var/lib/rpm/rpmdb.sqlite: not an SQLite database; no rpm packages read',
    ]);
    const header = buildRpmDatabase([bash]);
    const damaged = Buffer.concat([header.subarray(0, 100), Buffer.alloc(header.length - 100, 0xee)]);
    const parsed = parseRpmSqlite('/var/lib/rpm/rpmdb.sqlite', damaged);
    assert.deepEqual(parsed.packages, []);
    assert.match(parsed.notes[0] ?? '', /^\/var\/lib\/rpm\/rpmdb\.sqlite: rpm database is unreadable: /);
  });

  it('puts the OS into rpm purls, with the epoch as a qualifier', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:fedora',
        files: [
          { path: '/etc/os-release', content: 'ID=fedora\nVERSION_ID=39\n' },
          {
            path: '/usr/lib/sysimage/rpm/rpmdb.sqlite',
            content: buildRpmDatabase([bash, shadow], { wal: true }),
          },
        ],
      },
    ]);
    const { inventory } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => record.purl),
      [
        'pkg:rpm/fedora/bash@5.2.26-1.fc39?arch=x86_64&distro=fedora-39',
        'pkg:rpm/fedora/shadow-utils@4.14.0-2.fc39?arch=x86_64&distro=fedora-39&epoch=2',
      ],
    );
  });
});

describe('two rpm databases', () => {
  it('reads the /usr/lib/sysimage one and notes the other', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:both',
        files: [
          { path: '/var/lib/rpm/rpmdb.sqlite', content: buildRpmDatabase([bash, shadow]) },
          { path: '/usr/lib/sysimage/rpm/rpmdb.sqlite', content: buildRpmDatabase([bash]) },
        ],
      },
    ]);
    const { inventory, notes } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => `${record.name} ${record.file}`),
      ['bash /usr/lib/sysimage/rpm/rpmdb.sqlite'],
    );
    assert.deepEqual(notes, [
      '/var/lib/rpm/rpmdb.sqlite: not read because /usr/lib/sysimage/rpm/rpmdb.sqlite is the rpm database in use',
    ]);
  });
});

describe('rpm databases Bulwark does not read', () => {
  it('notes Berkeley DB and NDB databases without reading them', async () => {
    const berkeleyDb = Buffer.alloc(4096);
    berkeleyDb.writeUInt32LE(0x00061561, 12);
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:centos7',
        files: [
          { path: '/var/lib/rpm/Packages', content: berkeleyDb },
          { path: '/usr/lib/sysimage/rpm/Packages.db', content: Buffer.alloc(1024, 1) },
        ],
      },
    ]);
    assert.deepEqual(resolveInventory(results, view), {
      inventory: { packages: [] },
      notes: [
        '/usr/lib/sysimage/rpm/Packages.db: rpm database format NDB is not supported; its packages are not in the inventory',
        '/var/lib/rpm/Packages: rpm database format Berkeley DB is not supported; its packages are not in the inventory',
      ],
    });
  });
});
