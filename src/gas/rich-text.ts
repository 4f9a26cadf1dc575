/** A cell's text with an optional link: Sheets' rich text value (what « Insérer un lien » makes). */
export interface Link {
  text: string;
  url: string;
}

export function richLink({ text, url }: Link): GoogleAppsScript.Spreadsheet.RichTextValue {
  const builder = SpreadsheetApp.newRichTextValue().setText(text);
  return (url && text ? builder.setLinkUrl(url) : builder).build();
}
