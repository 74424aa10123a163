import { createZipWriter } from '../../../bench/vuln/zip-writer.js';

export interface ZipEntry {
  name: string;
  text: string;
}

/** Writes a deflated zip like the OSV archives: one JSON document per entry. */
export function writeZip(file: string, entries: readonly ZipEntry[]): Promise<void> {
  const zip = createZipWriter(file);
  for (const entry of entries) zip.add(entry.name, Buffer.from(entry.text, 'utf8'));
  zip.close();
  return Promise.resolve();
}

/** A minimal valid OSV record, for tests that need many or need one field changed. */
export function osvRecord(fields: {
  id: string;
  ecosystem: string;
  name: string;
  introduced?: string;
  fixed?: string;
  aliases?: string[];
  withdrawn?: string;
}): string {
  const events: Record<string, string>[] = [{ introduced: fields.introduced ?? '0' }];
  if (fields.fixed !== undefined) events.push({ fixed: fields.fixed });
  return JSON.stringify({
    id: fields.id,
    modified: '2026-01-01T00:00:00Z',
    ...(fields.withdrawn === undefined ? {} : { withdrawn: fields.withdrawn }),
    ...(fields.aliases === undefined ? {} : { aliases: fields.aliases }),
    affected: [
      {
        package: { ecosystem: fields.ecosystem, name: fields.name },
        ranges: [{ type: 'ECOSYSTEM', events }],
      },
    ],
  });
}
