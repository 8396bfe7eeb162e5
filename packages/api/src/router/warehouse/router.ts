import { createTRPCRouter } from "../../trpc";
import { listWarehouses } from "./list-warehouses";
import { saveWarehouse } from "./save-warehouse";
import { setArchived } from "./set-archived";

export const warehouseRouter = createTRPCRouter({ list: listWarehouses, save: saveWarehouse, setArchived });
