export * from "./robots/create";
export * from "./robots/dingtalk";
export * from "./robots/result";
export * from "./robots/truncate";
export * from "./robots/types";
export * from "./robots/wecom";
