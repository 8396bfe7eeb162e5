import { DingTalkRobot } from "./dingtalk";
import type { GroupRobot, RobotConfig, RobotOptions } from "./types";
import { WeComRobot } from "./wecom";

/** The robot for a tenant's stored channel config. */
export function createRobot(config: RobotConfig, options: RobotOptions = {}): GroupRobot {
  switch (config.kind) {
    case "WECOM":
      return new WeComRobot(config, options);
    case "DINGTALK":
      return new DingTalkRobot(config, options);
  }
}
