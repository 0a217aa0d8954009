# Demo survey: questions and answer options (Arabic / العربية).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = هل أنت الآن في إجازة من الدروس أو من برنامجك؟
q-group = ما الذي تشارك فيه؟
opt-group-training = دروس اللغة النرويجية والمعرفة بالمجتمع
opt-group-introduction = البرنامج التعريفي
opt-group-both = الاثنان معاً

## Answers used by many questions

answer-yes = نعم
answer-no = لا
scale-1 = أعارض تماماً
scale-2 = أعارض قليلاً
scale-3 = لا أوافق ولا أعارض
scale-4 = أوافق قليلاً
scale-5 = أوافق تماماً

## Block titles

block-background = عنك
block-training = دروس اللغة النرويجية
block-introduction = البرنامج التعريفي
block-wellbeing = الشعور بالراحة

## About you

q-age = كم عمرك؟
opt-age-18-25 = من 18 إلى 25 سنة
opt-age-26-35 = من 26 إلى 35 سنة
opt-age-36-45 = من 36 إلى 45 سنة
opt-age-46-55 = من 46 إلى 55 سنة
opt-age-56-plus = 56 سنة أو أكثر
q-time-in-norway = منذ متى تعيش في النرويج؟
opt-time-under-1 = أقل من سنة
opt-time-1-2 = من سنة إلى سنتين
opt-time-3-5 = من ثلاث إلى خمس سنوات
opt-time-over-5 = أكثر من خمس سنوات
q-course-level = ما هو مستواك في دروس اللغة النرويجية؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 أو أعلى
opt-level-unknown = لا أعرف

## Norwegian language training and social studies

q-motivated = أريد أن أتعلم اللغة النرويجية.
q-everyday-norwegian = أتعلم النرويجية التي أحتاجها في حياتي اليومية.
q-teacher-explains = المعلم يشرح بطريقة أفهمها.
q-pace = سرعة الدروس مناسبة لي.
q-social-studies = المعرفة بالمجتمع تساعدني على فهم النرويج.
q-use-outside = أستخدم اللغة النرويجية خارج الصف.
q-practice-hours = كم ساعة في الأسبوع تتدرب على النرويجية خارج الدروس؟
opt-hours-0-1 = من صفر إلى ساعة واحدة
opt-hours-2-5 = من ساعتين إلى خمس ساعات
opt-hours-6-10 = من ست إلى عشر ساعات
opt-hours-over-10 = أكثر من عشر ساعات
q-helps-learning = ما الذي يساعدك أكثر عندما تتعلم النرويجية؟ يمكنك أن تختار أكثر من إجابة.
opt-help-teacher = المعلم
opt-help-classmates = زملائي في الصف
opt-help-apps = التطبيقات والإنترنت
opt-help-work = العمل أو التدريب في مكان عمل
opt-help-media = التلفزيون والراديو والجرائد
opt-help-friends = الأصدقاء والجيران

## The introduction programme

q-know-goal = أعرف ما هو هدف برنامجي.
q-made-plan = هل شاركت في وضع خطة برنامجك؟
q-programme-helps-work = البرنامج يساعدني على الحصول على عمل أو دراسة.
q-adviser-help = أحصل على المساعدة التي أحتاجها من مستشار البرنامج.
q-had-work-practice = هل قمت بتدريب في مكان عمل خلال البرنامج؟
q-work-practice-useful = التدريب في مكان العمل كان مفيداً لي.
q-after-programme = ماذا تريد أن تفعل بعد البرنامج؟
opt-after-work = أعمل
opt-after-education = أدرس
opt-after-both = أعمل وأدرس
opt-after-unknown = لا أعرف بعد

## Wellbeing

q-thrive = أحب المدرسة التي أدرس فيها.
q-safe = أشعر بالأمان في المدرسة التي أدرس فيها.
q-respect = يعاملونني باحترام.
q-someone-to-talk = عندي شخص أتكلم معه عندما أحتاج إلى ذلك.
q-overall-satisfied = بشكل عام، الدروس التي أحصل عليها ترضيني.
q-anything-else = هل هناك شيء آخر تريد أن تخبرنا به؟ يمكنك أن تتخطى هذا السؤال.
