import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognisePackagePath, resolveInventory } from '../../../../src/sources/image/packages/index.js';
import { parseGemspec } from '../../../../src/sources/image/packages/gem.js';
import { normalizePythonName, parsePythonMetadata } from '../../../../src/sources/image/packages/python.js';
import { packageFixture } from './support/fixtures.js';
import { inspectLayers } from './support/layers.js';

describe('Python distributions', () => {
  it('reads Name, Version and License from the header block only', () => {
    const parsed = parsePythonMetadata(
      '/usr/lib/python3/dist-packages/Jinja2-3.1.2.dist-info/METADATA',
      packageFixture('python', 'jinja2-METADATA'),
    );
    assert.deepEqual(parsed, {
      packages: [{ type: 'pypi', name: 'Jinja2', version: '3.1.2', licenses: ['BSD-3-Clause'] }],
      notes: [],
    });
  });

  it('prefers License-Expression, and falls back to classifiers when License says nothing', () => {
    const modern = parsePythonMetadata(
      '/x/site-packages/t.dist-info/METADATA',
      packageFixture('python', 'typing_extensions-METADATA'),
    );
    assert.deepEqual(modern.packages[0]?.licenses, ['PSF-2.0']);
    const old = parsePythonMetadata(
      '/x/site-packages/six-1.16.0-py3.11.egg-info',
      packageFixture('python', 'six-egg-info'),
    );
    assert.deepEqual(old.packages[0]?.licenses, ['MIT License']);
  });

  it('keeps reading headers past a description whose continuation lines are blank-looking', () => {
    const parsed = parsePythonMetadata(
      '/x/site-packages/z.egg-info/PKG-INFO',
      packageFixture('python', 'setuptools-PKG-INFO'),
    );
    assert.deepEqual(parsed.packages, [
      { type: 'pypi', name: 'zope.interface', version: '5.4.0', licenses: ['ZPL 2.1'] },
    ]);
  });

  it('notes metadata without a version', () => {
    const parsed = parsePythonMetadata(
      '/x/site-packages/a.dist-info/METADATA',
      Buffer.from('Name: a\n\nVersion: 1\n'),
    );
    assert.deepEqual(parsed.notes, [
      '/x/site-packages/a.dist-info/METADATA: has no Name or no Version header; skipped',
    ]);
  });

  it('normalises names per PEP 503 for purls', async () => {
    assert.equal(normalizePythonName('Zope.Interface__x--y'), 'zope-interface-x-y');
    const { results, view } = await inspectLayers([
      {
        digest: 'sha256:py',
        files: [
          {
            path: '/usr/local/lib/python3.12/site-packages/typing_extensions-4.12.2.dist-info/METADATA',
            content: packageFixture('python', 'typing_extensions-METADATA'),
          },
          {
            path: '/usr/lib/python3/dist-packages/Jinja2-3.1.2.dist-info/METADATA',
            content: packageFixture('python', 'jinja2-METADATA'),
          },
        ],
      },
    ]);
    assert.deepEqual(
      resolveInventory(results, view).inventory.packages.map((record) => `${record.name} ${record.purl}`),
      ['Jinja2 pkg:pypi/jinja2@3.1.2', 'typing_extensions pkg:pypi/typing-extensions@4.12.2'],
    );
  });

  it('recognises metadata files in site-packages and dist-packages only', () => {
    assert.equal(
      recognisePackagePath('/usr/lib/python3/dist-packages/six-1.16.0.egg-info'),
      'python-metadata',
    );
    assert.equal(
      recognisePackagePath('/venv/lib/python3.11/site-packages/a-1.dist-info/METADATA'),
      'python-metadata',
    );
    assert.equal(recognisePackagePath('/venv/lib/python3.11/site-packages/a-1.dist-info/RECORD'), undefined);
    assert.equal(recognisePackagePath('/src/a.egg-info/PKG-INFO'), undefined);
  });
});

describe('Ruby gem specifications', () => {
  it('reads the generated form: frozen strings and a licenses array', () => {
    const parsed = parseGemspec(
      '/usr/local/bundle/specifications/rake-13.0.6.gemspec',
      packageFixture('gem', 'rake-13.0.6.gemspec'),
    );
    assert.deepEqual(parsed, {
      packages: [{ type: 'gem', name: 'rake', version: '13.0.6', licenses: ['MIT'] }],
      notes: [],
    });
  });

  it('reads %q{} strings, Gem::Version.new and a single licence', () => {
    const parsed = parseGemspec(
      '/specifications/default/json-2.6.3.gemspec',
      packageFixture('gem', 'json-2.6.3.gemspec'),
    );
    assert.deepEqual(parsed.packages, [{ type: 'gem', name: 'json', version: '2.6.3', licenses: ['Ruby'] }]);
  });

  it('keeps every licence of the array and the version without platform', () => {
    const parsed = parseGemspec(
      '/specifications/nokogiri.gemspec',
      packageFixture('gem', 'nokogiri-1.15.5-x86_64-linux.gemspec'),
    );
    assert.deepEqual(parsed.packages, [
      { type: 'gem', name: 'nokogiri', version: '1.15.5', licenses: ['MIT', 'Apache-2.0'] },
    ]);
  });

  it('falls back to the stub line and notes a spec it cannot read', () => {
    const stubOnly = parseGemspec(
      '/specifications/a.gemspec',
      Buffer.from('# stub: bundler 2.5.6 ruby lib\n'),
    );
    assert.deepEqual(stubOnly.packages, [{ type: 'gem', name: 'bundler', version: '2.5.6' }]);
    const unparsable = parseGemspec('/specifications/b.gemspec', packageFixture('gem', 'unparsable.gemspec'));
    assert.deepEqual(unparsable, {
      packages: [],
      notes: ['/specifications/b.gemspec: gemspec has no name or version in a form Bulwark reads; skipped'],
    });
  });

  it('recognises installed and default specifications', () => {
    assert.equal(
      recognisePackagePath('/usr/local/lib/ruby/gems/3.3.0/specifications/default/json-2.7.1.gemspec'),
      'gemspec',
    );
    assert.equal(
      recognisePackagePath('/app/vendor/bundle/ruby/3.3.0/specifications/rack-3.0.9.gemspec'),
      'gemspec',
    );
    assert.equal(recognisePackagePath('/app/my.gemspec'), undefined);
  });
});
