import {
  Accordion,
  AccordionItem,
  Box,
  Button,
  Modal,
  ModalBackdrop,
  ModalClose,
  ModalContent,
  ModalFooter,
  ModalFooterControllers,
  ModalHeader,
  ModalTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tag,
} from '@rocket.chat/fuselage';
import { useEffect, type ReactNode } from 'react';
import type { Figures } from './figures';
import { formatDateTime } from './format';

type Instance = Figures['instances'][number];

const notRecorded = 'Not recorded';
const yesNo = (value: boolean): string => (value ? 'true' : 'false');
const dateOrNot = (iso: string | null | undefined): string => (iso ? formatDateTime(iso) : notRecorded);

/** How Rocket.Chat titles an instance: by its address (host:port), which tells instances apart; `name` is the same for all. */
export const instanceAddress = (instance: Instance): string => (instance.host ? `${instance.host}${instance.port ? `:${instance.port}` : ''}` : instance.id);

/** Rocket.Chat's DescriptionListEntry: the label right-aligned in a header cell, the value beside it. */
function Entry({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell is="th" scope="row" align="end" color="hint" backgroundColor="surface" fontScale="p2m" width="50%">
        {label}
      </TableCell>
      <TableCell align="start" color="default">
        {children}
      </TableCell>
    </TableRow>
  );
}

function InstanceTitle({ instance }: { instance: Instance }) {
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap">
      <Box is="span" marginInlineEnd={8} data-testid="instance-address">
        {instanceAddress(instance)}
      </Box>
      <Tag variant={instance.live ? 'primary' : 'secondary-danger'} data-testid="instance-state">
        {instance.live ? 'Live' : 'No recent heartbeat'}
      </Tag>
    </Box>
  );
}

/**
 * Rocket.Chat's Instances modal (DeploymentCard/components/InstancesModal), one open accordion item
 * per instance with Rocket.Chat's rows. What only a Rocket.Chat process knows of its peers is said
 * plainly: "Connected" is read from the heartbeat (within 60 s), and no instance is local to this
 * server; the broadcast auth is not recorded in the database.
 */
export function InstancesModal({ instances, onClose }: { instances: Instance[]; onClose(): void }) {
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);
  return (
    <ModalBackdrop onClick={(event) => event.target === event.currentTarget && onClose()}>
      <Modal aria-labelledby="instances-title" data-testid="instances-modal">
        <ModalHeader>
          <ModalTitle id="instances-title">Instances</ModalTitle>
          <ModalClose onClick={onClose} />
        </ModalHeader>
        <ModalContent>
          <Accordion>
            {[...instances]
              .sort((a, b) => instanceAddress(a).localeCompare(instanceAddress(b)))
              .map((instance) => (
                <AccordionItem key={instance.id} defaultExpanded title={<InstanceTitle instance={instance} />} data-testid="instance">
                  <Table data-testid="instance-rows">
                    <TableBody>
                      <Entry label="Address">{instanceAddress(instance)}</Entry>
                      <Entry label="Auth">{notRecorded}</Entry>
                      <Entry
                        label={<>Current Status &gt; Connected</>}
                      >{`${yesNo(instance.live)} (heartbeat ${instance.live ? 'within' : 'older than'} 60 s)`}</Entry>
                      <Entry label={<>Current Status &gt; Local</>}>false</Entry>
                      <Entry label={<>Current Status &gt; Last Heartbeat Time</>}>{dateOrNot(instance.updatedAt)}</Entry>
                      <Entry label={<>Instance Record &gt; ID</>}>{instance.id}</Entry>
                      <Entry label={<>Instance Record &gt; PID</>}>{instance.pid ?? notRecorded}</Entry>
                      <Entry label={<>Instance Record &gt; Created at</>}>{dateOrNot(instance.createdAt)}</Entry>
                      <Entry label={<>Instance Record &gt; Updated at</>}>{dateOrNot(instance.updatedAt)}</Entry>
                      <Entry label="Node Version">{instance.nodeVersion ?? notRecorded}</Entry>
                    </TableBody>
                  </Table>
                </AccordionItem>
              ))}
          </Accordion>
        </ModalContent>
        <ModalFooter>
          <ModalFooterControllers>
            <Button variant="primary" onClick={onClose} data-testid="instances-close">
              Close
            </Button>
          </ModalFooterControllers>
        </ModalFooter>
      </Modal>
    </ModalBackdrop>
  );
}
