/**
 * OpenTelemetry tracing, on only when configured (TRACING, or OTEL_EXPORTER_OTLP_ENDPOINT):
 * HTTP, Express, GraphQL and SQL spans (PostgreSQL through the pg instrumentation; SQLite through
 * db/sql-tracing.ts, which data-source.ts switches on with the same setting). Off, nothing is
 * loaded and nothing is patched.
 * Start it before the server's modules are loaded (index.ts does), so they are instrumented.
 */
import type { Config } from './config';

export interface Tracing { shutdown(): Promise<void> }

/** Start the SDK for `config.tracing` ("console": spans printed; "otlp": the OTEL_* variables); undefined when off. */
export function startTracing(config: Config): Tracing | undefined {
  if (config.tracing === 'off') return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK, tracing } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const sdk = new NodeSDK({
    serviceName: 'newsgraph',
    traceExporter: config.tracing === 'console' ? new tracing.ConsoleSpanExporter() : undefined,
    instrumentations: [new HttpInstrumentation(), new ExpressInstrumentation(), new GraphQLInstrumentation({ mergeItems: true }), new PgInstrumentation()],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
