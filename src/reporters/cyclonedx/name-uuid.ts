import { createHash } from 'node:crypto';
import { projectUrl } from '../describe.js';

/** RFC 9562 name-space for URLs; Bulwark's own name-space is the version 5 UUID of its project URL within it. */
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** Version 5 (SHA-1, name-based) UUID: the same name always gives the same UUID, so documents stay byte-stable. */
function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const bulwarkNamespace = uuidV5(urlNamespace, projectUrl);

/** A UUID that identifies a document by its content: equal content, equal UUID; any change, another one. */
export function contentUuid(content: string): string {
  return uuidV5(bulwarkNamespace, content);
}
