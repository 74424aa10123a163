import { findSecretsInFile } from '../../../secrets/index.js';
import type { FileSink, Inspection, LayerEntry, LayerInspector } from '../../../sources/index.js';
import { cacheFolderOf, isCacheFolder } from './caches.js';
import type { CacheFact, LayerFacts } from './layer-facts.js';
import { toFileFact } from './layer-facts.js';
import { secretScanMaxBytes, shouldScanForSecrets } from './read-policy.js';
import { textSink } from './text-sink.js';

/** Account files whose final text the rules parse. */
export const accountFilePaths: readonly string[] = ['/etc/group', '/etc/passwd', '/etc/shadow'];
export const accountFileMaxBytes = 1024 * 1024;
/** Findings kept per file: a file full of tokens (a test corpus) would otherwise flood the report. */
export const maxSecretsPerFile = 20;
/** Cache files remembered per cache folder and layer, to tell later whether the cache was removed. */
export const cacheSampleLimit = 64;

const setuidBits = 0o6000;
const worldWritableBit = 0o002;

function isGitDirectory(entry: LayerEntry): boolean {
  return entry.type === 'directory' && (entry.path === '/.git' || entry.path.endsWith('/.git'));
}

function emptyFacts(): LayerFacts {
  return {
    setuidFiles: [],
    worldWritable: [],
    secrets: [],
    caches: [],
    gitDirectories: [],
    accountFiles: {},
  };
}

/** Package-manager cache content of one layer, grouped by cache folder. */
function cacheTracker(): { note(entry: LayerEntry): void; found(): CacheFact[] } {
  const caches = new Map<string, CacheFact>();
  function cacheFor(root: string): CacheFact {
    let cache = caches.get(root);
    if (cache === undefined) {
      cache = { root, fileCount: 0, bytes: 0, sample: [] };
      caches.set(root, cache);
    }
    return cache;
  }
  return {
    note(entry) {
      if (entry.type === 'directory') {
        if (isCacheFolder(entry.path)) cacheFor(entry.path).directory = toFileFact(entry);
        return;
      }
      if (entry.type !== 'file' || entry.size === 0) return;
      const root = cacheFolderOf(entry.path);
      if (root === undefined) return;
      const cache = cacheFor(root);
      cache.fileCount += 1;
      cache.bytes += entry.size;
      if (cache.sample.length < cacheSampleLimit) cache.sample.push(entry.path);
    },
    // A folder entry alone (an empty cache) is not a leftover.
    found: () => [...caches.values()].filter((cache) => cache.fileCount > 0),
  };
}

function collectFacts(): LayerInspector<LayerFacts> {
  const facts = emptyFacts();
  const caches = cacheTracker();
  return {
    onEntry(entry) {
      if (entry.type === 'file' && (entry.mode & setuidBits) !== 0) facts.setuidFiles.push(toFileFact(entry));
      if ((entry.type === 'file' || entry.type === 'directory') && (entry.mode & worldWritableBit) !== 0)
        facts.worldWritable.push(toFileFact(entry));
      if (isGitDirectory(entry)) facts.gitDirectories.push(toFileFact(entry));
      caches.note(entry);
      return contentSink(entry, facts);
    },
    finish() {
      facts.caches = caches.found();
      return facts;
    },
  };
}

/** Account files are kept as text; other files the read policy selects go through the secret engine. */
function contentSink(entry: LayerEntry, facts: LayerFacts): FileSink | undefined {
  if (entry.type !== 'file') return undefined;
  if (accountFilePaths.includes(entry.path))
    return textSink(accountFileMaxBytes, (text) => {
      facts.accountFiles[entry.path] = text;
    });
  if (!shouldScanForSecrets(entry)) return undefined;
  return textSink(secretScanMaxBytes, (text) => {
    for (const hit of findSecretsInFile(entry.path, text).slice(0, maxSecretsPerFile))
      facts.secrets.push({ path: entry.path, line: hit.line, kind: hit.kind, masked: hit.masked });
  });
}

/**
 * Per layer: setuid/setgid files, world-writable files and folders, secrets in text files (through the shared
 * engine), package-manager caches, `.git` folders and the account files. `resolveFacts` joins the layers.
 */
export const factsInspection: Inspection<LayerFacts> = {
  name: 'file-facts',
  start: () => collectFacts(),
};
