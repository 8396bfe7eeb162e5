/** Membership roles, from most to least privileged. */
export const ROLES = ["OWNER", "ADMIN", "MANAGER", "STAFF", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` is at least as privileged as `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(required);
}
