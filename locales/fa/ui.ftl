# Screen texts of the kiosk (Persian / فارسی).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = خوش آمدید!
welcome-choose-language = زبان خود را انتخاب کنید
welcome-instructions = برای شروع، روی زبان خود بزنید. برای شنیدن متن، روی بلندگو بزنید.
welcome-start = شروع

## Privacy notice

privacy-title = درباره این نظرسنجی
privacy-notice =
    این نظرسنجی بی‌نام است. ما نام شما را نمی‌پرسیم و هیچ‌کس نمی‌تواند ببیند شما چه جوابی می‌دهید.
    جواب دادن اختیاری است. هر وقت بخواهید می‌توانید دست بکشید، و آن وقت هیچ چیزی ذخیره نمی‌شود.
    جواب‌های شما رمزگذاری می‌شوند و به اداره ادغام و تنوع (IMDi) فرستاده می‌شوند.
    کمون شما فقط جواب‌های بسیاری از شرکت‌کنندگان را با هم می‌بیند، و هرگز جواب تک‌تک افراد را نمی‌بیند.
    این نظرسنجی بر اساس قانون برنامه مقدماتی (introduksjonsloven) § 25 و قانون ادغام (integreringsloven) § 41 انجام می‌شود.
privacy-accept = متوجه شدم، ادامه

## Moving through the survey

nav-next = بعدی
nav-back = برگشت
nav-play = متن را بشنوید
nav-stop-sound = صدا را قطع کنید
progress = سؤال { $current } از { $total }
free-text-placeholder = اگر می‌خواهید، اینجا بنویسید
free-text-skip = رد شدن
choose-one = یک جواب را انتخاب کنید.
choose-many = یک یا چند جواب را انتخاب کنید.

## Endings

screening-ended = ممنون! شما الان نباید به این نظرسنجی جواب بدهید. به معلم خبر بدهید.
finish-thanks = از جواب‌های شما خیلی ممنونیم!
finish-next = حالا نفر بعدی می‌تواند جواب بدهد.
survey-closed = نظرسنجی الان بسته است.
survey-closed-detail = نظرسنجی از { $opens } تا { $closes } باز است.

## Idle warning

idle-title = هنوز اینجا هستید؟
idle-countdown = نظرسنجی تا { $seconds } ثانیه دیگر از اول شروع می‌شود و جواب‌های شما پاک می‌شوند.
idle-continue = می‌خواهم ادامه بدهم

## Sound

sound-unavailable = صدا روی این دستگاه کار نمی‌کند.
display-text-size = متن بزرگ‌تر
display-contrast = رنگ‌های قوی‌تر

## Practice mode

practice-banner = نسخه تمرینی: هیچ چیزی ذخیره نمی‌شود.

## Coordinator mode

coord-title = هماهنگ‌کننده
coord-pin-set = یک کد PIN برای هماهنگ‌کننده انتخاب کنید
coord-pin-enter = کد PIN را بنویسید
coord-pin-confirm = ذخیره کد PIN
coord-unlock = باز کردن قفل
coord-pack = بسته محتوا
coord-period = نظرسنجی باز است
coord-pending = جواب‌هایی که منتظر ارسال هستند
coord-synced = جواب‌های ارسال‌شده
coord-last-sync = آخرین ارسال
coord-never = هرگز
coord-audio = صدا
coord-audio-ok = کار می‌کند
coord-audio-missing = دستگاه صدا وجود ندارد
coord-practice-on = یک دور تمرین را شروع کنید
coord-practice-off = دور تمرین را لغو کنید
coord-enrol = اتصال به کمون
coord-collector-url = نشانی سرویس جمع‌آوری
coord-access-code = کد دسترسی از کمون
coord-kiosk-name = نام این کیوسک (اختیاری، برای مثال اتاق ۲۰۴)
coord-enrolled = وصل به { $municipality }
coord-sync = همین حالا جواب‌ها را بفرستید
coord-sync-progress = { $done } از { $total } فرستاده شد
coord-sync-done = همه جواب‌ها فرستاده شدند.
coord-sync-stop = متوقف کردن ارسال
coord-sync-retrying = سرویس جمع‌آوری پاسخ نمی‌دهد. دوباره تلاش می‌شود (تلاش { $retries }).
coord-sync-stopped = ارسال متوقف شد.
coord-sync-sent = همین حالا { $count } جواب فرستاده شد.
coord-sync-kept-future-date = { $count } جواب فعلاً قبول نشد. سرویس جمع‌آوری می‌گوید تاریخ آن‌ها در آینده است. تاریخ این دستگاه: { $kiosk }. تاریخ سرویس جمع‌آوری: { $collector }. جواب‌ها به‌طور امن اینجا ذخیره شده‌اند و دفعه بعد دوباره فرستاده می‌شوند. ببینید کدام یک از دو تاریخ اشتباه است.
coord-sync-kept-outside-period = { $count } جواب فعلاً قبول نشد. تاریخ آن‌ها خارج از دوره نظرسنجی است. تاریخ این دستگاه: { $kiosk }. تاریخ سرویس جمع‌آوری: { $collector }. جواب‌ها به‌طور امن اینجا ذخیره شده‌اند و دفعه بعد دوباره فرستاده می‌شوند. با مسئول نظرسنجی تماس بگیرید.
coord-sync-refused-other = { $count } جواب قبول نشد ({ $reason }). با مسئول نظرسنجی تماس بگیرید.
coord-sync-waiting = { $count } جواب هنوز منتظر ارسال است. این جواب‌ها به‌طور امن روی این دستگاه ذخیره شده‌اند و دفعه بعد فرستاده می‌شوند.
coord-sync-new-content = محتوای جدید نصب شد (نسخه { $version }).
coord-exit = خروج از کیوسک
coord-close = بستن
coord-pin-rule = رمز PIN باید ۴ تا ۱۲ رقم داشته باشد.
coord-pin-again = همان رمز PIN را یک بار دیگر بنویسید
coord-keypad-erase = پاک کردن
coord-auto-locked = صفحه قفل شد، چون مدتی کسی از آن استفاده نکرد.
coord-exit-question = آیا می‌خواهید کیوسک را ببندید؟ تا وقتی دوباره روشن نشود، کسی نمی‌تواند پاسخ بدهد.
coord-exit-yes = بله، ببند
coord-exit-no = نه، برگرد
coord-practice-ready = نفر بعدی نسخهٔ تمرینی را می‌گیرد. هیچ چیز ذخیره نمی‌شود. بعد از یک دور، کیوسک دوباره پاسخ‌های واقعی را می‌گیرد.
coord-sound-test = صدا را امتحان کنید
coord-sound-test-playing = حالا باید «خوش آمدید!» را بشنوید. اگر چیزی نمی‌شنوید، بلندی صدا و هدفون را بررسی کنید.
coord-sound-test-none = هیچ دستگاه صوتی پیدا نشد. هدفون یا بلندگو وصل کنید و کیوسک را دوباره روشن کنید.
coord-voices = زبان‌هایی که با صدای زبانی دیگر خوانده می‌شوند
coord-voices-none = هیچ
coord-recorded = کلیپ‌های ضبط‌شده (بقیه صدای مصنوعی است)
coord-recorded-none = هنوز هیچ: همهٔ کلیپ‌ها صدای مصنوعی‌اند
coord-update-offered = نسخهٔ { $version } کیوسک آماده است. از بخش فناوری اطلاعات بخواهید این دستگاه را به‌روز کند (apt upgrade). پاسخ‌هایی که اینجا منتظرند، نگه داشته می‌شوند.

## Errors shown to people

error-answer-required = باید به این سؤال جواب بدهید.
error-invalid-answer = این جواب به این سؤال نمی‌خورد.
error-pin-wrong = کد PIN اشتباه است.
error-pin-throttled = تعداد تلاش‌ها زیاد است. { $seconds } ثانیه صبر کنید.
error-pin-too-short = کد PIN باید دست‌کم چهار رقم داشته باشد.
error-pin-mismatch = دو رمز PIN یکسان نیستند. آن‌ها را دوباره بنویسید.
error-no-network = به سرویس جمع‌آوری وصل نمی‌شود. شبکه را بررسی کنید و دوباره امتحان کنید.
error-wrong-code = کد دسترسی اشتباه است.
error-locked-out = تعداد تلاش‌های اشتباه زیاد است. بعداً دوباره امتحان کنید.
error-kiosk-revoked = اتصال این کیوسک قطع شده است. با کمون تماس بگیرید.
error-not-enrolled = کیوسک هنوز به هیچ کمونی وصل نشده است.
error-collector-refused = سرویس جمع‌آوری جواب‌ها را قبول نکرد.
error-collector-full = سرویس جمع‌آوری جا ندارد و نتوانست جواب‌ها را ذخیره کند. جواب‌ها با خیال راحت روی همین دستگاه می‌مانند؛ بعداً دوباره همگام‌سازی کنید.
error-collector-read-only = سرویس جمع‌آوری الان نمی‌تواند چیزی ذخیره کند. جواب‌ها با خیال راحت روی همین دستگاه می‌مانند؛ بعداً دوباره همگام‌سازی کنید.
error-certificate-expired = گواهی سرویس جمع‌آوری منقضی شده است (یا ساعت این دستگاه اشتباه است). جواب‌ها با خیال راحت روی همین دستگاه می‌مانند.
error-certificate-wrong-name = گواهی سرویس جمع‌آوری برای نامی غیر از نشانی داده‌شده به این دستگاه ساخته شده است. جواب‌ها با خیال راحت روی همین دستگاه می‌مانند.
error-certificate-untrusted = گواهی سرویس جمع‌آوری در این دستگاه معتبر شناخته نمی‌شود. صادرکنندهٔ گواهی را به تنظیمات دستگاه اضافه کنید. جواب‌ها با خیال راحت اینجا می‌مانند.
error-pack-invalid = بسته محتوا معتبر نیست و از آن استفاده نمی‌شود.
error-survey-closed = نظرسنجی الان باز نیست.
error-storage = ذخیره نشد. هیچ چیزی از بین نرفته است. به معلم خبر بدهید.
error-audio = صدا پخش نشد.
error-internal = مشکلی پیش آمد. به معلم خبر بدهید.
error-unsent-other-municipality = این دستگاه جواب‌هایی دارد که هنوز فرستاده نشده‌اند. پیش از اینکه دستگاه را به کمون دیگری وصل کنید، آن‌ها را بفرستید.
error-insecure-collector = نشانی سرویس جمع‌آوری باید با https:// شروع شود. جواب‌ها فقط به صورت رمزگذاری‌شده فرستاده می‌شوند.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = کد را وارد کنید
web-code-help = کد در پیامی است که از کمون گرفته‌اید، مثلاً 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = کد
web-code-submit = ادامه
web-code-wrong = کد درست نیست. ببینید اشتباه تایپی ندارد و دوباره امتحان کنید.
web-code-throttled = تعداد تلاش‌ها زیاد است. { $seconds } ثانیه صبر کنید و دوباره امتحان کنید.
web-code-throttled-spoken = تعداد تلاش‌ها زیاد است. کمی صبر کنید و دوباره امتحان کنید.
web-code-offline = شما به اینترنت وصل نیستید. برای وارد کردن کد به اینترنت وصل شوید.
web-language-not-kept = این زبان روی این دستگاه ذخیره نشده است و شما اکنون به اینترنت وصل نیستید. یکی از زبان‌های زیر را انتخاب کنید، یا وقتی به اینترنت وصل شدید دوباره امتحان کنید.
web-page-title = نظرسنجی ناشناس
web-more = گزینه‌های بیشتر
web-insecure = این صفحه با اتصال امن (https) باز نشده است. جواب شما از اینجا فرستاده نمی‌شود. لینکی را که گرفته‌اید دوباره باز کنید.
web-sent = جواب شما فرستاده شد. ممنون!
web-waiting = جواب شما به صورت رمزگذاری‌شده در این دستگاه ذخیره شده است. وقتی دوباره به اینترنت وصل شوید، خودش فرستاده می‌شود. صفحه را باز بگذارید، یا بعداً دوباره بازش کنید.
web-slowed = الان جواب‌های زیادی با هم می‌رسند. جواب شما به صورت رمزگذاری‌شده در این دستگاه ذخیره شده است و تا چند دقیقهٔ دیگر خودش فرستاده می‌شود. صفحه را باز بگذارید، یا بعداً دوباره بازش کنید.
web-another = یک نفر دیگر جواب بدهد

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = فارسی
nav-done = تمام
nav-stop = توقف
stop-confirm = می‌خواهید تمام کنید؟ جواب‌های شما پاک می‌شوند. هیچ چیزی ذخیره نمی‌شود.
stop-yes = بله، تمام کن
stop-no = نه، می‌خواهم ادامه بدهم
screening-confirm = شما بله جواب دادید. پس نظرسنجی برای شما همین‌جا تمام می‌شود. درست است؟
screening-confirm-yes = بله، درست است
error-nothing-chosen = چیزی انتخاب نکرده‌اید. روی یک جواب بزنید.
error-wrong-step = صفحه عوض شد. شما الان اینجا هستید.
listen-all = همه را بشنوید
volume-up = صدای بلندتر
volume-down = صدای آرام‌تر
sound-playing = صدا پخش می‌شود. برای قطع آن بزنید.
idle-spoken = هنوز اینجا هستید؟ اگر صفحه را لمس نکنید، نظرسنجی از اول شروع می‌شود و جواب‌های شما پاک می‌شوند.
coord-auto-play-on = روشن کردن خواندن سؤال‌ها با صدا
coord-auto-play-off = خاموش کردن خواندن سؤال‌ها با صدا

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = این یک نسخه نمایشی است. هیچ پاسخی ذخیره یا فرستاده نمی‌شود.
invite-title = نظر شما درباره آموزش چیست؟
invite-what = می‌خواهیم بدانیم نظر شما درباره آموزش زبان نروژی و برنامه مقدماتی چیست.
invite-anonymous = شرکت در آن اختیاری و بی‌نام است. هیچ‌کس نمی‌تواند ببیند شما چه جوابی می‌دهید.
invite-time = حدود ده دقیقه طول می‌کشد.
invite-ear = می‌توانید همه چیز را بشنوید. روی بلندگو بزنید تا متن را بشنوید. روی پاسخ خود بزنید تا آن را انتخاب کنید.
invite-help = کمک لازم دارید؟ از معلم خود یا کسی که به او اعتماد دارید بپرسید.
invite-start = شروع نظرسنجی
