/**
 * The demo chain's catalogue: five categories with the shelf lives their goods really have.
 * Price ranges are list prices in fen; cost is derived from them at a realistic margin.
 */
export interface CategorySpec {
  category: string;
  shelfLifeDays: readonly [min: number, max: number];
  listPriceFen: readonly [min: number, max: number];
  unit: string;
  products: readonly string[];
}

export const DEMO_CATALOGUE: readonly CategorySpec[] = [
  {
    category: "乳制品",
    shelfLifeDays: [7, 21],
    listPriceFen: [450, 2590],
    unit: "盒",
    products: [
      "鲜牛奶 950ml",
      "低脂鲜牛奶 450ml",
      "原味酸奶 200g",
      "草莓酸奶 100g×8",
      "希腊式酸奶 135g",
      "A2 鲜牛奶 750ml",
      "燕麦酸奶 250g",
      "芝士条 100g",
      "奶酪片 166g",
      "乳酸菌饮品 100ml×5",
      "稀奶油 250ml",
      "巴氏杀菌羊奶 200ml",
    ],
  },
  {
    category: "烘焙",
    shelfLifeDays: [3, 7],
    listPriceFen: [390, 2890],
    unit: "袋",
    products: [
      "全麦吐司 400g",
      "牛角可颂 4只装",
      "肉松小贝 6枚",
      "手撕面包 500g",
      "法式长棍",
      "红豆餐包 6只",
      "蛋黄酥 4枚",
      "芝士蛋糕 切块",
      "奶油泡芙 8只",
      "紫米面包 450g",
      "贝果 3只装",
      "瑞士卷 240g",
    ],
  },
  {
    category: "饮料",
    shelfLifeDays: [180, 365],
    listPriceFen: [300, 6990],
    unit: "瓶",
    products: [
      "无糖乌龙茶 500ml",
      "苏打气泡水 330ml×6",
      "NFC 橙汁 300ml",
      "椰子水 1L",
      "冷萃咖啡 280ml",
      "电解质饮料 600ml",
      "茉莉花茶 500ml",
      "柠檬红茶 1L",
      "矿泉水 550ml×24",
      "燕麦拿铁 250ml×6",
      "酸梅汤 450ml",
      "功能饮料 250ml×6",
    ],
  },
  {
    category: "零食",
    shelfLifeDays: [90, 270],
    listPriceFen: [590, 5990],
    unit: "袋",
    products: [
      "每日坚果 25g×7",
      "海苔脆片 40g",
      "原味薯片 104g",
      "麻辣牛肉干 100g",
      "芒果干 80g",
      "黑巧克力 100g",
      "苏打饼干 400g",
      "猪肉脯 100g",
      "蛋黄卷 150g",
      "果冻杯 6杯",
      "山楂条 200g",
      "锅巴 228g",
    ],
  },
  {
    category: "速冻",
    shelfLifeDays: [180, 365],
    listPriceFen: [1290, 6990],
    unit: "袋",
    products: [
      "三鲜水饺 1kg",
      "虾仁馄饨 500g",
      "黑芝麻汤圆 400g",
      "手抓饼 10片",
      "鸡胸肉排 1kg",
      "奶黄包 360g",
      "牛肉披萨 9寸",
      "冷冻虾仁 500g",
      "小笼包 600g",
      "速冻玉米粒 500g",
      "鱼丸 500g",
      "冰淇淋 4支装",
    ],
  },
];
