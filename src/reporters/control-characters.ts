/*
 * Text from scanned files (names, paths, messages that quote values) reaches terminals and log viewers through the
 * reports. A terminal acts on C0 controls (ESC starts an escape sequence, CR rewrites the line), DEL and the C1
 * controls (U+009B is a one-character CSI), so a hostile manifest could recolour, hide or forge report lines.
 */

// Native regex replacement: reports can be tens of megabytes, and building them a character at a time thrashes memory.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const anyControl = /[\u0000-\u001f\u007f-\u009f]/g;
const delOrC1 = /[\u007f-\u009f]/g;

function hex(code: number): string {
  return code.toString(16).padStart(2, '0');
}

/** Every C0, DEL and C1 control shown as a visible `\xNN`, for text printed as is (table, HTML). */
export function showControlCharacters(text: string): string {
  return text.replace(anyControl, (char) => `\\x${hex(char.charCodeAt(0))}`);
}

/**
 * DEL and C1 written as escapes in serialised JSON (`\u00NN`) or double-quoted YAML (`\xNN`), which leave them raw;
 * both serialisers already escape C0. The data read back is unchanged.
 */
export function escapeRawControls(serialised: string, format: 'json' | 'yaml'): string {
  return serialised.replace(delOrC1, (char) =>
    format === 'json' ? `\\u00${hex(char.charCodeAt(0))}` : `\\x${hex(char.charCodeAt(0))}`,
  );
}
