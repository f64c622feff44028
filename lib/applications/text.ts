/**
 * What a person typed, made safe to store and compare: well-formed Unicode (a lone surrogate
 * cannot be written to PostgreSQL as UTF-8), NFC (an accent typed two ways is one name), no
 * control characters (NUL is refused by PostgreSQL, others hide text), line ends as "\n" where
 * lines are allowed, trimmed.
 */
export function cleanText(value: string, { multiline = false } = {}): string {
  const wellFormed = value.toWellFormed().normalize("NFC").replace(/\r\n?/g, "\n");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this function's job.
  const controls = multiline ? /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g;
  return wellFormed.replace(controls, multiline ? "" : " ").trim();
}
