export * from "./fake-dingtalk";
export type { Fault } from "./fake-http";
export * from "./fake-wecom";
