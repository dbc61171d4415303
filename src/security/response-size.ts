/**
 * Response size. A few fields carry long text (an article's body can be a megabyte), so a small
 * query can ask for a huge answer: `body` aliased six times over 100 quotes of a large article
 * is 300 MB. Two checks, both naming their limit:
 * - before execution, each long-text field costs TEXT_FIELD_COST in the page-size-aware
 *   query cost (complexity.ts), so such a query is refused (MAX_QUERY_COST) unread;
 * - during execution, the UTF-8 bytes of those fields are counted per request, and once they pass
 *   MAX_RESPONSE_BYTES every further one fails and the whole answer is replaced by one error.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLError, GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Cost of one long-text field, by `Type.field` (other scalars are free; see complexity.ts). */
export const TEXT_FIELD_COST: Record<string, number> = {
  'Article.body': 50,
  'Quote.context': 5,
  'Quote.text': 2,
  'Article.headline': 1,
  'SearchHit.snippet': 1,
  'SearchHit.title': 1,
};

export const RESPONSE_LIMIT_VARIABLE = 'MAX_RESPONSE_BYTES';

/** The long-text bytes of one response so far. One per request (made in createContext). */
export class ResponseBudget {
  private used = 0;
  exceeded = false;

  constructor(readonly maxBytes: number) {}

  /** Count a field's text; throws the limit error once the response is over the limit. */
  spend(text: string): void {
    this.used += Buffer.byteLength(text, 'utf8');
    if (this.used > this.maxBytes) {
      this.exceeded = true;
      throw responseLimitError(this.maxBytes);
    }
  }
}

/** The error of a response over the limit (HTTP 400, like every other limit). */
export function responseLimitError(maxBytes: number): GraphQLError {
  return new GraphQLError(`Response text exceeds the limit of ${maxBytes} bytes (${RESPONSE_LIMIT_VARIABLE})`, {
    extensions: { code: 'BAD_USER_INPUT', limit: RESPONSE_LIMIT_VARIABLE, max: maxBytes, http: { status: 400 } },
  });
}

/** Count a text value against the request's budget and return it. */
function spend(context: { responseBudget?: ResponseBudget }, value: unknown): unknown {
  if (typeof value === 'string') context.responseBudget?.spend(value);
  return value;
}

/** Wrap the resolver of every field in TEXT_FIELD_COST so its text is counted against the request's budget. */
export function countTextFields(schema: GraphQLSchema): GraphQLSchema {
  for (const name of Object.keys(TEXT_FIELD_COST)) {
    const [typeName, fieldName] = name.split('.');
    const field = (schema.getType(typeName) as GraphQLObjectType | undefined)?.getFields()[fieldName];
    if (!field) throw new Error(`TEXT_FIELD_COST names ${name}, which the schema does not have`);
    const resolve = field.resolve ?? defaultFieldResolver;
    // Synchronous when the resolver is (column values): a promise per text field costs more than the count.
    field.resolve = (source, args, context: { responseBudget?: ResponseBudget }, info) => {
      const value = resolve(source, args, context, info);
      if (value instanceof Promise) return value.then((v) => spend(context, v));
      return spend(context, value);
    };
  }
  return schema;
}

/** An Apollo plugin: a response over MAX_RESPONSE_BYTES is answered with that one error and no data. */
export function responseSizePlugin(): ApolloServerPlugin<{ responseBudget?: ResponseBudget }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const budget = contextValue.responseBudget;
          if (!budget?.exceeded || response.body.kind !== 'single') return;
          const { message, extensions } = responseLimitError(budget.maxBytes).toJSON();
          response.body.singleResult = { errors: [{ message, extensions: { ...extensions, http: undefined } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
