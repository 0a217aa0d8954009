# Screen texts of the kiosk (Amharic / አማርኛ).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = እንኳን ደህና መጡ!
welcome-choose-language = ቋንቋዎን ይምረጡ
welcome-instructions = ለመጀመር ቋንቋዎን ይንኩ። ጽሑፉን ለመስማት የድምፅ ምልክቱን ይንኩ።
welcome-start = ይጀምሩ

## Privacy notice

privacy-title = ስለ ዳሰሳ ጥናቱ
privacy-notice =
    ይህ ጥናት ስም-አልባ ነው። ስምዎን አንጠይቅም፤ ማንም ሰው የሚመልሱትን ማየት አይችልም።
    መመለስ በፈቃድዎ ነው። በፈለጉት ጊዜ ማቆም ይችላሉ፤ ያኔ ምንም ነገር አይቀመጥም።
    መልሶችዎ በምስጢር ተጠብቀው (ኢንክሪፕት ተደርገው) ወደ Integrerings- og mangfoldsdirektoratet (IMDi) ይላካሉ።
    ማዘጋጃ ቤትዎ የሚያየው የብዙ ተሳታፊዎችን መልሶች በአንድ ላይ ብቻ ነው፤ የአንድን ሰው መልስ ለብቻው በፍጹም አያይም።
    ጥናቱ የመግቢያ ፕሮግራም ሕጉን (introduksjonsloven) § 25 እና የውህደት ሕጉን (integreringsloven) § 41 ይከተላል።
privacy-accept = ተረድቻለሁ፣ ልቀጥል

## Moving through the survey

nav-next = ቀጣይ
nav-back = ወደ ኋላ
nav-play = ያዳምጡ
nav-stop-sound = ድምፁን ያቁሙ
progress = ጥያቄ { $current } ከ { $total }
free-text-placeholder = ከፈለጉ እዚህ ይጻፉ
free-text-skip = ይዝለሉ
choose-one = አንድ መልስ ይምረጡ።
choose-many = አንድ ወይም ከዚያ በላይ መልስ ይምረጡ።

## Endings

screening-ended = እናመሰግናለን! አሁን ጥናቱን መመለስ የለብዎትም። እባክዎ ለአስተማሪዎ ይንገሩ።
finish-thanks = ስለ መልሶችዎ በጣም እናመሰግናለን!
finish-next = አሁን ቀጣዩ ሰው መመለስ ይችላል።
survey-closed = ጥናቱ አሁን ተዘግቷል።
survey-closed-detail = ከ{ $opens } እስከ { $closes } ክፍት ነው።

## Idle warning

idle-title = አሁንም እዚህ አሉ?
idle-countdown = ጥናቱ በ{ $seconds } ሰከንድ ውስጥ እንደገና ይጀምራል፤ መልሶችዎም ይሰረዛሉ።
idle-continue = መቀጠል እፈልጋለሁ

## Sound

sound-unavailable = በዚህ ማሽን ላይ ድምፅ አይሰራም።
display-text-size = ትልቅ ጽሑፍ
display-contrast = ጠንካራ ቀለሞች

## Practice mode

practice-banner = የልምምድ ስሪት፦ ምንም ነገር አይቀመጥም።

## Coordinator mode

coord-title = አስተባባሪ
coord-pin-set = ለአስተባባሪው የፒን ኮድ ይምረጡ
coord-pin-enter = የፒን ኮዱን ያስገቡ
coord-pin-confirm = የፒን ኮዱን ያስቀምጡ
coord-unlock = ይክፈቱ
coord-pack = የይዘት ጥቅል
coord-period = ጥናቱ ክፍት ነው
coord-pending = ለመላክ የሚጠብቁ መልሶች
coord-synced = የተላኩ መልሶች
coord-last-sync = መጨረሻ የተላከው
coord-never = በጭራሽ
coord-audio = ድምፅ
coord-audio-ok = ይሰራል
coord-audio-missing = የድምፅ መሣሪያ የለም
coord-practice-on = የልምምድ ዙር ይጀምሩ
coord-practice-off = የልምምድ ዙሩን ይሰርዙ
coord-enrol = ከማዘጋጃ ቤቱ ጋር ያገናኙ
coord-collector-url = የመሰብሰቢያ አገልግሎቱ አድራሻ
coord-access-code = ከማዘጋጃ ቤቱ የተሰጠ የመግቢያ ኮድ
coord-kiosk-name = የዚህ ኪዮስክ ስም (አማራጭ፣ ለምሳሌ ክፍል 204)
coord-enrolled = ከ{ $municipality } ጋር ተገናኝቷል
coord-sync = መልሶቹን አሁን ይላኩ
coord-sync-progress = ከ{ $total } ውስጥ { $done } ተልከዋል
coord-sync-done = ሁሉም መልሶች ተልከዋል።
coord-sync-stop = መላኩን ያቁሙ
coord-sync-retrying = ከመሰብሰቢያ አገልግሎቱ ምላሽ የለም። እንደገና እየተሞከረ ነው (ሙከራ { $retries })።
coord-sync-stopped = መላኩ ቆሟል።
coord-sync-sent = አሁን የተላኩ መልሶች፦ { $count }።
coord-sync-kept-future-date = እስካሁን ተቀባይነት ያላገኙ መልሶች፦ { $count }። የመሰብሰቢያ አገልግሎቱ ቀናቸው ወደፊት ነው ይላል። የዚህ ማሽን ቀን፦ { $kiosk }። የመሰብሰቢያ አገልግሎቱ ቀን፦ { $collector }። መልሶቹ እዚህ በደህና ተቀምጠዋል፤ በሚቀጥለው ጊዜ እንደገና ይላካሉ። ከሁለቱ ቀኖች የትኛው የተሳሳተ እንደሆነ ይፈልጉ።
coord-sync-kept-outside-period = እስካሁን ተቀባይነት ያላገኙ መልሶች፦ { $count }። ቀናቸው ከጥናቱ ጊዜ ውጭ ነው። የዚህ ማሽን ቀን፦ { $kiosk }። የመሰብሰቢያ አገልግሎቱ ቀን፦ { $collector }። መልሶቹ እዚህ በደህና ተቀምጠዋል፤ በሚቀጥለው ጊዜ እንደገና ይላካሉ። ጥናቱን የሚያካሂደውን አካል ያነጋግሩ።
coord-sync-refused-other = ተቀባይነት ያላገኙ መልሶች፦ { $count } ({ $reason })። ጥናቱን የሚያካሂደውን አካል ያነጋግሩ።
coord-sync-waiting = አሁንም የሚጠብቁ መልሶች፦ { $count }። በዚህ ማሽን ላይ በደህና ተቀምጠዋል፤ በሚቀጥለው ጊዜ ይላካሉ።
coord-sync-new-content = አዲስ ይዘት ተጭኗል (ስሪት { $version })።
coord-exit = ከኪዮስኩ ይውጡ
coord-close = ይዝጉ
coord-pin-rule = የPIN ኮዱ ከ4 እስከ 12 አሃዞች አሉት።
coord-pin-again = ያንኑ የPIN ኮድ እንደገና ይጻፉ
coord-keypad-erase = አጥፋ
coord-auto-locked = ማንም ለተወሰነ ጊዜ ስላልተጠቀመበት ማያ ገጹ ተቆልፏል።
coord-exit-question = ኪዮስኩን መዝጋት ይፈልጋሉ? እንደገና እስኪጀመር ድረስ ማንም መመለስ አይችልም።
coord-exit-yes = አዎ፣ ዝጋ
coord-exit-no = አይ፣ ተመለስ
coord-practice-ready = ቀጣዩ ሰው የልምምድ ስሪቱን ያገኛል። ምንም አይቀመጥም። ከአንድ ዙር በኋላ ኪዮስኩ ወደ እውነተኛ መልሶች ይመለሳል።
coord-sound-test = ድምፁን ይሞክሩ
coord-sound-test-playing = አሁን «እንኳን ደህና መጡ!» መስማት አለብዎት። ምንም ካልሰሙ የድምፅ መጠኑን እና የጆሮ ማዳመጫውን ይፈትሹ።
coord-sound-test-none = የድምፅ መሣሪያ አልተገኘም። የጆሮ ማዳመጫ ወይም ድምፅ ማጉያ ያገናኙ፣ ከዚያ ኪዮስኩን እንደገና ያስጀምሩ።
coord-voices = በሌላ ቋንቋ ድምፅ የሚነበቡ ቋንቋዎች
coord-voices-none = የለም
coord-recorded = የተቀዱ ድምፆች (ቀሪው ሰው ሰራሽ ድምፅ ነው)
coord-recorded-none = እስካሁን የለም፤ ሁሉም ድምፆች ሰው ሰራሽ ናቸው
coord-update-offered = የኪዮስኩ ስሪት { $version } ዝግጁ ነው። የአይቲ ሰራተኞችን ይህን ማሽን እንዲያዘምኑ ይጠይቁ (apt upgrade)። እዚህ የሚጠብቁ መልሶች ይቀመጣሉ።

## Errors shown to people

error-answer-required = ይህን ጥያቄ መመለስ አለብዎት።
error-invalid-answer = ይህ መልስ ለጥያቄው አይስማማም።
error-pin-wrong = የፒን ኮዱ ትክክል አይደለም።
error-pin-throttled = በጣም ብዙ ሙከራዎች። { $seconds } ሰከንድ ይጠብቁ።
error-pin-too-short = የፒን ኮዱ ቢያንስ አራት አሃዞች ሊኖሩት ይገባል።
error-pin-mismatch = ሁለቱ የPIN ኮዶች አንድ አይደሉም። እንደገና ይጻፏቸው።
error-no-network = ከመሰብሰቢያ አገልግሎቱ ጋር መገናኘት አልተቻለም። ኔትወርኩን ይፈትሹና እንደገና ይሞክሩ።
error-wrong-code = የመግቢያ ኮዱ ትክክል አይደለም።
error-locked-out = በጣም ብዙ የተሳሳቱ ሙከራዎች። ቆይተው እንደገና ይሞክሩ።
error-kiosk-revoked = የዚህ ኪዮስክ ግንኙነት ተቋርጧል። ማዘጋጃ ቤቱን ያነጋግሩ።
error-not-enrolled = ኪዮስኩ ገና ከማዘጋጃ ቤት ጋር አልተገናኘም።
error-collector-refused = የመሰብሰቢያ አገልግሎቱ መልሶቹን አልተቀበለም።
error-collector-full = የመሰብሰቢያ አገልግሎቱ ቦታ ስላለቀበት መልሶቹን ማስቀመጥ አልቻለም። መልሶቹ በዚህ ኮምፒውተር ላይ በደህና ይጠብቃሉ፤ ቆይተው እንደገና ያመሳስሉ።
error-collector-read-only = የመሰብሰቢያ አገልግሎቱ አሁን ምንም ማስቀመጥ አይችልም። መልሶቹ በዚህ ኮምፒውተር ላይ በደህና ይጠብቃሉ፤ ቆይተው እንደገና ያመሳስሉ።
error-certificate-expired = የመሰብሰቢያ አገልግሎቱ ሰርተፊኬት ጊዜው አልፎበታል (ወይም የዚህ ኮምፒውተር ሰዓት ተሳስቷል)። መልሶቹ በዚህ ኮምፒውተር ላይ በደህና ይጠብቃሉ።
error-certificate-wrong-name = የመሰብሰቢያ አገልግሎቱ ሰርተፊኬት የተሰራው ኪዮስኩ ከተሰጠው አድራሻ ለተለየ ስም ነው። መልሶቹ በዚህ ኮምፒውተር ላይ በደህና ይጠብቃሉ።
error-certificate-untrusted = የመሰብሰቢያ አገልግሎቱ ሰርተፊኬት በዚህ ኮምፒውተር ላይ የታመነ አይደለም። ሰርተፊኬት ሰጪውን በኪዮስኩ ቅንብሮች ውስጥ ያክሉ። መልሶቹ እዚህ በደህና ይጠብቃሉ።
error-pack-invalid = የይዘት ጥቅሉ ትክክል ስላልሆነ ጥቅም ላይ አይውልም።
error-survey-closed = ጥናቱ አሁን ክፍት አይደለም።
error-storage = ማስቀመጥ አልተቻለም። ምንም ነገር አልጠፋም። እባክዎ ለአስተማሪው ይንገሩ።
error-audio = ድምፁን ማጫወት አልተቻለም።
error-internal = የሆነ ችግር ተፈጥሯል። እባክዎ ለአስተማሪው ይንገሩ።
error-unsent-other-municipality = በዚህ ማሽን ላይ ገና ያልተላኩ መልሶች አሉ። ማሽኑን ከሌላ ማዘጋጃ ቤት ጋር ከማገናኘትዎ በፊት ይላኳቸው።
error-insecure-collector = የመሰብሰቢያ አገልግሎቱ አድራሻ በ https:// መጀመር አለበት። መልሶቹ የሚላኩት በምስጢር ተጠብቀው ብቻ ነው።

## The web survey, on the participant's own phone, tablet or PC

web-code-title = ኮዱን ያስገቡ
web-code-help = ኮዱ ከማዘጋጃ ቤቱ በተላከልዎት መልእክት ውስጥ ይገኛል፤ ለምሳሌ 0301-ABCD-EFGH-JKLM-NPQR።
web-code-label = ኮድ
web-code-submit = ይቀጥሉ
web-code-wrong = ኮዱ ትክክል አይደለም። የአጻጻፍ ስህተት ካለ ይፈትሹና እንደገና ይሞክሩ።
web-code-throttled = በጣም ብዙ ሙከራዎች። { $seconds } ሰከንድ ይጠብቁና እንደገና ይሞክሩ።
web-code-throttled-spoken = በጣም ብዙ ሙከራዎች። ትንሽ ይጠብቁና እንደገና ይሞክሩ።
web-code-offline = ከኢንተርኔት ጋር አልተገናኙም። ኮዱን ለማስገባት ከኢንተርኔት ጋር ይገናኙ።
web-language-not-kept = ይህ ቋንቋ በዚህ መሣሪያ ላይ አልተቀመጠም፣ አሁን ደግሞ ከኢንተርኔት ጋር አልተገናኙም። ከታች ካሉት ቋንቋዎች አንዱን ይምረጡ፣ ወይም ከኢንተርኔት ጋር ሲገናኙ እንደገና ይሞክሩ።
web-page-title = ስም-አልባ የዳሰሳ ጥናት
web-more = ተጨማሪ አማራጮች
web-insecure = ይህ ገጽ ደህንነቱ በተጠበቀ ግንኙነት (https) አልተከፈተም። መልስዎ ከዚህ አይላክም። የተላከልዎትን ሊንክ እንደገና ይክፈቱ።
web-sent = መልስዎ ተልኳል። እናመሰግናለን!
web-waiting = መልስዎ በምስጢር ተጠብቆ በዚህ መሣሪያ ላይ ተቀምጧል። እንደገና ከኢንተርኔት ጋር ሲገናኙ በራሱ ይላካል። ገጹን ክፍት አድርገው ይተዉት፣ ወይም በኋላ እንደገና ይክፈቱት።
web-slowed = ብዙ መልሶች አሁን በአንድ ጊዜ እየደረሱ ነው። መልስዎ በምስጢር ተጠብቆ በዚህ መሣሪያ ላይ ተቀምጧል፤ በጥቂት ደቂቃዎች ውስጥ በራሱ ይላካል። ገጹን ክፍት አድርገው ይተዉት፣ ወይም በኋላ እንደገና ይክፈቱት።
web-another = ሌላ ሰው ይመልስ

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = አማርኛ
nav-done = ጨርሻለሁ
nav-stop = አቁም
stop-confirm = ማቆም ትፈልጋለህ? መልሶችህ ይሰረዛሉ። ምንም ነገር አይቀመጥም።
stop-yes = አዎ፣ አቁም
stop-no = አይ፣ መቀጠል እፈልጋለሁ
screening-confirm = አዎ ብለህ መልሰሃል። ስለዚህ ጥናቱ ለአንተ እዚህ ያበቃል። ትክክል ነው?
screening-confirm-yes = አዎ፣ ትክክል ነው
error-nothing-chosen = ምንም አልመረጥክም። አንድ መልስ ንካ።
error-wrong-step = ገጹ ተቀይሯል። አሁን እዚህ ነህ።
listen-all = ሁሉንም አዳምጥ
volume-up = ድምፅ ጨምር
volume-down = ድምፅ ቀንስ
sound-playing = ድምፅ እየተጫወተ ነው። ለማቆም ንካ።
idle-spoken = አሁንም እዚህ አለህ? ማያውን ካልነካህ ጥናቱ እንደገና ይጀምራል፣ መልሶችህም ይሰረዛሉ።
coord-auto-play-on = ጥያቄዎችን በድምፅ ማንበብ አብራ
coord-auto-play-off = ጥያቄዎችን በድምፅ ማንበብ አጥፋ

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = ይህ የሙከራ ስሪት ነው። የሚመልሱት ምንም ነገር አይቀመጥም፤ አይላክምም።
invite-title = ስለ ትምህርቱ ምን ያስባሉ?
invite-what = ስለ ኖርዌይኛ ትምህርቱ እና ስለ መግቢያ ፕሮግራሙ ምን እንደሚያስቡ ማወቅ እንፈልጋለን።
invite-anonymous = መሳተፍ በፈቃድዎ ነው፤ ስምዎም አይጠየቅም። ማንም ሰው የሚመልሱትን ማየት አይችልም።
invite-time = አሥር ደቂቃ ያህል ይወስዳል።
invite-ear = ሁሉንም ማዳመጥ ይችላሉ። ጽሑፉን ለመስማት ድምጽ ማጉያውን ይንኩ። ለመምረጥ መልስዎን ይንኩ።
invite-help = እርዳታ ይፈልጋሉ? አስተማሪዎን ወይም የሚያምኑትን ሰው ይጠይቁ።
invite-start = ጥናቱን ይጀምሩ
