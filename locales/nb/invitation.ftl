# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Hva synes du om opplæringen?
invitation-page-intro = { $municipality } vil vite hva du synes om norskopplæringen og introduksjonsprogrammet. Svar på mobil, nettbrett eller PC.
invitation-page-anonymous = Det er frivillig og anonymt. Ingen kan se hva du svarer.
invitation-page-steps = Skann QR-koden med kameraet, eller skriv lenken i nettleseren. Velg språket ditt. Du kan lytte til alle spørsmålene.
invitation-page-code = Hvis du blir spurt om kode, skriv: { $code }
invitation-page-deadline = Svar senest { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Hva synes du om opplæringen? Svar anonymt: { $link }

## The e-mail

invitation-email-subject = Hva synes du om opplæringen? Svar på undersøkelsen
invitation-email-body =
    Hei!
    
    { $municipality } vil vite hva du synes om norskopplæringen og introduksjonsprogrammet.
    Det er frivillig og anonymt. Ingen kan se hva du svarer.
    
    Åpne lenken på mobil, nettbrett eller PC, velg språket ditt og svar på spørsmålene.
    Du kan lytte til alle spørsmålene.
    
    { $link }
    
    Hvis du blir spurt om kode, skriv: { $code }
    Svar senest { $close }.
    
    Takk for hjelpen!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Undersøkelsen i en digital time (Teams eller Zoom)
invitation-lesson-steps =
    1. Lim inn lenken i chatten: { $link }
    2. Be deltakerne åpne lenken på sin egen mobil, nettbrett eller PC, ikke på skjermen du deler.
    3. Hvis noen blir spurt om kode, skriv koden i chatten: { $code }
    4. Fortell at undersøkelsen er anonym, og at ingen, heller ikke læreren, kan se svarene.
    5. Slå av delingen av din egen skjerm mens deltakerne svarer, og la dem bruke den tiden de trenger.
    6. Den som mister nettet, kan svare ferdig: svaret sendes når nettet er tilbake.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Vil du prøve først? I demoen blir ingenting lagret: { $demo }
invitation-lesson-demo = Før dere svarer: vis demoen på skjermen du deler, og gå gjennom den sammen. Ingenting blir lagret: { $demo }
