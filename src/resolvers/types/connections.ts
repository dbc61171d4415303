import { ObjectType } from 'type-graphql';
import { Article, Event, Organization, Person, Place, Quote } from '../../entities';
import { Connection } from './connection.type';
import { Participant } from './participant.union';

@ObjectType({ simpleResolvers: true, description: 'A page of quotes.' })
export class QuoteConnection extends Connection(Quote, 'Quote', 'quote') {}

@ObjectType({ simpleResolvers: true, description: 'A page of articles.' })
export class ArticleConnection extends Connection(Article, 'Article', 'article') {}

@ObjectType({ simpleResolvers: true, description: 'A page of people.' })
export class PersonConnection extends Connection(Person, 'Person', 'person') {}

@ObjectType({ simpleResolvers: true, description: 'A page of organizations.' })
export class OrganizationConnection extends Connection(Organization, 'Organization', 'organization') {}

@ObjectType({ simpleResolvers: true, description: 'A page of places.' })
export class PlaceConnection extends Connection(Place, 'Place', 'place') {}

@ObjectType({ simpleResolvers: true, description: 'A page of events.' })
export class EventConnection extends Connection(Event, 'Event', 'event') {}

@ObjectType({ simpleResolvers: true, description: 'A page of an event\'s participants: people and organizations.' })
export class ParticipantConnection extends Connection(Participant, 'Participant', 'participant') {}
