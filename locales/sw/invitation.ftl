# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Unaonaje mafunzo?
invitation-page-intro = { $municipality } inataka kujua unaonaje mafunzo ya Kinorwe na programu ya utangulizi. Jibu kwa simu, tableti au kompyuta.
invitation-page-anonymous = Ni kwa hiari na bila jina. Hakuna mtu anayeweza kuona unachojibu.
invitation-page-steps = Changanua msimbo wa QR kwa kamera, au andika kiungo kwenye kivinjari. Chagua lugha yako. Unaweza kusikiliza maswali yote.
invitation-page-code = Ukiulizwa msimbo, andika: { $code }
invitation-page-deadline = Siku ya mwisho ya kujibu ni { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Tuambie unaonaje mafunzo: { $link }

## The e-mail

invitation-email-subject = Unaonaje mafunzo? Jibu utafiti
invitation-email-body =
    Habari!
    
    { $municipality } inataka kujua unaonaje mafunzo ya Kinorwe na programu ya utangulizi.
    Ni kwa hiari na bila jina. Hakuna mtu anayeweza kuona unachojibu.
    
    Fungua kiungo kwenye simu, tableti au kompyuta, chagua lugha yako na ujibu maswali.
    Unaweza kusikiliza maswali yote.
    
    { $link }
    
    Ukiulizwa msimbo, andika: { $code }
    Siku ya mwisho ya kujibu ni { $close }.
    
    Asante kwa msaada wako!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Utafiti katika somo la mtandaoni (Teams au Zoom)
invitation-lesson-steps =
    1. Bandika kiungo kwenye gumzo: { $link }
    2. Waombe washiriki wafungue kiungo kwenye simu, tableti au kompyuta yao wenyewe, si kwenye skrini unayoshiriki.
    3. Mtu akiulizwa msimbo, andika msimbo kwenye gumzo: { $code }
    4. Waambie kwamba utafiti ni bila jina, na kwamba hakuna mtu, hata mwalimu, anayeweza kuona majibu.
    5. Acha kushiriki skrini yako wakati washiriki wanajibu, na uwape muda wote wanaohitaji.
    6. Mtu akikatika mtandao bado anaweza kumaliza kujibu: jibu litatumwa mtandao ukirudi.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Unataka kujaribu kwanza? Katika jaribio hakuna kinachohifadhiwa: { $demo }
invitation-lesson-demo = Kabla ya kujibu: onyesha jaribio kwenye skrini unayoshiriki, na mlipitie pamoja. Hakuna kinachohifadhiwa: { $demo }
