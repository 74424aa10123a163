import { Readable } from 'node:stream';
import type { LayerRef } from '../../../../src/core/index.js';
import type { Inspection, LayerEntry } from '../../../../src/sources/image/inspect.js';
import type { LayerWalk } from '../../../../src/sources/image/walk-layer.js';
import { walkLayerTar } from '../../../../src/sources/image/walk-layer.js';
import type { TestEntry } from '../../../support/image-builder.js';
import { tarOf } from '../../../support/image-builder.js';

export interface Recorded {
  layer: LayerRef;
  entries: LayerEntry[];
  /** Content each regular file's sink received, and whether the sink was told it was cut. */
  contents: Record<string, { text: string; truncated: boolean }>;
}

/** Records every entry it is shown and the first `maxBytes` of every regular file. */
export function recordingInspection(maxBytes = 64): Inspection<Recorded> {
  return {
    name: 'recording',
    start(layer) {
      const recorded: Recorded = { layer, entries: [], contents: {} };
      return {
        onEntry(entry) {
          recorded.entries.push(entry);
          const chunks: Buffer[] = [];
          return {
            maxBytes,
            write: (chunk) => chunks.push(Buffer.from(chunk)),
            end: (truncated) => {
              recorded.contents[entry.path] = { text: Buffer.concat(chunks).toString(), truncated };
            },
          };
        },
        finish: () => recorded,
      };
    },
  };
}

/** Walks the tar of `entries` (or raw tar bytes) as one layer with a recording inspection. */
export async function walkEntries(
  entries: readonly TestEntry[] | Buffer,
  digest = 'sha256:test-layer',
  maxBytes = 64,
): Promise<LayerWalk<{ recording: Inspection<Recorded> }>> {
  const tar = Buffer.isBuffer(entries) ? entries : await tarOf(entries);
  return walkLayerTar(Readable.from([tar]), { digest }, { recording: recordingInspection(maxBytes) });
}
