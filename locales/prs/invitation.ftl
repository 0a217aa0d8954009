# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = نظر تان در باره آموزش چیست؟
invitation-page-intro = { $municipality } می‌خواهد بداند که نظر تان در باره آموزش زبان نارویژی و پروگرام مقدماتی چیست. با موبایل، تبلیت یا کمپیوتر جواب بدهید.
invitation-page-anonymous = اشتراک در آن اختیاری و بدون نام است. هیچ کس دیده نمی‌تواند که شما چه جواب می‌دهید.
invitation-page-steps = کود QR را با کمره سکن کنید، یا لینک را در براوزر بنویسید. زبان تان را انتخاب کنید. شما می‌توانید همه سوال‌ها را بشنوید.
invitation-page-code = اگر از شما کود خواسته شد، بنویسید: { $code }
invitation-page-deadline = حد اکثر تا { $close } جواب بدهید.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = نظر تان را در باره آموزش بگویید: { $link }

## The e-mail

invitation-email-subject = نظر تان در باره آموزش چیست؟ به سروی جواب بدهید
invitation-email-body =
    سلام!
    
    { $municipality } می‌خواهد بداند که نظر تان در باره آموزش زبان نارویژی و پروگرام مقدماتی چیست.
    اشتراک در آن اختیاری و بدون نام است. هیچ کس دیده نمی‌تواند که شما چه جواب می‌دهید.
    
    لینک را در موبایل، تبلیت یا کمپیوتر باز کنید، زبان تان را انتخاب کنید و به سوال‌ها جواب بدهید.
    شما می‌توانید همه سوال‌ها را بشنوید.
    
    { $link }
    
    اگر از شما کود خواسته شد، بنویسید: { $code }
    حد اکثر تا { $close } جواب بدهید.
    
    از کمک تان تشکر!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = سروی در یک درس آنلاین (Teams یا Zoom)
invitation-lesson-steps =
    1. لینک را در چت بگذارید: { $link }
    2. از اشتراک‌کنندگان بخواهید که لینک را در موبایل، تبلیت یا کمپیوتر خود شان باز کنند، نه در صفحه‌ای که شما شریک می‌سازید.
    3. اگر از کسی کود خواسته شد، کود را در چت بنویسید: { $code }
    4. بگویید که سروی بدون نام است و هیچ کس، حتی معلم، جواب‌ها را دیده نمی‌تواند.
    5. وقتی اشتراک‌کنندگان جواب می‌دهند، شریک ساختن صفحه خود را بند کنید و به آن‌ها هر قدر وقت که لازم دارند بدهید.
    6. کسی که انترنتش قطع شود، باز هم می‌تواند جواب دادن را تمام کند: جواب وقتی انترنت دوباره وصل شد فرستاده می‌شود.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = می‌خواهید اول امتحان کنید؟ در نسخه آزمایشی هیچ چیز ذخیره نمی‌شود: { $demo }
invitation-lesson-demo = پیش از جواب دادن: نسخه آزمایشی را روی صفحه‌ای که شریک می‌سازید نشان بدهید و با هم آن را ببینید. هیچ چیز ذخیره نمی‌شود: { $demo }
