/// <reference types="@tarojs/taro" />

declare module "*.css";

declare namespace NodeJS {
  interface ProcessEnv {
    /** Injected by Taro at build time: the platform being compiled. */
    TARO_ENV: "weapp" | "h5";
  }
}

/** The console origin serving the storefront API ("" on H5 = the page's own origin). config/index.ts. */
declare const API_BASE: string;
/** The tenant's slug or mini-program AppID in the storefront path. config/index.ts. */
declare const STOREFRONT_TENANT: string;
