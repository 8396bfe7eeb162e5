import { Button, Text, View } from "@tarojs/components";
import "./state-view.css";

interface Props {
  state: "loading" | "empty" | "error";
  /** What to say: the empty or error message. */
  message?: string;
  onRetry?: () => void;
}

/** The loading, empty and error states every page shows in place of its content. */
export function StateView({ state, message, onRetry }: Props) {
  return (
    <View className={`state state--${state}`} role={state === "error" ? "alert" : "status"}>
      <Text className="state__text">{state === "loading" ? "加载中…" : message}</Text>
      {state === "error" && onRetry ? (
        <Button className="state__retry" size="mini" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
