/**
 * Query limits, checked before anything executes: document size and tokens before parsing; depth, aliases
 * and directives as validation rules, batching when the request is parsed, and an estimated cost (which
 * needs the variables' page sizes) just before execution. Each refusal is a GraphQL error with an
 * `extensions.code` and HTTP status 400.
 */
import {
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { QueryLimits } from "../config.ts";
import { defaultPageSize, maxPageSize } from "../graphql/pagination.ts";

export type LimitCode =
  | "QUERY_TOO_DEEP"
  | "QUERY_TOO_COSTLY"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "TOO_MANY_TOKENS"
  | "DOCUMENT_TOO_LARGE"
  | "BATCHING_DISABLED"
  | "BATCH_TOO_LARGE"
  | "INTROSPECTION_DISABLED";

/** A refusal: a client error (HTTP 400) with a machine-readable code. */
export function limitError(code: LimitCode, message: string, nodes?: readonly ASTNode[]) {
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    // `spec: false`: the 400 stands for application/json clients too (yoga only applies spec statuses to
    // application/graphql-response+json).
    extensions: { code, http: { status: 400, spec: false } },
  });
}

const introspectionRoots = new Set(["__schema", "__type"]);
/** Introspection fields that list types, fields or arguments: nesting them multiplies the answer. */
const introspectionLists = new Set([
  "types",
  "fields",
  "inputFields",
  "interfaces",
  "possibleTypes",
  "enumValues",
  "args",
  "directives",
]);
/**
 * Introspection lists may nest this deep: `types { fields { args } }` is what GraphiQL asks for;
 * `types { fields { type { fields { … } } } }` grows with the schema's size to the power of its depth.
 */
export const maxIntrospectionListNesting = 3;

// ---------------------------------------------------------------------------------------------------------
// Shape: depth, aliases, directives (a validation rule; fragments expanded, each summarised once)

export interface DocumentShape {
  /** Fields along the longest path. Inside introspection `ofType`, a chain of single wrappers, is not counted. */
  depth: number;
  aliases: number;
  directives: number;
  /** Introspection list fields nested along the longest path. */
  introspectionLists: number;
}

const empty: DocumentShape = { depth: 0, aliases: 0, directives: 0, introspectionLists: 0 };

/** Measures one operation, expanding fragments (each measured once, so repeated spreads stay cheap). */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): DocumentShape {
  const memo = new Map<string, DocumentShape>();
  const inProgress = new Set<string>();

  const measureSet = (selectionSet: SelectionSetNode, inIntrospection: boolean): DocumentShape => {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let lists = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      let inner: DocumentShape;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const introspection = inIntrospection || introspectionRoots.has(name);
        const child = selection.selectionSet ? measureSet(selection.selectionSet, introspection) : empty;
        const counts = !(inIntrospection && name === "ofType");
        const isList = introspection && introspectionLists.has(name);
        inner = {
          depth: child.depth + (counts ? 1 : 0),
          aliases: child.aliases + (selection.alias ? 1 : 0),
          directives: child.directives,
          introspectionLists: child.introspectionLists + (isList ? 1 : 0),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(selection.selectionSet, inIntrospection);
      } else {
        const name = selection.name.value;
        const key = `${name}:${inIntrospection}`;
        const known = memo.get(key);
        const fragment = fragments.get(name);
        if (known) inner = known;
        else if (!fragment || inProgress.has(key))
          inner = empty; // unknown or cyclic: other rules report it
        else {
          inProgress.add(key);
          const measured = measureSet(fragment.selectionSet, inIntrospection);
          inProgress.delete(key);
          inner = { ...measured, directives: measured.directives + (fragment.directives?.length ?? 0) };
          memo.set(key, inner);
        }
      }
      depth = Math.max(depth, inner.depth);
      lists = Math.max(lists, inner.introspectionLists);
      aliases += inner.aliases;
      directives += inner.directives;
    }
    return { depth, aliases, directives, introspectionLists: lists };
  };

  const shape = measureSet(operation.selectionSet, false);
  return { ...shape, directives: shape.directives + (operation.directives?.length ?? 0) };
}

function fragmentMap(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

export function documentLimitsRule(limits: QueryLimits) {
  return function QuotegraphDocumentLimits(context: ValidationContext): ASTVisitor {
    return {
      Document(document) {
        const fragments = fragmentMap(document);
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const shape = measureOperation(definition, fragments);
          const which = definition.name ? `Operation "${definition.name.value}"` : "The operation";
          if (shape.depth > limits.depth) {
            context.reportError(
              limitError(
                "QUERY_TOO_DEEP",
                `${which} nests fields ${shape.depth} deep; the limit is ${limits.depth}.`,
                [definition],
              ),
            );
          }
          if (shape.introspectionLists > maxIntrospectionListNesting) {
            context.reportError(
              limitError(
                "QUERY_TOO_DEEP",
                `${which} nests introspection lists ${shape.introspectionLists} deep; the limit is ${maxIntrospectionListNesting}.`,
                [definition],
              ),
            );
          }
          if (shape.aliases > limits.aliases) {
            context.reportError(
              limitError(
                "TOO_MANY_ALIASES",
                `${which} uses ${shape.aliases} aliases; the limit is ${limits.aliases}.`,
                [definition],
              ),
            );
          }
          if (shape.directives > limits.directives) {
            context.reportError(
              limitError(
                "TOO_MANY_DIRECTIVES",
                `${which} uses ${shape.directives} directives; the limit is ${limits.directives}.`,
                [definition],
              ),
            );
          }
        }
        return false;
      },
    };
  };
}

/** Refuses `__schema` and `__type` (but not `__typename`). */
export function QuotegraphNoIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (introspectionRoots.has(node.name.value)) {
        context.reportError(
          limitError(
            "INTROSPECTION_DISABLED",
            `Introspection is turned off on this server: "${node.name.value}" is not available.`,
            [node],
          ),
        );
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Cost: an estimate of the fields resolved, multiplying by page sizes (run on a validated document)

type Variables = Readonly<Record<string, unknown>> | null | undefined;

function intArgument(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const raw = variables?.[value.name.value];
    return typeof raw === "number" && Number.isFinite(raw) ? raw : undefined;
  }
  return undefined;
}

function listLength(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const raw = variables?.[value.name.value];
    if (Array.isArray(raw)) return raw.length;
    return raw == null ? undefined : 1;
  }
  return 1; // a single value is coerced to a list of one
}

/** Page size asked of a connection field: `first` or `last`, clamped to what a page can hold. */
function pageSize(field: FieldNode, variables: Variables): number {
  const argument = (name: string) => field.arguments?.find((arg) => arg.name.value === name)?.value;
  const size = intArgument(argument("first"), variables) ?? intArgument(argument("last"), variables);
  if (size === undefined) return defaultPageSize;
  return Math.min(Math.max(size, 0), maxPageSize);
}

function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === "first" || arg.name === "last");
}

/**
 * Estimates the fields an operation resolves. Each field costs one per parent it resolves under; a
 * connection's `edges` multiply what is below them by `first`/`last` (20 when absent, at most 100), other
 * lists by their ID count (`nodes(ids:)`) or by 20. Introspection reads no rows and is not counted (its
 * shape is bounded by the validation rule).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables,
  operationName?: string | null,
): number {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || definition.name?.value === operationName),
  );
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = fragmentMap(document);
  const memo = new Map<string, number>();

  /** The cost of a selection set resolved once; `page` is the size its list fields take, if any. */
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, page: number | null): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) {
          if (name === "__typename") total += 1;
          continue;
        }
        if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        total += 1;
        if (!selection.selectionSet) continue;
        const returned = getNamedType(field.type);
        if (!isCompositeType(returned)) continue;
        let times = 1;
        let childPage: number | null = null;
        if (isConnectionField(field)) childPage = pageSize(selection, variables);
        else if (isListType(getNullableType(field.type))) {
          const ids = selection.arguments?.find((arg) => arg.name.value === "ids")?.value;
          times = page ?? listLength(ids, variables) ?? defaultPageSize;
        }
        total += times * costOf(selection.selectionSet, returned, childPage);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        total += costOf(selection.selectionSet, condition, page);
      } else {
        const key = `${selection.name.value}:${page}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(selection.name.value);
          memo.set(key, 0); // a cycle (refused by validation anyway) ends here
          const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          cost = fragment && condition ? costOf(fragment.selectionSet, condition, page) : 0;
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  return costOf(operation.selectionSet, root, null);
}

// ---------------------------------------------------------------------------------------------------------
// The yoga plugin

export interface LimitsPluginOptions {
  limits: QueryLimits;
  introspection: boolean;
}

/** Counts the document's lexical tokens (comments and commas excluded, as graphql-js counts them), up to `stop`. */
export function countTokens(query: string, stop = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count < stop && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A lexical error: the parser reports it with its position.
  }
  return count;
}

export function limitsPlugin({ limits, introspection }: LimitsPluginOptions): Plugin {
  const shapeRule = documentLimitsRule(limits);
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (!Array.isArray(requestParserResult)) return;
          if (limits.batch <= 1) {
            throw limitError(
              "BATCHING_DISABLED",
              "Batched requests are turned off: send one operation per request.",
            );
          }
          if (requestParserResult.length > limits.batch) {
            throw limitError(
              "BATCH_TOO_LARGE",
              `The request batches ${requestParserResult.length} operations; the limit is ${limits.batch}.`,
            );
          }
        },
      };
    },
    onParams({ params }) {
      const query = params.query;
      if (typeof query !== "string") return;
      const bytes = Buffer.byteLength(query, "utf8");
      if (bytes > limits.documentBytes) {
        throw limitError(
          "DOCUMENT_TOO_LARGE",
          `The GraphQL document is ${bytes} bytes; the limit is ${limits.documentBytes}.`,
        );
      }
      // Counted here rather than with parse's `maxTokens`, whose error yoga answers with status 200.
      if (countTokens(query, limits.tokens + 1) > limits.tokens) {
        throw limitError(
          "TOO_MANY_TOKENS",
          `The GraphQL document has more than ${limits.tokens} tokens; the limit is ${limits.tokens}.`,
        );
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(shapeRule);
      if (!introspection) addValidationRule(QuotegraphNoIntrospection);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost(args.schema, args.document, args.variableValues, args.operationName);
      if (cost > limits.cost) {
        setResultAndStopExecution({
          errors: [
            limitError(
              "QUERY_TOO_COSTLY",
              `The query would resolve about ${cost} fields; the limit is ${limits.cost}. Ask for smaller pages (first/last) or fewer nested lists.`,
            ),
          ],
        });
      }
    },
  };
}
