// Where Thai marks sit without a shaping engine: jsPDF draws one glyph per character, so a tone mark would always float
// at the height meant for a mark above a vowel, and marks over the tall consonants ป ฝ ฟ ฬ would collide with their
// stems. Thai fonts made for such renderers (Arundina among them) carry the positioned variants in the private use
// area (the layout Windows and macOS used before OpenType: U+F700–U+F71A); this module picks them the way those
// renderers did. The PDF's text still reads as the original characters: THAI_FORM_ORIGINALS maps each variant back
// for the font's ToUnicode map (embed.ts). Pure string work, one character for one, so offsets never move.

const TONES = '\u0E48\u0E49\u0E4A\u0E4B\u0E4C'; // mai ek, mai tho, mai tri, mai chattawa, thanthakhat
const UPPER_VOWELS = '\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E4D'; // mai han-akat, sara i, ii, ue, uee, maitaikhu, nikhahit
const LOWER_VOWELS = '\u0E38\u0E39\u0E3A'; // sara u, uu, phinthu
const TALL = '\u0E1B\u0E1D\u0E1F\u0E2C'; // ป ฝ ฟ ฬ: a stem rising above the x-height on the right
const DEEP = '\u0E0E\u0E0F'; // ฎ ฏ: a descender a vowel below must clear
const SARA_AM = '\u0E33';

/** Tone marks lowered to sit just above a consonant with no vowel above it. */
const TONE_LOW = ['\uF70A', '\uF70B', '\uF70C', '\uF70D', '\uF70E'];
/** Tone marks lowered and moved left, over a tall consonant. */
const TONE_LOW_LEFT = ['\uF705', '\uF706', '\uF707', '\uF708', '\uF709'];
/** Tone marks moved left, above a vowel over a tall consonant. */
const TONE_LEFT = ['\uF713', '\uF714', '\uF715', '\uF716', '\uF717'];
/** Upper vowels moved left, over a tall consonant (same order as UPPER_VOWELS). */
const UPPER_LEFT = ['\uF710', '\uF701', '\uF702', '\uF703', '\uF704', '\uF712', '\uF711'];
/** Lower vowels moved down, under a consonant with a descender. */
const LOWER_DOWN = ['\uF718', '\uF719', '\uF71A'];
/** ญ and ฐ without the tails a vowel below replaces. */
const TAIL_LESS: Record<string, string> = { '\u0E0D': '\uF70F', '\u0E10': '\uF700' };

/** Each positioned variant and the character it stands for: what the PDF's text layer says it is. */
export const THAI_FORM_ORIGINALS: ReadonlyMap<number, number> = new Map([
  ...[TONE_LOW, TONE_LOW_LEFT, TONE_LEFT].flatMap((forms) => forms.map((f, i) => [f.codePointAt(0)!, TONES.codePointAt(i)!] as const)),
  ...UPPER_LEFT.map((f, i) => [f.codePointAt(0)!, UPPER_VOWELS.codePointAt(i)!] as const),
  ...LOWER_DOWN.map((f, i) => [f.codePointAt(0)!, LOWER_VOWELS.codePointAt(i)!] as const),
  ...Object.entries(TAIL_LESS).map(([plain, form]) => [form.codePointAt(0)!, plain.codePointAt(0)!] as const),
]);

/**
 * The text with each Thai mark (and tailed consonant) replaced by the variant that sits right, character for
 * character; text without Thai comes back unchanged. Applying it twice changes nothing more.
 */
export function thaiForms(text: string): string {
  if (!/[\u0E00-\u0E7F]/.test(text)) return text;
  const original = [...text];
  const chars = [...original];
  let base = ''; // the consonant the marks being read belong to
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const upper = UPPER_VOWELS.indexOf(ch);
    const tone = TONES.indexOf(ch);
    const lower = LOWER_VOWELS.indexOf(ch);
    if (upper >= 0) {
      if (TALL.includes(base)) chars[i] = UPPER_LEFT[upper]!;
    } else if (tone >= 0) {
      const afterVowel = i > 0 && UPPER_VOWELS.includes(original[i - 1]!);
      // Before sara am the tone sits high, above its nikhahit.
      const high = afterVowel || chars[i + 1] === SARA_AM;
      if (TALL.includes(base)) chars[i] = (high ? TONE_LEFT : TONE_LOW_LEFT)[tone]!;
      else if (!high) chars[i] = TONE_LOW[tone]!;
    } else if (lower >= 0) {
      const at = i - 1;
      const tailLess = TAIL_LESS[base];
      if (tailLess !== undefined && chars[at] === base) chars[at] = tailLess;
      else if (DEEP.includes(base)) chars[i] = LOWER_DOWN[lower]!;
    } else base = ch;
  }
  return chars.join('');
}
