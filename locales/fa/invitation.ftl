# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = نظر شما درباره آموزش چیست؟
invitation-page-intro = { $municipality } می‌خواهد بداند نظر شما درباره آموزش زبان نروژی و برنامه مقدماتی چیست. با موبایل، تبلت یا کامپیوتر جواب بدهید.
invitation-page-anonymous = شرکت در آن اختیاری و بی‌نام است. هیچ‌کس نمی‌تواند ببیند شما چه جوابی می‌دهید.
invitation-page-steps = کد QR را با دوربین اسکن کنید، یا لینک را در مرورگر بنویسید. زبان خود را انتخاب کنید. می‌توانید همه سؤال‌ها را بشنوید.
invitation-page-code = اگر از شما کد خواستند، بنویسید: { $code }
invitation-page-deadline = حداکثر تا { $close } جواب بدهید.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = نظرتان را درباره آموزش بگویید: { $link }

## The e-mail

invitation-email-subject = نظر شما درباره آموزش چیست؟ به نظرسنجی جواب بدهید
invitation-email-body =
    سلام!
    
    { $municipality } می‌خواهد بداند نظر شما درباره آموزش زبان نروژی و برنامه مقدماتی چیست.
    شرکت در آن اختیاری و بی‌نام است. هیچ‌کس نمی‌تواند ببیند شما چه جوابی می‌دهید.
    
    لینک را با موبایل، تبلت یا کامپیوتر باز کنید، زبان خود را انتخاب کنید و به سؤال‌ها جواب بدهید.
    می‌توانید همه سؤال‌ها را بشنوید.
    
    { $link }
    
    اگر از شما کد خواستند، بنویسید: { $code }
    حداکثر تا { $close } جواب بدهید.
    
    از کمک شما ممنونیم!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = نظرسنجی در کلاس آنلاین (Teams یا Zoom)
invitation-lesson-steps =
    1. لینک را در چت بگذارید: { $link }
    2. از شرکت‌کنندگان بخواهید لینک را با موبایل، تبلت یا کامپیوتر خودشان باز کنند، نه روی صفحه‌ای که شما به اشتراک گذاشته‌اید.
    3. اگر از کسی کد خواستند، کد را در چت بنویسید: { $code }
    4. بگویید که نظرسنجی بی‌نام است و هیچ‌کس، حتی معلم، نمی‌تواند جواب‌ها را ببیند.
    5. وقتی شرکت‌کنندگان جواب می‌دهند، اشتراک صفحه خود را قطع کنید و بگذارید هر قدر وقت لازم دارند، داشته باشند.
    6. کسی که اینترنتش قطع شود، باز هم می‌تواند جواب دادن را تمام کند: جواب وقتی اینترنت برگشت فرستاده می‌شود.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = می‌خواهید اول امتحان کنید؟ در نسخه نمایشی هیچ چیز ذخیره نمی‌شود: { $demo }
invitation-lesson-demo = پیش از پاسخ دادن: نسخه نمایشی را روی صفحه‌ای که به اشتراک می‌گذارید نشان دهید و با هم آن را مرور کنید. هیچ چیز ذخیره نمی‌شود: { $demo }
