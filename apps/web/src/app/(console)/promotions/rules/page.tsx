import { RulesView } from "./rules-view";

export default function PromotionRulesPage() {
  return <RulesView />;
}
