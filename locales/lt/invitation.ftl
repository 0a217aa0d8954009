# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Ką manote apie mokymus?
invitation-page-intro = { $municipality } nori sužinoti, ką manote apie norvegų kalbos mokymus ir įvadinę programą. Atsakykite telefonu, planšete arba kompiuteriu.
invitation-page-anonymous = Tai savanoriška ir anonimiška. Niekas nematys, ką atsakote.
invitation-page-steps = Nuskenuokite QR kodą kamera arba įrašykite nuorodą naršyklėje. Pasirinkite savo kalbą. Visus klausimus galite išklausyti.
invitation-page-code = Jei bus paprašyta kodo, įrašykite: { $code }
invitation-page-deadline = Atsakykite ne vėliau kaip { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Ką manote apie mokymus? { $link }

## The e-mail

invitation-email-subject = Ką manote apie mokymus? Atsakykite į apklausą
invitation-email-body =
    Sveiki!
    
    { $municipality } nori sužinoti, ką manote apie norvegų kalbos mokymus ir įvadinę programą.
    Tai savanoriška ir anonimiška. Niekas nematys, ką atsakote.
    
    Atidarykite nuorodą telefone, planšetėje arba kompiuteryje, pasirinkite savo kalbą ir atsakykite į klausimus.
    Visus klausimus galite išklausyti.
    
    { $link }
    
    Jei bus paprašyta kodo, įrašykite: { $code }
    Atsakykite ne vėliau kaip { $close }.
    
    Ačiū už pagalbą!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Apklausa per nuotolinę pamoką (Teams arba Zoom)
invitation-lesson-steps =
    1. Įklijuokite nuorodą į pokalbį: { $link }
    2. Paprašykite dalyvių atidaryti nuorodą savo telefone, planšetėje arba kompiuteryje, o ne ekrane, kurį bendrinate.
    3. Jei kas nors bus paprašytas kodo, įrašykite kodą į pokalbį: { $code }
    4. Pasakykite, kad apklausa anoniminė ir kad niekas, net mokytojas, nemato atsakymų.
    5. Kol dalyviai atsako, išjunkite savo ekrano bendrinimą ir duokite jiems tiek laiko, kiek reikia.
    6. Kas praranda interneto ryšį, gali baigti atsakyti: atsakymas bus išsiųstas, kai ryšys grįš.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Norite pirmiau išbandyti? Demonstracinėje versijoje niekas neišsaugoma: { $demo }
invitation-lesson-demo = Prieš atsakydami: parodykite demonstracinę versiją bendrinamame ekrane ir peržiūrėkite ją kartu. Niekas neišsaugoma: { $demo }
