# Demo survey: questions and answer options in Polish (polski). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Czy jesteś teraz na urlopie od nauki lub od swojego programu?
q-group = W czym bierzesz udział?
opt-group-training = Nauka norweskiego i wiedzy o społeczeństwie
opt-group-introduction = Program wprowadzający
opt-group-both = W jednym i drugim

## Answers used by many questions

answer-yes = Tak
answer-no = Nie
scale-1 = Zdecydowanie się nie zgadzam
scale-2 = Raczej się nie zgadzam
scale-3 = Ani się zgadzam, ani nie zgadzam
scale-4 = Raczej się zgadzam
scale-5 = Zdecydowanie się zgadzam

## Block titles

block-background = O tobie
block-training = Nauka norweskiego
block-introduction = Program wprowadzający
block-wellbeing = Samopoczucie

## About you

q-age = Ile masz lat?
opt-age-18-25 = Od 18 do 25 lat
opt-age-26-35 = Od 26 do 35 lat
opt-age-36-45 = Od 36 do 45 lat
opt-age-46-55 = Od 46 do 55 lat
opt-age-56-plus = 56 lat lub więcej
q-time-in-norway = Jak długo mieszkasz w Norwegii?
opt-time-under-1 = Mniej niż rok
opt-time-1-2 = Od roku do dwóch lat
opt-time-3-5 = Od trzech do pięciu lat
opt-time-over-5 = Ponad pięć lat
q-course-level = Na jakim poziomie uczysz się norweskiego?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 lub wyżej
opt-level-unknown = Nie wiem

## Norwegian language training and social studies

q-motivated = Chcę uczyć się norweskiego.
q-everyday-norwegian = Uczę się takiego norweskiego, który jest mi potrzebny na co dzień.
q-teacher-explains = Nauczyciel tłumaczy tak, że rozumiem.
q-pace = Tempo lekcji mi odpowiada.
q-social-studies = Wiedza o społeczeństwie pomaga mi zrozumieć Norwegię.
q-use-outside = Używam norweskiego poza klasą.
q-practice-hours = Ile godzin w tygodniu ćwiczysz norweski poza lekcjami?
opt-hours-0-1 = Od zera do jednej godziny
opt-hours-2-5 = Od dwóch do pięciu godzin
opt-hours-6-10 = Od sześciu do dziesięciu godzin
opt-hours-over-10 = Ponad dziesięć godzin
q-helps-learning = Co najbardziej pomaga ci w nauce norweskiego? Możesz wybrać kilka odpowiedzi.
opt-help-teacher = Nauczyciel
opt-help-classmates = Inne osoby z klasy
opt-help-apps = Aplikacje i internet
opt-help-work = Praca lub praktyka
opt-help-media = Telewizja, radio i gazety
opt-help-friends = Przyjaciele i sąsiedzi

## The introduction programme

q-know-goal = Wiem, jaki jest cel mojego programu.
q-made-plan = Czy plan twojego programu był robiony razem z tobą?
q-programme-helps-work = Program pomaga mi znaleźć pracę albo zdobyć wykształcenie.
q-adviser-help = Dostaję od doradcy w moim programie pomoc, której potrzebuję.
q-had-work-practice = Czy w programie masz już za sobą praktykę zawodową?
q-work-practice-useful = Praktyka zawodowa była dla mnie przydatna.
q-after-programme = Co chcesz robić po programie?
opt-after-work = Pracować
opt-after-education = Uczyć się dalej
opt-after-both = Pracować i uczyć się
opt-after-unknown = Jeszcze nie wiem

## Wellbeing

q-thrive = Dobrze się czuję w szkole, do której chodzę.
q-safe = Czuję się bezpiecznie w szkole, do której chodzę.
q-respect = Traktują mnie z szacunkiem.
q-someone-to-talk = Mam z kim porozmawiać, kiedy tego potrzebuję.
q-overall-satisfied = Ogólnie podoba mi się nauka, którą dostaję.
q-anything-else = Czy chcesz nam powiedzieć coś jeszcze? Możesz pominąć to pytanie.
