import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Where an image comes from, decided from what the user typed. */
export type ImageTarget =
  | { kind: 'engine'; name: string }
  | { kind: 'path'; path: string; tag?: string }
  | { kind: 'registry'; reference: string };

const transports = ['oci:', 'oci-archive:', 'docker-archive:'] as const;

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Splits `PATH:TAG` only when PATH exists and the whole text does not (a file name may contain a colon). */
async function localPath(text: string, cwd: string): Promise<{ path: string; tag?: string } | undefined> {
  const whole = path.resolve(cwd, text);
  if (await exists(whole)) return { path: whole };
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const head = path.resolve(cwd, text.slice(0, colon));
  const tag = text.slice(colon + 1);
  if (tag === '' || tag.includes('/')) return undefined;
  return (await exists(head)) ? { path: head, tag } : undefined;
}

/**
 * `docker:NAME` reads from the Docker engine; `oci:DIR[:TAG]`, `oci-archive:FILE`, `docker-archive:FILE` or any
 * existing path reads local files; everything else is a registry reference.
 */
export async function classifyTarget(text: string, cwd: string): Promise<ImageTarget> {
  if (text.startsWith('docker:') && !text.startsWith('docker://'))
    return { kind: 'engine', name: text.slice(7) };
  for (const transport of transports) {
    if (!text.startsWith(transport)) continue;
    const rest = text.slice(transport.length);
    const local = await localPath(rest, cwd);
    return local === undefined ? { kind: 'path', path: path.resolve(cwd, rest) } : { kind: 'path', ...local };
  }
  const local = await localPath(text, cwd);
  if (local !== undefined) return { kind: 'path', ...local };
  return { kind: 'registry', reference: text.startsWith('docker://') ? text.slice(9) : text };
}
