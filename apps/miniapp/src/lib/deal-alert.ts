import Taro from "@tarojs/taro";
import { errorText, getToken } from "../api/client";
import { getConfig, signIn, subscribeDealAlert } from "../api/storefront";

let templateRequest: Promise<string | null> | undefined;

/** The store's deal-alert template id (null: not offered), asked once per launch. */
export function dealAlertTemplate(): Promise<string | null> {
  templateRequest ??= getConfig().then(
    (config) => config.dealAlert?.templateId ?? null,
    () => {
      templateRequest = undefined;
      return null;
    },
  );
  return templateRequest;
}

/**
 * What the consumer answered to the subscribe prompt. WeChat shows it only when called straight from a
 * tap, so this must be the first thing the tap handler awaits. The H5 build (development and tests) has
 * no subscribe messages: it records the request as accepted, and WeChat would refuse the send (43101).
 */
async function askWeChat(
  templateId: string,
  platform: string | undefined,
): Promise<"accept" | "reject" | "ban"> {
  if (platform !== "weapp") return "accept";
  try {
    const answer = (await Taro.requestSubscribeMessage({
      tmplIds: [templateId],
      entityIds: [],
    })) as unknown as Record<string, string>;
    const said = answer[templateId];
    return said === "accept" ? "accept" : said === "ban" ? "ban" : "reject";
  } catch {
    // errCode 20004: the consumer turned subscribe messages off for this mini-program.
    return "ban";
  }
}

/** Asks for one 到货/降价提醒 and records it; returns the toast to show. */
export async function requestDealAlert(
  templateId: string,
  productId: string | null,
  platform = process.env.TARO_ENV,
): Promise<string> {
  const answer = await askWeChat(templateId, platform);
  if (answer === "reject") return "未订阅提醒";
  if (answer === "ban") return "请在小程序设置中允许订阅消息";
  try {
    if (!getToken()) await signIn();
    await subscribeDealAlert(productId, templateId);
    return productId ? "有特惠时会通知您" : "有新特惠时会通知您";
  } catch (caught) {
    return errorText(caught);
  }
}
