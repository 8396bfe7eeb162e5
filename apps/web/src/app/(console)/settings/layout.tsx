import type { ReactNode } from "react";
import { SettingsNav } from "./settings-nav";

/** Settings pages share a side menu, so the top menu keeps one entry for all of them. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="md:w-40 md:shrink-0">
        <SettingsNav />
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
