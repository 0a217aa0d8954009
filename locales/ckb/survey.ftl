# Demo survey: questions and answer options (Sorani Kurdish / کوردیی ناوەندی, Arabic script).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = ئایا ئێستا لە خوێندن یان لە بەرنامەکەت مۆڵەتت هەیە؟
q-group = بەشداری لە چیدا دەکەیت؟
opt-group-training = فێربوونی زمانی نەرویجی و زانیاریی کۆمەڵایەتی
opt-group-introduction = بەرنامەی ناساندن
opt-group-both = هەردووکیان

## Answers used by many questions

answer-yes = بەڵێ
answer-no = نەخێر
scale-1 = بە تەواوی دژم
scale-2 = کەمێک دژم
scale-3 = نە هاوڕام و نە دژم
scale-4 = کەمێک هاوڕام
scale-5 = بە تەواوی هاوڕام

## Block titles

block-background = دەربارەی تۆ
block-training = فێربوونی زمانی نەرویجی
block-introduction = بەرنامەی ناساندن
block-wellbeing = هەستی باش

## About you

q-age = تەمەنت چەندە؟
opt-age-18-25 = 18 تا 25 ساڵ
opt-age-26-35 = 26 تا 35 ساڵ
opt-age-36-45 = 36 تا 45 ساڵ
opt-age-46-55 = 46 تا 55 ساڵ
opt-age-56-plus = 56 ساڵ یان زیاتر
q-time-in-norway = چەند ماوەیە لە نەرویج دەژیت؟
opt-time-under-1 = کەمتر لە یەک ساڵ
opt-time-1-2 = یەک تا دوو ساڵ
opt-time-3-5 = سێ تا پێنج ساڵ
opt-time-over-5 = زیاتر لە پێنج ساڵ
q-course-level = لە فێربوونی زمانی نەرویجیدا لە چ ئاستێکدایت؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 یان بەرزتر
opt-level-unknown = نازانم

## Norwegian language training and social studies

q-motivated = حەز دەکەم زمانی نەرویجی فێر بم.
q-everyday-norwegian = ئەو نەرویجییە فێر دەبم کە لە ژیانی ڕۆژانەدا پێویستمە.
q-teacher-explains = مامۆستاکە بە شێوەیەک ڕوونی دەکاتەوە کە تێی دەگەم.
q-pace = خێرایی وانەکان بۆ من گونجاوە.
q-social-studies = زانیاریی کۆمەڵایەتی یارمەتیم دەدات لە نەرویج تێبگەم.
q-use-outside = لە دەرەوەی پۆلیش زمانی نەرویجی بەکار دەهێنم.
q-practice-hours = لە هەفتەیەکدا چەند کاتژمێر لە دەرەوەی وانەکان ڕاهێنان لەسەر نەرویجی دەکەیت؟
opt-hours-0-1 = سفر تا یەک کاتژمێر
opt-hours-2-5 = دوو تا پێنج کاتژمێر
opt-hours-6-10 = شەش تا دە کاتژمێر
opt-hours-over-10 = زیاتر لە دە کاتژمێر
q-helps-learning = کاتێک نەرویجی فێر دەبیت، چی لە هەموو شتێک زیاتر یارمەتیت دەدات؟ دەتوانیت چەند وەڵامێک هەڵبژێریت.
opt-help-teacher = مامۆستا
opt-help-classmates = هاوپۆلەکان
opt-help-apps = ئەپ و ئینتەرنێت
opt-help-work = کار یان ڕاهێنانی کار
opt-help-media = تەلەفزیۆن، ڕادیۆ و ڕۆژنامە
opt-help-friends = هاوڕێ و دراوسێکان

## The introduction programme

q-know-goal = دەزانم ئامانجی بەرنامەکەم چییە.
q-made-plan = ئایا بەشداریت کرد لە دانانی پلانی بەرنامەکەت؟
q-programme-helps-work = بەرنامەکە یارمەتیم دەدات کار یان خوێندن بدۆزمەوە.
q-adviser-help = ئەو یارمەتییەی پێویستمە لە ڕاوێژکاری بەرنامەکەم وەری دەگرم.
q-had-work-practice = ئایا لە بەرنامەکەدا ڕاهێنانی کارت هەبووە؟
q-work-practice-useful = ڕاهێنانی کارەکە بۆ من بەسوود بوو.
q-after-programme = دوای بەرنامەکە دەتەوێت چی بکەیت؟
opt-after-work = کار بکەم
opt-after-education = بخوێنم
opt-after-both = هەم کار بکەم و هەم بخوێنم
opt-after-unknown = هێشتا نازانم

## Wellbeing

q-thrive = لە قوتابخانەکەم هەست بە خۆشی دەکەم.
q-safe = لە قوتابخانەکەم هەست بە ئاسایش دەکەم.
q-respect = بە ڕێزەوە مامەڵەم لەگەڵ دەکرێت.
q-someone-to-talk = کاتێک پێویستم بێت، کەسێکم هەیە قسەی لەگەڵ بکەم.
q-overall-satisfied = بە گشتی، لەو فێرکردنەی وەری دەگرم ڕازیم.
q-anything-else = شتێکی تر هەیە بتەوێت پێمان بڵێیت؟ دەتوانیت ئەم پرسیارە تێپەڕێنیت.
