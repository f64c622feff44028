"use client";
import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { usePathname } from "next/navigation";

type Entry = { text: string; href: string };

/** The admin area's sections; the current one is marked for assistive technologies too. */
export function AdminMenu({ entries }: { entries: Entry[] }) {
  const pathname = usePathname();
  const current = entries
    .filter((e) => pathname === e.href || pathname.startsWith(`${e.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <SideMenu
      align="left"
      burgerMenuButtonText="Menu de l'espace recruteurs"
      title="Espace recruteurs"
      items={entries.map((e) => ({ text: e.text, linkProps: { href: e.href }, isActive: e === current }))}
    />
  );
}
