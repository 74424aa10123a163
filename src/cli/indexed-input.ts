import { loadConfigOption } from './config-option.js';
import type { IndexedInput } from '../engines/scan/index-files.js';
import { indexPaths } from '../engines/scan/index-files.js';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';

export interface ConfigFlag {
  config?: string;
}

async function configFor(paths: readonly string[], flags: ConfigFlag, io: CliIo) {
  const loaded = await loadConfigOption(
    flags.config,
    io,
    paths.find((input) => input !== '-'),
  );
  if (loaded.errors.length > 0 && flags.config !== undefined)
    throw new UsageError(
      loaded.errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'),
    );
  return loaded;
}

/**
 * The cluster index of the files a query names (the current folder by default), read as `scan` reads them: the
 * nearest `.bulwark.yaml` (or `--config`) decides the ignored paths and the file size limit.
 */
export async function readIndexedInput(
  paths: readonly string[],
  flags: ConfigFlag,
  io: CliIo,
): Promise<IndexedInput> {
  const inputs = paths.length === 0 ? ['.'] : paths;
  const { config, root, errors } = await configFor(inputs, flags, io);
  const indexed = await indexPaths({
    inputs,
    cwd: io.cwd,
    maxFileSizeMB: config.maxFileSizeMB,
    ignore: config.ignore,
    configRoot: root,
    readStdin: io.readStdin,
  });
  return { ...indexed, errors: [...errors, ...indexed.errors] };
}
