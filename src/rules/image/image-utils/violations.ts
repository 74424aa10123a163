import type { MessageData, Severity, Violation } from '../../../core/index.js';
import type { ImageFileEntry, ImageSecretHit, ImageTextFile } from '../../../sources/index.js';

/**
 * A violation about a file inside the image: its path, the layer that holds it and, when known, the line. Typing
 * `data` as MessageData keeps rules with several messages compiling (see the Dockerfile `violationAt`).
 */
export function fileViolation<MessageId extends string>(
  messageId: MessageId,
  data: MessageData,
  file: Pick<ImageFileEntry | ImageSecretHit | ImageTextFile, 'path' | 'layer'>,
  line?: number,
  severity?: Severity,
): Violation<MessageId> {
  return {
    messageId,
    data,
    filePath: file.path,
    layer: file.layer,
    ...(line === undefined ? {} : { line }),
    ...(severity === undefined ? {} : { severity }),
  };
}

/** Permission bits as `ls` and `chmod` write them: `4755`, `0777`, `1777`. */
export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** The resource kind image rules judge, for docs and filtering. */
export const imageKinds: readonly string[] = ['Image'];
