/** What lifting the anonymity does, the same in the modal and on the page that confirms without JavaScript. */
export function RevealExplanation() {
  return (
    <p>
      L'offre est lue à l'aveugle : cette candidature est anonyme jusqu'à l'entretien. Si vous levez l'anonymat, toute l'équipe verra le
      nom, les coordonnées, les liens et le fichier du CV de la personne, et ne pourra plus les masquer. Le journal gardera la trace de
      votre décision.
    </p>
  );
}
