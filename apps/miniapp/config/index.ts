import { defineConfig } from "@tarojs/cli";

// Each platform gets its own folder so the weapp and h5 builds never overwrite each other.
const outputRoot = `dist/${process.env.TARO_ENV}`;

// Where the storefront API is, fixed at build time:
// - SHELFLOOP_API_BASE: the console's origin. H5 defaults to "" (the page's own origin: serve the
//   build behind the console or a proxy of its /api); weapp defaults to http://localhost:3000 for
//   DevTools with "不校验合法域名". A released mini-program needs a full https URL whose domain is
//   listed as a request domain (request合法域名) in the WeChat admin console.
// - SHELFLOOP_STOREFRONT_TENANT: the tenant's slug or mini-program AppID (default: the demo tenant).
const apiBase =
  process.env.SHELFLOOP_API_BASE ?? (process.env.TARO_ENV === "h5" ? "" : "http://localhost:3000");
const tenant = process.env.SHELFLOOP_STOREFRONT_TENANT || "demo";

export default defineConfig<"webpack5">({
  projectName: "shelfloop-miniapp",
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: "src",
  outputRoot,
  framework: "react",
  compiler: "webpack5",
  defineConstants: {
    API_BASE: JSON.stringify(apiBase.replace(/\/+$/, "")),
    STOREFRONT_TENANT: JSON.stringify(tenant),
  },
  mini: {
    postcss: { pxtransform: { enable: true, config: {} } },
  },
  h5: {
    publicPath: "/",
    staticDirectory: "static",
    output: {
      filename: "js/[name].[contenthash:8].js",
      chunkFilename: "js/[name].[contenthash:8].js",
    },
    miniCssExtractPluginOption: {
      ignoreOrder: true,
      filename: "css/[name].[contenthash:8].css",
      chunkFilename: "css/[name].[contenthash:8].css",
    },
    postcss: { autoprefixer: { enable: true, config: {} } },
    webpackChain(chain) {
      // React DOM plus Taro's web runtime is ~280 KiB before any app code, above webpack's 244 KiB
      // default; raise the bar so the warning still flags real growth instead of firing on every build.
      chain.performance.maxEntrypointSize(400 * 1024);
    },
  },
});
