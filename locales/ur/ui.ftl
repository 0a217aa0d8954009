# Screen texts of the kiosk (Urdu / اردو).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = خوش آمدید!
welcome-choose-language = اپنی زبان چنیں
welcome-instructions = شروع کرنے کے لیے اپنی زبان پر دبائیں۔ متن سننے کے لیے اسپیکر پر دبائیں۔
welcome-start = شروع کریں

## Privacy notice

privacy-title = سروے کے بارے میں
privacy-notice =
    یہ سروے گمنام ہے۔ ہم آپ کا نام نہیں پوچھتے، اور کوئی نہیں دیکھ سکتا کہ آپ کیا جواب دیتے ہیں۔
    جواب دینا آپ کی مرضی ہے۔ آپ جب چاہیں رک سکتے ہیں، اور پھر کچھ بھی محفوظ نہیں ہوتا۔
    آپ کے جواب خفیہ کوڈ میں بدل کر انضمام اور تنوع کے ڈائریکٹوریٹ (IMDi) کو بھیجے جاتے ہیں۔
    آپ کی میونسپلٹی صرف بہت سے لوگوں کے جواب اکٹھے دیکھتی ہے، کبھی ایک ایک جواب الگ نہیں دیکھتی۔
    یہ سروے تعارفی پروگرام کے قانون (introduksjonsloven) کی § 25 اور انضمام کے قانون (integreringsloven) کی § 41 کے مطابق ہے۔
privacy-accept = میں نے سمجھ لیا، آگے چلیں

## Moving through the survey

nav-next = اگلا
nav-back = واپس
nav-play = متن سنیں
nav-stop-sound = آواز بند کریں
progress = { $total } میں سے سوال { $current }
free-text-placeholder = اگر آپ چاہیں تو یہاں لکھیں
free-text-skip = چھوڑ دیں
choose-one = ایک جواب چنیں۔
choose-many = ایک یا زیادہ جواب چنیں۔

## Endings

screening-ended = شکریہ! آپ کو ابھی یہ سروے نہیں بھرنا۔ اپنے استاد کو بتائیں۔
finish-thanks = آپ کے جوابوں کا بہت شکریہ!
finish-next = اب اگلا شخص جواب دے سکتا ہے۔
survey-closed = سروے ابھی بند ہے۔
survey-closed-detail = یہ { $opens } سے { $closes } تک کھلا ہے۔

## Idle warning

idle-title = کیا آپ ابھی تک یہاں ہیں؟
idle-countdown = سروے { $seconds } سیکنڈ میں دوبارہ شروع ہو جائے گا، اور آپ کے جواب مٹا دیے جائیں گے۔
idle-continue = مجھے جاری رکھنا ہے

## Sound

sound-unavailable = اس مشین پر آواز کام نہیں کرتی۔
display-text-size = بڑا متن
display-contrast = گہرے رنگ

## Practice mode

practice-banner = مشق والا ورژن: کچھ بھی محفوظ نہیں ہوتا۔

## Coordinator mode

coord-title = کوآرڈینیٹر
coord-pin-set = کوآرڈینیٹر کے لیے PIN کوڈ چنیں
coord-pin-enter = PIN کوڈ لکھیں
coord-pin-confirm = PIN کوڈ محفوظ کریں
coord-unlock = لاک کھولیں
coord-pack = مواد کا پیکج
coord-period = سروے کھلا ہے
coord-pending = بھیجے جانے کے منتظر جواب
coord-synced = بھیجے گئے جواب
coord-last-sync = آخری بار بھیجا گیا
coord-never = کبھی نہیں
coord-audio = آواز
coord-audio-ok = کام کر رہی ہے
coord-audio-missing = آواز کا کوئی آلہ نہیں
coord-practice-on = مشق کا ایک دور شروع کریں
coord-practice-off = مشق کا دور منسوخ کریں
coord-enrol = میونسپلٹی سے جوڑیں
coord-collector-url = جمع کرنے والی سروس کا پتہ
coord-access-code = میونسپلٹی کی طرف سے رسائی کوڈ
coord-kiosk-name = اس کیوسک کا نام (اختیاری، مثلاً کمرہ 204)
coord-enrolled = { $municipality } سے جڑا ہوا ہے
coord-sync = ابھی جواب بھیجیں
coord-sync-progress = { $total } میں سے { $done } بھیجے گئے
coord-sync-done = سارے جواب بھیج دیے گئے ہیں۔
coord-sync-stop = بھیجنا روکیں
coord-sync-retrying = جمع کرنے والی سروس رسپانس نہیں دے رہی۔ دوبارہ کوشش ہو رہی ہے (کوشش { $retries })۔
coord-sync-stopped = بھیجنا روک دیا گیا۔
coord-sync-sent = ابھی بھیجے گئے: { $count } جواب۔
coord-sync-kept-future-date = ابھی تک قبول نہ کیے گئے جواب: { $count }۔ جمع کرنے والی سروس کے مطابق ان کی تاریخ آگے کی ہے۔ اس مشین کی تاریخ: { $kiosk }۔ جمع کرنے والی سروس کی تاریخ: { $collector }۔ جواب یہاں محفوظ ہیں اور اگلی بار دوبارہ بھیجے جائیں گے۔ معلوم کریں کہ دونوں میں سے کون سی تاریخ غلط ہے۔
coord-sync-kept-outside-period = ابھی تک قبول نہ کیے گئے جواب: { $count }۔ ان کی تاریخ سروے کی مدت سے باہر ہے۔ اس مشین کی تاریخ: { $kiosk }۔ جمع کرنے والی سروس کی تاریخ: { $collector }۔ جواب یہاں محفوظ ہیں اور اگلی بار دوبارہ بھیجے جائیں گے۔ سروے چلانے والوں سے رابطہ کریں۔
coord-sync-refused-other = { $count } جواب قبول نہیں کیے گئے ({ $reason })۔ سروے چلانے والوں سے رابطہ کریں۔
coord-sync-waiting = { $count } جواب ابھی بھی بھیجے جانے کے منتظر ہیں۔ وہ اس مشین پر محفوظ طریقے سے رکھے گئے ہیں اور اگلی بار بھیج دیے جائیں گے۔
coord-sync-new-content = نیا مواد انسٹال ہو گیا ہے (ورژن { $version })۔
coord-exit = کیوسک بند کریں
coord-close = بند کریں
coord-pin-rule = PIN کوڈ 4 سے 12 ہندسوں کا ہوتا ہے۔
coord-pin-again = وہی PIN کوڈ ایک بار پھر لکھیں
coord-keypad-erase = مٹائیں
coord-auto-locked = اسکرین لاک ہو گئی کیونکہ کچھ دیر کسی نے اسے استعمال نہیں کیا۔
coord-exit-question = کیا آپ کیوسک بند کرنا چاہتے ہیں؟ دوبارہ شروع ہونے تک کوئی جواب نہیں دے سکے گا۔
coord-exit-yes = ہاں، بند کریں
coord-exit-no = نہیں، واپس جائیں
coord-practice-ready = اگلے شخص کو مشق والا ورژن ملے گا۔ کچھ بھی محفوظ نہیں ہوتا۔ ایک دور کے بعد کیوسک اصل جوابات کی طرف واپس آ جاتا ہے۔
coord-sound-test = آواز آزمائیں
coord-sound-test-playing = اب آپ کو «خوش آمدید!» سنائی دینا چاہیے۔ اگر کچھ سنائی نہ دے تو آواز کی سطح اور ہیڈفون دیکھیں۔
coord-sound-test-none = کوئی آواز کا آلہ نہیں ملا۔ ہیڈفون یا اسپیکر لگائیں، اور کیوسک دوبارہ شروع کریں۔
coord-voices = وہ زبانیں جو کسی دوسری زبان کی آواز میں پڑھی جاتی ہیں
coord-voices-none = کوئی نہیں
coord-recorded = ریکارڈ شدہ کلپس (باقی مصنوعی آواز ہے)
coord-recorded-none = ابھی کوئی نہیں: تمام کلپس مصنوعی آواز ہیں
coord-update-offered = کیوسک کا ورژن { $version } دستیاب ہے۔ آئی ٹی عملے سے کہیں کہ اس مشین کو اپ ڈیٹ کریں (apt upgrade)۔ یہاں انتظار کرنے والے جوابات محفوظ رہتے ہیں۔

## Errors shown to people

error-answer-required = آپ کو اس سوال کا جواب دینا ہوگا۔
error-invalid-answer = یہ جواب سوال سے میل نہیں کھاتا۔
error-pin-wrong = PIN کوڈ غلط ہے۔
error-pin-throttled = بہت زیادہ کوششیں ہو گئیں۔ { $seconds } سیکنڈ انتظار کریں۔
error-pin-too-short = PIN کوڈ میں کم از کم چار ہندسے ہونے چاہئیں۔
error-pin-mismatch = دونوں PIN کوڈ ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔
error-no-network = جمع کرنے والی سروس سے رابطہ نہیں ہو رہا۔ نیٹ ورک چیک کریں اور دوبارہ کوشش کریں۔
error-wrong-code = رسائی کوڈ غلط ہے۔
error-locked-out = بہت زیادہ غلط کوششیں ہو گئیں۔ بعد میں دوبارہ کوشش کریں۔
error-kiosk-revoked = اس کیوسک کا رابطہ ختم کر دیا گیا ہے۔ میونسپلٹی سے رابطہ کریں۔
error-not-enrolled = کیوسک ابھی کسی میونسپلٹی سے نہیں جڑا۔
error-collector-refused = جمع کرنے والی سروس نے جواب قبول نہیں کیے۔
error-collector-full = جمع کرنے والی سروس میں جگہ ختم ہو گئی ہے اور وہ جواب محفوظ نہیں کر سکی۔ جواب اس مشین پر محفوظ انتظار کر رہے ہیں؛ بعد میں دوبارہ ہم آہنگ کریں۔
error-collector-read-only = جمع کرنے والی سروس ابھی کچھ بھی محفوظ نہیں کر سکتی۔ جواب اس مشین پر محفوظ انتظار کر رہے ہیں؛ بعد میں دوبارہ ہم آہنگ کریں۔
error-certificate-expired = جمع کرنے والی سروس کے سرٹیفکیٹ کی میعاد ختم ہو گئی ہے (یا اس مشین کی گھڑی غلط ہے)۔ جواب اس مشین پر محفوظ انتظار کر رہے ہیں۔
error-certificate-wrong-name = جمع کرنے والی سروس کا سرٹیفکیٹ اس کیوسک کو دیے گئے پتے کے بجائے کسی اور نام کے لیے بنا ہے۔ جواب اس مشین پر محفوظ انتظار کر رہے ہیں۔
error-certificate-untrusted = یہ مشین جمع کرنے والی سروس کے سرٹیفکیٹ پر اعتبار نہیں کرتی۔ سرٹیفکیٹ جاری کرنے والے کو کیوسک کی ترتیبات میں شامل کریں۔ جواب یہاں محفوظ انتظار کر رہے ہیں۔
error-pack-invalid = مواد کا پیکج درست نہیں ہے اور استعمال نہیں ہوگا۔
error-survey-closed = سروے ابھی کھلا نہیں ہے۔
error-storage = محفوظ نہیں ہو سکا۔ کچھ بھی ضائع نہیں ہوا۔ اپنے استاد کو بتائیں۔
error-audio = آواز نہیں چل سکی۔
error-internal = کچھ غلط ہو گیا۔ اپنے استاد کو بتائیں۔
error-unsent-other-municipality = اس مشین پر ایسے جواب ہیں جو ابھی نہیں بھیجے گئے۔ مشین کو کسی دوسری میونسپلٹی سے جوڑنے سے پہلے انہیں بھیج دیں۔
error-insecure-collector = جمع کرنے والی سروس کا پتہ https:// سے شروع ہونا چاہیے۔ جواب صرف خفیہ کوڈ میں بھیجے جاتے ہیں۔

## The web survey, on the participant's own phone, tablet or PC

web-code-title = کوڈ لکھیں
web-code-help = کوڈ اس پیغام میں ہے جو آپ کو میونسپلٹی سے ملا، مثلاً 0301-ABCD-EFGH-JKLM-NPQR۔
web-code-label = کوڈ
web-code-submit = آگے چلیں
web-code-wrong = کوڈ درست نہیں ہے۔ دیکھیں کہ لکھنے میں غلطی تو نہیں، اور دوبارہ کوشش کریں۔
web-code-throttled = بہت زیادہ کوششیں ہو گئیں۔ { $seconds } سیکنڈ انتظار کریں اور دوبارہ کوشش کریں۔
web-code-throttled-spoken = بہت زیادہ کوششیں ہو گئیں۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔
web-code-offline = آپ انٹرنیٹ سے جڑے ہوئے نہیں ہیں۔ کوڈ لکھنے کے لیے انٹرنیٹ سے جڑیں۔
web-language-not-kept = یہ زبان اس آلے پر محفوظ نہیں ہے، اور آپ اس وقت انٹرنیٹ سے منسلک نہیں ہیں۔ نیچے دی گئی زبانوں میں سے ایک منتخب کریں، یا انٹرنیٹ سے منسلک ہونے پر دوبارہ کوشش کریں۔
web-page-title = گمنام سروے
web-more = مزید اختیارات
web-insecure = یہ صفحہ محفوظ کنکشن (https) سے نہیں کھولا گیا۔ آپ کا جواب یہاں سے نہیں بھیجا جائے گا۔ جو لنک آپ کو ملا تھا، اسے دوبارہ کھولیں۔
web-sent = آپ کا جواب بھیج دیا گیا ہے۔ شکریہ!
web-waiting = آپ کا جواب خفیہ کوڈ میں اس ڈیوائس پر محفوظ ہے۔ جب آپ دوبارہ انٹرنیٹ سے جڑیں گے تو یہ خود بخود بھیج دیا جائے گا۔ صفحہ کھلا رہنے دیں، یا بعد میں دوبارہ کھولیں۔
web-slowed = اس وقت بہت سے جواب ایک ساتھ آ رہے ہیں۔ آپ کا جواب خفیہ کوڈ میں اس ڈیوائس پر محفوظ ہے اور چند منٹ میں خود بخود بھیج دیا جائے گا۔ صفحہ کھلا رہنے دیں، یا بعد میں دوبارہ کھولیں۔
web-another = کسی اور کو جواب دینے دیں

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = اردو
nav-done = ختم
nav-stop = روکیں
stop-confirm = کیا آپ رکنا چاہتے ہیں؟ آپ کے جواب مٹا دیے جائیں گے۔ کچھ بھی محفوظ نہیں ہوگا۔
stop-yes = جی ہاں، روکیں
stop-no = نہیں، جاری رکھیں
screening-confirm = آپ نے ہاں میں جواب دیا۔ تو سروے آپ کے لیے یہیں ختم ہو جاتا ہے۔ کیا یہ ٹھیک ہے؟
screening-confirm-yes = جی ہاں، ٹھیک ہے
error-nothing-chosen = آپ نے کچھ نہیں چنا۔ کسی جواب کو چھوئیں۔
error-wrong-step = اسکرین بدل گئی ہے۔ آپ اب یہاں ہیں۔
listen-all = سب سنیں
volume-up = آواز اونچی
volume-down = آواز دھیمی
sound-playing = آواز چل رہی ہے۔ روکنے کے لیے چھوئیں۔
idle-spoken = کیا آپ ابھی یہاں ہیں؟ اگر آپ نے اسکرین کو نہ چھوا تو سروے دوبارہ شروع ہو جائے گا، اور آپ کے جواب مٹا دیے جائیں گے۔
coord-auto-play-on = سوالات کو بلند آواز میں پڑھنا چالو کریں
coord-auto-play-off = سوالات کو بلند آواز میں پڑھنا بند کریں

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = یہ ایک آزمائشی ورژن ہے۔ آپ کا کوئی جواب نہ محفوظ ہوتا ہے نہ بھیجا جاتا ہے۔
invite-title = آپ کو تعلیم کیسی لگ رہی ہے؟
invite-what = ہم جاننا چاہتے ہیں کہ نارویجن زبان کی تعلیم اور تعارفی پروگرام کے بارے میں آپ کی کیا رائے ہے۔
invite-anonymous = جواب دینا آپ کی مرضی ہے، اور یہ گمنام ہے۔ کوئی نہیں دیکھ سکتا کہ آپ کیا جواب دیتے ہیں۔
invite-time = اس میں تقریباً دس منٹ لگتے ہیں۔
invite-ear = آپ سب کچھ سن سکتے ہیں۔ متن سننے کے لیے اسپیکر پر ٹیپ کریں۔ اپنا جواب چننے کے لیے اس پر ٹیپ کریں۔
invite-help = مدد چاہیے؟ اپنے استاد سے یا کسی ایسے شخص سے پوچھیں جس پر آپ بھروسا کرتے ہیں۔
invite-start = سروے شروع کریں
