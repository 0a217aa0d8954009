# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Waa'ee barumsaa maal yaadda?
invitation-page-intro = { $municipality } waa'ee barumsa Afaan Norweey fi sagantaa seensaa maal akka yaaddu beekuu barbaada. Moobaayilii, taabletii ykn kompiitara irratti deebisi.
invitation-page-anonymous = Fedhii keeti, maqaa malees. Namni kamiyyuu waan ati deebistu arguu hin danda'u.
invitation-page-steps = Koodii QR kaameraan iskaan godhi, ykn liinkii biraawzara irratti barreessi. Afaan kee filadhu. Gaaffilee hunda dhaggeeffachuu dandeessa.
invitation-page-code = Yoo koodiin siin gaafatame, kana barreessi: { $code }
invitation-page-deadline = Guyyaan dhumaa deebisuu: { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Waa'ee barumsaa yaada kee nutti himi: { $link }

## The e-mail

invitation-email-subject = Waa'ee barumsaa maal yaadda? Qorannoo deebisi
invitation-email-body =
    Akkam!
    
    { $municipality } waa'ee barumsa Afaan Norweey fi sagantaa seensaa maal akka yaaddu beekuu barbaada.
    Fedhii keeti, maqaa malees. Namni kamiyyuu waan ati deebistu arguu hin danda'u.
    
    Liinkii moobaayilii, taabletii ykn kompiitara irratti bani, afaan kee filadhu, gaaffilees deebisi.
    Gaaffilee hunda dhaggeeffachuu dandeessa.
    
    { $link }
    
    Yoo koodiin siin gaafatame, kana barreessi: { $code }
    Guyyaan dhumaa deebisuu: { $close }.
    
    Gargaarsa keetiif galatoomi!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Qorannoo barumsa interneetii irratti (Teams ykn Zoom)
invitation-lesson-steps =
    1. Liinkii chaatii keessa maxxansi: { $link }
    2. Hirmaattonni liinkii moobaayilii, taabletii ykn kompiitara mataa isaanii irratti akka banan gaafadhu, iskiriinii ati qooddu irratti miti.
    3. Yoo namni tokko koodii gaafatame, koodii chaatii keessatti barreessi: { $code }
    4. Qorannoon kun maqaa malee akka ta'e, fi namni kamiyyuu, barsiisaan illee, deebii arguu akka hin dandeenye itti himi.
    5. Yeroo hirmaattonni deebisan, iskiriinii kee qooduu dhaabi, yeroo isaan barbaachisu hundas kenniif.
    6. Namni interneetiin irraa cite deebii isaa xumuruu danda'a: deebiin yeroo interneetiin deebi'u ni ergama.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Dura yaaluu barbaaddaa? Yaalii keessatti wanti tokkollee hin kuufamu: { $demo }
invitation-lesson-demo = Osoo hin deebisin dura: yaalii sana iskiriinii qooddu irratti agarsiisi, waliin keessa darbaa. Wanti tokkollee hin kuufamu: { $demo }
