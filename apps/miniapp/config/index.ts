import { defineConfig } from "@tarojs/cli";

// Each platform gets its own folder so the weapp and h5 builds never overwrite each other.
const outputRoot = `dist/${process.env.TARO_ENV}`;

export default defineConfig<"webpack5">({
  projectName: "shelfloop-miniapp",
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: "src",
  outputRoot,
  framework: "react",
  compiler: "webpack5",
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
