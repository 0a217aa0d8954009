# Screen texts of the kiosk (Pashto / پښتو).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = ښه راغلاست!
welcome-choose-language = خپله ژبه وټاکئ
welcome-instructions = د پیل لپاره خپله ژبه کېکاږئ. د متن د اورېدو لپاره سپیکر کېکاږئ.
welcome-start = پیل کړئ

## Privacy notice

privacy-title = د سروې په اړه
privacy-notice =
    دا سروې بې نومه ده. موږ ستاسو نوم نه پوښتو، او هېڅوک نشي لیدلی چې تاسو څه ځواب ورکوئ.
    ځواب ورکول ستاسو په خوښه دي. هر وخت چې وغواړئ بس کولی شئ، او بیا هېڅ شی نه خوندي کېږي.
    ستاسو ځوابونه په پټ کوډ بدلېږي او د ادغام او تنوع ریاست (IMDi) ته لېږل کېږي.
    ستاسو کمون یوازې د ډېرو ګډونوالو ځوابونه یو ځای ګوري، او هېڅکله د یو یو کس ځواب نه ګوري.
    دا سروې د معرفي پروګرام د قانون (introduksjonsloven) § 25 او د ادغام د قانون (integreringsloven) § 41 سره سمه ده.
privacy-accept = پوه شوم، مخته ځو

## Moving through the survey

nav-next = بل
nav-back = شاته
nav-play = متن واورئ
nav-stop-sound = غږ ودروئ
progress = پوښتنه { $current } له { $total } څخه
free-text-placeholder = که غواړئ، دلته ولیکئ
free-text-skip = تېر شئ
choose-one = یو ځواب وټاکئ.
choose-many = یو یا څو ځوابونه وټاکئ.

## Endings

screening-ended = مننه! تاسو باید اوس دې سروې ته ځواب ورنه کړئ. ښوونکي ته ووایئ.
finish-thanks = ستاسو د ځوابونو ډېره مننه!
finish-next = اوس بل کس ځواب ورکولی شي.
survey-closed = سروې اوس تړلې ده.
survey-closed-detail = سروې له { $opens } څخه تر { $closes } پورې خلاصه ده.

## Idle warning

idle-title = ایا تاسو لا دلته یاست؟
idle-countdown = سروې به په { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیو
    } کې بیا له سره پیل شي، او ستاسو ځوابونه به پاک شي.
idle-continue = غواړم دوام ورکړم

## Sound

sound-unavailable = غږ په دې ماشین کې کار نه کوي.
display-text-size = لوی متن
display-contrast = پیاوړي رنګونه

## Practice mode

practice-banner = د تمرین نسخه: هېڅ شی نه خوندي کېږي.

## Coordinator mode

coord-title = همغږی کوونکی
coord-pin-set = د همغږي کوونکي لپاره یو PIN کوډ وټاکئ
coord-pin-enter = PIN کوډ ولیکئ
coord-pin-confirm = PIN کوډ خوندي کړئ
coord-unlock = قلف خلاص کړئ
coord-pack = د منځپانګې بسته
coord-period = سروې خلاصه ده
coord-pending = هغه ځوابونه چې د لېږلو په تمه دي
coord-synced = لېږل شوي ځوابونه
coord-last-sync = وروستۍ لېږنه
coord-never = هېڅکله
coord-audio = غږ
coord-audio-ok = کار کوي
coord-audio-missing = د غږ وسیله نشته
coord-practice-on = د تمرین یو پړاو پیل کړئ
coord-practice-off = د تمرین پړاو لغوه کړئ
coord-enrol = له کمون سره وصل کړئ
coord-collector-url = د راټولولو د خدمت پته
coord-access-code = له کمون څخه د لاسرسي کوډ
coord-kiosk-name = د دې کیوسک نوم (اختیاري، د بېلګې په توګه خونه ۲۰۴)
coord-enrolled = له { $municipality } سره وصل دی
coord-sync = ځوابونه اوس ولېږئ
coord-sync-progress = { $done } له { $total } څخه ولېږل شول
coord-sync-done = ټول ځوابونه ولېږل شول.
coord-sync-stop = لېږل ودروئ
coord-sync-retrying = د راټولولو خدمت ځواب نه ورکوي. بیا هڅه کېږي (هڅه { $retries }).
coord-sync-stopped = لېږل ودرول شول.
coord-sync-sent = اوس لېږل شوي ځوابونه: { $count }.
coord-sync-kept-future-date = تر اوسه نه منل شوي ځوابونه: { $count }. د راټولولو خدمت وايي چې نېټه یې په راتلونکي کې ده. د دې ماشین نېټه: { $kiosk }. د راټولولو خدمت نېټه: { $collector }. ځوابونه دلته په خوندي ډول ساتل شوي او بل ځل به بیا ولېږل شي. معلومه کړئ چې له دواړو نېټو څخه کومه غلطه ده.
coord-sync-kept-outside-period = تر اوسه نه منل شوي ځوابونه: { $count }. نېټه یې د سروې له مودې بهر ده. د دې ماشین نېټه: { $kiosk }. د راټولولو خدمت نېټه: { $collector }. ځوابونه دلته په خوندي ډول ساتل شوي او بل ځل به بیا ولېږل شي. له هغه چا سره اړیکه ونیسئ چې سروې چلوي.
coord-sync-refused-other = نه منل شوي ځوابونه: { $count } ({ $reason }). له هغه چا سره اړیکه ونیسئ چې سروې چلوي.
coord-sync-waiting = هغه ځوابونه چې لا هم د لېږلو په تمه دي: { $count }. دوی په دې ماشین کې په خوندي ډول ساتل شوي او بل ځل به ولېږل شي.
coord-sync-new-content = نوې منځپانګه نصب شوه (نسخه { $version }).
coord-exit = له کیوسک څخه ووځئ
coord-close = بند کړئ
coord-pin-rule = د PIN کوډ له ۴ تر ۱۲ عددونو لري.
coord-pin-again = هماغه PIN کوډ یو ځل بیا ولیکئ
coord-keypad-erase = پاک کړئ
coord-auto-locked = پرده بنده شوه، ځکه چې څه موده چا نه کاروله.
coord-exit-question = ایا غواړئ کیوسک وتړئ؟ تر هغه چې بیا پیل نه شي، هېڅوک ځواب نه شي ورکولای.
coord-exit-yes = هو، وې تړه
coord-exit-no = نه، بېرته ولاړ شه
coord-practice-ready = بل کس د تمرین نسخه ترلاسه کوي. هېڅ شی نه ساتل کېږي. له یو پړاو وروسته کیوسک بېرته اصلي ځوابونو ته ګرځي.
coord-sound-test = غږ وازمویئ
coord-sound-test-playing = اوس باید «ښه راغلاست!» واورئ. که هېڅ نه اورئ، د غږ کچه او غوږۍ وګورئ.
coord-sound-test-none = د غږ هېڅ وسیله ونه موندل شوه. غوږۍ یا سپیکر وصل کړئ او کیوسک بیا پیل کړئ.
coord-voices = هغه ژبې چې د بلې ژبې په غږ لوستل کېږي
coord-voices-none = هېڅ
coord-recorded = ثبت شوي کلیپونه (پاتې مصنوعي غږ دی)
coord-recorded-none = تر اوسه هېڅ: ټول کلیپونه مصنوعي غږ دي
coord-update-offered = د کیوسک { $version } نسخه چمتو ده. د IT کارکوونکو څخه وغواړئ چې دا ماشین تازه کړي (apt upgrade). هغه ځوابونه چې دلته انتظار کوي، ساتل کېږي.

## Errors shown to people

error-answer-required = تاسو باید دې پوښتنې ته ځواب ورکړئ.
error-invalid-answer = دا ځواب له پوښتنې سره سمون نه لري.
error-pin-wrong = PIN کوډ غلط دی.
error-pin-throttled = ډېرې هڅې وشوې. { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیې
    } انتظار وکړئ.
error-pin-too-short = PIN کوډ باید لږ تر لږه څلور رقمونه ولري.
error-pin-mismatch = دواړه PIN کوډونه یو شان نه دي. بیا یې ولیکئ.
error-no-network = د راټولولو له خدمت سره اړیکه نشي کېدای. شبکه وګورئ او بیا هڅه وکړئ.
error-wrong-code = د لاسرسي کوډ غلط دی.
error-locked-out = ډېرې غلطې هڅې وشوې. وروسته بیا هڅه وکړئ.
error-kiosk-revoked = دا کیوسک جلا شوی دی. له کمون سره اړیکه ونیسئ.
error-not-enrolled = کیوسک لا تر اوسه له کوم کمون سره نه دی وصل.
error-collector-refused = د راټولولو خدمت ځوابونه ونه منل.
error-collector-full = د راټولولو خدمت ځای نه لري او ځوابونه یې خوندي نه کړل. ځوابونه په همدې ماشین کې په خوندي ډول پاتې دي؛ وروسته بیا همغږي وکړئ.
error-collector-read-only = د راټولولو خدمت اوس هیڅ شی نه شي خوندي کولی. ځوابونه په همدې ماشین کې په خوندي ډول پاتې دي؛ وروسته بیا همغږي وکړئ.
error-certificate-expired = د راټولولو خدمت سند پای ته رسېدلی (یا د دې ماشین ساعت غلط دی). ځوابونه په همدې ماشین کې په خوندي ډول پاتې دي.
error-certificate-wrong-name = د راټولولو خدمت سند د هغه پتې پرته د بل نوم لپاره جوړ شوی چې دې کیوسک ته ورکړل شوې. ځوابونه په همدې ماشین کې په خوندي ډول پاتې دي.
error-certificate-untrusted = د راټولولو خدمت سند په دې ماشین باوري نه دی. د سند صادرونکی د کیوسک په تنظیماتو کې ور زیات کړئ. ځوابونه دلته په خوندي ډول پاتې دي.
error-pack-invalid = د منځپانګې بسته سمه نه ده او نه کارول کېږي.
error-survey-closed = سروې اوس خلاصه نه ده.
error-storage = خوندي نه شو. هېڅ شی نه دی ورک شوی. ښوونکي ته ووایئ.
error-audio = غږ پلی نه شو.
error-internal = یوه ستونزه پېښه شوه. ښوونکي ته ووایئ.
error-unsent-other-municipality = په دې ماشین کې داسې ځوابونه شته چې لا نه دي لېږل شوي. مخکې له دې چې ماشین له بل کمون سره وصل کړئ، دا ځوابونه ولېږئ.
error-insecure-collector = د راټولولو د خدمت پته باید په https:// پیل شي. ځوابونه یوازې په پټ کوډ سره لېږل کېږي.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = کوډ ولیکئ
web-code-help = کوډ په هغه پیغام کې دی چې تاسو ته له کمون څخه راغلی، د بېلګې په توګه 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = کوډ
web-code-submit = مخته ځئ
web-code-wrong = کوډ سم نه دی. وګورئ چې د لیکلو تېروتنه نه وي او بیا هڅه وکړئ.
web-code-throttled = ډېرې هڅې وشوې. { $seconds ->
        [one] یوه ثانیه
       *[other] { $seconds } ثانیې
    } انتظار وکړئ او بیا هڅه وکړئ.
web-code-throttled-spoken = ډېرې هڅې وشوې. لږ انتظار وکړئ او بیا هڅه وکړئ.
web-code-offline = تاسو له انټرنیټ سره وصل نه یاست. د کوډ لیکلو لپاره له انټرنیټ سره وصل شئ.
web-language-not-kept = دا ژبه په دې وسیله کې نه ده خوندي شوې، او تاسو اوس له انټرنیټ سره نه یاست نښلول شوي. لاندې ژبو څخه یوه وټاکئ، یا کله چې انټرنیټ ته وصل شوئ بیا هڅه وکړئ.
web-page-title = بې نومه سروې
web-more = نور انتخابونه
web-insecure = دا پاڼه په خوندي اړیکه (https) نه ده پرانیستل شوې. ستاسو ځواب له دې ځایه نه لېږل کېږي. هغه لینک چې تاسو ته راغلی، بیا پرانیزئ.
web-sent = ستاسو ځواب ولېږل شو. مننه!
web-waiting = ستاسو ځواب په پټ کوډ سره په دې وسیله کې خوندي شوی دی. کله چې بیا له انټرنیټ سره وصل شئ، پخپله به ولېږل شي. پاڼه خلاصه پرېږدئ، یا یې وروسته بیا پرانیزئ.
web-slowed = اوس ډېر ځوابونه په یو وخت راځي. ستاسو ځواب په پټ کوډ سره په دې وسیله کې خوندي شوی دی او له څو دقیقو وروسته به پخپله ولېږل شي. پاڼه خلاصه پرېږدئ، یا یې وروسته بیا پرانیزئ.
web-another = بل کس دې ځواب ورکړي

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = پښتو
nav-done = بشپړ
nav-stop = بند یې کړئ
stop-confirm = غواړئ چې ودرېږئ؟ ستاسو ځوابونه به ړنګ شي. هېڅ شی نه ساتل کېږي.
stop-yes = هو، ودرېږه
stop-no = نه، غواړم چې دوام ورکړم
screening-confirm = تاسو هو ځواب ورکړ. نو سروې ستاسو لپاره همدلته پای ته رسېږي. ایا دا سمه ده؟
screening-confirm-yes = هو، سمه ده
error-nothing-chosen = تاسو هېڅ نه دي ټاکلي. په یو ځواب ټک وکړئ.
error-wrong-step = پاڼه بدله شوه. تاسو اوس دلته یاست.
listen-all = ټول واورئ
volume-up = لوړ غږ
volume-down = ټیټ غږ
sound-playing = غږ روان دی. د ودرولو لپاره ټک وکړئ.
idle-spoken = ایا تاسو لا دلته یاست؟ که پاڼې ته لاس ور نه وړئ، سروې به بیا پیل شي او ستاسو ځوابونه به ړنګ شي.
coord-auto-play-on = د پوښتنو لوستل په غږ چالان کړئ
coord-auto-play-off = د پوښتنو لوستل په غږ بند کړئ

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = دا د ازمویښت نسخه ده. ستاسو هېڅ ځواب نه خوندي کېږي او نه لېږل کېږي.
invite-title = د زده کړې په اړه ستاسو نظر څه دی؟
invite-what = موږ غواړو پوه شو چې د ناروېژي ژبې د زده کړې او د معرفي پروګرام په اړه ستاسو نظر څه دی.
invite-anonymous = ګډون ستاسو په خوښه دی او بې نومه دی. هېڅوک نشي لیدلی چې تاسو څه ځواب ورکوئ.
invite-time = نږدې لس دقیقې وخت نیسي.
invite-ear = تاسو کولی شئ هر څه واورئ. په سپیکر ټک وکړئ چې متن واورئ. په خپل ځواب ټک وکړئ چې هغه وټاکئ.
invite-help = مرستې ته اړتیا لرئ؟ له خپل ښوونکي یا له هغه چا وپوښتئ چې باور پرې لرئ.
invite-start = سروې پیل کړئ
