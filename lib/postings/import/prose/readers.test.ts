import { describe, expect, it } from "vitest";
import { readProseFacts } from "@/lib/postings/import/prose";
import { splitSentences } from "@/lib/postings/import/prose/sentences";

type Fact = keyof ReturnType<typeof readProseFacts>;

const value = (fact: Fact, body: string) => readProseFacts(body)[fact]?.value ?? null;

/** Each sentence read as the value beside it (free texts: a value containing it). */
function readsAs(fact: Fact, cases: [string, string | boolean][]) {
  it.each(cases)("reads « %s » as %s", (body, expected) => {
    const found = value(fact, body);
    if (typeof expected === "string" && !/^[A-Z_]+$/.test(expected)) expect(found).toContain(expected);
    else expect(found).toBe(expected);
  });
}

/** Each sentence states nothing of that fact. */
function readsNothing(fact: Fact, bodies: string[]) {
  it.each(bodies)(`reads no ${fact} in « %s »`, (body) => {
    expect(value(fact, body)).toBeNull();
  });
}

describe("splitSentences", () => {
  it("cuts paragraphs and list items into sentences, outside code and headings", () => {
    const sentences = splitSentences("# Le poste est basé à Lyon\n\nPremière phrase. Deuxième\nphrase !\n\n- Un item\n```\nCDI\n```\n");
    expect(sentences.map((s) => s.text)).toEqual(["Première phrase.", "Deuxième phrase !", "Un item"]);
  });

  it("joins inclusive forms in the plain text and folds it character for character", () => {
    const [s] = splitSentences("Poste ouvert pour un·e **indépendant·e**.");
    expect(s?.text).toBe("Poste ouvert pour un·e indépendant·e.");
    expect(s?.plain).toBe("Poste ouvert pour une indépendante.");
    expect(s?.folded).toBe("poste ouvert pour une independante.");
  });

  it("keeps a short question with its answer and does not cut before a figure", () => {
    expect(splitSentences("Le salaire ? 45 k€ brut. Env. 3 jours.").map((s) => s.text)).toEqual([
      "Le salaire ? 45 k€ brut.",
      "Env. 3 jours.",
    ]);
  });
});

describe("contract", () => {
  readsAs("contract", [
    ["Poste ouvert pour un·e indépendant·e.", "FREELANCE"],
    ["Vous serez prestataire de la DINUM.", "FREELANCE"],
    ["Intervention en mission auprès des équipes.", "FREELANCE"],
    ["Rémunération au TJM.", "FREELANCE"],
    ["Statut d'indépendant·e ou portage.", "FREELANCE"],
    ["Le poste est ouvert aux prestataires.", "FREELANCE"],
    ["Possible en portage salarial.", "FREELANCE"],
    ["Nous recrutons en CDI.", "PERMANENT"],
    ["Un CDD de 12 mois renouvelable.", "FIXED_TERM"],
    ["Pour un contrat de 3 ans.", "FIXED_TERM"],
    ["Un stage de fin d'études.", "INTERNSHIP"],
    ["En alternance avec votre école.", "APPRENTICESHIP"],
    ["Ouvert aux fonctionnaires et aux contractuel·le·s.", "PUBLIC_SERVANT"],
  ]);

  it("prefers a named contract anywhere over a length or « en mission »", () => {
    expect(value("contract", "Contrat de 3 ans. Poste ouvert aux fonctionnaires par voie de détachement.")).toBe("PUBLIC_SERVANT");
    expect(value("contract", "Contrat de prestation de 6 mois.")).toBe("FREELANCE");
  });

  readsNothing("contract", [
    "La mission de l'équipe est de simplifier les démarches.",
    "Vous travaillerez avec deux développeurs en CDI et une designer freelance.",
    "Notre précédente product owner, en CDI depuis trois ans, change de projet.",
    "Nos prestataires sont choisis sur marché public.",
    "Partir en mission à Lyon de temps en temps.",
    "La CAF verse des prestations sociales.",
    "La CNIL est une autorité administrative indépendante.",
    "Vous travaillerez de manière indépendante.",
    "L'hébergement est géré par un prestataire.",
  ]);
});

describe("duration", () => {
  readsAs("duration", [
    ["Pour un premier contrat de 6 mois.", "6 mois"],
    ["Une mission de 3 mois renouvelable.", "3 mois renouvelable"],
    ["Un CDD de 12 mois renouvelable une fois.", "12 mois renouvelable une fois"],
    ["Le stage, d'une durée de 4 à 6 mois, commence en mars.", "4 à 6 mois"],
    ["En alternance pendant deux ans.", "deux ans"],
    ["Le stage dure 5 mois.", "5 mois"],
  ]);

  readsNothing("duration", ["Vous avez 5 ans d'expérience.", "La mission de l'équipe depuis 3 ans.", "Une période d'essai de 3 mois."]);
});

describe("start", () => {
  readsAs("start", [
    ["Poste à pourvoir dès que possible.", "dès que possible"],
    ["À partir de septembre 2024.", "septembre 2024"],
    ["Prise de poste en janvier.", "janvier"],
    ["Arrivée souhaitée le 3 mars 2025.", "3 mars 2025"],
    ["Démarrage à la rentrée 2025.", "rentrée 2025"],
    ["À partir du mois de mai.", "mai"],
    ["La rentrée de septembre est idéale pour commencer.", "rentrée de septembre"],
  ]);

  readsNothing("start", [
    "Depuis 2019, l'équipe grandit.",
    "Candidatures dès le 15 mars, entretiens début avril.",
    "Créée en septembre 2020.",
  ]);
});

describe("place", () => {
  readsAs("place", [
    ["Vous serez accueilli·e au 20 avenue de Ségur, 75007 Paris.", "20 avenue de Ségur, 75007 Paris"],
    ["📍 Paris", "Paris"],
    ["Nos bureaux, Paris 7e, sont lumineux.", "Paris 7e"],
    ["Au cœur de Paris 13ème.", "Paris 13ème"],
    ["Adresse du service : 75007 Paris.", "75007 Paris"],
    ["Le poste est basé·e à Lyon.", "Lyon"],
    ["Vous travaillerez dans nos locaux de Nantes.", "Nantes"],
    ["Poste basé à Saint-Denis (93).", "Saint-Denis (93)"],
    ["Le poste est basé à La Rochelle, près du port.", "La Rochelle"],
  ]);

  it("prefers the place of work to the cities of trips, and an address to a city", () => {
    expect(value("place", "Le poste est basé à Lyon, avec des déplacements ponctuels à Paris.")).toBe("Lyon");
    expect(value("place", "Basé·e à Paris. Nos locaux : 8 rue de la Beaune, 93100 Montreuil.")).toBe("8 rue de la Beaune, 93100 Montreuil");
  });

  readsNothing("place", [
    "Quelques déplacements ponctuels à Lyon.",
    "Quelques déplacements en région.",
    "L'équipe a été créée à Marseille en 2018.",
    "Née à Paris 13e, la startup a grandi.",
    "Envoyez votre dossier par courrier au 34 cours Léopold, 54000 Nancy.",
    "Nous rencontrons des entreprises à Metz, Nancy et Reims.",
    "Un budget de 50000 € par an.",
    "Le poste est basé sur des données ouvertes.",
    "Le poste est basé à Saint-Denis.",
  ]);
});

describe("remote", () => {
  readsAs("remote", [
    ["Télétravail partiel.", "PARTIAL"],
    ["2 jours de télétravail par semaine.", "PARTIAL"],
    ["Le télétravail est possible.", "PARTIAL"],
    ["En présentiel trois jours par semaine.", "PARTIAL"],
    ["Pas de télétravail le lundi ; télétravail possible le reste de la semaine.", "PARTIAL"],
    ["Télétravail complet.", "FULL"],
    ["100 % télétravail.", "FULL"],
    ["Nous sommes full remote.", "FULL"],
    ["Une équipe remote-first.", "FULL"],
    ["Une équipe entièrement à distance.", "FULL"],
    ["Deux jours par semaine à Lyon, le reste en télétravail.", "PARTIAL"],
    ["Pas de télétravail.", "NONE"],
    ["Sur site uniquement.", "NONE"],
    ["Le poste ne permet pas le télétravail.", "NONE"],
  ]);

  readsNothing("remote", [
    "Le télétravail fait partie de notre culture.",
    "Nos outils de travail à distance sont libres.",
    "Un cloud hybride.",
    "Les usagers font leurs démarches entièrement à distance.",
  ]);
});

describe("pay", () => {
  readsAs("pay", [
    ["TJM entre 450 et 600 € selon profil.", "TJM entre 450 et 600 €"],
    ["Entre 45 et 55 k€ brut annuel.", "Entre 45 et 55 k€ brut annuel"],
    ["Rémunération selon la grille de la fonction publique.", "selon la grille de la fonction publique"],
    ["Gratification légale de stage.", "Gratification légale de stage"],
    ["Un salaire de 3 000 € net par mois.", "salaire de 3 000 € net par mois"],
    ["Ton TJM ? Entre 500 et 620 €.", "500 et 620 €"],
  ]);

  readsNothing("pay", ["Nous avons levé 2 M€ en 2024.", "Un budget de 300 000 € pour 2025.", "Nous avons économisé 40 000 € aux usagers."]);
});

describe("juniors", () => {
  readsAs("juniors", [
    ["Débutant·e·s bienvenu·e·s !", true],
    ["Poste ouvert aux profils juniors.", true],
    ["Première expérience acceptée.", true],
    ["Aucune expérience n'est requise.", true],
    ["5 ans d'expérience minimum.", false],
    ["Vous justifiez d'au moins 3 ans d'expérience.", false],
    ["Profil senior attendu.", false],
    ["Le profil recherché est senior.", false],
    ["Juniors s'abstenir.", false],
  ]);

  readsNothing("juniors", [
    "L'équipe a 10 ans d'expérience cumulée.",
    "Nos profils seniors vous accompagneront.",
    "Vous avez 2 ans d'expérience ?",
  ]);
});

describe("remarks", () => {
  it("keep the words a fact was read in, as written, whole words when shortened", () => {
    expect(readProseFacts("Poste ouvert pour un·e indépendant·e.").contract).toEqual({
      value: "FREELANCE",
      words: "Poste ouvert pour un·e indépendant·e.",
    });
    const long = `${"Une phrase d'introduction sur l'équipe et ses usagers, ".repeat(3)}le poste est en CDI, ${"avec une équipe soudée et des rituels partagés chaque semaine, ".repeat(2)}voilà.`;
    const words = readProseFacts(long).contract?.words ?? "";
    expect(words).toMatch(/^…\S.*\S…$/u);
    expect(words).toContain("le poste est en CDI");
    expect(words.length).toBeLessThanOrEqual(162);
  });
});
