import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { handleLabelPdf, type LabelPdfDeps } from "./labels";
export { handlePosPriceBook, handlePosSale, type PosHandlerDeps, posOpenApi } from "./pos";
export { type AppRouter, appRouter } from "./root";
export { handleStorefront, type StorefrontDeps } from "./storefront";
export { createCallerFactory, createTRPCContext, type SessionUser } from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
