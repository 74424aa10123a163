import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FieldPath } from '../../src/core/index.js';
import { parseYamlDocuments } from '../../src/sources/index.js';
import { parseWithFastPath } from '../../src/sources/yaml/fast-path.js';
import { parseYamlDocumentsFull } from '../../src/sources/yaml/full-path.js';
import { fromRoot } from '../support/paths.js';
import { ensureCorpus } from '../../bench/corpus/ensure.js';
import { defaultCorpusOptions } from '../../bench/corpus/generate.js';

// Differential tests: the fast path must give exactly what the Composer path gives (values, first lines, errors and
// every `locate` answer), both where it converts a document itself and where it hands the document back.

/** Every path that exists in `value`, plus absent ones beside them (a missing key, an index past the end, ...). */
function* fieldPaths(value: unknown, prefix: FieldPath): Generator<FieldPath> {
  yield prefix;
  yield [...prefix, 'missing-field'];
  if (Array.isArray(value)) {
    yield [...prefix, value.length];
    yield [...prefix, '0'];
    for (const [index, item] of value.entries()) yield* fieldPaths(item, [...prefix, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  yield [...prefix, 0];
  for (const [key, item] of Object.entries(value)) {
    if (/^\d+$/.test(key)) yield [...prefix, Number(key)];
    yield* fieldPaths(item, [...prefix, key]);
  }
}

/** Compares both paths on `text` and returns how many documents the fast path handed to the Composer. */
function compare(text: string, label: string): number {
  let fallbacks = 0;
  const fast = parseWithFastPath(text, () => {
    fallbacks += 1;
  });
  const full = parseYamlDocumentsFull(text);
  assert.deepEqual(fast.errors, full.errors, `${label}: errors`);
  assert.equal(fast.documents.length, full.documents.length, `${label}: document count`);
  for (const [position, expected] of full.documents.entries()) {
    const actual = fast.documents[position];
    assert.ok(actual, `${label}: document ${position}`);
    assert.equal(actual.index, expected.index, `${label}: index of document ${position}`);
    assert.equal(actual.startLine, expected.startLine, `${label}: startLine of document ${position}`);
    assert.deepEqual(actual.value, expected.value, `${label}: value of document ${position}`);
    for (const fieldPath of fieldPaths(expected.value, [])) {
      const where = `${label}: locate ${JSON.stringify(fieldPath)} in document ${position}`;
      assert.deepEqual(actual.locate(fieldPath), expected.locate(fieldPath), where);
    }
  }
  return fallbacks;
}

const lines = (...parts: string[]): string => `${parts.join('\n')}\n`;

const helmOutput = lines(
  '---',
  '# Source: app/templates/service.yaml',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: release-name-app',
  '  labels:',
  '    helm.sh/chart: app-0.1.0',
  '    app.kubernetes.io/version: "1.16.0"',
  'spec:',
  '  type: ClusterIP',
  '  ports:',
  '    - port: 80',
  '      targetPort: http',
  '      protocol: TCP',
  '---',
  '# Source: app/templates/deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'spec:',
  '  template:',
  '    spec:',
  '      securityContext:',
  '        {}',
  '      containers:',
  '        - name: app',
  '          image: "nginx:1.16.0"',
  '          args:',
  '          - --port=8080',
  '          resources:',
  '            {}',
);

const jsonList = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { kind: 'Pod', metadata: { name: 'a', labels: {} }, spec: { containers: [{ name: 'c', args: [] }] } },
      { note: 'esc\u0041pe "quoted" \\ back', n: 1e-5, big: 12345678901234, neg: -0.5, nil: null, t: true },
    ],
  },
  null,
  2,
);

/** Documents the fast path must convert itself: each is compared and must not fall back. */
const fastCases: readonly (readonly [string, string])[] = [
  ['block map and sequence', lines('a: 1', 'b:', '  - x', '  -   y: 2', '      z: [1, {q: r}]')],
  ['flow collections', 'a: [1, 2, {b: c, d: [e, f]}]\ng: {h: i, j: [], k: {}}\n'],
  [
    'nested flow in block',
    lines('spec:', '  containers: [{name: a, ports: [{containerPort: 80}]}]', '  x: 1'),
  ],
  [
    'multi-line flow',
    lines('args: [', '  "--a",   # first', "  '--b',", '  --c', ']', 'env: {', '  A: 1,', '  B: "two",', '}'),
  ],
  ['flow with trailing comma', '[a, b, ]\n'],
  ['flow keys without values', '{a, b: , c: d}\n'],
  [
    'double-quoted escapes',
    'a: "tab\\there \\u00e9 \\x41 \\"q\\" \\\\ end"\nb: "multi\n  line"\nc: "x\\\n  y"\n',
  ],
  ['single-quoted', "a: 'it''s'\nb: 'fold\n\n  para'\nc: ''\n"],
  [
    'literal and folded block scalars',
    lines('a: |', '  line1', '   more', '', '  line3', 'b: >', '  folded', '  text', '', '  para'),
  ],
  [
    'block scalar chomping',
    lines(
      'c: |-',
      '  strip',
      'd: >+',
      '  keep',
      '',
      'e: |2',
      '    indented',
      'f: >-',
      '  x',
      '    more',
      '  y',
    ),
  ],
  [
    'block scalar with leading blank and comment',
    lines('a: | # note', '', '  after blank', 'b: |+', '', 'c: x'),
  ],
  ['block scalar in sequence', lines('- |', '  one', '- >-', '  two', '  lines', '- last')],
  ['multi-line plain scalars', lines('a: this is', '  a long', '', '  plain scalar', 'b: x')],
  [
    'comments everywhere',
    lines(
      '# head',
      'a: 1 # trailing',
      '# between',
      'b:',
      '  # inside',
      '  - x # item',
      '  # after item',
      '  - y',
      '# tail',
    ),
  ],
  ['comment after key', lines('a: # note', '  b: 1', 'c: # empty', 'd:')],
  [
    'empty values',
    lines(
      'a:',
      'b: ~',
      'c: null',
      'd: Null',
      'e: NULL',
      "f: ''",
      'g: ""',
      'h:',
      '  -',
      '  - ',
      '  -   # c',
      'i: 1',
    ),
  ],
  [
    'YAML 1.1 booleans',
    lines('a: yes', 'b: No', 'c: on', 'd: OFF', 'e: y', 'f: n', 'g: Y', 'h: true', 'i: False', 'j: "yes"'),
  ],
  [
    'integers',
    lines('a: 0644', 'b: 0o644', 'c: 0x1F', 'd: 1_000', 'e: 0b1010', 'f: +12', 'g: -0', 'h: 00', 'i: 09'),
  ],
  [
    'floats',
    lines(
      'a: 3.14',
      'b: -.5',
      'c: .inf',
      'd: -.Inf',
      'e: .NaN',
      'f: 1e3',
      'g: 6.02e+23',
      'h: 1.',
      'i: 0.0',
      'j: .',
    ),
  ],
  [
    'strings that look typed',
    lines('a: 1:20', 'b: 2027-06-30', 'c: 2027-06-30T10:00:00Z', 'd: 0x', 'e: 1.2.3', 'f: "0644"'),
  ],
  [
    'scalar keys of every type',
    lines('1: one', '2.5: x', '0x10: hex', 'true: t', 'no: n', '~: nothing', '"3": quoted'),
  ],
  [
    'keys named like Object members',
    lines('constructor: 1', 'toString: 2', 'hasOwnProperty: 3', 'a b: c', '"a:b": d'),
  ],
  [
    'CRLF line ends',
    'a: 1\r\nb:\r\n  - x\r\n  - y # c\r\nc: |\r\n  text\r\n  more\r\nd: "q\r\n  r"\r\ne:\r\n',
  ],
  ['a byte order mark before the first document', '\uFEFFa: 1\nb: [x]\n'],
  ['UTF-8 with emoji', lines('name: "🚀 launch"', 'emoji: 😀 smile', 'key😀: v', "'q': 'é'", 'after: 🚀 x')],
  ['document markers', lines('---', 'a: 1', '...', '---', 'b: 2', '...', '--- # comment', 'c: 3')],
  ['scalar documents', lines('--- text', '--- "quoted"', '--- 42', '--- [1, 2]', '---', '- root', '- seq')],
  ['empty documents', lines('---', '# only a comment', '---', '', '---', '...', '---', 'a: 1', '---')],
  ['nothing at all', ''],
  ['document end marker first', lines('...', 'a: 1')],
  ['only comments', '# one\n# two\n'],
  ['JSON list', jsonList],
  ['minified JSON', JSON.stringify({ a: [1, { b: 'c' }], d: { e: [] } })],
  ['Helm output', helmOutput],
  ['sequences of sequences and compact maps', lines('- - a', '  - b', '- - c', '- a: 1', '  b: 2', '- c: 3')],
  ['sequence at the key indent', lines('a:', '- x', '- y', 'b: 1')],
  ['deep flow nesting', `${'['.repeat(40)}1${']'.repeat(40)}\n`],
  ['tabs inside values', 'a: value with\ttab\nb: "q\tr"\n'],
  ['long value', `a: ${'x'.repeat(3000)}\nb: 1\n`],
  ['ends without a line break', 'a:\n  b: [1, 2]   '],
  ['spaces and comments after flow', lines('a: [1, 2] # c', 'b: {c: d}   ', 'c: 1')],
];

/** Documents the fast path must hand to the Composer; the results must still be the same. */
const fallbackCases: readonly (readonly [string, string])[] = [
  ['anchors and aliases', lines('base: &b {x: 1}', 'use: *b')],
  ['merge keys', lines('base: &b {x: 1}', 'item:', '  <<: *b', '  y: 2')],
  ['explicit tags', lines('a: !!str 1', 'b: !!int "2"', 'c: !custom x')],
  ['directives', lines('%YAML 1.1', '---', 'a: yes', '---', 'b: 2')],
  ['duplicate keys', lines('a: 1', 'a: 2')],
  ['keys equal once stringified', lines('1: a', '"1": b')],
  ['complex keys', lines('? [a, b]', ': c')],
  ['explicit scalar key', lines('? a', ': b')],
  ['flow map with a collection key', '{[a]: b}\n'],
  ['pairs in a flow sequence', '[a: 1, b]\n'],
  ['__proto__ key', '__proto__: x\nb: 1\n'],
  ['unclosed flow', 'a: [1, 2\n'],
  ['mapping on one line', 'a: b: c\n'],
  ['tab indentation', 'a:\n\tb: 1\n'],
  ['tab after the colon', 'a:\tb\n'],
  ['implicit key over 1024 characters', `${'k'.repeat(1100)}: v\n`],
  ['bad indentation', lines('a:', '  - b', ' c: d')],
  ['reserved plain start', 'a: @foo\n'],
  ['bad escape', 'a: "\\q"\n'],
  ['empty key', ': v\n'],
  ['stray content after a flow root', '[1]\nb: 2\n'],
  ['block collection on the --- line', '--- a: 1\n'],
  ['nesting deeper than the fast path takes', `${'['.repeat(200)}1${']'.repeat(200)}\n`],
  [
    'block nesting deeper than the fast path takes',
    `${Array.from({ length: 150 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n')} 1\n`,
  ],
];

describe('YAML fast path', () => {
  for (const [name, text] of fastCases) {
    it(`converts ${name} exactly as the Composer does`, () => {
      assert.equal(compare(text, name), 0, `${name}: fell back to the Composer`);
    });
  }

  for (const [name, text] of fallbackCases) {
    it(`hands ${name} to the Composer with the same result`, () => {
      assert.ok(compare(text, name) > 0, `${name}: expected the Composer to take over`);
    });
  }

  it('falls back per document and keeps the other documents on the fast path', () => {
    const text = lines('a: 1', '---', 'b: &x 2', 'c: *x', '---', 'd: [1, 2', '---', 'e: 3');
    const reported: number[] = [];
    parseWithFastPath(text, (index) => reported.push(index));
    assert.deepEqual(reported, [1, 2]);
    assert.equal(compare(text, 'mixed stream'), 2);
  });

  it('resolves the values Kubernetes expects', () => {
    const { documents } = parseYamlDocuments('mode: 0644\nenabled: on\nport: "80"\nratio: .5\nnone:\n');
    assert.deepEqual(documents[0]?.value, { mode: 420, enabled: true, port: '80', ratio: 0.5, none: null });
  });

  const corpus = fromRoot('bench-corpus');
  // The benchmark corpus is generated deterministically when absent (a fresh clone), never skipped.
  it('matches the Composer on every file of the benchmark corpus', async () => {
    await ensureCorpus(corpus, defaultCorpusOptions);
    let files = 0;
    for (const folder of ['kubernetes', 'compose']) {
      for (const file of listYamlFiles(path.join(corpus, folder))) {
        compare(readFileSync(file, 'utf8'), path.relative(corpus, file));
        files += 1;
      }
    }
    assert.ok(files > 0);
  });
});

function listYamlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) out.push(...listYamlFiles(full));
    else if (/\.(?:ya?ml|json)$/i.test(name)) out.push(full);
  }
  return out;
}
