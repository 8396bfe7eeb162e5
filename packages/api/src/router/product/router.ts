import { createTRPCRouter } from "../../trpc";
import { searchProducts } from "./search-products";

export const productRouter = createTRPCRouter({ search: searchProducts });
