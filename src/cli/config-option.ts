import path from 'node:path';
import type { ReportError } from '../core/index.js';
import { findConfig, loadConfig } from '../engines/config/load.js';
import type { Config } from '../engines/config/schema.js';
import { defaultConfig } from '../engines/config/schema.js';
import type { CliIo } from './io.js';

export interface LoadedConfig {
  config: Config;
  /** Folder of the config file (its ignore and exception paths are relative to it); the cwd when there is none. */
  root: string;
  /** Problems in the file, with their lines; the rest of the file still applies. */
  errors: ReportError[];
}

/**
 * The `.bulwark.yaml` a command works with: the `--config` file, else the nearest one above `near` (a path the
 * command reads; the cwd by default), else the defaults.
 */
export async function loadConfigOption(
  explicit: string | undefined,
  io: CliIo,
  near: string = io.cwd,
): Promise<LoadedConfig> {
  const found =
    explicit === undefined ? await findConfig(path.resolve(io.cwd, near)) : path.resolve(io.cwd, explicit);
  if (found === undefined) return { config: defaultConfig, root: io.cwd, errors: [] };
  const display = path.relative(io.cwd, found).split(path.sep).join('/') || found;
  const loaded = await loadConfig(found, display);
  return { config: loaded.config, root: path.dirname(found), errors: loaded.errors };
}
