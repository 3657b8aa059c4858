import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { Statistics } from './statistics.type';

@ObjectType({ description: "A page of stored snapshots from the gateway's snapshot collection." })
export class SnapshotList {
  @Field(() => [Statistics], { description: 'The snapshots of this page, in the requested order.' }) snapshots!: Statistics[];
  @Field(() => Int, { description: 'Snapshots in this page.' }) count!: number;
  @Field(() => Int, { description: 'Snapshots skipped before this page.' }) offset!: number;
  @Field(() => Int, { description: 'Snapshots matching the filter.' }) total!: number;
}
