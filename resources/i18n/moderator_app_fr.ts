<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Moderator workstation</source>
        <translation>À propos du poste de modération</translation>
    </message>
    <message>
        <source>Moderator workstation %1</source>
        <translation>Poste de modération %1</translation>
    </message>
    <message>
        <source>Offline-first review of marketplace listings. Photos are pre-screened on this computer with the models below; their licences apply to the model files.</source>
        <translation>Modération d&apos;annonces qui fonctionne hors ligne. Les photos sont pré-analysées sur cet ordinateur avec les modèles ci-dessous ; leurs licences s&apos;appliquent aux fichiers des modèles.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Uphold on appeal</source>
        <translation>Maintenir en appel</translation>
    </message>
    <message>
        <source>Reverse on appeal</source>
        <translation>Infirmer en appel</translation>
    </message>
</context>
<context>
    <name>AppealColumn</name>
    <message>
        <source>The appeal</source>
        <translation>La réclamation</translation>
    </message>
    <message>
        <source>Decision under appeal</source>
        <translation>Décision contestée</translation>
    </message>
    <message>
        <source>Its statement of reasons</source>
        <translation>Son exposé des motifs</translation>
    </message>
    <message>
        <source>the seller</source>
        <translation>le vendeur</translation>
    </message>
    <message>
        <source>the notifier</source>
        <translation>l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>échéance dans %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>From %1, received %2 ago · %3</source>
        <translation>De %1, reçue il y a %2 · %3</translation>
    </message>
    <message>
        <source>Decided %1 · %2</source>
        <translation>Décidée le %1 · %2</translation>
    </message>
    <message>
        <source>None: the decision restricted nothing.</source>
        <translation>Aucun : la décision n&apos;a rien restreint.</translation>
    </message>
    <message>
        <source>Reply to the appellant if you uphold</source>
        <translation>Réponse au réclamant si vous maintenez</translation>
    </message>
    <message>
        <source>Reply to the appellant if you reverse</source>
        <translation>Réponse au réclamant si vous annulez</translation>
    </message>
</context>
<context>
    <name>AppealFlow</name>
    <message>
        <source>Reversing an approval removes the listing: choose at least one reason, then Enter.</source>
        <translation>Annuler une approbation retire l&apos;annonce : choisissez au moins un motif, puis Entrée.</translation>
    </message>
    <message>
        <source>No reason codes are available to reverse this approval.</source>
        <translation>Aucun motif disponible pour annuler cette approbation.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. The outcome is kept as confirmed; Enter sends it again.</source>
        <translation>Non envoyé : le serveur est injoignable. L&apos;issue reste confirmée ; Entrée l&apos;envoie à nouveau.</translation>
    </message>
    <message>
        <source>Outcome recorded. Next appeal…</source>
        <translation>Issue enregistrée. Réclamation suivante…</translation>
    </message>
    <message>
        <source>Uphold the decision</source>
        <translation>Maintenir la décision</translation>
    </message>
    <message>
        <source>Reverse the decision (then reasons, for an approval)</source>
        <translation>Annuler la décision (puis les motifs, pour une approbation)</translation>
    </message>
    <message>
        <source>Write the reply to the appellant</source>
        <translation>Écrire la réponse au réclamant</translation>
    </message>
    <message>
        <source>Send the outcome (or send it again)</source>
        <translation>Envoyer l&apos;issue (ou l&apos;envoyer à nouveau)</translation>
    </message>
    <message>
        <source>Back: leave the reasons or the reply</source>
        <translation>Retour : quitter les motifs ou la réponse</translation>
    </message>
    <message>
        <source>Give the appeal back to the queue</source>
        <translation>Rendre la réclamation à la file</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Afficher ces raccourcis</translation>
    </message>
</context>
<context>
    <name>AppealScreen</name>
    <message>
        <source>Photo not available</source>
        <translation>Photo indisponible</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Uphold   U</source>
        <translation>Maintenir   U</translation>
    </message>
    <message>
        <source>Reverse   R</source>
        <translation>Annuler   R</translation>
    </message>
    <message>
        <source>Give back   S</source>
        <translation>Rendre   S</translation>
    </message>
    <message>
        <source>Send   ↵</source>
        <translation>Envoyer   ↵</translation>
    </message>
    <message>
        <source>Your reasons, added to the reply (M)</source>
        <translation>Vos raisons, ajoutées à la réponse (M)</translation>
    </message>
    <message>
        <source>No appeal could be claimed: %1</source>
        <translation>Aucune réclamation n&apos;a pu être prise : %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>The server refused the outcome: %1</source>
        <translation>Le serveur a refusé l&apos;issue : %1</translation>
    </message>
    <message>
        <source>Reasons, when reversing an approval</source>
        <translation>Motifs, pour annuler une approbation</translation>
    </message>
    <message>
        <source>Reveal a blurred photo</source>
        <translation>Dévoiler une photo floutée</translation>
    </message>
    <message>
        <source>Appeals are decided by a person, never by the moderator who took the decision.</source>
        <translation>Les réclamations sont tranchées par une personne, jamais par le modérateur qui a pris la décision.</translation>
    </message>
    <message>
        <source>Appeal shortcuts</source>
        <translation>Raccourcis des réclamations</translation>
    </message>
    <message>
        <source>Claiming the next appeal…</source>
        <translation>Prise de la réclamation suivante…</translation>
    </message>
    <message>
        <source>No appeal is waiting for you.
Press Enter to look again.</source>
        <translation>Aucune réclamation ne vous attend.
Appuyez sur Entrée pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Appeal %1 · decision %2</source>
        <translation>Réclamation %1 · décision %2</translation>
    </message>
    <message>
        <source>Read the appeal and the decision: U upholds it, R reverses it.</source>
        <translation>Lisez la réclamation et la décision : U la maintient, R l&apos;annule.</translation>
    </message>
    <message>
        <source>Reversing an approval removes the listing: choose the reasons (1–9), then Enter.</source>
        <translation>Annuler une approbation retire l&apos;annonce : choisissez les motifs (1–9), puis Entrée.</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: M adds your reasons to the reply, Enter sends, Esc goes back.</source>
        <translation>%1 : M ajoute vos raisons à la réponse, Entrée envoie, Échap revient.</translation>
    </message>
    <message>
        <source>Sending the outcome…</source>
        <translation>Envoi de l&apos;issue…</translation>
    </message>
</context>
<context>
    <name>AppealsPanel</name>
    <message>
        <source>Appeals and reversals on appeal, with the 95% interval</source>
        <translation>Réclamations et annulations sur réclamation, avec l&apos;intervalle à 95 %</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>A decision reversed on appeal counts as an error in the error rates</source>
        <translation>Une décision annulée sur réclamation compte comme une erreur dans les taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Notifiers flagged for manifestly unfounded notices</source>
        <translation>Auteurs de signalements manifestement infondés</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reason, as given in the prior warning</source>
        <translation>Motif, tel qu&apos;indiqué dans l&apos;avertissement préalable</translation>
    </message>
    <message>
        <source>Suspend the notices</source>
        <translation>Suspendre les signalements</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>Lever la suspension</translation>
    </message>
    <message>
        <source>Appeal rate: appeals filed against the group&apos;s decisions. Reversal rate: reversals among the appeals decided; with few decided appeals the interval is wide. Decisions taken on appeal are not counted.</source>
        <translation>Taux de réclamation : réclamations déposées contre les décisions du groupe. Taux d&apos;annulation : annulations parmi les réclamations tranchées ; avec peu de réclamations tranchées, l&apos;intervalle est large. Les décisions prises sur réclamation ne sont pas comptées.</translation>
    </message>
    <message>
        <source>The appeal figures could not be loaded: %1</source>
        <translation>Les chiffres des réclamations n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation>Aucune décision sur cette période.</translation>
    </message>
    <message>
        <source>No notifier is flagged.</source>
        <translation>Aucun auteur de signalement n&apos;est signalé.</translation>
    </message>
    <message>
        <source>Flagged: at least %1 manifestly unfounded notices in the last %2 days. A user&apos;s notices may be suspended for a time after a warning (Art. 23); trusted flaggers cannot be.</source>
        <translation>Signalé : au moins %1 signalements manifestement infondés sur les %2 derniers jours. Les signalements d&apos;un utilisateur peuvent être suspendus un temps après un avertissement (art. 23) ; pas ceux des signaleurs de confiance.</translation>
    </message>
    <message>
        <source>Notices suspended.</source>
        <translation>Signalements suspendus.</translation>
    </message>
    <message>
        <source>Not suspended: %1</source>
        <translation>Non suspendu : %1</translation>
    </message>
    <message>
        <source>Suspension lifted.</source>
        <translation>Suspension levée.</translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation>Non levée : %1</translation>
    </message>
    <message>
        <source>Setting saved: the error rates are computed again.</source>
        <translation>Réglage enregistré : les taux d&apos;erreur sont recalculés.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le réglage n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>AuditFlow</name>
    <message>
        <source>Blind decision: approve</source>
        <translation>Décision à l&apos;aveugle : valider</translation>
    </message>
    <message>
        <source>Blind decision: reject, then 1–9 and Enter</source>
        <translation>Décision à l&apos;aveugle : refuser, puis 1–9 et Entrée</translation>
    </message>
    <message>
        <source>Blind decision: escalate</source>
        <translation>Décision à l&apos;aveugle : escalader</translation>
    </message>
    <message>
        <source>Verdict: agree with the moderator</source>
        <translation>Verdict : d&apos;accord avec le modérateur</translation>
    </message>
    <message>
        <source>Verdict: disagree</source>
        <translation>Verdict : pas d&apos;accord</translation>
    </message>
    <message>
        <source>Severity: critical, major, minor</source>
        <translation>Gravité : critique, majeure, mineure</translation>
    </message>
    <message>
        <source>After the reveal: the correct decision</source>
        <translation>Après la révélation : la bonne décision</translation>
    </message>
    <message>
        <source>Write the comment</source>
        <translation>Écrire le commentaire</translation>
    </message>
    <message>
        <source>Submit the verdict and open the next sample</source>
        <translation>Envoyer le verdict et ouvrir l&apos;échantillon suivant</translation>
    </message>
    <message>
        <source>Give the sample back and open the next</source>
        <translation>Rendre l&apos;échantillon et ouvrir le suivant</translation>
    </message>
    <message>
        <source>Back: leave the reasons or the comment</source>
        <translation>Retour : quitter les motifs ou le commentaire</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Afficher ces raccourcis</translation>
    </message>
    <message>
        <source>Press Y to agree or D to disagree first.</source>
        <translation>Appuyez d&apos;abord sur Y (d&apos;accord) ou sur D (pas d&apos;accord).</translation>
    </message>
    <message>
        <source>Choose a severity: 1 critical, 2 major, 3 minor.</source>
        <translation>Choisissez une gravité : 1 critique, 2 majeure, 3 mineure.</translation>
    </message>
    <message>
        <source>This verdict contradicts the decisions: press Y or D again.</source>
        <translation>Ce verdict contredit les décisions : appuyez de nouveau sur Y ou D.</translation>
    </message>
    <message>
        <source>The blind decision is recorded: finish the verdict.</source>
        <translation>La décision à l&apos;aveugle est enregistrée : terminez le verdict.</translation>
    </message>
    <message>
        <source>Decide first: the original decision is revealed after yours.</source>
        <translation>Décidez d&apos;abord : la décision d&apos;origine s&apos;affiche après la vôtre.</translation>
    </message>
    <message>
        <source>Choose at least one reason (1–9), then Enter.</source>
        <translation>Choisissez au moins un motif (1–9), puis Entrée.</translation>
    </message>
    <message>
        <source>Calibration items cannot be skipped.</source>
        <translation>Les éléments de calibrage ne peuvent pas être passés.</translation>
    </message>
    <message>
        <source>Name the correct decision: A, R or E.</source>
        <translation>Indiquez la bonne décision : A, R ou E.</translation>
    </message>
    <message>
        <source>Severity applies to a disagreement: press D first.</source>
        <translation>La gravité concerne un désaccord : appuyez d&apos;abord sur D.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Photo not available</source>
        <translation>Photo indisponible</translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation>Audit qualité</translation>
    </message>
    <message>
        <source>QA samples, any queue</source>
        <translation>Échantillons d&apos;audit, toutes files</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Calibration: %1 (%2 left)</source>
        <translation>Calibrage : %1 (%2 restants)</translation>
    </message>
    <message>
        <source>No sample could be claimed: %1</source>
        <translation>Impossible de réserver un échantillon : %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>This sample&apos;s lease ran out (%1); it was claimed again.</source>
        <translation>La réservation de cet échantillon a expiré (%1) ; il a été réservé à nouveau.</translation>
    </message>
    <message>
        <source>Audit recorded. Next sample…</source>
        <translation>Audit enregistré. Échantillon suivant…</translation>
    </message>
    <message>
        <source>Claiming the next sample…</source>
        <translation>Réservation de l&apos;échantillon suivant…</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.
Press Enter to look again.</source>
        <translation>Rien n&apos;attend de relecture.
Appuyez sur Entrée pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>This calibration set is done. Thank you.</source>
        <translation>Cette série de calibrage est terminée. Merci.</translation>
    </message>
    <message>
        <source>Press Enter to claim a sample.</source>
        <translation>Appuyez sur Entrée pour réserver un échantillon.</translation>
    </message>
    <message>
        <source>Calibration item %1 of %2</source>
        <translation>Élément de calibrage %1 sur %2</translation>
    </message>
    <message>
        <source>Sample %1 · queue %2</source>
        <translation>Échantillon %1 · file %2</translation>
    </message>
    <message>
        <source>Comment for the moderator (%1)</source>
        <translation>Commentaire pour le modérateur (%1)</translation>
    </message>
    <message>
        <source>Comment for the moderator</source>
        <translation>Commentaire pour le modérateur</translation>
    </message>
</context>
<context>
    <name>AuditShortcutSheet</name>
    <message>
        <source>Audit shortcuts</source>
        <translation>Raccourcis de l&apos;audit</translation>
    </message>
    <message>
        <source>Same keys as the review screen where the meaning is the same. V reveals a blurred photo.</source>
        <translation>Mêmes touches que l&apos;écran de modération quand le sens est le même. V affiche une photo floutée.</translation>
    </message>
</context>
<context>
    <name>AuditorsPanel</name>
    <message>
        <source>Auditors: volume, speed, findings and overturns</source>
        <translation>Auditeurs : volume, rapidité, erreurs relevées et annulations</translation>
    </message>
    <message>
        <source>Reviewer agreement on calibration sets</source>
        <translation>Accord entre relecteurs sur les séries de calibrage</translation>
    </message>
    <message>
        <source>Overturned: findings a lead overturned on dispute (the auditor was wrong). Changed after reveal: the correct decision differs from the auditor&apos;s own blind one. Agreement and Cohen&apos;s κ come from calibration sets answered in this range.</source>
        <translation>Annulées : erreurs relevées qu&apos;un chef d&apos;équipe a annulées après contestation (l&apos;auditeur s&apos;était trompé). Changée après révélation : la bonne décision diffère de la décision à l&apos;aveugle de l&apos;auditeur. L&apos;accord et le κ de Cohen viennent des séries de calibrage répondues sur cette période.</translation>
    </message>
    <message>
        <source>The auditor figures could not be loaded: %1</source>
        <translation>Les chiffres des auditeurs n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No audits in this range.</source>
        <translation>Aucun audit sur cette période.</translation>
    </message>
    <message>
        <source>No calibration answers in this range.</source>
        <translation>Aucune réponse de calibrage sur cette période.</translation>
    </message>
</context>
<context>
    <name>BidiControl</name>
    <message>
        <source>Direction override: the text after it is displayed reversed, so what you read is not what is written (a trick to disguise file names, links and words).</source>
        <translation>Inversion du sens d&apos;écriture : le texte qui suit s&apos;affiche à l&apos;envers, ce que vous lisez n&apos;est pas ce qui est écrit (une ruse pour maquiller noms de fichiers, liens et mots).</translation>
    </message>
    <message>
        <source>Direction embedding: an invisible character that reorders how the text after it is displayed.</source>
        <translation>Incorporation de direction : un caractère invisible qui réordonne l&apos;affichage du texte qui suit.</translation>
    </message>
    <message>
        <source>Direction isolate: an invisible character that reorders how the text after it is displayed.</source>
        <translation>Isolat de direction : un caractère invisible qui réordonne l&apos;affichage du texte qui suit.</translation>
    </message>
    <message>
        <source>Invisible direction control with nothing to close.</source>
        <translation>Caractère de direction invisible qui ne ferme rien.</translation>
    </message>
    <message>
        <source>Invisible direction mark inside a word: it splits the word for filters and can reorder letters.</source>
        <translation>Marque de direction invisible au milieu d&apos;un mot : elle coupe le mot pour les filtres et peut réordonner les lettres.</translation>
    </message>
</context>
<context>
    <name>CalibrationPanel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Name, e.g. Counterfeits week 48</source>
        <translation>Nom, p. ex. Contrefaçons sem. 48</translation>
    </message>
    <message>
        <source>Listing ids, comma-separated</source>
        <translation>Identifiants d&apos;annonces, séparés par des virgules</translation>
    </message>
    <message>
        <source>Reviewers (usernames), comma-separated</source>
        <translation>Relecteurs (identifiants), séparés par des virgules</translation>
    </message>
    <message>
        <source>Create set</source>
        <translation>Créer la série</translation>
    </message>
    <message>
        <source>Calibration sets (Enter: report)</source>
        <translation>Séries de calibrage (Entrée : rapport)</translation>
    </message>
    <message>
        <source>Items, most disagreement first</source>
        <translation>Éléments, les plus discutés d&apos;abord</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Pairs (Cohen&apos;s κ)</source>
        <translation>Paires (κ de Cohen)</translation>
    </message>
    <message>
        <source>No calibration sets yet.</source>
        <translation>Aucune série de calibrage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A set needs a name, at least one listing and at least two reviewers.</source>
        <translation>Une série demande un nom, au moins une annonce et au moins deux relecteurs.</translation>
    </message>
    <message>
        <source>Calibration set “%1” created.</source>
        <translation>Série de calibrage « %1 » créée.</translation>
    </message>
    <message>
        <source>%1 — Fleiss&apos; κ %2 · agreement %3</source>
        <translation>%1 — κ de Fleiss %2 · accord %3</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun élément.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Animal welfare</source>
        <translation>Bien-être animal</translation>
    </message>
    <message>
        <source>Consumer information</source>
        <translation>Information des consommateurs</translation>
    </message>
    <message>
        <source>Cyber violence</source>
        <translation>Cyberviolence</translation>
    </message>
    <message>
        <source>Cyber violence against women</source>
        <translation>Cyberviolence envers les femmes</translation>
    </message>
    <message>
        <source>Data protection and privacy</source>
        <translation>Protection des données et vie privée</translation>
    </message>
    <message>
        <source>Illegal or harmful speech</source>
        <translation>Propos illicites ou préjudiciables</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Propriété intellectuelle</translation>
    </message>
    <message>
        <source>Civic discourse or elections</source>
        <translation>Débat civique ou élections</translation>
    </message>
    <message>
        <source>Not specified by the notifier</source>
        <translation>Non précisé par l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Non-consensual behaviour</source>
        <translation>Comportement non consenti</translation>
    </message>
    <message>
        <source>Bullying or intimidation</source>
        <translation>Harcèlement ou intimidation</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Contenu sexuel</translation>
    </message>
    <message>
        <source>Protection of minors</source>
        <translation>Protection des mineurs</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Sécurité publique</translation>
    </message>
    <message>
        <source>Scams and fraud</source>
        <translation>Escroqueries et fraude</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Automutilation</translation>
    </message>
    <message>
        <source>Outside the platform&apos;s scope</source>
        <translation>Hors du champ de la plateforme</translation>
    </message>
    <message>
        <source>Unsafe or prohibited products</source>
        <translation>Produits dangereux ou interdits</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Other breach of the terms</source>
        <translation>Autre manquement aux conditions</translation>
    </message>
</context>
<context>
    <name>ClusterDesk</name>
    <message>
        <source>This listing is not part of a cluster.</source>
        <translation>Cette annonce ne fait partie d&apos;aucun groupe.</translation>
    </message>
    <message>
        <source>This listing is no longer on your desk.</source>
        <translation>Cette annonce n&apos;est plus sur votre poste.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this cluster&apos;s members were not fetched yet: open it again when the connection returns.</source>
        <translation>Le serveur est injoignable et les membres de ce groupe n&apos;ont pas encore été téléchargés : rouvrez-le quand la connexion reviendra.</translation>
    </message>
    <message>
        <source>This cluster no longer exists: its listings were decided or it was rebuilt.</source>
        <translation>Ce groupe n&apos;existe plus : ses annonces ont été décidées ou il a été recalculé.</translation>
    </message>
</context>
<context>
    <name>ClusterReview</name>
    <message>
        <source>Every member is excluded or unavailable: there is nothing to decide.</source>
        <translation>Tous les membres sont exclus ou indisponibles : il n&apos;y a rien à décider.</translation>
    </message>
    <message>
        <source>Your role may decide up to {limit} listings at once: exclude {over} more, or decide them one by one.</source>
        <translation>Votre rôle permet de décider jusqu&apos;à {limit} annonces à la fois : excluez-en encore {over}, ou décidez-les une par une.</translation>
    </message>
    <message>
        <source>This cluster can only be looked at here: {reason}</source>
        <translation>Ce groupe ne peut qu&apos;être consulté ici : {reason}</translation>
    </message>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation>Choisissez au moins un motif : appuyez sur son numéro, puis sur Entrée.</translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation>Choisissez où transmettre : appuyez sur son numéro, puis sur Entrée.</translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation>Cette file n&apos;a aucun motif de refus.</translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation>Cette file n&apos;a aucune file de transmission.</translation>
    </message>
    <message>
        <source>This member cannot be decided by you now: {reason}</source>
        <translation>Vous ne pouvez pas décider ce membre maintenant : {reason}</translation>
    </message>
    <message>
        <source>another desk holds it</source>
        <translation>un autre poste le détient</translation>
    </message>
    <message>
        <source>already decided</source>
        <translation>déjà décidé</translation>
    </message>
    <message>
        <source>the listing was edited since</source>
        <translation>l&apos;annonce a été modifiée depuis</translation>
    </message>
    <message>
        <source>no longer in this cluster</source>
        <translation>ne fait plus partie de ce groupe</translation>
    </message>
    <message>
        <source>an appeal against your own decision</source>
        <translation>un recours contre votre propre décision</translation>
    </message>
    <message>
        <source>held back: your exposure budget is spent</source>
        <translation>retenu : votre budget d&apos;exposition est épuisé</translation>
    </message>
    <message>
        <source>same photos</source>
        <translation>mêmes photos</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same messaging handle</source>
        <translation>même identifiant de messagerie</translation>
    </message>
    <message>
        <source>same IBAN</source>
        <translation>même IBAN</translation>
    </message>
    <message>
        <source>near-identical text</source>
        <translation>texte quasi identique</translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>dans le texte</translation>
    </message>
    <message>
        <source>in a photo</source>
        <translation>dans une photo</translation>
    </message>
    <message>
        <source>on the account</source>
        <translation>sur le compte</translation>
    </message>
    <message>
        <source>the photo itself</source>
        <translation>la photo elle-même</translation>
    </message>
</context>
<context>
    <name>ClusterScreen</name>
    <message>
        <source>Listing</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>En commun</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cluster of %1 listings from %2 sellers</source>
        <translation>Groupe de %1 annonces de %2 vendeurs</translation>
    </message>
    <message>
        <source>(at least %1% alike)</source>
        <translation>(au moins %1 % de ressemblance)</translation>
    </message>
    <message>
        <source>%1 listings, %2 sellers</source>
        <translation>%1 annonces, %2 vendeurs</translation>
    </message>
    <message>
        <source>Why they belong together:</source>
        <translation>Pourquoi elles vont ensemble :</translation>
    </message>
    <message>
        <source>You can look at this cluster but not decide it here: %1</source>
        <translation>Vous pouvez consulter ce groupe mais pas le décider ici : %1</translation>
    </message>
    <message>
        <source>your role may not decide clusters.</source>
        <translation>votre rôle ne permet pas de décider des groupes.</translation>
    </message>
    <message>
        <source>your role may decide clusters of up to %1 listings.</source>
        <translation>votre rôle permet de décider des groupes de %1 annonces au plus.</translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings in one cluster decision.</source>
        <translation>Votre rôle permet de décider jusqu&apos;à %1 annonces en une décision de groupe.</translation>
    </message>
    <message>
        <source>  (this listing)</source>
        <translation>  (cette annonce)</translation>
    </message>
    <message numerus="yes">
        <source>%n shared photo(s)</source>
        <translation>
            <numerusform>%n photo en commun</numerusform>
            <numerusform>%n photos en commun</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>texte semblable à %1 %</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Consultation seule</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>In the decision</source>
        <translation>Dans la décision</translation>
    </message>
    <message>
        <source>%1 to decide (%2 sellers) · %3 excluded · %4 unavailable</source>
        <translation>%1 à décider (%2 vendeurs) · %3 exclues · %4 indisponibles</translation>
    </message>
    <message>
        <source>%1 listings from %2 sellers · look only</source>
        <translation>%1 annonces de %2 vendeurs · consultation seule</translation>
    </message>
    <message>
        <source>offline: the members are claimed when the connection returns</source>
        <translation>hors ligne : les membres seront réservés au retour de la connexion</translation>
    </message>
    <message>
        <source>Your role may decide up to %1 listings at once: exclude %2 more.</source>
        <translation>Votre rôle permet de décider jusqu&apos;à %1 annonces à la fois : excluez-en encore %2.</translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members; they show once the cluster is claimed for you.</source>
        <translation>Photos de « %1 » : %2 sur %3 en commun avec d&apos;autres membres ; elles s&apos;affichent une fois le groupe réservé pour vous.</translation>
    </message>
    <message>
        <source>Photos of “%1”: %2 of %3 shared with other members (outlined; blurred until you open the listing)</source>
        <translation>Photos de « %1 » : %2 sur %3 en commun avec d&apos;autres membres (encadrées ; floutées tant que vous n&apos;ouvrez pas l&apos;annonce)</translation>
    </message>
    <message>
        <source>Up/Down move · %1 goes back to the listing</source>
        <translation>Haut/Bas pour se déplacer · %1 revient à l&apos;annonce</translation>
    </message>
    <message>
        <source>Up/Down move · X excludes or brings back · %1 approves the rest · %2 rejects with reasons · %3 escalates · %4 goes back to the listing</source>
        <translation>Haut/Bas pour se déplacer · X exclut ou réintègre · %1 approuve le reste · %2 refuse avec des motifs · %3 transmet · %4 revient à l&apos;annonce</translation>
    </message>
    <message>
        <source>The cluster decision was NOT recorded: %1</source>
        <translation>La décision de groupe n&apos;a PAS été enregistrée : %1</translation>
    </message>
    <message>
        <source>Cluster decision recorded: %1 for %2 listings. %3 undoes it while it waits to be sent.</source>
        <translation>Décision de groupe enregistrée : %1 pour %2 annonces. %3 l&apos;annule tant qu&apos;elle attend d&apos;être envoyée.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The server refused these decisions, usually because the lease expired or another moderator decided the item first. A listing that is still yours came back to your queue with a note; the others need nothing more. They are kept here for your record.</source>
        <translation>Le serveur a refusé ces décisions, en général parce que la réservation a expiré ou qu&apos;un autre modérateur a traité l&apos;annonce avant vous. Une annonce qui vous est encore réservée est revenue dans votre file avec une note ; les autres ne demandent rien de plus. Elles sont conservées ici pour mémoire.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Decisions the screen showed as recorded are kept in the local outbox and will be sent. A decision you were making at this moment may not have been saved: check that listing before moving on. The details below are also in the log file; copy them into a bug report.</source>
        <translation>Les décisions que l&apos;écran a montrées comme enregistrées sont conservées dans la file d&apos;envoi locale et seront envoyées. Une décision que vous preniez à ce moment-là n&apos;a peut-être pas été enregistrée : vérifiez cette annonce avant de continuer. Les détails ci-dessous figurent aussi dans le journal ; copiez-les dans un rapport de bogue.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler le choix</translation>
    </message>
    <message>
        <source>Preview statement</source>
        <translation>Aperçu de l&apos;exposé</translation>
    </message>
    <message>
        <source>Note for this decision (%1)</source>
        <translation>Note pour cette décision (%1)</translation>
    </message>
    <message>
        <source>Note for this decision</source>
        <translation>Note pour cette décision</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs :</translation>
    </message>
    <message>
        <source>Manifestly unfounded:</source>
        <translation>Manifestement infondé :</translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation>Escalader vers :</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Annuler (%1 s)</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>An approval takes no reason codes.</source>
        <translation>Une validation ne prend aucun motif.</translation>
    </message>
    <message>
        <source>A rejection needs at least one reason code.</source>
        <translation>Un refus demande au moins un motif.</translation>
    </message>
    <message>
        <source>An escalation needs a target queue.</source>
        <translation>Une escalade demande une file de destination.</translation>
    </message>
    <message>
        <source>Only an escalation has a target queue.</source>
        <translation>Seule une escalade a une file de destination.</translation>
    </message>
    <message>
        <source>A reason code is listed twice.</source>
        <translation>Un motif figure deux fois.</translation>
    </message>
    <message>
        <source>{action} is not allowed in the queue {queue}.</source>
        <translation>{action} n&apos;est pas permis dans la file {queue}.</translation>
    </message>
    <message>
        <source>Unknown reason code(s): {codes}.</source>
        <translation>Motif(s) inconnu(s) : {codes}.</translation>
    </message>
    <message>
        <source>Reason code(s) not used in the queue {queue}: {codes}.</source>
        <translation>Motif(s) non utilisé(s) dans la file {queue} : {codes}.</translation>
    </message>
    <message>
        <source>The queue {queue} cannot escalate to {target}.</source>
        <translation>La file {queue} ne peut pas escalader vers {target}.</translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>Open: to settle</source>
        <translation>Ouvertes : à trancher</translation>
    </message>
    <message>
        <source>Settled: the history</source>
        <translation>Tranchées : l&apos;historique</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>Toutes les contestations</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Contestations</translation>
    </message>
    <message>
        <source>Comment for the moderator (optional)</source>
        <translation>Commentaire pour le modérateur (facultatif)</translation>
    </message>
    <message>
        <source>Uphold the audit</source>
        <translation>Maintenir l&apos;audit</translation>
    </message>
    <message>
        <source>Overturn: the moderator was right</source>
        <translation>Annuler : le modérateur avait raison</translation>
    </message>
    <message>
        <source>Overturned audits no longer count as errors.</source>
        <translation>Les audits annulés ne comptent plus comme des erreurs.</translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation>Aucune contestation ouverte.</translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation>Aucune contestation.</translation>
    </message>
    <message>
        <source>Select an open dispute first.</source>
        <translation>Sélectionnez d&apos;abord une contestation ouverte.</translation>
    </message>
    <message>
        <source>Dispute settled: %1.</source>
        <translation>Contestation tranchée : %1.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Decisions behind the number</source>
        <translation>Décisions derrière ce chiffre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No decisions match.</source>
        <translation>Aucune décision ne correspond.</translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation>%1 décisions sur %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ExposureIndicator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposure %1 · %2</source>
        <translation>Exposition %1 · %2</translation>
    </message>
    <message>
        <source>budget reached</source>
        <translation>budget atteint</translation>
    </message>
    <message>
        <source>break due</source>
        <translation>pause à prendre</translation>
    </message>
    <message>
        <source>break in %1</source>
        <translation>pause dans %1</translation>
    </message>
    <message>
        <source>Time on listings with nudity or violence flags, and flagged photos you revealed.</source>
        <translation>Temps passé sur des annonces signalées pour nudité ou violence, et photos signalées que vous avez dévoilées.</translation>
    </message>
    <message>
        <source>A break is due: step away from the screen for a few minutes.</source>
        <translation>Une pause s&apos;impose : éloignez-vous de l&apos;écran quelques minutes.</translation>
    </message>
    <message>
        <source>Next break in %1.</source>
        <translation>Prochaine pause dans %1.</translation>
    </message>
    <message>
        <source>sensitive listings last</source>
        <translation>annonces sensibles en dernier</translation>
    </message>
    <message>
        <source>Exposure %1</source>
        <translation>Exposition %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>This shift: %1 on sensitive listings (budget: %2).</source>
        <translation>Ce poste : %1 sur des annonces sensibles (budget : %2).</translation>
    </message>
    <message>
        <source>This shift: %1 flagged photos revealed (budget: %2).</source>
        <translation>Ce poste : %1 photos signalées dévoilées (budget : %2).</translation>
    </message>
    <message>
        <source>Today: %1 on sensitive listings (budget: %2).</source>
        <translation>Aujourd&apos;hui : %1 sur des annonces sensibles (budget : %2).</translation>
    </message>
    <message>
        <source>Today: %1 flagged photos revealed (budget: %2).</source>
        <translation>Aujourd&apos;hui : %1 photos signalées dévoilées (budget : %2).</translation>
    </message>
    <message>
        <source>Your exposure budget is spent: you get listings without sensitive flags first.</source>
        <translation>Votre budget d&apos;exposition est épuisé : vous recevez d&apos;abord des annonces sans signalement sensible.</translation>
    </message>
    <message>
        <source>Sensitive listings come only when nothing else is left.</source>
        <translation>Les annonces sensibles n&apos;arrivent que lorsqu&apos;il ne reste rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Your exposure budget is spent. Take a break and tell your lead.</source>
        <translation>Votre budget d&apos;exposition est épuisé. Faites une pause et prévenez votre responsable.</translation>
    </message>
    <message numerus="yes">
        <source>Includes %1 and %n photo(s) not yet sent to the server.</source>
        <translation>
            <numerusform>Dont %1 et %n photo pas encore envoyés au serveur.</numerusform>
            <numerusform>Dont %1 et %n photos pas encore envoyés au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures and your team&apos;s budgets are not known yet.</source>
        <translation>Les chiffres du serveur et les budgets de votre équipe ne sont pas encore connus.</translation>
    </message>
    <message>
        <source>Time for a break: step away from the screen for a few minutes.</source>
        <translation>C&apos;est l&apos;heure d&apos;une pause : éloignez-vous de l&apos;écran quelques minutes.</translation>
    </message>
    <message>
        <source>You are close to your exposure budget for this shift.</source>
        <translation>Vous approchez de votre budget d&apos;exposition pour ce poste.</translation>
    </message>
    <message>
        <source>You have reached your exposure budget. Take a break.</source>
        <translation>Vous avez atteint votre budget d&apos;exposition. Faites une pause.</translation>
    </message>
    <message>
        <source>From now on you get listings without sensitive flags while there are any.</source>
        <translation>Désormais, vous recevez des annonces sans signalement sensible tant qu&apos;il en reste.</translation>
    </message>
    <message>
        <source>Listings with sensitive flags can come to you again.</source>
        <translation>Les annonces avec un signalement sensible peuvent de nouveau vous être attribuées.</translation>
    </message>
</context>
<context>
    <name>ExposurePanel</name>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation>Paramètres de bien-être…</translation>
    </message>
    <message>
        <source>Exposure to sensitive content, per person</source>
        <translation>Exposition aux contenus sensibles, par personne</translation>
    </message>
    <message>
        <source>Sensitive minutes: time on listings with nudity or violence flags while the moderator was at the desk. Photos: flagged photos they revealed. Shares are of the team&apos;s budgets. No photo is ever shown here.</source>
        <translation>Minutes sensibles : temps passé sur des annonces signalées pour nudité ou violence pendant que le modérateur était à son poste. Photos : photos signalées qu&apos;il a dévoilées. Les parts se rapportent aux budgets de l&apos;équipe. Aucune photo n&apos;est jamais affichée ici.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Nobody has reported any work yet.</source>
        <translation>Personne n&apos;a encore déclaré de travail.</translation>
    </message>
    <message>
        <source>%1 in a shift · %2 reminded or at a budget · %3 routed · updated %4 UTC</source>
        <translation>%1 en poste · %2 avertis ou à leur budget · %3 orientés · mis à jour à %4 UTC</translation>
    </message>
    <message>
        <source>The exposure figures could not be loaded: %1</source>
        <translation>Les chiffres d&apos;exposition n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Wellness settings saved for %1.</source>
        <translation>Paramètres de bien-être enregistrés pour %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>My feedback</source>
        <translation>Mes retours</translation>
    </message>
    <message>
        <source>Your audited decisions, newest first. You can contest a disagreement until its deadline; a lead settles it.</source>
        <translation>Vos décisions auditées, les plus récentes d&apos;abord. Vous pouvez contester un désaccord jusqu&apos;à son échéance ; un responsable tranche.</translation>
    </message>
    <message>
        <source>Audited decisions</source>
        <translation>Décisions auditées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation>Contester…</translation>
    </message>
    <message>
        <source>No audited decisions yet.</source>
        <translation>Aucune décision auditée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 audited · %2 counted as errors</source>
        <translation>%1 auditées · %2 comptées comme erreurs</translation>
    </message>
    <message>
        <source>The auditor agreed: nothing to contest.</source>
        <translation>L&apos;auditeur était d&apos;accord : rien à contester.</translation>
    </message>
    <message>
        <source>Dispute %1 by %2: “%3”</source>
        <translation>Contestation %1 par %2 : « %3 »</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Contestation : %1</translation>
    </message>
    <message>
        <source>The time to contest has passed.</source>
        <translation>Le délai de contestation est dépassé.</translation>
    </message>
    <message>
        <source>Contest this audit</source>
        <translation>Contester cet audit</translation>
    </message>
    <message>
        <source>Why was your decision right? A lead will read this.</source>
        <translation>Pourquoi votre décision était-elle juste ? Un responsable lira ce message.</translation>
    </message>
    <message>
        <source>Dispute opened; a lead will settle it.</source>
        <translation>Contestation ouverte ; un responsable la tranchera.</translation>
    </message>
</context>
<context>
    <name>FindingField</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>texte de la photo</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Phone number</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Policy term</source>
        <translation>Terme interdit</translation>
    </message>
    <message>
        <source>Scam pattern</source>
        <translation>Schéma d&apos;arnaque</translation>
    </message>
    <message>
        <source>Hidden text direction</source>
        <translation>Sens du texte caché</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme : %1</translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <source>Nudity</source>
        <translation>Nudité</translation>
    </message>
    <message>
        <source>Text in photo</source>
        <translation>Texte dans la photo</translation>
    </message>
    <message>
        <source>Duplicate photo</source>
        <translation>Photo en double</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>Mauvaise qualité</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Image illisible</translation>
    </message>
    <message>
        <source>Server flag</source>
        <translation>Signalement serveur</translation>
    </message>
</context>
<context>
    <name>GoldenPanel</name>
    <message>
        <source>Golden items</source>
        <translation>Éléments de référence</translation>
    </message>
    <message>
        <source>Listing id</source>
        <translation>Identifiant d&apos;annonce</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Expected reason codes, comma-separated</source>
        <translation>Motifs attendus (codes), séparés par des virgules</translation>
    </message>
    <message>
        <source>Add golden item</source>
        <translation>Ajouter l&apos;élément de référence</translation>
    </message>
    <message>
        <source>The listing joins the queue like any other. Whoever decides it is graded automatically against the expected decision.</source>
        <translation>L&apos;annonce entre dans la file comme les autres. La décision prise dessus est notée automatiquement par rapport à la décision attendue.</translation>
    </message>
    <message>
        <source>No golden items yet.</source>
        <translation>Aucun élément de référence pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reason codes of this queue: %1</source>
        <translation>Motifs de cette file : %1</translation>
    </message>
    <message>
        <source>Enter a listing id and choose a queue.</source>
        <translation>Saisissez un identifiant d&apos;annonce et choisissez une file.</translation>
    </message>
    <message>
        <source>A rejection needs at least one expected reason code.</source>
        <translation>Un refus demande au moins un motif attendu.</translation>
    </message>
    <message>
        <source>Golden item placed in %1.</source>
        <translation>Élément de référence placé dans %1.</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject (then choose reasons)</source>
        <translation>Refuser (puis choisir les motifs)</translation>
    </message>
    <message>
        <source>Escalate (then choose a target)</source>
        <translation>Escalader (puis choisir la destination)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Next listing</source>
        <translation>Annonce suivante</translation>
    </message>
    <message>
        <source>Previous listing</source>
        <translation>Annonce précédente</translation>
    </message>
    <message>
        <source>Undo the last decision (within 5 s, while unsent)</source>
        <translation>Annuler la dernière décision (dans les 5 s, tant qu’elle n’est pas envoyée)</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <source>Open the cluster view (decide a ring at once)</source>
        <translation>Ouvrir la vue du groupe (décider un réseau d&apos;un coup)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler le choix</translation>
    </message>
    <message>
        <source>Mark a notice manifestly unfounded (then approve)</source>
        <translation>Marquer un signalement manifestement infondé (puis approuver)</translation>
    </message>
    <message>
        <source>Preview the statement of reasons (while rejecting)</source>
        <translation>Aperçu de l&apos;exposé des motifs (pendant un refus)</translation>
    </message>
    <message>
        <source>Reason or target 1</source>
        <translation>Motif ou destination 1</translation>
    </message>
    <message>
        <source>Reason or target 2</source>
        <translation>Motif ou destination 2</translation>
    </message>
    <message>
        <source>Reason or target 3</source>
        <translation>Motif ou destination 3</translation>
    </message>
    <message>
        <source>Reason or target 4</source>
        <translation>Motif ou destination 4</translation>
    </message>
    <message>
        <source>Reason or target 5</source>
        <translation>Motif ou destination 5</translation>
    </message>
    <message>
        <source>Reason or target 6</source>
        <translation>Motif ou destination 6</translation>
    </message>
    <message>
        <source>Reason or target 7</source>
        <translation>Motif ou destination 7</translation>
    </message>
    <message>
        <source>Reason or target 8</source>
        <translation>Motif ou destination 8</translation>
    </message>
    <message>
        <source>Reason or target 9</source>
        <translation>Motif ou destination 9</translation>
    </message>
</context>
<context>
    <name>LeadDashboard</name>
    <message>
        <source>Team quality</source>
        <translation>Qualité de l&apos;équipe</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Moderator (all)</source>
        <translation>Modérateur (tous)</translation>
    </message>
    <message>
        <source>Queue id (all)</source>
        <translation>File (toutes)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <source>Queues: SLA compliance and backlog by age</source>
        <translation>Files : respect du SLA et attente par ancienneté</translation>
    </message>
    <message>
        <source>Error rate with its 95% interval</source>
        <translation>Taux d&apos;erreur et son intervalle à 95 %</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>SLA and backlog</source>
        <translation>SLA et attente</translation>
    </message>
    <message>
        <source>Errors and AI flags</source>
        <translation>Erreurs et signalements IA</translation>
    </message>
    <message>
        <source>Error rates</source>
        <translation>Taux d&apos;erreur par groupe</translation>
    </message>
    <message>
        <source>Sampling rules</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Golden items</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Contestations</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Periods: audit coverage and samples still waiting</source>
        <translation>Périodes : couverture d&apos;audit et échantillons en attente</translation>
    </message>
    <message>
        <source>Audits come days after the decisions: a period with low coverage or samples still waiting will look better than it ends up. Partial periods (cut by the range, or not over yet) are marked * on the chart. Decisions count in the day and week the server received them.</source>
        <translation>Les audits arrivent des jours après les décisions : une période peu couverte ou avec des échantillons en attente paraîtra meilleure qu&apos;elle ne le sera. Les périodes partielles (coupées par la plage ou pas encore terminées) sont marquées * sur le graphique. Une décision compte le jour et la semaine où le serveur l&apos;a reçue.</translation>
    </message>
    <message>
        <source>Errors by the policy missed and severity</source>
        <translation>Erreurs par règle manquée et gravité</translation>
    </message>
    <message>
        <source>AI flags against what they predict</source>
        <translation>Signaux IA face à ce qu&apos;ils prédisent</translation>
    </message>
    <message>
        <source>Each flag is scored against the reasons the policy maps it to (Measured against), on final decisions: the auditor&apos;s where an audit found an error. Flags the policy does not map show counts only.</source>
        <translation>Chaque signal est évalué par rapport aux motifs que la politique lui associe (Mesuré contre), sur les décisions finales : celle de l&apos;auditeur quand un audit a trouvé une erreur. Les signaux sans correspondance dans la politique n&apos;ont que des comptes.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Decisions and error rate per period (* partial)</source>
        <translation>Décisions et taux d&apos;erreur par période (* partielle)</translation>
    </message>
    <message>
        <source>No decisions in this range</source>
        <translation>Aucune décision sur cette période</translation>
    </message>
    <message>
        <source>Error rate per moderator (95% interval)</source>
        <translation>Taux d&apos;erreur par modérateur (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>No audits in this range</source>
        <translation>Aucun audit sur cette période</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Impossible de charger les chiffres : %1</translation>
    </message>
    <message>
        <source>No decisions in this range.</source>
        <translation>Aucune décision sur cette période.</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Aucune file.</translation>
    </message>
    <message>
        <source>No errors found in this range.</source>
        <translation>Aucune erreur sur cette période.</translation>
    </message>
    <message>
        <source>No periods in this range.</source>
        <translation>Aucune période dans cette plage.</translation>
    </message>
    <message>
        <source>No AI flags were shown in this range.</source>
        <translation>Aucun signalement IA affiché sur cette période.</translation>
    </message>
    <message>
        <source>Updated %1 UTC</source>
        <translation>Mis à jour à %1 UTC</translation>
    </message>
    <message>
        <source>The error rates could not be loaded: %1</source>
        <translation>Les taux d&apos;erreur n&apos;ont pas pu être chargés : %1</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <source>No price</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>Posted %1 ago</source>
        <translation>Publiée il y a %1</translation>
    </message>
    <message>
        <source>No text findings</source>
        <translation>Aucune détection dans le texte</translation>
    </message>
    <message numerus="yes">
        <source>Text findings (%n)</source>
        <translation>
            <numerusform>Détection dans le texte (%n)</numerusform>
            <numerusform>Détections dans le texte (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Moderator workstation</source>
        <translation>Poste de modération</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Back to queues</source>
        <translation>Retour aux files</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Opening the cluster…</source>
        <translation>Ouverture du groupe…</translation>
    </message>
    <message>
        <source>The cluster could not be opened: %1</source>
        <translation>Le groupe n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The server refused a decision. Open Conflicts to see which.</source>
        <translation>Le serveur a refusé une décision. Ouvrez Conflits pour voir laquelle.</translation>
    </message>
    <message>
        <source>Listing %1 (seller %2) uses the same photo; its id was copied.</source>
        <translation>L&apos;annonce %1 (vendeur %2) utilise la même photo ; son identifiant a été copié.</translation>
    </message>
    <message>
        <source>Sign out and forget the saved token? Unsent decisions are kept and sent next time.</source>
        <translation>Se déconnecter et oublier le jeton enregistré ? Les décisions non envoyées sont conservées et partiront à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>anonymous: no track record</source>
        <translation>anonyme : pas d&apos;historique</translation>
    </message>
    <message>
        <source>no earlier notice decided</source>
        <translation>aucun signalement antérieur tranché</translation>
    </message>
    <message numerus="yes">
        <source>%1% upheld of %n decided</source>
        <translation>
            <numerusform>%1 % fondés sur %n tranché</numerusform>
            <numerusform>%1 % fondés sur %n tranchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifestly unfounded</source>
        <translation>
            <numerusform>%n manifestement infondé</numerusform>
            <numerusform>%n manifestement infondés</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Manifestement infondé</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message numerus="yes">
        <source>Notices (%n)</source>
        <translation>
            <numerusform>Signalements (%n)</numerusform>
            <numerusform>Signalements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation>File prioritaire</translation>
    </message>
    <message>
        <source>%1 marks a notice manifestly unfounded</source>
        <translation>%1 marque un signalement manifestement infondé</translation>
    </message>
    <message numerus="yes">
        <source>%n more, not shown</source>
        <translation>
            <numerusform>%n autre, non affiché</numerusform>
            <numerusform>%n autres, non affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifierKind</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Trusted flagger</source>
        <translation>Signaleur de confiance</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Approved</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>Photo not downloaded yet</source>
        <translation>Photo pas encore téléchargée</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>Cannot read this photo: %1</source>
        <translation>Impossible de lire cette photo : %1</translation>
    </message>
    <message>
        <source>Photo too large to show (%1 × %2 px)</source>
        <translation>Photo trop grande pour être affichée (%1 × %2 px)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot read this photo</source>
        <translation>Impossible de lire cette photo</translation>
    </message>
</context>
<context>
    <name>PhotoError</name>
    <message>
        <source>Photo unavailable: the server gave no address for it</source>
        <translation>Photo indisponible : le serveur n&apos;a pas donné son adresse</translation>
    </message>
    <message>
        <source>Photo unavailable: the server no longer has it</source>
        <translation>Photo indisponible : le serveur ne l&apos;a plus</translation>
    </message>
    <message>
        <source>Photo unavailable: you are not allowed to see it</source>
        <translation>Photo indisponible : vous n&apos;avez pas le droit de la voir</translation>
    </message>
    <message>
        <source>Photo not fetched: its address is outside the moderation server</source>
        <translation>Photo non récupérée : son adresse est hors du serveur de modération</translation>
    </message>
    <message>
        <source>Photo unavailable: the server sent something unreadable</source>
        <translation>Photo indisponible : le serveur a envoyé des données illisibles</translation>
    </message>
    <message>
        <source>Photo rejected: its bytes do not match the listing</source>
        <translation>Photo refusée : son contenu ne correspond pas à l&apos;annonce</translation>
    </message>
    <message>
        <source>Photo not saved on this computer</source>
        <translation>Photo non enregistrée sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>PhotoFlags</name>
    <message>
        <source>Server flag from %1</source>
        <translation>Signalement serveur de %1</translation>
    </message>
    <message>
        <source>Same photo in listing %1</source>
        <translation>Même photo dans l&apos;annonce %1</translation>
    </message>
    <message>
        <source>Seller %1 · pHash distance %2 of 64 bits</source>
        <translation>Vendeur %1 · distance pHash %2 sur 64 bits</translation>
    </message>
    <message>
        <source>and %1 more listings</source>
        <translation>et %1 autres annonces</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message numerus="yes">
        <source>Photos (%n)</source>
        <translation>
            <numerusform>Photo (%n)</numerusform>
            <numerusform>Photos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>This listing has no photos</source>
        <translation>Cette annonce n&apos;a pas de photo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>No photo flags</source>
        <translation>Aucun signalement sur la photo</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Sensitive photo hidden — click or press V to reveal</source>
        <translation>Photo sensible masquée — cliquez ou appuyez sur V pour l’afficher</translation>
    </message>
</context>
<context>
    <name>PriceCheck</name>
    <message>
        <source>Far below the usual price of similar listings: %1 (middle half of %2 listings)</source>
        <translation>Très en dessous du prix habituel des annonces similaires : %1 (moitié centrale de %2 annonces)</translation>
    </message>
    <message>
        <source>Far below the usual price in this category: %1 (middle half of %2 listings)</source>
        <translation>Très en dessous du prix habituel de cette catégorie : %1 (moitié centrale de %2 annonces)</translation>
    </message>
</context>
<context>
    <name>QaNavigation</name>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <source>Team exposure</source>
        <translation>Exposition de l&apos;équipe</translation>
    </message>
    <message>
        <source>Wellness settings…</source>
        <translation>Paramètres de bien-être…</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Tableau de bord de l&apos;équipe</translation>
    </message>
    <message>
        <source>QA audit</source>
        <translation>Audit qualité</translation>
    </message>
    <message>
        <source>My feedback</source>
        <translation>Mes retours</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Réclamations</translation>
    </message>
</context>
<context>
    <name>QaTable</name>
    <message>
        <source>Double-click or Enter: the decisions behind this number</source>
        <translation>Double-clic ou Entrée : les décisions derrière ce chiffre</translation>
    </message>
</context>
<context>
    <name>QaTables</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>d&apos;accord</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>maintenu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>qa</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>golden</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>valider</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalader</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Avg time</source>
        <translation>Temps moyen</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Auditées</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>CI low</source>
        <translation>IC bas</translation>
    </message>
    <message>
        <source>CI high</source>
        <translation>IC haut</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critiques</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeures</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineures</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>Borne basse 95 %</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>Borne haute 95 %</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dans le SLA</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Backlog &lt; 24 h</source>
        <translation>En attente &lt; 24 h</translation>
    </message>
    <message>
        <source>Backlog &lt; 48 h</source>
        <translation>En attente &lt; 48 h</translation>
    </message>
    <message>
        <source>Backlog &gt; 48 h</source>
        <translation>En attente &gt; 48 h</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Flag kind</source>
        <translation>Type de signalement</translation>
    </message>
    <message>
        <source>True pos.</source>
        <translation>Vrais pos.</translation>
    </message>
    <message>
        <source>False pos.</source>
        <translation>Faux pos.</translation>
    </message>
    <message>
        <source>False neg.</source>
        <translation>Faux nég.</translation>
    </message>
    <message>
        <source>True neg.</source>
        <translation>Vrais nég.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Décidée (UTC)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>not mapped in the policy</source>
        <translation>sans correspondance dans la politique</translation>
    </message>
    <message>
        <source>Policy missed (auditor&apos;s reason)</source>
        <translation>Règle manquée (motif de l&apos;auditeur)</translation>
    </message>
    <message>
        <source>DSA category missed</source>
        <translation>Catégorie DSA manquée</translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Motif du modérateur</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code de motif</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Score qualité</translation>
    </message>
    <message>
        <source>Awaiting audit</source>
        <translation>En attente d&apos;audit</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation>Couverture d&apos;audit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Errors found</source>
        <translation>Erreurs relevées</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Relevées dans</translation>
    </message>
    <message>
        <source>Changed after reveal</source>
        <translation>Changée après révélation</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestées</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>Calibration items</source>
        <translation>Éléments de calibrage</translation>
    </message>
    <message>
        <source>Agrees with others</source>
        <translation>D&apos;accord avec les autres</translation>
    </message>
    <message>
        <source>Measured against</source>
        <translation>Mesuré contre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Audit comment</source>
        <translation>Commentaire d&apos;audit</translation>
    </message>
    <message>
        <source>Audited (UTC)</source>
        <translation>Auditée (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Bonne décision</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Contestation</translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation>Réponse du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Contest until (UTC)</source>
        <translation>Contestable jusqu&apos;au (UTC)</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ouverte (UTC)</translation>
    </message>
    <message>
        <source>Their decision</source>
        <translation>Décision du modérateur</translation>
    </message>
    <message>
        <source>Auditor&apos;s decision</source>
        <translation>Décision de l&apos;auditeur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>trusted_flagger</source>
        <translation>signaleur de confiance</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Appeal rate</source>
        <translation>Taux de réclamation</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Réclamations tranchées</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Reversal rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>Notifier</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Nom ou e-mail</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Fondés</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Manifestement infondés</translation>
    </message>
    <message>
        <source>Last notice (UTC)</source>
        <translation>Dernier signalement (UTC)</translation>
    </message>
    <message>
        <source>Suspended until (UTC)</source>
        <translation>Suspendu jusqu&apos;au (UTC)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Shift: sensitive min</source>
        <translation>Poste : min sensibles</translation>
    </message>
    <message>
        <source>Shift: photos</source>
        <translation>Poste : photos</translation>
    </message>
    <message>
        <source>Shift: of budget</source>
        <translation>Poste : part du budget</translation>
    </message>
    <message>
        <source>Today: sensitive min</source>
        <translation>Aujourd&apos;hui : min sensibles</translation>
    </message>
    <message>
        <source>Today: photos</source>
        <translation>Aujourd&apos;hui : photos</translation>
    </message>
    <message>
        <source>Today: of budget</source>
        <translation>Aujourd&apos;hui : part du budget</translation>
    </message>
    <message>
        <source>Min since break</source>
        <translation>Min depuis la pause</translation>
    </message>
    <message>
        <source>Break due</source>
        <translation>Pause à prendre</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>Dernière activité (UTC)</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>Argument du modérateur</translation>
    </message>
    <message>
        <source>Auditor&apos;s comment</source>
        <translation>Commentaire de l&apos;auditeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>Tranchée par</translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation>Tranchée (UTC)</translation>
    </message>
    <message>
        <source>Lead&apos;s comment</source>
        <translation>Commentaire du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>Décision attendue</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taux de base</translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation>Nouveaux modérateurs</translation>
    </message>
    <message>
        <source>New for (days)</source>
        <translation>Nouveau pendant (jours)</translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation>Seuil d&apos;erreur</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Au-dessus du seuil</translation>
    </message>
    <message>
        <source>× approved</source>
        <translation>× validées</translation>
    </message>
    <message>
        <source>× rejected</source>
        <translation>× refusées</translation>
    </message>
    <message>
        <source>× escalated</source>
        <translation>× escaladées</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Calibration set</source>
        <translation>Série de calibrage</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Left for me</source>
        <translation>Restant pour moi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Agrees with majority</source>
        <translation>D&apos;accord avec la majorité</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation>κ de Cohen moyen</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Relecteur A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Relecteur B</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
</context>
<context>
    <name>QueuePicker</name>
    <message>
        <source>Choose a queue</source>
        <translation>Choisir une file</translation>
    </message>
    <message>
        <source>Oldest listings are served first. Enter or double-click starts reviewing.</source>
        <translation>Les annonces les plus anciennes passent en premier. Entrée ou double-clic pour commencer.</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No queues yet. They appear once the server answers.</source>
        <translation>Aucune file pour le moment. Elles apparaissent dès que le serveur répond.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLA status</source>
        <translation>État du SLA</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
</context>
<context>
    <name>ReasonCode</name>
    <message>
        <source>Contact details or messaging handle in the listing</source>
        <translation>Coordonnées ou identifiant de messagerie dans l&apos;annonce</translation>
    </message>
    <message>
        <source>Payment requested outside the platform</source>
        <translation>Paiement demandé hors de la plateforme</translation>
    </message>
    <message>
        <source>Suspected scam or fraud</source>
        <translation>Escroquerie ou fraude présumée</translation>
    </message>
    <message>
        <source>Prohibited or dangerous item</source>
        <translation>Objet interdit ou dangereux</translation>
    </message>
    <message>
        <source>Counterfeit or replica goods</source>
        <translation>Contrefaçon ou réplique</translation>
    </message>
    <message>
        <source>Protected species or animal products (CITES)</source>
        <translation>Espèce protégée ou produit animal (CITES)</translation>
    </message>
    <message>
        <source>Sexual services or adult content</source>
        <translation>Services sexuels ou contenu pour adultes</translation>
    </message>
    <message>
        <source>Hate speech or discrimination</source>
        <translation>Discours haineux ou discrimination</translation>
    </message>
    <message>
        <source>Endangers or targets minors</source>
        <translation>Met en danger ou cible des mineurs</translation>
    </message>
    <message>
        <source>Misleading or unrealistic price</source>
        <translation>Prix trompeur ou irréaliste</translation>
    </message>
    <message>
        <source>Listed in the wrong category</source>
        <translation>Publiée dans la mauvaise catégorie</translation>
    </message>
    <message>
        <source>Duplicate of another listing</source>
        <translation>Doublon d&apos;une autre annonce</translation>
    </message>
    <message>
        <source>Photos unusable (tiny, blurred or blank)</source>
        <translation>Photos inexploitables (minuscules, floues ou vides)</translation>
    </message>
    <message>
        <source>Photos copied from another seller</source>
        <translation>Photos copiées d&apos;un autre vendeur</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <source>Other breach of the terms of service</source>
        <translation>Autre manquement aux conditions d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>the queue&apos;s rules do not allow it</source>
        <translation>les règles de la file ne le permettent pas</translation>
    </message>
    <message>
        <source>the lease had expired</source>
        <translation>la réservation avait expiré</translation>
    </message>
    <message>
        <source>another moderator holds the listing</source>
        <translation>un autre modérateur a réservé l&apos;annonce</translation>
    </message>
    <message>
        <source>the listing was already decided</source>
        <translation>l&apos;annonce avait déjà été traitée</translation>
    </message>
    <message>
        <source>the seller changed the listing meanwhile</source>
        <translation>le vendeur a modifié l&apos;annonce entre-temps</translation>
    </message>
    <message>
        <source>the server already had another decision under its key</source>
        <translation>le serveur avait déjà une autre décision sous sa clé</translation>
    </message>
    <message>
        <source>the listing no longer exists</source>
        <translation>l&apos;annonce n&apos;existe plus</translation>
    </message>
    <message>
        <source>your role may not decide listings</source>
        <translation>votre rôle ne permet pas de traiter des annonces</translation>
    </message>
    <message>
        <source>the appeal was already decided</source>
        <translation>la réclamation était déjà tranchée</translation>
    </message>
    <message>
        <source>you took the decision under appeal</source>
        <translation>vous avez pris la décision contestée</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>This listing is no longer leased to you: nothing was recorded.</source>
        <translation>Cette annonce ne vous est plus réservée : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The lease on this listing has expired: the server would refuse a decision, so nothing was recorded.</source>
        <translation>La réservation de cette annonce a expiré : le serveur refuserait une décision, donc rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk is full. Free some space, then press the key again.</source>
        <translation>La décision n&apos;a PAS été enregistrée : le disque est plein. Libérez de l&apos;espace, puis appuyez de nouveau sur la touche.</translation>
    </message>
    <message>
        <source>The decision was NOT saved: the disk cannot be written. Nothing was recorded for this listing.</source>
        <translation>La décision n&apos;a PAS été enregistrée : impossible d&apos;écrire sur le disque. Rien n&apos;a été enregistré pour cette annonce.</translation>
    </message>
    <message>
        <source>The decision was refused before it was saved: {detail}</source>
        <translation>La décision a été refusée avant d&apos;être enregistrée : {detail}</translation>
    </message>
    <message>
        <source>Could not undo: the disk cannot be written. The decision stays and will be sent.</source>
        <translation>Impossible d&apos;annuler : le disque ne peut pas être écrit. La décision reste et sera envoyée.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Pick a queue to start reviewing.</source>
        <translation>Choisissez une file pour commencer.</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 sur %2 prêtes</translation>
    </message>
    <message>
        <source>No listings ready yet.
New listings are claimed and downloaded in the background.</source>
        <translation>Aucune annonce prête pour l&apos;instant.
De nouvelles annonces sont réservées et téléchargées en arrière-plan.</translation>
    </message>
    <message>
        <source>Part of a cluster of %1 listings from %2 sellers</source>
        <translation>Fait partie d&apos;un groupe de %1 annonces de %2 vendeurs</translation>
    </message>
    <message>
        <source>Your role may not decide clusters; %1 shows it.</source>
        <translation>Votre rôle ne permet pas de décider des groupes ; %1 l&apos;affiche.</translation>
    </message>
    <message>
        <source>Your role may decide clusters of up to %1 listings; %2 shows it.</source>
        <translation>Votre rôle permet de décider des groupes de %1 annonces au plus ; %2 l&apos;affiche.</translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once (up to %2 listings).</source>
        <translation>Appuyez sur %1 pour les examiner et les décider d&apos;un coup (jusqu&apos;à %2 annonces).</translation>
    </message>
    <message>
        <source>Press %1 to review and decide them at once.</source>
        <translation>Appuyez sur %1 pour les examiner et les décider d&apos;un coup.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Offline: no more listings cached; %n decision(s) will be sent when the connection returns.</source>
        <translation>
            <numerusform>Hors ligne : plus aucune annonce en cache ; %n décision sera envoyée au retour de la connexion.</numerusform>
            <numerusform>Hors ligne : plus aucune annonce en cache ; %n décisions seront envoyées au retour de la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <source>Decided · waiting to be sent</source>
        <translation>Traitée · en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Decided · sent</source>
        <translation>Traitée · envoyée</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>No longer leased to you</source>
        <translation>Ne vous est plus réservée</translation>
    </message>
    <message>
        <source>You decided: %1. It is sent in a moment; Z undoes it.</source>
        <translation>Votre décision : %1. Elle part dans un instant ; Z l&apos;annule.</translation>
    </message>
    <message>
        <source>You decided: %1. It waits in the outbox to be sent.</source>
        <translation>Votre décision : %1. Elle attend dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>You decided: %1. The server has it.</source>
        <translation>Votre décision : %1. Le serveur l&apos;a reçue.</translation>
    </message>
    <message>
        <source>The server refused your decision (%1): %2. This listing is no longer yours.</source>
        <translation>Le serveur a refusé votre décision (%1) : %2. Cette annonce ne vous est plus réservée.</translation>
    </message>
    <message>
        <source>The lease on this listing expired before it could be renewed: a decision now would be refused, so none can be made. Press N for the next listing.</source>
        <translation>La réservation de cette annonce a expiré avant d&apos;avoir pu être renouvelée : une décision serait refusée, aucune n&apos;est donc possible. Appuyez sur N pour l&apos;annonce suivante.</translation>
    </message>
    <message>
        <source>This listing is no longer leased to you (released, or taken by someone else). Press N for the next listing.</source>
        <translation>Cette annonce ne vous est plus réservée (libérée, ou prise par quelqu&apos;un d&apos;autre). Appuyez sur N pour l&apos;annonce suivante.</translation>
    </message>
    <message>
        <source>Your first decision on this listing (%1) was refused by the server: %2. Decide again.</source>
        <translation>Votre première décision sur cette annonce (%1) a été refusée par le serveur : %2. Décidez de nouveau.</translation>
    </message>
    <message>
        <source>On this listing %1</source>
        <translation>Sur cette annonce %1</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>Réservation %1</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Choose at least one reason: press its number, then Enter.</source>
        <translation>Choisissez au moins un motif : tapez son numéro, puis Entrée.</translation>
    </message>
    <message>
        <source>Choose where to escalate: press its number, then Enter.</source>
        <translation>Choisissez où escalader : tapez son numéro, puis Entrée.</translation>
    </message>
    <message>
        <source>This queue has no reason codes to reject with.</source>
        <translation>Cette file n&apos;a aucun motif de refus.</translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation>Cette file n&apos;a aucune destination d&apos;escalade.</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>Il n&apos;y a aucune décision à annuler.</translation>
    </message>
    <message>
        <source>The listing on screen was changing: that key did nothing. Look, then press it again.</source>
        <translation>L&apos;annonce à l&apos;écran était en train de changer : cette touche n&apos;a rien fait. Regardez, puis appuyez de nouveau.</translation>
    </message>
    <message>
        <source>The same key twice in a row: the second press was ignored.</source>
        <translation>La même touche deux fois de suite : la seconde a été ignorée.</translation>
    </message>
    <message>
        <source>This listing is already decided. Z undoes the decision while it waits to be sent.</source>
        <translation>Cette annonce est déjà traitée. Z annule la décision tant qu&apos;elle attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>This listing&apos;s decision has been sent; it cannot change.</source>
        <translation>La décision sur cette annonce a été envoyée ; elle ne peut plus changer.</translation>
    </message>
    <message>
        <source>This listing is no longer leased to you: nothing can be decided on it. Press N for the next one.</source>
        <translation>Cette annonce ne vous est plus réservée : aucune décision n&apos;est possible. Appuyez sur N pour la suivante.</translation>
    </message>
    <message>
        <source>The server refused this listing&apos;s decision and it is no longer leased to you. Press N for the next one.</source>
        <translation>Le serveur a refusé la décision sur cette annonce et elle ne vous est plus réservée. Appuyez sur N pour la suivante.</translation>
    </message>
    <message>
        <source>No listing is on screen.</source>
        <translation>Aucune annonce à l&apos;écran.</translation>
    </message>
    <message>
        <source>This listing has no notice to mark.</source>
        <translation>Cette annonce n&apos;a aucun signalement à marquer.</translation>
    </message>
    <message>
        <source>Choose at least one reason first: the statement is written from the reasons.</source>
        <translation>Choisissez d&apos;abord au moins un motif : l&apos;exposé est rédigé à partir des motifs.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Trop tard pour annuler : la décision a déjà été envoyée.</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Décision annulée.</translation>
    </message>
    <message>
        <source>Notes are limited to 2000 characters; the rest was cut.</source>
        <translation>Les notes sont limitées à 2000 caractères ; le reste a été coupé.</translation>
    </message>
</context>
<context>
    <name>RiskFactor</name>
    <message>
        <source>New account</source>
        <translation>Compte récent</translation>
    </message>
    <message>
        <source>Account created {days} days ago</source>
        <translation>Compte créé il y a {days} jours</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <source>No identity check (KYC)</source>
        <translation>Aucune vérification d&apos;identité (KYC)</translation>
    </message>
    <message>
        <source>Identity check pending</source>
        <translation>Vérification d&apos;identité en cours</translation>
    </message>
    <message>
        <source>Identity check (KYC) not finished</source>
        <translation>Vérification d&apos;identité (KYC) non terminée</translation>
    </message>
    <message>
        <source>Phone not verified</source>
        <translation>Téléphone non vérifié</translation>
    </message>
    <message>
        <source>The phone number was never confirmed</source>
        <translation>Le numéro de téléphone n&apos;a jamais été confirmé</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>E-mail non vérifié</translation>
    </message>
    <message>
        <source>The email address was never confirmed</source>
        <translation>L&apos;adresse e-mail n&apos;a jamais été confirmée</translation>
    </message>
    <message>
        <source>Recent strikes</source>
        <translation>Sanctions récentes</translation>
    </message>
    <message>
        <source>{count} strikes in the last {days} days</source>
        <translation>{count} sanction(s) ces {days} derniers jours</translation>
    </message>
    <message>
        <source>Older strikes</source>
        <translation>Sanctions anciennes</translation>
    </message>
    <message>
        <source>{count} strikes more than {days} days ago</source>
        <translation>{count} sanction(s) il y a plus de {days} jours</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>{count} reports from other users</source>
        <translation>{count} signalement(s) d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>Rejected past listings</source>
        <translation>Annonces passées refusées</translation>
    </message>
    <message>
        <source>{rejected} of {decided} moderated listings rejected</source>
        <translation>{rejected} annonce(s) refusée(s) sur {decided} modérée(s)</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>{count} accounts share: {shared}</source>
        <translation>{count} compte(s) partagent : {shared}</translation>
    </message>
    <message>
        <source>Linked accounts with strikes</source>
        <translation>Comptes liés sanctionnés</translation>
    </message>
    <message>
        <source>{count} linked accounts have {strikes} strikes in total</source>
        <translation>{count} compte(s) lié(s) cumulent {strikes} sanction(s)</translation>
    </message>
    <message>
        <source>Burst of listings from a new account</source>
        <translation>Rafale d&apos;annonces d&apos;un compte récent</translation>
    </message>
    <message>
        <source>{count} listings in the last {hours} hours</source>
        <translation>{count} annonces ces {hours} dernières heures</translation>
    </message>
    <message>
        <source>Contact details in the text</source>
        <translation>Coordonnées dans le texte</translation>
    </message>
    <message>
        <source>{count} phone numbers, emails or handles in the listing</source>
        <translation>{count} téléphone(s), e-mail(s) ou pseudo(s) dans l&apos;annonce</translation>
    </message>
    <message>
        <source>Scam wording in the listing</source>
        <translation>Formulations d&apos;arnaque dans l&apos;annonce</translation>
    </message>
    <message>
        <source>{patterns}</source>
        <translation>{patterns}</translation>
    </message>
    <message>
        <source>{percent}% of the usual {median} {currency} ({listings} listings)</source>
        <translation>{percent} % des {median} {currency} habituels ({listings} annonces)</translation>
    </message>
    <message>
        <source>Price far below market</source>
        <translation>Prix très inférieur au marché</translation>
    </message>
    <message>
        <source>Photos used by other sellers</source>
        <translation>Photos utilisées par d&apos;autres vendeurs</translation>
    </message>
    <message>
        <source>{count} photos match other sellers&apos; listings</source>
        <translation>{count} photo(s) identique(s) chez d&apos;autres vendeurs</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Sampling rules per queue</source>
        <translation>Règles d&apos;échantillonnage par file</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Taux de base</translation>
    </message>
    <message>
        <source>New moderators</source>
        <translation>Nouveaux modérateurs</translation>
    </message>
    <message>
        <source>…who joined within</source>
        <translation>…arrivés depuis moins de</translation>
    </message>
    <message>
        <source>Error threshold (30 days)</source>
        <translation>Seuil d&apos;erreur (30 jours)</translation>
    </message>
    <message>
        <source>Rate above the threshold</source>
        <translation>Taux au-dessus du seuil</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>A decision is sampled at the highest rate that applies, times its outcome&apos;s factor. Moderators cannot tell which decisions are audited.</source>
        <translation>Une décision est échantillonnée au plus haut taux applicable, multiplié par le facteur de son issue. Les modérateurs ne peuvent pas savoir quelles décisions sont auditées.</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Aucune file.</translation>
    </message>
    <message>
        <source>Sampling rule of %1 saved.</source>
        <translation>Règle d&apos;échantillonnage de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>ScamPattern</name>
    <message>
        <source>A messaging handle after the app&apos;s name: the seller moves the conversation off the platform, where scams happen.</source>
        <translation>Un pseudo de messagerie après le nom de l&apos;appli : le vendeur sort la conversation de la plateforme, là où se font les arnaques.</translation>
    </message>
    <message>
        <source>Payment by transfer before delivery or outside the platform: the buyer has no protection if nothing arrives.</source>
        <translation>Paiement par virement avant livraison ou hors plateforme : l&apos;acheteur n&apos;a aucune protection si rien n&apos;arrive.</translation>
    </message>
    <message>
        <source>Deposit asked before any visit: typical of fake rentals, the home is not available or does not exist.</source>
        <translation>Acompte demandé avant toute visite : typique des fausses locations, le logement n&apos;est pas disponible ou n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Shipping only and payment by transfer: the buyer cannot see the item and cannot get the money back.</source>
        <translation>Envoi uniquement et paiement par virement : l&apos;acheteur ne peut pas voir l&apos;article ni récupérer son argent.</translation>
    </message>
    <message>
        <source>Refuses the platform&apos;s secure payment: nothing protects the buyer once the money is sent.</source>
        <translation>Refuse le paiement sécurisé de la plateforme : rien ne protège l&apos;acheteur une fois l&apos;argent envoyé.</translation>
    </message>
    <message>
        <source>Overpayment then a refund of the difference: the first payment is fake or will be reversed.</source>
        <translation>Trop-perçu puis remboursement de la différence : le premier paiement est faux ou sera annulé.</translation>
    </message>
    <message>
        <source>Seller says they are abroad: the item cannot be seen and a courier or agent is meant to deliver after payment.</source>
        <translation>Le vendeur se dit à l&apos;étranger : impossible de voir l&apos;article, un transporteur ou un agent doit livrer après paiement.</translation>
    </message>
    <message>
        <source>Coded wording for paid sexual services, often posted in an unrelated category.</source>
        <translation>Formulation codée pour des services sexuels tarifés, souvent publiée dans une catégorie sans rapport.</translation>
    </message>
    <message>
        <source>Payment before delivery</source>
        <translation>Paiement avant livraison</translation>
    </message>
    <message>
        <source>Deposit before a visit</source>
        <translation>Acompte avant visite</translation>
    </message>
    <message>
        <source>Shipping only, paid by transfer</source>
        <translation>Envoi uniquement, payé par virement</translation>
    </message>
    <message>
        <source>Refuses secure payment</source>
        <translation>Refuse le paiement sécurisé</translation>
    </message>
    <message>
        <source>Overpayment and refund</source>
        <translation>Trop-perçu et remboursement</translation>
    </message>
    <message>
        <source>Seller abroad</source>
        <translation>Vendeur à l&apos;étranger</translation>
    </message>
    <message>
        <source>Coded sexual services</source>
        <translation>Services sexuels codés</translation>
    </message>
    <message>
        <source>Messaging handle</source>
        <translation>Identifiant de messagerie</translation>
    </message>
</context>
<context>
    <name>SellerPanel</name>
    <message>
        <source>Account age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>Past listings</source>
        <translation>Annonces passées</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Recent outcomes</source>
        <translation>Décisions récentes</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>No risk score</source>
        <translation>Pas de score de risque</translation>
    </message>
    <message>
        <source>No risk factors</source>
        <translation>Aucun facteur de risque</translation>
    </message>
    <message>
        <source>Seller history not available</source>
        <translation>Historique du vendeur indisponible</translation>
    </message>
    <message>
        <source>It will appear once synced</source>
        <translation>Il apparaîtra après la synchronisation</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Email %1  Phone %2  ID %3</source>
        <translation>E-mail %1  Tél. %2  Identité %3</translation>
    </message>
    <message>
        <source>%1 · latest: %2</source>
        <translation>%1 · dernière : %2</translation>
    </message>
    <message>
        <source>%1 approved · %2 rejected</source>
        <translation>%1 validées · %2 refusées</translation>
    </message>
    <message>
        <source>No earlier listings</source>
        <translation>Aucune annonce antérieure</translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation>partage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n strikes</source>
        <translation>
            <numerusform>%n sanction</numerusform>
            <numerusform>%n sanctions</numerusform>
        </translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Aucun compte lié</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Last user name</source>
        <translation>Dernier nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Hide flagged photos by</source>
        <translation>Masquer les photos signalées par</translation>
    </message>
    <message>
        <source>Blurring</source>
        <translation>Flou</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Blurring and greyscale</source>
        <translation>Flou et niveaux de gris</translation>
    </message>
    <message>
        <source>Hide every photo until I reveal it</source>
        <translation>Masquer toutes les photos jusqu&apos;à ce que je les affiche</translation>
    </message>
    <message>
        <source>Hide photos flagged as</source>
        <translation>Masquer les photos signalées comme</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keep cached listings for (days)</source>
        <translation>Garder les annonces en cache (jours)</translation>
    </message>
    <message>
        <source>Listings to keep ready (also offline)</source>
        <translation>Annonces à garder prêtes (aussi hors ligne)</translation>
    </message>
    <message>
        <source>Photo screening threads</source>
        <translation>Threads d&apos;analyse des photos</translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation>Taille du texte (points)</translation>
    </message>
    <message>
        <source>Ask again before sending a rejection</source>
        <translation>Demander confirmation avant d&apos;envoyer un refus</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>How many listings the desk keeps leased and downloaded: the work left when the network drops. Takes effect at the next start.</source>
        <translation>Nombre d&apos;annonces que le poste garde réservées et téléchargées : le travail qui reste quand le réseau tombe. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Double-click a key cell to change it. Separate several keys with a comma; leave empty to unbind.</source>
        <translation>Double-cliquez sur une touche pour la changer. Séparez plusieurs touches par une virgule ; laissez vide pour désactiver.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Toggle a reason (reject) or pick a target (escalate)</source>
        <translation>Cocher un motif (refus) ou choisir une destination (escalade)</translation>
    </message>
    <message>
        <source>Change them in Settings › Keyboard. Photos: V reveals, + / − / 0 zoom, [ and ] switch.</source>
        <translation>Modifiables dans Paramètres › Clavier. Photos : V affiche, + / − / 0 zooment, [ et ] changent de photo.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Moderator workstation</source>
        <translation>Connexion — Poste de modération</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the server address, your username and your password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <source>Too many attempts; try again in %1 s</source>
        <translation>Trop de tentatives ; réessayez dans %1 s</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Illegal content</source>
        <translation>Contenu illicite</translation>
    </message>
    <message>
        <source>Incompatible with the terms of service</source>
        <translation>Incompatible avec les conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>A user&apos;s notice (Art. 16)</source>
        <translation>Signalement d&apos;un utilisateur (art. 16)</translation>
    </message>
    <message>
        <source>A trusted flagger&apos;s notice (Art. 22)</source>
        <translation>Signalement d&apos;un signaleur de confiance (art. 22)</translation>
    </message>
    <message>
        <source>Another notification</source>
        <translation>Autre notification</translation>
    </message>
    <message>
        <source>The platform&apos;s own initiative</source>
        <translation>Initiative propre de la plateforme</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <source>Statement of reasons: preview</source>
        <translation>Exposé des motifs : aperçu</translation>
    </message>
    <message>
        <source>Reasons chosen: %1</source>
        <translation>Motifs choisis : %1</translation>
    </message>
    <message>
        <source>Esc returns to the reasons (they are kept); Enter there confirms the rejection.</source>
        <translation>Échap revient aux motifs (ils sont conservés) ; Entrée y confirme le refus.</translation>
    </message>
    <message>
        <source>Asking the server for the statement…</source>
        <translation>Demande de l&apos;exposé au serveur…</translation>
    </message>
    <message>
        <source>The preview needs the server, and the desk cannot reach it now. The statement is written by the server when the rejection arrives; your reasons are kept and you can still confirm.</source>
        <translation>L&apos;aperçu a besoin du serveur, injoignable pour l&apos;instant. Le serveur rédige l&apos;exposé à l&apos;arrivée du refus ; vos motifs sont conservés et vous pouvez quand même confirmer.</translation>
    </message>
    <message>
        <source>The server could not preview the statement: %1</source>
        <translation>Le serveur n&apos;a pas pu produire l&apos;aperçu : %1</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>How the case started</source>
        <translation>Origine du dossier</translation>
    </message>
    <message>
        <source>Automated detection</source>
        <translation>Détection automatisée</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>Identifiant de l&apos;exposé</translation>
    </message>
    <message>
        <source>What the seller receives</source>
        <translation>Ce que reçoit le vendeur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>assigned when the decision is recorded</source>
        <translation>attribué à l&apos;enregistrement de la décision</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>● Syncing</source>
        <translation>● Synchronisation</translation>
    </message>
    <message>
        <source>● Offline — working from the local cache</source>
        <translation>● Hors ligne — travail sur le cache local</translation>
    </message>
    <message>
        <source>● Signed out</source>
        <translation>● Déconnecté</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Nouvel essai dans %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n unsent</source>
        <translation>
            <numerusform>À envoyer : %n</numerusform>
            <numerusform>À envoyer : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready</source>
        <translation>
            <numerusform>%n annonce prête</numerusform>
            <numerusform>%n annonces prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) ready offline</source>
        <translation>
            <numerusform>%n annonce prête hors ligne</numerusform>
            <numerusform>%n annonces prêtes hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Leases: %1 left</source>
        <translation>Réservations : %1 restantes</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>A proxy or gateway answered HTTP %1 instead of the server; it is not the server&apos;s answer.</source>
        <translation>Un proxy ou une passerelle a répondu HTTP %1 à la place du serveur ; ce n&apos;est pas la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Le serveur a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer this desk cannot read.</source>
        <translation>Le serveur a envoyé une réponse illisible pour ce poste.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again. Your decisions are kept.</source>
        <translation>Votre session a expiré ; reconnectez-vous. Vos décisions sont conservées.</translation>
    </message>
    <message>
        <source>The server refused a request (HTTP %1).</source>
        <translation>Le serveur a refusé une requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused a decision for a reason this desk does not know (%1); it is sent again.</source>
        <translation>Le serveur a refusé une décision pour une raison inconnue de ce poste (%1) ; elle est renvoyée.</translation>
    </message>
    <message>
        <source>Disk full: decisions cannot be saved until some space is freed.</source>
        <translation>Disque plein : aucune décision ne peut être enregistrée tant que de l&apos;espace n&apos;est pas libéré.</translation>
    </message>
    <message>
        <source>The disk cannot be written: decisions cannot be saved.</source>
        <translation>Impossible d&apos;écrire sur le disque : aucune décision ne peut être enregistrée.</translation>
    </message>
    <message>
        <source>Sync hit an internal error; it will try again.</source>
        <translation>La synchronisation a rencontré une erreur interne ; elle va réessayer.</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits : %1</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter CSV</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Exporter XLSX</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Flags the moderator saw</source>
        <translation>Signalements vus par le modérateur</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Envoyer et suivant</translation>
    </message>
    <message>
        <source>Enter claims the next sample.</source>
        <translation>Entrée réserve l&apos;échantillon suivant.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Decide on your own: %1 approve · %2 reject · %3 escalate · %4 give back.</source>
        <translation>Décidez seul : %1 valider · %2 refuser · %3 escalader · %4 rendre.</translation>
    </message>
    <message>
        <source>Reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation>Motifs : 1–9 cochent, Entrée confirme, Échap revient.</translation>
    </message>
    <message>
        <source>Recording your decision…</source>
        <translation>Enregistrement de votre décision…</translation>
    </message>
    <message>
        <source>%1 agree · %2 disagree · %3/%4/%5 correct decision · 1/2/3 severity · %6 comment · Enter submits.</source>
        <translation>%1 d&apos;accord · %2 pas d&apos;accord · %3/%4/%5 bonne décision · 1/2/3 gravité · %6 commentaire · Entrée envoie.</translation>
    </message>
    <message>
        <source>Correct reasons: 1–9 toggle, Enter confirms, Esc goes back.</source>
        <translation>Bons motifs : 1–9 cochent, Entrée confirme, Échap revient.</translation>
    </message>
    <message>
        <source>Type the comment; Enter submits, Esc returns to the keys.</source>
        <translation>Tapez le commentaire ; Entrée envoie, Échap revient aux touches.</translation>
    </message>
    <message>
        <source>Recording the verdict…</source>
        <translation>Enregistrement du verdict…</translation>
    </message>
    <message>
        <source>Calibration: decide on your own: %1 approve · %2 reject · %3 escalate.</source>
        <translation>Calibrage : décidez seul : %1 valider · %2 refuser · %3 escalader.</translation>
    </message>
    <message>
        <source>Step 1 of 2 · Blind decision</source>
        <translation>Étape 1 sur 2 · Décision à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Step 2 of 2 · Verdict</source>
        <translation>Étape 2 sur 2 · Verdict</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>La vôtre : %1</translation>
    </message>
    <message>
        <source>Yours: not decided yet</source>
        <translation>La vôtre : pas encore prise</translation>
    </message>
    <message>
        <source>Moderator&apos;s: hidden until you decide</source>
        <translation>Celle du modérateur : masquée jusqu&apos;à votre décision</translation>
    </message>
    <message>
        <source>Moderator&apos;s: %1</source>
        <translation>Celle du modérateur : %1</translation>
    </message>
    <message>
        <source>%1 · %2 s on the listing · %3</source>
        <translation>%1 · %2 s sur l&apos;annonce · %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Correct decision: %1</source>
        <translation>Bonne décision : %1</translation>
    </message>
</context>
<context>
    <name>WellnessForm</name>
    <message>
        <source>The budget per shift (%1) is larger than the budget per day (%2): the day budget would always be reached first.</source>
        <translation>Le budget par poste (%1) dépasse le budget par jour (%2) : le budget du jour serait toujours atteint en premier.</translation>
    </message>
    <message>
        <source>A break (%1 min) must be shorter than the interval between breaks (%2 min).</source>
        <translation>Une pause (%1 min) doit être plus courte que l&apos;intervalle entre deux pauses (%2 min).</translation>
    </message>
    <message>
        <source>Unknown time zone: %1. Use a name such as Europe/Paris or UTC.</source>
        <translation>Fuseau horaire inconnu : %1. Utilisez un nom comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>WellnessSettingsDialog</name>
    <message>
        <source>Wellness settings</source>
        <translation>Paramètres de bien-être</translation>
    </message>
    <message>
        <source>Exposure is the time spent on listings with nudity or violence flags and the flagged photos revealed. Moderators see their own figures in the status bar; you see everyone&apos;s on the dashboard.</source>
        <translation>L&apos;exposition est le temps passé sur des annonces signalées pour nudité ou violence et les photos signalées dévoilées. Les modérateurs voient leurs propres chiffres dans la barre d&apos;état ; vous voyez ceux de tous dans le tableau de bord.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> photos</source>
        <translation> photos</translation>
    </message>
    <message>
        <source>Remind the moderator</source>
        <translation>Avertir le modérateur</translation>
    </message>
    <message>
        <source>Remind, then give them listings without sensitive flags</source>
        <translation>Avertir, puis lui donner des annonces sans signalement sensible</translation>
    </message>
    <message>
        <source>Serve them anyway (the queue must be worked)</source>
        <translation>Les attribuer quand même (la file doit être traitée)</translation>
    </message>
    <message>
        <source>Hold them back from moderators at their budget</source>
        <translation>Les retenir pour les modérateurs à leur budget</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Break reminder every</source>
        <translation>Rappel de &amp;pause toutes les</translation>
    </message>
    <message>
        <source>A break &amp;lasts at least</source>
        <translation>Une pause &amp;dure au moins</translation>
    </message>
    <message>
        <source>A shift &amp;ends after a pause of</source>
        <translation>Un poste se &amp;termine après une pause de</translation>
    </message>
    <message>
        <source>Sensitive time per &amp;shift</source>
        <translation>Temps sensible par p&amp;oste</translation>
    </message>
    <message>
        <source>Sensitive time per &amp;day</source>
        <translation>Temps sensible par &amp;jour</translation>
    </message>
    <message>
        <source>Flagged &amp;photos per shift</source>
        <translation>P&amp;hotos signalées par poste</translation>
    </message>
    <message>
        <source>Flagged p&amp;hotos per day</source>
        <translation>Photos signalées par jou&amp;r</translation>
    </message>
    <message>
        <source>Re&amp;mind at</source>
        <translation>A&amp;vertir à</translation>
    </message>
    <message>
        <source>When a budget is &amp;reached</source>
        <translation>Quand un budget est attei&amp;nt</translation>
    </message>
    <message>
        <source>When &amp;only sensitive listings are left</source>
        <translation>Quand il ne reste q&amp;ue des annonces sensibles</translation>
    </message>
    <message>
        <source>Time &amp;zone (days start at midnight there)</source>
        <translation>&amp;Fuseau horaire (les jours y commencent à minuit)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Aucun budget</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No teams on this server.</source>
        <translation>Aucune équipe sur ce serveur.</translation>
    </message>
    <message>
        <source>The teams could not be loaded: %1</source>
        <translation>Les équipes n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>nobody yet (defaults)</source>
        <translation>personne encore (valeurs par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Last changed by %1.</source>
        <translation>
            <numerusform>%n membre. Dernière modification par %1.</numerusform>
            <numerusform>%n membres. Dernière modification par %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Enregistré pour %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>team %1</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
