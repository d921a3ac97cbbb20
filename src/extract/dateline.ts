/**
 * Datelines and bylines that open an article ("CNN –", "WASHINGTON (Reuters) -", "LONDON —", "By Jane Doe")
 * are not body text: they are removed from the stored body and never offered as speakers.
 */

export interface DatelineResult {
  /** The body with leading bylines and the dateline removed. */
  body: string;
  /** The news outlet the dateline names, if any. */
  source: string | null;
}

import { PLACES } from "./lexicon.js";

const SPACE = "[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]";
const DASH = "[-\\u2010-\\u2015\\u2212]";

/** "By Jane Doe" or "By Jane Doe and John Roe, CNN" alone on the first line. */
const BYLINE = new RegExp(
  `^${SPACE}*By${SPACE}+[A-Z][\\p{L}.'’-]*(?:${SPACE}+(?:and|&|[A-Z][\\p{L}.'’-]*)){0,8}(?:,${SPACE}*[^\\n]{1,40})?${SPACE}*\\n`,
  "u",
);

/**
 * Up to five words, optionally "(Agency)", then a dash followed by a space or a line break; or "(Agency)" alone
 * ("(CNN) --").
 */
const DATELINE = new RegExp(
  `^${SPACE}*(?:([A-Z][\\p{L}.&'’]*(?:[ ,]${SPACE}*[A-Z][\\p{L}.&'’]*){0,4})${SPACE}*)?(?:\\((\\p{Lu}[^)\\n]{0,40})\\))?${SPACE}*${DASH}{1,2}(?=${SPACE})${SPACE}*`,
  "u",
);

/** "WASHINGTON (Aug. 13) --": a date in the parentheses, not an agency. */
const DATE_IN_PARENTHESES = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|^\d/;

/** Outlets that open articles with a bare "NAME –" dateline. */
const KNOWN_OUTLETS = new Set([
  "CNN",
  "BBC",
  "AP",
  "AFP",
  "Reuters",
  "NPR",
  "ABC",
  "CBS",
  "NBC",
  "Bloomberg",
  "Al Jazeera",
  "Xinhua",
  "Yonhap",
  "Kyodo",
  "UPI",
  "DPA",
  "ANI",
  "PTI",
  "IANS",
  "Axios",
  "Politico",
]);

const ACRONYM = /^[A-Z]{2,4}$/;

/** "HONG KONG A court …": a place in capitals with no dash, straight before the first sentence. */
const CAPITALS_PLACE = new RegExp(
  `^${SPACE}*([A-Z]{2,}(?: [A-Z]{2,})*)${SPACE}+(?=[A-Z][a-z]|[A-Z]${SPACE})`,
  "u",
);

const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

/** Two capitalised words or a known place: a lone acronym ("NASA Administrator …") is not a dateline. */
function isCapitalsPlace(head: string): boolean {
  const words = head.split(" ");
  return words.length >= 2 || words.every((word) => PLACES.has(titleCase(word)));
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A place ("LONDON", "NEW YORK") is written in capitals; an outlet is a known name or a short acronym. */
function outletOf(head: string, agency: string | undefined): string | null {
  if (agency) return DATE_IN_PARENTHESES.test(agency) ? null : agency.trim();
  const name = head.trim().replace(/,$/, "");
  if (KNOWN_OUTLETS.has(name)) return name;
  return ACRONYM.test(name) ? name : null;
}

function looksLikeDateline(head: string, agency: string | undefined): boolean {
  return agency !== undefined || isAllCaps(head) || KNOWN_OUTLETS.has(head.trim());
}

export function stripDateline(text: string): DatelineResult {
  let rest = text;
  let byline = BYLINE.exec(rest);
  while (byline) {
    rest = rest.slice(byline[0].length);
    byline = BYLINE.exec(rest);
  }
  const dateline = DATELINE.exec(rest);
  let source: string | null = null;
  if (dateline) {
    const head = dateline[1] ?? "";
    const agency = dateline[2];
    if ((head !== "" || agency !== undefined) && looksLikeDateline(head, agency)) {
      source = outletOf(head, agency);
      rest = rest.slice(dateline[0].length);
    }
  }
  const place = dateline ? null : CAPITALS_PLACE.exec(rest);
  if (place && isCapitalsPlace(place[1] ?? "")) rest = rest.slice(place[0].length);
  return { body: rest.trim(), source };
}
