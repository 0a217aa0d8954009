# Screen texts of the kiosk in Kurmanji Kurdish (Kurmancî, Latin script). Translated from Norwegian Bokmål.
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = Bi xêr hatî!
welcome-choose-language = Zimanê xwe hilbijêre
welcome-instructions = Ji bo destpêkirinê, li ser zimanê xwe bitikîne. Ji bo guhdarîkirina nivîsê, li ser bilindgoyê bitikîne.
welcome-start = Dest pê bike

## Privacy notice

privacy-title = Derbarê rapirsiyê de
privacy-notice =
    Ev rapirsî bênav e. Em navê te napirsin, û kes nikare bibîne ku tu çi bersiv didî.
    Bersivdan bi dilê te ye. Tu dikarî kengê bixwazî rawestî, û wê demê tiştek nayê tomarkirin.
    Bersivên te têne şîfrekirin û ji Rêveberiya Entegrasyon û Cihêrengiyê (Integrerings- og mangfoldsdirektoratet, IMDi) re têne şandin.
    Şaredariya te tenê bersivên gelek kesan bi hev re dibîne, qet bersivan yek bi yek nabîne.
    Rapirsî li gorî Qanûna Bernameya Destpêkê (introduksjonsloven) § 25 û Qanûna Entegrasyonê (integreringsloven) § 41 tê kirin.
privacy-accept = Ez fêm dikim, bidomîne

## Moving through the survey

nav-next = Pêşve
nav-back = Paşve
nav-play = Nivîsê guhdarî bike
nav-stop-sound = Dengê rawestîne
progress = Pirs { $current } ji { $total }
free-text-placeholder = Heke tu bixwazî, li vir binivîse
free-text-skip = Derbas bike
choose-one = Bersivekê hilbijêre.
choose-many = Yek an çend bersivan hilbijêre.

## Endings

screening-ended = Spas! Niha tu bersiva vê rapirsiyê nadî. Ji mamosteyê xwe re bêje.
finish-thanks = Ji bo bersivên te gelek spas!
finish-next = Niha kesê din dikare bersiv bide.
survey-closed = Rapirsî niha girtî ye.
survey-closed-detail = Ew ji { $opens } heta { $closes } vekirî ye.

## Idle warning

idle-title = Tu hîn li vir î?
idle-countdown = Rapirsî dê piştî { $seconds ->
        [one] { $seconds } çirkeyê
       *[other] { $seconds } çirkeyan
    } ji nû ve dest pê bike, û bersivên te dê bêne jêbirin.
idle-continue = Ez dixwazim bidomînim

## Sound

sound-unavailable = Deng li ser vê makîneyê naxebite.
display-text-size = Nivîsa mezintir
display-contrast = Rengên bihêztir

## Practice mode

practice-banner = Guhertoya rahênanê: tiştek nayê tomarkirin.

## Coordinator mode

coord-title = Koordînator
coord-pin-set = Ji bo koordînator kodeke PIN hilbijêre
coord-pin-enter = Koda PIN binivîse
coord-pin-confirm = Koda PIN tomar bike
coord-unlock = Kilîtê veke
coord-pack = Pakêta naverokê
coord-period = Rapirsî vekirî ye
coord-pending = Bersivên ku li benda şandinê ne
coord-synced = Bersivên şandî
coord-last-sync = Cara dawî hat şandin
coord-never = Qet
coord-audio = Deng
coord-audio-ok = Dixebite
coord-audio-missing = Amûra dengî tune ye
coord-practice-on = Gerek perwerdeyê dest pê bike
coord-practice-off = Gera perwerdeyê betal bike
coord-enrol = Bi şaredariyê ve girê bide
coord-collector-url = Navnîşana xizmeta berhevkirina bersivan
coord-access-code = Koda gihîştinê ji şaredariyê
coord-kiosk-name = Navê vê kioskê (bi dilê xwe, wek mînak Ode 204)
coord-enrolled = Girêdayî şaredariyê: { $municipality }
coord-sync = Bersivan niha bişîne
coord-sync-progress = { $done } ji { $total } hatin şandin
coord-sync-done = Hemû bersiv hatin şandin.
coord-sync-stop = Şandinê rawestîne
coord-sync-retrying = Xizmeta berhevkirina bersivan caw nade. Dîsa tê ceribandin (hewldan { $retries }).
coord-sync-stopped = Şandin hat rawestandin.
coord-sync-sent = Niha hatin şandin: { $count } bersiv.
coord-sync-kept-future-date = Bersivên ku niha nehatin qebûlkirin: { $count }. Servîsa berhevkirinê dibêje dîroka wan di pêşerojê de ye. Dîroka vê makîneyê: { $kiosk }. Dîroka servîsa berhevkirinê: { $collector }. Ew bi ewlehî li vir tomarkirî ne û cara din dê dîsa bên şandin. Bibîne ka kîjan ji her du dîrokan şaş e.
coord-sync-kept-outside-period = Bersivên ku niha nehatin qebûlkirin: { $count }. Dîroka wan li derveyî dema rapirsiyê ye. Dîroka vê makîneyê: { $kiosk }. Dîroka servîsa berhevkirinê: { $collector }. Ew bi ewlehî li vir tomarkirî ne û cara din dê dîsa bên şandin. Bi kesê ku rapirsiyê birêve dibe re têkilî dayne.
coord-sync-refused-other = { $count } bersiv nehatin qebûlkirin ({ $reason }). Bi kesê ku rapirsiyê birêve dibe re têkilî dayne.
coord-sync-waiting = { $count } bersiv hîn li benda şandinê ne. Ew bi ewlehî li ser vê makîneyê tomarkirî ne û cara din dê bên şandin.
coord-sync-new-content = Naveroka nû hat sazkirin (guherto { $version }).
coord-exit = Ji kioskê derkeve
coord-close = Bigire
coord-pin-rule = Koda PIN ji 4 heta 12 hejmaran pêk tê.
coord-pin-again = Heman koda PIN carek din binivîse
coord-keypad-erase = Jê bibe
coord-auto-locked = Ekran hate girtin, ji ber ku demekê kesî bi kar neanî.
coord-exit-question = Tu dixwazî kioskê bigirî? Heta ku ji nû ve dest pê neke, kes nikare bersiv bide.
coord-exit-yes = Erê, bigire
coord-exit-no = Na, vegere
coord-practice-ready = Kesê din guhertoya perwerdeyê distîne. Tiştek nayê tomarkirin. Piştî gerekê kiosk vedigere bersivên rastîn.
coord-sound-test = Dengê biceribîne
coord-sound-test-playing = Niha divê tu “Bi xêr hatî!” bibihîzî. Heke tu tiştekî nabihîzî, asta deng û guhikan kontrol bike.
coord-sound-test-none = Amûra deng nehat dîtin. Guhik an hoparlorekê girê bide, û kioskê ji nû ve dest pê bike.
coord-voices = Zimanên ku bi dengê zimanekî din têne xwendin
coord-voices-none = Tune
coord-recorded = Klîpên tomarkirî (yên din dengê çêkirî ne)
coord-recorded-none = Hê tune: hemû klîp dengê çêkirî ne
coord-update-offered = Guhertoya { $version } ya kioskê amade ye. Ji karmendên IT bixwaze ku vê makîneyê nû bikin (apt upgrade). Bersivên ku li vir li bendê ne, têne parastin.

## Errors shown to people

error-answer-required = Divê tu bersiva vê pirsê bidî.
error-invalid-answer = Ev bersiv li pirsê nayê.
error-pin-wrong = Koda PIN şaş e.
error-pin-throttled = Gelek hewldan hatin kirin. { $seconds ->
        [one] { $seconds } çirkeyê
       *[other] { $seconds } çirkeyan
    } li bendê bimîne.
error-pin-too-short = Divê koda PIN herî kêm çar reqem be.
error-pin-mismatch = Her du kodên PIN ne wek hev in. Wan ji nû ve binivîse.
error-no-network = Têkilî bi xizmeta berhevkirina bersivan re çênabe. Torê kontrol bike û dîsa biceribîne.
error-wrong-code = Koda gihîştinê şaş e.
error-locked-out = Gelek hewldanên şaş hatin kirin. Paşê dîsa biceribîne.
error-kiosk-revoked = Girêdana vê kioskê hat qutkirin. Bi şaredariyê re têkilî dayne.
error-not-enrolled = Kiosk hîn bi şaredariyekê ve nehatiye girêdan.
error-collector-refused = Bersiv ji aliyê xizmeta berhevkirina bersivan ve nehatin qebûlkirin.
error-collector-full = Cihê xizmeta berhevkirinê qediya û nikarîbû bersivan tomar bike. Bersiv bi ewlehî li ser vê amûrê li bendê ne; paşê dîsa hevdemkirinê bike.
error-collector-read-only = Xizmeta berhevkirinê niha nikare tiştekî tomar bike. Bersiv bi ewlehî li ser vê amûrê li bendê ne; paşê dîsa hevdemkirinê bike.
error-certificate-expired = Sertîfîkaya xizmeta berhevkirinê qediya ye (an jî demjimêra vê amûrê şaş e). Bersiv bi ewlehî li ser vê amûrê li bendê ne.
error-certificate-wrong-name = Sertîfîkaya xizmeta berhevkirinê ji bo navekî din hatiye çêkirin, ne ji bo navnîşana ku ji vê kioskê re hatiye dayîn. Bersiv bi ewlehî li ser vê amûrê li bendê ne.
error-certificate-untrusted = Sertîfîkaya xizmeta berhevkirinê li ser vê amûrê nayê pejirandin. Derxerê sertîfîkayê li mîhengên kioskê zêde bike. Bersiv li vir bi ewlehî li bendê ne.
error-pack-invalid = Pakêta naverokê ne derbasdar e û nayê bikaranîn.
error-survey-closed = Rapirsî niha ne vekirî ye.
error-storage = Tomarkirin nebû. Tiştek winda nebû. Ji mamosteyê xwe re bêje.
error-audio = Deng nehat lêxistin.
error-internal = Tiştek xelet çû. Ji mamosteyê xwe re bêje.
error-unsent-other-municipality = Li ser vê makîneyê bersivên ku hîn nehatine şandin hene. Berî ku tu makîneyê bi şaredariyeke din ve girê bidî, wan bişîne.
error-insecure-collector = Navnîşana xizmeta berhevkirina bersivan divê bi https:// dest pê bike. Bersiv tenê bi şîfrekirî têne şandin.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = Kodê binivîse
web-code-help = Kod di wê peyamê de ye ku ji şaredariyê ji te re hatiye, wek mînak 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = Kod
web-code-submit = Bidomîne
web-code-wrong = Kod ne rast e. Binêre ka çewtiya nivîsînê heye an na, û dîsa biceribîne.
web-code-throttled = Gelek hewldan hatin kirin. { $seconds ->
        [one] { $seconds } çirkeyê
       *[other] { $seconds } çirkeyan
    } li bendê bimîne û dîsa biceribîne.
web-code-throttled-spoken = Gelek hewldan hatin kirin. Hinekî li bendê bimîne û dîsa biceribîne.
web-code-offline = Tu ne girêdayî înternetê yî. Ji bo nivîsîna kodê xwe bi înternetê ve girê bide.
web-language-not-kept = Ev ziman li ser vê amûrê nehatiye tomarkirin, û tu niha ne li ser înternetê yî. Yek ji zimanên li jêr hilbijêre, an jî dema ku tu li ser înternetê bî dîsa biceribîne.
web-page-title = Anketa bênav
web-more = Vebijarkên din
web-insecure = Ev rûpel bi girêdaneke ewle (https) nehatiye vekirin. Bersiva te ji vir nayê şandin. Lînka ku ji te re hatiye dîsa veke.
web-sent = Bersiva te hat şandin. Spas!
web-waiting = Bersiva te bi şîfrekirî li ser vê amûrê hat tomarkirin. Dema tu dîsa bi înternetê ve girêdayî bî, ew bi xwe tê şandin. Rûpelê vekirî bihêle, an paşê dîsa veke.
web-slowed = Niha gelek bersiv bi hev re tên. Bersiva te bi şîfrekirî li ser vê amûrê hat tomarkirin û piştî çend deqeyan ew bi xwe tê şandin. Rûpelê vekirî bihêle, an paşê dîsa veke.
web-another = Bila kesekî din bersiv bide

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = Kurmancî
nav-done = Qediya
nav-stop = Rawestîne
stop-confirm = Tu dixwazî rawestî? Bersivên te wê bên jêbirin. Tiştek nayê tomarkirin.
stop-yes = Erê, raweste
stop-no = Na, ez dixwazim bidomînim
screening-confirm = Te got erê. Wê demê anket ji bo te li vir diqede. Ev rast e?
screening-confirm-yes = Erê, rast e
error-nothing-chosen = Te tiştek hilnebijart. Li ser bersivekê bitikîne.
error-wrong-step = Ekran guherî. Tu niha li vir î.
listen-all = Hemûyî guhdarî bike
volume-up = Dengê bilindtir
volume-down = Dengê nizmtir
sound-playing = Deng tê lêdan. Ji bo rawestandinê bitikîne.
idle-spoken = Tu hîn li vir î? Heke tu dest nedî ekranê, anket dîsa dest pê dike û bersivên te tên jêbirin.
coord-auto-play-on = Xwendina pirsan bi deng veke
coord-auto-play-off = Xwendina pirsan bi deng bigire

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = Ev demo ye. Tiştê tu bersiv didî nayê tomarkirin û nayê şandin.
invite-title = Tu li ser perwerdehiyê çi difikirî?
invite-what = Em dixwazin bizanin tu li ser perwerdehiya zimanê norwecî û bernameya destpêkê çi difikirî.
invite-anonymous = Ev bi dilê te ye û bênav e. Kes nikare bibîne tu çi bersiv didî.
invite-time = Nêzîkî deh deqîqeyan dikişîne.
invite-ear = Tu dikarî guh bidî her tiştî. Li ser hoparlorê bitikîne da ku nivîsê bibihîzî. Li ser bersiva xwe bitikîne da ku wê hilbijêrî.
invite-help = Alîkarî lazim e? Ji mamosteyê xwe an ji kesekî ku tu jê bawer dikî bipirse.
invite-start = Anketê dest pê bike
