/**
 * GraphQL Code Generator for the typed client example (`npm run codegen`): the client preset reads
 * schema.graphql and the `graphql(...)` documents of tests/client/*.ts and writes typed document
 * nodes (TypedDocumentNode) to tests/client/gql/. Paths are from the repository root, where npm
 * runs scripts; typed-client.test.ts regenerates into a temporary folder and compares.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The configuration, writing into `outDir` (the committed one by default). */
export function codegenConfig(outDir = 'tests/client/gql/'): CodegenConfig {
  return {
    schema: 'schema.graphql',
    documents: ['tests/client/*.ts'],
    ignoreNoDocuments: false,
    generates: {
      [outDir]: {
        preset: 'client',
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
      },
    },
  };
}

export default codegenConfig();
