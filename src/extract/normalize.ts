/**
 * A normalised copy of the body for analysis, with a map back to the body's offsets: the stored body is never
 * rewritten, so highlights and `body.slice(start, end)` stay exact.
 */
export interface NormalizedText {
  text: string;
  /** `toBody[i]` is the body offset of `text[i]`; one extra entry maps the end of the text. */
  toBody: Int32Array;
}

/** Characters that are only formatting and are dropped: zero-width space and joiners, soft hyphen, BOM. */
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Unusual spaces (NBSP, thin, narrow, ideographic) and tabs become plain spaces. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Every line-break flavour becomes "\n". */
const LINE_BREAKS = /[\r\u2028\u2029\u0085\v\f]/;

const LETTER = /\p{L}/u;

/** "Swift‘s album", "don‘t": an opening single quote between letters is a mistyped apostrophe. */
function isMisusedOpeningQuote(body: string, i: number): boolean {
  return body.charAt(i) === "\u2018" && LETTER.test(body.charAt(i - 1)) && LETTER.test(body.charAt(i + 1));
}

export function normalize(body: string): NormalizedText {
  const chars: string[] = [];
  const toBody = new Int32Array(body.length + 1);
  let length = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (DROPPED.test(char)) continue;
    // "\r\n" is one line break: keep only the "\n".
    if (char === "\r" && body.charAt(i + 1) === "\n") continue;
    chars.push(
      SPACES.test(char)
        ? " "
        : LINE_BREAKS.test(char)
          ? "\n"
          : isMisusedOpeningQuote(body, i)
            ? "\u2019"
            : char,
    );
    toBody[length++] = i;
  }
  toBody[length] = body.length;
  return { text: chars.join(""), toBody: toBody.slice(0, length + 1) };
}

/** Body offsets of a span of the normalised text. */
export function bodySpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const bodyStart = normalized.toBody[start] ?? 0;
  const bodyEnd = end > start ? (normalized.toBody[end - 1] ?? 0) + 1 : bodyStart;
  return { start: bodyStart, end: bodyEnd };
}
