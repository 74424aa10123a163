import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseYamlDocuments } from '../../sources/index.js';
import type { ReportError } from '../../core/index.js';
import { Config, defaultConfig } from './schema.js';

export const configFileName = '.bulwark.yaml';

export interface LoadedConfig {
  config: Config;
  file?: string;
  errors: ReportError[];
}

async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isFile();
  } catch {
    return false;
  }
}

/** The nearest `.bulwark.yaml` from `start` (a file or folder) up to the filesystem root. */
export async function findConfig(start: string): Promise<string | undefined> {
  let directory = path.resolve(start);
  if (await isFile(directory)) directory = path.dirname(directory);
  for (;;) {
    const candidate = path.join(directory, configFileName);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export async function loadConfig(file: string, displayName: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return {
      config: defaultConfig,
      errors: [{ file: displayName, line: 1, message: `cannot read config: ${reason}` }],
    };
  }
  const parsed = parseYamlDocuments(text);
  const errors: ReportError[] = parsed.errors.map((error) => ({ file: displayName, ...error }));
  const document = parsed.documents[0];
  if (document === undefined) return { config: defaultConfig, file: displayName, errors };
  const result = Config.safeParse(document.value ?? {});
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 10)) {
      const issuePath = issue.path.filter(
        (segment): segment is string | number => typeof segment !== 'symbol',
      );
      // An unknown key is reported at its own line, not its parent's.
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const fieldPath = unknownKey === undefined ? issuePath : [...issuePath, unknownKey];
      const at = document.locate(fieldPath).range;
      errors.push({
        file: displayName,
        line: at.startLine,
        message: `invalid config at ${fieldPath.join('.') || '(root)'}: ${issue.message}`,
      });
    }
    return { config: defaultConfig, file: displayName, errors };
  }
  return { config: result.data, file: displayName, errors };
}
