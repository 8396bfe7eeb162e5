// A stand-in for @tarojs/taro in unit tests: storage in memory, requests answered by `routes`, and the
// page lifecycle hooks run like a page shown once. Use with `vi.mock("@tarojs/taro", () => import("../../test/taro"))`.
import { useEffect, useRef } from "react";
import { vi } from "vitest";

export interface FakeResponse {
  statusCode: number;
  data: unknown;
}
type Handler = (request: {
  url: string;
  method: string;
  data?: unknown;
  header: Record<string, string>;
}) => FakeResponse | Promise<FakeResponse>;

export const storage = new Map<string, unknown>();
export const router = { params: {} as Record<string, string | undefined> };
export const routes: { handler: Handler } = { handler: () => ({ statusCode: 404, data: null }) };

export const request = vi.fn((options: Parameters<Handler>[0]) => Promise.resolve(routes.handler(options)));

const Taro = {
  request,
  getStorageSync: (key: string) => storage.get(key) ?? "",
  setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
  removeStorageSync: (key: string) => void storage.delete(key),
  login: vi.fn(async () => ({ code: "wx-code", errMsg: "login:ok" })),
  requestSubscribeMessage: vi.fn(async (_: { tmplIds: string[] }): Promise<Record<string, string>> => ({})),
  showToast: vi.fn(),
  showModal: vi.fn(),
  navigateTo: vi.fn(),
  switchTab: vi.fn(),
  stopPullDownRefresh: vi.fn(),
};

export default Taro;
export const useRouter = () => router;
export const useDidShow = (callback: () => void) => {
  // Once, like a page shown once: the page passes a new closure every render.
  const first = useRef(callback);
  useEffect(() => first.current(), []);
};
export const usePullDownRefresh = vi.fn();
export const useReachBottom = vi.fn();

/** Resets storage, routes and mocks between tests. */
export function resetTaro() {
  storage.clear();
  router.params = {};
  routes.handler = () => ({ statusCode: 404, data: null });
  vi.clearAllMocks();
}

export const ok = (data: unknown, statusCode = 200): FakeResponse => ({ statusCode, data });
