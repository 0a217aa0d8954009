# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = Co myślisz o nauce?
invitation-page-intro = { $municipality } chce wiedzieć, co myślisz o nauce norweskiego i o programie wprowadzającym. Odpowiedz na telefonie, tablecie lub komputerze.
invitation-page-anonymous = To jest dobrowolne i anonimowe. Nikt nie zobaczy, co odpowiadasz.
invitation-page-steps = Zeskanuj kod QR aparatem albo wpisz link w przeglądarce. Wybierz swój język. Możesz posłuchać wszystkich pytań.
invitation-page-code = Jeśli pojawi się pytanie o kod, wpisz: { $code }
invitation-page-deadline = Odpowiedz najpóźniej { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = Powiedz, co myślisz o nauce: { $link }

## The e-mail

invitation-email-subject = Co myślisz o nauce? Odpowiedz na ankietę
invitation-email-body =
    Dzień dobry!
    
    { $municipality } chce wiedzieć, co myślisz o nauce norweskiego i o programie wprowadzającym.
    To jest dobrowolne i anonimowe. Nikt nie zobaczy, co odpowiadasz.
    
    Otwórz link na telefonie, tablecie lub komputerze, wybierz swój język i odpowiedz na pytania.
    Możesz posłuchać wszystkich pytań.
    
    { $link }
    
    Jeśli pojawi się pytanie o kod, wpisz: { $code }
    Odpowiedz najpóźniej { $close }.
    
    Dziękujemy za pomoc!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = Ankieta na lekcji online (Teams lub Zoom)
invitation-lesson-steps =
    1. Wklej link na czacie: { $link }
    2. Poproś uczestników, żeby otworzyli link na własnym telefonie, tablecie lub komputerze, a nie na ekranie, który udostępniasz.
    3. Jeśli ktoś zobaczy pytanie o kod, wpisz kod na czacie: { $code }
    4. Powiedz, że ankieta jest anonimowa i że nikt, nawet nauczyciel, nie widzi odpowiedzi.
    5. Wyłącz udostępnianie swojego ekranu, gdy uczestnicy odpowiadają, i daj im tyle czasu, ile potrzebują.
    6. Kto straci internet, może dokończyć odpowiadanie: odpowiedź zostanie wysłana, gdy internet wróci.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = Chcesz najpierw spróbować? W wersji demo nic nie jest zapisywane: { $demo }
invitation-lesson-demo = Zanim odpowiecie: pokaż wersję demo na udostępnianym ekranie i przejdźcie ją razem. Nic nie jest zapisywane: { $demo }
