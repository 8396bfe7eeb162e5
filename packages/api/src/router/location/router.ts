import { createTRPCRouter } from "../../trpc";
import { archiveLocation } from "./archive-location";
import { createLocation } from "./create-location";
import { listLocations } from "./list-locations";
import { updateLocation } from "./update-location";
import { zoneTasks } from "./zone-tasks";

export const locationRouter = createTRPCRouter({
  list: listLocations,
  create: createLocation,
  update: updateLocation,
  archive: archiveLocation,
  zoneTasks,
});
