/**
 * The speech-cue lexicon: verbs of saying in all their forms, with how each one attaches its content.
 * Belief verbs ("believes", "thinks") are kept apart on purpose: a belief is not a statement.
 */

export type CueClass =
  /** Reports content: "said (that) …", "announced …". */
  | "speech"
  /** Takes a hearer before the content: "told reporters (that) …", "warned Republicans not to …". */
  | "addressed"
  /** Only attaches a quote in the same sentence: "called it “…”", "described … as “…”". */
  | "naming";

export interface CueEntry {
  lemma: string;
  cueClass: CueClass;
}

/** Lemma → irregular forms, when the regular -s/-ed/-ing rules do not make them. */
const IRREGULAR: Record<string, string[]> = {
  say: ["says", "said", "saying"],
  tell: ["tells", "told", "telling"],
  write: ["writes", "wrote", "written", "writing"],
  admit: ["admits", "admitted", "admitting"],
  quip: ["quips", "quipped", "quipping"],
  retort: ["retorts", "retorted", "retorting"],
  testify: ["testifies", "testified", "testifying"],
  deny: ["denies", "denied", "denying"],
  reply: ["replies", "replied", "replying"],
  dub: ["dubs", "dubbed", "dubbing"],
  label: ["labels", "labeled", "labelled", "labeling", "labelling"],
};

const SPEECH = `say add state stress warn argue announce claim insist write tweet post explain note observe remark
  comment declare assert maintain contend acknowledge admit concede confirm deny report reveal disclose predict
  vow threaten counter reply respond answer demand complain recall emphasize emphasise allege charge testify
  conclude boast joke quip whisper shout sigh grumble lament recount detail reiterate repeat underline
  underscore mention retort caution pledge promise estimate bemoan decry highlight concur agree suggest
  chant yell scream exclaim mutter murmur plead gush fume brag scoff sneer muse confess`;
const ADDRESSED =
  "tell inform assure advise recommend remind notify urge ask warn caution promise brief express voice encourage";
const NAMING = `call describe dub term label brand cite dismiss deride characterize characterise criticise criticize
  condemn accuse blame praise slam blast denounce hail mock ridicule compare`;

function regularForms(lemma: string): string[] {
  if (lemma.endsWith("e")) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  // A final consonant after one vowel may double ("concurred", "regretted"); both spellings are listed.
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(lemma)
    ? [`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`]
    : [];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`, ...doubled];
}

function buildLexicon(): Map<string, CueEntry> {
  const lexicon = new Map<string, CueEntry>();
  const add = (lemmas: string, cueClass: CueClass) => {
    for (const lemma of lemmas.trim().split(/\s+/)) {
      for (const form of [lemma, ...(IRREGULAR[lemma] ?? regularForms(lemma))]) {
        // The first class listed wins: "warn" reports content more often than it addresses a hearer.
        if (!lexicon.has(form)) lexicon.set(form, { lemma, cueClass });
      }
    }
  };
  add(ADDRESSED, "addressed");
  add(SPEECH, "speech");
  add(NAMING, "naming");
  return lexicon;
}

const LEXICON = buildLexicon();

/** Phrasal cues: the verb's forms followed by a particle ("pointed out that …", "appealed to X to …"). */
const PHRASAL: Record<string, string[]> = { point: ["out"], call: ["on", "for"], appeal: ["to"] };
/** Phrasal cues addressed to a hearer: "called on the government to …", "appealed to the agency to …". */
const ADDRESSED_PHRASAL = new Set(["call on", "call for", "appeal to"]);
const PHRASAL_FORMS = new Map<string, string>(
  Object.keys(PHRASAL).flatMap((lemma) =>
    regularForms(lemma).map((form) => [form, lemma] as [string, string]),
  ),
);

/** The phrasal cue starting with `word` and `next` ("pointed out"), if any. */
export function phrasalCue(word: string, next: string | undefined): CueEntry | undefined {
  const lemma = PHRASAL_FORMS.get(word);
  if (!lemma || next === undefined || !PHRASAL[lemma]?.includes(next)) return undefined;
  const phrase = `${lemma} ${next}`;
  return { lemma: phrase, cueClass: ADDRESSED_PHRASAL.has(phrase) ? "addressed" : "speech" };
}

export function cueEntry(word: string): CueEntry | undefined {
  return LEXICON.get(word);
}

/** Belief and attitude verbs: never cues of a statement. */
export const BELIEF_VERBS = new Set(
  `believe believes believed believing think thinks thought thinking feel feels felt hope hopes hoped fear fears
  feared expect expects expected know knows knew doubt doubts doubted suspect suspects suspected assume assumes
  assumed worry worries worried reckon reckons reckoned wonder wonders wondered envision envisions envisioned
  find finds found`.split(/\s+/),
);

/** Verbs that, before "to" + a cue, refuse to speak ("declined to comment", "refused to reveal"). */
export const REFUSAL_VERBS = new Set(
  "decline declines declined declining refuse refuses refused refusing".split(" "),
);

const CONTINUATION_FORMS = new Set(["continue", "continues", "continued", "continuing"]);
const GO_ON_FORMS = new Set(["go", "goes", "went", "going"]);

/**
 * "She continued, …: “…”", "he went on:": verbs of continuing are cues only when nothing follows them but a
 * comma or colon (the quote or a participle clause comes next); "continued to rise" is no statement.
 * Returns the cue's length in tokens.
 */
export function continuationCue(
  word: string,
  next: string | undefined,
  afterNext: string | undefined,
): { entry: CueEntry; length: number } | undefined {
  const closes = (text: string | undefined) => text === "," || text === ":";
  if (CONTINUATION_FORMS.has(word) && closes(next))
    return { entry: { lemma: "continue", cueClass: "speech" }, length: 1 };
  if (GO_ON_FORMS.has(word) && next === "on" && closes(afterNext))
    return { entry: { lemma: "go on", cueClass: "speech" }, length: 2 };
  return undefined;
}
