import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags } from 'yaml';

/**
 * Kubernetes decodes YAML as YAML 1.1 (`yes`/`on` are booleans, `0777` is octal, `<<` merges), but keeps
 * timestamp-looking and sexagesimal scalars as strings; these options reproduce that.
 */
export const kubernetesYamlOptions = {
  version: '1.1',
  // `<<` merge keys are YAML 1.1, off by default in 1.2, yet compose files share settings through them.
  merge: true,
  prettyErrors: false,
  customTags: (tags: Tags) => tags.filter((tag) => !isTimeTag(tag)).map(requireDigitInFloat),
} satisfies ParseOptions & DocumentOptions & SchemaOptions;

function isTimeTag(tag: Tags[number]): boolean {
  return (
    typeof tag === 'object' &&
    (tag.tag === 'tag:yaml.org,2002:timestamp' || ('format' in tag && tag.format === 'TIME'))
  );
}

// The `yaml` 1.1 float pattern also takes a lone `.` (compose `build: .`); Go's decoder keeps that a string.
const floatWithDigit = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;

function isScalarTag(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === 'object' && tag.test instanceof RegExp;
}

function requireDigitInFloat(tag: Tags[number]): Tags[number] {
  if (!isScalarTag(tag) || tag.tag !== 'tag:yaml.org,2002:float' || tag.test?.test('.') !== true) return tag;
  return { ...tag, test: floatWithDigit };
}
