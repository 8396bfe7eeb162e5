import { createTRPCRouter } from "../../trpc";
import { invite } from "./invite";
import { listInvitations } from "./list-invitations";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";
import { updateMember } from "./update-member";

export const staffRouter = createTRPCRouter({
  listMembers,
  updateMember,
  removeMember,
  invite,
  listInvitations,
  revokeInvitation,
});
