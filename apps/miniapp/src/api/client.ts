import Taro from "@tarojs/taro";

/** Where the storefront lives: set at build time (config/index.ts → defineConstants). */
const BASE = `${API_BASE}/api/storefront/v1/${encodeURIComponent(STOREFRONT_TENANT)}/`;
const TOKEN_KEY = "shelfloop.session";

/** A refused or failed call, with a message fit to show the shopper. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function getToken(): string | null {
  const saved = (Taro.getStorageSync(TOKEN_KEY) || null) as { token?: string; expiresAt?: string } | null;
  if (!saved?.token || !saved.expiresAt) return null;
  return Date.parse(saved.expiresAt) > Date.now() ? saved.token : null;
}

export function saveToken(session: { token: string; expiresAt: string } | null) {
  if (session) Taro.setStorageSync(TOKEN_KEY, session);
  else Taro.removeStorageSync(TOKEN_KEY);
}

const FALLBACK: Record<number, string> = {
  400: "请求有误，请稍后再试",
  401: "请先登录",
  404: "内容不存在或已下架",
  409: "操作冲突，请刷新后再试",
  429: "操作太频繁，请稍后再试",
};

function messageOf(status: number, data: unknown): string {
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message === "string" && message) return message;
  return FALLBACK[status] ?? `服务暂时不可用（${status}），请稍后再试`;
}

/** One storefront call: JSON in and out, the session's bearer token when there is one. */
export async function request<T>(method: "GET" | "POST", path: string, data?: object): Promise<T> {
  const token = getToken();
  const header: Record<string, string> = { "content-type": "application/json" };
  if (token) header.authorization = `Bearer ${token}`;
  let response: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>;
  try {
    response = await Taro.request({ url: BASE + path, method, data, header, dataType: "json" });
  } catch {
    throw new ApiError(0, "网络不给力，请检查网络后重试");
  }
  const { statusCode, data: body } = response;
  if (statusCode >= 200 && statusCode < 300) return body as T;
  if (statusCode === 401) saveToken(null);
  throw new ApiError(statusCode, messageOf(statusCode, body));
}

/** A query string from the set values (Taro.request would also send undefined ones on some platforms). */
export function query(params: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join("&")}` : "";
}

/** The message to show for anything thrown by a call. */
export const errorText = (error: unknown) =>
  error instanceof ApiError ? error.message : "出错了，请稍后再试";
