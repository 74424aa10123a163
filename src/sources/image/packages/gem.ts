import { decodeText, FileNotes, looksBinary } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** A Ruby string literal as rubygems writes it: `"x"`, `'x'` or `%q{x}`, optionally `.freeze`d. */
const rubyString = String.raw`(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|%q\{(?<percent>[^}]*)\})(?:\.freeze)?`;
const namePattern = new RegExp(String.raw`^\s*\w+\.name\s*=\s*${rubyString}`, 'm');
const versionPattern = new RegExp(String.raw`^\s*\w+\.version\s*=\s*${rubyString}`, 'm');
const versionObjectPattern = new RegExp(
  String.raw`^\s*\w+\.version\s*=\s*Gem::Version\.new\(\s*${rubyString}\s*\)`,
  'm',
);
const licensePattern = new RegExp(String.raw`^\s*\w+\.license\s*=\s*${rubyString}`, 'm');
const licensesPattern = /^\s*\w+\.licenses\s*=\s*\[(?<list>[^\]]*)\]/m;
/** Generated specs begin with `# stub: name version platform require_paths`. */
const stubPattern = /^# stub: (?<name>\S+) (?<version>\S+)/m;
const listedString = /"(?<double>[^"]*)"|'(?<single>[^']*)'/g;

function stringOf(groups: Record<string, string | undefined> | undefined): string | undefined {
  if (groups === undefined) return undefined;
  return groups.double ?? groups.single ?? groups.percent;
}

function licensesOf(text: string): string[] | undefined {
  const list = licensesPattern.exec(text)?.groups?.list;
  if (list !== undefined) {
    const names = [...list.matchAll(listedString)].map((match) => stringOf(match.groups) ?? '');
    const kept = names.filter((name) => name !== '');
    if (kept.length > 0) return kept;
  }
  const single = stringOf(licensePattern.exec(text)?.groups);
  return single === undefined || single === '' ? undefined : [single];
}

/** Parses an installed gem's `specifications/*.gemspec` as rubygems generates it; Ruby code is never evaluated. */
export function parseGemspec(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a gemspec (binary content)');
    return { packages: [], notes: notes.list() };
  }
  const text = decodeText(content);
  const stub = stubPattern.exec(text)?.groups;
  const name = stringOf(namePattern.exec(text)?.groups) ?? stub?.name;
  const version =
    stringOf(versionPattern.exec(text)?.groups) ??
    stringOf(versionObjectPattern.exec(text)?.groups) ??
    stub?.version;
  if (name === undefined || name === '' || version === undefined || version === '') {
    notes.add('gemspec has no name or version in a form Bulwark reads; skipped');
    return { packages: [], notes: notes.list() };
  }
  const found: FoundPackage = { type: 'gem', name, version };
  const licenses = licensesOf(text);
  if (licenses !== undefined) found.licenses = licenses;
  return { packages: [found], notes: notes.list() };
}
