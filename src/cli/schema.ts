/** `npm run schema`: writes the schema's SDL, sorted, to schema.graphql at the project root. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printSortedSchema } from "../graphql/schema.ts";

const target = resolve(import.meta.dirname, "../../schema.graphql");
writeFileSync(target, printSortedSchema());
console.log(`Wrote ${target}`);
