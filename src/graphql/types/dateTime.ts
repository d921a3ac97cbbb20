import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar day: Date.parse would roll "2023-02-30" over into March. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Accepts an ISO 8601 date or date-time and keeps it as written, so dates stay dates ("2023-07-13"). */
export function parseDateTime(value: unknown): string {
  if (
    typeof value === "string" &&
    isoDate.test(value) &&
    isCalendarDate(value) &&
    !Number.isNaN(Date.parse(value))
  ) {
    return value;
  }
  throw new GraphQLError(
    `DateTime must be an ISO 8601 date or date-time such as "2023-07-13", got ${JSON.stringify(value)}.`,
    {
      extensions: { code: "BAD_USER_INPUT" },
    },
  );
}

builder.scalarType("DateTime", {
  description: 'An ISO 8601 date ("2023-07-13") or date-time ("2023-07-13T09:30:00Z").',
  serialize: (value) => value,
  parseValue: parseDateTime,
});
