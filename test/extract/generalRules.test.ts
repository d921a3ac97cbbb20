import { describe, expect, it } from "vitest";
import { extractFixture, statementStarting } from "./extractFixture.js";

/** General attribution rules, each on a fixture written for it (not on the gold articles' wording). */
describe("general attribution rules", () => {
  it("resolves a pronoun to the salient subject, not to a later name after a preposition", () => {
    const extraction = extractFixture("salient-antecedent");
    // "Tamsin" is in no first-name list: the restrictive "who" is what makes her a person.
    expect(extraction.participants.find((p) => p.name === "Tamsin Reyes")?.kind).toBe("person");
    expect(statementStarting(extraction, "I just tried")).toMatchObject({
      kind: "direct",
      speaker: "Tamsin Reyes",
    });
  });

  it("reads an age epithet as the person in focus, and gives a cue-less quote paragraph to the narrated person", () => {
    const extraction = extractFixture("epithet-and-narrated-speaker");
    expect(statementStarting(extraction, "It was a strange game")).toMatchObject({ speaker: "Tomás Berg" });
    expect(statementStarting(extraction, "The young lads")).toMatchObject({ speaker: "Tomás Berg" });
    expect(statementStarting(extraction, "I’ve been waiting")).toMatchObject({
      kind: "direct",
      speaker: "Ellis Moor",
      paragraph: 5,
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("34-year-old");
  });

  it("names a business by the noun before its name and refers back to it with a definite descriptor", () => {
    const extraction = extractFixture("business-descriptors");
    const cartons = extraction.participants.find((p) => p.name === "Tilbury Cartons");
    expect(cartons).toMatchObject({ kind: "organization", role: "Packaging firm" });
    expect(statementStarting(extraction, "its orders had dropped")).toMatchObject({
      speaker: "Tilbury Cartons",
    });
    expect(statementStarting(extraction, "it would close two depots")).toMatchObject({
      speaker: "Tilbury Cartons",
      cue: "added",
    });
    // "Northgate Rail" had only acted as a subject; "The train operator" makes it the organisation that speaks.
    expect(statementStarting(extraction, "demand had recovered")).toMatchObject({
      speaker: "Northgate Rail",
    });
    expect(extraction.participants.find((p) => p.name === "Northgate Rail")?.kind).toBe("organization");
    expect(extraction.participants.map((p) => p.name)).not.toContain("Harbour Fisheries");
  });

  it("does not read a cue word used as a noun as a verb of saying, and knows doubled inflections", () => {
    const extraction = extractFixture("cue-words-as-nouns");
    // "concurred": a doubled final consonant is still the cue "concur".
    expect(extraction.statements.map((s) => s.cue)).toEqual(["said", "said", "concurred"]);
    expect(statementStarting(extraction, "demand for the service")).toMatchObject({ kind: "indirect" });
    expect(statementStarting(extraction, "Talks on the future")).toMatchObject({ speaker: "envoy" });
  });

  it("keeps short quotes inside a noun phrase as terms, unless a naming verb quotes them", () => {
    const extraction = extractFixture("terms-in-noun-phrases");
    const texts = extraction.statements.map((s) => s.text);
    expect(texts).not.toContain("green corridor");
    expect(texts).not.toContain("quiet streets");
    expect(statementStarting(extraction, "the “quiet streets” trial")).toMatchObject({
      kind: "indirect",
      speaker: "Residents",
    });
    expect(statementStarting(extraction, "vanity project")).toMatchObject({
      kind: "partial",
      speaker: "Critics",
    });
    // "wouldn’t confirm whether …", with a curly apostrophe, is a refusal, not a statement.
    expect(extraction.statements).toHaveLength(2);
  });

  it("names a plural group noun with its of-complement, and refers back to it with they", () => {
    const extraction = extractFixture("group-of-complement");
    expect(statementStarting(extraction, "the new tower")).toMatchObject({
      speaker: "members of the city’s planning board",
    });
    expect(statementStarting(extraction, "the harbour’s value")).toMatchObject({
      speaker: "members of the city’s planning board",
    });
    expect(statementStarting(extraction, "the beaches were dirtier")).toMatchObject({
      speaker: "volunteers of both clean-up crews",
    });
    // A capitalised complement is an institution's name, not a group description.
    expect(statementStarting(extraction, "the memorial should stay")).toMatchObject({
      speaker: "Veterans of Foreign Wars",
    });
  });

  it("ends the sentence after a quote with its own full stop when a new report with its own clause follows", () => {
    const extraction = extractFixture("quote-then-new-report");
    expect(statementStarting(extraction, "it got in through")).toMatchObject({
      kind: "indirect",
      text: "it got in through “an old contractor account that nobody had closed.”",
    });
    expect(statementStarting(extraction, "the group had operated")).toMatchObject({ cue: "claimed" });
    // Without a clause of its own, the words after the quote are still its attribution.
    expect(statementStarting(extraction, "We are not done")).toMatchObject({ speaker: "Ana Ruiz" });
  });

  it("reads a report in parentheses, and binds a pronoun speaker to the nearest subject of its own sentence", () => {
    const extraction = extractFixture("parenthetical-and-bound-pronoun");
    // "(it does say …)": the clause ends at the closing parenthesis; "it" is the sentence's subject, not the
    // organisation that spoke last.
    expect(statementStarting(extraction, "the discount will differ")).toMatchObject({
      text: "the discount will differ by route",
      speaker: "Harbourline",
    });
    // "… that Daniel Veldt had no role … when he wrote": the nearest subject, not the last speaker.
    expect(statementStarting(extraction, "the accounts were")).toMatchObject({ speaker: "Daniel Veldt" });
    // "an autopsy on Rennie was …": a name after a preposition is no subject for "he" to refer to.
    expect(statementStarting(extraction, "a single shot")).toMatchObject({ speaker: "Mike Ward" });
  });

  it("bounds a reported clause: writer's comments after it, a fronted subordinate clause inside it", () => {
    const extraction = extractFixture("clause-boundaries");
    const texts = extraction.statements.map((s) => s.text);
    // ", which is remarkable since …" and ", meaning that …" are the writer's comments on the report.
    expect(texts).toContain(
      "the genre was “never my thing” and she had not read a single romance before starting",
    );
    expect(texts).toContain("evening opening will be a paid service");
    // A relative clause on a noun, closed by its comma, stays inside.
    expect(texts).toContain("the bridge, which was built in 1931, would close for repairs");
    // "said that, while …, CLAUSE".
    expect(statementStarting(extraction, "while “the budget")).toMatchObject({
      kind: "indirect",
      speaker: "Tom Reilly",
    });
    // "…, according to a report": the source of a report already attributed is no second statement.
    expect(statementStarting(extraction, "it is “unsafe to operate”")).toMatchObject({
      speaker: "Inspectors",
    });
    expect(extraction.statements.filter((s) => s.cue === "according to")).toHaveLength(0);
  });

  it("knows common first names, reads a titled possessor as the owner only, and continues a narrative subject", () => {
    const extraction = extractFixture("first-names-and-subject-continuity");
    const people = extraction.participants.filter((p) => p.kind === "person").map((p) => p.name);
    expect(people).toEqual(
      expect.arrayContaining(["Maeve Doyle", "Declan Doyle", "Imogen Price", "Rhys Cole"]),
    );
    // "Ms Doyle’s father, Declan Doyle, said": the father speaks, not Ms Doyle.
    expect(statementStarting(extraction, "the family was thrilled")).toMatchObject({
      speaker: "Declan Doyle",
    });
    expect(statementStarting(extraction, "We are so proud")).toMatchObject({ speaker: "Declan Doyle" });
    // "Imogen Price, …, was … cautious. She said": the subject just before, not the last speaker.
    expect(statementStarting(extraction, "the group was still young")).toMatchObject({
      speaker: "Imogen Price",
    });
    // An age epithet fits a person of known gender, and continues the narrative subject too.
    expect(statementStarting(extraction, "I just wanted the ball")).toMatchObject({ speaker: "Rhys Cole" });
  });

  it("reports directives and commitments with an infinitive, and ends one report where a coordinated cue starts", () => {
    const extraction = extractFixture("infinitive-reports");
    // An adjective before the head stays in the subject of a coordinated predicate ("The regional agency …").
    expect(statementStarting(extraction, "to publish daily flood bulletins")).toMatchObject({
      text: "to publish daily flood bulletins during the rainy season",
      speaker: "regional agency",
      cue: "pledged",
    });
    expect(statementStarting(extraction, "drivers to avoid low-lying roads")).toMatchObject({
      speaker: "regional agency",
      cue: "urged",
    });
    expect(statementStarting(extraction, "households to keep torches")).toMatchObject({ cue: "encouraged" });
    // "that Governor Ana Ruiz vowed to cut": the infinitive's object is the noun before; no report.
    expect(extraction.statements.map((s) => s.cue)).not.toContain("vowed");
    // "appealed to X to …", "calling for X to …": phrasal directives; a collective noun's people speak.
    expect(statementStarting(extraction, "the tax agency to drop")).toMatchObject({
      cue: "appealed to",
      speaker: "Tomi Bello",
    });
    expect(statementStarting(extraction, "the university to sell")).toMatchObject({
      cue: "calling for",
      speaker: "students",
    });
  });

  it("keeps a compound noun head whole, and does not read a bare cue form after an initialism as a verb", () => {
    const extraction = extractFixture("compound-heads");
    expect(statementStarting(extraction, "it had collected")).toMatchObject({
      speaker: "small environmental campaign group",
    });
    // "U.S. state regulators": "state" modifies the noun; it is no verb of saying with "U.S." as its speaker.
    expect(extraction.statements.map((s) => s.cue)).not.toContain("state");
  });

  it("reads 'nothing the witness said' as a relative clause, not as a speaker and a cue", () => {
    const extraction = extractFixture("contact-relative");
    expect(statementStarting(extraction, "nothing the witness said")).toMatchObject({
      kind: "indirect",
      speaker: "Helen Marsh",
    });
    expect(statementStarting(extraction, "relevant or reliable")).toMatchObject({ speaker: "Helen Marsh" });
    // "asked the court to refuse …" reports the request with its hearer.
    expect(statementStarting(extraction, "the court to refuse")).toMatchObject({ speaker: "Helen Marsh" });
    // "Everything the mayor said was …": the writer's sentence about words, no report.
    expect(extraction.statements).toHaveLength(3);
  });

  it("knows 'have since confirmed', 'suggested', 'dismissed … as “…”' and the title 'Councillor'", () => {
    const extraction = extractFixture("cue-lexicon-gaps");
    expect(statementStarting(extraction, "they will close on Sundays")).toMatchObject({
      speaker: "several departments",
      cue: "confirmed",
    });
    expect(statementStarting(extraction, "political smear")).toMatchObject({
      kind: "partial",
      speaker: "Owen Pryce",
      cue: "dismissed",
    });
    expect(statementStarting(extraction, "the new rota")).toMatchObject({
      speaker: "Both unions",
      cue: "suggested",
    });
  });

  it("reads a cue's bare form after a determiner and a proper-noun modifier as a noun ('the June report')", () => {
    const extraction = extractFixture("proper-noun-modifier");
    expect(extraction.statements.map((s) => s.cue)).not.toContain("report");
    // A past form after "the CEO" is still the verb.
    expect(statementStarting(extraction, "it would, within a month")).toMatchObject({ cue: "replied" });
    expect(statementStarting(extraction, "We are watching")).toMatchObject({ speaker: "Tara Quinn" });
  });

  it("skips an age between a name and its cue, keeps the hearer out, and gives he/she only to single persons", () => {
    const extraction = extractFixture("age-appositive-and-hearer");
    // "Several Norwegian figures" spoke last, but a group is never "he".
    expect(extraction.participants.find((p) => p.name.endsWith("Norwegian figures"))?.kind).toBe("group");
    expect(statementStarting(extraction, "nobody had asked")).toMatchObject({
      speaker: "Ole Berg",
      cue: "lamented",
    });
    expect(statementStarting(extraction, "the decision was")).toMatchObject({
      kind: "indirect",
      speaker: "Maria Lund",
    });
    expect(statementStarting(extraction, "the farmers had not read")).toMatchObject({
      speaker: "Maria Lund",
    });
    expect(statementStarting(extraction, "We have heard")).toMatchObject({ speaker: "Peter Holm" });
    expect(statementStarting(extraction, "It will end in May")).toMatchObject({ speaker: "Maria Lund" });
    const speakers = new Set(extraction.statements.map((s) => s.speaker));
    for (const s of speakers) {
      expect(["Ole Berg", "Maria Lund", "Peter Holm", "Several Norwegian figures"]).toContain(s);
    }
  });

  it("resolves 'the expert(s)' to the affiliated speaker or group, knows advice and phrasal cues, and outlets", () => {
    const extraction = extractFixture("nominal-expert");
    const experts = "Experts from Greenleaf Institute";
    expect(statementStarting(extraction, "you water lawns")).toMatchObject({
      kind: "indirect",
      speaker: experts,
    });
    // A quote over two paragraphs takes the attribution found at its end.
    expect(statementStarting(extraction, "Grass that is watered")).toMatchObject({
      speaker: "Radek Babicek",
    });
    expect(statementStarting(extraction, "Mow high")).toMatchObject({
      speaker: "Radek Babicek",
      cue: "explains",
    });
    expect(statementStarting(extraction, "readers to test the soil")).toMatchObject({ speaker: experts });
    expect(statementStarting(extraction, "clover is not a weed")).toMatchObject({ cue: "pointed out" });
    expect(statementStarting(extraction, "small gardens")).toMatchObject({
      speaker: "Helen Marsh",
      cue: "insisted",
    });
    expect(statementStarting(extraction, "a single pot")).toMatchObject({
      speaker: "Helen Marsh",
      cue: "noted",
    });
    expect(statementStarting(extraction, "the council would cut")).toMatchObject({ cue: "revealed" });
    expect(extraction.participants.find((p) => p.name === "Daily Courier")?.kind).toBe("organization");
    expect(extraction.participants.map((p) => p.name)).not.toContain("expert");
  });

  it("resolves 'the newspaper', 'the union', 'the broadcaster' to the named organisation of that kind", () => {
    const extraction = extractFixture("definite-organisation");
    expect(statementStarting(extraction, "the factory had")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "workers were not")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "the owners plan")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "it would strike")).toMatchObject({ speaker: "Metallfack" });
    expect(statementStarting(extraction, "talks had stalled")).toMatchObject({ speaker: "NRK" });
    // "The paper" is the newspaper named before, not the broadcaster mentioned since.
    expect(statementStarting(extraction, "the owners had declined")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "a deal was unlikely")).toMatchObject({ speaker: "NRK" });
    expect(statementStarting(extraction, "The court's ruling")).toMatchObject({ speaker: "NRK" });
    const dagbladet = extraction.participants.find((p) => p.name === "Dagbladet");
    expect(dagbladet).toMatchObject({ kind: "organization", role: "Swedish newspaper" });
    const names = extraction.participants.map((p) => p.name);
    for (const bare of ["newspaper", "paper", "union", "broadcaster", "Norwegian"])
      expect(names).not.toContain(bare);
  });

  it("takes the named relative, not the kinship noun, as the speaker ('his daughter, Linda Wu,' / 'said his son Peter Wu')", () => {
    const extraction = extractFixture("kinship-appositive");
    expect(statementStarting(extraction, "the warnings came")).toMatchObject({ speaker: "Linda Wu" });
    expect(statementStarting(extraction, "He would have wanted")).toMatchObject({
      kind: "direct",
      speaker: "Peter Wu",
    });
    expect(statementStarting(extraction, "the river rose")).toMatchObject({ speaker: "Sam Okoro" });
    const names = extraction.participants.map((p) => p.name);
    for (const bare of ["daughter", "son", "neighbour"]) expect(names).not.toContain(bare);
    expect(extraction.participants.find((p) => p.name === "Peter Wu")?.role).toMatch(/son/);
  });

  it("resolves 'the experts' / 'the researchers' to a group named by its institutions before it spoke", () => {
    const extraction = extractFixture("group-with-two-institutions");
    const experts = "Experts from Halden University and the Nordic Water Board";
    expect(statementStarting(extraction, "algae blooms")).toMatchObject({ speaker: experts });
    expect(statementStarting(extraction, "the cod population")).toMatchObject({
      speaker: "Researchers at Tromso Marine Institute",
    });
    const names = extraction.participants.map((p) => p.name);
    for (const bare of ["experts", "researchers", "Experts from Halden University"])
      expect(names).not.toContain(bare);
  });

  it("reports 'asked/called on X to …' with the hearer, fronted adverbials, plural groups and 'Some in X'", () => {
    const extraction = extractFixture("reported-speech-gaps");
    expect(statementStarting(extraction, "the Treasury to allocate")).toMatchObject({
      kind: "indirect",
      speaker: "Tom Kessler",
      cue: "asked",
    });
    expect(statementStarting(extraction, "in the long term, both sides")).toMatchObject({
      speaker: "Ruth Levin",
    });
    expect(statementStarting(extraction, "it takes several days")).toMatchObject({ speaker: "Mediators" });
    expect(statementStarting(extraction, "they needed clean water")).toMatchObject({
      speaker: "Some in Harbour Town",
    });
    expect(extraction.participants.find((p) => p.name === "Mediators")?.kind).toBe("group");
    expect(extraction.participants.find((p) => p.name === "Ruth Levin")?.role).toBe("Mediator");
    expect(statementStarting(extraction, "the council to reopen")).toMatchObject({ cue: "called on" });
    // Without a hearer, "asked to …" is a request about oneself, not a report.
    expect(extraction.statements.map((s) => s.text)).not.toContain("to remain anonymous");
  });

  it("does not turn a narrative sentence into a report because a figure in it is sourced ('according to tallies')", () => {
    const extraction = extractFixture("according-to-figures");
    expect(extraction.statements.map((s) => s.text).some((t) => t.startsWith("The news comes"))).toBe(false);
    // A single plain clause with its figures' source is still a claim; a speaking source always is.
    expect(statementStarting(extraction, "The harvest fell")).toMatchObject({ cue: "according to" });
    expect(statementStarting(extraction, "the harvest will recover")).toMatchObject({ cue: "according to" });
    // The clause after "According to the ministry," is the report, not the ministry's appositive role.
    expect(extraction.participants.find((p) => p.name === "ministry")?.role ?? null).toBeNull();
  });

  it("resolves 'the newspaper' to an outlet that reported, and reads a medial 'according to X' as the source", () => {
    const extraction = extractFixture("outlet-reports");
    expect(statementStarting(extraction, "the factory had been")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "workers were not told")).toMatchObject({ speaker: "Dagbladet" });
    expect(statementStarting(extraction, "The mayor, according to Aftenposten")).toMatchObject({
      speaker: "Aftenposten",
      cue: "according to",
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("newspaper");
  });

  it("reads 'continued,' or 'went on,' before a participle clause and a colon as a cue, and continues the quote", () => {
    const extraction = extractFixture("continued-with-participle");
    expect(statementStarting(extraction, "There are little things")).toMatchObject({
      kind: "direct",
      speaker: "Marta Quill",
      cue: "continued",
    });
    expect(statementStarting(extraction, "The people were wonderful")).toMatchObject({
      speaker: "Marta Quill",
    });
    expect(statementStarting(extraction, "I still talk")).toMatchObject({ speaker: "Marta Quill" });
  });

  it("reads a bare role appositive, and resolves 'the expert' to the latest person with an expert role", () => {
    const extraction = extractFixture("two-experts");
    expect(extraction.participants.find((p) => p.name === "Abby Dunn")).toMatchObject({
      kind: "person",
      role: "holiday expert at Sunward Trips",
    });
    expect(statementStarting(extraction, "Prices only go")).toMatchObject({ speaker: "Tessa Bishop" });
    expect(statementStarting(extraction, "Try and be flexible")).toMatchObject({ speaker: "Abby Dunn" });
    expect(statementStarting(extraction, "Midweek departures")).toMatchObject({ speaker: "Abby Dunn" });
    expect(statementStarting(extraction, "Never book")).toMatchObject({ speaker: "Abby Dunn" });
    const names = extraction.participants.map((p) => p.name);
    expect(names).not.toContain("expert");
    expect(names).not.toContain("Florida");
    // "according to advice for trips to Florida": a place after a preposition is where, not who.
    expect(statementStarting(extraction, "Pack light").speaker).not.toBe("Florida");
    // "Florida tourism bosses advise": the place modifies the plural noun that speaks.
    expect(statementStarting(extraction, "Book a hotel")).toMatchObject({
      speaker: "Florida tourism bosses",
    });
  });

  it("makes a country that speaks an organisation, and reads a possessive organisation and title as the role", () => {
    const extraction = extractFixture("country-and-possessive-role");
    expect(extraction.participants.find((p) => p.name === "Norway")?.kind).toBe("organization");
    expect(statementStarting(extraction, "deeply flawed")).toMatchObject({
      kind: "partial",
      speaker: "Norway",
    });
    expect(statementStarting(extraction, "no such obligation")).toMatchObject({
      kind: "indirect",
      speaker: "Norway",
    });
    expect(statementStarting(extraction, "The law is clear")).toMatchObject({ speaker: "Marit Solberg" });
    expect(extraction.participants.find((p) => p.name === "Marit Solberg")).toMatchObject({
      kind: "person",
      role: "UN’s legal counsel",
    });
  });

  it("resolves a descriptive epithet ('the expert', 'the mountain veteran', 'the father-of-three') to the person in focus", () => {
    const extraction = extractFixture("descriptive-epithets");
    expect(statementStarting(extraction, "Book your lift passes")).toMatchObject({
      speaker: "Maya Lindqvist",
    });
    expect(statementStarting(extraction, "Always check the snow")).toMatchObject({ speaker: "Oren Falk" });
    expect(statementStarting(extraction, "Hire helmets locally")).toMatchObject({ speaker: "Oren Falk" });
    // A role noun that nobody holds yet is a new, unnamed source, not the person in focus.
    expect(statementStarting(extraction, "the lifts would open")).toMatchObject({ speaker: "spokesman" });
    expect(statementStarting(extraction, "the rules were clear")).toMatchObject({ speaker: "judge" });
    const names = extraction.participants.map((p) => p.name);
    expect(names).not.toContain("expert");
    expect(names).not.toContain("mountain veteran");
    // The epithet is how the writer saw them here, not another name for them.
    expect(extraction.participants.find((p) => p.name === "Oren Falk")?.aliases).not.toContain(
      "the mountain veteran",
    );
  });

  it("gives a lone surname to a full name seen acting earlier, and 'they' to a quantity of people acting just before", () => {
    const extraction = extractFixture("latent-name-and-acting-group");
    // "Kestrel" is in no first-name list: having acted as a subject, the full name is who "Amadi" is.
    expect(extraction.participants.find((p) => p.name === "Kestrel Amadi")).toMatchObject({
      kind: "person",
      aliases: ["Amadi"],
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("Amadi");
    expect(statementStarting(extraction, "We have been ignored")).toMatchObject({ speaker: "Kestrel Amadi" });
    expect(statementStarting(extraction, "Homes, not profits")).toMatchObject({
      kind: "direct",
      cue: "chanted",
      speaker: "hundreds of tenants",
    });
    expect(statementStarting(extraction, "the caps would be reviewed")).toMatchObject({
      speaker: "council spokeswoman",
    });
  });

  it("tells apart two people who share a surname by who was named last, and reads 'TD' as a title", () => {
    const extraction = extractFixture("shared-surname-and-lead-in");
    expect(extraction.participants.find((p) => p.name === "Niall Kearney")?.role).toBe("Dublin Bay South TD");
    expect(statementStarting(extraction, "The party needs")).toMatchObject({ speaker: "Niall Kearney" });
    expect(statementStarting(extraction, "the campaign had been")).toMatchObject({
      speaker: "Niall Kearney",
    });
    expect(statementStarting(extraction, "the bloc would respond")).toMatchObject({
      speaker: "Sinéad Kearney",
    });
    expect(statementStarting(extraction, "talks would resume")).toMatchObject({ speaker: "Sinéad Kearney" });
    // "Mrs Pryce" after "Alexander Pryce": the title's gender makes her someone else.
    expect(statementStarting(extraction, "the hearing would resume")).toMatchObject({
      speaker: "Alexander Pryce",
    });
    expect(statementStarting(extraction, "We need the truth")).toMatchObject({ speaker: "Mrs Pryce" });
    // "EMMA Walsh": a first name set in capitals by the lead-in style is written as a name.
    expect(statementStarting(extraction, "the wards were full")).toMatchObject({ speaker: "Emma Walsh" });
    // The lead-in in capitals is no part of anyone's name, and "her leadership and …" is no role.
    for (const participant of extraction.participants) {
      expect(participant.name).not.toMatch(/WHAT|ARE/);
      expect(participant.role ?? "").not.toMatch(/leadership/);
    }
  });

  it("bounds reported clauses: a demonstrative subject, an emphatic 'did, however, say', objects that report nothing", () => {
    const extraction = extractFixture("clause-and-object-boundaries");
    // "this" opens the clause when a verb follows it; "on previous terms" is a noun, not the cue "term".
    expect(statementStarting(extraction, "this would give the firm")).toMatchObject({
      kind: "indirect",
      speaker: "Gail Norris",
      cue: "said",
    });
    expect(statementStarting(extraction, "she was willing to meet him")).toMatchObject({
      speaker: "Gail Norris",
      cue: "say",
    });
    // "would say this to the chief executive" reports nothing; nor does "has always maintained a high level".
    expect(extraction.statements.map((s) => s.cue)).toEqual(["said", "say", "says"]);
    // A brochure, leaflet or guidance speaks as a document does.
    expect(statementStarting(extraction, "Keep three days")).toMatchObject({
      kind: "direct",
      speaker: "Swedish brochure",
    });
  });

  it("reads a mistyped ‘ between letters as an apostrophe, and a relative sharing the surname in focus as that person", () => {
    const extraction = extractFixture("kinship-descriptor");
    expect(statementStarting(extraction, "I ate there")).toMatchObject({
      kind: "direct",
      speaker: "Marta Olsen",
    });
    expect(statementStarting(extraction, "The fish stew")).toMatchObject({
      speaker: "Marta Olsen",
      cue: "added",
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("Erik Olsen’s mum");
  });

  it("reads an appositive that holds a list with commas between a speaker and the verb", () => {
    const extraction = extractFixture("list-appositive");
    expect(statementStarting(extraction, "it was wrong for the mayor")).toMatchObject({
      kind: "indirect",
      speaker: "Dana Whitfield",
    });
    expect(statementStarting(extraction, "the new target")).toMatchObject({ speaker: "Dana Whitfield" });
  });

  it("reads weaker reporting verbs, hearers with a circumstance, 'who also says', and quotes an evaluative verb takes", () => {
    const extraction = extractFixture("reporting-verb-variety");
    // "noted" with a clause (a finite verb follows), not "noted the delay", and the clause ends at ", but it noted".
    expect(statementStarting(extraction, "the inspectors held a briefing")).toMatchObject({
      text: "the inspectors held a briefing with staff on March 3",
      speaker: "harbour board",
    });
    expect(statementStarting(extraction, "it was the “usual grumbling”")).toMatchObject({
      cue: "telling",
      speaker: "port official",
    });
    expect(statementStarting(extraction, "she is a “firm believer")).toMatchObject({
      speaker: "Ilse Brandt",
    });
    expect(statementStarting(extraction, "political circus")).toMatchObject({
      kind: "partial",
      cue: "criticised",
      speaker: "Ilse Brandt",
    });
    expect(statementStarting(extraction, "he was still reviewing")).toMatchObject({
      speaker: "senior policymaker",
    });
    // "are also reported to have bribed": a passive report names no speaker.
    expect(extraction.statements.map((s) => s.text).join(" ")).not.toMatch(/bribed/);
  });

  it("reports a whole sentence around an interposed 'he said', and finds subjects set off by commas or capitalised by the sentence", () => {
    const extraction = extractFixture("interposed-attribution");
    // A coordinated "and said" goes to the name set off after the role.
    expect(statementStarting(extraction, "the waiting lists")).toMatchObject({ speaker: "Aoife Brennan" });
    // "Former area councillor, Seabata Moeketsi,": "Former" opens the sentence; it names nobody.
    expect(statementStarting(extraction, "they had repeatedly")).toMatchObject({
      speaker: "Seabata Moeketsi",
    });
    expect(statementStarting(extraction, "Even more concerning")).toMatchObject({
      text: "Even more concerning, he said, is that the lease was renewed without consultation",
      kind: "indirect",
      speaker: "Seabata Moeketsi",
    });
    expect(statementStarting(extraction, "the manager was unavailable")).toMatchObject({
      speaker: "Security personnel",
    });
  });

  it("gives reports to quantifiers standing for people, relative 'who' subjects and a name-modified plural noun", () => {
    const extraction = extractFixture("quantifier-and-relative-speakers");
    expect(statementStarting(extraction, "its new road")).toMatchObject({ speaker: "four Harrow villages" });
    expect(statementStarting(extraction, "that’s for the best")).toMatchObject({ speaker: "many" });
    expect(statementStarting(extraction, "the plan falls short")).toMatchObject({ speaker: "some" });
    expect(statementStarting(extraction, "it is a fair compromise")).toMatchObject({ speaker: "others" });
    // "Some in Harrow" are not the "some" of the sentence before.
    expect(statementStarting(extraction, "they needed a safer road")).toMatchObject({
      speaker: "Some in Harrow",
    });
  });

  it("learns aliases ('popularly known as', an acronym in parentheses) and names institutional sources in full", () => {
    const extraction = extractFixture("aliases-and-institutional-sources");
    expect(extraction.participants.find((p) => p.name === "Tunde Adeyemi")).toMatchObject({
      kind: "person",
      aliases: ["Skylark"],
    });
    expect(extraction.participants.find((p) => p.name === "National Revenue Agency")?.aliases).toContain(
      "NRA",
    );
    // A capitalised sentence adverb ("Similarly,") names nobody.
    expect(extraction.participants.map((p) => p.name)).not.toContain("Similarly");
    expect(statementStarting(extraction, "I have never hidden")).toMatchObject({ speaker: "Tunde Adeyemi" });
    expect(statementStarting(extraction, "it was still reviewing")).toMatchObject({
      speaker: "National Revenue Agency",
    });
    expect(statementStarting(extraction, "the case was a federal matter")).toMatchObject({
      speaker: "spokesperson for the Lagos State Ministry of Finance",
    });
    // "Following the hearing," is an adverbial; "of Natural Resources" is the title's portfolio.
    expect(statementStarting(extraction, "the law applied")).toMatchObject({ speaker: "Bola Danjuma" });
    expect(extraction.participants.find((p) => p.name === "Bola Danjuma")?.role).toBe(
      "Nigeria’s Minister of Natural Resources",
    );
  });

  it("takes a reported clause to its real end: numbers as subjects, paired dashes, 'and it had no …'", () => {
    const extraction = extractFixture("clause-extent");
    expect(statementStarting(extraction, "about 40 percent")).toMatchObject({ speaker: "Priya Mehta" });
    // A quoted fragment and a quote paragraph with no cue go on with her report.
    expect(statementStarting(extraction, "no longer worth defending")).toMatchObject({
      kind: "partial",
      speaker: "Priya Mehta",
    });
    expect(statementStarting(extraction, "This is a fight")).toMatchObject({ speaker: "Priya Mehta" });
    expect(statementStarting(extraction, "the plant itself")?.text).toBe(
      "the plant itself had no contracts left, and it had no plans to reopen it",
    );
    expect(statementStarting(extraction, "the ring road")?.text).toBe(
      "the ring road – a route used by 20,000 drivers a day – would close for a month",
    );
    // "According to the spokesman, …" is the source of the clause after it, not a report of "informed".
    expect(statementStarting(extraction, "the company informed")).toMatchObject({ cue: "according to" });
    expect(extraction.statements.map((s) => s.text)).not.toContain("According to the spokesman");
    // "… while Mehta said “…”": another subject with its verb of saying starts another report.
    expect(statementStarting(extraction, "the council must act")?.text).toBe(
      "the council must act “before the winter,”",
    );
    expect(statementStarting(extraction, "the town has waited")).toMatchObject({ speaker: "Priya Mehta" });
  });

  it("reads a subject past its first noun to the title's name or the institution it speaks for", () => {
    const extraction = extractFixture("subject-heads");
    expect(statementStarting(extraction, "the bridge was unsafe")).toMatchObject({
      text: "the bridge was unsafe",
      speaker: "Tomas Varga",
    });
    expect(statementStarting(extraction, "the ferry")).toMatchObject({
      cue: "warning",
      speaker: "Tomas Varga",
    });
    expect(statementStarting(extraction, "the patrol had been routine")).toMatchObject({
      speaker: "Irish defence official",
    });
    expect(statementStarting(extraction, "cargo ships could still unload")).toMatchObject({
      cue: "added",
      speaker: "spokesperson for the Dublin Port Company",
    });
  });

  it("runs a single-mark quote on into the next paragraph, and finds the main clause's subject after 'When …,'", () => {
    const extraction = extractFixture("british-quotes-and-subordinate-subject");
    expect(statementStarting(extraction, "We are entitled")).toMatchObject({
      kind: "direct",
      text: "We are entitled to expect the highest standards from our officers.",
      speaker: "Ruth Coll",
    });
    expect(statementStarting(extraction, "Without trust")).toMatchObject({
      kind: "direct",
      speaker: "Ruth Coll",
    });
    expect(statementStarting(extraction, "his aunt had left him money")).toMatchObject({
      speaker: "Sam Reid",
    });
    // Straight single marks run on too when a paragraph opens with one (no apostrophe can stand there).
    expect(statementStarting(extraction, "I'm proud of how")).toMatchObject({
      kind: "direct",
      text: "I'm proud of how we turned it around after the spring. It was hard for everyone.",
      speaker: "Dani Ortiz",
    });
    expect(statementStarting(extraction, "Of course she is")).toMatchObject({ speaker: "Dani Ortiz" });
    // … and after "explained: "; "Premier" before "… Foods" is part of a company's name, not a title.
    expect(statementStarting(extraction, "We are reviewing")).toMatchObject({
      kind: "direct",
      speaker: "spokesman for Premier Harbour Foods",
    });
    expect(statementStarting(extraction, "No decision has been made")).toMatchObject({
      speaker: "spokesman for Premier Harbour Foods",
    });
    // "he" fits the spokesman, however the institution he speaks for ends.
    expect(statementStarting(extraction, "No statement will be made")).toMatchObject({
      speaker: "spokesman for Premier Harbour Foods",
    });
  });

  it("reads names with particles, institutions named with a possessive, and pronouns after a circumstance", () => {
    const extraction = extractFixture("institution-and-particle-names");
    expect(statementStarting(extraction, "the patrol had been")).toMatchObject({
      speaker: "Sylvie van den Wildenberg",
    });
    expect(statementStarting(extraction, "it was not clear")).toMatchObject({
      speaker: "Sylvie van den Wildenberg",
    });
    expect(statementStarting(extraction, "the cargo belonged")).toMatchObject({
      speaker: "Chile’s Foreign Ministry",
    });
    expect(statementStarting(extraction, "the vessel had")).toMatchObject({
      speaker: "Lloyd's List Intelligence",
    });
    expect(statementStarting(extraction, "any weapons")).toMatchObject({ speaker: "Chilean navy" });
    // "Senior" opens the sentence as a role word, never as an agent noun before a name.
    expect(statementStarting(extraction, "he had thought")).toMatchObject({ speaker: "Younus Khan" });
    expect(statementStarting(extraction, "there was no sign")).toMatchObject({ speaker: "Younus Khan" });
    expect(statementStarting(extraction, "This was clearly")).toMatchObject({ speaker: "Nat Carey" });
    expect(extraction.participants.find((p) => p.name === "Nat Carey")?.role).toBe("Home Office pathologist");
    // "and" inside an institution's name, after "of" or before the keyword that ends it.
    expect(statementStarting(extraction, "the inquiry was ongoing")).toMatchObject({
      speaker: "Bureau of Safety and Environmental Enforcement spokesperson",
    });
    expect(statementStarting(extraction, "it was investigating")).toMatchObject({
      speaker: "Economic and Financial Crimes Commission",
    });
  });

  it("gives an opening participle's report to the main clause's subject, up to where the main clause begins", () => {
    const extraction = extractFixture("opening-participle");
    // "Speaking to the council," is a circumstance; "Insisting …" reports.
    expect(statementStarting(extraction, "the road would reopen")).toMatchObject({ speaker: "Ines Duarte" });
    expect(statementStarting(extraction, "the budget was")).toMatchObject({
      text: "the budget was “balanced and fair,”",
      cue: "Insisting",
      speaker: "Omar Haddad",
    });
    expect(statementStarting(extraction, "balanced and fair")).toMatchObject({
      kind: "partial",
      speaker: "Omar Haddad",
    });
  });

  it("reads wire-style reports: a '(CNN) --' dateline, 'told CNN they …', 'by saying', an interposed source after an adverbial", () => {
    const extraction = extractFixture("cnn-style-reports");
    expect(extraction.article.source).toBe("CNN");
    expect(statementStarting(extraction, "Hundreds of residents")).toMatchObject({
      speaker: "regional official",
    });
    expect(statementStarting(extraction, "they had no record")).toMatchObject({ speaker: "water board" });
    expect(statementStarting(extraction, "the dam remains safe")).toMatchObject({
      cue: "saying",
      speaker: "water board",
    });
    expect(statementStarting(extraction, "the risk of a second breach")).toMatchObject({ speaker: "study" });
    expect(statementStarting(extraction, "this report and others")).toMatchObject({ speaker: "Ruth Alder" });
    expect(statementStarting(extraction, "At least two villages")).toMatchObject({
      text: "At least two villages were flooded",
      speaker: "water board",
    });
  });

  it("lets a document speak for its author, and 'the statement' for the source that issued it", () => {
    const extraction = extractFixture("documents-and-authors");
    expect(statementStarting(extraction, "repairs had cost")).toMatchObject({ speaker: "port authority" });
    expect(statementStarting(extraction, "The harbour is safe")).toMatchObject({ speaker: "Dana Price" });
    expect(statementStarting(extraction, "traffic rose")).toMatchObject({ speaker: "Harbour Analytics" });
    // Whoever obtained a document did not write it.
    expect(statementStarting(extraction, "the authority planned")?.speaker).not.toBe("Gazette");
  });

  it("keeps compound adjectives out of names and reads a title's lower-case complement before a name", () => {
    const extraction = extractFixture("compound-adjectives-and-complements");
    const names = extraction.participants.map((p) => p.name);
    expect(names).not.toContain("Hong");
    expect(names).not.toContain("Soviet-era");
    expect(statementStarting(extraction, "freight rates")).toMatchObject({
      speaker: "Hong Kong-based shipping analyst",
    });
    expect(statementStarting(extraction, "NASA won’t move")).toMatchObject({ speaker: "NASA" });
    // "sports brands" is a noun phrase: "brands" is no verb of naming here.
    expect(statementStarting(extraction, "United have got")).toMatchObject({
      speaker: "Dave Chattaway",
      cue: "told",
    });
    expect(extraction.participants.find((p) => p.name === "Dave Chattaway")?.role).toBe(
      "Brand Finance’s head of sports brands",
    );
  });

  it("does not take quoted titles of works for anybody's words", () => {
    const extraction = extractFixture("titles-of-works");
    expect(extraction.statements.map((s) => s.text)).toEqual([
      "Harbour traffic surged last year (see ‘Ports in a storm’) and the trend “is not over”",
    ]);
    expect(extraction.statements[0]).toMatchObject({ speaker: "Tom Reyes" });
  });

  it("finds the subject before a relative clause that has its own verb, and reads 'confessed' as a cue", () => {
    const extraction = extractFixture("relative-clause-subjects");
    expect(statementStarting(extraction, "the traffic forecasts")).toMatchObject({ speaker: "engineer" });
    expect(statementStarting(extraction, "she had doubts")).toMatchObject({
      speaker: "Kara Vance",
      cue: "confessed",
    });
    expect(statementStarting(extraction, "the contractor who built")).toMatchObject({ speaker: "Officials" });
  });

  it("reads a name before an appositive left unclosed, and -ing nouns inside a noun phrase ('a press briefing')", () => {
    const extraction = extractFixture("appositive-and-nominal-ing");
    expect(statementStarting(extraction, "The patient is alert")).toMatchObject({ speaker: "Sara Lund" });
    expect(extraction.participants.find((p) => p.name === "Sara Lund")?.role).toBe(
      "spokeswoman for the clinic in Bergen",
    );
    // "aboard the ferry Nordlys Star, the transport minister said": the name does not open the clause.
    expect(statementStarting(extraction, "the route would stay open")).toMatchObject({
      speaker: "transport minister",
    });
    expect(statementStarting(extraction, "the fares were")).toMatchObject({
      kind: "indirect",
      cue: "insisted",
      speaker: "transport minister",
    });
  });

  it("carries the subject of narrative sentences through 'He …' to a coordinated verb of saying", () => {
    const extraction = extractFixture("narrative-chain");
    // "The elder Ravel gives … . He has also funded … . He … has stated": not the senator who spoke last.
    expect(statementStarting(extraction, "I’m very much against")).toMatchObject({ speaker: "George Ravel" });
  });

  it("gives a participle after a ', who …,' clause to the name the clause describes", () => {
    const extraction = extractFixture("relative-participle");
    expect(statementStarting(extraction, "he no longer remembers")).toMatchObject({
      cue: "claiming",
      speaker: "Raffaele Santo",
    });
    expect(statementStarting(extraction, "he cannot be sure")).toMatchObject({ speaker: "Raffaele Santo" });
  });

  it("reads titles of rank, a name before an unclosed bare-role appositive, and a participle with no subject of its own", () => {
    const extraction = extractFixture("titles-of-rank-and-roles");
    expect(statementStarting(extraction, "This was dreamed up")).toMatchObject({ speaker: "Hartley" });
    expect(extraction.participants.find((p) => p.name === "Hartley")).toMatchObject({ kind: "person" });
    expect(statementStarting(extraction, "This is the first time")).toMatchObject({
      speaker: "Eleanor Marsh",
    });
    expect(statementStarting(extraction, "I know it was")).toMatchObject({
      cue: "saying",
      speaker: "Tom Hale",
    });
  });

  it("gives a quote after a colon to the sentence's subject, and reads 'a Christian minister' as no name", () => {
    const extraction = extractFixture("colon-quote-and-describing-names");
    expect(extraction.participants.map((p) => p.name)).not.toContain("Christian");
    expect(statementStarting(extraction, "They pushed me")).toMatchObject({ speaker: "Raymond Soet" });
    expect(statementStarting(extraction, "Our best days")).toMatchObject({
      kind: "direct",
      cue: null,
      speaker: "Anna Bright",
    });
  });

  it("takes an age appositive as a person, a cleft's name as the subject, and a narrated subject into the next paragraph's 'he'", () => {
    const extraction = extractFixture("age-cleft-and-carried-subject");
    expect(extraction.participants.find((p) => p.name === "Richard Gummel")).toMatchObject({
      kind: "person",
    });
    expect(statementStarting(extraction, "the council had ignored")).toMatchObject({
      speaker: "Richard Gummel",
    });
    expect(statementStarting(extraction, "Hopefully I’ve started")).toMatchObject({ speaker: "Katie Barr" });
    expect(statementStarting(extraction, "It will not advance")).toMatchObject({ speaker: "Omar Saud" });
  });
});
