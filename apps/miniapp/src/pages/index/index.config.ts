export default definePageConfig({
  navigationBarTitleText: "临期特惠",
});
