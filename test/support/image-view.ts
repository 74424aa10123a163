import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerRef, RuleContext, Severity, VulnerabilityMatch } from '../../src/core/index.js';
import { formatMessage, formatPath, latestKubernetesVersion } from '../../src/core/index.js';
import type { TargetedRule } from '../../src/rules/index.js';
import { emptyImageFileFacts } from '../../src/sources/image/view.js';
import type {
  ImageFileEntry,
  ImageFileFacts,
  ImageHistoryEntry,
  ImageRuntimeConfig,
  ImageSecretHit,
  ImageTextFile,
  ImageView,
} from '../../src/sources/index.js';

/** A layer whose digest is easy to read in a failing assertion: `layer(2)` is `sha256:000…02`. */
export function layer(index: number, createdBy = `RUN step ${index}`): LayerRef {
  return { digest: `sha256:${String(index).padStart(64, '0')}`, createdBy };
}

export interface ImageViewParts {
  config?: Partial<ImageRuntimeConfig>;
  /** `created_by` texts, one per history entry; every entry gets a layer of its own index. */
  history?: readonly string[];
  files?: Partial<ImageFileFacts>;
  vulnerabilities?: readonly VulnerabilityMatch[];
}

const emptyFiles: ImageFileFacts = emptyImageFileFacts;

/**
 * A complete ImageView with harmless defaults (user 10001, a health check, no findings in files); each test
 * overrides only what it is about.
 */
export function imageView(parts: ImageViewParts = {}): ImageView {
  const history: ImageHistoryEntry[] = (parts.history ?? []).map((createdBy, index) => ({
    index,
    createdBy,
    emptyLayer: false,
    layer: layer(index, createdBy),
  }));
  const image = { reference: 'registry.test/app:1', layers: history.flatMap((entry) => entry.layer ?? []) };
  return {
    resource: { kind: 'Image', name: image.reference, source: { file: image.reference }, doc: image },
    image,
    config: {
      user: '10001',
      env: ['PATH=/usr/local/bin:/usr/bin:/bin'],
      exposedPorts: [],
      labels: {},
      healthcheck: ['CMD', '/app/healthcheck'],
      ...parts.config,
    },
    history,
    files: { ...emptyFiles, ...parts.files },
    vulnerabilities: parts.vulnerabilities ?? [],
  };
}

/** One file-system entry of the layer walk; defaults to a live root-owned regular file in layer 1. */
export function fileEntry(path: string, entry: Partial<Omit<ImageFileEntry, 'path'>> = {}): ImageFileEntry {
  return {
    path,
    type: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    size: 10,
    layer: layer(1),
    fossil: false,
    ...entry,
  };
}

export function secretHit(path: string, hit: Partial<Omit<ImageSecretHit, 'path'>> = {}): ImageSecretHit {
  return {
    path,
    line: 1,
    kind: 'private key',
    masked: 'BEGIN PRIVATE KEY',
    layer: layer(1),
    fossil: false,
    ...hit,
  };
}

/** Account files keyed by path, as the facts resolution hands them over. */
export function accountFiles(files: Readonly<Record<string, string>>): Record<string, ImageTextFile> {
  const out: Record<string, ImageTextFile> = {};
  for (const [path, text] of Object.entries(files)) out[path] = { path, text, layer: layer(0) };
  return out;
}

/** What a test pins about one violation; omitted keys are not compared. */
export interface ExpectedImageViolation {
  messageId: string;
  /** Dotted field path (`config.Env[1]`, `history[2].created_by`). */
  path?: string;
  filePath?: string;
  line?: number;
  /** Layer digest. */
  layer?: string;
  severity?: Severity;
  /** Text after placeholders are filled. */
  message?: string;
}

const context: RuleContext = {
  pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
  kubernetesVersion: latestKubernetesVersion,
  trustedRegistries: [],
};

type ImageRule = TargetedRule<'image'>;

interface ActualViolation {
  messageId: string;
  path?: string;
  filePath?: string;
  line?: number;
  layer?: string;
  severity: Severity;
  message: string;
}

/** Runs one image rule and returns its violations with messages filled and the rule severity applied. */
export function runImageRule(rule: ImageRule, view: ImageView): ActualViolation[] {
  return [...rule.check(view, context)].map((violation) => ({
    messageId: violation.messageId,
    ...(violation.path === undefined ? {} : { path: formatPath(violation.path) }),
    ...(violation.filePath === undefined ? {} : { filePath: violation.filePath }),
    ...(violation.line === undefined ? {} : { line: violation.line }),
    ...(violation.layer === undefined ? {} : { layer: violation.layer.digest }),
    severity: violation.severity ?? rule.severity,
    message: formatMessage(rule.messages[violation.messageId] ?? violation.messageId, violation.data),
  }));
}

function pick(actual: ActualViolation, expected: ExpectedImageViolation): ExpectedImageViolation {
  const picked: ExpectedImageViolation = { messageId: actual.messageId };
  for (const key of ['path', 'filePath', 'line', 'layer', 'severity', 'message'] as const)
    if (expected[key] !== undefined) Object.assign(picked, { [key]: actual[key] });
  return picked;
}

export interface ImageCase {
  name: string;
  view: ImageView;
}

export interface InvalidImageCase extends ImageCase {
  errors: ExpectedImageViolation[];
}

/**
 * ESLint-style tester for image rules: every invalid case must produce exactly the expected violations, in order
 * (messageId, and whatever else each expectation pins); every valid case none. Every message placeholder must be
 * filled.
 */
export function imageRuleTester(
  rule: ImageRule,
  cases: { valid: readonly ImageCase[]; invalid: readonly InvalidImageCase[] },
): void {
  describe(`${rule.id} ${rule.slug}`, () => {
    it('has at least one valid and one invalid case', () => {
      assert.ok(cases.valid.length > 0, 'a rule needs valid cases');
      assert.ok(cases.invalid.length > 0, 'a rule needs invalid cases');
      const names = [...cases.valid, ...cases.invalid].map((each) => each.name);
      assert.equal(new Set(names).size, names.length, 'duplicate case name');
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        assert.deepEqual(
          runImageRule(rule, testCase.view).map((violation) => violation.message),
          [],
        );
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        assert.ok(testCase.errors.length > 0, 'Invalid cases must have at least one error');
        const actual = runImageRule(rule, testCase.view);
        for (const violation of actual)
          assert.doesNotMatch(violation.message, /\{\{/, 'unfilled placeholder');
        assert.deepEqual(
          actual.map((violation, index) => pick(violation, testCase.errors[index] ?? { messageId: '' })),
          testCase.errors,
        );
      });
    }
  });
}
