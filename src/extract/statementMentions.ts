import type { Participant } from "./participants.js";

/** Names of the participants a statement talks about: any name or alias it contains, other than its speaker. */
export function statementMentions(
  text: string,
  participants: readonly Participant[],
  speaker: Participant | null,
): string[] {
  const mentioned: string[] = [];
  for (const participant of participants) {
    if (participant === speaker || participant.kind === "anonymous") continue;
    const names = [participant.name, ...participant.aliases].filter(
      (name) => name.length >= 3 && !/^(the|a|an) /i.test(name),
    );
    if (names.some((name) => containsWord(text, name))) mentioned.push(participant.name);
  }
  return mentioned;
}

function containsWord(text: string, word: string): boolean {
  let from = text.indexOf(word);
  while (from >= 0) {
    const before = text.charAt(from - 1);
    const after = text.charAt(from + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = text.indexOf(word, from + 1);
  }
  return false;
}
