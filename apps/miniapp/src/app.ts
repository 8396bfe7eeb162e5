import "./app.css";
import type { PropsWithChildren } from "react";

// Taro renders the current page as `children`; the app shell itself draws nothing.
export default function App({ children }: PropsWithChildren) {
  return children;
}
