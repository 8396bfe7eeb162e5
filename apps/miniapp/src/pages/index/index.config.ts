export default definePageConfig({
  navigationBarTitleText: "临期特惠",
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
