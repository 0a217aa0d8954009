# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = د زده کړې په اړه ستاسو نظر څه دی؟
invitation-page-intro = { $municipality } غواړي پوه شي چې د ناروېژي ژبې د زده کړې او د معرفي پروګرام په اړه ستاسو نظر څه دی. په موبایل، ټابلېټ یا کمپیوټر ځواب ورکړئ.
invitation-page-anonymous = ګډون ستاسو په خوښه دی او بې نومه دی. هېڅوک نشي لیدلی چې تاسو څه ځواب ورکوئ.
invitation-page-steps = QR کوډ په کمره سکن کړئ، یا لینک په براوزر کې ولیکئ. خپله ژبه وټاکئ. تاسو کولی شئ ټولې پوښتنې واورئ.
invitation-page-code = که له تاسو کوډ وغوښتل شو، دا ولیکئ: { $code }
invitation-page-deadline = تر { $close } پورې ځواب ورکړئ.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = د زده کړې په اړه خپل نظر ووایئ: { $link }

## The e-mail

invitation-email-subject = د زده کړې په اړه ستاسو نظر څه دی؟ سروې ته ځواب ورکړئ
invitation-email-body =
    سلام!
    
    { $municipality } غواړي پوه شي چې د ناروېژي ژبې د زده کړې او د معرفي پروګرام په اړه ستاسو نظر څه دی.
    ګډون ستاسو په خوښه دی او بې نومه دی. هېڅوک نشي لیدلی چې تاسو څه ځواب ورکوئ.
    
    لینک په موبایل، ټابلېټ یا کمپیوټر کې پرانیزئ، خپله ژبه وټاکئ او پوښتنو ته ځواب ورکړئ.
    تاسو کولی شئ ټولې پوښتنې واورئ.
    
    { $link }
    
    که له تاسو کوډ وغوښتل شو، دا ولیکئ: { $code }
    تر { $close } پورې ځواب ورکړئ.
    
    ستاسو د مرستې مننه!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = سروې په آنلاین درس کې (Teams یا Zoom)
invitation-lesson-steps =
    1. لینک په چټ کې کېږدئ: { $link }
    2. له ګډونوالو وغواړئ چې لینک په خپل موبایل، ټابلېټ یا کمپیوټر کې پرانیزي، نه په هغه سکرین چې تاسو یې شریکوئ.
    3. که له چا کوډ وغوښتل شو، کوډ په چټ کې ولیکئ: { $code }
    4. ووایئ چې سروې بې نومه ده، او هېڅوک، حتی ښوونکی هم، ځوابونه نشي لیدلی.
    5. کله چې ګډونوال ځواب ورکوي، د خپل سکرین شریکول بند کړئ، او هغوی ته هومره وخت ورکړئ چې ورته اړتیا لري.
    6. که د چا انټرنیټ قطع شي، بیا هم کولی شي ځواب بشپړ کړي: ځواب هغه وخت لېږل کېږي چې انټرنیټ بېرته راشي.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = غواړئ لومړی یې وازمویئ؟ د ازمویښت په نسخه کې هېڅ شی نه خوندي کېږي: { $demo }
invitation-lesson-demo = له ځواب ورکولو مخکې: د ازمویښت نسخه په هغه سکرین وښایئ چې شریکوئ یې، او یوځای یې وګورئ. هېڅ شی نه خوندي کېږي: { $demo }
