# Screen texts of the kiosk (Arabic / العربية).
# Messages marked "spoken" in content/survey.toml also have a sound clip.

## Welcome

welcome-greeting = أهلاً وسهلاً!
welcome-choose-language = اختر لغتك
welcome-instructions = اضغط على لغتك لتبدأ. اضغط على السماعة لتسمع النص.
welcome-start = ابدأ

## Privacy notice

privacy-title = عن الاستبيان
privacy-notice =
    هذا الاستبيان بدون أسماء. لا نسألك عن اسمك، ولا أحد يستطيع أن يرى إجاباتك.
    الإجابة اختيارية. يمكنك أن تتوقف متى تريد، وعندها لا يُحفظ أي شيء.
    إجاباتك تُشفَّر وتُرسَل إلى مديرية الاندماج والتنوع (IMDi).
    بلديتك ترى فقط إجابات كثير من المشاركين معاً، ولا ترى أبداً إجابة كل شخص وحده.
    يتبع الاستبيان قانون البرنامج التعريفي (introduksjonsloven) § 25 وقانون الاندماج (integreringsloven) § 41.
privacy-accept = فهمت، تابع

## Moving through the survey

nav-next = التالي
nav-back = رجوع
nav-play = استمع إلى النص
nav-stop-sound = أوقف الصوت
progress = السؤال { $current } من { $total }
free-text-placeholder = اكتب هنا إذا أردت
free-text-skip = تخطَّ
choose-one = اختر إجابة واحدة.
choose-many = اختر إجابة واحدة أو أكثر.

## Endings

screening-ended = شكراً! لا تُجب عن الاستبيان الآن. أخبر المعلم.
finish-thanks = شكراً جزيلاً على إجاباتك!
finish-next = الآن يمكن للشخص التالي أن يجيب.
survey-closed = الاستبيان مغلق الآن.
survey-closed-detail = الاستبيان مفتوح من { $opens } إلى { $closes }.

## Idle warning

idle-title = هل ما زلت هنا؟
idle-countdown = سيبدأ الاستبيان من جديد بعد { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }، وستُحذف إجاباتك.
idle-continue = أريد أن أكمل

## Sound

sound-unavailable = الصوت لا يعمل على هذا الجهاز.
display-text-size = نص أكبر
display-contrast = ألوان أقوى

## Practice mode

practice-banner = نسخة للتدريب: لا يُحفظ أي شيء.

## Coordinator mode

coord-title = المنسق
coord-pin-set = اختر رمز PIN للمنسق
coord-pin-enter = اكتب رمز PIN
coord-pin-confirm = احفظ رمز PIN
coord-unlock = افتح القفل
coord-pack = حزمة المحتوى
coord-period = الاستبيان مفتوح
coord-pending = إجابات تنتظر الإرسال
coord-synced = إجابات تم إرسالها
coord-last-sync = آخر إرسال
coord-never = أبداً
coord-audio = الصوت
coord-audio-ok = يعمل
coord-audio-missing = لا يوجد جهاز صوت
coord-practice-on = ابدأ جولة تدريب
coord-practice-off = ألغِ جولة التدريب
coord-enrol = اربط الجهاز بالبلدية
coord-collector-url = عنوان خدمة جمع الإجابات
coord-access-code = رمز الدخول من البلدية
coord-kiosk-name = اسم هذا الجهاز (اختياري، مثلًا الغرفة 204)
coord-enrolled = مرتبط بـ { $municipality }
coord-sync = أرسل الإجابات الآن
coord-sync-progress = تم إرسال { $done } من { $total }
coord-sync-done = تم إرسال كل الإجابات.
coord-sync-stop = أوقف الإرسال
coord-sync-retrying = لا يوجد رد من خدمة جمع الإجابات. تتم المحاولة مرة أخرى (المحاولة { $retries }).
coord-sync-stopped = تم إيقاف الإرسال.
coord-sync-sent = عدد الإجابات المرسلة الآن: { $count }.
coord-sync-kept-future-date = عدد الإجابات التي لم تُقبل حتى الآن: { $count }. تقول خدمة الجمع إن تاريخها في المستقبل. التاريخ على هذا الجهاز: { $kiosk }. التاريخ لدى خدمة الجمع: { $collector }. الإجابات محفوظة بأمان هنا وستُرسَل مرة أخرى في المرة القادمة. تحقّق أيّ التاريخين خطأ.
coord-sync-kept-outside-period = عدد الإجابات التي لم تُقبل حتى الآن: { $count }. تاريخها خارج فترة الاستبيان. التاريخ على هذا الجهاز: { $kiosk }. التاريخ لدى خدمة الجمع: { $collector }. الإجابات محفوظة بأمان هنا وستُرسَل مرة أخرى في المرة القادمة. اتصل بالجهة التي تدير الاستبيان.
coord-sync-refused-other = عدد الإجابات التي لم تُقبل: { $count } ({ $reason }). اتصل بالجهة التي تدير الاستبيان.
coord-sync-waiting = عدد الإجابات التي ما زالت تنتظر: { $count }. إنها محفوظة بأمان على هذا الجهاز وستُرسَل في المرة القادمة.
coord-sync-new-content = تم تثبيت محتوى جديد (الإصدار { $version }).
coord-exit = أغلق الكشك
coord-close = إغلاق
coord-pin-rule = رمز PIN من 4 إلى 12 رقمًا.
coord-pin-again = اكتب رمز PIN نفسه مرة أخرى
coord-keypad-erase = احذف
coord-auto-locked = تم قفل الشاشة لأن أحدًا لم يستخدمها منذ مدة.
coord-exit-question = هل تريد إغلاق الكشك؟ لا يستطيع أحد الإجابة حتى يتم تشغيله من جديد.
coord-exit-yes = نعم، أغلق
coord-exit-no = لا، ارجع
coord-practice-ready = الشخص التالي يحصل على نسخة التدريب. لا يتم حفظ أي شيء. بعد جولة واحدة يعود الكشك إلى الإجابات الحقيقية.
coord-sound-test = اختبر الصوت
coord-sound-test-playing = يجب أن تسمع الآن «مرحبًا!». إذا لم تسمع شيئًا، تحقق من مستوى الصوت وسماعات الرأس.
coord-sound-test-none = لم يتم العثور على جهاز صوت. وصّل سماعات رأس أو مكبر صوت، ثم شغّل الكشك من جديد.
coord-voices = لغات تُقرأ بصوت لغة أخرى
coord-voices-none = لا شيء
coord-recorded = مقاطع مسجلة (الباقي صوت اصطناعي)
coord-recorded-none = لا شيء بعد: كل المقاطع بصوت اصطناعي
coord-update-offered = الإصدار { $version } من الكشك متاح. اطلب من قسم تقنية المعلومات تحديث هذا الجهاز (apt upgrade). الإجابات المنتظرة هنا تبقى محفوظة.

## Errors shown to people

error-answer-required = يجب أن تجيب عن هذا السؤال.
error-invalid-answer = هذه الإجابة لا تناسب السؤال.
error-pin-wrong = رمز PIN خطأ.
error-pin-throttled = محاولات كثيرة جداً. انتظر { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }.
error-pin-too-short = يجب أن يكون رمز PIN من أربعة أرقام على الأقل.
error-pin-mismatch = رمزا PIN غير متطابقين. اكتبهما من جديد.
error-no-network = لا يمكن الاتصال بخدمة جمع الإجابات. افحص الشبكة وحاول مرة أخرى.
error-wrong-code = رمز الدخول خطأ.
error-locked-out = محاولات خاطئة كثيرة جداً. حاول مرة أخرى لاحقاً.
error-kiosk-revoked = تم فصل هذا الكشك. اتصل بالبلدية.
error-not-enrolled = الكشك غير مرتبط ببلدية بعد.
error-collector-refused = خدمة جمع الإجابات لم تقبل الإجابات.
error-collector-full = خدمة جمع الإجابات ليس لديها مساحة كافية ولم تستطع حفظ الإجابات. الإجابات محفوظة بأمان على هذا الجهاز؛ زامن مرة أخرى لاحقًا.
error-collector-read-only = خدمة جمع الإجابات لا تستطيع حفظ أي شيء الآن. الإجابات محفوظة بأمان على هذا الجهاز؛ زامن مرة أخرى لاحقًا.
error-certificate-expired = انتهت صلاحية شهادة خدمة جمع الإجابات (أو أن ساعة هذا الجهاز خاطئة). الإجابات محفوظة بأمان على هذا الجهاز.
error-certificate-wrong-name = شهادة خدمة جمع الإجابات صادرة لاسم غير العنوان الذي أُعطي لهذا الجهاز. الإجابات محفوظة بأمان على هذا الجهاز.
error-certificate-untrusted = شهادة خدمة جمع الإجابات غير موثوقة على هذا الجهاز. أضف جهة إصدار الشهادة إلى إعدادات الجهاز. الإجابات محفوظة هنا بأمان.
error-pack-invalid = حزمة المحتوى غير صالحة ولن تُستخدم.
error-survey-closed = الاستبيان غير مفتوح الآن.
error-storage = لم يتم الحفظ. لم يضِع أي شيء. أخبر المعلم.
error-audio = لم يتم تشغيل الصوت.
error-internal = حدث خطأ ما. أخبر المعلم.
error-unsent-other-municipality = على هذا الجهاز إجابات لم تُرسَل بعد. أرسلها قبل أن تربط الجهاز ببلدية أخرى.
error-insecure-collector = يجب أن يبدأ عنوان خدمة جمع الإجابات بـ https://. لا تُرسَل الإجابات إلا مشفّرة.

## The web survey, on the participant's own phone, tablet or PC

web-code-title = اكتب الرمز
web-code-help = الرمز موجود في الرسالة التي وصلتك من البلدية، مثلاً 0301-ABCD-EFGH-JKLM-NPQR.
web-code-label = الرمز
web-code-submit = تابع
web-code-wrong = الرمز غير صحيح. تأكد من عدم وجود أخطاء في الكتابة وحاول مرة أخرى.
web-code-throttled = محاولات كثيرة جداً. انتظر { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    } وحاول مرة أخرى.
web-code-throttled-spoken = محاولات كثيرة جداً. انتظر قليلاً ثم حاول مرة أخرى.
web-code-offline = أنت غير متصل بالإنترنت. اتصل بالإنترنت لتكتب الرمز.
web-language-not-kept = هذه اللغة غير محفوظة على هذا الجهاز، وأنت غير متصل بالإنترنت الآن. اختر إحدى اللغات أدناه، أو حاول مرة أخرى عندما تتصل بالإنترنت.
web-page-title = استبيان مجهول الهوية
web-more = خيارات أخرى
web-insecure = هذه الصفحة لم تُفتح باتصال آمن (https). إجابتك لن تُرسَل من هنا. افتح الرابط الذي وصلك مرة أخرى.
web-sent = تم إرسال إجابتك. شكراً!
web-waiting = إجابتك محفوظة ومشفّرة على هذا الجهاز. ستُرسَل وحدها عندما تتصل بالإنترنت مرة أخرى. اترك الصفحة مفتوحة، أو افتحها مرة أخرى لاحقاً.
web-slowed = تصل الآن إجابات كثيرة في وقت واحد. إجابتك محفوظة ومشفّرة على هذا الجهاز، وستُرسَل وحدها بعد دقائق قليلة. اترك الصفحة مفتوحة، أو افتحها مرة أخرى لاحقاً.
web-another = دع شخصاً آخر يجيب

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = العربية
nav-done = تم
nav-stop = توقف
stop-confirm = هل تريد التوقف؟ ستُحذف إجاباتك. لن يُحفظ أي شيء.
stop-yes = نعم، توقف
stop-no = لا، أريد أن أكمل
screening-confirm = لقد أجبت بنعم. إذن ينتهي الاستبيان هنا بالنسبة لك. هل هذا صحيح؟
screening-confirm-yes = نعم، هذا صحيح
error-nothing-chosen = لم تختر أي شيء. اضغط على إجابة.
error-wrong-step = تغيّرت الشاشة. أنت هنا الآن.
listen-all = استمع إلى الكل
volume-up = صوت أعلى
volume-down = صوت أخفض
sound-playing = الصوت يعمل. اضغط للإيقاف.
idle-spoken = هل ما زلت هنا؟ إذا لم تلمس الشاشة، سيبدأ الاستبيان من جديد، وستُحذف إجاباتك.
coord-auto-play-on = شغّل قراءة الأسئلة بصوت عالٍ
coord-auto-play-off = أوقف قراءة الأسئلة بصوت عالٍ

## The demo (/survey/demo/) and the spoken invitation (the first screen of the invitation's link)

demo-banner = هذه نسخة تجريبية. لا يُحفظ ولا يُرسل شيء مما تجيب به.
invite-title = ما رأيك في الدروس؟
invite-what = نريد أن نعرف رأيك في دروس اللغة النرويجية والبرنامج التعريفي.
invite-anonymous = المشاركة اختيارية وبدون أسماء. لا أحد يستطيع أن يرى إجاباتك.
invite-time = يستغرق حوالي عشر دقائق.
invite-ear = يمكنك أن تستمع إلى كل شيء. اضغط على السماعة لتسمع النص. اضغط على إجابتك لتختارها.
invite-help = هل تحتاج إلى مساعدة؟ اسأل معلمك أو شخصًا تثق به.
invite-start = ابدأ الاستبيان
