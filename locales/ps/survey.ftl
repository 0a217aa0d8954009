# Demo survey: questions and answer options (Pashto / پښتو).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = ایا تاسو اوس له خپلې زده کړې یا پروګرام څخه په رخصتۍ یاست؟
q-group = تاسو په څه کې ګډون کوئ؟
opt-group-training = د ناروېژي ژبې او ټولنپوهنې زده کړه
opt-group-introduction = د معرفي پروګرام
opt-group-both = دواړه

## Answers used by many questions

answer-yes = هو
answer-no = نه
scale-1 = بشپړ مخالف یم
scale-2 = لږ مخالف یم
scale-3 = نه موافق یم، نه مخالف
scale-4 = لږ موافق یم
scale-5 = بشپړ موافق یم

## Block titles

block-background = ستاسو په اړه
block-training = د ناروېژي ژبې زده کړه
block-introduction = د معرفي پروګرام
block-wellbeing = ښه احساس

## About you

q-age = تاسو څو کلن یاست؟
opt-age-18-25 = له 18 تر 25 کلونو
opt-age-26-35 = له 26 تر 35 کلونو
opt-age-36-45 = له 36 تر 45 کلونو
opt-age-46-55 = له 46 تر 55 کلونو
opt-age-56-plus = 56 کاله یا زیات
q-time-in-norway = څومره وخت کېږي چې په ناروې کې اوسېږئ؟
opt-time-under-1 = له یو کال څخه کم
opt-time-1-2 = یو تر دوه کاله
opt-time-3-5 = درې تر پنځه کاله
opt-time-over-5 = له پنځو کلونو څخه زیات
q-course-level = د ناروېژي ژبې په زده کړه کې په کومه کچه یاست؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 یا لوړ
opt-level-unknown = نه پوهېږم

## Norwegian language training and social studies

q-motivated = زه غواړم ناروېژي ژبه زده کړم.
q-everyday-norwegian = زه هغه ناروېژي زده کوم چې په ورځني ژوند کې ورته اړتیا لرم.
q-teacher-explains = ښوونکی داسې تشریح کوي چې زه پرې پوهېږم.
q-pace = د درس سرعت زما لپاره مناسب دی.
q-social-studies = ټولنپوهنه راسره مرسته کوي چې په ناروې پوه شم.
q-use-outside = زه له ټولګي بهر هم ناروېژي ژبه کاروم.
q-practice-hours = تاسو په اونۍ کې څو ساعته له درس بهر د ناروېژي تمرین کوئ؟
opt-hours-0-1 = صفر تر یو ساعت
opt-hours-2-5 = دوه تر پنځه ساعته
opt-hours-6-10 = شپږ تر لس ساعته
opt-hours-over-10 = له لسو ساعتونو زیات
q-helps-learning = کله چې ناروېژي زده کوئ، تر ټولو زیات څه درسره مرسته کوي؟ تاسو څو ځوابونه ټاکلی شئ.
opt-help-teacher = ښوونکی
opt-help-classmates = ټولګیوال
opt-help-apps = اپونه او انټرنیټ
opt-help-work = کار یا کاري تمرین
opt-help-media = تلویزیون، راډیو او ورځپاڼې
opt-help-friends = ملګري او ګاونډیان

## The introduction programme

q-know-goal = زه پوهېږم چې زما د پروګرام موخه څه ده.
q-made-plan = ایا تاسو د خپل پروګرام د پلان په جوړولو کې برخه اخیستې وه؟
q-programme-helps-work = پروګرام راسره مرسته کوي چې کار پیدا کړم یا زده کړه وکړم.
q-adviser-help = زه د پروګرام له سلاکار څخه هغه مرسته ترلاسه کوم چې ورته اړتیا لرم.
q-had-work-practice = ایا تاسو په پروګرام کې کاري تمرین درلود؟
q-work-practice-useful = کاري تمرین زما لپاره ګټور و.
q-after-programme = تاسو له پروګرام وروسته څه کول غواړئ؟
opt-after-work = کار کول
opt-after-education = زده کړه کول
opt-after-both = هم کار او هم زده کړه
opt-after-unknown = لا نه پوهېږم

## Wellbeing

q-thrive = په خپل ښوونځي کې ښه احساس کوم.
q-safe = په خپل ښوونځي کې ځان خوندي احساسوم.
q-respect = له ما سره په درناوي چلند کېږي.
q-someone-to-talk = کله چې اړتیا ولرم، داسې څوک لرم چې ورسره خبرې وکړم.
q-overall-satisfied = په ټوله کې، زه له خپلې زده کړې څخه راضي یم.
q-anything-else = ایا نور څه شته چې غواړئ موږ ته یې ووایئ؟ تاسو له دې پوښتنې تېرېدلی شئ.
