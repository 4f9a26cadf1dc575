/**
 * The editor's UI. None of it exists in a time-driven trigger (getUi() throws there), and an add-on cannot open
 * a sidebar from a simple trigger: callers use these only from menu items and the sidebar.
 */
export interface MenuItem {
  caption: string;
  functionName: string;
}

export function addAddonMenu(items: (MenuItem | null)[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function showSidebar(file: string, title: string): void {
  const page = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showDialog(file: string, title: string, width = 480, height = 620): void {
  const page = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(page, title);
}

export function showHtmlDialog(html: string, title: string, width = 520, height = 480): void {
  const page = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(page, title);
}

/** Tells the user something; silently skipped where no UI exists (a trigger), since the result is also returned. */
export function tell(message: string, title = 'OLAP'): void {
  try {
    const ui = SpreadsheetApp.getUi();
    if (ui.ButtonSet) ui.alert(title, message, ui.ButtonSet.OK);
    else ui.alert(`${title}\n\n${message}`);
  } catch {
    // No UI in this execution (time-driven trigger or test harness): the caller's return value carries the message.
  }
}
