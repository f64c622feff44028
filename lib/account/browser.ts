import Bowser from "bowser";

/** "Firefox 133 sur Linux", "Safari 17 sur iOS (mobile)": what a person recognises of their own sessions. */
export function browserLabel(userAgent: string | null): string {
  if (!userAgent) return "Navigateur inconnu";
  const { browser, os, platform } = Bowser.parse(userAgent);
  const name = browser.name ? `${browser.name}${browser.version ? ` ${browser.version.split(".")[0]}` : ""}` : "Navigateur inconnu";
  const system = os.name ? ` sur ${os.name}` : "";
  const kind = platform.type === "mobile" ? " (mobile)" : platform.type === "tablet" ? " (tablette)" : "";
  return `${name}${system}${kind}`;
}
