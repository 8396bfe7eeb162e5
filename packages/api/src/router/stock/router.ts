import { createTRPCRouter } from "../../trpc";
import { adjust } from "./adjust";
import { exportMovements } from "./export-movements";
import { listMovements } from "./list-movements";
import { moveLocation } from "./move-location";
import { pickList } from "./pick-list";
import { previewReceipt } from "./preview-receipt";
import { receive } from "./receive";
import { receiveCsv } from "./receive-csv";
import { resolveScan } from "./resolve-scan";
import { sell } from "./sell";
import { setQuarantine } from "./set-quarantine";
import { transfer } from "./transfer";
import { writeOff } from "./write-off";

export const stockRouter = createTRPCRouter({
  resolveScan,
  previewReceipt,
  receive,
  receiveCsv,
  sell,
  adjust,
  writeOff,
  transfer,
  setQuarantine,
  moveLocation,
  pickList,
  listMovements,
  exportMovements,
});
