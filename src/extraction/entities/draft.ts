/**
 * Mention-level drafts produced by the entity stage and merged by the resolve stage.
 */
import type { EventKind, OrganizationKind, PlaceKind, Span } from '../types';

export interface PersonDraft {
  name: string;
  span: Span;
  /** Job title as written, from a title chain or an appositive. */
  title: string | null;
  /** The organization the title names (a span of an OrgDraft). */
  orgSpan: Span | null;
  /** A country the title names ("Veloria's Foreign Minister"). */
  place: string | null;
  /** A single word matching the surname of a full-name mention ("Chizhik said"). */
  surnameOnly: boolean;
  /** More titles written with this mention ("Vice President and Prime Minister"), after `title`. */
  extraRoles?: Array<{ title: string; orgSpan: Span | null }>;
}

export interface OrgDraft {
  name: string;
  span: Span;
  acronym: string | null;
  kind: OrganizationKind;
  /**
   * STRONG: a full name; SHORT: a capitalised partial name ("the Academy of Sciences");
   * WEAK: a description ("Belarus' academy of sciences") or a bare acronym, kept only when it
   * resolves to a strong organization.
   */
  strength: 'STRONG' | 'SHORT' | 'WEAK';
  /** The full name of a well-known organization written here by its acronym only ("IMF"): an alias, not the name. */
  expansion?: string;
}

export interface PlaceDraft {
  name: string;
  /** As written ("MINSK", "People's Republic of China"). */
  written: string;
  span: Span;
  kind: PlaceKind;
}

export interface EventDraft {
  name: string;
  span: Span;
  kind: EventKind;
  /** Another name the text gives the event ("Belarusian-Chinese forum"). */
  alias: string | null;
  /** A place written with the event ("... Forum in Moscow"). */
  placeSpan: Span | null;
  /** ISO date or year when the text dates the event. */
  date: string | null;
}

export interface EntityDrafts {
  people: PersonDraft[];
  organizations: OrgDraft[];
  places: PlaceDraft[];
  events: EventDraft[];
}

/** True when span `a` lies inside span `b`. */
export const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
/** True when two spans overlap. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
