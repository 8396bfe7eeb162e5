import { Button } from "@tarojs/components";
import Taro from "@tarojs/taro";
import { useEffect, useState } from "react";
import { dealAlertTemplate, requestDealAlert } from "../lib/deal-alert";

interface Props {
  /** The product to be told about; null: any new deal of the store. */
  productId: string | null;
  label: string;
  className?: string;
}

/** "提醒我": shown only when the merchant offers deal alerts; one tap = one accepted message. */
export function DealAlertButton({ productId, label, className }: Props) {
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dealAlertTemplate().then(setTemplateId);
  }, []);

  if (!templateId) return null;
  const tap = async () => {
    setBusy(true);
    const said = await requestDealAlert(templateId, productId);
    setBusy(false);
    Taro.showToast({ title: said, icon: "none" });
  };
  return (
    <Button
      className={className}
      size="mini"
      loading={busy}
      disabled={busy}
      onClick={tap}
      data-testid="deal-alert"
    >
      {label}
    </Button>
  );
}
