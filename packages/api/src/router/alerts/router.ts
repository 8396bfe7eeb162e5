import { createTRPCRouter } from "../../trpc";
import { deleteEndpoint } from "./delete-endpoint";
import { listEndpoints } from "./list-endpoints";
import { saveEndpoint } from "./save-endpoint";
import { testEndpoint } from "./test-endpoint";

export const alertsRouter = createTRPCRouter({ listEndpoints, saveEndpoint, deleteEndpoint, testEndpoint });
