import { GraphQLError } from 'graphql';

/**
 * Client text in filters. `LIKE` patterns from client text: `%`, `_` and the escape character itself are matched
 * literally (`ESCAPE '\'`), so `roleTitle: "%"` finds titles containing a percent sign, not all.
 */

/** SQL for "`column` contains the bound parameter" (one `?`); bind likeContains(text). */
export const CONTAINS = `LIKE ? ESCAPE '\\'`;

/** The parameter for CONTAINS: the text with its wildcards escaped, between `%`s. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The text of a name filter, which must say something: `speaker: ""` is an error, not "every quote". */
export function nonEmpty(text: string, argument: string): string {
  if (text.trim() === '') {
    throw new GraphQLError(`"${argument}" must not be empty (leave it out to match every item)`, { extensions: { code: 'BAD_USER_INPUT', argument, value: text } });
  }
  return text;
}
