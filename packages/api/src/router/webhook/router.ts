import { createTRPCRouter } from "../../trpc";
import { create } from "./create";
import { deliveries } from "./deliveries";
import { list } from "./list";
import { remove } from "./remove";
import { replay } from "./replay";
import { setActive } from "./set-active";

export const webhookRouter = createTRPCRouter({ list, create, setActive, remove, deliveries, replay });
