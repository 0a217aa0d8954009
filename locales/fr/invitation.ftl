# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Que pensez-vous de vos cours ?
invitation-page-intro = { $municipality } veut savoir ce que vous pensez des cours de norvégien et du programme d’introduction. Répondez sur un téléphone, une tablette ou un ordinateur.
invitation-page-anonymous = C’est libre et anonyme. Personne ne peut voir vos réponses.
invitation-page-steps = Scannez le code QR avec l’appareil photo, ou écrivez le lien dans le navigateur. Choisissez votre langue. Vous pouvez écouter toutes les questions.
invitation-page-code = Si on vous demande un code, écrivez : { $code }
invitation-page-deadline = Répondez au plus tard le { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Donnez votre avis sur vos cours : { $link }

## The e-mail

invitation-email-subject = Que pensez-vous de vos cours ? Répondez à l’enquête
invitation-email-body =
    Bonjour !
    
    { $municipality } veut savoir ce que vous pensez des cours de norvégien et du programme d’introduction.
    C’est libre et anonyme. Personne ne peut voir vos réponses.
    
    Ouvrez le lien sur un téléphone, une tablette ou un ordinateur, choisissez votre langue et répondez aux questions.
    Vous pouvez écouter toutes les questions.
    
    { $link }
    
    Si on vous demande un code, écrivez : { $code }
    Répondez au plus tard le { $close }.
    
    Merci pour votre aide !

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = L’enquête pendant un cours en ligne (Teams ou Zoom)
invitation-lesson-steps =
    1. Collez le lien dans le chat : { $link }
    2. Demandez aux participants d’ouvrir le lien sur leur propre téléphone, tablette ou ordinateur, pas sur l’écran que vous partagez.
    3. Si on demande un code à quelqu’un, écrivez le code dans le chat : { $code }
    4. Dites que l’enquête est anonyme et que personne, même pas l’enseignant, ne peut voir les réponses.
    5. Arrêtez le partage de votre écran pendant que les participants répondent, et laissez-leur le temps qu’il leur faut.
    6. Si quelqu’un perd la connexion, il peut quand même finir : la réponse part quand la connexion revient.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Vous voulez essayer d’abord ? Rien n’est enregistré dans la démo : { $demo }
invitation-lesson-demo = Avant de répondre : montrez la démo sur l’écran que vous partagez et parcourez-la ensemble. Rien n’est enregistré : { $demo }
