# Screen texts of the kiosk (Tigrinya / ትግርኛ).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = እንቋዕ ብደሓን መጻእኹም!
welcome-choose-language = ቋንቋኹም ምረጹ
welcome-instructions = ንምጅማር ቋንቋኹም ጠውቑ። ነቲ ጽሑፍ ንምስማዕ ምልክት ድምጺ ጠውቑ።
welcome-start = ጀምሩ

## Privacy notice

privacy-title = ብዛዕባ እዚ መጽናዕቲ
privacy-notice =
    እዚ መጽናዕቲ ብዘይ ስም እዩ። ስምኩም ኣይንሓትን፣ ዝኾነ ሰብ እውን እትምልስዎ ክርኢ ኣይክእልን።
    ምምላስ ብድሌትኩም እዩ። ኣብ ዝደለኹምዎ ግዜ ከተቋርጹ ትኽእሉ ኢኹም፣ ሽዑ ዋላ ሓንቲ ኣይዕቀብን።
    መልስታትኩም ብምስጢር ተሓልዮም (encryption) ናብ Integrerings- og mangfoldsdirektoratet (IMDi) ይለኣኹ።
    ምምሕዳር ከባቢኹም (kommune) ናይ ብዙሓት ተሳተፍቲ መልስታት ብሓባር ጥራይ እዩ ዝርኢ፣ ናይ ሓደ ሰብ መልሲ ፈጺሙ ኣይርእን።
    እዚ መጽናዕቲ ንሕጊ መእተዊ ፕሮግራም (introduksjonsloven) § 25 ከምኡ እውን ንሕጊ ምውህሃድ (integreringsloven) § 41 ይኽተል።
privacy-accept = ተረዲኡኒ፣ ክቕጽል

## Moving through the survey

nav-next = ዝቕጽል
nav-back = ንድሕሪት
nav-play = ስምዑ
nav-stop-sound = ድምጺ ደው ኣብሉ
progress = ሕቶ { $current } ካብ { $total }
free-text-placeholder = እንተደሊኹም ኣብዚ ጽሓፉ
free-text-skip = ሕለፉ
choose-one = ሓደ መልሲ ምረጹ።
choose-many = ሓደ ወይ ካብኡ ንላዕሊ መልሲ ምረጹ።

## Endings

screening-ended = የቐንየልና! ሕጂ ነዚ መጽናዕቲ ክትምልሱ የብልኩምን። በጃኹም ንመምህርኹም ሓብሩ።
finish-thanks = ስለ መልስታትኩም ብዙሕ የቐንየልና!
finish-next = ሕጂ እቲ ዝቕጽል ሰብ ክምልስ ይኽእል።
survey-closed = እቲ መጽናዕቲ ሕጂ ዕጹው እዩ።
survey-closed-detail = ካብ { $opens } ክሳብ { $closes } ክፉት እዩ።

## Idle warning

idle-title = ገና ኣብዚ ኣለኹም ዶ?
idle-countdown = እቲ መጽናዕቲ ድሕሪ { $seconds } ካልኢት ካብ መጀመርታ ክጅምር እዩ፣ መልስታትኩም ድማ ክድምሰሱ እዮም።
idle-continue = ክቕጽል እደሊ እየ

## Sound

sound-unavailable = ኣብዚ መሳርሒ ድምጺ ኣይሰርሕን እዩ።
display-text-size = ዝዓበየ ጽሑፍ
display-contrast = ዝሓየሉ ሕብርታት

## Practice mode

practice-banner = ናይ ልምምድ ስሪት፦ ዋላ ሓንቲ ኣይዕቀብን።

## Coordinator mode

coord-title = ኣወሃሃዲ
coord-pin-set = ንኣወሃሃዲ ናይ PIN ኮድ ምረጹ
coord-pin-enter = ናይ PIN ኮድ ጽሓፉ
coord-pin-confirm = ናይ PIN ኮድ ዓቅቡ
coord-unlock = ክፈቱ
coord-pack = ጥቕላል ትሕዝቶ
coord-period = እቲ መጽናዕቲ ክፉት እዩ
coord-pending = ክለኣኹ ዝጽበዩ ዘለዉ መልስታት
coord-synced = ዝተለኣኹ መልስታት
coord-last-sync = ናይ መወዳእታ ምልኣኽ
coord-never = ፈጺሙ
coord-audio = ድምጺ
coord-audio-ok = ይሰርሕ እዩ
coord-audio-missing = መሳርሒ ድምጺ የለን
coord-practice-on = ናይ ልምምድ ዙርያ ጀምሩ
coord-practice-off = ናይ ልምምድ ዙርያ ሰርዙ
coord-enrol = ምስ ምምሕዳር ከባቢ ኣራኽቡ
coord-collector-url = ኣድራሻ ኣገልግሎት ምእካብ መልስታት
coord-access-code = ካብ ምምሕዳር ከባቢ ዝተዋህበ ኮድ መእተዊ
coord-kiosk-name = ስም እዚ ኪዮስክ (ኣማራጺ፡ ንኣብነት ክፍሊ 204)
coord-enrolled = ምስ { $municipality } ተራኺቡ ኣሎ
coord-sync = ሕጂ መልስታት ስደዱ
coord-sync-progress = ካብ { $total } { $done } ተላኢኾም
coord-sync-done = ኩሎም መልስታት ተላኢኾም።
coord-sync-stop = ምልኣኽ ደው ኣብሉ
coord-sync-retrying = ካብ ኣገልግሎት ምእካብ ምላሽ የለን። እንደገና ይፍተን ኣሎ (ፈተነ { $retries })።
coord-sync-stopped = ምልኣኽ ደው ኢሉ።
coord-sync-sent = ሕጂ ዝተለኣኹ መልስታት፦ { $count }።
coord-sync-kept-future-date = ክሳብ ሕጂ ዘይተቐበሉ መልስታት፦ { $count }። እቲ ኣገልግሎት ምእካብ ዕለቶም ናይ መጻኢ እዩ ይብል። ዕለት ናይዚ መሳርሒ፦ { $kiosk }። ዕለት ናይቲ ኣገልግሎት ምእካብ፦ { $collector }። እቶም መልስታት ኣብዚ ብውሑስ ተዓቂቦም ኣለዉ፣ ኣብ ዝቕጽል ግዜ ድማ እንደገና ክለኣኹ እዮም። ካብቶም ክልተ ዕለታት እየናይ ጌጋ ምዃኑ ኣረጋግጹ።
coord-sync-kept-outside-period = ክሳብ ሕጂ ዘይተቐበሉ መልስታት፦ { $count }። ዕለቶም ካብ ግዜ መጽናዕቲ ወጻኢ እዩ። ዕለት ናይዚ መሳርሒ፦ { $kiosk }። ዕለት ናይቲ ኣገልግሎት ምእካብ፦ { $collector }። እቶም መልስታት ኣብዚ ብውሑስ ተዓቂቦም ኣለዉ፣ ኣብ ዝቕጽል ግዜ ድማ እንደገና ክለኣኹ እዮም። ምስ ኣካያዲ እቲ መጽናዕቲ ተራኸቡ።
coord-sync-refused-other = ዘይተቐበሉ መልስታት፦ { $count } ({ $reason })። ምስ ኣካያዲ እቲ መጽናዕቲ ተራኸቡ።
coord-sync-waiting = ገና ዝጽበዩ ዘለዉ መልስታት፦ { $count }። ኣብዚ መሳርሒ ብውሑስ ተዓቂቦም ኣለዉ፣ ኣብ ዝቕጽል ግዜ ድማ ክለኣኹ እዮም።
coord-sync-new-content = ሓድሽ ትሕዝቶ ተጻዒኑ ኣሎ (ስሪት { $version })።
coord-exit = ካብ ኪዮስክ ውጹ
coord-close = ዕጸዉ
coord-pin-rule = ናይ PIN ኮድ ካብ 4 ክሳብ 12 ቁጽሪ ኣለዎ።
coord-pin-again = ነቲ ሓደ ዓይነት ናይ PIN ኮድ ደጊምኩም ጽሓፉ
coord-keypad-erase = ደምስሱ
coord-auto-locked = ንሓደ እዋን ዝጥቀመሉ ሰብ ስለዘይነበረ እቲ መሳኹቲ ተዓጽዩ።
coord-exit-question = ነቲ ኪዮስክ ክትዓጽውዎ ትደልዩ ዶ? ዳግማይ ክሳብ ዝጅምር ዝኾነ ሰብ ክምልስ ኣይክእልን እዩ።
coord-exit-yes = እወ፡ ዕጸዉ
coord-exit-no = ኣይፋል፡ ተመለሱ
coord-practice-ready = ቀጺሉ ዝመጽእ ሰብ ናይ ልምምድ ስሪት ይረክብ። ዋላ ሓንቲ ኣይዕቀብን። ድሕሪ ሓደ ዙርያ እቲ ኪዮስክ ናብ ሓቀኛ መልስታት ይምለስ።
coord-sound-test = ድምጺ ፈትኑ
coord-sound-test-playing = ሕጂ «እንቋዕ ብደሓን መጻእኩም!» ክትሰምዑ ኣለኩም። ዋላ ሓንቲ እንተዘይሰሚዕኩም፡ ዓቐን ድምጽን ናይ እዝኒ መስምዕን ፈትሹ።
coord-sound-test-none = መሳርሒ ድምጺ ኣይተረኽበን። ናይ እዝኒ መስምዒ ወይ ድምጺ መጉልሒ ኣእትዩ፡ ነቲ ኪዮስክ ዳግማይ ጀምሩ።
coord-voices = ብድምጺ ካልእ ቋንቋ ዝንበቡ ቋንቋታት
coord-voices-none = የለን
coord-recorded = ዝተቐድሑ ድምጽታት (ዝተረፈ ሰብ ዝሰርሖ ድምጺ እዩ)
coord-recorded-none = ክሳብ ሕጂ የለን፤ ኩሎም ሰብ ዝሰርሖ ድምጺ እዮም
coord-update-offered = ስሪት { $version } ናይ ኪዮስክ ድሉው እዩ። ሰራሕተኛታት IT ነዚ ማሽን ክሕድስዎ ሕተቱ (apt upgrade)። ኣብዚ ዝጽበዩ መልስታት ይዕቀቡ።

## Errors shown to people

error-answer-required = ነዚ ሕቶ ክትምልሱ ኣለኩም።
error-invalid-answer = እዚ መልሲ ምስቲ ሕቶ ኣይሰማማዕን።
error-pin-wrong = እቲ PIN ኮድ ጌጋ እዩ።
error-pin-throttled = ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ።
error-pin-too-short = እቲ PIN ኮድ እንተወሓደ ኣርባዕተ ቁጽርታት ክህልዎ ኣለዎ።
error-pin-mismatch = እቶም ክልተ ናይ PIN ኮድታት ሓደ ዓይነት ኣይኮኑን። ደጊምኩም ጽሓፍዎም።
error-no-network = ምስ ኣገልግሎት ምእካብ ክራኸብ ኣይተኻእለን። ነቲ መርበብ ተቖጻጸሩ እሞ እንደገና ፈትኑ።
error-wrong-code = እቲ ኮድ መእተዊ ጌጋ እዩ።
error-locked-out = ብዙሕ ጌጋ ፈተነታት። ጸኒሕኩም እንደገና ፈትኑ።
error-kiosk-revoked = እዚ ኪዮስክ ተፈልዩ ኣሎ። ምስ ምምሕዳር ከባቢ ተራኸቡ።
error-not-enrolled = እቲ ኪዮስክ ገና ምስ ምምሕዳር ከባቢ ኣይተራኸበን።
error-collector-refused = ኣገልግሎት ምእካብ ነቲ መልስታት ኣይተቐበሎን።
error-collector-full = ኣገልግሎት ምእካብ ቦታ ስለዘይብሉ ነቲ መልስታት ክዕቅቦ ኣይከኣለን። መልስታት ኣብዚ መሳርሒ ብውሑስ ይጽበዩ፤ ደሓር እንደገና ኣሰማምዕ።
error-collector-read-only = ኣገልግሎት ምእካብ ሕጂ ዋላ ሓንቲ ክዕቅብ ኣይክእልን እዩ። መልስታት ኣብዚ መሳርሒ ብውሑስ ይጽበዩ፤ ደሓር እንደገና ኣሰማምዕ።
error-certificate-expired = ሰርቲፊኬት ኣገልግሎት ምእካብ ግዜኡ ሓሊፉ እዩ (ወይ ሰዓት እዚ መሳርሒ ጌጋ እዩ)። መልስታት ኣብዚ መሳርሒ ብውሑስ ይጽበዩ።
error-certificate-wrong-name = ሰርቲፊኬት ኣገልግሎት ምእካብ ንኻልእ ስም እምበር ነቲ ንዚ ኪዮስክ ዝተዋህበ ኣድራሻ ኣይተሰርሐን። መልስታት ኣብዚ መሳርሒ ብውሑስ ይጽበዩ።
error-certificate-untrusted = ሰርቲፊኬት ኣገልግሎት ምእካብ ኣብዚ መሳርሒ ተኣማኒ ኣይኮነን። ነቲ ሰርቲፊኬት ዝህብ ኣብ ቅጥዕታት ኪዮስክ ወስኽ። መልስታት ኣብዚ ብውሑስ ይጽበዩ።
error-pack-invalid = እቲ ጥቕላል ትሕዝቶ ቅኑዕ ስለዘይኮነ ኣይክንጥቀመሉን ኢና።
error-survey-closed = እቲ መጽናዕቲ ሕጂ ክፉት ኣይኮነን።
error-storage = ክዕቀብ ኣይተኻእለን። ዋላ ሓንቲ ኣይጠፍኣን። በጃኹም ንመምህር ሓብሩ።
error-audio = ድምጺ ከስምዕ ኣይተኻእለን።
error-internal = ገለ ጌጋ ተፈጢሩ። በጃኹም ንመምህር ሓብሩ።
error-unsent-other-municipality = ኣብዚ መሳርሒ ገና ዘይተለኣኹ መልስታት ኣለዉ። ቅድሚ ነቲ መሳርሒ ምስ ካልእ ምምሕዳር ከባቢ ምርኻብኩም፣ ነዞም መልስታት ለኣኽዎም።
error-insecure-collector = ኣድራሻ ኣገልግሎት ምእካብ መልስታት ብ https:// ክጅምር ኣለዎ። መልስታት ብምስጢር ተሓልዮም ጥራይ እዮም ዝለኣኹ።

## The web survey, on the participant's own phone, tablet or PC

web-code-title = ኮድ ኣእትዉ
web-code-help = እቲ ኮድ ካብ ምምሕዳር ከባቢ ኣብ ዝመጸኩም መልእኽቲ ኣሎ፣ ንኣብነት 0301-ABCD-EFGH-JKLM-NPQR።
web-code-label = ኮድ
web-code-submit = ቀጽሉ
web-code-wrong = እቲ ኮድ ቅኑዕ ኣይኮነን። ናይ ጽሕፈት ጌጋ እንተሎ ርኣዩ እሞ እንደገና ፈትኑ።
web-code-throttled = ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ እሞ እንደገና ፈትኑ።
web-code-throttled-spoken = ብዙሕ ፈተነታት። ቁሩብ ተጸበዩ እሞ እንደገና ፈትኑ።
web-code-offline = ምስ ኢንተርነት ኣይተራኸብኩምን። ነቲ ኮድ ንምእታው ምስ ኢንተርነት ተራኸቡ።
web-language-not-kept = እዚ ቋንቋ እዚ ኣብዚ መሳርሒ ኣይተዓቀበን፣ ሕጂ ድማ ኢንተርነት የብልኩምን። ካብዞም ኣብ ታሕቲ ዘለዉ ቋንቋታት ሓደ ምረጹ፣ ወይ ኢንተርነት ምስ ረኸብኩም ደጊምኩም ፈትኑ።
web-page-title = ስም ዘይብሉ መጽናዕቲ
web-more = ተወሳኺ ምርጫታት
web-insecure = እዚ ገጽ ብውሑስ ርክብ (https) ኣይተኸፍተን። መልስኹም ካብዚ ኣይክለኣኽን እዩ። ነቲ ዝበጽሐኩም ሊንክ እንደገና ክፈትዎ።
web-sent = መልስኹም ተላኢኹ እዩ። የቐንየልና!
web-waiting = መልስኹም ብምስጢር ተሓልዩ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። እንደገና ምስ ኢንተርነት ምስ ተራኸብኩም ባዕሉ ክለኣኽ እዩ። ነቲ ገጽ ክፉት ግደፍዎ፣ ወይ ድሒርኩም እንደገና ክፈትዎ።
web-slowed = ሕጂ ብዙሓት መልስታት ሓቢሮም ይበጽሑ ኣለዉ። መልስኹም ብምስጢር ተሓልዩ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ፣ ድሕሪ ቁሩብ ደቓይቕ ባዕሉ ክለኣኽ እዩ። ነቲ ገጽ ክፉት ግደፍዎ፣ ወይ ድሒርኩም እንደገና ክፈትዎ።
web-another = ካልእ ሰብ ይመልስ

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = ትግርኛ
nav-done = ተወዲኡ
nav-stop = ኣቋርጽ
stop-confirm = ክተቋርጽ ትደሊ ዶ? መልስታትካ ክድምሰሱ እዮም። ዋላ ሓደ ነገር ኣይዕቀብን።
stop-yes = እወ፣ ኣቋርጽ
stop-no = ኣይፋል፣ ክቕጽል እደሊ
screening-confirm = እወ ኢልካ መሊስካ። እምበኣር መጽናዕቲ ንዓኻ ኣብዚ ይውዳእ። ልክዕ ድዩ?
screening-confirm-yes = እወ፣ ልክዕ እዩ
error-nothing-chosen = ገና ዋላ ሓደ ኣይመረጽካን። ሓደ መልሲ ጠውቕ።
error-wrong-step = እቲ ስክሪን ተቐይሩ። ሕጂ ኣብዚ ኣለኻ።
listen-all = ኩሉ ስማዕ
volume-up = ድምጺ ኣዕቢ
volume-down = ድምጺ ኣንኪ
sound-playing = ድምጺ ይጻወት ኣሎ። ንምቁራጽ ጠውቕ።
idle-spoken = ገና ኣብዚ ኣለኻ ዶ? ነቲ ስክሪን እንተዘይጠወቕካ፡ መጽናዕቲ ካብ መጀመርታ ይጅምር፡ መልስታትካ ድማ ይድምሰሱ።
coord-auto-play-on = ምንባብ ሕቶታት ብድምጺ ኣጀምር
coord-auto-play-off = ምንባብ ሕቶታት ብድምጺ ኣቋርጽ

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = እዚ ናይ ፈተነ ስሪት እዩ። እትምልስዎ ዋላ ሓንቲ ኣይዕቀብን ኣይለኣኽን።
invite-title = ብዛዕባ እቲ ትምህርቲ እንታይ ትሓስቡ?
invite-what = ብዛዕባ ትምህርቲ ቋንቋ ኖርወይን መእተዊ ፕሮግራምን እንታይ ከም እትሓስቡ ክንፈልጥ ንደሊ።
invite-anonymous = ምስታፍ ብድሌትኩም እዩ፣ ስምኩም ድማ ኣይሕተትን። ዝኾነ ሰብ እትምልስዎ ክርኢ ኣይክእልን።
invite-time = ኣስታት ዓሰርተ ደቒቕ ይወስድ።
invite-ear = ኩሉ ክትሰምዑ ትኽእሉ ኢኹም። ነቲ ጽሑፍ ንምስማዕ ነቲ መጉልሒ ድምጺ ጠውቑ። ንምምራጽ ነቲ መልስኹም ጠውቑ።
invite-help = ሓገዝ የድልየኩም ድዩ? ንመምህርኩም ወይ ንእትኣምንዎ ሰብ ሕተቱ።
invite-start = ነቲ መጽናዕቲ ጀምሩ
