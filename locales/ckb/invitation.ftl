# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = ڕات چییە لەسەر فێربوونەکە؟
invitation-page-intro = { $municipality } دەیەوێت بزانێت ڕات چییە لەسەر فێربوونی زمانی نەرویجی و بەرنامەی ناساندن. بە مۆبایل، تابلێت یان کۆمپیوتەر وەڵام بدەرەوە.
invitation-page-anonymous = بەشداریکردن بە ئارەزووی خۆتە و بێ ناوە. کەس ناتوانێت ببینێت چی وەڵام دەدەیتەوە.
invitation-page-steps = کۆدی QR بە کامێرا سکان بکە، یان بەستەرەکە لە وێبگەڕدا بنووسە. زمانەکەت هەڵبژێرە. دەتوانیت گوێ لە هەموو پرسیارەکان بگریت.
invitation-page-code = ئەگەر کۆدت لێ داوا کرا، ئەمە بنووسە: { $code }
invitation-page-deadline = تا ڕۆژی { $close } وەڵام بدەرەوە.

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = ڕای خۆت لەسەر فێربوونەکە بڵێ: { $link }

## The e-mail

invitation-email-subject = ڕات چییە لەسەر فێربوونەکە؟ وەڵامی ڕاپرسییەکە بدەرەوە
invitation-email-body =
    سڵاو!
    
    { $municipality } دەیەوێت بزانێت ڕات چییە لەسەر فێربوونی زمانی نەرویجی و بەرنامەی ناساندن.
    بەشداریکردن بە ئارەزووی خۆتە و بێ ناوە. کەس ناتوانێت ببینێت چی وەڵام دەدەیتەوە.
    
    بەستەرەکە لە مۆبایل، تابلێت یان کۆمپیوتەر بکەرەوە، زمانەکەت هەڵبژێرە و وەڵامی پرسیارەکان بدەرەوە.
    دەتوانیت گوێ لە هەموو پرسیارەکان بگریت.
    
    { $link }
    
    ئەگەر کۆدت لێ داوا کرا، ئەمە بنووسە: { $code }
    تا ڕۆژی { $close } وەڵام بدەرەوە.
    
    سوپاس بۆ یارمەتییەکەت!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = ڕاپرسییەکە لە وانەیەکی ئۆنلاین (Teams یان Zoom)
invitation-lesson-steps =
    1. بەستەرەکە لە چاتەکەدا دابنێ: { $link }
    2. داوا لە بەشداربووان بکە بەستەرەکە لە مۆبایل، تابلێت یان کۆمپیوتەری خۆیان بکەنەوە، نەک لەسەر ئەو شاشەیەی تۆ هاوبەشی دەکەیت.
    3. ئەگەر کۆد لە کەسێک داوا کرا، کۆدەکە لە چاتەکەدا بنووسە: { $code }
    4. پێیان بڵێ کە ڕاپرسییەکە بێ ناوە، و کەس، تەنانەت مامۆستاش، ناتوانێت وەڵامەکان ببینێت.
    5. کاتێک بەشداربووان وەڵام دەدەنەوە، هاوبەشکردنی شاشەکەت ڕابگرە، و ڕێگەیان بدە ئەوەندە کات بەکاربهێنن کە پێویستیانە.
    6. ئەو کەسەی ئینتەرنێتی دەبڕێت، هەر دەتوانێت وەڵامدانەوە تەواو بکات: وەڵامەکە کاتێک ئینتەرنێت گەڕایەوە دەنێردرێت.

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = دەتەوێت سەرەتا تاقی بکەیتەوە؟ لە وەشانی تاقیکردنەوەدا هیچ شتێک پاشەکەوت ناکرێت: { $demo }
invitation-lesson-demo = پێش وەڵامدانەوە: وەشانی تاقیکردنەوە لەسەر ئەو شاشەیەی هاوبەشی دەکەیت پیشان بدە و پێکەوە پێیدا بڕۆن. هیچ شتێک پاشەکەوت ناکرێت: { $demo }
