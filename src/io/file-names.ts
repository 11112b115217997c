// File names are bytes. On Linux a name need not be UTF-8 (an archive unpacked
// from a Windows machine names files in cp866 or cp1251); read as a string, every
// bad byte becomes "�" and two names can become one. A name that is not UTF-8 is
// kept as its bytes for the file system and shown with each bad byte escaped as
// "\xFF", and each backslash as "\x5C", so that replacing every "\xHH" with the
// byte HH gives the name's bytes back (docs/OUTPUT.md, source.path); a control
// character in a name (a newline) is escaped when printed, so a message stays
// one line.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A name as text: `exact` when it is valid UTF-8 (the text is the name), else with "\xHH" for each byte that is not and "\x5C" for "\". */
export function nameText(bytes: Uint8Array): { text: string; exact: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), exact: true };
  } catch {
    return { text: escapeInvalid(bytes), exact: false };
  }
}

function escapeInvalid(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i]!);
    const sequence = n > 0 && i + n <= bytes.length ? bytes.subarray(i, i + n) : null;
    const decoded = sequence ? tryDecode(sequence) : null;
    if (decoded !== null) {
      out += decoded === '\\' ? '\\x5C' : decoded;
      i += n;
    } else {
      out += `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** The length of a UTF-8 sequence by its first byte; 0 for a byte no sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function tryDecode(sequence: Uint8Array): string | null {
  try {
    return strictUtf8.decode(sequence);
  } catch {
    return null;
  }
}

/** A path for a one-line message: control characters (a newline in a file name) as "\xHH". */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
