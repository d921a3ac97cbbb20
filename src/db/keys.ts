/**
 * Normalised keys for matching names across spellings: "Antony Blinken", "antony blinken" and
 * "Antony Blinken’s" all meet on one key. Stored in `participants.name_key` and `participant_aliases.alias_key`.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}
