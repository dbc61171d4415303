/**
 * What a query selects below a field, read from the operation itself (GraphQLResolveInfo), so a
 * list statement reads only the relations the client asked for. Fragments and inline fragments
 * are followed; a field under @skip/@include counts as selected (reading it anyway is harmless).
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: FieldNode[], seen = new Set<string>()): void {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === 'Field') into.push(sel);
    else if (sel.kind === 'InlineFragment') collect(sel.selectionSet, info, into, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      collect(info.fragments[sel.name.value]?.selectionSet, info, into, seen);
    }
  }
}

/** The fields selected at `path` below the resolved field (e.g. ['edges', 'node']), by name. */
export function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const field of level) {
      const children: FieldNode[] = [];
      collect(field.selectionSet, info, children);
      next.push(...children.filter((c) => c.name.value === name));
    }
    level = next;
  }
  const out: FieldNode[] = [];
  for (const field of level) collect(field.selectionSet, info, out);
  return new Set(out.map((f) => f.name.value));
}

/** The fields selected on the nodes of a connection field: under `edges { node }` and under `nodes`. */
export function selectedOnNodes(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedAt(info, ['edges', 'node']), ...selectedAt(info, ['nodes'])]);
}
