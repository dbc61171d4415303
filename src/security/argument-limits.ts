/**
 * Filter strings are length-limited: every String a query passes as an argument (inline, inside an
 * input object, or through a variable) is at most MAX_FILTER_CHARS characters. Names, roles and
 * search words are short; a megabyte `speaker` only makes every lookup slower. Mutations are
 * exempt (an article's text has its own limit, MAX_ARTICLE_BYTES), and so are `after` cursors
 * (refused with their own message).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ArgumentNode, GraphQLError, Kind, ObjectFieldNode, OperationDefinitionNode, ValueNode, visit } from 'graphql';

/** The first string longer than `max` in a value (a variable's value may nest lists and objects). */
function longString(value: unknown, max: number): string | null {
  if (typeof value === 'string') return value.length > max ? value : null;
  if (Array.isArray(value)) return value.map((v) => longString(v, max)).find((v) => v !== null) ?? null;
  if (value && typeof value === 'object') return longString(Object.values(value), max);
  return null;
}

/** The over-long string of an argument's literal value or of the variables it uses, or null. */
function longArgument(node: ValueNode, variables: Record<string, unknown>, max: number): string | null {
  if (node.kind === Kind.STRING) return node.value.length > max ? node.value : null;
  if (node.kind === Kind.VARIABLE) return longString(variables[node.name.value], max);
  if (node.kind === Kind.LIST) return node.values.map((v) => longArgument(v, variables, max)).find((v) => v !== null) ?? null;
  if (node.kind === Kind.OBJECT) return node.fields.map((f) => longArgument(f.value, variables, max)).find((v) => v !== null) ?? null;
  return null;
}

/** The arguments and input fields of an operation whose values are checked (cursors and nested containers left out). */
type Checked = ReadonlyArray<{ name: string; value: ValueNode }>;

const checkedOf = new WeakMap<OperationDefinitionNode, Checked>();

/** What `operation` passes as arguments, walked once per parsed operation (Apollo reuses it for a repeated query text). */
function checkedArguments(operation: OperationDefinitionNode): Checked {
  const hit = checkedOf.get(operation);
  if (hit) return hit;
  const out: Array<{ name: string; value: ValueNode }> = [];
  visit(operation, {
    enter(node) {
      if (node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) return;
      const { kind } = (node as ArgumentNode).value;
      if (kind === Kind.OBJECT || kind === Kind.LIST) return; // the fields inside name themselves
      if ((node as ArgumentNode).name.value === 'after') return; // a cursor: its own check names it
      out.push({ name: (node as ArgumentNode).name.value, value: (node as ArgumentNode | ObjectFieldNode).value });
    },
  });
  checkedOf.set(operation, out);
  return out;
}

/** An Apollo plugin refusing a query with an argument string over `max` characters (MAX_FILTER_CHARS), naming the argument. */
export function filterTextPlugin(max: number): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation || operation.operation === 'mutation') return;
          const variables = request.variables ?? {};
          let hit: { name: string; length: number } | null = null;
          for (const { name, value } of checkedArguments(operation)) {
            const long = longArgument(value, variables, max);
            if (long !== null) { hit = { name, length: long.length }; break; }
          }
          if (hit) {
            throw new GraphQLError(`Argument "${hit.name}" is ${hit.length} characters; the limit is ${max} (MAX_FILTER_CHARS)`, {
              extensions: { code: 'BAD_USER_INPUT', argument: hit.name, limit: 'MAX_FILTER_CHARS', max, found: hit.length, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
