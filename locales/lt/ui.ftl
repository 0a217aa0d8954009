# Screen texts of the kiosk in Lithuanian (lietuvių). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Sveiki atvykę!
welcome-choose-language = Pasirinkite kalbą
welcome-instructions = Paspauskite savo kalbą, kad pradėtumėte. Paspauskite garsiakalbį, kad išgirstumėte tekstą.
welcome-start = Pradėti

## Privacy notice

privacy-title = Apie apklausą
privacy-notice =
    Ši apklausa yra anoniminė. Mes neklausiame jūsų vardo, ir niekas nemato, ką jūs atsakote.
    Atsakyti nėra privaloma. Galite sustoti bet kada, ir tada nieko nebus išsaugota.
    Jūsų atsakymai užšifruojami ir siunčiami Integracijos ir įvairovės direktoratui (Integrerings- og mangfoldsdirektoratet, IMDi).
    Jūsų savivaldybė mato tik daugelio dalyvių atsakymus kartu, niekada ne atskirus atsakymus.
    Apklausa vykdoma pagal Įvadinės programos įstatymo (introduksjonsloven) § 25 ir Integracijos įstatymo (integreringsloven) § 41.
privacy-accept = Suprantu, tęsti

## Moving through the survey

nav-next = Toliau
nav-back = Atgal
nav-play = Klausyti teksto
nav-stop-sound = Sustabdyti garsą
progress = Klausimas { $current } iš { $total }
free-text-placeholder = Rašykite čia, jei norite
free-text-skip = Praleisti
choose-one = Pasirinkite vieną atsakymą.
choose-many = Pasirinkite vieną ar kelis atsakymus.

## Endings

screening-ended = Ačiū! Dabar jums nereikia atsakyti į apklausą. Pasakykite apie tai mokytojui.
finish-thanks = Labai ačiū už jūsų atsakymus!
finish-next = Dabar gali atsakyti kitas žmogus.
survey-closed = Apklausa dabar uždaryta.
survey-closed-detail = Ji atvira nuo { $opens } iki { $closes }.

## Idle warning

idle-title = Ar jūs vis dar čia?
idle-countdown = Po { $seconds } s apklausa prasidės iš naujo, ir jūsų atsakymai bus ištrinti.
idle-continue = Noriu tęsti

## Sound

sound-unavailable = Šiame įrenginyje garsas neveikia.
display-text-size = Didesnis tekstas
display-contrast = Ryškesnės spalvos

## Practice mode

practice-banner = Mokomoji versija: atsakymai neišsaugomi.

## Coordinator mode

coord-title = Koordinatorius
coord-pin-set = Pasirinkite koordinatoriaus PIN kodą
coord-pin-enter = Įveskite PIN kodą
coord-pin-confirm = Išsaugoti PIN kodą
coord-unlock = Atrakinti
coord-pack = Turinio paketas
coord-period = Apklausa atvira
coord-pending = Atsakymai, laukiantys išsiuntimo
coord-synced = Išsiųsti atsakymai
coord-last-sync = Paskutinį kartą išsiųsta
coord-never = Niekada
coord-audio = Garsas
coord-audio-ok = Veikia
coord-audio-missing = Nėra garso įrenginio
coord-practice-on = Pradėti bandomąjį ratą
coord-practice-off = Atšaukti bandomąjį ratą
coord-enrol = Prijungti prie savivaldybės
coord-collector-url = Atsakymų rinkimo paslaugos adresas
coord-access-code = Savivaldybės prieigos kodas
coord-kiosk-name = Šio kiosko pavadinimas (nebūtina, pavyzdžiui, 204 kabinetas)
coord-enrolled = Prijungta prie savivaldybės: { $municipality }
coord-sync = Siųsti atsakymus dabar
coord-sync-progress = Išsiųsta { $done } iš { $total }
coord-sync-done = Visi atsakymai išsiųsti.
coord-sync-stop = Sustabdyti siuntimą
coord-sync-retrying = Atsakymų rinkimo paslauga neatsiliepia. Bandoma dar kartą (bandymas { $retries }).
coord-sync-stopped = Siuntimas sustabdytas.
coord-sync-sent = Dabar išsiųsta atsakymų: { $count }.
coord-sync-kept-future-date = Kol kas nepriimta atsakymų: { $count }. Duomenų rinkimo tarnyba nurodo, kad jų data yra ateityje. Šio įrenginio data: { $kiosk }. Rinkimo tarnybos data: { $collector }. Jie saugiai išsaugoti čia ir kitą kartą bus išsiųsti dar kartą. Išsiaiškinkite, kuri iš dviejų datų neteisinga.
coord-sync-kept-outside-period = Kol kas nepriimta atsakymų: { $count }. Jų data nepatenka į apklausos laikotarpį. Šio įrenginio data: { $kiosk }. Rinkimo tarnybos data: { $collector }. Jie saugiai išsaugoti čia ir kitą kartą bus išsiųsti dar kartą. Susisiekite su apklausos vykdytoju.
coord-sync-refused-other = Nepriimta atsakymų: { $count } ({ $reason }). Susisiekite su apklausos vykdytoju.
coord-sync-waiting = Vis dar laukia išsiuntimo atsakymų: { $count }. Jie saugiai išsaugoti šiame įrenginyje ir bus išsiųsti kitą kartą.
coord-sync-new-content = Įdiegtas naujas turinys (versija { $version }).
coord-exit = Uždaryti kioską
coord-close = Uždaryti
coord-pin-rule = PIN kodą sudaro nuo 4 iki 12 skaitmenų.
coord-pin-again = Dar kartą įveskite tą patį PIN kodą
coord-keypad-erase = Ištrinti
coord-auto-locked = Ekranas užrakintas, nes kurį laiką niekas juo nesinaudojo.
coord-exit-question = Ar norite uždaryti kioską? Niekas negalės atsakyti, kol jis nebus vėl paleistas.
coord-exit-yes = Taip, uždaryti
coord-exit-no = Ne, grįžti
coord-practice-ready = Kitas žmogus gaus bandomąją versiją. Niekas neišsaugoma. Po vieno rato kioskas vėl priima tikrus atsakymus.
coord-sound-test = Išbandyti garsą
coord-sound-test-playing = Dabar turėtumėte išgirsti „Sveiki atvykę!“. Jei nieko negirdite, patikrinkite garsumą ir ausines.
coord-sound-test-none = Garso įrenginys nerastas. Prijunkite ausines arba garsiakalbį ir vėl paleiskite kioską.
coord-voices = Kalbos, skaitomos kitos kalbos balsu
coord-voices-none = Nėra
coord-recorded = Įrašyti garsai (kiti – sintetinis balsas)
coord-recorded-none = Kol kas nėra: visi garsai – sintetinis balsas
coord-update-offered = Kiosko versija { $version } jau prieinama. Paprašykite IT darbuotojų atnaujinti šį kompiuterį (apt upgrade). Čia laukiantys atsakymai išsaugomi.

## Errors shown to people

error-answer-required = Turite atsakyti į šį klausimą.
error-invalid-answer = Šis atsakymas netinka šiam klausimui.
error-pin-wrong = Neteisingas PIN kodas.
error-pin-throttled = Per daug bandymų. Palaukite { $seconds } s.
error-pin-too-short = PIN kodą turi sudaryti bent keturi skaitmenys.
error-pin-mismatch = Du PIN kodai nesutampa. Įveskite juos dar kartą.
error-no-network = Nepavyksta susisiekti su atsakymų rinkimo paslauga. Patikrinkite tinklą ir bandykite dar kartą.
error-wrong-code = Neteisingas prieigos kodas.
error-locked-out = Per daug neteisingų bandymų. Bandykite vėliau.
error-kiosk-revoked = Šis kioskas atjungtas. Susisiekite su savivaldybe.
error-not-enrolled = Kioskas dar neprijungtas prie savivaldybės.
error-collector-refused = Atsakymų rinkimo paslauga nepriėmė atsakymų.
error-collector-full = Atsakymų rinkimo paslaugai trūksta vietos, todėl atsakymų išsaugoti nepavyko. Jie saugiai laukia šiame įrenginyje; sinchronizuokite vėliau.
error-collector-read-only = Atsakymų rinkimo paslauga dabar negali nieko išsaugoti. Atsakymai saugiai laukia šiame įrenginyje; sinchronizuokite vėliau.
error-certificate-expired = Atsakymų rinkimo paslaugos sertifikato galiojimas baigėsi (arba šio įrenginio laikrodis rodo netiksliai). Atsakymai saugiai laukia šiame įrenginyje.
error-certificate-wrong-name = Atsakymų rinkimo paslaugos sertifikatas išduotas kitam vardui, nei šiam kioskui nurodytas adresas. Atsakymai saugiai laukia šiame įrenginyje.
error-certificate-untrusted = Šis įrenginys nepasitiki atsakymų rinkimo paslaugos sertifikatu. Pridėkite sertifikato išdavėją prie kiosko nustatymų. Atsakymai saugiai laukia čia.
error-pack-invalid = Turinio paketas netinkamas ir nebus naudojamas.
error-survey-closed = Apklausa dabar nėra atvira.
error-storage = Nepavyko išsaugoti. Nieko neprarasta. Pasakykite apie tai mokytojui.
error-audio = Nepavyko paleisti garso.
error-internal = Kažkas nepavyko. Pasakykite apie tai mokytojui.
error-unsent-other-municipality = Šiame įrenginyje yra dar neišsiųstų atsakymų. Išsiųskite juos prieš prijungdami įrenginį prie kitos savivaldybės.
error-insecure-collector = Atsakymų rinkimo paslaugos adresas turi prasidėti https://. Atsakymai siunčiami tik užšifruoti.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Įveskite kodą
web-code-help = Kodas yra žinutėje, kurią gavote iš savivaldybės, pavyzdžiui, 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Kodas
web-code-submit = Toliau
web-code-wrong = Kodas neteisingas. Patikrinkite, ar nėra klaidų, ir bandykite dar kartą.
web-code-throttled = Per daug bandymų. Palaukite { $seconds } s ir bandykite dar kartą.
web-code-throttled-spoken = Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.
web-code-offline = Nėra interneto ryšio. Prisijunkite prie interneto, kad galėtumėte įvesti kodą.
web-language-not-kept = Ši kalba neišsaugota šiame įrenginyje, o dabar esate neprisijungę prie interneto. Pasirinkite vieną iš toliau esančių kalbų arba bandykite dar kartą, kai būsite prisijungę.
web-page-title = Anoniminė apklausa
web-more = Daugiau parinkčių
web-insecure = Šis puslapis atidarytas be saugaus ryšio (https). Jūsų atsakymas iš čia nebus išsiųstas. Dar kartą atidarykite gautą nuorodą.
web-sent = Jūsų atsakymas išsiųstas. Ačiū!
web-waiting = Jūsų atsakymas užšifruotas ir išsaugotas šiame įrenginyje. Jis bus išsiųstas pats, kai vėl turėsite internetą. Palikite puslapį atidarytą arba atidarykite jį vėliau.
web-slowed = Šiuo metu vienu metu gaunama daug atsakymų. Jūsų atsakymas užšifruotas ir išsaugotas šiame įrenginyje, ir po kelių minučių bus išsiųstas pats. Palikite puslapį atidarytą arba atidarykite jį vėliau.
web-another = Tegul atsako kitas žmogus

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Lietuvių
nav-done = Baigta
nav-stop = Baigti
stop-confirm = Ar norite baigti? Jūsų atsakymai bus ištrinti. Niekas nebus išsaugota.
stop-yes = Taip, baigti
stop-no = Ne, noriu tęsti
screening-confirm = Atsakėte „taip“. Tada apklausa jums čia baigiasi. Ar tai teisinga?
screening-confirm-yes = Taip, teisinga
error-nothing-chosen = Nieko nepasirinkote. Palieskite atsakymą.
error-wrong-step = Ekranas pasikeitė. Štai kur esate dabar.
listen-all = Klausyti visko
volume-up = Garsiau
volume-down = Tyliau
sound-playing = Groja garsas. Palieskite, kad sustabdytumėte.
idle-spoken = Ar dar esate čia? Jei nepaliesite ekrano, apklausa prasidės iš naujo, ir jūsų atsakymai bus ištrinti.
coord-auto-play-on = Įjungti klausimų skaitymą balsu
coord-auto-play-off = Išjungti klausimų skaitymą balsu

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Tai demonstracinė versija. Jūsų atsakymai neišsaugomi ir nesiunčiami.
invite-title = Ką manote apie mokymus?
invite-what = Norime sužinoti, ką manote apie norvegų kalbos mokymus ir įvadinę programą.
invite-anonymous = Tai savanoriška ir anonimiška. Niekas nematys, ką atsakote.
invite-time = Tai užtrunka apie dešimt minučių.
invite-ear = Viską galite išklausyti. Palieskite garsiakalbį, kad išgirstumėte tekstą. Palieskite savo atsakymą, kad jį pasirinktumėte.
invite-help = Reikia pagalbos? Paklauskite savo mokytojo arba žmogaus, kuriuo pasitikite.
invite-start = Pradėti apklausą
