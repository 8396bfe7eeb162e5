export {
  acceptInvitation,
  type InvitationState,
  type InvitationView,
  viewInvitation,
} from "./accept-invitation";
export { createInvitation, type InvitationInput, listOpenInvitations, revokeInvitation } from "./invitations";
export { listMembers, removeMember, updateMember } from "./members";
export { type SignUpInput, signUp } from "./sign-up";
export { INVITATION_TTL_DAYS } from "./tokens";
export { listWarehouses, saveWarehouse, setWarehouseArchived, type WarehouseInput } from "./warehouses";
