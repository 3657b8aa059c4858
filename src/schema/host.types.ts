import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SafeInt } from './scalars';

@ObjectType({ description: 'CPU time of one core of the gateway host, in milliseconds (node:os cpus().times).' })
export class CpuTimes {
  @Field(() => SafeInt, { description: 'Time in user mode.' }) user!: number;
  @Field(() => SafeInt, { description: 'Time in user mode with low priority.' }) nice!: number;
  @Field(() => SafeInt, { description: 'Time in kernel mode.' }) sys!: number;
  @Field(() => SafeInt, { description: 'Idle time.' }) idle!: number;
  @Field(() => SafeInt, { description: 'Time servicing interrupts.' }) irq!: number;
}

@ObjectType({ description: 'One logical CPU of the gateway host.' })
export class Cpu {
  @Field(() => String, { description: 'CPU model name.' }) model!: string;
  @Field(() => Int, { description: 'Clock speed in MHz.' }) speed!: number;
  @Field(() => CpuTimes, { description: 'Time spent per mode since boot.' }) times!: CpuTimes;
}

@ObjectType({ description: 'The operating system of the host the gateway runs on (not the Rocket.Chat server), read at resolve time.' })
export class Os {
  @Field(() => String, { description: 'os.type(), e.g. Linux.' }) type!: string;
  @Field(() => String, { description: 'os.platform(), e.g. linux.' }) platform!: string;
  @Field(() => String, { description: 'os.arch(), e.g. x64.' }) arch!: string;
  @Field(() => String, { description: 'Kernel release, os.release().' }) release!: string;
  @Field(() => Float, { description: 'Host uptime in seconds.' }) uptime!: number;
  @Field(() => [Float], { description: '1, 5 and 15 minute load averages.' }) loadavg!: number[];
  @Field(() => SafeInt, { description: 'Total memory in bytes.' }) totalmem!: number;
  @Field(() => SafeInt, { description: 'Free memory in bytes.' }) freemem!: number;
  @Field(() => [Cpu], { description: 'One entry per logical CPU, os.cpus().' }) cpus!: Cpu[];
}

@ObjectType({ description: 'The gateway process itself, read at resolve time.' })
export class Process {
  @Field(() => String, { description: 'Node.js version running the gateway, e.g. v20.20.2.' }) nodeVersion!: string;
  @Field(() => Int, { description: 'Process id of the gateway.' }) pid!: number;
  @Field(() => Float, { description: 'Seconds since the gateway process started; changes between two refreshed results.' }) uptime!: number;
}
