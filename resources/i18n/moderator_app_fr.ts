<?xml version='1.0' encoding='utf-8'?>
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
        <translation>Modération d'annonces qui fonctionne hors ligne. Les photos sont pré-analysées sur cet ordinateur avec les modèles ci-dessous ; leurs licences s'appliquent aux fichiers des modèles.</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The server refused these decisions, usually because the lease expired or another moderator decided the item first. Nothing else needs doing; they are kept here for your record.</source>
        <translation>Le serveur a refusé ces décisions, en général parce que la réservation a expiré ou qu'un autre modérateur a traité l'annonce avant vous. Rien d'autre à faire ; elles sont conservées ici pour mémoire.</translation>
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
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Lease expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>Taken by someone else</source>
        <translation>Prise par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Déjà traitée</translation>
    </message>
    <message>
        <source>Refused as invalid</source>
        <translation>Refusée comme invalide</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Your decisions are safe: they were saved before this happened. The details below are also in the log file. Copy them into a bug report.</source>
        <translation>Vos décisions sont en sécurité : elles ont été enregistrées avant l'incident. Les détails ci-dessous figurent aussi dans le journal. Copiez-les dans un rapport de bogue.</translation>
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
        <source>Escalate to:</source>
        <translation>Escalader vers :</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Annuler (%1 s)</translation>
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
    <name>FindingField</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
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
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler le choix</translation>
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
        <source>The server refused a decision. Open Conflicts to see which.</source>
        <translation>Le serveur a refusé une décision. Ouvrez Conflits pour voir laquelle.</translation>
    </message>
    <message>
        <source>Listing %1 (seller %2) uses the same photo; its id was copied.</source>
        <translation>L'annonce %1 (vendeur %2) utilise la même photo ; son identifiant a été copié.</translation>
    </message>
    <message>
        <source>Sign out and forget the saved token? Unsent decisions are kept and sent next time.</source>
        <translation>Se déconnecter et oublier le jeton enregistré ? Les décisions non envoyées sont conservées et partiront à la prochaine connexion.</translation>
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
    <name>PhotoFlags</name>
    <message>
        <source>Server flag from %1</source>
        <translation>Signalement serveur de %1</translation>
    </message>
    <message>
        <source>Same photo in listing %1</source>
        <translation>Même photo dans l'annonce %1</translation>
    </message>
    <message>
        <source>Seller %1 · pHash distance %2 of 64 bits</source>
        <translation>Vendeur %1 · distance pHash %2 sur 64 bits</translation>
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
        <translation>Cette annonce n'a pas de photo</translation>
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
    <name>ReviewScreen</name>
    <message>
        <source>Pick a queue to start reviewing.</source>
        <translation>Choisissez une file pour commencer.</translation>
    </message>
    <message>
        <source>No listings ready yet.
New items are claimed and downloaded in the background.</source>
        <translation>Aucune annonce prête pour l'instant.
De nouvelles annonces sont réservées et téléchargées en arrière-plan.</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 sur %2 prêtes</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Décision annulée.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Trop tard pour annuler : la décision a déjà été envoyée.</translation>
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
        <translation>Cette file n'a aucun motif de refus.</translation>
    </message>
    <message>
        <source>This queue has no escalation target.</source>
        <translation>Cette file n'a aucune destination d'escalade.</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>Il n'y a aucune décision à annuler.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision is more than 5 seconds old.</source>
        <translation>Trop tard pour annuler : la décision date de plus de 5 secondes.</translation>
    </message>
    <message>
        <source>Too late to undo: the decision has already been sent.</source>
        <translation>Trop tard pour annuler : la décision a déjà été envoyée.</translation>
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
        <translation>Aucune vérification d'identité (KYC)</translation>
    </message>
    <message>
        <source>Identity check pending</source>
        <translation>Vérification d'identité en cours</translation>
    </message>
    <message>
        <source>Identity check (KYC) not finished</source>
        <translation>Vérification d'identité (KYC) non terminée</translation>
    </message>
    <message>
        <source>Phone not verified</source>
        <translation>Téléphone non vérifié</translation>
    </message>
    <message>
        <source>The phone number was never confirmed</source>
        <translation>Le numéro de téléphone n'a jamais été confirmé</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>E-mail non vérifié</translation>
    </message>
    <message>
        <source>The email address was never confirmed</source>
        <translation>L'adresse e-mail n'a jamais été confirmée</translation>
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
        <translation>{count} signalement(s) d'autres utilisateurs</translation>
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
        <translation>Rafale d'annonces d'un compte récent</translation>
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
        <translation>{count} téléphone(s), e-mail(s) ou pseudo(s) dans l'annonce</translation>
    </message>
    <message>
        <source>Price far below market</source>
        <translation>Prix très inférieur au marché</translation>
    </message>
    <message>
        <source>{percent}% of the category's median price</source>
        <translation>{percent} % du prix médian de la catégorie</translation>
    </message>
    <message>
        <source>Photos used by other sellers</source>
        <translation>Photos utilisées par d'autres vendeurs</translation>
    </message>
    <message>
        <source>{count} photos match other sellers' listings</source>
        <translation>{count} photo(s) identique(s) chez d'autres vendeurs</translation>
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
        <translation>Dernier nom d'utilisateur</translation>
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
        <translation>Masquer toutes les photos jusqu'à ce que je les affiche</translation>
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
        <source>Listings to prepare ahead</source>
        <translation>Annonces à préparer d'avance</translation>
    </message>
    <message>
        <source>Photo screening threads</source>
        <translation>Threads d'analyse des photos</translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation>Taille du texte (points)</translation>
    </message>
    <message>
        <source>Ask again before sending a rejection</source>
        <translation>Demander confirmation avant d'envoyer un refus</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the server address, your username and your password.</source>
        <translation>Saisissez l'adresse du serveur, votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Le serveur est injoignable. Vérifiez l'adresse et votre réseau.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
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
    <message numerus="yes">
        <source>Outbox: %n unsent</source>
        <translation>
            <numerusform>À envoyer : %n</numerusform>
            <numerusform>À envoyer : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Leases: %1 left</source>
        <translation>Réservations : %1 restantes</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits : %1</translation>
    </message>
</context>
</TS>