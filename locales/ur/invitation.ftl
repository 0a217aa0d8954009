# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = آپ کو تعلیم کیسی لگ رہی ہے؟
invitation-page-intro = { $municipality } جاننا چاہتی ہے کہ نارویجن زبان کی تعلیم اور تعارفی پروگرام کے بارے میں آپ کی کیا رائے ہے۔ موبائل، ٹیبلٹ یا کمپیوٹر پر جواب دیں۔
invitation-page-anonymous = جواب دینا آپ کی مرضی ہے، اور یہ گمنام ہے۔ کوئی نہیں دیکھ سکتا کہ آپ کیا جواب دیتے ہیں۔
invitation-page-steps = کیمرے سے QR کوڈ اسکین کریں، یا براؤزر میں لنک لکھیں۔ اپنی زبان چنیں۔ آپ سب سوال سن سکتے ہیں۔
invitation-page-code = اگر آپ سے کوڈ مانگا جائے تو یہ لکھیں: { $code }
invitation-page-deadline = زیادہ سے زیادہ { $close } تک جواب دیں۔

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = تعلیم کے بارے میں اپنی رائے دیں: { $link }

## The e-mail

invitation-email-subject = آپ کو تعلیم کیسی لگ رہی ہے؟ سروے کا جواب دیں
invitation-email-body =
    سلام!
    
    { $municipality } جاننا چاہتی ہے کہ نارویجن زبان کی تعلیم اور تعارفی پروگرام کے بارے میں آپ کی کیا رائے ہے۔
    جواب دینا آپ کی مرضی ہے، اور یہ گمنام ہے۔ کوئی نہیں دیکھ سکتا کہ آپ کیا جواب دیتے ہیں۔
    
    موبائل، ٹیبلٹ یا کمپیوٹر پر لنک کھولیں، اپنی زبان چنیں اور سوالوں کے جواب دیں۔
    آپ سب سوال سن سکتے ہیں۔
    
    { $link }
    
    اگر آپ سے کوڈ مانگا جائے تو یہ لکھیں: { $code }
    زیادہ سے زیادہ { $close } تک جواب دیں۔
    
    مدد کا شکریہ!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = آن لائن کلاس میں سروے (Teams یا Zoom)
invitation-lesson-steps =
    1. چیٹ میں لنک پیسٹ کریں: { $link }
    2. شرکاء سے کہیں کہ لنک اپنے موبائل، ٹیبلٹ یا کمپیوٹر پر کھولیں، اس اسکرین پر نہیں جو آپ شیئر کر رہے ہیں۔
    3. اگر کسی سے کوڈ مانگا جائے تو چیٹ میں کوڈ لکھیں: { $code }
    4. بتائیں کہ سروے گمنام ہے، اور کوئی بھی جواب نہیں دیکھ سکتا، استاد بھی نہیں۔
    5. جب شرکاء جواب دے رہے ہوں تو اپنی اسکرین شیئر کرنا بند کریں، اور انہیں جتنا وقت چاہیے، دیں۔
    6. جس کا انٹرنیٹ چلا جائے، وہ پھر بھی جواب مکمل کر سکتا ہے: انٹرنیٹ واپس آنے پر جواب بھیج دیا جاتا ہے۔

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = کیا آپ پہلے آزمانا چاہتے ہیں؟ آزمائشی ورژن میں کچھ بھی محفوظ نہیں ہوتا: { $demo }
invitation-lesson-demo = جواب دینے سے پہلے: آزمائشی ورژن اس اسکرین پر دکھائیں جو آپ شیئر کرتے ہیں، اور مل کر اسے دیکھیں۔ کچھ بھی محفوظ نہیں ہوتا: { $demo }
