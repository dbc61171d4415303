/**
 * The whole client of the typed example: POST a TypedDocumentNode with its variables and get back
 * its result type. Plain fetch; any GraphQL client that takes a TypedDocumentNode works the same.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Run `document` at `url`; its `data`, typed by the document, or an Error naming the GraphQL errors. */
export async function execute<Result, Variables>(
  url: string, document: TypedDocumentNode<Result, Variables>, variables: Variables, headers: Record<string, string> = {},
): Promise<Result> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return body.data;
}
