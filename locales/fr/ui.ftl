# Screen texts of the kiosk (French / Français).

## Welcome

welcome-greeting = Bienvenue !
welcome-choose-language = Choisissez votre langue
welcome-instructions = Touchez votre langue pour commencer. Touchez le haut-parleur pour écouter le texte.
welcome-start = Commencer

## Privacy notice

privacy-title = À propos de l’enquête
privacy-notice =
    Cette enquête est anonyme. Nous ne demandons pas votre nom, et personne ne peut voir vos réponses.
    Vous répondez si vous le voulez. Vous pouvez arrêter quand vous voulez, et alors rien n’est enregistré.
    Vos réponses sont chiffrées et envoyées à la Direction de l’intégration et de la diversité, Integrerings- og mangfoldsdirektoratet (IMDi).
    Votre commune voit seulement les réponses de beaucoup de participants ensemble, jamais une seule réponse.
    L’enquête suit le § 25 de la loi sur l’introduction (introduksjonsloven) et le § 41 de la loi sur l’intégration (integreringsloven).
privacy-accept = Je comprends, continuer

## Moving through the survey

nav-next = Suivant
nav-back = Retour
nav-play = Écouter
nav-stop-sound = Arrêter le son
progress = Question { $current } sur { $total }
free-text-placeholder = Écrivez ici si vous voulez
free-text-skip = Passer
choose-one = Choisissez une réponse.
choose-many = Choisissez une ou plusieurs réponses.

## Endings

screening-ended = Merci ! Vous ne devez pas répondre à l’enquête maintenant. Dites-le à votre enseignant.
finish-thanks = Merci beaucoup pour vos réponses !
finish-next = Maintenant, la personne suivante peut répondre.
survey-closed = L’enquête est fermée maintenant.
survey-closed-detail = Elle est ouverte du { $opens } au { $closes }.

## Idle warning

idle-title = Êtes-vous toujours là ?
idle-countdown = L’enquête recommence dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, et vos réponses seront effacées.
idle-continue = Je veux continuer

## Sound

sound-unavailable = Le son ne marche pas sur cette machine.
display-text-size = Texte plus grand
display-contrast = Couleurs plus fortes

## Practice mode

practice-banner = Version d’entraînement : rien n’est enregistré.

## Coordinator mode

coord-title = Coordinateur
coord-pin-set = Choisissez un code PIN pour le coordinateur
coord-pin-enter = Entrez le code PIN
coord-pin-confirm = Enregistrer le code PIN
coord-unlock = Déverrouiller
coord-pack = Pack de contenu
coord-period = L’enquête est ouverte
coord-pending = Réponses en attente d’envoi
coord-synced = Réponses envoyées
coord-last-sync = Dernier envoi
coord-never = Jamais
coord-audio = Son
coord-audio-ok = Fonctionne
coord-audio-missing = Pas d’appareil audio
coord-practice-on = Lancer un tour d’essai
coord-practice-off = Annuler le tour d’essai
coord-enrol = Connecter à la commune
coord-collector-url = Adresse du service de collecte
coord-access-code = Code d’accès de la commune
coord-kiosk-name = Nom de cette borne (facultatif, par exemple Salle 204)
coord-enrolled = Connecté à { $municipality }
coord-sync = Envoyer les réponses maintenant
coord-sync-progress = { $done } sur { $total } envoyées
coord-sync-done = Toutes les réponses sont envoyées.
coord-sync-stop = Arrêter l’envoi
coord-sync-retrying = Le service de collecte ne répond pas. Nouvel essai en cours (essai { $retries }).
coord-sync-stopped = L’envoi a été arrêté.
coord-sync-sent = Réponses envoyées maintenant : { $count }.
coord-sync-kept-future-date = Réponses non acceptées pour l’instant : { $count }. Le service de collecte indique que leur date est dans le futur. Date de cette machine : { $kiosk }. Date du service de collecte : { $collector }. Elles sont enregistrées en sécurité ici et seront renvoyées la prochaine fois. Vérifiez laquelle des deux dates est fausse.
coord-sync-kept-outside-period = Réponses non acceptées pour l’instant : { $count }. Leur date est en dehors de la période de l’enquête. Date de cette machine : { $kiosk }. Date du service de collecte : { $collector }. Elles sont enregistrées en sécurité ici et seront renvoyées la prochaine fois. Contactez les responsables de l’enquête.
coord-sync-refused-other = Réponses non acceptées : { $count } ({ $reason }). Contactez les responsables de l’enquête.
coord-sync-waiting = Réponses encore en attente : { $count }. Elles sont enregistrées en sécurité sur cette machine et seront envoyées la prochaine fois.
coord-sync-new-content = Un nouveau contenu a été installé (version { $version }).
coord-exit = Quitter le kiosque
coord-close = Fermer
coord-pin-rule = Le code PIN a de 4 à 12 chiffres.
coord-pin-again = Tapez le même code PIN encore une fois
coord-keypad-erase = Effacer
coord-auto-locked = L’écran a été verrouillé parce que personne ne l’a utilisé depuis un moment.
coord-exit-question = Voulez-vous fermer le kiosque ? Personne ne pourra répondre avant qu’il soit relancé.
coord-exit-yes = Oui, fermer
coord-exit-no = Non, revenir
coord-practice-ready = La prochaine personne aura la version d’essai. Rien n’est enregistré. Après un tour, le kiosque reprend les vraies réponses.
coord-sound-test = Tester le son
coord-sound-test-playing = Vous devez entendre « Bienvenue ! ». Si vous n’entendez rien, vérifiez le volume et le casque.
coord-sound-test-none = Aucun appareil audio trouvé. Branchez un casque ou un haut-parleur, puis relancez le kiosque.
coord-voices = Langues lues avec la voix d’une autre langue
coord-voices-none = Aucune
coord-recorded = Extraits enregistrés (le reste est une voix de synthèse)
coord-recorded-none = Aucun pour l’instant : tous les extraits sont une voix de synthèse
coord-update-offered = La version { $version } du kiosque est disponible. Demandez au service informatique de mettre à jour cette machine (apt upgrade). Les réponses en attente ici sont conservées.

## Errors shown to people

error-answer-required = Vous devez répondre à cette question.
error-invalid-answer = Cette réponse ne correspond pas à la question.
error-pin-wrong = Code PIN incorrect.
error-pin-throttled = Trop d’essais. Attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
error-pin-too-short = Le code PIN doit avoir au moins quatre chiffres.
error-pin-mismatch = Les deux codes PIN ne sont pas identiques. Tapez-les à nouveau.
error-no-network = Impossible de joindre le service de collecte. Vérifiez le réseau et réessayez.
error-wrong-code = Le code d’accès est faux.
error-locked-out = Trop d’essais incorrects. Réessayez plus tard.
error-kiosk-revoked = Ce kiosque a été déconnecté. Contactez la commune.
error-not-enrolled = Le kiosque n’est pas encore connecté à une commune.
error-collector-refused = Le service de collecte n’a pas accepté les réponses.
error-collector-full = Le service de collecte n’a plus de place et n’a pas pu enregistrer les réponses. Elles attendent en sécurité sur cet appareil ; synchronisez plus tard.
error-collector-read-only = Le service de collecte ne peut rien enregistrer pour le moment. Les réponses attendent en sécurité sur cet appareil ; synchronisez plus tard.
error-certificate-expired = Le certificat du service de collecte a expiré (ou l’horloge de cet appareil est fausse). Les réponses attendent en sécurité sur cet appareil.
error-certificate-wrong-name = Le certificat du service de collecte a été fait pour un autre nom que l’adresse donnée à ce kiosque. Les réponses attendent en sécurité sur cet appareil.
error-certificate-untrusted = Le certificat du service de collecte n’est pas reconnu sur cet appareil. Ajoutez son autorité de certification aux réglages du kiosque. Les réponses attendent ici en sécurité.
error-pack-invalid = Le pack de contenu n’est pas valide et ne sera pas utilisé.
error-survey-closed = L’enquête n’est pas ouverte maintenant.
error-storage = Impossible d’enregistrer. Rien n’est perdu. Dites-le à votre enseignant.
error-audio = Impossible de lire le son.
error-internal = Un problème est survenu. Dites-le à votre enseignant.
error-unsent-other-municipality = Cette machine a des réponses qui ne sont pas encore envoyées. Envoyez-les avant de connecter la machine à une autre commune.
error-insecure-collector = L’adresse du service de collecte doit commencer par https://. Les réponses sont envoyées seulement sous forme chiffrée.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Entrez le code
web-code-help = Le code est dans le message que vous avez reçu de la commune, par exemple 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Code
web-code-submit = Continuer
web-code-wrong = Le code n’est pas bon. Vérifiez les fautes de frappe et réessayez.
web-code-throttled = Trop d’essais. Attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } et réessayez.
web-code-throttled-spoken = Trop d’essais. Attendez un peu et réessayez.
web-code-offline = Vous n’avez pas internet. Connectez-vous à internet pour entrer le code.
web-language-not-kept = Cette langue n'est pas enregistrée sur cet appareil, et vous êtes hors ligne. Choisissez l'une des langues ci-dessous, ou réessayez quand vous serez en ligne.
web-page-title = Enquête anonyme
web-more = Plus d'options
web-insecure = Cette page n’est pas ouverte avec une connexion sécurisée (https). Votre réponse ne sera pas envoyée d’ici. Ouvrez de nouveau le lien que vous avez reçu.
web-sent = Votre réponse est envoyée. Merci !
web-waiting = Votre réponse est enregistrée et chiffrée sur cet appareil. Elle partira toute seule quand vous aurez de nouveau internet. Laissez la page ouverte, ou ouvrez-la de nouveau plus tard.
web-slowed = Beaucoup de réponses arrivent en ce moment. Votre réponse est enregistrée et chiffrée sur cet appareil, et partira toute seule dans quelques minutes. Laissez la page ouverte, ou ouvrez-la de nouveau plus tard.
web-another = Laisser répondre une autre personne

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Français
nav-done = Terminé
nav-stop = Arrêter
stop-confirm = Voulez-vous arrêter ? Vos réponses seront effacées. Rien n’est gardé.
stop-yes = Oui, arrêter
stop-no = Non, je veux continuer
screening-confirm = Vous avez répondu oui. Alors l’enquête s’arrête ici pour vous. C’est bien ça ?
screening-confirm-yes = Oui, c’est ça
error-nothing-chosen = Vous n’avez rien choisi. Touchez une réponse.
error-wrong-step = L’écran a changé. Vous êtes ici maintenant.
listen-all = Tout écouter
volume-up = Plus fort
volume-down = Moins fort
sound-playing = Le son est en cours. Touchez pour arrêter.
idle-spoken = Êtes-vous toujours là ? Si vous ne touchez pas l’écran, l’enquête recommence, et vos réponses seront effacées.
coord-auto-play-on = Activer la lecture des questions à voix haute
coord-auto-play-off = Désactiver la lecture des questions à voix haute

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Ceci est une démo. Rien de ce que vous répondez n’est enregistré ni envoyé.
invite-title = Que pensez-vous de vos cours ?
invite-what = Nous voulons savoir ce que vous pensez des cours de norvégien et du programme d’introduction.
invite-anonymous = C’est libre et anonyme. Personne ne peut voir vos réponses.
invite-time = Cela prend environ dix minutes.
invite-ear = Vous pouvez tout écouter. Touchez le haut-parleur pour entendre le texte. Touchez votre réponse pour la choisir.
invite-help = Besoin d’aide ? Demandez à votre enseignant ou à une personne de confiance.
invite-start = Commencer l’enquête
