# Screen texts of the kiosk (Dari / دری).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = خوش آمدید!
welcome-choose-language = زبان تان را انتخاب کنید
welcome-instructions = برای شروع، بالای زبان تان فشار دهید. برای شنیدن متن، بالای بلندگو فشار دهید.
welcome-start = شروع

## Privacy notice

privacy-title = در باره این سروی
privacy-notice =
    این سروی بدون نام است. ما نام تان را نمی‌پرسیم، و هیچ کس دیده نمی‌تواند که شما چه جواب می‌دهید.
    جواب دادن به خوش خود تان است. هر وقت بخواهید می‌توانید بس کنید، و در آن صورت هیچ چیز ذخیره نمی‌شود.
    جواب‌های تان رمزگذاری شده و به ریاست ادغام و تنوع (IMDi) فرستاده می‌شوند.
    کمون تان تنها جواب‌های بسیاری از اشتراک‌کنندگان را یکجا می‌بیند، و هیچ وقت جواب یک یک نفر را نمی‌بیند.
    این سروی مطابق قانون پروگرام مقدماتی (introduksjonsloven) § 25 و قانون ادغام (integreringsloven) § 41 انجام می‌شود.
privacy-accept = فهمیدم، ادامه بدهید

## Moving through the survey

nav-next = بعدی
nav-back = پس
nav-play = متن را بشنوید
nav-stop-sound = صدا را بند کنید
progress = سوال { $current } از { $total }
free-text-placeholder = اگر می‌خواهید، اینجا بنویسید
free-text-skip = تیر شوید
choose-one = یک جواب را انتخاب کنید.
choose-many = یک یا چند جواب را انتخاب کنید.

## Endings

screening-ended = تشکر! شما حالا نباید به این سروی جواب بدهید. به معلم تان بگویید.
finish-thanks = از جواب‌های تان بسیار تشکر!
finish-next = حالا نفر بعدی می‌تواند جواب بدهد.
survey-closed = سروی حالا بسته است.
survey-closed-detail = سروی از { $opens } تا { $closes } باز است.

## Idle warning

idle-title = آیا هنوز اینجا هستید؟
idle-countdown = سروی بعد از { $seconds } ثانیه از سر شروع می‌شود، و جواب‌های تان پاک می‌شوند.
idle-continue = می‌خواهم ادامه بدهم

## Sound

sound-unavailable = صدا در این دستگاه کار نمی‌کند.
display-text-size = متن بزرگ‌تر
display-contrast = رنگ‌های قوی‌تر

## Practice mode

practice-banner = نسخه تمرینی: هیچ چیز ذخیره نمی‌شود.

## Coordinator mode

coord-title = هماهنگ کننده
coord-pin-set = یک کود PIN برای هماهنگ کننده انتخاب کنید
coord-pin-enter = کود PIN را بنویسید
coord-pin-confirm = کود PIN را ذخیره کنید
coord-unlock = قفل را باز کنید
coord-pack = بسته محتوا
coord-period = سروی باز است
coord-pending = جواب‌هایی که منتظر فرستادن هستند
coord-synced = جواب‌های فرستاده شده
coord-last-sync = آخرین بار فرستاده شد
coord-never = هیچ وقت
coord-audio = صدا
coord-audio-ok = کار می‌کند
coord-audio-missing = دستگاه صدا نیست
coord-practice-on = یک دور تمرین را شروع کنید
coord-practice-off = دور تمرین را لغو کنید
coord-enrol = به کمون وصل کنید
coord-collector-url = آدرس خدمات جمع‌آوری
coord-access-code = کود دسترسی از کمون
coord-kiosk-name = نام این کیوسک (اختیاری، مثلاً اتاق ۲۰۴)
coord-enrolled = وصل شده به { $municipality }
coord-sync = حالا جواب‌ها را بفرستید
coord-sync-progress = { $done } از { $total } فرستاده شد
coord-sync-done = همه جواب‌ها فرستاده شدند.
coord-sync-stop = فرستادن را متوقف کنید
coord-sync-retrying = خدمات جمع‌آوری پاسخ نمی‌دهد. دوباره کوشش می‌شود (کوشش { $retries }).
coord-sync-stopped = فرستادن متوقف شد.
coord-sync-sent = حالا { $count } جواب فرستاده شد.
coord-sync-kept-future-date = { $count } جواب فعلاً قبول نشد. خدمات جمع‌آوری می‌گوید تاریخ آن‌ها در آینده است. تاریخ این دستگاه: { $kiosk }. تاریخ خدمات جمع‌آوری: { $collector }. جواب‌ها به شکل مصئون اینجا ذخیره شده اند و دفعه بعد دوباره فرستاده می‌شوند. معلوم کنید کدام یکی از دو تاریخ غلط است.
coord-sync-kept-outside-period = { $count } جواب فعلاً قبول نشد. تاریخ آن‌ها بیرون از دوره سروی است. تاریخ این دستگاه: { $kiosk }. تاریخ خدمات جمع‌آوری: { $collector }. جواب‌ها به شکل مصئون اینجا ذخیره شده اند و دفعه بعد دوباره فرستاده می‌شوند. با مسئول سروی تماس بگیرید.
coord-sync-refused-other = { $count } جواب قبول نشد ({ $reason }). با مسئول سروی تماس بگیرید.
coord-sync-waiting = { $count } جواب هنوز منتظر فرستادن است. این جواب‌ها به شکل مصئون در این دستگاه ذخیره شده اند و دفعه بعد فرستاده می‌شوند.
coord-sync-new-content = محتوای نو نصب شد (نسخه { $version }).
coord-exit = از کیوسک خارج شوید
coord-close = بستن
coord-pin-rule = کود PIN از ۴ تا ۱۲ رقم دارد.
coord-pin-again = همان کود PIN را یک بار دیگر بنویسید
coord-keypad-erase = پاک کردن
coord-auto-locked = صفحه قفل شد، چون مدتی کسی از آن استفاده نکرد.
coord-exit-question = آیا می‌خواهید کیوسک را ببندید؟ تا وقتی دوباره روشن نشود، کسی نمی‌تواند جواب بدهد.
coord-exit-yes = بلی، ببند
coord-exit-no = نخیر، برگرد
coord-practice-ready = نفر بعدی نسخهٔ تمرینی را می‌گیرد. هیچ چیز ذخیره نمی‌شود. بعد از یک دور، کیوسک دوباره جواب‌های واقعی را می‌گیرد.
coord-sound-test = صدا را امتحان کنید
coord-sound-test-playing = حالا باید «خوش آمدید!» را بشنوید. اگر چیزی نمی‌شنوید، بلندی صدا و گوشکی را بررسی کنید.
coord-sound-test-none = هیچ دستگاه صدا پیدا نشد. گوشکی یا بلندگو وصل کنید و کیوسک را دوباره روشن کنید.
coord-voices = زبان‌هایی که با صدای یک زبان دیگر خوانده می‌شوند
coord-voices-none = هیچ
coord-recorded = کلیپ‌های ثبت‌شده (باقی صدای مصنوعی است)
coord-recorded-none = هنوز هیچ: همه کلیپ‌ها صدای مصنوعی اند
coord-update-offered = نسخهٔ { $version } کیوسک آماده است. از کارمندان IT بخواهید این کمپیوتر را تازه کنند (apt upgrade). جواب‌هایی که اینجا منتظر اند، نگهداری می‌شوند.

## Errors shown to people

error-answer-required = شما باید به این سوال جواب بدهید.
error-invalid-answer = این جواب به این سوال مناسب نیست.
error-pin-wrong = کود PIN غلط است.
error-pin-throttled = کوشش‌ها زیاد شد. { $seconds } ثانیه صبر کنید.
error-pin-too-short = کود PIN باید حد اقل چهار عدد داشته باشد.
error-pin-mismatch = دو کود PIN یکسان نیستند. آن‌ها را دوباره بنویسید.
error-no-network = با خدمات جمع‌آوری وصل شده نمی‌تواند. شبکه را چک کنید و دوباره کوشش کنید.
error-wrong-code = کود دسترسی غلط است.
error-locked-out = کوشش‌های غلط زیاد شد. بعداً دوباره کوشش کنید.
error-kiosk-revoked = این کیوسک قطع شده است. با کمون تماس بگیرید.
error-not-enrolled = کیوسک هنوز به هیچ کمون وصل نشده است.
error-collector-refused = خدمات جمع‌آوری جواب‌ها را قبول نکرد.
error-collector-full = خدمات جمع‌آوری جای خالی ندارد و نتوانست جواب‌ها را ذخیره کند. جواب‌ها به شکل مصئون روی همین دستگاه می‌مانند؛ بعداً دوباره همگام‌سازی کنید.
error-collector-read-only = خدمات جمع‌آوری فعلاً نمی‌تواند چیزی ذخیره کند. جواب‌ها به شکل مصئون روی همین دستگاه می‌مانند؛ بعداً دوباره همگام‌سازی کنید.
error-certificate-expired = تصدیق‌نامهٔ خدمات جمع‌آوری منقضی شده است (یا ساعت این دستگاه غلط است). جواب‌ها به شکل مصئون روی همین دستگاه می‌مانند.
error-certificate-wrong-name = تصدیق‌نامهٔ خدمات جمع‌آوری برای نامی غیر از آدرسی که به این دستگاه داده شده ساخته شده است. جواب‌ها به شکل مصئون روی همین دستگاه می‌مانند.
error-certificate-untrusted = تصدیق‌نامهٔ خدمات جمع‌آوری در این دستگاه قابل اعتماد نیست. صادرکنندهٔ تصدیق‌نامه را در تنظیمات دستگاه اضافه کنید. جواب‌ها اینجا به شکل مصئون می‌مانند.
error-pack-invalid = بسته محتوا درست نیست و استفاده نمی‌شود.
error-survey-closed = سروی حالا باز نیست.
error-storage = ذخیره نشد. هیچ چیز گم نشده است. به معلم تان بگویید.
error-audio = صدا پخش نشد.
error-internal = یک مشکل پیش آمد. به معلم تان بگویید.
error-unsent-other-municipality = این دستگاه جواب‌هایی دارد که هنوز فرستاده نشده اند. پیش از اینکه دستگاه را به کمون دیگری وصل کنید، آن‌ها را بفرستید.
error-insecure-collector = آدرس خدمات جمع‌آوری باید با https:// شروع شود. جواب‌ها تنها به شکل رمزگذاری شده فرستاده می‌شوند.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = کود را بنویسید
web-code-help = کود در پیامی است که از کمون گرفته اید، مثلاً 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = کود
web-code-submit = ادامه
web-code-wrong = کود درست نیست. ببینید که در نوشتن غلطی نباشد و دوباره کوشش کنید.
web-code-throttled = کوشش‌ها زیاد شد. { $seconds } ثانیه صبر کنید و دوباره کوشش کنید.
web-code-throttled-spoken = کوشش‌ها زیاد شد. کمی صبر کنید و دوباره کوشش کنید.
web-code-offline = شما به انترنت وصل نیستید. برای نوشتن کود به انترنت وصل شوید.
web-language-not-kept = این زبان در این دستگاه ذخیره نشده است و شما اکنون به انترنت وصل نیستید. یکی از زبان‌های زیر را انتخاب کنید، یا وقتی به انترنت وصل شدید دوباره کوشش کنید.
web-page-title = نظرسنجی بی‌نام
web-more = گزینه‌های بیشتر
web-insecure = این صفحه با یک اتصال امن (https) باز نشده است. جواب تان از اینجا فرستاده نمی‌شود. لینکی را که گرفته اید دوباره باز کنید.
web-sent = جواب تان فرستاده شد. تشکر!
web-waiting = جواب تان به شکل رمزگذاری شده در این دستگاه ذخیره شده است. وقتی دوباره به انترنت وصل شوید، خودش فرستاده می‌شود. صفحه را باز بگذارید، یا بعداً دوباره بازش کنید.
web-slowed = حالا جواب‌های زیادی یک‌جا می‌رسند. جواب تان به شکل رمزگذاری شده در این دستگاه ذخیره شده است و پس از چند دقیقه خودش فرستاده می‌شود. صفحه را باز بگذارید، یا بعداً دوباره بازش کنید.
web-another = یک نفر دیگر جواب بدهد

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = دری
nav-done = تمام
nav-stop = توقف
stop-confirm = آیا می‌خواهید توقف کنید؟ جواب‌های شما پاک می‌شوند. هیچ چیز ذخیره نمی‌شود.
stop-yes = بلی، توقف کن
stop-no = نه، می‌خواهم ادامه بدهم
screening-confirm = شما بلی جواب دادید. پس نظرسنجی برای شما همین‌جا تمام می‌شود. آیا درست است؟
screening-confirm-yes = بلی، درست است
error-nothing-chosen = شما چیزی انتخاب نکرده‌اید. روی یک جواب بزنید.
error-wrong-step = صفحه تغییر کرد. شما حالا اینجا هستید.
listen-all = همه را بشنوید
volume-up = صدای بلندتر
volume-down = صدای آهسته‌تر
sound-playing = صدا پخش می‌شود. برای توقف بزنید.
idle-spoken = آیا هنوز اینجا هستید؟ اگر صفحه را لمس نکنید، نظرسنجی از اول شروع می‌شود و جواب‌های شما پاک می‌شوند.
coord-auto-play-on = روشن کردن خواندن سؤال‌ها با صدا
coord-auto-play-off = خاموش کردن خواندن سؤال‌ها با صدا

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = این یک نسخه آزمایشی است. هیچ جواب شما ذخیره یا فرستاده نمی‌شود.
invite-title = نظر تان در باره آموزش چیست؟
invite-what = ما می‌خواهیم بدانیم که نظر تان در باره آموزش زبان نارویژی و پروگرام مقدماتی چیست.
invite-anonymous = اشتراک در آن اختیاری و بدون نام است. هیچ کس دیده نمی‌تواند که شما چه جواب می‌دهید.
invite-time = تقریباً ده دقیقه وقت می‌گیرد.
invite-ear = شما می‌توانید همه چیز را بشنوید. بالای بلندگو بزنید تا متن را بشنوید. بالای جواب تان بزنید تا آن را انتخاب کنید.
invite-help = کمک کار دارید؟ از معلم تان یا کسی که به او اعتماد دارید بپرسید.
invite-start = سروی را شروع کنید
