# Demo survey: questions and answer options (Dari / دری).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = آیا حالا از آموزش یا پروگرام تان رخصت هستید؟
q-group = در چه چیزی اشتراک می‌کنید؟
opt-group-training = آموزش زبان نارویژی و معلومات در باره جامعه
opt-group-introduction = پروگرام مقدماتی
opt-group-both = هر دو

## Answers used by many questions

answer-yes = بلی
answer-no = نخیر
scale-1 = کاملاً مخالف هستم
scale-2 = کمی مخالف هستم
scale-3 = نه موافق هستم و نه مخالف
scale-4 = کمی موافق هستم
scale-5 = کاملاً موافق هستم

## Block titles

block-background = در باره شما
block-training = آموزش زبان نارویژی
block-introduction = پروگرام مقدماتی
block-wellbeing = احساس خوب و رضایت

## About you

q-age = شما چند سال عمر دارید؟
opt-age-18-25 = 18 تا 25 سال
opt-age-26-35 = 26 تا 35 سال
opt-age-36-45 = 36 تا 45 سال
opt-age-46-55 = 46 تا 55 سال
opt-age-56-plus = 56 سال یا بیشتر
q-time-in-norway = چند وقت است که در ناروی زندگی می‌کنید؟
opt-time-under-1 = کمتر از یک سال
opt-time-1-2 = یک تا دو سال
opt-time-3-5 = سه تا پنج سال
opt-time-over-5 = بیشتر از پنج سال
q-course-level = در آموزش زبان نارویژی در کدام سطح هستید؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 یا بالاتر
opt-level-unknown = نمی‌دانم

## Norwegian language training and social studies

q-motivated = می‌خواهم زبان نارویژی را یاد بگیرم.
q-everyday-norwegian = نارویژی‌ای را یاد می‌گیرم که در زندگی روزمره به آن ضرورت دارم.
q-teacher-explains = معلم طوری توضیح می‌دهد که من بفهمم.
q-pace = سرعت درس‌ها برای من مناسب است.
q-social-studies = معلومات در باره جامعه به من کمک می‌کند که ناروی را بفهمم.
q-use-outside = بیرون از صنف هم از زبان نارویژی استفاده می‌کنم.
q-practice-hours = در یک هفته چند ساعت بیرون از صنف نارویژی تمرین می‌کنید؟
opt-hours-0-1 = صفر تا یک ساعت
opt-hours-2-5 = دو تا پنج ساعت
opt-hours-6-10 = شش تا ده ساعت
opt-hours-over-10 = بیشتر از ده ساعت
q-helps-learning = وقتی نارویژی یاد می‌گیرید، چه چیز بیشتر از همه به شما کمک می‌کند؟ می‌توانید چند جواب را انتخاب کنید.
opt-help-teacher = معلم
opt-help-classmates = همصنفی‌ها
opt-help-apps = اپلیکیشن‌ها و انترنت
opt-help-work = کار یا کارآموزی
opt-help-media = تلویزیون، رادیو و روزنامه‌ها
opt-help-friends = دوستان و همسایه‌ها

## The introduction programme

q-know-goal = می‌دانم که هدف پروگرام من چیست.
q-made-plan = آیا در ساختن پلان پروگرام تان سهم داشتید؟
q-programme-helps-work = پروگرام به من کمک می‌کند که کار پیدا کنم یا درس بخوانم.
q-adviser-help = از مشاور پروگرام خود کمکی را که ضرورت دارم می‌گیرم.
q-had-work-practice = آیا در پروگرام کارآموزی داشته اید؟
q-work-practice-useful = کارآموزی برای من مفید بود.
q-after-programme = بعد از پروگرام چه کار می‌خواهید بکنید؟
opt-after-work = کار کنم
opt-after-education = درس بخوانم
opt-after-both = هم کار کنم و هم درس بخوانم
opt-after-unknown = هنوز نمی‌دانم

## Wellbeing

q-thrive = در مکتبی که می‌روم، احساس خوبی دارم.
q-safe = در مکتبی که می‌روم، احساس امنیت می‌کنم.
q-respect = با من با احترام رفتار می‌شود.
q-someone-to-talk = وقتی ضرورت داشته باشم، کسی را دارم که با او گپ بزنم.
q-overall-satisfied = به طور کلی، از آموزشی که می‌گیرم راضی هستم.
q-anything-else = آیا چیز دیگری هست که بخواهید به ما بگویید؟ می‌توانید از این سوال تیر شوید.
