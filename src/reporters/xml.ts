/**
 * The XML 1.0 `Char` production (tab, newline, carriage return and everything else but C0 controls and surrogates),
 * without DEL and the C1 controls, which XML allows but discourages and terminals act on (U+009B starts an escape
 * sequence) when a CI log prints a failure message.
 */
function isXmlChar(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code >= 0x7f && code <= 0x9f) return false;
  return (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

/**
 * Characters XML cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) and DEL/C1 become U+FFFD, so
 * a hostile file name or message can never make the document unparseable or drive a terminal.
 */
function xmlSafe(text: string): string {
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives whole and a lone surrogate alone.
  for (const char of text) out += isXmlChar(char.codePointAt(0) ?? 0) ? char : '\uFFFD';
  return out;
}

/** Element text: `&`, `<` and `>` (the last so `]]>` cannot appear); `\r` as a reference so it survives parsing. */
export function escapeXmlText(text: string): string {
  return xmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** Attribute values in double quotes; line breaks and tabs as references, since parsers normalise them to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\t', '&#9;');
}

export function xmlAttributes(attributes: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  return out;
}
