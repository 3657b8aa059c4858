import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type } from 'node:os';
import { basename } from 'node:path';
import { ferretdbBinary } from '../src/db/ferretdb-build';
import { projectRoot } from '../src/project-root';

/** The machine header every results file starts with. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  database: string;
  date: string;
  /** The gateway's commit, and whether the tree had uncommitted changes. */
  commit: string | null;
  uncommittedChanges: boolean;
  /** 1-minute load average when the run started and ended: other work on the machine shows here. */
  /** The 1-minute load average; min and max of samples every 10 s (absent in results written before). */
  loadAverage?: { atStart: number; atEnd: number; min?: number; max?: number };
}

export function describeMachine(): MachineInfo {
  const git = (...args: string[]): string | null => {
    try {
      return execFileSync('git', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return null;
    }
  };
  const version = basename(ferretdbBinary).replace(/^ferretdb-/, '');
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${type()} ${release()}`,
    database: `FerretDB ${version} (SQLite backend)`,
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: (git('status', '--porcelain') ?? '') !== '',
  };
}

export function machineLine(m: MachineInfo): string {
  const commit = m.commit ? `, gateway commit ${m.commit}${m.uncommittedChanges ? ' with uncommitted changes' : ''}` : '';
  const spread =
    m.loadAverage?.min === undefined ? '' : ` (${m.loadAverage.min.toFixed(1)}–${(m.loadAverage.max ?? m.loadAverage.min).toFixed(1)} during the run)`;
  const load = m.loadAverage ? `; load average ${m.loadAverage.atStart.toFixed(1)} at start, ${m.loadAverage.atEnd.toFixed(1)} at end${spread}` : '';
  return `${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; database ${m.database}; ${m.date}${commit}${load}`;
}
