export * from "./fake-dingtalk";
export type { Fault } from "./fake-http";
export * from "./fake-webhook-receiver";
export * from "./fake-wechat";
export * from "./fake-wecom";
export * from "./fake-youzan";
