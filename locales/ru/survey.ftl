# Demo survey: questions and answer options in Russian (русский). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Вы сейчас в отпуске от учёбы или своей программы?
q-group = В чём вы участвуете?
opt-group-training = Обучение норвежскому языку и обществознанию
opt-group-introduction = Вводная программа
opt-group-both = И то, и другое

## Answers used by many questions

answer-yes = Да
answer-no = Нет
scale-1 = Совсем не согласен
scale-2 = Скорее не согласен
scale-3 = Ни да, ни нет
scale-4 = Скорее согласен
scale-5 = Полностью согласен

## Block titles

block-background = О вас
block-training = Обучение норвежскому языку
block-introduction = Вводная программа
block-wellbeing = Самочувствие

## About you

q-age = Сколько вам лет?
opt-age-18-25 = От 18 до 25 лет
opt-age-26-35 = От 26 до 35 лет
opt-age-36-45 = От 36 до 45 лет
opt-age-46-55 = От 46 до 55 лет
opt-age-56-plus = 56 лет или больше
q-time-in-norway = Как долго вы живёте в Норвегии?
opt-time-under-1 = Меньше одного года
opt-time-1-2 = От одного до двух лет
opt-time-3-5 = От трёх до пяти лет
opt-time-over-5 = Больше пяти лет
q-course-level = На каком уровне вы учите норвежский язык?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 или выше
opt-level-unknown = Не знаю

## Norwegian language training and social studies

q-motivated = Я хочу учить норвежский язык.
q-everyday-norwegian = Я учу такой норвежский, который нужен мне в повседневной жизни.
q-teacher-explains = Учитель объясняет так, что я понимаю.
q-pace = Темп занятий мне подходит.
q-social-studies = Обществознание помогает мне понять Норвегию.
q-use-outside = Я использую норвежский язык вне класса.
q-practice-hours = Сколько часов в неделю вы занимаетесь норвежским вне уроков?
opt-hours-0-1 = От нуля до одного часа
opt-hours-2-5 = От двух до пяти часов
opt-hours-6-10 = От шести до десяти часов
opt-hours-over-10 = Больше десяти часов
q-helps-learning = Что больше всего помогает вам учить норвежский? Можно выбрать несколько ответов.
opt-help-teacher = Учитель
opt-help-classmates = Другие ученики в классе
opt-help-apps = Приложения и интернет
opt-help-work = Работа или практика
opt-help-media = Телевизор, радио и газеты
opt-help-friends = Друзья и соседи

## The introduction programme

q-know-goal = Я знаю, какая цель у моей программы.
q-made-plan = Вы участвовали в составлении плана своей программы?
q-programme-helps-work = Программа помогает мне найти работу или получить образование.
q-adviser-help = Я получаю нужную помощь от своего консультанта по программе.
q-had-work-practice = У вас была рабочая практика в программе?
q-work-practice-useful = Рабочая практика была полезной для меня.
q-after-programme = Что вы хотите делать после программы?
opt-after-work = Работать
opt-after-education = Учиться
opt-after-both = И работать, и учиться
opt-after-unknown = Ещё не знаю

## Wellbeing

q-thrive = Мне нравится в школе, где я учусь.
q-safe = Я чувствую себя в безопасности в школе, где я учусь.
q-respect = Ко мне относятся с уважением.
q-someone-to-talk = Мне есть с кем поговорить, когда это нужно.
q-overall-satisfied = В целом меня устраивает обучение, которое я получаю.
q-anything-else = Хотите рассказать нам что-нибудь ещё? Этот вопрос можно пропустить.
