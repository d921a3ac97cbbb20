import type { FoundStatement } from "./attribution.js";
import type { Participant } from "./participants.js";

/**
 * Speakers for statements no cue attached: a quote-only sentence or paragraph continues the speaker of the
 * quotes around it (floating quotes, Muzny's paragraph and conversation sieves), never a guess from further off.
 * A quote paragraph right after a narrative paragraph about someone is theirs: `narrativeSubjects` holds, for a
 * paragraph without statements, the person its last sentences are about.
 */
export function resolveContextSpeakers(
  statements: FoundStatement[],
  narrativeSubjects: ReadonlyMap<number, Participant> = new Map(),
): void {
  // A quote that runs over several paragraphs is attributed at its end ("“…” / “…,” explains X."): the cue
  // found in its last paragraph speaks its earlier paragraphs too.
  for (let i = statements.length - 1; i > 0; i--) {
    const later = statements[i] as FoundStatement;
    const earlier = statements[i - 1] as FoundStatement;
    const attributed = later.speaker && (!later.fromContext || later.continuesPrevious);
    if (
      attributed &&
      later.continuesPrevious &&
      earlier.fromContext &&
      earlier.kind === "direct" &&
      earlier.paragraph === later.paragraph - 1
    ) {
      earlier.speaker = later.speaker;
    }
  }
  statements.forEach((statement, i) => {
    if (!statement.fromContext || statement.speaker) return;
    const sameParagraph = (other: FoundStatement | undefined) => other?.paragraph === statement.paragraph;
    for (let j = i - 1; j >= 0 && sameParagraph(statements[j]); j--) {
      const earlier = statements[j] as FoundStatement;
      if (earlier.speaker) {
        statement.speaker = earlier.speaker;
        return;
      }
    }
    for (let j = i + 1; j < statements.length && sameParagraph(statements[j]); j++) {
      const later = statements[j] as FoundStatement;
      if (later.speaker && !later.fromContext) {
        statement.speaker = later.speaker;
        return;
      }
    }
    // A paragraph that opens with a quote, or goes on with one from the paragraph before, continues the
    // previous paragraph's last speaker.
    const previous = statements[i - 1];
    const opensParagraph = !sameParagraph(previous);
    // A quoted fragment in a paragraph with no cue goes on with the report before it ("… was “no longer
    // compatible with our futures”").
    const continues = statement.kind !== "indirect" || statement.continuesPrevious;
    if (opensParagraph && previous?.speaker && previous.paragraph === statement.paragraph - 1 && continues) {
      statement.speaker = previous.speaker;
      return;
    }
    // "Draper meanwhile wrapped up his win …" then a paragraph that is only a quote: the narrated person speaks.
    const afterNarrative = previous === undefined || previous.paragraph < statement.paragraph - 1;
    if (opensParagraph && afterNarrative && statement.kind === "direct" && !statement.continuesPrevious) {
      statement.speaker = narrativeSubjects.get(statement.paragraph - 1) ?? null;
    }
  });
}
