/**
 * Cuts an article body into runs of text at every statement's start and end offset, so that each run knows
 * which statements cover it (statements may nest: a partial quote inside reported speech) and which begin
 * there. Pure and DOM-free, so the explorer renders the runs as text nodes and tests can check the cuts.
 */

export interface Located {
  start: number | null;
  end: number | null;
}

export interface Run<S> {
  /** Offset of the run in the body. */
  start: number;
  text: string;
  /** Statements whose span contains the whole run, shortest (innermost) first. */
  covering: S[];
  /** Statements that begin at this run, longest (outermost) first. */
  starting: S[];
}

export function runsOf<S extends Located>(body: string, statements: readonly S[]): Run<S>[] {
  const placed = statements.filter(
    (s): s is S & { start: number; end: number } =>
      s.start !== null && s.end !== null && s.start >= 0 && s.start < s.end && s.end <= body.length,
  );
  const cuts = new Set<number>([0, body.length]);
  for (const s of placed) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = placed
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const starting = placed
      .filter((s) => s.start === start)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    runs.push({ start, text: body.slice(start, end), covering, starting });
  }
  return runs;
}

/** Groups items by a key, keeping the order in which each key first appears. */
export function groupInOrder<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}
