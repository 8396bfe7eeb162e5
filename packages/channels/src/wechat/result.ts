import { type ChannelFailure, channelFailure as fail } from "../http/failure";

const RELOGIN = "登录凭证无效或已使用，请重新进入小程序";

/**
 * jscode2session errcodes. The messages are for the consumer in the mini-program; the ones that can only
 * be fixed by the merchant say so.
 */
export function classifyWeChatLoginError(errcode: number, errmsg: string): ChannelFailure {
  switch (errcode) {
    // 40029 invalid code; 40163 is what WeChat actually answers for a code used twice; 41008 missing code.
    case 40029:
    case 40163:
    case 41008:
      return fail(false, errcode, errmsg, RELOGIN);
    case 45011:
      return fail(true, errcode, errmsg, "登录请求太频繁，请稍后再试");
    case 40226:
      return fail(false, errcode, errmsg, "该微信账号存在安全风险，暂时无法登录");
    case -1:
      return fail(true, errcode, errmsg, "微信系统繁忙，请稍后再试");
    // invalid appid / invalid appsecret: the tenant's mini-program settings are wrong.
    case 40013:
    case 40125:
      return fail(false, errcode, errmsg, "小程序登录配置有误（AppID 或 AppSecret），请联系商家");
    default:
      return fail(false, errcode, errmsg, `微信登录失败（错误 ${errcode}），请重新进入小程序`);
  }
}
