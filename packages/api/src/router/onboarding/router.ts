import { createTRPCRouter } from "../../trpc";
import { acceptInvitation } from "./accept-invitation";
import { signUp } from "./sign-up";
import { viewInvitation } from "./view-invitation";

export const onboardingRouter = createTRPCRouter({ signUp, viewInvitation, acceptInvitation });
