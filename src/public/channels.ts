// guidelint/channels: same-source comparison of channel snapshots with master records.
export { compareChannel, type ChannelComparison, type ChannelMismatch } from "../channels/channel-pass.js";
export { compareRecords, compareViews, type FieldMismatch } from "../channels/compare.js";
export { readSnapshot, type SnapshotProblem, type SnapshotRecord } from "../channels/snapshot.js";
export { COMPARED_FIELDS, type ComparedField, type FieldView } from "../channels/views/field-view.js";
export { viewField } from "../channels/views/view-field.js";
