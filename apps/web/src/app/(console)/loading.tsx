import { LoadingState } from "~/components/query-state";

export default function ConsoleLoading() {
  return <LoadingState />;
}
