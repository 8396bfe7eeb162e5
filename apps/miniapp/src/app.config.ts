export default defineAppConfig({
  pages: ["pages/index/index", "pages/coupons/index", "pages/cart/index", "pages/item/index"],
  window: {
    backgroundTextStyle: "dark",
    navigationBarBackgroundColor: "#ffffff",
    navigationBarTitleText: "临期通",
    navigationBarTextStyle: "black",
  },
  tabBar: {
    color: "#646a73",
    selectedColor: "#d83931",
    backgroundColor: "#ffffff",
    list: [
      { pagePath: "pages/index/index", text: "临期特惠" },
      { pagePath: "pages/coupons/index", text: "领券" },
      { pagePath: "pages/cart/index", text: "购物车" },
    ],
  },
});
