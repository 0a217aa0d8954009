# Screen texts of the kiosk (Sorani Kurdish / کوردیی ناوەندی, Arabic script).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = بەخێربێن!
welcome-choose-language = زمانەکەت هەڵبژێرە
welcome-instructions = بۆ دەستپێکردن، دەست لە زمانەکەت بدە. بۆ گوێگرتن لە دەقەکە، دەست لە بڵندگۆکە بدە.
welcome-start = دەست پێبکە

## Privacy notice

privacy-title = دەربارەی ڕاپرسییەکە
privacy-notice =
    ئەم ڕاپرسییە بێ ناوە. ناوت لێ ناپرسین، و کەس ناتوانێت ببینێت چی وەڵام دەدەیتەوە.
    وەڵامدانەوە بە ئارەزووی خۆتە. هەر کاتێک بتەوێت دەتوانیت ڕابوەستیت، و ئەو کاتە هیچ شتێک پاشەکەوت ناکرێت.
    وەڵامەکانت بە کۆد دەپارێزرێن و دەنێردرێن بۆ بەڕێوەبەرایەتیی تێکەڵبوون و فرەچەشنی (IMDi).
    شارەوانییەکەت تەنها وەڵامی زۆر بەشداربوو بە یەکەوە دەبینێت، و هەرگیز وەڵامی یەک یەک کەس نابینێت.
    ئەم ڕاپرسییە بەپێی یاسای بەرنامەی ناساندن (introduksjonsloven) § 25 و یاسای تێکەڵبوون (integreringsloven) § 41 ئەنجام دەدرێت.
privacy-accept = تێگەیشتم، بەردەوام بە

## Moving through the survey

nav-next = دواتر
nav-back = گەڕانەوە
nav-play = گوێ لە دەقەکە بگرە
nav-stop-sound = دەنگەکە ڕابگرە
progress = پرسیاری { $current } لە { $total }
free-text-placeholder = ئەگەر دەتەوێت، لێرە بنووسە
free-text-skip = تێپەڕێنە
choose-one = یەک وەڵام هەڵبژێرە.
choose-many = یەک یان چەند وەڵامێک هەڵبژێرە.

## Endings

screening-ended = سوپاس! ئێستا نابێت وەڵامی ئەم ڕاپرسییە بدەیتەوە. بە مامۆستاکەت بڵێ.
finish-thanks = زۆر سوپاس بۆ وەڵامەکانت!
finish-next = ئێستا کەسی دواتر دەتوانێت وەڵام بداتەوە.
survey-closed = ڕاپرسییەکە ئێستا داخراوە.
survey-closed-detail = ڕاپرسییەکە لە { $opens } تا { $closes } کراوەیە.

## Idle warning

idle-title = هێشتا لێرەیت؟
idle-countdown = ڕاپرسییەکە دوای { $seconds } چرکە لە سەرەتاوە دەست پێدەکاتەوە، و وەڵامەکانت دەسڕدرێنەوە.
idle-continue = دەمەوێت بەردەوام بم

## Sound

sound-unavailable = دەنگ لەسەر ئەم ئامێرە کار ناکات.
display-text-size = نووسینی گەورەتر
display-contrast = ڕەنگی بەهێزتر

## Practice mode

practice-banner = وەشانی ڕاهێنان: هیچ شتێک پاشەکەوت ناکرێت.

## Coordinator mode

coord-title = ڕێکخەر
coord-pin-set = کۆدێکی PIN بۆ ڕێکخەر هەڵبژێرە
coord-pin-enter = کۆدی PIN بنووسە
coord-pin-confirm = کۆدی PIN پاشەکەوت بکە
coord-unlock = قوفڵەکە بکەرەوە
coord-pack = پاکێجی ناوەڕۆک
coord-period = ڕاپرسییەکە کراوەیە
coord-pending = ئەو وەڵامانەی چاوەڕێی ناردنن
coord-synced = وەڵامە نێردراوەکان
coord-last-sync = دوایین ناردن
coord-never = هەرگیز
coord-audio = دەنگ
coord-audio-ok = کار دەکات
coord-audio-missing = ئامێری دەنگ نییە
coord-practice-on = گەڕێکی ڕاهێنان دەست پێ بکە
coord-practice-off = گەڕی ڕاهێنان هەڵبوەشێنەوە
coord-enrol = بە شارەوانییەوە پەیوەستی بکە
coord-collector-url = ناونیشانی خزمەتگوزاریی کۆکردنەوە
coord-access-code = کۆدی چوونەژوورەوە لە شارەوانییەوە
coord-kiosk-name = ناوی ئەم کیۆسکە (ئارەزوومەندانە، بۆ نموونە ژووری 204)
coord-enrolled = پەیوەستکراوە بە: { $municipality }
coord-sync = ئێستا وەڵامەکان بنێرە
coord-sync-progress = { $done } لە { $total } نێردران
coord-sync-done = هەموو وەڵامەکان نێردران.
coord-sync-stop = ناردن ڕابگرە
coord-sync-retrying = خزمەتگوزاریی کۆکردنەوە وەڵام ناداتەوە. دووبارە هەوڵ دەدرێتەوە (هەوڵی { $retries }).
coord-sync-stopped = ناردن ڕاگیرا.
coord-sync-sent = ئێستا { $count } وەڵام نێردران.
coord-sync-kept-future-date = { $count } وەڵام هێشتا وەرنەگیراون. خزمەتگوزاریی کۆکردنەوە دەڵێت بەروارەکەیان لە داهاتوودایە. بەرواری ئەم ئامێرە: { $kiosk }. بەرواری خزمەتگوزاریی کۆکردنەوە: { $collector }. وەڵامەکان بە سەلامەتی لێرە پاشەکەوت کراون و جاری داهاتوو دووبارە دەنێردرێنەوە. بزانە کام لەو دوو بەروارە هەڵەیە.
coord-sync-kept-outside-period = { $count } وەڵام هێشتا وەرنەگیراون. بەروارەکەیان لە دەرەوەی ماوەی ڕاپرسییەکەیە. بەرواری ئەم ئامێرە: { $kiosk }. بەرواری خزمەتگوزاریی کۆکردنەوە: { $collector }. وەڵامەکان بە سەلامەتی لێرە پاشەکەوت کراون و جاری داهاتوو دووبارە دەنێردرێنەوە. پەیوەندی بەو کەسەوە بکە کە ڕاپرسییەکە بەڕێوە دەبات.
coord-sync-refused-other = { $count } وەڵام وەرنەگیران ({ $reason }). پەیوەندی بەو کەسەوە بکە کە ڕاپرسییەکە بەڕێوە دەبات.
coord-sync-waiting = { $count } وەڵام هێشتا چاوەڕێی ناردنن. بە سەلامەتی لەسەر ئەم ئامێرە پاشەکەوت کراون و جاری داهاتوو دەنێردرێن.
coord-sync-new-content = ناوەڕۆکی نوێ دامەزرا (وەشانی { $version }).
coord-exit = لە کیۆسکەکە دەربچۆ
coord-close = داخستن
coord-pin-rule = کۆدی PIN لە ٤ تا ١٢ ژمارە پێک دێت.
coord-pin-again = هەمان کۆدی PIN جارێکی تر بنووسە
coord-keypad-erase = بیسڕەوە
coord-auto-locked = شاشەکە داخرا، چونکە ماوەیەک کەس بەکاری نەهێنا.
coord-exit-question = دەتەوێت کیۆسکەکە دابخەیت؟ تا دووبارە دەست پێ نەکاتەوە، کەس ناتوانێت وەڵام بداتەوە.
coord-exit-yes = بەڵێ، دایبخە
coord-exit-no = نەخێر، بگەڕێوە
coord-practice-ready = کەسی داهاتوو وەشانی ڕاهێنان وەردەگرێت. هیچ شتێک پاشەکەوت ناکرێت. دوای یەک گەڕ، کیۆسکەکە دەگەڕێتەوە بۆ وەڵامی ڕاستەقینە.
coord-sound-test = دەنگەکە تاقی بکەرەوە
coord-sound-test-playing = ئێستا دەبێت «بەخێربێیت!» ببیستیت. ئەگەر هیچ نابیستیت، ئاستی دەنگ و بیستۆکەکان بپشکنە.
coord-sound-test-none = هیچ ئامێرێکی دەنگ نەدۆزرایەوە. بیستۆک یان بڵندگۆیەک ببەستەوە و کیۆسکەکە دووبارە دەست پێ بکەرەوە.
coord-voices = ئەو زمانانەی بە دەنگی زمانێکی تر دەخوێنرێنەوە
coord-voices-none = هیچ

## Errors shown to people

error-answer-required = دەبێت وەڵامی ئەم پرسیارە بدەیتەوە.
error-invalid-answer = ئەم وەڵامە لەگەڵ پرسیارەکە ناگونجێت.
error-pin-wrong = کۆدی PIN هەڵەیە.
error-pin-throttled = هەوڵی زۆر دراوە. { $seconds } چرکە چاوەڕێ بکە.
error-pin-too-short = کۆدی PIN دەبێت لانیکەم چوار ژمارەی هەبێت.
error-pin-mismatch = هەردوو کۆدی PIN وەک یەک نین. دووبارە بیاننووسەوە.
error-no-network = پەیوەندی بە خزمەتگوزاریی کۆکردنەوە ناکرێت. تۆڕەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
error-wrong-code = کۆدی چوونەژوورەوە هەڵەیە.
error-locked-out = هەوڵی هەڵەی زۆر دراوە. دواتر دووبارە هەوڵ بدەرەوە.
error-kiosk-revoked = ئەم کیۆسکە پچڕێنراوە. پەیوەندی بە شارەوانییەوە بکە.
error-not-enrolled = کیۆسکەکە هێشتا بە هیچ شارەوانییەک پەیوەست نەکراوە.
error-collector-refused = خزمەتگوزاریی کۆکردنەوە وەڵامەکانی وەرنەگرت.
error-pack-invalid = پاکێجی ناوەڕۆک دروست نییە و بەکار ناهێنرێت.
error-survey-closed = ڕاپرسییەکە ئێستا کراوە نییە.
error-storage = پاشەکەوت نەکرا. هیچ شتێک ون نەبووە. بە مامۆستاکەت بڵێ.
error-audio = دەنگەکە لێ نەدرا.
error-internal = شتێک بە هەڵە چوو. بە مامۆستاکەت بڵێ.
error-unsent-other-municipality = ئەم ئامێرە هەندێک وەڵامی تێدایە کە هێشتا نەنێردراون. پێش ئەوەی ئامێرەکە بە شارەوانییەکی ترەوە پەیوەست بکەیت، بیاننێرە.
error-insecure-collector = ناونیشانی خزمەتگوزاریی کۆکردنەوە دەبێت بە https:// دەست پێ بکات. وەڵامەکان تەنها بە شێوەی پارێزراو دەنێردرێن.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = کۆدەکە بنووسە
web-code-help = کۆدەکە لەو نامەیەدایە کە لە شارەوانییەوە بۆت هاتووە، بۆ نموونە 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = کۆد
web-code-submit = بەردەوام بە
web-code-wrong = کۆدەکە دروست نییە. سەیر بکە هەڵەی نووسینی تێدا نەبێت و دووبارە هەوڵ بدەرەوە.
web-code-throttled = هەوڵی زۆر دراوە. { $seconds } چرکە چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
web-code-offline = بە ئینتەرنێتەوە پەیوەست نیت. بۆ نووسینی کۆدەکە بە ئینتەرنێتەوە پەیوەست بە.
web-language-not-kept = ئەم زمانە لەسەر ئەم ئامێرە پاشەکەوت نەکراوە، و ئێستا پەیوەست نیت بە ئینتەرنێتەوە. یەکێک لەو زمانانەی خوارەوە هەڵبژێرە، یان کاتێک پەیوەست بوویت بە ئینتەرنێتەوە دووبارە هەوڵ بدەرەوە.
web-page-title = ڕاپرسیی بێناو
web-more = هەڵبژاردنی زیاتر
web-insecure = ئەم پەڕەیە بە پەیوەندییەکی پارێزراو (https) نەکراوەتەوە. وەڵامەکەت لێرەوە نانێردرێت. ئەو لینکەی بۆت هاتووە، دووبارە بیکەرەوە.
web-sent = وەڵامەکەت نێردرا. سوپاس!
web-waiting = وەڵامەکەت بە شێوەی پارێزراو لەسەر ئەم ئامێرە پاشەکەوت کراوە. کاتێک دووبارە بە ئینتەرنێتەوە پەیوەست بوویت، خۆی دەنێردرێت. پەڕەکە کراوە بهێڵەرەوە، یان دواتر دووبارە بیکەرەوە.
web-another = با کەسێکی تر وەڵام بداتەوە

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = کوردیی ناوەندی
nav-done = تەواو
nav-stop = وەستان
stop-confirm = دەتەوێت بوەستیت؟ وەڵامەکانت دەسڕدرێنەوە. هیچ شتێک پاشەکەوت ناکرێت.
stop-yes = بەڵێ، بوەستە
stop-no = نەخێر، دەمەوێت بەردەوام بم
screening-confirm = تۆ وەڵامی بەڵێت دایەوە. کەواتە ڕاپرسییەکە بۆ تۆ لێرەدا کۆتایی دێت. ئایا ڕاستە؟
screening-confirm-yes = بەڵێ، ڕاستە
error-nothing-chosen = هیچت هەڵنەبژاردووە. دەست لە وەڵامێک بدە.
error-wrong-step = شاشەکە گۆڕا. ئێستا لێرەیت.
listen-all = گوێ لە هەمووی بگرە
volume-up = دەنگی بەرزتر
volume-down = دەنگی نزمتر
sound-playing = دەنگ لێدەدرێت. بۆ وەستاندن دەستی لێ بدە.
idle-spoken = هێشتا لێرەیت؟ ئەگەر دەست لە شاشەکە نەدەیت، ڕاپرسییەکە لە سەرەتاوە دەست پێدەکاتەوە و وەڵامەکانت دەسڕدرێنەوە.
coord-auto-play-on = خوێندنەوەی پرسیارەکان بە دەنگ هەڵبکە
coord-auto-play-off = خوێندنەوەی پرسیارەکان بە دەنگ بکوژێنەوە

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = ئەمە وەشانی تاقیکردنەوەیە. هیچ وەڵامێکت پاشەکەوت ناکرێت و نانێردرێت.
invite-title = ڕات چییە لەسەر فێربوونەکە؟
invite-what = دەمانەوێت بزانین ڕات چییە لەسەر فێربوونی زمانی نەرویجی و بەرنامەی ناساندن.
invite-anonymous = بەشداریکردن بە ئارەزووی خۆتە و بێ ناوە. کەس ناتوانێت ببینێت چی وەڵام دەدەیتەوە.
invite-time = نزیکەی دە خولەک دەخایەنێت.
invite-ear = دەتوانیت گوێ لە هەموو شتێک بگریت. دەست لە بڵندگۆکە بدە بۆ بیستنی دەقەکە. دەست لە وەڵامەکەت بدە بۆ هەڵبژاردنی.
invite-help = یارمەتیت پێویستە؟ لە مامۆستاکەت یان کەسێک کە متمانەت پێیەتی بپرسە.
invite-start = ڕاپرسییەکە دەست پێ بکە
