// Taro compiles the app with Babel (not tsc); the preset handles JSX, TypeScript and the React runtime.
module.exports = {
  presets: [["taro", { framework: "react", ts: true, compiler: "webpack5" }]],
};
