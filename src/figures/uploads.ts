import { uploadQueries as q } from '../queries/uploads';
import { SafeInt } from '../schema/scalars';
import { defineFigures, figure, inCurrentFormat } from './figure';
import { gauge } from './gauge';
import { statisticsTs } from './rocketchat-sources';

// Upload figures (docs/figures.md "Uploads").

export const uploadFigures = defineFigures({
  uploadsTotal: figure({
    type: () => SafeInt,
    description: 'Count of rocketchat_uploads documents.',
    rocketChat: statisticsTs,
    reads: [q.countUploads],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  uploadsTotalSize: figure({
    type: () => SafeInt,
    description: 'Σ size in bytes over rocketchat_uploads; 0 if none.',
    rocketChat: statisticsTs,
    reads: [q.sumUploadSizes],
    compute: (bytes) => bytes,
    wire: inCurrentFormat,
  }),
});

export const uploadGauges = [
  gauge('uploads', 'Uploaded files (uploadsTotal).', uploadFigures.uploadsTotal),
  gauge('uploads_bytes', 'Total size of uploaded files in bytes (uploadsTotalSize).', uploadFigures.uploadsTotalSize),
];
