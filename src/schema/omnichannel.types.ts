import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { SafeInt } from './scalars';

@ObjectType({ description: 'Livechat rooms of one source (source.id, source.alias, source.type of the room).' })
export class OmnichannelSource {
  @Field(() => String, { nullable: true, description: 'source.id, e.g. an app or an email inbox id.' }) id!: string | null;
  @Field(() => String, { nullable: true, description: 'source.alias.' }) alias!: string | null;
  @Field(() => String, { nullable: true, description: 'source.type: widget, email, sms, app, api, other.' }) type!: string | null;
  @Field(() => SafeInt, { description: 'Livechat rooms with that source.' }) count!: number;
}

@ObjectType({ description: 'Users with one language setting.' })
export class LanguageUsers {
  @Field(() => String, { description: 'The language code, or "none" for users without one.' }) language!: string;
  @Field(() => SafeInt, { description: 'Users with that language.' }) users!: number;
}
