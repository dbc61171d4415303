/**
 * Operation limits: graphql-armor's depth, alias, directive and cost checks, graphql-js's token
 * limit, and a page-size-aware complexity check (complexity.ts). Each rejection is a 400 whose
 * message names the limit, its value and the variable that sets it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../config';
import { complexityPlugin } from './complexity';
import { limitError } from './limit-error';

/** armor reports "... limit of N exceeded, found M."; keep M. */
function foundIn(message: string): number | undefined {
  const m = /found (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** An armor onReject callback that reports our own message on the validation context. */
function reject(what: string, limit: number, variable: string): GraphQLArmorRejectCallback {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    const error = limitError(what, foundIn(err.message), limit, variable);
    ctx?.reportError(error);
  };
}

export interface LimitProtection {
  plugins: ApolloServerPlugin<any>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more th[a-z]+ (\d+) tokens/;

/** The token-limit parse error rewritten to name MAX_QUERY_TOKENS, or null for any other error. */
export function tokenLimitError(message: string): GraphQLError | null {
  const m = TOKEN_LIMIT.exec(message);
  return m ? limitError('Query token count', undefined, Number(m[1]), 'MAX_QUERY_TOKENS') : null;
}

/**
 * The Apollo plugins and validation rules enforcing `config.limits`. Introspection is exempt from
 * the depth and cost checks, so GraphiQL's schema query passes; field suggestions ("Did you
 * mean ...") are hidden in production.
 */
export function operationLimits(config: Config): LimitProtection {
  const l = config.limits;
  const quiet = { propagateOnRejection: false, exposeLimits: true } as const;
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: config.env === 'production' },
    // armor's token check throws from a parsing hook, which Apollo turns into a 500; graphql-js's
    // own parser limit (parseOptions below) fails the parse instead: a 400 that formatError names.
    maxTokens: { enabled: false },
    maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...quiet, onReject: [reject('Query depth', l.maxDepth, 'MAX_QUERY_DEPTH')] },
    maxAliases: { n: l.maxAliases, ...quiet, onReject: [reject('Alias count', l.maxAliases, 'MAX_QUERY_ALIASES')] },
    maxDirectives: { n: l.maxDirectives, ...quiet, onReject: [reject('Directive count', l.maxDirectives, 'MAX_QUERY_DIRECTIVES')] },
    costLimit: { maxCost: l.maxCost, ignoreIntrospection: true, flattenFragments: true, ...quiet, onReject: [reject('Query cost', l.maxCost, 'MAX_QUERY_COST')] },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, complexityPlugin(l.maxComplexity)], validationRules, parseOptions: { maxTokens: l.maxTokens } };
}
