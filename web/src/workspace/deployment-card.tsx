import { Box, Button, Card, CardBody, CardControls } from '@rocket.chat/fuselage';
import { useState, type ReactNode } from 'react';
import type { Figures } from './figures';
import { figureAttributes, SectionTitle, type FigureBinding } from './figure-row';
import { formatDateTime } from './format';
import { InstancesModal } from './instances-modal';

/** A text figure, on one line; `figure` ties it to statistics.json (figures outside the file have none). */
export function TextFigure({ figure, children, testId }: { figure?: FigureBinding; children: ReactNode; testId?: string }) {
  const text = typeof children === 'string' ? children : undefined;
  return (
    <Box is="span" className="figure-value long" title={text} {...(figure ? figureAttributes(figure) : { 'data-testid': testId })}>
      {children}
    </Box>
  );
}

/** One field of the card, as Rocket.Chat's WorkspaceCardSection: a title, the value below it. */
function Field({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Box fontScale="p2" marginBlockEnd={8} display="flex" flexDirection="column" minWidth={0} data-testid={testId}>
      <SectionTitle title={title} />
      <Box display="flex" flexDirection="row" minWidth={0}>
        {children}
      </Box>
    </Box>
  );
}

const notRecorded = 'Not recorded';

/** "304 (Feb 1, 2026, 12:00:00 AM)": the version and the date of the lock, else of the build. */
function Migration({ migration }: { migration: Figures['migration'] }) {
  const [dateKey, date] = migration.lockedAt ? ['lockedAt', migration.lockedAt] : ['buildAt', migration.buildAt];
  return (
    <Box is="span" className="figure-value long">
      <span {...figureAttributes({ key: 'migration.version', value: migration.version })}>{migration.version}</span>
      {date && (
        <>
          {' ('}
          <span {...figureAttributes({ key: `migration.${dateKey}`, value: date })}>{formatDateTime(date)}</span>)
        </>
      )}
      {migration.locked && ' · a migration is running'}
    </Box>
  );
}

/** "7.0.14 / wiredTiger (oplog Enabled)", as Rocket.Chat's DeploymentCard writes it. */
function MongoDb({ figures }: { figures: Figures }) {
  const oplog = figures.oplogEnabled === null || figures.oplogEnabled === undefined ? 'not known' : figures.oplogEnabled ? 'Enabled' : 'Disabled';
  return (
    <Box is="span" className="figure-value long">
      <span {...figureAttributes({ key: 'mongoVersion', value: figures.mongoVersion })}>{figures.mongoVersion ?? 'unknown version'}</span>
      {' / '}
      <span {...figureAttributes({ key: 'mongoStorageEngine', value: figures.mongoStorageEngine })}>{figures.mongoStorageEngine}</span>
      {' (oplog '}
      <span {...figureAttributes({ key: 'oplogEnabled', value: figures.oplogEnabled })}>{oplog}</span>)
    </Box>
  );
}

/** Rocket.Chat's three lines: HEAD (9 characters of the hash), branch, subject. Not in statistics.json. */
function CommitDetails({ commit }: { commit: Figures['commit'] }) {
  if (!commit) return <TextFigure testId="commit-details">{notRecorded}</TextFigure>;
  return (
    <Box display="flex" flexDirection="column" minWidth={0} data-testid="commit-details">
      <TextFigure>{`HEAD: (${commit.hash ? commit.hash.slice(0, 9) : ''})`}</TextFigure>
      <TextFigure>{`Branch: ${commit.branch ?? ''}`}</TextFigure>
      {commit.subject && <TextFigure>{commit.subject}</TextFigure>}
    </Box>
  );
}

/** Rocket.Chat's Deployment card (apps/meteor/client/views/admin/workspace/DeploymentCard/DeploymentCard.tsx). */
export function DeploymentCard({ figures }: { figures: Figures }) {
  const [instancesOpen, setInstancesOpen] = useState(false);
  return (
    <Card height="full" data-testid="card-deployment">
      <CardBody flexDirection="column">
        <SectionTitle title="Deployment" variant="h4" />
        <Field title="Version" testId="field-version">
          <TextFigure figure={{ key: 'version', value: figures.version }}>{figures.version ?? notRecorded}</TextFigure>
        </Field>
        <Field title="Deployment ID" testId="field-uniqueId">
          <TextFigure figure={{ key: 'uniqueId', value: figures.uniqueId }}>{figures.uniqueId ?? notRecorded}</TextFigure>
        </Field>
        {figures.cloudWorkspaceId && (
          <Field title="Cloud Workspace ID" testId="field-cloudWorkspaceId">
            <TextFigure testId="cloud-workspace-id">{figures.cloudWorkspaceId}</TextFigure>
          </Field>
        )}
        {figures.appsEngineVersion && (
          <Field title="Apps Engine Version" testId="field-appsEngineVersion">
            <TextFigure figure={{ key: 'apps.engineVersion', value: figures.appsEngineVersion }}>{figures.appsEngineVersion}</TextFigure>
          </Field>
        )}
        <Field title="Node Version" testId="field-nodeVersion">
          <TextFigure figure={{ key: 'process.nodeVersion', value: figures.process.nodeVersion }}>{figures.process.nodeVersion}</TextFigure>
        </Field>
        <Field title="Database Migration" testId="field-migration">
          <Migration migration={figures.migration} />
        </Field>
        <Field title="MongoDB" testId="field-mongo">
          <MongoDb figures={figures} />
        </Field>
        <Field title="Commit Details" testId="field-commit">
          <CommitDetails commit={figures.commit} />
        </Field>
        <Field title="REST Format" testId="field-restFormat">
          <TextFigure testId="rest-format">{figures.gateway.restFormatChosenBy}</TextFigure>
        </Field>
        <Field title="PID" testId="field-pid">
          <TextFigure figure={{ key: 'process.pid', value: figures.process.pid }}>{String(figures.process.pid)}</TextFigure>
        </Field>
        <Box fontScale="c1" color="hint">
          Node Version and PID are this statistics server&rsquo;s; each Rocket.Chat instance&rsquo;s are under Instances.
        </Box>
      </CardBody>
      {figures.instances.length > 0 && (
        <CardControls>
          <Button medium onClick={() => setInstancesOpen(true)} data-testid="instances-button">
            {`Instances (${figures.instances.length})`}
          </Button>
        </CardControls>
      )}
      {instancesOpen && <InstancesModal instances={figures.instances} onClose={() => setInstancesOpen(false)} />}
    </Card>
  );
}
