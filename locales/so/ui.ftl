# Screen texts of the kiosk (Somali / Soomaali).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Soo dhawoow!
welcome-choose-language = Dooro luqaddaada
welcome-instructions = Taabo luqaddaada si aad u bilowdo. Taabo calaamadda codka si aad u maqasho qoraalka.
welcome-start = Bilow

## Privacy notice

privacy-title = Ku saabsan sahanka
privacy-notice =
    Sahankan magac lagama qoro. Ma weydiinno magacaaga, qofna ma arki karo waxaad ka jawaabto.
    Ka jawaabistu waa ikhtiyaari. Waad joojin kartaa markaad doonto, markaas waxba lama kaydinayo.
    Jawaabahaaga si sir ah ayaa loo ilaaliyaa (waa la qufulaa), waxaana loo diraa Integrerings- og mangfoldsdirektoratet (IMDi).
    Degmadaadu waxay aragtaa oo keliya jawaabaha dad badan oo la isku daray, marna ma aragto hal jawaab oo gooni ah.
    Sahanku wuxuu raacayaa Sharciga Barnaamijka Hordhaca (introduksjonsloven) § 25 iyo Sharciga Isdhexgalka (integreringsloven) § 41.
privacy-accept = Waan fahmay, sii wad

## Moving through the survey

nav-next = Xiga
nav-back = Dib u noqo
nav-play = Dhageyso
nav-stop-sound = Jooji codka
progress = Su'aal { $current } ee { $total }
free-text-placeholder = Halkan ku qor haddii aad rabto
free-text-skip = Ka bood
choose-one = Dooro hal jawaab.
choose-many = Dooro hal jawaab ama ka badan.

## Endings

screening-ended = Mahadsanid! Hadda ha ka jawaabin sahanka. Fadlan u sheeg macallinkaaga.
finish-thanks = Aad baad ugu mahadsan tahay jawaabahaaga!
finish-next = Hadda qofka xiga ayaa ka jawaabi kara.
survey-closed = Sahanku hadda waa xiran yahay.
survey-closed-detail = Wuxuu furan yahay laga bilaabo { $opens } ilaa { $closes }.

## Idle warning

idle-title = Weli ma joogtaa?
idle-countdown = Sahanku wuxuu dib u bilaabanayaa { $seconds } ilbiriqsi kadib, jawaabahaagana waa la tirtirayaa.
idle-continue = Waxaan rabaa inaan sii wado

## Sound

sound-unavailable = Codku kuma shaqeeyo mashiinkan.
display-text-size = Qoraal ka weyn
display-contrast = Midabo ka xoog badan

## Practice mode

practice-banner = Nooca tababarka: waxba lama kaydinayo.

## Coordinator mode

coord-title = Isku-duwaha
coord-pin-set = U dooro koodh PIN ah isku-duwaha
coord-pin-enter = Qor koodhka PIN-ka
coord-pin-confirm = Kaydi koodhka PIN-ka
coord-unlock = Fur
coord-pack = Xirmada nuxurka
coord-period = Sahanku waa furan yahay
coord-pending = Jawaabaha sugaya in la diro
coord-synced = Jawaabaha la diray
coord-last-sync = Markii ugu dambeysay ee la diray
coord-never = Marna
coord-audio = Cod
coord-audio-ok = Wuu shaqeeyaa
coord-audio-missing = Qalab cod ma jiro
coord-practice-on = Bilow wareeg tababar
coord-practice-off = Jooji wareegga tababarka
coord-enrol = Ku xir degmada
coord-collector-url = Cinwaanka adeegga ururinta
coord-access-code = Koodhka gelitaanka ee degmada
coord-kiosk-name = Magaca kiyoosgan (ikhtiyaari, tusaale ahaan Qolka 204)
coord-enrolled = Waxaa lagu xiray { $municipality }
coord-sync = Dir jawaabaha hadda
coord-sync-progress = Waa la diray { $done } ee { $total }
coord-sync-done = Dhammaan jawaabaha waa la diray.
coord-sync-stop = Jooji dirista
coord-sync-retrying = Jawaab lagama helayo adeegga ururinta. Mar kale ayaa la isku dayayaa (isku dayga { $retries }).
coord-sync-stopped = Dirista waa la joojiyay.
coord-sync-sent = Jawaabaha hadda la diray: { $count }.
coord-sync-kept-future-date = Jawaabaha aan weli la aqbalin: { $count }. Adeegga ururinta wuxuu leeyahay taariikhdoodu waa mustaqbalka. Taariikhda mashiinkan: { $kiosk }. Taariikhda adeegga ururinta: { $collector }. Si ammaan ah ayay halkan ugu kaydsan yihiin, waxaana mar kale la diri doonaa marka xigta. Ogow labada taariikhood midkooda khaldan.
coord-sync-kept-outside-period = Jawaabaha aan weli la aqbalin: { $count }. Taariikhdoodu waxay ka baxsan tahay muddada sahanka. Taariikhda mashiinkan: { $kiosk }. Taariikhda adeegga ururinta: { $collector }. Si ammaan ah ayay halkan ugu kaydsan yihiin, waxaana mar kale la diri doonaa marka xigta. La xiriir qofka maamula sahanka.
coord-sync-refused-other = Jawaabaha aan la aqbalin: { $count } ({ $reason }). La xiriir qofka maamula sahanka.
coord-sync-waiting = Jawaabaha weli sugaya: { $count }. Si ammaan ah ayay ugu kaydsan yihiin mashiinkan, waxaana la diri doonaa marka xigta.
coord-sync-new-content = Nuxur cusub ayaa la rakibay (nooca { $version }).
coord-exit = Ka bax kiosk-ga
coord-close = Xir
coord-pin-rule = Lambarka PIN-ku waa 4 ilaa 12 god.
coord-pin-again = Mar kale qor isla lambarka PIN-ka
coord-keypad-erase = Tirtir
coord-auto-locked = Shaashadda waa la xiray sababtoo ah qofna muddo ma isticmaalin.
coord-exit-question = Ma rabtaa inaad xirto kiosk-ga? Qofna ma jawaabi karo ilaa dib loo bilaabo.
coord-exit-yes = Haa, xir
coord-exit-no = Maya, dib u noqo
coord-practice-ready = Qofka xiga wuxuu helayaa nooca tababarka. Waxba lama kaydinayo. Wareeg kadib, kiosk-gu wuxuu ku noqonayaa jawaabaha dhabta ah.
coord-sound-test = Tijaabi codka
coord-sound-test-playing = Hadda waa inaad maqashaa “Soo dhawoow!”. Haddii aadan waxba maqlin, hubi heerka codka iyo dhegaha-dhegeysiga.
coord-sound-test-none = Lama helin qalab cod. Ku xir dhegaha-dhegeysi ama sameecad, kadibna dib u bilow kiosk-ga.
coord-voices = Luqadaha lagu akhriyo codka luqad kale
coord-voices-none = Midna
coord-recorded = Cod la duubay (inta kale waa cod macmal ah)
coord-recorded-none = Weli midna: dhammaan waa cod macmal ah
coord-update-offered = Nooca { $version } ee kiyooska waa diyaar. Ka codso shaqaalaha IT-ga inay cusboonaysiiyaan mashiinkan (apt upgrade). Jawaabaha halkan sugaya waa la ilaalinayaa.

## Errors shown to people

error-answer-required = Waa inaad ka jawaabtaa su'aashan.
error-invalid-answer = Jawaabtani kuma habboona su'aasha.
error-pin-wrong = Koodhka PIN-ku waa khalad.
error-pin-throttled = Isku day aad u badan. Sug { $seconds } ilbiriqsi.
error-pin-too-short = Koodhka PIN-ku waa inuu lahaadaa ugu yaraan afar lambar.
error-pin-mismatch = Labada lambar ee PIN isku mid ma aha. Mar kale qor.
error-no-network = Lama gaari karo adeegga ururinta. Hubi shabakadda oo mar kale isku day.
error-wrong-code = Koodhka gelitaanka waa khalad.
error-locked-out = Isku day khaldan oo aad u badan. Mar dambe isku day.
error-kiosk-revoked = Kiosk-gan waa laga gooyay. La xiriir degmada.
error-not-enrolled = Kiosk-ga weli laguma xirin degmo.
error-collector-refused = Adeegga ururintu ma aqbalin jawaabaha.
error-collector-full = Adeegga ururintu meel uma hayo oo ma kaydin karin jawaabaha. Jawaabuhu si badbaado leh ayay qalabkan ugu sugayaan; mar dambe dib u isku xir.
error-collector-read-only = Adeegga ururintu hadda waxba ma kaydin karo. Jawaabuhu si badbaado leh ayay qalabkan ugu sugayaan; mar dambe dib u isku xir.
error-certificate-expired = Shahaadada adeegga ururintu way dhacday (ama saacadda qalabkani waa khalad). Jawaabuhu si badbaado leh ayay qalabkan ugu sugayaan.
error-certificate-wrong-name = Shahaadada adeegga ururinta waxaa loo sameeyay magac ka duwan cinwaanka kiosk-kan la siiyay. Jawaabuhu si badbaado leh ayay qalabkan ugu sugayaan.
error-certificate-untrusted = Shahaadada adeegga ururinta laguma kalsoona qalabkan. Ku dar bixiyaha shahaadada habaynta kiosk-ka. Jawaabuhu halkan si badbaado leh ayay ugu sugayaan.
error-pack-invalid = Xirmada nuxurku waa khalad, lamana isticmaali doono.
error-survey-closed = Sahanku hadda ma furna.
error-storage = Lama kaydin karo. Waxba ma lumin. Fadlan u sheeg macallinka.
error-audio = Codka lama daari karo.
error-internal = Wax baa khaldamay. Fadlan u sheeg macallinka.
error-unsent-other-municipality = Mashiinkan waxaa ku jira jawaabo aan weli la dirin. Jawaabahaas dir ka hor intaadan mashiinka ku xirin degmo kale.
error-insecure-collector = Cinwaanka adeegga ururinta waa inuu ku bilaabmaa https://. Jawaabaha si sir ah oo keliya ayaa loo diraa.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Qor koodhka
web-code-help = Koodhku wuxuu ku qoran yahay fariinta aad ka heshay degmada, tusaale ahaan 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Koodh
web-code-submit = Sii wad
web-code-wrong = Koodhku sax ma aha. Hubi in aanay jirin qalad qoraal oo mar kale isku day.
web-code-throttled = Isku day aad u badan. Sug { $seconds } ilbiriqsi oo mar kale isku day.
web-code-throttled-spoken = Isku day aad u badan. Wax yar sug oo mar kale isku day.
web-code-offline = Internet-ka kuma xirnid. Ku xir internet-ka si aad u qorto koodhka.
web-language-not-kept = Luqaddan laguma kaydin qalabkan, hadana internetka kuma xidhnid. Dooro mid ka mid ah luqadaha hoose, ama isku day mar kale marka aad internetka ku xidhantahay.
web-page-title = Sahan qarsoodi ah
web-more = Doorashooyin kale
web-insecure = Boggan laguma furin xiriir ammaan ah (https). Jawaabtaada halkan lagama diri doono. Mar kale fur linkiga aad heshay.
web-sent = Jawaabtaada waa la diray. Mahadsanid!
web-waiting = Jawaabtaada si sir ah ayaa loogu kaydiyay qalabkan. Waxaa si toos ah loo diri doonaa marka aad mar kale internet-ka ku xirnaato. Bogga furan u daa, ama mar dambe fur.
web-slowed = Hadda jawaabo badan ayaa hal mar imanaya. Jawaabtaada si sir ah ayaa loogu kaydiyay qalabkan, waxaana si toos ah loo diri doonaa dhowr daqiiqo kadib. Bogga furan u daa, ama mar dambe fur.
web-another = Qof kale ha ka jawaabo

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Soomaali
nav-done = Dhammaad
nav-stop = Jooji
stop-confirm = Ma rabtaa inaad joojiso? Jawaabahaaga waa la tirtirayaa. Waxba lama kaydinayo.
stop-yes = Haa, jooji
stop-no = Maya, waan sii wadayaa
screening-confirm = Waxaad ku jawaabtay haa. Markaas sahanku halkan ayuu kuugu dhammaanayaa. Ma saxbaa?
screening-confirm-yes = Haa, waa sax
error-nothing-chosen = Waxba ma aadan dooran. Taabo jawaab.
error-wrong-step = Shaashaddu way is beddeshay. Hadda halkan ayaad joogtaa.
listen-all = Dhegeyso dhammaan
volume-up = Cod kor u qaad
volume-down = Cod hoos u dhig
sound-playing = Codku wuu socdaa. Taabo si aad u joojiso.
idle-spoken = Weli ma joogtaa? Haddii aadan taaban shaashadda, sahanku dib ayuu u bilaabanayaa, jawaabahaagana waa la tirtirayaa.
coord-auto-play-on = Daar akhrinta codka ee su'aalaha
coord-auto-play-off = Dami akhrinta codka ee su'aalaha

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Tani waa tijaabo. Waxaad ka jawaabto lama kaydinayo lamana dirayo.
invite-title = Maxaad ka qabtaa waxbarashada?
invite-what = Waxaan rabnaa inaan ogaanno waxaad ka qabto waxbarashada af-Noorwiijiga iyo barnaamijka hordhaca.
invite-anonymous = Waa ikhtiyaari, magacna lagama qoro. Qofna ma arki karo waxaad ka jawaabto.
invite-time = Waxay qaadanaysaa qiyaastii toban daqiiqo.
invite-ear = Wax walba waad dhageysan kartaa. Riix sameecadda si aad qoraalka u maqasho. Riix jawaabtaada si aad u doorato.
invite-help = Ma u baahan tahay caawimaad? Weydii macallinkaaga ama qof aad aaminsan tahay.
invite-start = Bilow sahanka
