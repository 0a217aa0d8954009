# Demo survey: questions and answer options (Persian / فارسی).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = آیا الان از آموزش یا برنامه خود مرخصی گرفته‌اید؟
q-group = در چه چیزی شرکت می‌کنید؟
opt-group-training = آموزش زبان نروژی و شناخت جامعه
opt-group-introduction = برنامه مقدماتی
opt-group-both = هر دو

## Answers used by many questions

answer-yes = بله
answer-no = نه
scale-1 = کاملاً مخالفم
scale-2 = کمی مخالفم
scale-3 = نه موافقم نه مخالف
scale-4 = کمی موافقم
scale-5 = کاملاً موافقم

## Block titles

block-background = درباره شما
block-training = آموزش زبان نروژی
block-introduction = برنامه مقدماتی
block-wellbeing = حال و احساس شما

## About you

q-age = چند سال دارید؟
opt-age-18-25 = 18 تا 25 سال
opt-age-26-35 = 26 تا 35 سال
opt-age-36-45 = 36 تا 45 سال
opt-age-46-55 = 46 تا 55 سال
opt-age-56-plus = 56 سال یا بیشتر
q-time-in-norway = چند وقت است که در نروژ زندگی می‌کنید؟
opt-time-under-1 = کمتر از یک سال
opt-time-1-2 = یک تا دو سال
opt-time-3-5 = سه تا پنج سال
opt-time-over-5 = بیشتر از پنج سال
q-course-level = در آموزش زبان نروژی در چه سطحی هستید؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 یا بالاتر
opt-level-unknown = نمی‌دانم

## Norwegian language training and social studies

q-motivated = دوست دارم زبان نروژی یاد بگیرم.
q-everyday-norwegian = نروژی‌ای را یاد می‌گیرم که در زندگی روزمره به آن نیاز دارم.
q-teacher-explains = معلم طوری توضیح می‌دهد که من می‌فهمم.
q-pace = سرعت درس دادن برای من مناسب است.
q-social-studies = درس شناخت جامعه به من کمک می‌کند نروژ را بفهمم.
q-use-outside = بیرون از کلاس هم از زبان نروژی استفاده می‌کنم.
q-practice-hours = هفته‌ای چند ساعت بیرون از کلاس نروژی تمرین می‌کنید؟
opt-hours-0-1 = صفر تا یک ساعت
opt-hours-2-5 = دو تا پنج ساعت
opt-hours-6-10 = شش تا ده ساعت
opt-hours-over-10 = بیشتر از ده ساعت
q-helps-learning = وقتی نروژی یاد می‌گیرید، چه چیزی بیشتر از همه به شما کمک می‌کند؟ می‌توانید چند جواب انتخاب کنید.
opt-help-teacher = معلم
opt-help-classmates = هم‌کلاسی‌ها
opt-help-apps = اپ‌ها و اینترنت
opt-help-work = کار یا کارآموزی
opt-help-media = تلویزیون، رادیو و روزنامه
opt-help-friends = دوستان و همسایه‌ها

## The introduction programme

q-know-goal = می‌دانم هدف برنامه من چیست.
q-made-plan = آیا خودتان در نوشتن طرح برنامه‌تان شرکت داشتید؟
q-programme-helps-work = این برنامه به من کمک می‌کند کار پیدا کنم یا درس بخوانم.
q-adviser-help = از مشاور برنامه‌ام کمکی را که لازم دارم می‌گیرم.
q-had-work-practice = آیا در این برنامه کارآموزی داشته‌اید؟
q-work-practice-useful = کارآموزی برای من مفید بود.
q-after-programme = بعد از برنامه می‌خواهید چه کار کنید؟
opt-after-work = کار کنم
opt-after-education = درس بخوانم
opt-after-both = هم کار کنم و هم درس بخوانم
opt-after-unknown = هنوز نمی‌دانم

## Wellbeing

q-thrive = در مدرسه‌ام احساس خوبی دارم.
q-safe = در مدرسه‌ام احساس امنیت می‌کنم.
q-respect = با من با احترام رفتار می‌شود.
q-someone-to-talk = وقتی لازم باشد، کسی را دارم که با او حرف بزنم.
q-overall-satisfied = روی هم رفته، از آموزشی که می‌گیرم راضی هستم.
q-anything-else = چیز دیگری هست که بخواهید به ما بگویید؟ می‌توانید از این سؤال رد شوید.
