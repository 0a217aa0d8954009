# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = ما رأيك في الدروس؟
invitation-page-intro = { $municipality } تريد أن تعرف رأيك في دروس اللغة النرويجية والبرنامج التعريفي. أجب على الهاتف أو الجهاز اللوحي أو الكمبيوتر.
invitation-page-anonymous = المشاركة اختيارية وبدون أسماء. لا أحد يستطيع أن يرى إجاباتك.
invitation-page-steps = امسح رمز QR بالكاميرا، أو اكتب الرابط في المتصفح. اختر لغتك. يمكنك أن تستمع إلى كل الأسئلة.
invitation-page-code = إذا طُلب منك رمز، اكتب: { $code }
invitation-page-deadline = آخر يوم للإجابة هو { $close }.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = أخبرنا برأيك في الدروس: { $link }

## The e-mail

invitation-email-subject = ما رأيك في الدروس؟ أجب عن الاستبيان
invitation-email-body =
    مرحباً!
    
    { $municipality } تريد أن تعرف رأيك في دروس اللغة النرويجية والبرنامج التعريفي.
    المشاركة اختيارية وبدون أسماء. لا أحد يستطيع أن يرى إجاباتك.
    
    افتح الرابط على الهاتف أو الجهاز اللوحي أو الكمبيوتر، واختر لغتك، وأجب عن الأسئلة.
    يمكنك أن تستمع إلى كل الأسئلة.
    
    { $link }
    
    إذا طُلب منك رمز، اكتب: { $code }
    آخر يوم للإجابة هو { $close }.
    
    شكراً على مساعدتك!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = الاستبيان في درس عن بُعد (Teams أو Zoom)
invitation-lesson-steps =
    1. الصق الرابط في الدردشة: { $link }
    2. اطلب من المشاركين أن يفتحوا الرابط على هواتفهم أو أجهزتهم اللوحية أو حواسيبهم، وليس على الشاشة التي تشاركها.
    3. إذا طُلب من أحد رمز، اكتب الرمز في الدردشة: { $code }
    4. قل لهم إن الاستبيان بدون أسماء، وإنه لا أحد، ولا حتى المعلم، يستطيع أن يرى الإجابات.
    5. أوقف مشاركة شاشتك بينما يجيب المشاركون، واترك لهم الوقت الذي يحتاجونه.
    6. من ينقطع عنه الإنترنت يستطيع أن يكمل الإجابة: تُرسَل الإجابة عندما يعود الإنترنت.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = هل تريد أن تجرب أولًا؟ لا يُحفظ شيء في النسخة التجريبية: { $demo }
invitation-lesson-demo = قبل الإجابة: اعرض النسخة التجريبية على الشاشة التي تشاركها وامرّوا بها معًا. لا يُحفظ شيء: { $demo }
