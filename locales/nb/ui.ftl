# Screen texts of the kiosk. Norwegian Bokmål is the source text.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Velkommen!
welcome-choose-language = Velg språk
welcome-instructions = Trykk på språket ditt for å begynne. Trykk på høyttaleren for å høre teksten.
welcome-start = Begynn

## Privacy notice

privacy-title = Om undersøkelsen
privacy-notice =
    Denne undersøkelsen er anonym. Vi spør ikke om navnet ditt, og ingen kan se hva du svarer.
    Det er frivillig å svare. Du kan slutte når du vil, og da blir ingenting lagret.
    Svarene dine blir krypterte og sendt til Integrerings- og mangfoldsdirektoratet.
    Kommunen din får bare se svarene fra mange deltakere samlet, aldri ett og ett svar.
    Undersøkelsen følger introduksjonsloven § 25 og integreringsloven § 41.
privacy-accept = Jeg forstår, gå videre

## Moving through the survey

nav-next = Neste
nav-back = Tilbake
nav-play = Hør teksten
nav-stop-sound = Stopp lyden
progress = Spørsmål { $current } av { $total }
free-text-placeholder = Skriv her hvis du vil
free-text-skip = Hopp over
choose-one = Velg ett svar.
choose-many = Velg ett eller flere svar.

## Endings

screening-ended = Takk! Du skal ikke svare på undersøkelsen nå. Si ifra til læreren.
finish-thanks = Tusen takk for svarene dine!
finish-next = Nå kan neste person svare.
survey-closed = Undersøkelsen er stengt nå.
survey-closed-detail = Den er åpen fra { $opens } til { $closes }.

## Idle warning

idle-title = Er du der fortsatt?
idle-countdown = Undersøkelsen starter på nytt om { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }, og svarene dine blir slettet.
idle-continue = Jeg vil fortsette

## Sound

sound-unavailable = Lyd virker ikke på denne maskinen.
display-text-size = Større tekst
display-contrast = Sterkere farger

## Practice mode

practice-banner = Øvingsversjon: ingenting blir lagret.

## Coordinator mode

coord-title = Koordinator
coord-pin-set = Velg en PIN-kode for koordinatoren
coord-pin-enter = Skriv PIN-koden
coord-pin-confirm = Lagre PIN-kode
coord-unlock = Lås opp
coord-pack = Innholdspakke
coord-period = Undersøkelsen er åpen
coord-pending = Svar som venter på sending
coord-synced = Svar som er sendt
coord-last-sync = Sist sendt
coord-never = Aldri
coord-audio = Lyd
coord-audio-ok = Virker
coord-audio-missing = Ingen lydenhet
coord-practice-on = Start en øvingsrunde
coord-practice-off = Avbryt øvingsrunden
coord-enrol = Koble til kommunen
coord-collector-url = Adressen til innsamlingstjenesten
coord-access-code = Tilgangskode fra kommunen
coord-kiosk-name = Navn på kiosken (valgfritt, for eksempel Rom 204)
coord-enrolled = Koblet til { $municipality }
coord-sync = Send svar nå
coord-sync-progress = Sendt { $done } av { $total }
coord-sync-done = Alle svar er sendt.
coord-sync-stop = Stopp sendingen
coord-sync-retrying = Får ikke svar fra innsamlingstjenesten. Prøver igjen (forsøk { $retries }).
coord-sync-stopped = Sendingen ble stoppet.
coord-sync-sent = Sendt nå: { $count } svar.
coord-sync-kept-future-date = Svar som ikke ble tatt imot nå: { $count }. Innsamlingstjenesten mener datoen deres er fram i tid. Datoen på denne maskinen: { $kiosk }. Datoen hos innsamlingstjenesten: { $collector }. Svarene er trygt lagret her og blir sendt igjen neste gang. Finn ut hvilken av de to datoene som er feil.
coord-sync-kept-outside-period = Svar som ikke ble tatt imot nå: { $count }. Datoen deres er utenfor perioden for undersøkelsen. Datoen på denne maskinen: { $kiosk }. Datoen hos innsamlingstjenesten: { $collector }. Svarene er trygt lagret her og blir sendt igjen neste gang. Kontakt den som driver undersøkelsen.
coord-sync-refused-other = { $count } svar ble ikke tatt imot ({ $reason }). Kontakt den som driver undersøkelsen.
coord-sync-waiting = { $count } svar venter fortsatt. De er trygt lagret på denne maskinen og blir sendt neste gang.
coord-sync-new-content = Nytt innhold er installert (versjon { $version }).
coord-exit = Avslutt kiosken
coord-close = Lukk
coord-pin-rule = PIN-koden skal ha 4 til 12 sifre.
coord-pin-again = Skriv den samme PIN-koden en gang til
coord-keypad-erase = Slett
coord-auto-locked = Skjermen ble låst fordi ingen brukte den på en stund.
coord-exit-question = Vil du avslutte kiosken? Ingen kan svare før den blir startet igjen.
coord-exit-yes = Ja, avslutt
coord-exit-no = Nei, gå tilbake
coord-practice-ready = Neste person får øvingsversjonen. Ingenting blir lagret. Etter én runde går kiosken tilbake til vanlige svar.
coord-sound-test = Test lyden
coord-sound-test-playing = Nå skal du høre «Velkommen!». Hører du ingenting, sjekk lydstyrken og hodetelefonene.
coord-sound-test-none = Fant ingen lydenhet. Koble til hodetelefoner eller høyttaler, og start kiosken på nytt.
coord-voices = Språk som leses med stemmen til et annet språk
coord-voices-none = Ingen
coord-recorded = Innspilte klipp (resten er syntetisk stemme)
coord-recorded-none = Ingen ennå: alle klipp er syntetisk stemme
coord-update-offered = Versjon { $version } av kiosken er klar. Be IT-ansvarlig oppdatere denne maskinen (apt upgrade). Svar som venter her, blir tatt vare på.

## Errors shown to people

error-answer-required = Du må svare på dette spørsmålet.
error-invalid-answer = Dette svaret passer ikke til spørsmålet.
error-pin-wrong = Feil PIN-kode.
error-pin-throttled = For mange forsøk. Vent { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }.
error-pin-too-short = PIN-koden må ha minst fire sifre.
error-pin-mismatch = De to PIN-kodene er ikke like. Skriv dem på nytt.
error-no-network = Får ikke kontakt med innsamlingstjenesten. Sjekk nettverket og prøv igjen.
error-wrong-code = Tilgangskoden er feil.
error-locked-out = For mange feil forsøk. Prøv igjen senere.
error-kiosk-revoked = Denne kiosken er koblet fra. Kontakt kommunen.
error-not-enrolled = Kiosken er ikke koblet til en kommune ennå.
error-collector-refused = Innsamlingstjenesten tok ikke imot svarene.
error-collector-full = Innsamlingstjenesten er tom for plass og kunne ikke lagre svarene. De venter trygt på denne maskinen; synkroniser igjen senere.
error-collector-read-only = Innsamlingstjenesten kan ikke lagre noe akkurat nå. Svarene venter trygt på denne maskinen; synkroniser igjen senere.
error-certificate-expired = Sertifikatet til innsamlingstjenesten er utløpt (eller maskinens klokke går feil). Svarene venter trygt på denne maskinen.
error-certificate-wrong-name = Sertifikatet til innsamlingstjenesten er laget for et annet navn enn adressen kiosken har fått. Svarene venter trygt på denne maskinen.
error-certificate-untrusted = Sertifikatet til innsamlingstjenesten er ikke godkjent på denne maskinen. Legg til sertifikatutstederen i kioskens innstillinger. Svarene venter trygt her.
error-pack-invalid = Innholdspakken er ugyldig og blir ikke brukt.
error-survey-closed = Undersøkelsen er ikke åpen nå.
error-storage = Kunne ikke lagre. Ingenting er tapt. Si ifra til læreren.
error-audio = Kunne ikke spille av lyden.
error-internal = Noe gikk galt. Si ifra til læreren.
error-unsent-other-municipality = Denne maskinen har svar som ikke er sendt ennå. Send dem før du kobler maskinen til en annen kommune.
error-insecure-collector = Adressen til innsamlingstjenesten må begynne med https://. Svarene sendes bare kryptert.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Skriv inn koden
web-code-help = Koden står i meldingen du fikk fra kommunen, for eksempel 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Kode
web-code-submit = Gå videre
web-code-wrong = Koden stemmer ikke. Se etter skrivefeil og prøv igjen.
web-code-throttled = For mange forsøk. Vent { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } og prøv igjen.
# Said in place of web-code-throttled, whose seconds change and so cannot be in a clip.
web-code-throttled-spoken = For mange forsøk. Vent litt og prøv igjen.
web-code-offline = Du er ikke på nett. Koble til nettet for å skrive inn koden.
web-language-not-kept = Dette språket er ikke lagret på denne enheten, og du er ikke på nett nå. Velg et av språkene nedenfor, eller prøv igjen når du er på nett.
web-page-title = Anonym undersøkelse
web-more = Flere valg
web-insecure = Denne siden er ikke åpnet med en sikker tilkobling (https). Svaret ditt blir ikke sendt herfra. Åpne lenken du fikk på nytt.
web-sent = Svaret ditt er sendt. Takk!
web-waiting = Svaret ditt er lagret kryptert på denne enheten. Det blir sendt av seg selv når du er på nett igjen. La siden være åpen, eller åpne den igjen senere.
web-slowed = Mange svar kommer inn akkurat nå. Svaret ditt er lagret kryptert på denne enheten og blir sendt av seg selv om noen minutter. La siden være åpen, eller åpne den igjen senere.
web-another = Svar for en annen person

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Norsk bokmål
nav-done = Ferdig
nav-stop = Avslutt
stop-confirm = Vil du slutte? Svarene dine blir slettet. Ingenting blir lagret.
stop-yes = Ja, slutt nå
stop-no = Nei, jeg vil fortsette
screening-confirm = Du svarte ja. Da er undersøkelsen slutt for deg. Er det riktig?
screening-confirm-yes = Ja, det stemmer
error-nothing-chosen = Du har ikke valgt noe. Trykk på et svar.
error-wrong-step = Skjermen har endret seg. Her er du nå.
listen-all = Hør alt
volume-up = Høyere lyd
volume-down = Lavere lyd
sound-playing = Lyden spiller. Trykk for å stoppe.
idle-spoken = Er du der fortsatt? Hvis du ikke trykker på skjermen, starter undersøkelsen på nytt, og svarene dine blir slettet.
coord-auto-play-on = Slå på opplesing av spørsmålene
coord-auto-play-off = Slå av opplesing av spørsmålene

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Dette er en demo. Ingenting du svarer blir lagret eller sendt.
invite-title = Hva synes du om opplæringen?
invite-what = Vi vil vite hva du synes om norskopplæringen og introduksjonsprogrammet.
invite-anonymous = Det er frivillig og anonymt. Ingen kan se hva du svarer.
invite-time = Det tar omtrent ti minutter.
invite-ear = Du kan lytte til alt. Trykk på høyttaleren for å høre teksten. Trykk på svaret ditt for å velge det.
invite-help = Trenger du hjelp? Spør læreren din eller en du stoler på.
invite-start = Start undersøkelsen
