# Demo survey: questions and answer options (Urdu / اردو).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = کیا آپ ابھی اپنی تعلیم یا پروگرام سے چھٹی پر ہیں؟
q-group = آپ کس چیز میں حصہ لے رہے ہیں؟
opt-group-training = نارویجن زبان اور معاشرتی علوم کی تعلیم
opt-group-introduction = تعارفی پروگرام
opt-group-both = دونوں

## Answers used by many questions

answer-yes = ہاں
answer-no = نہیں
scale-1 = بالکل متفق نہیں
scale-2 = کچھ حد تک متفق نہیں
scale-3 = نہ متفق، نہ غیر متفق
scale-4 = کچھ حد تک متفق
scale-5 = پوری طرح متفق

## Block titles

block-background = آپ کے بارے میں
block-training = نارویجن زبان کی تعلیم
block-introduction = تعارفی پروگرام
block-wellbeing = آپ کیسا محسوس کرتے ہیں

## About you

q-age = آپ کی عمر کتنی ہے؟
opt-age-18-25 = 18 سے 25 سال
opt-age-26-35 = 26 سے 35 سال
opt-age-36-45 = 36 سے 45 سال
opt-age-46-55 = 46 سے 55 سال
opt-age-56-plus = 56 سال یا زیادہ
q-time-in-norway = آپ کتنے عرصے سے ناروے میں رہ رہے ہیں؟
opt-time-under-1 = ایک سال سے کم
opt-time-1-2 = ایک سے دو سال
opt-time-3-5 = تین سے پانچ سال
opt-time-over-5 = پانچ سال سے زیادہ
q-course-level = نارویجن زبان کی تعلیم میں آپ کس لیول پر ہیں؟
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 یا اس سے اوپر
opt-level-unknown = معلوم نہیں

## Norwegian language training and social studies

q-motivated = مجھے نارویجن سیکھنے کا شوق ہے۔
q-everyday-norwegian = مجھے ایسی نارویجن سکھائی جاتی ہے جو روزمرہ زندگی میں میرے کام آتی ہے۔
q-teacher-explains = استاد اس طرح سمجھاتے ہیں کہ مجھے سمجھ آ جاتی ہے۔
q-pace = پڑھائی کی رفتار میرے لیے ٹھیک ہے۔
q-social-studies = معاشرتی علوم سے مجھے ناروے کو سمجھنے میں مدد ملتی ہے۔
q-use-outside = کلاس سے باہر بھی نارویجن میرے استعمال میں آتی ہے۔
q-practice-hours = آپ ہفتے میں کلاس کے علاوہ کتنے گھنٹے نارویجن کی مشق کرتے ہیں؟
opt-hours-0-1 = صفر سے ایک گھنٹہ
opt-hours-2-5 = دو سے پانچ گھنٹے
opt-hours-6-10 = چھ سے دس گھنٹے
opt-hours-over-10 = دس گھنٹے سے زیادہ
q-helps-learning = نارویجن سیکھنے میں آپ کی سب سے زیادہ مدد کس چیز سے ہوتی ہے؟ آپ ایک سے زیادہ جواب چن سکتے ہیں۔
opt-help-teacher = استاد
opt-help-classmates = کلاس کے دوسرے لوگ
opt-help-apps = ایپس اور انٹرنیٹ
opt-help-work = نوکری یا کام کی عملی تربیت
opt-help-media = ٹی وی، ریڈیو اور اخبار
opt-help-friends = دوست اور پڑوسی

## The introduction programme

q-know-goal = مجھے معلوم ہے کہ میرے پروگرام کا مقصد کیا ہے۔
q-made-plan = کیا آپ نے اپنے پروگرام کا منصوبہ بنانے میں حصہ لیا تھا؟
q-programme-helps-work = پروگرام سے مجھے نوکری یا تعلیم حاصل کرنے میں مدد ملتی ہے۔
q-adviser-help = مجھے اپنے پروگرام کے مشیر سے وہ مدد ملتی ہے جس کی مجھے ضرورت ہے۔
q-had-work-practice = کیا پروگرام میں آپ کو کسی جگہ کام کی عملی تربیت ملی ہے؟
q-work-practice-useful = کام کی عملی تربیت میرے لیے فائدہ مند تھی۔
q-after-programme = پروگرام کے بعد آپ کیا کرنا چاہتے ہیں؟
opt-after-work = نوکری کرنا
opt-after-education = تعلیم حاصل کرنا
opt-after-both = نوکری اور تعلیم دونوں
opt-after-unknown = ابھی معلوم نہیں

## Wellbeing

q-thrive = مجھے اپنا اسکول اچھا لگتا ہے۔
q-safe = اپنے اسکول میں مجھے تحفظ کا احساس ہوتا ہے۔
q-respect = میرے ساتھ عزت سے پیش آیا جاتا ہے۔
q-someone-to-talk = جب مجھے ضرورت ہو تو میرے پاس بات کرنے کے لیے کوئی ہوتا ہے۔
q-overall-satisfied = مجموعی طور پر، مجھے جو تعلیم مل رہی ہے میں اس سے مطمئن ہوں۔
q-anything-else = کیا آپ ہمیں کچھ اور بتانا چاہتے ہیں؟ آپ یہ سوال چھوڑ سکتے ہیں۔
