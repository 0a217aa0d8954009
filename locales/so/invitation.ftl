# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Maxaad ka qabtaa waxbarashada?
invitation-page-intro = { $municipality } waxay rabtaa inay ogaato waxaad ka qabto waxbarashada af-Noorwiijiga iyo barnaamijka hordhaca. Ka jawaab taleefanka, tablet-ka ama kombiyuutarka.
invitation-page-anonymous = Waa ikhtiyaari, magacna lagama qoro. Qofna ma arki karo waxaad ka jawaabto.
invitation-page-steps = Koodhka QR-ka ku sawir kamarada, ama linkiga ku qor browser-ka. Dooro luqaddaada. Waad dhageysan kartaa dhammaan su'aalaha.
invitation-page-code = Haddii lagu weydiiyo koodh, qor: { $code }
invitation-page-deadline = Ugu dambayn ka jawaab { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Noo sheeg waxaad ka qabto waxbarashada: { $link }

## The e-mail

invitation-email-subject = Maxaad ka qabtaa waxbarashada? Ka jawaab sahanka
invitation-email-body =
    Salaan!
    
    { $municipality } waxay rabtaa inay ogaato waxaad ka qabto waxbarashada af-Noorwiijiga iyo barnaamijka hordhaca.
    Waa ikhtiyaari, magacna lagama qoro. Qofna ma arki karo waxaad ka jawaabto.
    
    Linkiga ka fur taleefanka, tablet-ka ama kombiyuutarka, dooro luqaddaada oo ka jawaab su'aalaha.
    Waad dhageysan kartaa dhammaan su'aalaha.
    
    { $link }
    
    Haddii lagu weydiiyo koodh, qor: { $code }
    Ugu dambayn ka jawaab { $close }.
    
    Waad ku mahadsan tahay caawimaaddaada!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Sahanka casharka onlaynka ah (Teams ama Zoom)
invitation-lesson-steps =
    1. Linkiga ku dheji chat-ka: { $link }
    2. Ka codso ka-qaybgalayaasha inay linkiga ka furaan taleefankooda, tablet-kooda ama kombiyuutarkooda, ee aanay ka furin shaashadda aad wadaagayso.
    3. Haddii qof koodh la weydiiyo, koodhka ku qor chat-ka: { $code }
    4. U sheeg in sahanku magac la'aan yahay, oo aanu qofna, xitaa macallinku, arki karin jawaabaha.
    5. Jooji wadaagista shaashaddaada inta ka-qaybgalayaashu jawaabayaan, oo u oggolow inay qaataan waqtiga ay u baahan yihiin.
    6. Qofka internet-ku ka go'o wuu dhammayn karaa jawaabta: jawaabta waxaa la diraa marka internet-ku soo laabto.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Ma rabtaa inaad marka hore tijaabiso? Tijaabada waxba lagama kaydiyo: { $demo }
invitation-lesson-demo = Ka hor intaadan jawaabin: tus tijaabada shaashadda aad wadaagto, oo wada mara. Waxba lama kaydiyo: { $demo }
