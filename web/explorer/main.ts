/// <reference lib="dom" />
/**
 * The quote explorer served at `/`: speakers (listed and searched by name), a speaker's statements grouped
 * by article, and an article's body with every statement highlighted at its offsets and its speaker named.
 * Plain DOM, routed by the URL hash. Every piece of data goes into the page as a text node or an attribute
 * value, never as HTML: article bodies and names are untrusted.
 */
import { createClient } from "../../examples/client.ts";
import type { ResultOf } from "../../examples/graphql.ts";
import { groupInOrder, runsOf } from "./highlight.ts";
import { ExplorerArticle, ExplorerSpeaker, ExplorerSpeakers } from "./queries.ts";

const client = createClient({ url: "/graphql" });
const root = document.getElementById("app") as HTMLElement;
const pageSize = 25;
/** Pages of statements fetched at most for one speaker or article (100 each). */
const maxPages = 20;

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** A link inside the explorer. */
function route(path: string, ...children: Child[]): HTMLAnchorElement {
  return h("a", { href: `#${path}` }, ...children);
}

/** Only http(s) addresses become links: an article's `url` is untrusted. */
function externalLink(url: string | null): HTMLElement | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return h("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, parsed.host);
  } catch {
    return null;
  }
}

function show(...children: Child[]): void {
  root.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
  root.setAttribute("aria-busy", "false");
  window.scrollTo(0, 0);
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  show(
    h("p", { class: "error", role: "alert" }, `Something went wrong: ${message}`),
    route("/", "Back to speakers"),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function kindBadge(kind: string): HTMLElement {
  return h("span", { class: `badge kind-${kind.toLowerCase()}` }, kind.toLowerCase());
}

function dateOf(publishedAt: string | null): string | null {
  return publishedAt ? publishedAt.slice(0, 10) : null;
}

// Speakers ------------------------------------------------------------------------------------------------

type SpeakerNode = ResultOf<typeof ExplorerSpeakers>["participants"]["edges"][number]["node"];

function speakerItem(speaker: SpeakerNode): HTMLElement {
  return h(
    "li",
    { class: speaker.statementCount === 0 ? "silent" : undefined },
    route(`/speaker/${encodeURIComponent(speaker.id)}`, speaker.name),
    " ",
    h("span", { class: "meta" }, [speaker.kind.toLowerCase(), speaker.role].filter(Boolean).join(" · ")),
    h("span", { class: "count" }, plural(speaker.statementCount, "statement")),
  );
}

async function renderSpeakers(name: string): Promise<void> {
  const input = h("input", {
    type: "search",
    name: "name",
    placeholder: "Filter by name or alias…",
    "aria-label": "Filter speakers by name",
    value: name,
    autocomplete: "off",
  });
  const form = h(
    "form",
    { class: "filter", role: "search" },
    input,
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = input.value.trim();
    location.hash = value ? `#/?name=${encodeURIComponent(value)}` : "#/";
  });
  const list = h("ul", { class: "speakers", "data-testid": "speaker-list" });
  const summary = h("p", { class: "summary" });
  const more = h("button", { type: "button", class: "more", hidden: "" }, "Show more");
  let after: string | null = null;
  const load = async () => {
    more.disabled = true;
    const { participants } = await client.request(ExplorerSpeakers, {
      name: name || null,
      first: pageSize,
      after,
    });
    list.append(...participants.edges.map(({ node }) => speakerItem(node)));
    summary.textContent =
      participants.totalCount === 0
        ? `Nobody matches “${name}”.`
        : `${plural(participants.totalCount, "participant")}${name ? ` matching “${name}”` : ""}, most quoted first.`;
    after = participants.pageInfo.endCursor;
    more.hidden = !participants.pageInfo.hasNextPage;
    more.disabled = false;
  };
  more.addEventListener("click", () => load().catch(showError));
  await load();
  show(h("h1", {}, "Speakers"), form, summary, list, more);
}

// One speaker ---------------------------------------------------------------------------------------------

async function renderSpeaker(id: string): Promise<void> {
  const first = await client.request(ExplorerSpeaker, { id, after: null });
  const speaker = first.participant;
  if (!speaker) {
    show(h("p", { class: "error" }, "No such speaker."), route("/", "Back to speakers"));
    return;
  }
  const statements = [...speaker.statements.edges];
  let pageInfo = speaker.statements.pageInfo;
  for (let page = 1; pageInfo.hasNextPage && page < maxPages; page++) {
    const next = await client.request(ExplorerSpeaker, { id, after: pageInfo.endCursor });
    if (!next.participant) break;
    statements.push(...next.participant.statements.edges);
    pageInfo = next.participant.statements.pageInfo;
  }
  const byArticle = groupInOrder(
    statements.map(({ node }) => node),
    (statement) => statement.article.id,
  );
  const sections = byArticle.map(({ items }) => {
    const article = (items[0] as (typeof items)[number]).article;
    return h(
      "section",
      { class: "article-group", "data-testid": "article-group" },
      h(
        "h2",
        {},
        route(
          `/article/${encodeURIComponent(article.id)}?speaker=${encodeURIComponent(speaker.id)}`,
          article.title,
        ),
      ),
      h("p", { class: "meta" }, [article.source, dateOf(article.publishedAt)].filter(Boolean).join(" · ")),
      h(
        "ol",
        { class: "statements" },
        ...items.map((statement) =>
          h(
            "li",
            { "data-testid": "statement" },
            kindBadge(statement.kind),
            " ",
            h("q", {}, statement.text),
            statement.cue ? h("span", { class: "cue" }, ` (${statement.cue})`) : null,
          ),
        ),
      ),
    );
  });
  show(
    h("p", { class: "crumbs" }, route("/", "← Speakers")),
    h("h1", { "data-testid": "speaker-name" }, speaker.name),
    h(
      "p",
      { class: "meta" },
      [
        speaker.kind.toLowerCase(),
        speaker.role,
        speaker.aliases.length ? `also “${speaker.aliases.join("”, “")}”` : "",
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    h(
      "p",
      { class: "summary" },
      `${plural(speaker.statementCount, "statement")} in ${plural(byArticle.length, "article")}.`,
    ),
    ...sections,
  );
}

// One article ---------------------------------------------------------------------------------------------

type ArticleStatement = NonNullable<
  ResultOf<typeof ExplorerArticle>["article"]
>["statements"]["edges"][number]["node"];

async function renderArticle(id: string, focusSpeaker: string | null): Promise<void> {
  const first = await client.request(ExplorerArticle, { id, after: null });
  const article = first.article;
  if (!article) {
    show(h("p", { class: "error" }, "No such article."), route("/", "Back to speakers"));
    return;
  }
  const statements: ArticleStatement[] = article.statements.edges.map(({ node }) => node);
  let pageInfo = article.statements.pageInfo;
  for (let page = 1; pageInfo.hasNextPage && page < maxPages; page++) {
    const next = await client.request(ExplorerArticle, { id, after: pageInfo.endCursor });
    if (!next.article) break;
    statements.push(...next.article.statements.edges.map(({ node }) => node));
    pageInfo = next.article.statements.pageInfo;
  }

  // One colour per speaker, in order of first statement; unattributed statements share a grey.
  const palette = new Map<string, number>();
  for (const statement of statements) {
    const key = statement.speaker?.id;
    if (key && !palette.has(key)) palette.set(key, palette.size % 8);
  }
  const tone = (statement: ArticleStatement) =>
    statement.speaker ? `tone-${palette.get(statement.speaker.id)}` : "tone-none";
  const speakerName = (statement: ArticleStatement) => statement.speaker?.name ?? "unattributed";

  const body = h("div", { class: "body", "data-testid": "article-body" });
  for (const run of runsOf(article.body, statements)) {
    for (const statement of run.starting) {
      body.append(
        h(
          "span",
          { class: `who ${tone(statement)}`, "data-testid": "speaker-label", "aria-hidden": "true" },
          speakerName(statement),
        ),
      );
    }
    const innermost = run.covering[0];
    if (!innermost) {
      body.append(document.createTextNode(run.text));
      continue;
    }
    const focused = focusSpeaker !== null && run.covering.some((s) => s.speaker?.id === focusSpeaker);
    body.append(
      h(
        "mark",
        {
          class: `statement ${tone(innermost)}${run.covering.length > 1 ? " nested" : ""}${focused ? " focus" : ""}`,
          title: run.covering.map((s) => `${speakerName(s)} (${s.kind.toLowerCase()})`).join("\n"),
          "data-statement": innermost.id,
          "data-speaker": innermost.speaker?.name ?? "",
        },
        run.text,
      ),
    );
  }

  const placed = statements.filter((s) => s.start !== null && s.end !== null).length;
  const legend = h(
    "ul",
    { class: "legend" },
    ...[...palette.keys()].map((speakerId) => {
      const statement = statements.find((s) => s.speaker?.id === speakerId) as ArticleStatement;
      const count = statements.filter((s) => s.speaker?.id === speakerId).length;
      return h(
        "li",
        {},
        h("span", { class: `swatch tone-${palette.get(speakerId)}` }),
        route(`/speaker/${encodeURIComponent(speakerId)}`, speakerName(statement)),
        ` ${count}`,
      );
    }),
  );
  show(
    h("p", { class: "crumbs" }, route("/", "← Speakers")),
    h("h1", { "data-testid": "article-title" }, article.title),
    h(
      "p",
      { class: "meta" },
      [article.source, dateOf(article.publishedAt)].filter(Boolean).join(" · "),
      article.url ? " · " : null,
      externalLink(article.url),
    ),
    h(
      "p",
      { class: "summary" },
      `${plural(statements.length, "statement")}${placed < statements.length ? `, ${placed} with a position in the text` : ""}; hover a highlight for its speaker.`,
    ),
    legend,
    body,
  );
  if (focusSpeaker) document.querySelector("mark.focus")?.scrollIntoView({ block: "center" });
}

// Routing -------------------------------------------------------------------------------------------------

async function render(): Promise<void> {
  root.setAttribute("aria-busy", "true");
  const [path = "/", query = ""] = location.hash.replace(/^#/, "").split("?", 2);
  const params = new URLSearchParams(query);
  const [, section, rawId] = path.split("/");
  const id = rawId ? decodeURIComponent(rawId) : "";
  if (section === "speaker" && id) await renderSpeaker(id);
  else if (section === "article" && id) await renderArticle(id, params.get("speaker"));
  else await renderSpeakers(params.get("name") ?? "");
}

window.addEventListener("hashchange", () => render().catch(showError));
render().catch(showError);
