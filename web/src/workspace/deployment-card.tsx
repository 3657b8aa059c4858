import { useId, useState } from 'react';
import type { WorkspaceFiguresFragment } from '../generated/graphql';
import { Card, FigureList, notRecorded, orNotRecorded } from './figure-card';
import { formatDateTime } from './format';

type Figures = WorkspaceFiguresFragment;

function migrationText(migration: Figures['migration']): string {
  const date = migration.lockedAt ?? migration.buildAt;
  return date ? `${migration.version} (${formatDateTime(date)})` : String(migration.version);
}

function CommitDetails({ commit }: { commit: Figures['commit'] }) {
  if (!commit) return notRecorded;
  const parts: [string, string | null][] = [
    ['Hash', commit.hash],
    ['Date', commit.date],
    ['Branch', commit.branch],
    ['Tag', commit.tag],
    ['Author', commit.author],
    ['Subject', commit.subject],
  ];
  return (
    <dl className="commit">
      {parts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={`commit-${label.toLowerCase()}`}>{orNotRecorded(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function InstanceList({ instances, id }: { instances: Figures['instances']; id: string }) {
  if (instances.length === 0)
    return (
      <p id={id} data-testid="instances-list" className="muted">
        No Rocket.Chat instance is registered.
      </p>
    );
  return (
    <ul id={id} className="instances" data-testid="instances-list">
      {instances.map((instance) => (
        <li key={instance.id} data-testid="instance">
          <strong>{instance.name ?? instance.id}</strong>{' '}
          <span className={instance.live ? 'badge badge-live' : 'badge'}>{instance.live ? 'Live' : 'No recent heartbeat'}</span>
          <dl className="instance-facts">
            <div>
              <dt>Address</dt>
              <dd>{instance.host ? `${instance.host}${instance.port ? `:${instance.port}` : ''}` : notRecorded}</dd>
            </div>
            <div>
              <dt>PID</dt>
              <dd>{orNotRecorded(instance.pid)}</dd>
            </div>
            <div>
              <dt>Node Version</dt>
              <dd>{orNotRecorded(instance.nodeVersion)}</dd>
            </div>
            <div>
              <dt>Last heartbeat</dt>
              <dd>{instance.updatedAt ? formatDateTime(instance.updatedAt) : notRecorded}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function DeploymentCard({ figures }: { figures: Figures }) {
  const [instancesOpen, setInstancesOpen] = useState(false);
  const listId = useId();
  return (
    <Card title="Deployment" testId="card-deployment">
      <FigureList
        stacked
        rows={[
          { label: 'Version', id: 'version', value: orNotRecorded(figures.version) },
          { label: 'Deployment ID', id: 'uniqueId', value: orNotRecorded(figures.uniqueId) },
          { label: 'Cloud Workspace ID', id: 'cloudWorkspaceId', value: orNotRecorded(figures.cloudWorkspaceId) },
          { label: 'Apps Engine Version', id: 'appsEngineVersion', value: orNotRecorded(figures.appsEngineVersion) },
          { label: 'Node Version', id: 'nodeVersion', value: figures.process.nodeVersion },
          {
            label: 'Database Migration',
            id: 'migration',
            value: migrationText(figures.migration),
            hint: figures.migration.locked ? 'A migration is running' : undefined,
          },
          { label: 'MongoDB', id: 'mongo', value: `${figures.mongoVersion ?? 'unknown version'} / ${figures.mongoStorageEngine}` },
          { label: 'Commit Details', id: 'commit', value: <CommitDetails commit={figures.commit} /> },
          { label: 'PID', id: 'pid', value: String(figures.process.pid) },
          { label: 'REST Format', id: 'restFormat', value: figures.gateway.restFormatChosenBy },
        ]}
      />
      <p className="muted small">Node version and PID are those of this statistics server; each Rocket.Chat instance&rsquo;s are listed under Instances.</p>
      <button
        type="button"
        className="button secondary"
        data-testid="instances-button"
        aria-expanded={instancesOpen}
        aria-controls={listId}
        onClick={() => setInstancesOpen((open) => !open)}
      >
        {instancesOpen ? 'Hide instances' : `Instances (${figures.instances.length})`}
      </button>
      {instancesOpen && <InstanceList instances={figures.instances} id={listId} />}
    </Card>
  );
}
