import { redirect } from "next/navigation";

/** 设置 opens on the first settings page every role may see. */
export default function SettingsPage() {
  redirect("/settings/warehouses");
}
