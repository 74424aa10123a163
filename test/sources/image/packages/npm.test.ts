import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveInventory } from '../../../../src/sources/image/packages/index.js';
import { parseNpmPackageJson } from '../../../../src/sources/image/packages/npm.js';
import {
  parseNpmPackageLock,
  parsePnpmLock,
  parseYarnLock,
} from '../../../../src/sources/image/packages/npm-lockfiles.js';
import type { FoundPackage } from '../../../../src/sources/image/packages/types.js';
import { packageFixture } from './support/fixtures.js';
import { inspectLayers } from './support/layers.js';

function ids(packages: readonly FoundPackage[]): string[] {
  return packages
    .map(
      (found) =>
        `${found.namespace === undefined ? '' : `${found.namespace}/`}${found.name}@${found.version}`,
    )
    .sort();
}

describe('npm package.json of installed packages', () => {
  it('reads name, version and licence', () => {
    const parsed = parseNpmPackageJson(
      '/app/node_modules/lodash/package.json',
      packageFixture('npm', 'lodash-package.json'),
    );
    assert.deepEqual(parsed, {
      packages: [{ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] }],
      notes: [],
    });
  });

  it('splits the scope into the namespace', () => {
    const parsed = parseNpmPackageJson(
      '/app/node_modules/@babel/code-frame/package.json',
      packageFixture('npm', 'scoped-package.json'),
    );
    assert.deepEqual(parsed.packages, [
      { type: 'npm', namespace: '@babel', name: 'code-frame', version: '7.23.5', licenses: ['MIT'] },
    ]);
  });

  it('reads the deprecated licenses array', () => {
    const parsed = parseNpmPackageJson(
      '/node_modules/inherits/package.json',
      packageFixture('npm', 'old-licenses-package.json'),
    );
    assert.deepEqual(parsed.packages[0]?.licenses, ['ISC']);
  });

  it('ignores nameless helper manifests and notes invalid JSON', () => {
    const helper = parseNpmPackageJson('/node_modules/x/package.json', Buffer.from('{"type":"module"}'));
    assert.deepEqual(helper, { packages: [], notes: [] });
    const broken = parseNpmPackageJson('/node_modules/x/package.json', Buffer.from('{"name": "x",'));
    assert.deepEqual(broken.packages, []);
    assert.match(broken.notes[0] ?? '', /^\/node_modules\/x\/package\.json: not valid JSON: /);
  });
});

describe('npm lockfiles', () => {
  it('package-lock v1: walks the nested dependencies tree and skips local packages', () => {
    const parsed = parseNpmPackageLock(
      '/app/package-lock.json',
      packageFixture('npm', 'package-lock-v1.json'),
    );
    assert.deepEqual(ids(parsed.packages), [
      '@types/node@20.11.5',
      'accepts@1.3.8',
      'debug@2.6.9',
      'ms@2.0.0',
      'ms@2.1.3',
    ]);
  });

  it('package-lock v2: reads the packages map and ignores the duplicate v1 section', () => {
    const parsed = parseNpmPackageLock(
      '/app/package-lock.json',
      packageFixture('npm', 'package-lock-v2.json'),
    );
    assert.deepEqual(ids(parsed.packages), ['debug@2.6.9', 'express@4.18.2', 'ms@2.0.0']);
    assert.deepEqual(parsed.packages.find((found) => found.name === 'express')?.licenses, ['MIT']);
  });

  it('package-lock v3: scopes, aliases by their real name, workspace links skipped', () => {
    const parsed = parseNpmPackageLock(
      '/app/package-lock.json',
      packageFixture('npm', 'package-lock-v3.json'),
    );
    assert.deepEqual(ids(parsed.packages), [
      '@scope/widget@3.1.0',
      'semver@7.6.0',
      'semver@7.6.0',
      'string-width@4.2.3',
    ]);
  });

  it('yarn.lock v1: the first specifier names the package, aliases name the real package', () => {
    const parsed = parseYarnLock('/app/yarn.lock', packageFixture('npm', 'yarn-v1.lock'));
    assert.deepEqual(ids(parsed.packages), [
      '@babel/code-frame@7.23.5',
      'chalk@2.4.2',
      'lodash@4.17.21',
      'string-width@4.2.3',
    ]);
    assert.deepEqual(parsed.notes, []);
  });

  it('yarn.lock of Yarn 2 and later: npm resolutions only', () => {
    const parsed = parseYarnLock('/app/yarn.lock', packageFixture('npm', 'yarn-berry.lock'));
    assert.deepEqual(ids(parsed.packages), ['@types/node@20.11.5', 'lodash@4.17.21']);
  });

  for (const version of ['v5', 'v6', 'v9']) {
    it(`pnpm-lock.yaml ${version}: names and versions without peer suffixes`, () => {
      const parsed = parsePnpmLock('/app/pnpm-lock.yaml', packageFixture('npm', `pnpm-lock-${version}.yaml`));
      assert.deepEqual(ids(parsed.packages), ['@babel/core@7.23.7', 'react-dom@18.2.0', 'react@18.2.0']);
      assert.deepEqual(parsed.notes, []);
    });
  }

  it('notes lockfiles that do not parse', () => {
    assert.match(parsePnpmLock('/p/pnpm-lock.yaml', Buffer.from('a: [b')).notes[0] ?? '', /not valid YAML/);
    assert.match(
      parseNpmPackageLock('/p/package-lock.json', Buffer.from('[1')).notes[0] ?? '',
      /not valid JSON/,
    );
    assert.deepEqual(parseNpmPackageLock('/p/package-lock.json', Buffer.from('[1]')).notes, [
      '/p/package-lock.json: is not a package-lock object',
    ]);
  });
});

describe('npm packages in an image', () => {
  it('counts installed packages once: a lockfile beside an installed node_modules is not counted again', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:app',
        files: [
          { path: '/app/package-lock.json', content: packageFixture('npm', 'package-lock-v2.json') },
          {
            path: '/app/node_modules/express/package.json',
            content: '{"name":"express","version":"4.18.2"}',
          },
          { path: '/app/node_modules/debug/package.json', content: '{"name":"debug","version":"2.6.9"}' },
          {
            path: '/app/node_modules/debug/node_modules/ms/package.json',
            content: '{"name":"ms","version":"2.0.0"}',
          },
          {
            path: '/app/node_modules/debug/lib/package.json',
            content: '{"name":"not-a-package","version":"1"}',
          },
          { path: '/tools/yarn.lock', content: packageFixture('npm', 'yarn-v1.lock') },
        ],
      },
    ]);
    const { inventory } = resolveInventory(results, view);
    const listed = inventory.packages.map((record) => `${record.purl} ${record.file}`);
    // Sorted by type, namespace (none first), name, version, file.
    assert.deepEqual(listed, [
      'pkg:npm/chalk@2.4.2 /tools/yarn.lock',
      'pkg:npm/debug@2.6.9 /app/node_modules/debug/package.json',
      'pkg:npm/express@4.18.2 /app/node_modules/express/package.json',
      'pkg:npm/lodash@4.17.21 /tools/yarn.lock',
      'pkg:npm/ms@2.0.0 /app/node_modules/debug/node_modules/ms/package.json',
      'pkg:npm/string-width@4.2.3 /tools/yarn.lock',
      'pkg:npm/%40babel/code-frame@7.23.5 /tools/yarn.lock',
    ]);
  });

  it('counts a lockfile whose folder has no installed packages, once per name and version', async () => {
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:src',
        files: [{ path: '/src/package-lock.json', content: packageFixture('npm', 'package-lock-v3.json') }],
      },
    ]);
    const { inventory } = resolveInventory(results, view);
    assert.deepEqual(
      inventory.packages.map((record) => record.purl),
      ['pkg:npm/semver@7.6.0', 'pkg:npm/string-width@4.2.3', 'pkg:npm/%40scope/widget@3.1.0'],
    );
    assert.equal(inventory.packages[0]?.file, '/src/package-lock.json');
  });
});
