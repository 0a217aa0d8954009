# Screen texts of the kiosk (Oromo / Afaan Oromoo).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Baga nagaan dhuftan!
welcome-choose-language = Afaan kee filadhu
welcome-instructions = Jalqabuuf afaan kee tuqi. Barreeffama dhaga'uuf mallattoo sagalee tuqi.
welcome-start = Jalqabi

## Privacy notice

privacy-title = Waa'ee qorannoo kanaa
privacy-notice =
    Qorannoon kun maqaa malee taasifama. Maqaa kee hin gaafannu, namni kamiyyuu waan ati deebistu arguu hin danda'u.
    Deebii kennuun fedhii keeti. Yeroo barbaadde dhaabuu dandeessa, yoos wanti tokkollee hin kuufamu.
    Deebiin kee icciitiin eegamee Integrerings- og mangfoldsdirektoratet (IMDi) tti ergama.
    Aanaan kee deebii hirmaattota baay'ee walitti qabame qofa arga, deebii nama tokkoo gonkumaa hin argu.
    Qorannoon kun Seera Sagantaa Seensaa (introduksjonsloven) § 25 fi Seera Hawaasatti Makamuu (integreringsloven) § 41 hordofa.
privacy-accept = Naaf galeera, itti fufi

## Moving through the survey

nav-next = Itti aanu
nav-back = Duubatti
nav-play = Dhaggeeffadhu
nav-stop-sound = Sagalee dhaabi
progress = Gaaffii { $current } kan { $total } keessaa
free-text-placeholder = Yoo barbaadde as barreessi
free-text-skip = Darbi
choose-one = Deebii tokko filadhu.
choose-many = Deebii tokko ykn isaa ol filadhu.

## Endings

screening-ended = Galatoomi! Amma qorannoo kana deebisuu hin qabdu. Maaloo barsiisaa keetti himi.
finish-thanks = Deebii keetiif baay'ee galatoomi!
finish-next = Amma namni itti aanu deebisuu danda'a.
survey-closed = Qorannoon amma cufameera.
survey-closed-detail = { $opens } irraa hanga { $closes } tti banaa dha.

## Idle warning

idle-title = Ammallee asii jirtaa?
idle-countdown = Qorannoon sekondii { $seconds } booda haaraatti jalqaba, deebiin kees ni haqama.
idle-continue = Itti fufuun barbaada

## Sound

sound-unavailable = Sagaleen maashinii kana irratti hin hojjetu.
display-text-size = Barreeffama guddaa
display-contrast = Halluu cimaa

## Practice mode

practice-banner = Gosa shaakalaa: wanti tokkollee hin kuufamu.

## Coordinator mode

coord-title = Qindeessaa
coord-pin-set = Qindeessaaf koodii PIN filadhu
coord-pin-enter = Koodii PIN barreessi
coord-pin-confirm = Koodii PIN kuusi
coord-unlock = Bani
coord-pack = Paakeejii qabiyyee
coord-period = Qorannoon banaa dha
coord-pending = Deebii ergamuuf eegaa jiran
coord-synced = Deebii ergaman
coord-last-sync = Yeroo dhumaaf kan ergame
coord-never = Gonkumaa
coord-audio = Sagalee
coord-audio-ok = Ni hojjeta
coord-audio-missing = Meeshaan sagalee hin jiru
coord-practice-on = Marsaa shaakalaa jalqabi
coord-practice-off = Marsaa shaakalaa dhiisi
coord-enrol = Aanaatti walqabsiisi
coord-collector-url = Teessoo tajaajila walitti qabaa
coord-access-code = Koodii seensaa aanaa irraa
coord-kiosk-name = Maqaa kiyooskii kanaa (filannoo, fakkeenyaaf Kutaa 204)
coord-enrolled = { $municipality } waliin walqabateera
coord-sync = Amma deebii ergi
coord-sync-progress = { $total } keessaa { $done } ergameera
coord-sync-done = Deebiin hundi ergameera.
coord-sync-stop = Erguu dhaabi
coord-sync-retrying = Tajaajila walitti qabaa irraa deebiin hin argamne. Irra deebi'amee yaalamaa jira (yaalii { $retries }).
coord-sync-stopped = Erguun dhaabbateera.
coord-sync-sent = Deebii amma ergame: { $count }.
coord-sync-kept-future-date = Deebii ammaaf hin fudhatamne: { $count }. Tajaajilli walitti qabuu guyyaan isaanii gara fuulduraa akka ta'e ibsa. Guyyaa maashinii kanaa: { $kiosk }. Guyyaa tajaajila walitti qabuu: { $collector }. Asitti nageenyaan kuufamaniiru, yeroo itti aanu irra deebi'anii ni ergamu. Guyyaa lamaan keessaa kam akka dogoggore barbaadi.
coord-sync-kept-outside-period = Deebii ammaaf hin fudhatamne: { $count }. Guyyaan isaanii yeroo qorannoo ala. Guyyaa maashinii kanaa: { $kiosk }. Guyyaa tajaajila walitti qabuu: { $collector }. Asitti nageenyaan kuufamaniiru, yeroo itti aanu irra deebi'anii ni ergamu. Nama qorannicha geggeessu qunnami.
coord-sync-refused-other = Deebii hin fudhatamne: { $count } ({ $reason }). Nama qorannicha geggeessu qunnami.
coord-sync-waiting = Deebii ammallee eegaa jiru: { $count }. Maashinii kana irratti nageenyaan kuufamaniiru, yeroo itti aanu ni ergamu.
coord-sync-new-content = Qabiyyeen haaraan fe'ameera (veershinii { $version }).
coord-exit = Kiyooskii cufi
coord-close = Cufi
coord-pin-rule = Koodiin PIN lakkoofsota 4 hanga 12 qaba.
coord-pin-again = Koodii PIN sana irra deebiin barreessi
coord-keypad-erase = Haqi
coord-auto-locked = Namni yeroo tokkoof waan hin fayyadamneef iskiriiniin cufameera.
coord-exit-question = Kiyooskii cufuu barbaaddaa? Hanga irra deebiin jalqabutti namni deebii kennuu hin danda'u.
coord-exit-yes = Eeyyee, cufi
coord-exit-no = Lakki, deebi'i
coord-practice-ready = Namni itti aanu gosa shaakalaa argata. Wanti tokkollee hin kuufamu. Marsaa tokko booda kiyooskiin gara deebii dhugaatti deebi'a.
coord-sound-test = Sagalee qori
coord-sound-test-playing = Amma “Baga nagaan dhuftan!” dhaga'uu qabda. Yoo homaa hin dhageenye, sagalee fi gurra-dhaggeeffataa ilaali.
coord-sound-test-none = Meeshaan sagalee hin argamne. Gurra-dhaggeeffataa ykn sagalee-guddisaa walitti qabsiisii, kiyooskii irra deebiin jalqabi.
coord-voices = Afaanota sagalee afaan biraatiin dubbifaman
coord-voices-none = Homaa
coord-recorded = Sagaleewwan waraabaman (kan hafe sagalee namtolchee)
coord-recorded-none = Ammaaf homaa: sagaleewwan hundi namtolchee dha
coord-update-offered = Gosni kiyooskii { $version } qophaa'eera. Hojjettoota IT akka maashinii kana haaromsan gaafadhaa (apt upgrade). Deebiiwwan as eegaa jiran ni kuufamu.

## Errors shown to people

error-answer-required = Gaaffii kana deebisuu qabda.
error-invalid-answer = Deebiin kun gaaffii wajjin wal hin simu.
error-pin-wrong = Koodiin PIN dogoggora.
error-pin-throttled = Yaaliin baay'ee ta'eera. Sekondii { $seconds } eegi.
error-pin-too-short = Koodiin PIN yoo xiqqaate lakkoofsa afur qabaachuu qaba.
error-pin-mismatch = Koodiiwwan PIN lamaan walfakkaataa miti. Irra deebiin barreessi.
error-no-network = Tajaajila walitti qabaa argachuu hin dandeenye. Neetworkii ilaaliitii irra deebi'ii yaali.
error-wrong-code = Koodiin seensaa dogoggora.
error-locked-out = Yaaliin dogoggoraa baay'ee ta'eera. Booda irra deebi'ii yaali.
error-kiosk-revoked = Kiyooskiin kun addaan citeera. Aanaa quunnami.
error-not-enrolled = Kiyooskiin kun ammallee aanaa tokkotti hin walqabanne.
error-collector-refused = Tajaajilli walitti qabaa deebii hin fudhanne.
error-collector-full = Tajaajilli walitti qabaa iddoo hin qabu, deebii kuusuu hin dandeenye. Deebiin meeshaa kana irratti nagaan eeggataa jira; booda irra deebi'ii walsimsiisi.
error-collector-read-only = Tajaajilli walitti qabaa amma homaa kuusuu hin danda'u. Deebiin meeshaa kana irratti nagaan eeggataa jira; booda irra deebi'ii walsimsiisi.
error-certificate-expired = Ragaan tajaajila walitti qabaa yeroon isaa darbeera (ykn sa'aatiin meeshaa kanaa dogoggora). Deebiin meeshaa kana irratti nagaan eeggataa jira.
error-certificate-wrong-name = Ragaan tajaajila walitti qabaa maqaa teessoo kiyooskii kanaaf kenname irraa adda ta'eef hojjetame. Deebiin meeshaa kana irratti nagaan eeggataa jira.
error-certificate-untrusted = Ragaan tajaajila walitti qabaa meeshaa kana irratti hin amanamu. Abbaa ragaa kennu qindaa'ina kiyooskii keessatti dabali. Deebiin asitti nagaan eeggataa jira.
error-pack-invalid = Paakeejiin qabiyyee sirrii miti, hin fayyadamamu.
error-survey-closed = Qorannoon amma banaa miti.
error-storage = Kuusuu hin dandeenye. Wanti tokkollee hin badne. Maaloo barsiisaatti himi.
error-audio = Sagalee taphachiisuu hin dandeenye.
error-internal = Wanti tokko dogoggoreera. Maaloo barsiisaatti himi.
error-unsent-other-municipality = Maashiniin kun deebii ammallee hin ergamne qaba. Maashinicha aanaa biraatti walqabsiisuu kee dura deebii kana ergi.
error-insecure-collector = Teessoon tajaajila walitti qabaa jalqaba isaatti https:// qabaachuu qaba. Deebiin icciitiin eegamee qofa ergama.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Koodii galchi
web-code-help = Koodiin ergaa aanaa irraa siif dhufe keessa jira, fakkeenyaaf 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Koodii
web-code-submit = Itti fufi
web-code-wrong = Koodiin sirrii miti. Dogoggora barreeffamaa ilaaliitii irra deebi'ii yaali.
web-code-throttled = Yaaliin baay'ee ta'eera. Sekondii { $seconds } eegiitii irra deebi'ii yaali.
web-code-throttled-spoken = Yaaliin baay'ee ta'eera. Xiqqoo eegiitii irra deebi'ii yaali.
web-code-offline = Interneetii irra hin jirtu. Koodii galchuuf interneetii waliin walqabsiisi.
web-language-not-kept = Afaan kun meeshaa kana irratti hin kuufamne, ammas interneetii irra hin jirtan. Afaanota armaan gadii keessaa tokko filadhaa, yookaan yeroo interneetii argattan irra deebi'aa yaalaa.
web-page-title = Qorannoo maqaa malee
web-more = Filannoo dabalataa
web-insecure = Fuulli kun walqunnamtii nageenya qabuun (https) hin banamne. Deebiin kee asii hin ergamu. Liinkii siif ergame irra deebi'ii bani.
web-sent = Deebiin kee ergameera. Galatoomi!
web-waiting = Deebiin kee icciitiin meeshaa kana irratti kuufameera. Yeroo ati irra deebitee interneetii irra jirtu ofumaan ni ergama. Fuula kana banaa dhiisi, ykn booda irra deebi'ii bani.
web-slowed = Amma deebiiwwan baay'een yeroo tokkotti dhufaa jiru. Deebiin kee icciitiin meeshaa kana irratti kuufameera, daqiiqaa muraasa booda ofumaan ni ergama. Fuula kana banaa dhiisi, ykn booda irra deebi'ii bani.
web-another = Namni biraa haa deebisu

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Afaan Oromoo
nav-done = Xumure
nav-stop = Dhaabi
stop-confirm = Dhaabuu barbaaddaa? Deebiin kee ni haqama. Wanti tokkollee hin kuufamu.
stop-yes = Eeyyee, dhaabi
stop-no = Lakki, itti fufuu barbaada
screening-confirm = Eeyyee jettee deebifte. Kanaafuu qorannoon kun siif asitti xumurama. Sirrii dhaa?
screening-confirm-yes = Eeyyee, sirrii dha
error-nothing-chosen = Homaa hin filanne. Deebii tokko tuqi.
error-wrong-step = Fuulli jijjiirameera. Amma asi jirta.
listen-all = Hunda dhaggeeffadhu
volume-up = Sagalee ol kaasi
volume-down = Sagalee gadi buusi
sound-playing = Sagaleen dhagahamaa jira. Dhaabuuf tuqi.
idle-spoken = Ammallee asi jirtaa? Yoo fuula hin tuqne, qorannoon irra deebi'ee jalqaba, deebiin kees ni haqama.
coord-auto-play-on = Dubbisa gaaffilee sagaleen jalqabsiisi
coord-auto-play-off = Dubbisa gaaffilee sagaleen dhaabi

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Kun yaalii qofa. Wanti ati deebistu hin kuufamu, hin ergamus.
invite-title = Waa'ee barumsaa maal yaadda?
invite-what = Waa'ee barumsa Afaan Norweey fi sagantaa seensaa maal akka yaaddu beekuu barbaanna.
invite-anonymous = Fedhii keeti, maqaa malees. Namni kamiyyuu waan ati deebistu arguu hin danda'u.
invite-time = Daqiiqaa kudhan naannoo fudhata.
invite-ear = Hunda dhaggeeffachuu dandeessa. Barreeffama dhagahuuf sagaleessaa tuqi. Filachuuf deebii kee tuqi.
invite-help = Gargaarsa barbaaddaa? Barsiisaa kee ykn nama amanattu gaafadhu.
invite-start = Qorannoo jalqabi
