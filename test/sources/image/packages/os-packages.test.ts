import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApkInstalled } from '../../../../src/sources/image/packages/apk.js';
import { parseDpkgDatabase } from '../../../../src/sources/image/packages/dpkg.js';
import { parseOsRelease } from '../../../../src/sources/image/packages/os-release.js';
import { packageFixture } from './support/fixtures.js';

describe('os-release', () => {
  it('reads ID, VERSION_ID, VERSION_CODENAME and PRETTY_NAME with their quotes removed', () => {
    const parsed = parseOsRelease('/etc/os-release', packageFixture('os-release', 'debian'));
    assert.deepEqual(parsed.os, {
      id: 'debian',
      versionId: '12',
      versionCodename: 'bookworm',
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
    });
    assert.deepEqual(parsed.notes, []);
  });

  it('takes single quotes literally, drops empty values and lowers the ID', () => {
    const fedora = parseOsRelease('/usr/lib/os-release', packageFixture('os-release', 'fedora')).os;
    assert.deepEqual(fedora, {
      id: 'fedora',
      versionId: '39',
      prettyName: 'Fedora Linux 39 (Container Image)',
    });
    const escaped = parseOsRelease(
      '/etc/os-release',
      Buffer.from('ID=Wolfi\nPRETTY_NAME="say \\"hi\\" \\$HOME"\n'),
    );
    assert.deepEqual(escaped.os, { id: 'wolfi', prettyName: 'say "hi" $HOME' });
  });

  it('notes a file without ID and binary garbage', () => {
    assert.deepEqual(parseOsRelease('/etc/os-release', Buffer.from('NAME=x\n')).notes, [
      '/etc/os-release: has no ID; the operating system is unknown',
    ]);
    const garbage = parseOsRelease('/etc/os-release', Buffer.from([0x7f, 0, 1, 2, 0xff]));
    assert.equal(garbage.os, undefined);
    assert.match(garbage.notes[0] ?? '', /binary content/);
  });
});

describe('dpkg status', () => {
  const status = parseDpkgDatabase('/var/lib/dpkg/status', packageFixture('dpkg', 'status'), true);

  it('lists installed and held packages with version, architecture and source', () => {
    assert.deepEqual(
      status.packages.map((found) => `${found.name}:${found.arch ?? ''}=${found.version}`),
      [
        'base-files:amd64=12.4+deb12u5',
        'bash:amd64=5.2.15-2+b7',
        'libc6:amd64=2.36-9+deb12u4',
        'libc6:i386=2.36-9+deb12u4',
        'libtinfo6:amd64=6.4-4',
        'perl-base:amd64=5.36.0-7+deb12u1',
      ],
    );
    assert.deepEqual(status.notes, []);
  });

  it('keeps a binNMU source version apart from the binary version', () => {
    const bash = status.packages.find((found) => found.name === 'bash');
    assert.deepEqual(bash?.source, { name: 'bash', version: '5.2.15-2' });
  });

  it('gives a source without version the binary version, and no source when the field is absent', () => {
    const libc = status.packages.find((found) => found.name === 'libc6');
    assert.deepEqual(libc?.source, { name: 'glibc', version: '2.36-9+deb12u4' });
    assert.equal(status.packages.find((found) => found.name === 'base-files')?.source, undefined);
  });

  it('skips removed packages that only keep their configuration', () => {
    assert.equal(
      status.packages.some((found) => found.name === 'tzdata'),
      false,
    );
  });

  it('reads distroless status.d entries, which have no Status line', () => {
    const entry = parseDpkgDatabase(
      '/var/lib/dpkg/status.d/libssl3',
      packageFixture('dpkg', 'status.d', 'libssl3'),
      false,
    );
    assert.deepEqual(entry.packages, [
      {
        type: 'deb',
        name: 'libssl3',
        version: '3.0.11-1~deb12u2',
        arch: 'amd64',
        source: { name: 'openssl', version: '3.0.11-1~deb12u2' },
      },
    ]);
  });

  it('notes a truncated status file: the cut entry is skipped, the rest is kept', () => {
    const text = packageFixture('dpkg', 'status').toString('utf8');
    const cut = text.slice(0, text.indexOf('Version: 2.36-9+deb12u4') - 1) + '\nVers';
    const parsed = parseDpkgDatabase('/var/lib/dpkg/status', Buffer.from(cut), true);
    assert.deepEqual(
      parsed.packages.map((found) => found.name),
      ['base-files', 'bash'],
    );
    assert.equal(parsed.notes.length, 2);
    assert.match(
      parsed.notes[0] ?? '',
      /^\/var\/lib\/dpkg\/status line \d+: entry "libc6" has no Version field; skipped$/,
    );
    assert.match(
      parsed.notes[1] ?? '',
      /^\/var\/lib\/dpkg\/status: line \d+ is not a "Field: value" line and was ignored$/,
    );
  });

  it('notes binary garbage and entries without Status, and never throws', () => {
    const garbage = parseDpkgDatabase(
      '/var/lib/dpkg/status',
      Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0xff]),
      true,
    );
    assert.deepEqual(garbage.packages, []);
    assert.match(garbage.notes[0] ?? '', /binary content/);
    const noStatus = parseDpkgDatabase('/var/lib/dpkg/status', Buffer.from('Package: a\nVersion: 1\n'), true);
    assert.deepEqual(noStatus.notes, ['/var/lib/dpkg/status line 1: entry "a" has no Status field; skipped']);
  });

  it('caps the notes of a file full of problems', () => {
    const text = Array.from(
      { length: 40 },
      (_, index) => `Package: p${index}\nStatus: install ok installed\n`,
    ).join('\n');
    const parsed = parseDpkgDatabase('/var/lib/dpkg/status', Buffer.from(text), true);
    assert.equal(parsed.notes.length, 6);
    assert.equal(parsed.notes[5], '/var/lib/dpkg/status: 35 more problems were not listed');
  });

  it('reads a 5 MB status file in one linear pass', () => {
    const paragraph = packageFixture('dpkg', 'status').toString('utf8').split('\n\n')[1] ?? '';
    const entries: string[] = [];
    let size = 0;
    for (let index = 0; size < 5 * 1024 * 1024; index += 1) {
      const entry = paragraph.replace('Package: bash', `Package: bash-${index}`);
      entries.push(entry);
      size += entry.length + 2;
    }
    const parsed = parseDpkgDatabase('/var/lib/dpkg/status', Buffer.from(entries.join('\n\n')), true);
    assert.equal(parsed.packages.length, entries.length);
    assert.equal(parsed.packages.at(-1)?.name, `bash-${entries.length - 1}`);
  });
});

describe('apk installed database', () => {
  const parsed = parseApkInstalled('/lib/apk/db/installed', packageFixture('apk', 'installed'));

  it('reads name, version, architecture, origin and licence', () => {
    assert.deepEqual(parsed.notes, []);
    assert.deepEqual(parsed.packages[2], {
      type: 'apk',
      name: 'libcrypto3',
      version: '3.1.4-r5',
      arch: 'x86_64',
      source: { name: 'openssl', version: '3.1.4-r5' },
      licenses: ['Apache-2.0'],
    });
    assert.deepEqual(
      parsed.packages.map((found) => found.name),
      ['musl', 'busybox', 'libcrypto3', 'ca-certificates-bundle'],
    );
  });

  it('notes entries without a version', () => {
    const broken = parseApkInstalled(
      '/lib/apk/db/installed',
      Buffer.from('P:musl\nA:x86_64\n\nP:zlib\nV:1.3-r2\n'),
    );
    assert.deepEqual(
      broken.packages.map((found) => found.name),
      ['zlib'],
    );
    assert.deepEqual(broken.notes, [
      '/lib/apk/db/installed line 1: entry "musl" has no V: (version) line; skipped',
    ]);
  });
});
