export {
  LABEL_CHANNEL,
  type LabelScope,
  type LabelSheet,
  labelSheet,
  labelStatus,
  recordLabelPrint,
  type StoreLabelStatus,
} from "./sheet";
