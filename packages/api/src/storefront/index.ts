export { handleStorefront, type StorefrontDeps } from "./handler";
