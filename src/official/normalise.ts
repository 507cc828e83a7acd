/**
 * Text as printed -> plain Unicode text: ligatures (U+FB00-FB06, and the private-use ligatures some
 * fonts map) become letters, private-use bullet glyphs (Symbol, Wingdings) become "•", odd spaces
 * become spaces, zero-width characters go, and everything is NFC. A soft hyphen (U+00AD) and the
 * typographic hyphen (U+2010) are kept here: the hyphenation stage decides about them at line ends.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
  // Private-use ligatures of fonts with an Adobe standard encoding.
  '\uF001': 'fi', '\uF002': 'fl',
};
/** Private-use glyphs that Word's Symbol and Wingdings bullets come out as. */
const PUA_BULLETS = /[\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0A8\uF06E\uF0E0\uF071\uF0D7\uF0A4]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

export function normaliseText(s: string): string {
  return s
    .replace(/[\uFB00-\uFB06\uF001\uF002]/g, (c) => LIGATURES[c] ?? c)
    .replace(PUA_BULLETS, '•')
    .replace(/\u2011/g, '-')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC');
}

/** A glyph that marks a bullet at the start of a line. */
export const BULLET_GLYPH = /^(?:[•●▪■◦‣∙○□➢►▸◆◇✓✔·*]|[-–—o](?=\s))/;
