/*
 * Text from scanned files (names, paths, messages that quote values) reaches terminals and log viewers through the
 * reports. A terminal acts on C0 controls (ESC starts an escape sequence, CR rewrites the line), DEL and the C1
 * controls (U+009B is a one-character CSI), so a hostile manifest could recolour, hide or forge report lines.
 */

function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function hex(code: number): string {
  return code.toString(16).padStart(2, '0');
}

/** Every C0, DEL and C1 control shown as a visible `\xNN`, for text printed as is (table, HTML). */
export function showControlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += isControl(code) ? `\\x${hex(code)}` : char;
  }
  return out;
}

/**
 * DEL and C1 written as escapes in serialised JSON (`\u00NN`) or double-quoted YAML (`\xNN`), which leave them raw;
 * both serialisers already escape C0. The data read back is unchanged.
 */
export function escapeRawControls(serialised: string, format: 'json' | 'yaml'): string {
  let out = '';
  for (const char of serialised) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x7f || code > 0x9f) out += char;
    else out += format === 'json' ? `\\u00${hex(code)}` : `\\x${hex(code)}`;
  }
  return out;
}
