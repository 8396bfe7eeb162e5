export {
  createLocation,
  LOCATION_CODE_PATTERN,
  type LocationInput,
  listLocations,
  normaliseLocationCode,
  requireLocationIn,
  setLocationArchived,
  updateLocation,
} from "./locations";
export { LOCATION_MOVE_REFERENCE, type LocationMoveInput, moveBatchLocation } from "./move-location";
export { type PickLine, type PickListInput, pickList } from "./pick-list";
export { clearanceZoneTasks } from "./zone-tasks";
