/// <reference types="@tarojs/taro" />

declare module "*.css";

declare namespace NodeJS {
  interface ProcessEnv {
    /** Injected by Taro at build time: the platform being compiled. */
    TARO_ENV: "weapp" | "h5";
  }
}
