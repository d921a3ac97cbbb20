/**
 * A small, fully known corpus: three articles from two outlets (one undated), speakers of every kind,
 * one person named in two articles (Jane Roe), two people sharing a surname (Jane and Richard Roe), and a
 * participant who is talked about but never quoted (John Doe). Expected answers in the tests are derived
 * from these literals.
 */
import type { FixtureArticle } from "./articles.ts";

export const janeRoe = {
  name: "Jane Roe",
  kind: "person",
  role: "Mayor of Springfield",
  aliases: ["Roe"],
} as const;
export const richardRoe = {
  name: "Richard Roe",
  kind: "person",
  role: "City treasurer",
  aliases: ["Roe"],
} as const;
export const johnDoe = {
  name: "John Doe",
  kind: "person",
  role: "Council member",
  aliases: ["Doe"],
} as const;
export const acme = { name: "Acme Corp", kind: "organization", role: null, aliases: ["Acme"] } as const;
export const official = { name: "senior city official", kind: "anonymous", role: null, aliases: [] } as const;
export const residents = {
  name: "Harbour residents",
  kind: "group",
  role: null,
  aliases: ["the residents"],
} as const;
export const maryMajor = {
  name: "Mary Major",
  kind: "person",
  role: "Columnist",
  aliases: ["Major"],
} as const;

const clone = <T extends { aliases: readonly string[] }>(participant: T) => ({
  ...participant,
  aliases: [...participant.aliases],
});

export const bridgeApproved: FixtureArticle = {
  title: "Harbour bridge approved after long debate",
  source: "Daily Planet",
  url: "https://example.com/news/bridge-approved",
  publishedAt: "2023-03-01",
  participants: [clone(janeRoe), clone(acme), clone(official), clone(johnDoe), clone(residents)],
  statements: [
    {
      speaker: "Jane Roe",
      text: "We will build the harbour bridge within two years",
      mentions: ["Acme Corp"],
    },
    {
      speaker: "Acme Corp",
      kind: "indirect",
      text: "construction of the zeppelin hangar would start in May",
    },
    {
      speaker: "senior city official",
      kind: "partial",
      text: "a long overdue decision",
      mentions: ["John Doe"],
    },
    { speaker: "Jane Roe", text: "John Doe deserves the credit for this", mentions: ["John Doe"] },
    {
      speaker: "Harbour residents",
      kind: "indirect",
      text: "the noise of fish & chips shops <b>worried</b> them",
    },
  ],
};

export const costsRise: FixtureArticle = {
  title: "Bridge costs rise as steel prices climb",
  source: "Morning Post",
  url: "https://example.com/news/bridge-costs",
  publishedAt: "2023-06-15",
  participants: [clone(richardRoe), clone(janeRoe), clone(acme)],
  statements: [
    { speaker: "Richard Roe", text: "The costs are out of control", mentions: ["Jane Roe"] },
    { speaker: "Jane Roe", text: "The budget is sound and the bridge will open on time" },
    { speaker: "Acme Corp", text: "Steel prices doubled since the spring" },
    { speaker: null, kind: "indirect", text: "nobody could say who would pay for the overruns" },
  ],
};

export const undatedColumn: FixtureArticle = {
  title: "An opinion on bridges",
  source: null,
  url: null,
  publishedAt: null,
  participants: [clone(maryMajor), clone(janeRoe)],
  statements: [
    { speaker: "Mary Major", kind: "indirect", text: "the bridge was a mistake", mentions: ["Jane Roe"] },
    { speaker: "Mary Major", text: "Zeppelin zeppelin zeppelin, we should build airships instead" },
  ],
};

/** In the order they are stored. */
export const corpus = [bridgeApproved, costsRise, undatedColumn];
