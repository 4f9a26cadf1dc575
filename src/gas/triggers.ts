/** Installable triggers. Add-ons get one time-driven trigger per user per document, at most hourly. */
export interface Triggers {
  hasHandler(functionName: string): boolean;
  installHourly(functionName: string): void;
  removeHandler(functionName: string): number;
  authorizationRequired(): boolean;
}

export function scriptTriggers(): Triggers {
  return {
    hasHandler: (name) => ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === name),
    installHourly(name) {
      ScriptApp.newTrigger(name).timeBased().everyHours(1).create();
    },
    removeHandler(name) {
      let removed = 0;
      for (const trigger of ScriptApp.getProjectTriggers()) {
        if (trigger.getHandlerFunction() === name) {
          ScriptApp.deleteTrigger(trigger);
          removed++;
        }
      }
      return removed;
    },
    authorizationRequired() {
      const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
    },
  };
}
