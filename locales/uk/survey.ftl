# Demo survey: questions and answer options in Ukrainian (українська). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Ви зараз у відпустці від навчання або своєї програми?
q-group = У чому ви берете участь?
opt-group-training = Навчання норвезької мови і суспільствознавства
opt-group-introduction = Вступна програма
opt-group-both = І те, і інше

## Answers used by many questions

answer-yes = Так
answer-no = Ні
scale-1 = Зовсім не погоджуюся
scale-2 = Трохи не погоджуюся
scale-3 = Ні погоджуюся, ні не погоджуюся
scale-4 = Трохи погоджуюся
scale-5 = Повністю погоджуюся

## Block titles

block-background = Про вас
block-training = Навчання норвезької мови
block-introduction = Вступна програма
block-wellbeing = Самопочуття

## About you

q-age = Скільки вам років?
opt-age-18-25 = Від 18 до 25 років
opt-age-26-35 = Від 26 до 35 років
opt-age-36-45 = Від 36 до 45 років
opt-age-46-55 = Від 46 до 55 років
opt-age-56-plus = 56 років або більше
q-time-in-norway = Як довго ви живете в Норвегії?
opt-time-under-1 = Менше одного року
opt-time-1-2 = Від одного до двох років
opt-time-3-5 = Від трьох до п’яти років
opt-time-over-5 = Понад п’ять років
q-course-level = На якому рівні ви вивчаєте норвезьку мову?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 або вище
opt-level-unknown = Не знаю

## Norwegian language training and social studies

q-motivated = Я хочу вчити норвезьку мову.
q-everyday-norwegian = Я вчу таку норвезьку, яка потрібна мені в повсякденному житті.
q-teacher-explains = Учитель пояснює так, що я розумію.
q-pace = Темп навчання мені підходить.
q-social-studies = Суспільствознавство допомагає мені зрозуміти Норвегію.
q-use-outside = Я використовую норвезьку мову поза класом.
q-practice-hours = Скільки годин на тиждень ви практикуєте норвезьку поза уроками?
opt-hours-0-1 = Від нуля до однієї години
opt-hours-2-5 = Від двох до п’яти годин
opt-hours-6-10 = Від шести до десяти годин
opt-hours-over-10 = Понад десять годин
q-helps-learning = Що найбільше допомагає вам вчити норвезьку? Можна вибрати кілька відповідей.
opt-help-teacher = Учитель
opt-help-classmates = Інші учні в класі
opt-help-apps = Застосунки та інтернет
opt-help-work = Робота або практика
opt-help-media = Телебачення, радіо і газети
opt-help-friends = Друзі й сусіди

## The introduction programme

q-know-goal = Я знаю, яка мета моєї програми.
q-made-plan = Чи брали ви участь у складанні плану своєї програми?
q-programme-helps-work = Програма допомагає мені знайти роботу або здобути освіту.
q-adviser-help = Я отримую потрібну допомогу від свого консультанта програми.
q-had-work-practice = Чи була у вас робоча практика в програмі?
q-work-practice-useful = Робоча практика була корисною для мене.
q-after-programme = Що ви хочете робити після програми?
opt-after-work = Працювати
opt-after-education = Навчатися
opt-after-both = І працювати, і навчатися
opt-after-unknown = Ще не знаю

## Wellbeing

q-thrive = Мені добре в школі, де я навчаюся.
q-safe = Я почуваюся в безпеці в школі, де я навчаюся.
q-respect = До мене ставляться з повагою.
q-someone-to-talk = Мені є з ким поговорити, коли це потрібно.
q-overall-satisfied = Загалом мене влаштовує навчання, яке я отримую.
q-anything-else = Чи хочете ви ще щось нам розповісти? Це питання можна пропустити.
