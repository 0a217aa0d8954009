# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Tu li ser perwerdehiyê çi difikirî?
invitation-page-intro = { $municipality } dixwaze bizane tu li ser perwerdehiya zimanê norwecî û bernameya destpêkê çi difikirî. Bi mobîl, tablet an kompîturê bersiv bide.
invitation-page-anonymous = Ev bi dilê te ye û bênav e. Kes nikare bibîne tu çi bersiv didî.
invitation-page-steps = Koda QR bi kamerayê bixwîne, an girêdanê di gerokê de binivîse. Zimanê xwe hilbijêre. Tu dikarî guhdariya hemû pirsan bikî.
invitation-page-code = Heke ji te kod were xwestin, vê binivîse: { $code }
invitation-page-deadline = Herî dereng heta { $close } bersiv bide.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Bêje perwerdehî çawa ye: { $link }

## The e-mail

invitation-email-subject = Tu li ser perwerdehiyê çi difikirî? Bersiva rapirsiyê bide
invitation-email-body =
    Silav!
    
    { $municipality } dixwaze bizane tu li ser perwerdehiya zimanê norwecî û bernameya destpêkê çi difikirî.
    Ev bi dilê te ye û bênav e. Kes nikare bibîne tu çi bersiv didî.
    
    Girêdanê li ser mobîl, tablet an kompîturê veke, zimanê xwe hilbijêre û bersiva pirsan bide.
    Tu dikarî guhdariya hemû pirsan bikî.
    
    { $link }
    
    Heke ji te kod were xwestin, vê binivîse: { $code }
    Herî dereng heta { $close } bersiv bide.
    
    Ji bo alîkariya te spas!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Rapirsî di dersa online de (Teams an Zoom)
invitation-lesson-steps =
    1. Girêdanê di chatê de bi cih bike: { $link }
    2. Ji beşdaran bixwaze ku girêdanê li ser mobîl, tablet an kompîtura xwe vekin, ne li ser ekrana ku tu parve dikî.
    3. Heke ji kesekî kod were xwestin, kodê di chatê de binivîse: { $code }
    4. Bêje ku rapirsî bênav e, û kes, heta mamoste jî, nikare bersivan bibîne.
    5. Dema beşdar bersiv didin, parvekirina ekrana xwe rawestîne, û bihêle ew çiqas dem hewce bikin bi kar bînin.
    6. Kesê ku înterneta wî qut bibe, dîsa jî dikare bersivdanê biqedîne: bersiv dema ku înternet vegere tê şandin.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Tu dixwazî pêşî biceribînî? Di demoyê de tiştek nayê tomarkirin: { $demo }
invitation-lesson-demo = Berî bersivdanê: demoyê li ser ekrana ku tu parve dikî nîşan bide û bi hev re di nav re derbas bibin. Tiştek nayê tomarkirin: { $demo }
